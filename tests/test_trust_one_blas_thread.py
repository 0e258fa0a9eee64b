"""The titles' CV must run with one BLAS thread whoever imports it (rev10r: check_trust_figures
--titles loaded numpy, through bench_tolls, before train_line_model set OPENBLAS_NUM_THREADS=1,
so its logistic fits ran on two threads and fold 4 gave 120 of 142 where `scripts/title_cv.py`
gives 119: the check reported 229 against accuracy.py's correct 228)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# check_trust_figures' order: numpy (and what bench_tolls/bench_dates load) before title_lines,
# which imports title_cv -> train_line_model; cv_folds is where the scoring starts.
_PROBE = """
import json, sys
{preload}
import check_trust_figures as check
sys.path.insert(0, {scripts!r})
import title_cv
from threadpoolctl import threadpool_info
def reached():
    print(json.dumps(sorted((i["internal_api"], i["num_threads"]) for i in threadpool_info())))
    sys.exit(0)
title_cv.cv_folds = reached
check.title_lines()
"""


@pytest.mark.parametrize("preload", ["import numpy", "import numpy, sklearn.linear_model", "import bench_tolls"])
def test_title_lines_runs_with_one_blas_thread(preload):
    """Two threads asked for (a machine of 2+ cores), numpy loaded first: still one at title_lines."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    env.update(OPENBLAS_NUM_THREADS="2", OMP_NUM_THREADS="2", MKL_NUM_THREADS="2",
               PYTHONPATH=os.pathsep.join([str(REPO / "benchmarks"), str(REPO / "src")]))
    run = subprocess.run([sys.executable, "-c", _PROBE.format(preload=preload, scripts=str(REPO / "scripts"))],
                         capture_output=True, text=True, timeout=300, env=env, cwd=REPO)
    assert run.returncode == 0, run.stderr[-3000:]
    pools = json.loads(run.stdout.strip().splitlines()[-1])
    assert pools and all(n == 1 for _, n in pools), pools
