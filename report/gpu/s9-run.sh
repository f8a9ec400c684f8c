# Session 9, calls 2-4 (nvidia-h200, each right after the last; call 1 is report/gpu/s7-call1.sh): issue 6's eighth try,
# configs/modern-adamw-1e17.yaml, one ~8-minute run a call, chosen by this rule, fixed before any result came in
# ("better" = lower validation loss by more than 0.002 nats, the difference between modern-deep-1e17's two seeds):
#   call 2: aw-wd-0: no weight decay on the AdamW part (tied embedding/head, norms' gains), Muon's matrices keep 0.1;
#   call 3: the AdamW part's rate halved, on aw-wd-0 if it was better than modern-deep-1e17/deep-384x17 (the same run with
#           the shared decay, seed 0), else on the shared decay (aw-lr-0.5);
#   call 4: on that base, the rate a quarter (lr-0.25) if halving was better than its base, else doubled (lr-2).
# usage: bash report/gpu/s9-run.sh CALL   (2, 3 or 4; LIMIT=seconds overrides report/gpu/s7-run.sh's 545)
source report/gpu/rule.sh
O=outputs/modern-adamw-1e17
ref=$(loss report/runs/modern-deep-1e17/deep-384x17); wd0=$(loss $O/aw-wd-0)
if [ "$1" = 2 ] || [ -z "$wd0" ]; then runs=aw-wd-0   # call 2, or aw-wd-0 cut short by call 2's time limit: it resumes
else
  if better $wd0 $ref; then base=aw-wd-0 parent=$wd0; else base=aw parent=$ref; fi
  half=$(loss $O/$base-lr-0.5); runs=aw-wd-0,$base-lr-0.5
  if [ "$1" = 4 ] && [ -n "$half" ]; then
    if better $half $parent; then runs=$runs,$base-lr-0.25; else runs=$runs,$base-lr-2; fi
  fi
fi
echo "call $1: deep-384x17 $ref, aw-wd-0 ${wd0:-not run yet}, halved ${half:-not run yet}: runs $runs"
CONFIG=modern-adamw-1e17 bash report/gpu/s7-run.sh $runs
