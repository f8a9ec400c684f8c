# Issue 6's ninth try (session 10, nvidia-h200, calls 2-4 each right after the last; call 1 is report/gpu/s7-call1.sh):
# configs/modern-decay-1e17.yaml, one ~8-minute run a call, by the rule in that file's header ("better" = lower validation
# loss by more than 0.002 nats; the reference is modern-deep-1e17/deep-384x17, seed 0): `three_runs` in rule.sh.
# usage: bash report/gpu/s10-run.sh CALL   (2, 3 or 4; LIMIT=seconds overrides report/gpu/s7-run.sh's 545; DRY_RUN=1 only prints the runs)
source report/gpu/rule.sh
three_runs $1 modern-decay-1e17 report/runs/modern-deep-1e17/deep-384x17 dw-mu-0.2 dw-mu-0.4 dw-mu-0.05 dw-aw-0.3
