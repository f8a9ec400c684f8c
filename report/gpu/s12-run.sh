# Issue 6's eleventh try, for a later session (nvidia-h200, calls 2-4 each right after the last; call 1 is
# report/gpu/s7-call1.sh): configs/modern-decay3-1e17.yaml, one ~8-minute run a call, by the rule in that file's header
# ("better" = lower validation loss by more than 0.002 nats; the reference is modern-decay2-1e17/d2-aw-0.2, seed 0): `three_runs` in rule.sh.
# Session 12: call 1 ran; call 2 was lost (its machine stopped answering, nothing came back) and no machine was lent after.
# Session 13 ran it as written (one H200): d3-lr-1.2e-2, d3-cd-0.6, d3-seed-2; the config's header has the results.
# usage: bash report/gpu/s12-run.sh CALL   (2, 3 or 4; LIMIT=seconds overrides report/gpu/s7-run.sh's 545; DRY_RUN=1 only prints the runs)
source report/gpu/rule.sh
three_runs $1 modern-decay3-1e17 report/runs/modern-decay2-1e17/d2-aw-0.2 d3-lr-1.2e-2 d3-lr-1.6e-2 d3-cd-0.6 d3-seed-2
