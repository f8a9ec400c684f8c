# Session 3, call 1 (nvidia-h200-x2): unpack the small files and half of the training tokens (stage/); meanwhile issue 5's
# multi-GPU check, every run in this one call on one machine: configs/scaling.yaml (256/8/256) and configs/scaling-wide.yaml
# (the final shape 384/12/512), both at 65,536 tokens a step, on 1 GPU and on 2 GPUs with DDP around the compiled model
# (lmhw's order), and scaling.yaml on 2 GPUs with DDP's gradient_as_bucket_view (report/gpu/ddp_bucket_view.py).
# Speed runs train on wiki 14 and validate on C4, as in session 2.
source report/gpu/common.sh
tar xJf stage/small.tar.xz -C $STAGE && echo "unpacked small files"
(xz -dc stage/wiki-train.part00.xz > $STAGE/wiki-train.part00 && echo "unpacked part 00") &
nvidia-smi -L; python3 -c "import torch; print('torch', torch.__version__, 'gpus', torch.cuda.device_count())"
DATA="data.train_files=$STAGE/wiki-val.bin data.val_files=$STAGE/c4-val.bin"
S="timeout --signal=TERM"; TR="python3 -m torch.distributed.run --nproc_per_node=2"
CUDA_VISIBLE_DEVICES=0 $S 150 python3 -m lmhw.train configs/scaling.yaml $DATA output_dir=outputs/s3-scaling-1gpu > outputs/s3-scaling-1gpu.log 2>&1 &
CUDA_VISIBLE_DEVICES=1 $S 150 python3 -m lmhw.train configs/scaling-wide.yaml $DATA output_dir=outputs/s3-scaling-wide-1gpu > outputs/s3-scaling-wide-1gpu.log 2>&1 &
wait; echo "t=$SECONDS 1-GPU runs done"
$S 150 $TR -m lmhw.train configs/scaling.yaml $DATA output_dir=outputs/s3-scaling-2gpu > outputs/s3-scaling-2gpu.log 2>&1; echo "t=$SECONDS"
$S 150 $TR -m lmhw.train configs/scaling-wide.yaml $DATA output_dir=outputs/s3-scaling-wide-2gpu > outputs/s3-scaling-wide-2gpu.log 2>&1; echo "t=$SECONDS"
$S 150 $TR report/gpu/ddp_bucket_view.py configs/scaling.yaml $DATA output_dir=outputs/s3-scaling-2gpu-bucketview > outputs/s3-scaling-2gpu-bucketview.log 2>&1; echo "t=$SECONDS"
results s3call1
ls -la $STAGE; grep -h "final\|Error" outputs/*.log | head -20
