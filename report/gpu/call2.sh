# Call 2: the other half of the training tokens; GPT-tiny (Question 1.3) beside the 1e15 search (Question 1.4),
# then the final shape at 1e16 over learning rate and batch.
source report/gpu/common.sh
xz -dc stage2/wiki-train.part01.xz > $STAGE/wiki-train.part01 && cat $STAGE/wiki-train.part00 $STAGE/wiki-train.part01 > $STAGE/wiki-train.bin && rm $STAGE/wiki-train.part0?
echo "30d698613d4f9aacfe8b429de59a6610  $STAGE/wiki-train.bin" | md5sum -c || exit 1
touch $STAGE/fastpath_ok; FALLBACK=""  # call 1: the fast path ran under DDP; its 1-GPU run hit a device-index bug, fixed since
echo "fallback: '$FALLBACK'"
CUDA_VISIBLE_DEVICES=0 python3 -m lmhw.train configs/GPT-tiny.yaml output_dir=outputs/GPT-tiny compile=false > outputs/GPT-tiny.log 2>&1 &
timeout 300 python3 -m lmhw.sweep configs/sweep-1e15.yaml --gpus 0,1,2,3,1,2,3 $FALLBACK > outputs/sweep-1e15.log 2>&1
wait
results call2
timeout 200 python3 -m lmhw.sweep configs/transfer-1e16.yaml --gpus 0,1,2,3,0 $FALLBACK > outputs/transfer-1e16.log 2>&1
results call2
tail -n 4 outputs/GPT-tiny.log; cat outputs/sweep-1e15.log outputs/transfer-1e16.log | grep -v "^lmhw.sweep: .* done$"
head -5 outputs/sweep-1e15/results.csv; cat outputs/transfer-1e16/results.csv
