# Session 21, after the modern-batch-1e17 runs: configs/modern-unet-1e16.yaml (U-net skips at 1e16, two runs) with the
# device time left. Call 1 is report/gpu/s7-call1.sh (carry stage and .whl); this call, right after it, carries stage2
# and .whl. The sweep stops (with a checkpoint) LIMIT seconds into the call; no C4 or fresh-process evaluations.
# usage: LIMIT=240 bash report/gpu/s21-unet-1e16.sh
source report/gpu/common.sh; [ -f $STAGE/c4-val.bin ] || { echo "no staged files: a fresh machine (run call 1 first)"; exit 3; }
join_train || exit 3
echo "t=$SECONDS"
timeout --signal=TERM $((${LIMIT:-240} - SECONDS)) python3 -m lmhw.sweep configs/modern-unet-1e16.yaml --only u-unet,u-unet-lr-1.2e-2 >> outputs/modern-unet-1e16.log 2>&1
echo "t=$SECONDS sweep exit $?"; results s21
tail -n 4 outputs/modern-unet-1e16.log; for d in outputs/modern-unet-1e16/*/; do echo $d; tail -n 2 $d/train.log; done
