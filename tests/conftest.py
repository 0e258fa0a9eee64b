"""Shared fixtures: the bundled raw articles and an isolated copy of them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "data" / "raw"


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """The bundled raw directory copied to tmp, for tests that add bad files to it."""
    dst = tmp_path / "raw"
    shutil.copytree(RAW, dst)
    return dst
