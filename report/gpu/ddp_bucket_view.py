"""An experiment of session 3 (issue 5), not the project's code path: `python -m lmhw.train` with DistributedDataParallel's
gradient_as_bucket_view=True (gradients live in the all-reduce buckets: no copy in and out of them each step).
torchrun --nproc_per_node=2 report/gpu/ddp_bucket_view.py CONFIG [overrides ...]"""
import runpy, sys
from torch.nn.parallel import DistributedDataParallel as DDP
_init = DDP.__init__
def _init_bucket_view(self, *args, **kwargs):
    kwargs.setdefault('gradient_as_bucket_view', True)
    _init(self, *args, **kwargs)
DDP.__init__ = _init_bucket_view
sys.argv = ['lmhw.train'] + sys.argv[1:]
runpy.run_module('lmhw.train', run_name='__main__', alter_sys=True)
