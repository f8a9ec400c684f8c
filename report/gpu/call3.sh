# Call 3: the final model (Question 1.5) on 4 GPUs with the learning rate and batch of the best final-shape run
# at 1e16; then, in fresh processes, its perplexity on held-out Wikipedia and on the C4 validation sample, and samples.
# What happened (2026-11-28): this session hung at its time limit (ranks disagreed on the stop step; fixed since) and the
# outer timeout killed it; a fourth call continued from the step-14,000 checkpoint with the same torchrun command and
# time_limit_minutes=60, then ran the C4 evaluation and the samples (report/runs/final-1e17/train.log has both sessions).
source report/gpu/common.sh
[ -f outputs/chosen ] || python3 - > outputs/chosen <<'PY'
import csv
rows = [r for r in csv.DictReader(open('outputs/transfer-1e16/results.csv')) if not r['name'].startswith('sweep-shape')]
b = min(rows, key=lambda r: float(r['val-loss']))
print(f"max_lr={b['max_lr']} min_lr={b['min_lr']} batch_size={b['batch_size']}")
PY
echo "chosen: $(cat outputs/chosen)  fallback: '$FALLBACK'"
LAUNCH="python3 -m torch.distributed.run --nproc_per_node=4"; [ -f $STAGE/ddp_ok ] || LAUNCH="env CUDA_VISIBLE_DEVICES=0 python3"  # no DDP: one GPU, resumable
timeout 540 $LAUNCH -m lmhw.train configs/final-base.yaml flop_budget=1e17 output_dir=outputs/final-1e17 \
  time_limit_minutes=7.5 $(cat outputs/chosen) $FALLBACK >> outputs/final-1e17.log 2>&1
cp outputs/chosen outputs/final-1e17/chosen
if [ -f outputs/final-1e17/eval.json ]; then
  python3 -m lmhw.evaluate outputs/final-1e17 --data $STAGE/c4-val.bin --out outputs/final-1e17/eval-c4.json > /dev/null
  python3 -m lmhw.evaluate outputs/final-1e17 --out outputs/final-1e17/eval-fresh-process.json > /dev/null
  python3 -m lmhw.generate outputs/final-1e17 --prompt "The history of the city" --max_new_tokens 60 --num_samples 3 > outputs/final-1e17/samples.txt
  python3 -m lmhw.generate outputs/final-1e17 --prompt "In mathematics, a prime number" --max_new_tokens 60 --num_samples 2 >> outputs/final-1e17/samples.txt
fi
results call3
tail -n 5 outputs/final-1e17.log; cat outputs/final-1e17/eval*.json outputs/final-1e17/samples.txt 2>/dev/null; ls -la outputs/final-1e17
