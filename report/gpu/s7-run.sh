# Session 7, calls 2-4 (nvidia-h200, right after call 1): issue 6's sixth try, configs/modern-deep-1e17.yaml (or the
# sweep that CONFIG names, e.g. CONFIG=modern-adamw-1e17), one run a call: `bash report/gpu/s7-run.sh RUNS` with RUNS
# the comma-separated runs so far (a run cut short by the time limit saves a checkpoint and continues in the next call;
# finished runs are skipped). Call 2 also joins the training tokens.
# Then the fresh-process evaluations of each new model.pt, on wiki 14 and on C4 (committed as eval-fresh-process.json
# and eval-c4.json under report/runs/$CONFIG).
source report/gpu/common.sh; [ -f $STAGE/c4-val.bin ] || { echo "no staged files: a fresh machine (run call 1 first)"; exit 3; }
CONFIG=${CONFIG:-modern-deep-1e17}
LIMIT=${LIMIT:-545}   # seconds into the call by which the sweep stops (with a checkpoint), leaving time for the evaluations
join_train || exit 3
echo "t=$SECONDS"
timeout --signal=TERM $((LIMIT - SECONDS)) python3 -m lmhw.sweep configs/$CONFIG.yaml --only "$1" >> outputs/$CONFIG.log 2>&1
echo "t=$SECONDS sweep exit $?"
for d in outputs/$CONFIG/*/; do
  [ -f $d/eval.json ] && [ -f $d/model.pt ] && [ ! -f $d/eval-c4.json ] || continue
  timeout 25 python3 -m lmhw.evaluate $d --out $d/eval-fresh.json > $d/eval-fresh.log 2>&1 &
  timeout 25 python3 -m lmhw.evaluate $d --data $STAGE/c4-val.bin --out $d/eval-c4.json > $d/eval-c4.log 2>&1; wait
done
echo "t=$SECONDS"; results s7
tail -n 4 outputs/$CONFIG.log; for d in outputs/$CONFIG/*/; do echo $d; tail -n 2 $d/train.log; tail -qn 1 $d/eval-*.log 2>/dev/null; done
