# Sourced by the report/gpu/s*-run.sh rules: `loss RUN_DIR` prints a finished run's final validation loss (nothing if it
# has not finished); `better A B` succeeds when loss A is lower than B by more than 0.002 nats (modern-deep-1e17's two
# seeds differ by 0.0022).
loss() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['val-loss'])" $1/eval.json 2>/dev/null; }
better() { python3 -c "import sys; sys.exit(not float(sys.argv[1]) < float(sys.argv[2]) - 0.002)" $1 $2; }
