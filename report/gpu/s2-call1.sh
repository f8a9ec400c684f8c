# Session 2, call 1 (nvidia-h200-x2): unpack the small files and half of the training tokens (stage/); meanwhile
# the multi-GPU check of issue 5 (configs/scaling.yaml on 1 GPU, then on 2 GPUs with DDP inside torch.compile) and a
# GPU smoke run of the modern recipe (compile, Muon, bfloat16 model.pt).
source report/gpu/common.sh
tar xJf stage/small.tar.xz -C $STAGE && echo "unpacked small files"
(xz -dc stage/wiki-train.part00.xz > $STAGE/wiki-train.part00 && echo "unpacked part 00") &
nvidia-smi -L; python3 -c "import torch; print('torch', torch.__version__, 'gpus', torch.cuda.device_count())"
SC="configs/scaling.yaml data.train_files=$STAGE/wiki-val.bin data.val_files=$STAGE/c4-val.bin"
MODERN="model_config.rotary=true model_config.norm=rmsnorm model_config.qk_norm=true model_config.mlp=relu2 model_config.bias=false
        model_config.zero_init=true model_config.logit_softcap=15 optimizer=muon schedule=wsd save_dtype=bfloat16 min_lr=0"
CUDA_VISIBLE_DEVICES=0 timeout 150 python3 -m lmhw.train $SC output_dir=outputs/scaling-1gpu > outputs/scaling-1gpu.log 2>&1 &
CUDA_VISIBLE_DEVICES=1 timeout 150 python3 -m lmhw.train $SC $MODERN output_dir=outputs/modern-smoke > outputs/modern-smoke.log 2>&1 &
wait
timeout 150 python3 -m torch.distributed.run --nproc_per_node=2 -m lmhw.train $SC output_dir=outputs/scaling-2gpu-overlap > outputs/scaling-2gpu-overlap.log 2>&1
results s2call1
ls -la $STAGE; grep -h "step    2[05]0/\|final\|Error" outputs/*.log | head -20
