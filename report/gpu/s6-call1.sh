# Session 6, call 1 (nvidia-h200: one GPU was all that was lent, with 1000 s of device time): the small files and half of
# the training tokens are unpacked for call 2 (in the background), and issue 5's small-batch question is asked of the
# modern recipe: configs/graphs-modern.yaml, 300 steps of 384/12/512 at batch 64 with the default compile, then with
# CUDA graphs (`compile: reduce-overhead`), trained on wiki 14 (the train tokens are not there yet). Committed as report/runs/graphs-modern (outputs/graphs-modern).
source report/gpu/common.sh
tar xJf stage/small.tar.xz -C $STAGE && echo "unpacked small files"
(xz -dc stage/wiki-train.part00.xz > $STAGE/wiki-train.part00 && echo "unpacked part 00") &
nvidia-smi -L; python3 -c "import torch; print('torch', torch.__version__, 'gpus', torch.cuda.device_count())"
timeout --signal=TERM 200 python3 -m lmhw.sweep configs/graphs-modern.yaml data.train_files=$STAGE/wiki-val.bin data.val_files=$STAGE/c4-val.bin > outputs/graphs-modern.log 2>&1
wait; echo "t=$SECONDS"; results s6call1; ls -la $STAGE
tail -n 3 outputs/graphs-modern.log; for f in outputs/graphs-modern/*/train.log; do echo "$f"; grep -h "step " $f | tail -3; grep -h final $f; done
grep -hi "error\|warn" outputs/graphs-modern/*/train.log | sort | uniq -c | head
