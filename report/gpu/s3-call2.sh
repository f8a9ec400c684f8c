# Session 3, call 2 (nvidia-h200-x2, right after call 1): the other half of the training tokens, then issue 6's modern
# recipe at 1e17 tuned by the final run's rule (configs/modern-tuned-1e17.yaml: weight decay 0.1 on GPU 0, 0.5 on GPU 1).
source report/gpu/common.sh
xz -dc stage2/wiki-train.part01.xz > $STAGE/wiki-train.part01 && cat $STAGE/wiki-train.part00 $STAGE/wiki-train.part01 > $STAGE/wiki-train.bin \
  && rm $STAGE/wiki-train.part0? && md5sum $STAGE/wiki-train.bin   # 30d698613d4f9aacfe8b429de59a6610
S="timeout --signal=TERM"
$S 555 python3 -m lmhw.sweep configs/modern-tuned-1e17.yaml --gpus 0,1 > outputs/modern-tuned-1e17.log 2>&1
echo "t=$SECONDS"; results s3call2
tail -n 3 outputs/modern-tuned-1e17/*/train.log
