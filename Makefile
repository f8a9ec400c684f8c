# lmhw: the README's two commands are `make train` and `make test`; both set everything up first.
# Offline (no hub), point LMHW_DATA_DIR at a folder with c4/ shards and tokenizer/tiktoken_cache,
# e.g. `LMHW_DATA_DIR=../shared/data make test`. lmhw reads it itself (lmhw.data.data_dir_env: it stands for
# TIKTOKEN_CACHE_DIR, LMHW_TRAIN_FILES and LMHW_VAL_FILES); make only turns a relative path absolute, which
# Jupyter kernels (run in nbs/) need.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
CONFIG ?= configs/GPT-tiny.yaml

ifdef LMHW_DATA_DIR
export LMHW_DATA_DIR := $(abspath $(LMHW_DATA_DIR))
endif

.PHONY: setup train test report lab
setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt settings.ini setup.py
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -r requirements.txt
	$(BIN)/pip install -q --no-deps -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $@

# The main job: train GPT-tiny end to end (ARGS="key=value ..." passes overrides).
train: setup
	$(BIN)/python -m lmhw.train $(CONFIG) $(ARGS)

# All tests: lmhw/ must be exactly what the notebooks export, then the notebooks' inline tests, then pytest.
test: setup
	@before=$$(git status --porcelain -- lmhw); $(BIN)/nbdev_export; after=$$(git status --porcelain -- lmhw); \
	  if [ "$$before" != "$$after" ] || [ -n "$$(git status --porcelain -- lmhw)" ]; then git status --porcelain -- lmhw; \
	  echo "FAIL: nbdev_export changed lmhw/. HINT: edit the notebooks in nbs/, run nbdev_export, commit both"; exit 1; fi
	@echo "ok: lmhw/ matches the notebooks"
	PATH=$(CURDIR)/$(BIN):$$PATH WANDB_MODE=disabled $(BIN)/nbdev_test --n_workers 2
	PATH=$(CURDIR)/$(BIN):$$PATH WANDB_MODE=disabled $(BIN)/pytest -q tests

# Build report/report.pdf from the report notebooks (no LaTeX: pandoc + typst).
report: setup
	$(BIN)/python -m lmhw.report

lab: setup
	$(BIN)/jupyter lab --allow-root
