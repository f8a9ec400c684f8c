# Session 18, call 2 (right after report/gpu/s7-call1.sh; carry stage2 and .whl): configs/modern-ctx-1e16.yaml, whose
# header says why: c-1024 then c-512 at 1e16, then c-1024's model evaluated in 512-token windows (eval-512.json).
CONFIG=modern-ctx-1e16 LIMIT=${LIMIT:-240} bash report/gpu/s7-run.sh c-1024,c-512
source report/gpu/common.sh
d=outputs/modern-ctx-1e16/c-1024
[ -f $d/model.pt ] && timeout 30 python3 -m lmhw.evaluate $d --seq_len 512 --batch_size 128 --out $d/eval-512.json > $d/eval-512.log 2>&1
tail -n 3 $d/eval-512.log; results s18
