# Run HERE (the CPU machine), not on the GPU: builds the ignored folders stage/ and stage2/ that the report/gpu/*.sh
# scripts unpack on the lent GPU machine, and .whl/ (the packages lmhw needs that the GPU image lacks).
# usage: LMHW_DATA_DIR=../shared/data bash report/gpu/stage.sh
#   stage/small.tar.xz          tiktoken_cache/, wiki-val.{bin,json} (Wikipedia shard 14), c4-val.{bin,json} (C4 validation sample),
#                               wiki-train.json (the metadata of the training tokens)
#   stage/wiki-train.part00.xz  the first half of wiki-train.bin (Wikipedia shards 00-13, 77.5M GPT-2 tokens as uint16)
#   stage2/wiki-train.part01.xz the second half: each call carries at most 64 MiB, so the halves travel in two calls
# The token files are lmhw's own caches (python -m lmhw.data), renamed; wiki-train.bin's md5 is 30d698613d4f9aacfe8b429de59a6610.
set -euo pipefail
D=$(realpath "${LMHW_DATA_DIR:?set LMHW_DATA_DIR to the folder with wiki/, c4/ and tokenizer/}")
PY=${PY:-.venv/bin/python}
export TIKTOKEN_CACHE_DIR=$D/tokenizer/tiktoken_cache LMHW_CACHE_DIR=${LMHW_CACHE_DIR:-data_cache}
W=$(printf "$D/wiki/enwiki2015-train.%05d-of-00016.json.gz," $(seq 0 13)); W=${W%,}
T=$(mktemp -d); trap 'rm -rf $T' EXIT
$PY -m lmhw.data configs/final-wide-1e17.yaml "data.train_files=$W" "data.val_files=$D/wiki/enwiki2015-train.00014-of-00016.json.gz" | tee $T/wiki.txt
$PY -m lmhw.data configs/final-wide-1e17.yaml "data.train_files=$W" "data.val_files=$D/c4/c4-validation.*.json.gz" | tee $T/c4.txt
bin() { grep "^$1:" $2 | sed 's/.* in //'; }   # the cache file that `python -m lmhw.data` printed for a split
take() { cp "$1" $T/$2.bin; cp "${1%.bin}.json" $T/$2.json; }   # a cache .bin and its .json, under the name the GPU scripts use
take "$(bin train $T/wiki.txt)" wiki-train; take "$(bin val $T/wiki.txt)" wiki-val; take "$(bin val $T/c4.txt)" c4-val
md5sum $T/wiki-train.bin
cp -r $TIKTOKEN_CACHE_DIR $T/tiktoken_cache
mkdir -p stage stage2
tar cJf stage/small.tar.xz -C $T tiktoken_cache wiki-val.bin wiki-val.json c4-val.bin c4-val.json wiki-train.json
half=$(( $(stat -c %s $T/wiki-train.bin) / 4 * 2 ))   # an even byte count: each half holds whole uint16 tokens
head -c $half $T/wiki-train.bin | xz -T0 -6 > stage/wiki-train.part00.xz
tail -c +$((half + 1)) $T/wiki-train.bin | xz -T0 -6 > stage2/wiki-train.part01.xz
# The GPU image has torch, numpy, tiktoken and yaml but not these (report/gpu/common.sh installs them there).
python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp --platform manylinux2014_x86_64 \
  -d .whl $(grep -E '^(fastcore|omegaconf)==' requirements.txt)   # the project's pins; omegaconf 2.4.0 needs only PyYAML, which the image has
ls -la stage stage2 .whl
