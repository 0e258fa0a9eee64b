"""Shared fixtures: the bundled raw articles and an isolated copy of them."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import settings

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "data" / "raw"
if str(REPO / "benchmarks") not in sys.path:  # corpora.py: the reference-corpus loaders (development only)
    sys.path.insert(0, str(REPO / "benchmarks"))

# No Hypothesis deadline: a per-example time limit is a timed test, and on the shared 2-core
# machines a test that reads a few files missed the 200 ms default at load 20 (1,007 ms) while
# passing alone. Speed lives in benchmarks/. A test's own @settings still adds to this profile.
settings.register_profile("no_deadline", deadline=None)
settings.load_profile("no_deadline")


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """The bundled raw directory copied to tmp, for tests that add bad files to it."""
    dst = tmp_path / "raw"
    shutil.copytree(RAW, dst)
    return dst


def corpus_or_skip(loader, *args):
    """A reference corpus, or a clean skip saying where it was looked for."""
    from corpora import CorpusMissing

    try:
        return loader(*args)
    except CorpusMissing as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def fakes():
    """FA-KES dev from ../shared/corpora (or ANALYSIS_CORPORA); skips when absent."""
    from corpora import load_fakes

    return corpus_or_skip(load_fakes)
