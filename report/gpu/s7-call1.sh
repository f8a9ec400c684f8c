# Session 7, call 1 (nvidia-h200, the only kind lent; 1,800 s of device time): unpack the small files and the first half
# of the training tokens outside the checkout, for calls 2-4 (which must follow within the machine's 30 s idle window).
source report/gpu/common.sh
tar xJf stage/small.tar.xz -C $STAGE && echo "unpacked small files"
xz -T0 -dc stage/wiki-train.part00.xz > $STAGE/wiki-train.part00 && echo "unpacked part 00"
nvidia-smi -L; python3 -c "import torch; print('torch', torch.__version__, 'gpus', torch.cuda.device_count())"
ls -la $STAGE; echo "t=$SECONDS"
