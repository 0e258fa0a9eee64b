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

.PHONY: help env report reproduce test test-quick notebooks docs-figures lab bench check-trust check-trust-titles bench-scale bench-e2e clean-reports

help:  ## list the targets
	@grep -E '^[a-z0-9-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

# The first set-up installs ~155 pinned packages quietly: a few minutes (about 3.5 on 2 busy cores).
$(STAMP): pyproject.toml requirements.lock
	@echo "setting up $(VENV): installing about 155 pinned packages from requirements.lock, quietly (3-4 minutes on a busy 2-core machine, once; later runs skip this)"
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c requirements.lock pip
	$(PY) -m pip install --quiet --disable-pip-version-check -c requirements.lock -e ".[dev]"
	touch $(STAMP)
	@echo "$(VENV) is ready"

env: $(STAMP)  ## create .venv with the pinned dependencies

report: $(STAMP)  ## run the three notebooks on data/raw with papermill; reports/index.html
	$(PY) -m analysis.pipeline --raw-dir $(RAW) --processed-dir $(PROCESSED) --reports-dir $(REPORTS)

reproduce: $(STAMP)  ## rerun everything from raw data, ignoring cached runs
	$(PY) -m analysis.pipeline --raw-dir $(RAW) --processed-dir $(PROCESSED) --reports-dir $(REPORTS) --force

# Test files that run notebooks, kernels, a browser, whole corpora, Dask clusters or the line-model
# training: three quarters of `make test`'s time (per-test times of one full run).
QUICK_SKIP := tests/test_pipeline.py tests/test_pipeline_faults.py tests/test_pipeline_kernels.py \
	tests/test_report_safety.py tests/test_usage_paths.py tests/test_readme_findings.py tests/test_adversarial.py \
	tests/test_line_model_reproducible.py tests/test_backend.py

test: $(STAMP)  ## every test: unit tests (one line each, [done/total]), then nbval on the notebooks; ~10 min idle, 20-40 under load
	$(PY) -m pytest -v -o console_output_style=count tests
	$(PY) -m pytest --nbval --nbval-current-env --nbval-sanitize-with nbval_sanitize.cfg -p no:cacheprovider $(NOTEBOOKS)

test-quick: $(STAMP)  ## the unit tests that run no notebook, kernel, browser, corpus, Dask or training, nor those marked slow (a quarter of make test)
	$(PY) -m pytest -o console_output_style=count -m "not slow" $(addprefix --ignore=,$(QUICK_SKIP)) tests

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

check-trust: $(STAMP)  ## the trust figures in src/analysis/accuracy.py rescored by the benchmarks' scoring (tolls, dates; needs ../shared/corpora); exits 1 on a mismatch
	$(PY) benchmarks/check_trust_figures.py

check-trust-titles: $(STAMP)  ## check-trust plus the titles' site-grouped CV (slow: 15-30 minutes)
	$(PY) benchmarks/check_trust_figures.py --titles

bench-scale: $(STAMP)  ## scale benchmark: articles/s per stage, peak RSS at 10k/100k, Dask 2 vs 1 worker (slow; BENCH_SCALE_ARGS="--sizes 500,2000" for a quick run)
	$(PY) benchmarks/bench_scale.py $(BENCH_SCALE_ARGS)

bench-e2e: $(STAMP)  ## end to end: python -m analysis.pipeline on N real texts vs a bare TextBlob loop, peak RSS, HTML sizes (slow; BENCH_E2E_ARGS="--n 2000" for a quick run)
	$(PY) benchmarks/bench_e2e.py $(BENCH_E2E_ARGS)

clean-reports:  ## delete generated reports (data/processed is committed)
	rm -rf $(REPORTS)
