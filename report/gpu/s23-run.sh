# Issue 6's control for the shuffled sampler: configs/course-shuffled-1e17.yaml (written in session 22, before any of
# its runs), by the rule in that file's header: c-shuffled, c-shuffled-seed-1 and c-random-seed-1, all three, in that
# order, no branch. Each call finishes a run cut short by the last call, then goes on with the next (`run_chosen` in
# rule.sh, whose header says how to call it: call 1 is report/gpu/s23-call1.sh with stage and .whl; then this script,
# stage2 and .whl the first time).
# Ran in session 23 on one H100 (after s23-call1.sh): three calls, the last with END=505 MIN=600 to finish
# c-random-seed-1 and start nothing new; results in configs/course-shuffled-1e17.yaml's header and report/runs/course-shuffled-1e17/.
# usage: bash report/gpu/s23-run.sh   (END, MIN: see run_chosen; DRY_RUN=1 prints the runs and runs nothing)
source report/gpu/rule.sh
chosen() { echo c-shuffled,c-shuffled-seed-1,c-random-seed-1; }
run_chosen course-shuffled-1e17
