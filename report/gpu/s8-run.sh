# Session 8, calls 2-4 (nvidia-h200, each right after the last; call 1 was report/gpu/s7-call1.sh): issue 6's sixth try,
# configs/modern-deep-1e17.yaml, one ~8-minute run a call, chosen by this rule, fixed before any result came in:
#   call 2: deep-384x17: the 49M parameters of the best run (448/7/11) spent on depth: 384/6/17;
#   call 3: a second seed of the better shape (deep-384x17 against modern-size-1e17/shape-448x11): the run-to-run noise;
#   call 4: batch 256 on that shape (batch 128 beat 64 at 1e16; every 1e17 run since modern-wide-1e17 used batch 128).
# usage: bash report/gpu/s8-run.sh CALL   (2, 3 or 4; LIMIT=seconds overrides report/gpu/s7-run.sh's 545)
# s7-run.sh trains with `python -m lmhw.sweep ... --only RUNS` (finished runs are skipped, an interrupted one resumes),
# then evaluates each new model.pt in a fresh process on wiki 14 and on C4, and packs outputs/ into $OUT/s7.tar.gz.
deep=$(python3 -c "import json; print(json.load(open('outputs/modern-deep-1e17/deep-384x17/eval.json'))['val-loss'])" 2>/dev/null)
best=$(python3 -c "import json; print(json.load(open('report/runs/modern-size-1e17/shape-448x11/eval.json'))['val-loss'])")
if [ "$1" = 2 ]; then runs=deep-384x17
elif [ -z "$deep" ]; then runs=deep-384x17   # not finished in call 2 (its time limit): it resumes from its checkpoint
elif python3 -c "import sys; sys.exit(not $deep < $best)"; then runs=deep-384x17,deep-384x17-seed-1; [ "$1" = 4 ] && runs=$runs,deep-384x17-batch-256
else runs=deep-384x17,seed-1; [ "$1" = 4 ] && runs=$runs,batch-256; fi
echo "call $1: deep-384x17 ${deep:-not run yet} against 448/7/11 $best: runs $runs"
bash report/gpu/s7-run.sh $runs
