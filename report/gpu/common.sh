# Sourced by the report/gpu/call*.sh scripts, which ran the project's GPU experiments on a lent 4-GPU H200 machine
# (the device tool of this workplace: the checkout travels, ../shared does not). Token files come in stage/
# (prepared here with `python -m lmhw.data`, xz-compressed) and are unpacked outside the checkout, in $STAGE.
set -u
export PYTHONUNBUFFERED=1 NCCL_NVLS_ENABLE=0 TORCH_SYMM_MEM_DISABLE_MULTICAST=1 NVSHMEM_DISABLE_NVLS=1 WANDB_MODE=disabled
STAGE=/root/stage
mkdir -p $STAGE outputs
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 1
export PYTHONPATH=/tmp/site:$PWD
export TIKTOKEN_CACHE_DIR=$STAGE/tiktoken_cache LMHW_CACHE_DIR=$STAGE/cache
export LMHW_TRAIN_FILES=$STAGE/wiki-train.bin LMHW_VAL_FILES=$STAGE/wiki-val.bin
FALLBACK=""; [ -f $STAGE/fastpath_ok ] || FALLBACK="compile=false fast_loss=false"
results() { tar czf $OUT/$1.tar.gz --exclude='*.pt' --exclude='*.tmp' --exclude='wandb' outputs; }
