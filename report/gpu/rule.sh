# Sourced by the report/gpu/s*-run.sh rules: `loss RUN_DIR` prints a finished run's final validation loss (nothing if it
# has not finished); `better A B` succeeds when loss A is lower than B by more than 0.002 nats (modern-deep-1e17's two
# seeds differ by 0.0022).
loss() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['val-loss'])" $1/eval.json 2>/dev/null; }
better() { python3 -c "import sys; sys.exit(not float(sys.argv[1]) < float(sys.argv[2]) - 0.002)" $1 $2; }
# `three_runs CALL CONFIG REF FIRST UP DOWN ELSE`: the rule of report/gpu/s10-run.sh, s11-run.sh and s12-run.sh, one run a call.
#   call 2: FIRST; call 3: UP if FIRST was better than the run folder REF, else DOWN;
#   call 4: if the lower of those two beat REF, its `-seed-1` twin, else ELSE. Earlier runs are listed again: the sweep
#   skips finished runs and resumes one cut short by a call's time limit (so a FIRST cut short is finished first).
three_runs() {
  local call=$1 config=$2 refdir=$3 first=$4 up=$5 down=$6 other=$7 O=outputs/$2 ref m2 third= l3= best lb runs
  ref=$(loss $refdir); m2=$(loss $O/$first)
  if [ "$call" = 2 ] || [ -z "$m2" ]; then runs=$first
  else
    if better $m2 $ref; then third=$up; else third=$down; fi
    runs=$first,$third; l3=$(loss $O/$third)
    if [ "$call" = 4 ] && [ -n "$l3" ]; then
      best=$first lb=$m2; python3 -c "import sys; sys.exit(not $l3 < $m2)" && best=$third lb=$l3   # the lower of the two
      if better $lb $ref; then runs=$runs,$best-seed-1; else runs=$runs,$other; fi
    fi
  fi
  echo "call $call: ${refdir##*/} $ref, $first ${m2:-not run yet}, third ${third:-none yet} $l3: runs $runs"
  [ -n "${DRY_RUN:-}" ] || CONFIG=$config bash report/gpu/s7-run.sh $runs
}
# `run_chosen CONFIG`: runs what the caller's `chosen` function prints (the comma-separated runs its rule has chosen so
# far, from the finished runs under outputs/CONFIG) until END seconds (560: s7-run.sh's evaluations of a run that just
# finished, 25 s, and the results still fit a 600 s call): first any run a call's limit cut short, whatever the time left
# over 30 s; then, whenever a run finishes, the rule's next one, while more than MIN seconds (150) are left.
# DRY_RUN=1 only prints the chosen runs (after the committed finished runs are copied into outputs/, as below).
# How a session uses it (report/gpu/s14-run.sh, s15-run.sh): call 1 is report/gpu/s7-call1.sh (carry stage and .whl);
# then, each right after the last (30 s warm window), calls of the script (carry .whl; the first also stage2) until the
# device time is spent. If the machine is lost between calls, stage a new one with s7-call1.sh and carry stage2 in the
# next call; the finished runs come back from report/runs/CONFIG once committed there (else carry outputs/CONFIG, their
# small files: the rule reads their eval.json). On the last call, to finish a cut run and start nothing new, give END
# under MIN plus the seconds that run needs.
run_chosen() {
  local config=$1 O=outputs/$1 end=${END:-560} min=${MIN:-150} runs last= d
  # a fresh machine has no outputs/: bring back the committed finished runs' small files, so that the rule reads their
  # eval.json and the sweep skips them (a committed run folder without eval.json, cut short, is left out and runs again)
  for d in report/runs/$config/*/; do [ -f $d/eval.json ] && [ ! -e $O/$(basename $d) ] && mkdir -p $O && cp -r $d $O/; done
  cut() { for r in ${1//,/ }; do [ -f $O/$r/checkpoint.pt ] && [ ! -f $O/$r/eval.json ] && return 0; done; return 1; }
  while :; do
    runs=$(chosen); echo "t=$SECONDS: the rule's runs: $runs"
    [ -z "${DRY_RUN:-}" ] || break
    [ "$runs" != "$last" ] || break   # nothing new chosen since the last sweep: it finished them all, or stopped at the end
    [ $((end - SECONDS)) -gt 30 ] || { echo "t=$SECONDS: 30 s or less left before $end"; break; }
    cut $runs || [ $((end - SECONDS)) -gt $min ] || { echo "t=$SECONDS: under $min s left before $end: no new run started"; break; }
    last=$runs; CONFIG=$config LIMIT=$((end - SECONDS)) bash report/gpu/s7-run.sh $runs
  done
}
# `two_options REF FIRST SECOND ELSE`: the rule of report/gpu/s14-run.sh and s15-run.sh, as a `chosen` function (O: the
# config's output folder, set by run_chosen; REF: the reference's run folder). First FIRST; if it beat REF, its -seed-1 and -seed-2 twins;
# else SECOND, then its -seed-1 twin if SECOND beat REF, else ELSE.
two_options() {
  local ref=$(loss $1) a b
  a=$(loss $O/$2); [ -n "$a" ] || { echo $2; return; }
  if better $a $ref; then echo $2,$2-seed-1,$2-seed-2; return; fi
  b=$(loss $O/$3); [ -n "$b" ] || { echo $2,$3; return; }
  if better $b $ref; then echo $2,$3,$3-seed-1; else echo $2,$3,$4; fi
}
