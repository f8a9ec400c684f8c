#!/usr/bin/env bash
# Rerun a committed experiment's runs on a machine with a CUDA GPU, and pack them into records beside the committed ones.
# usage: experiments/reproduce.sh DATA_DIR DEST_DIR CONFIG [RUN[,RUN...]]
#   DATA_DIR  the data folder: wiki/ (enwiki2015-train shards 00-14), c4/ and tokenizer/tiktoken_cache
#   DEST_DIR  where the runs (DEST_DIR/runs/<run>/) and their records (DEST_DIR/records/<run>.json) go
#   CONFIG    a sweep (configs/q1.4-search.yaml, configs/q1.5-search.yaml, experiments/*/*.yaml) or a config (configs/*.yaml)
#   RUN       only these runs of a sweep (--only)
# Runs train on Wikipedia shards 00-13 and validate on shard 14, as the committed ones did (configs that name their data keep it);
# each finished run is then also evaluated on the C4 validation sample. Run it again to continue an interrupted run.
set -euo pipefail
[ $# -ge 3 ] || { sed -n '2,9p' "$0"; exit 2; }
DATA=$(cd "$1" && pwd); DEST=$2; CONFIG=$3; ONLY=${4:-}
PY=${PY:-python}
export LMHW_DATA_DIR=$DATA
export LMHW_TRAIN_FILES=${LMHW_TRAIN_FILES:-"$DATA/wiki/enwiki2015-train.0000?-of-00016.json.gz,$DATA/wiki/enwiki2015-train.0001[0-3]-of-00016.json.gz"}
export LMHW_VAL_FILES=${LMHW_VAL_FILES:-"$DATA/wiki/enwiki2015-train.00014-of-00016.json.gz"}
if grep -qE '^(runs|grid):' "$CONFIG"; then
  "$PY" -m lmhw.sweep "$CONFIG" --dest "$DEST/runs" ${ONLY:+--only "$ONLY"}
else
  "$PY" -m lmhw.train "$CONFIG" "output_dir=$DEST/runs/$(basename "$CONFIG" .yaml)"
fi
for run in "$DEST"/runs/*/; do
  [ -f "$run/eval.json" ] && [ ! -f "$run/eval-c4.json" ] && "$PY" -m lmhw.evaluate "$run" --data "$DATA/c4/c4-validation.*.json.gz" --dest "$run/eval-c4.json" >/dev/null
done
"$PY" -m lmhw.runs "$DEST/runs" --dest "$DEST/records"
