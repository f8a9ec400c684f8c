# Session 22: does the random sampler, as train.py builds it on a GPU (int32 token ids on the device, a CUDA generator
# seeded seed*1000), draw the starts it should? A stand-in corpus of 77.5M ids whose id is its position makes each row's
# first id its start. 4,535 batches of 128 (one modern 1e17 run) from 77,509,490-511 starts should give about 2,170
# repeated starts and leave about 2.2% of the positions uncovered by any 512-token window; a broken generator would not.
# usage: python3 report/gpu/s22-sampler-check.py [cuda|cpu]
import math, sys, time
from pathlib import Path
import torch
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the checkout's lmhw (lmhw.samplers needs only numpy and torch)
from lmhw.samplers import random_batch_sampler
dev = sys.argv[1] if len(sys.argv) > 1 else 'cuda'
N, B, L, steps = 77_509_490, 128, 512, 4535
t0 = time.time()
tokens = torch.arange(N, dtype=torch.int32, device=dev)
for seed in (0, 1):
    gen = torch.Generator(device=dev); gen.manual_seed(seed * 1000)
    it = random_batch_sampler(tokens, dev, B, L, gen)
    starts = torch.cat([next(it)[:, 0] for _ in range(steps)]).long()
    M, n = len(starts), N - L + 1
    uniq = len(torch.unique(starts))
    cover = torch.zeros(N + 1, dtype=torch.int32, device=dev)
    cover.index_add_(0, starts, torch.ones_like(starts, dtype=torch.int32)); cover.index_add_(0, starts + L, -torch.ones_like(starts, dtype=torch.int32))
    c = torch.cumsum(cover, 0)[:N]
    print(f"{dev} seed {seed}: {M:,} starts, {M - uniq:,} repeated (expected {M*M/(2*n):,.0f}); uncovered positions "
          f"{(c == 0).float().mean().item():.4f} (expected {math.exp(-M*L/n):.4f}); mean cover {c.float().mean().item():.3f}; "
          f"covered 8+ times {(c >= 8).float().mean().item():.4f}; start mean/n {starts.float().mean().item()/n:.4f}; t={time.time()-t0:.1f}s", flush=True)
