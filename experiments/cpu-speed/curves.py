"""GPT-tiny on the CPU with the plain loss and with the chunked one: the first STEPS steps of configs/GPT-tiny.yaml as
`python -m lmhw.train` runs them on the CPU, with the loss from the whole logits in training (`fast_loss=false`) and
evaluation (`before`), and with lmhw's defaults, the cache-sized chunked loss in both (`after`); `after-seed1` is
`after` with another seed, for the spread between seeds. Adds to curves.json beside this file: seconds a step and an
evaluation batch, the whole run's time, the logged training losses and the validation loss on the fixed subset.

    LMHW_DATA_DIR=../shared/data .venv/bin/python experiments/cpu-speed/curves.py [STEPS] [VARIANT,...] [RUNS_DIR]

STEPS is 200 by default (the 2,000-step schedule, stopped after STEPS; 2000 runs it whole, final evaluation
included); the variants are before, after and after-seed1 by default; the run folders go to RUNS_DIR if given (kept),
else to a temporary folder."""
import json, os, platform, statistics, sys, tempfile, time
from functools import partial
from pathlib import Path
import torch
import lmhw.train as T
from lmhw.bench import _cpu_name
from lmhw.config import load_config
from lmhw.evaluate import evaluate_loss
from lmhw.loss import compute_language_modeling_loss

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def from_logits(model, ids): return compute_language_modeling_loss(ids, model(ids))


def use(variant:str)->list:
    "Evaluations from the whole logits (`before`) or as lmhw makes them; the overrides of the variant."
    before = variant == 'before'
    T.evaluate_loss = partial(evaluate_loss, loss_fn=from_logits) if before else evaluate_loss
    return ['fast_loss=false'] if before else []


def train(variant:str, steps:int, dest:Path)->dict:
    "Train the first `steps` steps of GPT-tiny's run; the times of each step's end, the losses, and the whole time."
    extra = use(variant)
    seed = 1 if variant.endswith('seed1') else 0
    cfg = load_config(ROOT / 'configs/GPT-tiny.yaml', [f'output_dir={dest / variant}', 'device=cpu', f'seed={seed}',
                                                       'wandb.mode=disabled', *extra])
    ends = {}
    def clock(step, loss, lr):
        ends[step] = time.perf_counter()
        return step < steps            # stop after `steps`: at 2,000, the last, it still evaluates
    t0 = time.perf_counter()
    res = T.run(cfg, callbacks=[clock])
    total = time.perf_counter() - t0
    rows = [json.loads(l) for l in (dest / variant / 'metrics.jsonl').read_text().splitlines()]
    evals = {s for s in ends if cfg.eval.every and s % cfg.eval.every == 0}
    step_s = statistics.median(ends[s] - ends[s - 1] for s in ends if s - 1 in ends and s not in evals)
    eval_s = [ends[s] - ends[s - 1] - step_s for s in sorted(evals) if s - 1 in ends]
    return dict(variant=variant, seed=seed, steps=steps, step_s=round(step_s, 4),
                eval_batch_s=round(statistics.mean(eval_s) / cfg.eval.batches, 4) if eval_s else None,
                first_step_after_s=round(ends[1] - t0, 1), total_s=round(total, 1),
                train=[[r['step'], round(r['train_loss'], 5)] for r in rows if 'train_loss' in r],
                val=[[r['step'], round(r['val_loss'], 5)] for r in rows if 'val_loss' in r],
                final=res if 'val-loss' in res else None, torch=torch.__version__, cpu=_cpu_name(),
                cores=os.cpu_count(), threads=torch.get_num_threads(), python=platform.python_version())


if __name__ == '__main__':
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    variants = sys.argv[2].split(',') if len(sys.argv) > 2 else ['before', 'after', 'after-seed1']
    path = HERE / 'curves.json'
    done = json.loads(path.read_text()) if path.exists() else []
    with tempfile.TemporaryDirectory() as tmp:
        dest = Path(sys.argv[3]) if len(sys.argv) > 3 else Path(tmp)
        for v in variants:
            r = train(v, steps, dest)
            print(f"{v:12} {r['step_s']:.3f} s a step | {r['total_s']:.0f} s for {steps} steps | train loss at "
                  f"{r['train'][-1][0]}: {r['train'][-1][1]:.4f} | val {r['val'][-1:]}", flush=True)
            done = [d for d in done if (d['variant'], d['steps']) != (v, steps)] + [r]
            path.write_text(json.dumps(done, indent=1) + '\n')
