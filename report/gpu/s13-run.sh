# Issue 6's twelfth try (ran in session 14 on one H100: call 2; then `bash report/gpu/s13-run.sh 3; LIMIT=$((580 - S))
# bash report/gpu/s13-run.sh 3` in one device call, S the seconds the first took; then `bash report/gpu/s13-run.sh 4`,
# which only finished the third run; see the config's header).
# Written for a later session (nvidia-h200, calls 2-4 each right after the last; call 1 is report/gpu/s7-call1.sh):
# configs/modern-mlp-1e17.yaml, one ~8-minute run a call, by the rule in that file's header ("better" = lower validation
# loss by more than 0.002 nats; the reference is modern-decay2-1e17/d2-aw-0.2, seed 0): `three_runs` in rule.sh.
# usage: bash report/gpu/s13-run.sh CALL   (2, 3 or 4; LIMIT=seconds overrides report/gpu/s7-run.sh's 545; DRY_RUN=1 only prints the runs)
source report/gpu/rule.sh
three_runs $1 modern-mlp-1e17 report/runs/modern-decay2-1e17/d2-aw-0.2 m-swiglu m-swiglu-cd-0.6 m-cd-0.7 m-cd-0.6-seed-1
