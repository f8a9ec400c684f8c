# Session 5, call 1 (nvidia-h200-x2; no 4-GPU kind was lent this session): issue 5's small-batch question. The 4-GPU
# shortfall was traced (session 4) to too little work a GPU a step: one H200 at 16,384 tokens a step ran at 59% of its
# rate at 65,536. If that is per-step launch cost on the host, CUDA graphs (`compile: reduce-overhead`, new this
# session) should close most of it. configs/scaling.yaml (256/8/256) on one GPU at 65,536, 32,768 and 16,384 tokens a
# step (batch 256, 128, 64), each with the default compile and with CUDA graphs, then on both GPUs at 65,536 (32,768
# each) with each. Meanwhile (before the timings) the small files and half of the training tokens are unpacked for call 2.
# Its outputs (s5call1.tar.gz) were lost with session 5's sandbox before they were committed: what survives is the
# output's last lines, the step-300 line and final loss of each run, in report/runs/graphs-x2-s5/printed.csv.
source report/gpu/common.sh
tar xJf stage/small.tar.xz -C $STAGE && echo "unpacked small files"
xz -dc stage/wiki-train.part00.xz > $STAGE/wiki-train.part00 && echo "unpacked part 00"
nvidia-smi -L; python3 -c "import torch; print('torch', torch.__version__, 'gpus', torch.cuda.device_count())"
DATA="data.train_files=$STAGE/wiki-val.bin data.val_files=$STAGE/c4-val.bin"; G="compile=reduce-overhead"
S="timeout --signal=TERM"; TR="python3 -m torch.distributed.run"
one() { gpu=$1; name=$2; shift 2; CUDA_VISIBLE_DEVICES=$gpu $S 80 python3 -m lmhw.train configs/scaling.yaml $DATA output_dir=outputs/s5-$name "$@" > outputs/s5-$name.log 2>&1; }
( one 0 1gpu-b256-graphs $G; one 0 1gpu-b128-graphs batch_size=128 $G; one 0 1gpu-b64-graphs batch_size=64 $G ) &
( one 1 1gpu-b256 ; one 1 1gpu-b128 batch_size=128; one 1 1gpu-b64 batch_size=64 ) &
wait; echo "t=$SECONDS 1-GPU runs done"
$S 90 $TR --nproc_per_node=2 -m lmhw.train configs/scaling.yaml $DATA output_dir=outputs/s5-2gpu-graphs $G > outputs/s5-2gpu-graphs.log 2>&1; echo "t=$SECONDS"
$S 90 $TR --nproc_per_node=2 -m lmhw.train configs/scaling.yaml $DATA output_dir=outputs/s5-2gpu > outputs/s5-2gpu.log 2>&1; echo "t=$SECONDS"
results s5call1; ls -la $STAGE
for f in outputs/s5-*.log; do echo "$f: $(grep -h 'step    300/' $f | tail -1 | cut -c1-90) | $(grep -h 'final' $f | tail -1)"; done
grep -hi "error\|warn" outputs/s5-*.log | sort | uniq -c | head -20
