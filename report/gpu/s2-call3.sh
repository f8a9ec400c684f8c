# Session 2, call 3 (nvidia-h200-x2, right after call 2): the two 1e17 runs side by side, one per GPU: the course recipe
# on the wide final shape (configs/final-wide-1e17.yaml; its wall time is issue 5's one-GPU 1e17 measurement) and the
# modern recipe on the same shape at the best 1e16 learning rate times 256/384. Then, in fresh processes, each model's
# perplexity on held-out Wikipedia and on the C4 validation sample, and samples.
source report/gpu/common.sh
LR16=$(python3 report/gpu/pick.py best-lr outputs/modern-1e16)
LR17=$(python3 -c "print(f'{$LR16 * 256 / 384:.2g}')"); echo "modern: best 1e16 lr $LR16 -> 1e17 lr $LR17"
one() {  # GPU, config, overrides...
  local gpu=$1 cfg=$2; shift 2; local name=$(basename $cfg .yaml)
  local t0=$(date +%s)
  CUDA_VISIBLE_DEVICES=$gpu timeout 540 python3 -m lmhw.train $cfg time_limit_minutes=8.2 "$@" >> outputs/$name.log 2>&1
  echo "$name: exit $? after $(( $(date +%s) - t0 )) s wall (process start to exit, compile and final evaluation included)" | tee -a outputs/$name.log
}
one 0 configs/final-wide-1e17.yaml &
one 1 configs/modern-wide-1e17.yaml max_lr=$LR17 &
wait
for name in final-wide-1e17 modern-wide-1e17; do d=outputs/$name; [ -f $d/eval.json ] || continue
  python3 -m lmhw.evaluate $d --out $d/eval-fresh-process.json > /dev/null &
  python3 -m lmhw.evaluate $d --data $STAGE/c4-val.bin --out $d/eval-c4.json > /dev/null &
  python3 -m lmhw.generate $d --prompt "The history of the city" --max_new_tokens 60 --num_samples 3 > $d/samples.txt
  python3 -m lmhw.generate $d --prompt "In mathematics, a prime number" --max_new_tokens 60 --num_samples 2 >> $d/samples.txt
  wait; ls -la $d/model.pt
done
results s2call3
tail -n 4 outputs/final-wide-1e17.log outputs/modern-wide-1e17.log; cat outputs/*-wide-1e17/eval*.json 2>/dev/null
