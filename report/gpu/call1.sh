# Call 1: unpack the small files and half of the training tokens; benchmark (GPU 0) beside the 1- and 2-GPU
# scaling runs (GPUs 1, 2-3); then the 4-GPU scaling run.
source report/gpu/common.sh
tar xJf stage/small.tar.xz -C $STAGE && echo "unpacked small files"
(xz -dc stage/wiki-train.part00.xz > $STAGE/wiki-train.part00 && echo "unpacked part 00") &
nvidia-smi -L; python3 -c "import torch; print('torch', torch.__version__, 'gpus', torch.cuda.device_count())"
SC="configs/scaling.yaml data.train_files=$STAGE/wiki-val.bin data.val_files=$STAGE/c4-val.bin"
CUDA_VISIBLE_DEVICES=0 timeout 400 python3 -m lmhw.bench --out $OUT/bench.json > $OUT/bench.log 2>&1 &
(CUDA_VISIBLE_DEVICES=1 timeout 300 python3 -m lmhw.train $SC output_dir=outputs/scaling-1gpu > outputs/scaling-1gpu.log 2>&1 && touch $STAGE/fastpath_ok) &
(CUDA_VISIBLE_DEVICES=2,3 timeout 300 python3 -m torch.distributed.run --nproc_per_node=2 -m lmhw.train $SC output_dir=outputs/scaling-2gpu > outputs/scaling-2gpu.log 2>&1 && touch $STAGE/ddp_ok) &
wait
timeout 140 python3 -m torch.distributed.run --nproc_per_node=4 -m lmhw.train $SC output_dir=outputs/scaling-4gpu > outputs/scaling-4gpu.log 2>&1
results call1
ls -la $STAGE; tail -n 3 outputs/*.log; cat $OUT/bench.log
