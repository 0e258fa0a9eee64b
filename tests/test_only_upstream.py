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


def _pipeline(raw: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis.pipeline", "--no-progress", "--raw-dir", str(raw),
                           "--processed-dir", str(out / "processed"), "--reports-dir", str(out / "reports"), *extra],
                          cwd=REPO, capture_output=True, text=True, timeout=600)


def test_only_stops_when_the_table_it_reads_is_from_other_raw_files(tmp_path):
    """QA10 F9: `--only 02` after the raw files changed ran 02 on the old articles.parquet, exited 0
    without a word, and STALE.txt and the index did not say its death_tolls.csv came from stale
    articles. It stops with exit 2 before any kernel starts, naming why and the --only to give;
    with the raw files as 01 read them, or another run's parameters, it says which."""
    from analysis import cache, pipeline

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Aleppo\n\nAn airstrike killed 12 people in Aleppo on Monday, activists said.\n")
    out = tmp_path / "out"
    first = _pipeline(raw, out, "--only", "01")
    assert first.returncode == 0, first.stderr
    index = (out / "reports" / "index.html").read_bytes()
    (raw / "b.txt").write_text("Homs\n\nShelling killed 7 people in Homs on Tuesday, a monitor said.\n")
    for only, suggested in (("02", "--only 01,02"), ("3", "--only 01,03"), ("02,03", "--only 01,02,03")):
        res = _pipeline(raw, out, "--only", only)
        assert res.returncode == 2, (res.stdout, res.stderr)
        line = res.stderr.strip().splitlines()[-1]
        assert line.startswith(f"error: --only {only}: notebook 01 (01_clean_articles) is out of date for --raw-dir"), line
        assert "other raw files" in line and "articles.parquet" in line and suggested in line and "no --only" in line, line
        assert "running" not in res.stdout  # no notebook started
        assert not (out / "processed" / "death_tolls.csv").exists() and not (out / "processed" / "STALE.txt").exists()
        assert (out / "reports" / "index.html").read_bytes() == index  # nothing marked or rewritten

    # the same refusal, from the state the run recorded: none once the raw files are as 01 read them
    (raw / "b.txt").unlink()
    args = pipeline.build_parser().parse_args(["--raw-dir", str(raw), "--processed-dir", str(out / "processed"),
                                               "--reports-dir", str(out / "reports")])
    params = pipeline.validate(args)
    state, _ = cache.load_state(out / "reports" / pipeline.STATE_FILE)
    every = pipeline.select_notebooks(pipeline.DEFAULT_NOTEBOOKS, None)
    tolls = {nb.stem for nb in every if nb.name.startswith("02")}
    check = lambda p, s=state: pipeline.out_of_date_upstream("02", every, tolls, p, s, cache.raw_digest(raw),  # noqa: E731
                                                             pipeline.code_digest())
    assert check(params) is None
    assert "it ran with another --columns" in check({**params, "columns": "text=body"})
    assert "no finished run of it is recorded" in check(params, {})  # interrupted in 01: its entry was dropped
    assert pipeline.out_of_date_upstream(None, every, tolls, {**params, "columns": "text=body"}, state, "", "") is None
