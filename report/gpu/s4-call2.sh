# Session 4, call 2 (nvidia-h200-x4, right after call 1): the other half of the training tokens, then issue 6's third try
# at the 0.8x target (configs/modern-push-1e17.yaml, one run per GPU), then each run's model.pt evaluated in a fresh
# process on wiki 14 (the run's validation data) and on the C4 validation sample.
# Committed as report/runs/modern-push-1e17 with eval-fresh.json renamed eval-fresh-process.json (the name earlier
# runs use); sweep-config.yaml and the eval logs were not committed.
source report/gpu/common.sh
xz -dc stage2/wiki-train.part01.xz > $STAGE/wiki-train.part01 && cat $STAGE/wiki-train.part00 $STAGE/wiki-train.part01 > $STAGE/wiki-train.bin \
  && rm $STAGE/wiki-train.part0? && md5sum $STAGE/wiki-train.bin   # 30d698613d4f9aacfe8b429de59a6610
S="timeout --signal=TERM"
$S 520 python3 -m lmhw.sweep configs/modern-push-1e17.yaml --gpus 0,1,2,3 > outputs/modern-push-1e17.log 2>&1
echo "t=$SECONDS"; i=0
for d in outputs/modern-push-1e17/*/; do
  [ -f $d/model.pt ] && ( export CUDA_VISIBLE_DEVICES=$i
    $S 30 python3 -m lmhw.evaluate $d --out $d/eval-fresh.json > $d/eval-fresh.log 2>&1
    $S 30 python3 -m lmhw.evaluate $d --data $STAGE/c4-val.bin --out $d/eval-c4.json > $d/eval-c4.log 2>&1 ) &
  i=$((i + 1))
done
wait; echo "t=$SECONDS"; results s4call2
tail -qn 1 outputs/modern-push-1e17/*/train.log; tail -qn 1 outputs/modern-push-1e17/*/eval-*.log
