"""Choices the GPU scripts of session 2 made between runs, without a person in the loop (the machine stays warm 30 s).
python3 report/gpu/pick.py best-lr SWEEP_DIR            -> max_lr of the sweep's lowest validation loss
python3 report/gpu/pick.py ablate-1e16 N LR              -> writes outputs/modern-ablate-1e16.yaml: the N options whose removal
                                                            cost most at 1e15, ablated at 1e16 with max_lr LR"""
import sys, yaml
from lmhw.report import runs_table

def best(folder):
    t = runs_table(folder)
    return t.sort_values('val_loss').iloc[0]

if sys.argv[1] == 'best-lr':
    b = best(sys.argv[2]); print(f"{b['max_lr']:g}")
elif sys.argv[1] == 'ablate-1e16':
    n, lr = int(sys.argv[2]), float(sys.argv[3])
    ref = best('outputs/modern-1e15')
    abl = runs_table('outputs/modern-ablate-1e15').assign(cost=lambda t: t.val_loss - ref['val_loss']).sort_values('cost', ascending=False)
    print(abl[['name', 'val_loss', 'cost']].to_string(index=False), file=sys.stderr)
    spec15 = yaml.safe_load(open('configs/modern-ablate-1e15.yaml'))
    runs = {r['name']: r for r in spec15['runs']}
    top = [runs[nm] for nm in abl.name[:n]]
    spec = dict(base='configs/final-base.yaml', flop_budget=1e16, output_dir='outputs/modern-ablate-1e16',
                set={**spec15['set'], 'max_lr': lr}, runs=top)
    open('outputs/modern-ablate-1e16.yaml', 'w').write(
        f"# Written by report/gpu/pick.py: the {n} ablations that cost most at 1e15 (vs {ref['name']} of outputs/modern-1e15),\n"
        f"# at 1e16 with the best learning rate of configs/modern-1e16.yaml ({lr:g}).\n" + yaml.safe_dump(spec, sort_keys=False))
    print(' '.join(r['name'] for r in top))
