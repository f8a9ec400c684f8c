# Session 18, call 2 (right after report/gpu/s7-call1.sh; carry stage2 and .whl): configs/modern-ctx-1e16.yaml, whose
# header says why: c-1024 then c-512 at 1e16 until LIMIT seconds, then c-1024's model evaluated in 512-token windows
# (eval-512.json). Under 300 s of device time was left, so no C4 or fresh-process evaluations. Written in session 18 but
# not run then; ran in session 19 right after report/gpu/s19-run.sh (208 s). Its last line exits 1 (c-512 has no
# eval-512.log to tail); both runs and the evaluation had finished.
source report/gpu/common.sh; [ -f $STAGE/c4-val.bin ] || { echo "no staged files: a fresh machine (run call 1 first)"; exit 3; }
LIMIT=${LIMIT:-200}
join_train || exit 3
echo "t=$SECONDS"
timeout --signal=TERM $((LIMIT - SECONDS)) python3 -m lmhw.sweep configs/modern-ctx-1e16.yaml --only c-1024,c-512 > outputs/modern-ctx-1e16.log 2>&1
echo "t=$SECONDS sweep exit $?"
d=outputs/modern-ctx-1e16/c-1024
eval_512 $d
echo "t=$SECONDS"; results s18
tail -n 4 outputs/modern-ctx-1e16.log; for d in outputs/modern-ctx-1e16/*/; do echo $d; tail -n 2 $d/train.log; tail -qn 3 $d/eval-512.log 2>/dev/null; done
