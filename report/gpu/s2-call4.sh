# Session 2, call 4 (nvidia-h200-x2, right after call 3, the runs' checkpoints still on the machine): call 2 had stopped
# the 1e15 runs and two 1e16 runs at their time limits; this continued them, then ran the ablations at 1e15 at the best
# 1e15 learning rate. The device time ran out 50-100 steps before 7 of the 8 ablations finished (their checkpoints were lost
# with the machine; report/runs/modern-ablate-1e15 keeps their logs). The 1e16 ablations were never run.
source report/gpu/common.sh; S="timeout --signal=TERM"
( $S 250 python3 -m lmhw.sweep configs/modern-1e15.yaml --gpus 0,0,0,0 > outputs/modern-1e15.log 2>&1
  LR15=$(python3 report/gpu/pick.py best-lr outputs/modern-1e15); echo "modern 1e15 best lr $LR15"
  $S $((500 - SECONDS)) python3 -m lmhw.sweep configs/modern-ablate-1e15.yaml max_lr=$LR15 --gpus 0,0,0,0,1,1,1,1 > outputs/modern-ablate-1e15.log 2>&1 ) &
( $S 200 python3 -m lmhw.sweep configs/modern-1e16.yaml --gpus 1,1 > outputs/modern-1e16.log 2>&1
  $S 200 python3 -m lmhw.sweep configs/sweep-1e15.yaml --gpus 1,1,1 > outputs/sweep-1e15.log 2>&1 ) &
wait; echo "t=$SECONDS"; results s2call4
