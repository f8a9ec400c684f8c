# Session 4, call 3 (nvidia-h200-x4, right after call 2, its tokens and its outputs/ folder still on the machine, so
# s4call3.tar.gz holds call 2's outputs too): configs/modern-push2-1e17.yaml, one run per GPU, then each run's model.pt
# evaluated in a fresh process on wiki 14 (the run's validation data) and on the C4 validation sample.
# Committed as report/runs/modern-push2-1e17 with eval-fresh.json renamed eval-fresh-process.json (the name earlier
# runs use); sweep-config.yaml and the eval logs were not committed.
source report/gpu/common.sh; [ -f $STAGE/wiki-train.bin ] || { echo "no training tokens: a fresh machine (run call 2 first)"; exit 3; }
S="timeout --signal=TERM"
$S 540 python3 -m lmhw.sweep configs/modern-push2-1e17.yaml --gpus 0,1,2,3 > outputs/modern-push2-1e17.log 2>&1
echo "t=$SECONDS"; i=0
for d in outputs/modern-push2-1e17/*/; do
  [ -f $d/model.pt ] && ( export CUDA_VISIBLE_DEVICES=$i
    $S 30 python3 -m lmhw.evaluate $d --out $d/eval-fresh.json > $d/eval-fresh.log 2>&1
    $S 30 python3 -m lmhw.evaluate $d --data $STAGE/c4-val.bin --out $d/eval-c4.json > $d/eval-c4.log 2>&1 ) &
  i=$((i + 1))
done
wait; echo "t=$SECONDS"; results s4call3
tail -qn 1 outputs/modern-push2-1e17/*/train.log; tail -qn 1 outputs/modern-push2-1e17/*/eval-*.log
