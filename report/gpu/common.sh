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
# join_train: on a machine that has part 00 (from s7-call1.sh) and this call's stage2, the whole of wiki-train.bin
join_train() {
  [ -f $STAGE/wiki-train.bin ] && return 0
  [ -f $STAGE/wiki-train.part00 ] && [ -f stage2/wiki-train.part01.xz ] || { echo "no part 00 or no stage2 here"; return 3; }
  xz -T0 -dc stage2/wiki-train.part01.xz > $STAGE/wiki-train.part01 && cat $STAGE/wiki-train.part00 $STAGE/wiki-train.part01 > $STAGE/wiki-train.bin \
    && rm $STAGE/wiki-train.part0? && md5sum $STAGE/wiki-train.bin   # 30d698613d4f9aacfe8b429de59a6610
}
# eval_512 RUN_DIR: a finished run's model.pt read in 512-token windows (128 rows: the same 4,980,736 wiki 14 tokens as
# 64 rows of 1,024), once, into eval-512.json
eval_512() {
  [ -f $1/model.pt ] && [ ! -f $1/eval-512.json ] || return 0
  timeout 30 python3 -m lmhw.evaluate $1 --seq_len 512 --batch_size 128 --out $1/eval-512.json > $1/eval-512.log 2>&1
}
