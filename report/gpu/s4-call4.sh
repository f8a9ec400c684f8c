# Session 4, call 4 (nvidia-h200-x4, a fresh machine; the last ~340 s of device time): call 1 showed NVLink between all
# four GPUs (NV18, all-reduce ~320 GB/s bus bandwidth), so the slow 4-GPU runs are not the link. Two checks of the other
# explanation, that 16,384 tokens a GPU a step is too little work for one H200 (strong scaling's limit):
# (1) one GPU at the per-GPU batch of the 4-GPU runs (scaling.yaml at batch 64, scaling-wide.yaml at batch 32), next to
#     one GPU at the full batch (scaling.yaml, the same-machine baseline);
# (2) four GPUs at 4x the global batch (scaling.yaml at batch 1024: each GPU gets the one-GPU run's 65,536 tokens).
# Committed as report/runs/scaling-x4-s4b/<run> (outputs/s4-x4-<run>, with its log as train.log; 1gpu-again as 1gpu).
source report/gpu/common.sh
tar xJf stage3/small.tar.xz -C $STAGE && echo "unpacked small files"
DATA="data.train_files=$STAGE/wiki-val.bin data.val_files=$STAGE/c4-val.bin"
S="timeout --signal=TERM"; TR="python3 -m torch.distributed.run"
CUDA_VISIBLE_DEVICES=0 $S 90 python3 -m lmhw.train configs/scaling.yaml $DATA output_dir=outputs/s4-x4-1gpu-b64 batch_size=64 > outputs/s4-x4-1gpu-b64.log 2>&1 &
CUDA_VISIBLE_DEVICES=1 $S 90 python3 -m lmhw.train configs/scaling-wide.yaml $DATA output_dir=outputs/s4-x4-wide-1gpu-b32 batch_size=32 > outputs/s4-x4-wide-1gpu-b32.log 2>&1 &
CUDA_VISIBLE_DEVICES=2 $S 90 python3 -m lmhw.train configs/scaling.yaml $DATA output_dir=outputs/s4-x4-1gpu-again > outputs/s4-x4-1gpu-again.log 2>&1 &
wait; echo "t=$SECONDS 1-GPU runs done"
$S 90 $TR --nproc_per_node=4 -m lmhw.train configs/scaling.yaml $DATA output_dir=outputs/s4-x4-4gpu-b1024 batch_size=1024 > outputs/s4-x4-4gpu-b1024.log 2>&1; echo "t=$SECONDS"
results s4call4; grep -h "final\|Error" outputs/*.log
