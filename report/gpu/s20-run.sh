# Issue 6's sixteenth try, configs/modern-batch-1e17.yaml, by the rule in that file's header ("better" = lower
# validation loss by more than 0.002 nats than modern-decay2-1e17/d2-aw-0.2, seed 0). Written in session 19; in session
# 20 b-64 finished, and b-64-lr-5.7e-3 was cut and lost with the machine; in session 21 (calls: END=560 twice, then
# END=320 MIN=310) b-64-lr-5.7e-3 and b-cd-0.6-seed-2 finished, the rule's last runs (see the config's header). Each
# call finishes a run cut short by the last call, then starts the rule's next run whenever one finishes, while time is left:
# `run_chosen` in rule.sh, whose header says how to call it.
# usage: bash report/gpu/s20-run.sh   (END, MIN: see run_chosen; DRY_RUN=1 prints the runs the rule chooses from the
#        results under outputs/modern-batch-1e17, after copying the committed ones there, and runs nothing)
source report/gpu/rule.sh
# chosen: the rule's runs so far, from the finished runs, comma-separated, in the order they run
chosen() { two_options report/runs/modern-decay2-1e17/d2-aw-0.2 b-64 b-64-lr-5.7e-3 b-cd-0.6-seed-2; }
run_chosen modern-batch-1e17
