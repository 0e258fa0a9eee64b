# Every step of the study, from raw articles to reports. `make help` lists them.
# The first target that needs Python creates .venv and installs pinned dependencies.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
RAW ?= data/raw
PROCESSED ?= data/processed
REPORTS ?= reports
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]_*.ipynb))

.PHONY: help env report reproduce test notebooks docs-figures lab bench bench-scale bench-e2e clean-reports

help:  ## list the targets
	@grep -E '^[a-z0-9-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c requirements.lock -e ".[dev]"
	touch $(STAMP)

env: $(STAMP)  ## create .venv with the pinned dependencies

report: $(STAMP)  ## run the three notebooks on data/raw with papermill; reports/index.html
	$(PY) -m analysis.pipeline --raw-dir $(RAW) --processed-dir $(PROCESSED) --reports-dir $(REPORTS)

reproduce: $(STAMP)  ## rerun everything from raw data, ignoring cached runs
	$(PY) -m analysis.pipeline --raw-dir $(RAW) --processed-dir $(PROCESSED) --reports-dir $(REPORTS) --force

test: $(STAMP)  ## unit tests, then nbval on the committed notebooks
	$(PY) -m pytest tests
	$(PY) -m pytest --nbval --nbval-current-env --nbval-sanitize-with nbval_sanitize.cfg -p no:cacheprovider $(NOTEBOOKS)

notebooks: $(STAMP)  ## re-execute the committed notebooks in place so stored outputs stay current
	$(PY) -m analysis.pipeline --in-place --force

docs-figures: report  ## the README's figure, from the bundled run (make report on data/raw)
	cp $(REPORTS)/figures/02_cumulative_tolls.png docs/figures/02_cumulative_tolls.png

# Jupyter refuses to start as root unless told; containers often run as root.
LAB_ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root)

lab: $(STAMP)  ## open the notebooks in JupyterLab
	$(VENV)/bin/jupyter lab $(LAB_ROOT_FLAG) notebooks/

bench: $(STAMP)  ## accuracy and speed benchmarks (needs ../shared/corpora); prints figures
	$(PY) benchmarks/run_all.py

bench-scale: $(STAMP)  ## scale benchmark: articles/s per stage, peak RSS at 10k/100k, Dask 2 vs 1 worker (slow; BENCH_SCALE_ARGS="--sizes 500,2000" for a quick run)
	$(PY) benchmarks/bench_scale.py $(BENCH_SCALE_ARGS)

bench-e2e: $(STAMP)  ## end to end: python -m analysis.pipeline on N real texts vs a bare TextBlob loop, peak RSS, HTML sizes (slow; BENCH_E2E_ARGS="--n 2000" for a quick run)
	$(PY) benchmarks/bench_e2e.py $(BENCH_E2E_ARGS)

clean-reports:  ## delete generated reports (data/processed is committed)
	rm -rf $(REPORTS)
