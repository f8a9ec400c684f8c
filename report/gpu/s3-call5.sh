# Session 3, call 5 (nvidia-h200-x4, lent for the first time in session 2's or 3's time; the last 465 s of device time):
# issue 5's check on four GPUs, all runs in this one call on one machine: configs/scaling.yaml and configs/scaling-wide.yaml
# on 1 GPU (the two at once, on GPUs 0 and 1) and on 4 GPUs. Only the small files are needed (stage3/small.tar.xz).
source report/gpu/common.sh
tar xJf stage3/small.tar.xz -C $STAGE && echo "unpacked small files"; nvidia-smi -L
DATA="data.train_files=$STAGE/wiki-val.bin data.val_files=$STAGE/c4-val.bin"
S="timeout --signal=TERM"; TR="python3 -m torch.distributed.run --nproc_per_node=4"
CUDA_VISIBLE_DEVICES=0 $S 120 python3 -m lmhw.train configs/scaling.yaml $DATA output_dir=outputs/s3-x4-scaling-1gpu > outputs/s3-x4-scaling-1gpu.log 2>&1 &
CUDA_VISIBLE_DEVICES=1 $S 120 python3 -m lmhw.train configs/scaling-wide.yaml $DATA output_dir=outputs/s3-x4-scaling-wide-1gpu > outputs/s3-x4-scaling-wide-1gpu.log 2>&1 &
wait; echo "t=$SECONDS 1-GPU runs done"
$S 100 $TR -m lmhw.train configs/scaling.yaml $DATA output_dir=outputs/s3-x4-scaling-4gpu > outputs/s3-x4-scaling-4gpu.log 2>&1; echo "t=$SECONDS"
$S 100 $TR -m lmhw.train configs/scaling-wide.yaml $DATA output_dir=outputs/s3-x4-scaling-wide-4gpu > outputs/s3-x4-scaling-wide-4gpu.log 2>&1; echo "t=$SECONDS"
results s3call5; grep -h "final\|Error" outputs/*.log
