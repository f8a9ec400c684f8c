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

.PHONY: setup train test check report lab
setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt settings.ini setup.py
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -r requirements.txt
	$(BIN)/pip install -q --no-deps -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $@

# The main job: train GPT-tiny end to end (ARGS="key=value ..." passes overrides); a GPU is used if there is one.
# Ctrl-C, a signal or time_limit_minutes stops it with a checkpoint saved (exit status 3): a normal stop here, not a
# make error; `make train` again continues from the checkpoint. A diverged run (exit status 4: lower max_lr) is an error.
# The signal reaches lmhw.train from the terminal (or the job's process group) itself; the shell around it only waits
# (trap) and then says how to go on.
TRAIN_AGAIN = make train$(if $(subst configs/GPT-tiny.yaml,,$(CONFIG)), CONFIG=$(CONFIG))$(if $(ARGS), ARGS='$(ARGS)')
train: setup
	@echo "$(BIN)/python -m lmhw.train $(CONFIG) $(ARGS)"; trap : INT TERM; \
	  $(BIN)/python -m lmhw.train $(CONFIG) $(ARGS); status=$$?; \
	  if [ $$status -eq 3 ] || [ $$status -eq 130 ]; then \
	    echo "make train: stopped; what was saved stays. HINT: \`$(TRAIN_AGAIN)\` continues from it"; exit 0; fi; \
	  exit $$status

# All tests: `check`, then the notebooks' inline tests, then pytest
# (options in pyproject.toml: each test's name as it runs, the ten slowest at the end). One torch thread a process
# (OMP_NUM_THREADS=1): the tests run small models, several processes at once, on as few as 2 cores. The notebooks'
# token caches go to a temporary folder, not nbs/data_cache/.
test: setup check
	PATH=$(CURDIR)/$(BIN):$$PATH WANDB_MODE=disabled OMP_NUM_THREADS=$${OMP_NUM_THREADS:-1} \
	  LMHW_CACHE_DIR=$$(mktemp -d) sh -c '$(BIN)/nbdev_test --n_workers 2; s=$$?; rm -rf "$$LMHW_CACHE_DIR"; exit $$s'
	PATH=$(CURDIR)/$(BIN):$$PATH WANDB_MODE=disabled $(BIN)/pytest tests

# lmhw/ is exactly what the notebooks export, and ruff finds nothing (settings in pyproject.toml).
check: setup
	@before=$$(git status --porcelain -- lmhw); $(BIN)/nbdev_export; after=$$(git status --porcelain -- lmhw); \
	  if [ "$$before" != "$$after" ] || [ -n "$$(git status --porcelain -- lmhw)" ]; then git status --porcelain -- lmhw; \
	  echo "FAIL: nbdev_export changed lmhw/. HINT: edit the notebooks in nbs/, run nbdev_export, commit both"; exit 1; fi
	@echo "ok: lmhw/ matches the notebooks"
	@if [ -x $(BIN)/ruff ]; then $(BIN)/ruff check . && echo "ok: ruff"; \
	  else echo "skipped ruff: not installed in $(VENV) (rm $(VENV)/.installed; make setup)"; fi

# Build report/report.pdf from the report notebook (no LaTeX: pandoc + typst).
report: setup
	$(BIN)/python -m lmhw.report

lab: setup
	$(BIN)/jupyter lab --allow-root
