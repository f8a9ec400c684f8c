# Issue 6's seventeenth try, configs/modern-shuffled-1e17.yaml (rewritten in session 21; run in session 22: s-shuffled,
# s-shuffled-seed-1 and s-shuffled-seed-2, results in that file's header), by the rule in
# that file's header ("better" = lower by more than 0.002 nats). Each call finishes a run cut short by the last call,
# then starts the rule's next run whenever one finishes, while time is left: `run_chosen` in rule.sh, whose header
# says how to call it (call 1: report/gpu/s7-call1.sh with stage and .whl; then this script, stage2 and .whl first).
# usage: bash report/gpu/s22-run.sh   (END, MIN: see run_chosen; DRY_RUN=1 prints the runs the rule chooses and runs nothing)
source report/gpu/rule.sh
mean2() { python3 -c "import sys; print((float(sys.argv[1]) + float(sys.argv[2])) / 2)" $1 $2; }
# chosen: the rule's runs so far, from the finished runs, comma-separated, in the order they run
chosen() {
  local R=report/runs/modern-decay2-1e17 a b
  a=$(loss $O/s-shuffled); b=$(loss $O/s-shuffled-seed-1)
  { [ -n "$a" ] && [ -n "$b" ]; } || { echo s-shuffled,s-shuffled-seed-1; return; }
  if better $(mean2 $a $b) $(mean2 $(loss $R/d2-aw-0.2) $(loss $R/d2-aw-0.2-seed-1)); then echo s-shuffled,s-shuffled-seed-1,s-shuffled-seed-2
  else echo s-shuffled,s-shuffled-seed-1,s-lr-6e-3; fi
}
run_chosen modern-shuffled-1e17
