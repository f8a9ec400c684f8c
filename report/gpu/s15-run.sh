# Issue 6's fourteenth try, for a later session: configs/modern-cap2-1e17.yaml by the rule
# in that file's header ("better" = lower validation loss by more than 0.002 nats than modern-decay2-1e17/d2-aw-0.2,
# seed 0). Call 1 is report/gpu/s7-call1.sh (carry stage and .whl); then, each right after the last (30 s warm
# window), calls of `bash report/gpu/s15-run.sh` (carry .whl; the first also stage2) until the device time is spent.
# Each call finishes a run cut short by the last call, then starts the rule's next run whenever one finishes, while
# time is left: `run_chosen` in rule.sh (END, MIN). If the machine is lost between calls, stage a new one with
# s7-call1.sh and carry stage2 and outputs/modern-cap2-1e17 in the next call (the finished runs' small files; the rule
# reads their eval.json).
# usage: bash report/gpu/s15-run.sh   (END=seconds ends the call earlier: on the last call, to finish a cut run and start
#        nothing new, give END under MIN plus the seconds that run needs; DRY_RUN=1 prints the runs the rule chooses from
#        the results under outputs/modern-cap2-1e17 and runs nothing)
source report/gpu/rule.sh
O=outputs/modern-cap2-1e17
# chosen: the runs the rule has chosen so far, from the finished runs under $O, comma-separated, in the order they run
chosen() { two_options report/runs/modern-decay2-1e17/d2-aw-0.2 c2-cap-10 c2-cap-12 c2-cd-0.6-seed-1; }
run_chosen modern-cap2-1e17
