# Issue 6's ninth try, for a later session (nvidia-h200, calls 2-4 each right after the last; call 1 is
# report/gpu/s7-call1.sh): configs/modern-decay-1e17.yaml, one ~8-minute run a call, by the rule in that file's header
# ("better" = lower validation loss by more than 0.002 nats; the reference is modern-deep-1e17/deep-384x17, seed 0).
# usage: bash report/gpu/s10-run.sh CALL   (2, 3 or 4; LIMIT=seconds overrides report/gpu/s7-run.sh's 545)
source report/gpu/rule.sh
O=outputs/modern-decay-1e17
ref=$(loss report/runs/modern-deep-1e17/deep-384x17); m2=$(loss $O/dw-mu-0.2)
if [ "$1" = 2 ] || [ -z "$m2" ]; then runs=dw-mu-0.2   # call 2, or dw-mu-0.2 cut short by call 2's time limit: it resumes
else
  if better $m2 $ref; then third=dw-mu-0.4; else third=dw-mu-0.05; fi
  runs=dw-mu-0.2,$third; l3=$(loss $O/$third)
  if [ "$1" = 4 ] && [ -n "$l3" ]; then
    best=dw-mu-0.2 lb=$m2; python3 -c "import sys; sys.exit(not $l3 < $m2)" && best=$third lb=$l3   # the lower of the two
    if better $lb $ref; then runs=$runs,$best-seed-1; else runs=$runs,dw-aw-0.3; fi
  fi
fi
echo "call $1: deep-384x17 $ref, dw-mu-0.2 ${m2:-not run yet}, third ${third:-none yet} ${l3:-}: runs $runs"
CONFIG=modern-decay-1e17 bash report/gpu/s7-run.sh $runs
