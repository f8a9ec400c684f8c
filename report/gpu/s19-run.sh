# Issue 6, the checks that x-ctx-1024's result (configs/modern-ctx-1e17.yaml) needs before it can count (written in
# session 18, not run yet). Evaluation reads wiki 14 in windows of the model's own context, so a 1,024-position model
# gets about twice the context a token that the 512-position course recipe got; how much of its gain that explains was
# not measured, because the 1e17 checkpoints were not kept. One run a call, each right after call 1
# (report/gpu/s7-call1.sh, carry stage and .whl; the first call here also carries stage2):
#   bash report/gpu/s19-run.sh modern-ctx-1e17 x-ctx-1024-seed-2   (the rule's third seed, and its model in 512 windows)
#   bash report/gpu/s19-run.sh course-ctx-1e17 ctx-1024             (the course recipe at 1,024 positions)
# Each trains (or resumes) RUN by report/gpu/s7-run.sh, with its fresh-process and C4 evaluations, then evaluates its
# model.pt in 512-token windows on the same 4,980,736 wiki 14 tokens (eval-512.json). With under ~600 s of device time,
# report/gpu/s18-run.sh (configs/modern-ctx-1e16.yaml) measures the same at 1e16 instead.
CONFIG=$1 LIMIT=${LIMIT:-530} bash report/gpu/s7-run.sh $2
source report/gpu/common.sh
d=outputs/$1/$2
[ -f $d/model.pt ] && [ ! -f $d/eval-512.json ] && timeout 30 python3 -m lmhw.evaluate $d --seq_len 512 --batch_size 128 --out $d/eval-512.json > $d/eval-512.log 2>&1
tail -n 4 $d/eval-512.log 2>/dev/null; results s19
