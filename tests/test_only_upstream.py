"""--only on a folder where a selected notebook's input table was never written exits 2 before
any kernel starts, naming the table and the --only that writes it (QA9 16)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from analysis.pipeline import missing_upstream, select_notebooks
from analysis.paths import default_notebooks_dir

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("only, suggested", [("03", "--only 01,03"), ("2", "--only 01,02"), ("02,03", "--only 01,02,03")])
def test_only_without_articles_table_exits_2_before_a_kernel(tmp_path, only, suggested):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Aleppo\n\nAn airstrike killed 12 people in Aleppo on Monday, activists said.\n")
    out = tmp_path / "new"
    res = subprocess.run([sys.executable, "-m", "analysis.pipeline", "--no-progress", "--raw-dir", str(raw),
                          "--processed-dir", str(out / "processed"), "--reports-dir", str(out / "reports"), "--only", only],
                         cwd=REPO, capture_output=True, text=True, timeout=300)
    assert res.returncode == 2, res.stderr
    assert "articles.parquet" in res.stderr and suggested in res.stderr and "no --only" in res.stderr
    assert "running" not in res.stdout  # no notebook started
    assert not (out / "reports").exists()


def test_only_is_fine_when_the_table_is_there_or_its_writer_runs(tmp_path):
    every = select_notebooks(default_notebooks_dir(), None)
    tone = [nb for nb in every if nb.name.startswith("03")]
    first_and_tone = [nb for nb in every if nb.name[:2] in ("01", "03")]
    assert missing_upstream("03", tone, tmp_path)
    assert missing_upstream("01,03", first_and_tone, tmp_path) is None
    assert missing_upstream(None, every, tmp_path) is None
    (tmp_path / "articles.parquet").mkdir()  # written by an earlier run
    assert missing_upstream("03", tone, tmp_path) is None
