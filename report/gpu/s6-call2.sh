# Session 6, call 2 (nvidia-h200, right after call 1): the other half of the training tokens, then issue 6's fifth try at
# the 0.8x target, configs/modern-size-1e17.yaml (one run: shape-448x11, the planner's 448/7/11 shape, 49.0M parameters),
# then its fresh-process evaluations on wiki 14 and on C4. Committed as report/runs/modern-size-1e17 (eval-fresh.json
# renamed eval-fresh-process.json, as before).
source report/gpu/common.sh; [ -f $STAGE/wiki-train.part00 ] || { echo "no part 00: a fresh machine (run call 1 first)"; exit 3; }
xz -dc stage2/wiki-train.part01.xz > $STAGE/wiki-train.part01 && cat $STAGE/wiki-train.part00 $STAGE/wiki-train.part01 > $STAGE/wiki-train.bin \
  && rm $STAGE/wiki-train.part0? && md5sum $STAGE/wiki-train.bin   # 30d698613d4f9aacfe8b429de59a6610
S="timeout --signal=TERM"
$S 520 python3 -m lmhw.sweep configs/modern-size-1e17.yaml > outputs/modern-size-1e17.log 2>&1; echo "t=$SECONDS"
d=outputs/modern-size-1e17/shape-448x11
[ -f $d/model.pt ] && { $S 40 python3 -m lmhw.evaluate $d --out $d/eval-fresh.json > $d/eval-fresh.log 2>&1 &
  $S 40 python3 -m lmhw.evaluate $d --data $STAGE/c4-val.bin --out $d/eval-c4.json > $d/eval-c4.log 2>&1; wait; }
echo "t=$SECONDS"; results s6call2
tail -n 3 outputs/modern-size-1e17.log; tail -n 3 $d/train.log; tail -qn 1 $d/eval-*.log
