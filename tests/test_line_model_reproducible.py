"""The shipped line model is what scripts/train_line_model.py writes, byte for byte (a review
found stage 1/2 kept from an older run while the ranker was retrained). Trains once (~2 minutes);
skips when the WCXB corpus is absent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import corpus_or_skip

REPO = Path(__file__).resolve().parents[1]


def test_shipped_line_model_is_what_the_script_trains():
    from corpora import load_wcxb

    corpus_or_skip(load_wcxb)
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "train_line_model.py"), "--check"],
                         capture_output=True, text=True, timeout=3600)
    assert run.returncode == 0, run.stdout + run.stderr
