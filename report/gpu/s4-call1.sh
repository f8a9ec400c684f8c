# Session 4, call 1 (nvidia-h200-x4): issue 5's 4-GPU question. First how the GPUs are linked (nvidia-smi topo, NVLink
# state, NCCL's chosen transport with NCCL_DEBUG=INFO) and the all-reduce bandwidth on 2 and 4 GPUs
# (report/gpu/allreduce_bw.py); then configs/scaling.yaml on 1 GPU and, with float32 and with bfloat16 gradient
# all-reduce (ddp_grad_dtype), on 2 and 4 GPUs, and configs/scaling-wide.yaml on 1 and 4 GPUs with bfloat16, all on
# this one machine. Meanwhile the small files and half of the training tokens are unpacked for call 2 (the unpacking
# finished before the first timing: the log prints it first). Committed as report/runs/scaling-x4-s4a/<run> (outputs/s4-x4-<run>,
# with its log as train.log) and report/runs/gpu-links-x4 (topology; the all-reduce logs without NCCL's INFO lines, and
# those lines' distinct 'via' transports).
source report/gpu/common.sh
tar xJf stage/small.tar.xz -C $STAGE && echo "unpacked small files"
(xz -dc stage/wiki-train.part00.xz > $STAGE/wiki-train.part00 && echo "unpacked part 00") &
nvidia-smi -L; python3 -c "import torch; print('torch', torch.__version__, 'gpus', torch.cuda.device_count())"
{ nvidia-smi topo -m; nvidia-smi nvlink -s; nvidia-smi -q | grep -i -A2 "Link Width\|PCIe Generation" | head -40; } > outputs/s4-topology.txt 2>&1
S="timeout --signal=TERM"; TR="python3 -m torch.distributed.run"
NCCL_DEBUG=INFO $S 60 $TR --nproc_per_node=4 report/gpu/allreduce_bw.py > outputs/s4-allreduce-4gpu.log 2>&1; echo "t=$SECONDS"
CUDA_VISIBLE_DEVICES=0,1 NCCL_DEBUG=INFO $S 60 $TR --nproc_per_node=2 report/gpu/allreduce_bw.py > outputs/s4-allreduce-2gpu.log 2>&1; echo "t=$SECONDS"
grep -h "allreduce\|peer\|GPUs" outputs/s4-allreduce-*.log; grep -h " via " outputs/s4-allreduce-4gpu.log | head -8
DATA="data.train_files=$STAGE/wiki-val.bin data.val_files=$STAGE/c4-val.bin"; BF="ddp_grad_dtype=bfloat16"
CUDA_VISIBLE_DEVICES=0 $S 100 python3 -m lmhw.train configs/scaling.yaml $DATA output_dir=outputs/s4-x4-1gpu > outputs/s4-x4-1gpu.log 2>&1 &
CUDA_VISIBLE_DEVICES=1 $S 100 python3 -m lmhw.train configs/scaling-wide.yaml $DATA output_dir=outputs/s4-x4-wide-1gpu > outputs/s4-x4-wide-1gpu.log 2>&1 &
wait; echo "t=$SECONDS 1-GPU runs done"
$S 90 $TR --nproc_per_node=4 -m lmhw.train configs/scaling.yaml $DATA output_dir=outputs/s4-x4-4gpu-bf16 $BF > outputs/s4-x4-4gpu-bf16.log 2>&1; echo "t=$SECONDS"
$S 90 $TR --nproc_per_node=4 -m lmhw.train configs/scaling.yaml $DATA output_dir=outputs/s4-x4-4gpu > outputs/s4-x4-4gpu.log 2>&1; echo "t=$SECONDS"
$S 90 $TR --nproc_per_node=4 -m lmhw.train configs/scaling-wide.yaml $DATA output_dir=outputs/s4-x4-wide-4gpu-bf16 $BF > outputs/s4-x4-wide-4gpu-bf16.log 2>&1; echo "t=$SECONDS"
export CUDA_VISIBLE_DEVICES=0,1
$S 80 $TR --nproc_per_node=2 -m lmhw.train configs/scaling.yaml $DATA output_dir=outputs/s4-x4-2gpu-bf16 $BF > outputs/s4-x4-2gpu-bf16.log 2>&1; echo "t=$SECONDS"
[ $SECONDS -lt 470 ] && $S 80 $TR --nproc_per_node=2 -m lmhw.train configs/scaling.yaml $DATA output_dir=outputs/s4-x4-2gpu > outputs/s4-x4-2gpu.log 2>&1; echo "t=$SECONDS"
wait; results s4call1; ls -la $STAGE; grep -h "final\|Error" outputs/*.log
