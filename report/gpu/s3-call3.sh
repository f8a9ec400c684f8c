# Session 3, call 3 (nvidia-h200-x2, right after call 2; its checkpoints still on the machine). T: seconds this call may use.
# First any 1e17 run of call 2 that its time limit stopped is continued. If weight decay 0.5 beat 0.1 for the modern recipe,
# GPU 1 gives the course recipe the same (configs/course-wd-1e17.yaml) while GPU 0 runs the ablations; otherwise both
# GPUs run ablations: the three costliest at 1e16 (configs/modern-ablate-1e16.yaml) and the seven of
# configs/modern-ablate-1e15.yaml that session 2 could not finish, at the best modern 1e15 rate (1.2e-2).
source report/gpu/common.sh; S="timeout --signal=TERM"; T=${T:-540}
mkdir -p outputs/modern-ablate-1e15 && cp -r report/runs/modern-ablate-1e15/no-softcap outputs/modern-ablate-1e15/   # finished: skipped
$S 200 python3 -m lmhw.sweep configs/modern-tuned-1e17.yaml --gpus 0,1 >> outputs/modern-tuned-1e17.log 2>&1   # finished runs are skipped
python3 - <<'PY' > outputs/wd.txt
from lmhw.report import runs_table
t = runs_table('outputs/modern-tuned-1e17').set_index('name').val_loss; print('better' if t['wd-0.5'] < t['wd-0.1'] else 'worse')
PY
echo "t=$SECONDS weight decay 0.5 for the modern recipe: $(cat outputs/wd.txt)"
A15="python3 -m lmhw.sweep configs/modern-ablate-1e15.yaml max_lr=1.2e-2"
if [ "$(cat outputs/wd.txt)" = better ]; then
  $S $((T - SECONDS)) python3 -m lmhw.sweep configs/course-wd-1e17.yaml --gpus 1 > outputs/course-wd-1e17.log 2>&1 &
  ( $S 260 python3 -m lmhw.sweep configs/modern-ablate-1e16.yaml --gpus 0,0,0 > outputs/modern-ablate-1e16.log 2>&1
    $S $((T - SECONDS)) $A15 --gpus 0,0,0,0,0,0,0 > outputs/modern-ablate-1e15.log 2>&1 ) &
else
  $S $((T - SECONDS)) python3 -m lmhw.sweep configs/modern-ablate-1e16.yaml --gpus 0,0,0 > outputs/modern-ablate-1e16.log 2>&1 &
  $S $((T - SECONDS)) $A15 --gpus 1,1,1,1,1,1,1 > outputs/modern-ablate-1e15.log 2>&1 &
fi
wait; echo "t=$SECONDS"; results s3call3
for d in outputs/*/; do [ -f $d/results.csv ] && { echo $d; cut -d, -f1,11,15,16,18 $d/results.csv; }; done
