# Session 23, call 1: stage the machine as report/gpu/s7-call1.sh does (carry stage and .whl), then check that the
# random sampler draws as it should on the GPU's generator (report/gpu/s22-sampler-check.py; about 15 s), its output
# also in $OUT/s23-sampler-check-cuda.txt (commit it as report/gpu/s23-sampler-check-cuda.txt).
set -o pipefail
bash report/gpu/s7-call1.sh || exit 1
python3 report/gpu/s22-sampler-check.py cuda 2>&1 | tee $OUT/s23-sampler-check-cuda.txt
