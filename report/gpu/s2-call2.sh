# Session 2, call 2 (nvidia-h200-x2, right after call 1): the other half of the training tokens, then issue 6's runs at
# 1e15 and 1e16 and the rest of the 1e15 search. GPU 0: the modern recipe's learning rates at 1e15, the search's three
# runs never made, then the ablations at 1e15. GPU 1: the modern recipe at 1e16, the planner's 3e16 proposal.
# The course's own settings at 1e15 (GPU 0) and 1e16 (GPU 1) run alongside. Last, the three costliest ablations at 1e16.
source report/gpu/common.sh
xz -dc stage2/wiki-train.part01.xz > $STAGE/wiki-train.part01 && cat $STAGE/wiki-train.part00 $STAGE/wiki-train.part01 > $STAGE/wiki-train.bin \
  && rm $STAGE/wiki-train.part0? && md5sum $STAGE/wiki-train.bin   # 30d698613d4f9aacfe8b429de59a6610
ls -la $STAGE
mkdir -p outputs && cp -r report/runs/sweep-1e15 outputs/sweep-1e15   # finished runs are skipped
S="timeout --signal=TERM"
$S 420 python3 -m lmhw.sweep configs/course-settings.yaml --gpus 0,1 > outputs/course-settings.log 2>&1 &
( $S 170 python3 -m lmhw.sweep configs/modern-1e15.yaml --gpus 0,0,0,0 > outputs/modern-1e15.log 2>&1
  LR15=$(python3 report/gpu/pick.py best-lr outputs/modern-1e15); echo "modern 1e15 best lr $LR15"
  $S 200 python3 -m lmhw.sweep configs/modern-ablate-1e15.yaml max_lr=$LR15 --gpus 0,0,0,0,0,0,0,0 > outputs/modern-ablate-1e15.log 2>&1 ) &
LANE0=$!
$S 170 python3 -m lmhw.sweep configs/sweep-1e15.yaml --gpus 0,0,0 > outputs/sweep-1e15.log 2>&1 &
( $S 280 python3 -m lmhw.sweep configs/modern-1e16.yaml --gpus 1,1 > outputs/modern-1e16.log 2>&1; touch outputs/modern-1e16.done
  CUDA_VISIBLE_DEVICES=1 $S 200 python3 -m lmhw.train configs/plan-3e16.yaml > outputs/plan-3e16.log 2>&1 ) &
while kill -0 $LANE0 2>/dev/null || [ ! -f outputs/modern-1e16.done ]; do sleep 3; done; echo "t=$SECONDS s: 1e15 ablations and modern 1e16 done"
LR16=$(python3 report/gpu/pick.py best-lr outputs/modern-1e16); echo "modern 1e16 best lr $LR16"
TOP=$(python3 report/gpu/pick.py ablate-1e16 3 $LR16); echo "ablated at 1e16: $TOP"
T=$((545 - SECONDS)); [ $T -gt 30 ] && $S $T python3 -m lmhw.sweep outputs/modern-ablate-1e16.yaml --gpus 0,0,1 > outputs/modern-ablate-1e16.log 2>&1
wait
cp outputs/modern-ablate-1e16.yaml outputs/modern-ablate-1e16/sweep.yaml 2>/dev/null
results s2call2
tail -n 2 outputs/*.log; for d in outputs/*/; do [ -f $d/results.csv ] && { echo $d; cut -d, -f1,12,13,17,18 $d/results.csv | head -12; }; done
