# Session 3, call 4 (nvidia-h200-x2, right after call 3): call 3's 1e16 `no-muon` ablation ran out of GPU memory beside two
# other runs on GPU 0, so it ran again alone (the other two 1e16 ablations were finished and are skipped).
source report/gpu/common.sh; rm -rf outputs/modern-ablate-1e16/no-muon
timeout --signal=TERM 240 python3 -m lmhw.sweep configs/modern-ablate-1e16.yaml --gpus 0 > outputs/modern-ablate-1e16-no-muon.log 2>&1; echo "t=$SECONDS"
tail -3 outputs/modern-ablate-1e16/no-muon/train.log
tar czf $OUT/s3call4.tar.gz --exclude='*.pt' --exclude='*.tmp' outputs/modern-ablate-1e16 outputs/modern-ablate-1e16-no-muon.log
