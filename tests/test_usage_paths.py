"""Usage paths a new user takes: an empty raw folder, papermill from another folder, a
non-editable install, JupyterLab as root."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_empty_raw_folder_flows_through_every_stage(tmp_path):
    from analysis import stages, tables
    from analysis.articles import build_articles

    raw = tmp_path / "raw"
    raw.mkdir()
    articles, removed, problems = build_articles(raw, progress=False)
    assert len(articles) == 0 and "nothing to read" in tables.all_read_message(articles, raw)
    tables.write_tables(tmp_path, {"articles.parquet": articles})
    stored = tables.read_table(tmp_path / "articles.parquet")
    assert len(stages.death_tolls(stored)) == 0
    t = stages.source_tone(stored, tmp_path / "processed")
    assert len(t["article_tone"]) == 0 and "article_id" in t["sentences"].columns


def test_outside_a_kernel_relative_paths_mean_the_notebooks_folder_from_any_cwd(tmp_path):
    code = "from analysis.paths import notebook_path; print(notebook_path('../data/processed'))"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert Path(out.stdout.strip()) == REPO / "data" / "processed"
    from analysis.paths import notebook_path

    assert notebook_path(tmp_path / "x") == tmp_path / "x"


def test_a_copied_notebook_reads_and_writes_next_to_itself(tmp_path):
    """QA5 A5: a notebook copied elsewhere and run there (nbconvert starts the kernel in its
    folder, as JupyterLab does) resolved "../data/raw" against the checkout's notebooks/ and
    overwrote the checkout's tables. Its relative parameters now mean its own folder, and
    setup prints the absolute folders it uses."""
    import nbformat

    folder = tmp_path / "study" / "notebooks"
    folder.mkdir(parents=True)
    (tmp_path / "study" / "data" / "raw").mkdir(parents=True)  # setup checks the raw folder first (QA8 7)
    cells = ["from analysis.paths import notebook_path\nprint('RAW', notebook_path('../data/raw'))",
             "from analysis import notebook\n"
             "processed, figures = notebook.setup('../data/processed', '../reports/figures', '../data/raw')"]
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells]), folder / "copy.ipynb")
    run = subprocess.run([sys.executable, "-m", "nbconvert", "--to", "notebook", "--execute", "--allow-errors",
                          "--output", "out.ipynb", "copy.ipynb"], cwd=folder, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    said = ["".join(o.get("text", "") for o in cell.outputs)
            for cell in nbformat.read(folder / "out.ipynb", as_version=4).cells]
    study = (tmp_path / "study").resolve()
    assert said[0] == f"RAW {study / 'data' / 'raw'}\n"
    assert said[1] == (f"reading articles from {study / 'data' / 'raw'}\ntables in {study / 'data' / 'processed'}\n"
                       f"figures in {study / 'reports' / 'figures'}\n")
    assert (study / "reports" / "figures").is_dir()  # made next to the copy, not in the checkout


def test_installed_notebooks_are_found_under_the_install_prefix(tmp_path, monkeypatch):
    from analysis import paths

    share = tmp_path / paths.SHARE_SUBDIR
    share.mkdir(parents=True)
    (share / "01_x.ipynb").write_text("{}")
    monkeypatch.setattr(paths, "REPO_ROOT", tmp_path / "no-checkout")
    monkeypatch.setattr(paths.sys, "prefix", str(tmp_path))
    assert paths.default_notebooks_dir() == share
    data_files = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["data-files"]
    (pattern,) = data_files[paths.SHARE_SUBDIR.as_posix()]
    shipped = sorted(p.name for p in REPO.glob(pattern))
    assert shipped == sorted(p.name for p in (REPO / "notebooks").glob(paths.NOTEBOOK_GLOB)) and shipped


def test_make_lab_allows_root_only_for_root():
    out = subprocess.run(["make", "-n", "-o", ".venv/.installed-stamp", "lab"], cwd=REPO, capture_output=True, text=True)
    line = next(l for l in out.stdout.splitlines() if "jupyter lab" in l)
    assert ("--allow-root" in line) == (os.geteuid() == 0)


def test_first_setup_says_what_it_installs_and_upgrades_pip_first():
    """QA5 B11: the first `make report` spent minutes in a silent `pip install --quiet` and warned
    "lxml 6.1.3 does not provide the extra 'html_clean'" (Python 3.11's bundled pip 23.2 does not
    normalize extra names). The set-up says what it installs and how long, and first upgrades
    .venv's pip to the version requirements.lock pins."""
    out = subprocess.run(["make", "-n", "-W", "requirements.lock", ".venv/.installed-stamp"], cwd=REPO,
                         capture_output=True, text=True, check=True).stdout.splitlines()
    said = next(i for i, l in enumerate(out) if l.startswith("echo") and "requirements.lock" in l)
    assert "minutes" in out[said]
    pip_first = next(i for i, l in enumerate(out) if "-c requirements.lock pip" in l)
    project = next(i for i, l in enumerate(out) if '-e ".[dev]"' in l)
    assert said < pip_first < project
    lock = (REPO / "requirements.lock").read_text().splitlines()
    (pin,) = [l for l in lock if l.startswith("pip==")]
    assert tuple(int(x) for x in pin.split("==")[1].split(".")[:2]) >= (24, 0)


def _make_n(target: str) -> list[str]:
    out = subprocess.run(["make", "-n", "-o", ".venv/.installed-stamp", target], cwd=REPO, capture_output=True,
                         text=True, check=True).stdout
    return [l for l in out.splitlines() if " -m pytest " in l]


def test_make_test_runs_everything_with_readable_progress_and_test_quick_is_a_subset():
    """QA5 A6: `make test` ran 20 minutes under load showing only dots. It still runs every test
    (.ci/run calls it) but names each test with [done/total]; `make test-quick` is the subset the
    README offers, and the README says how long each takes."""
    unit, nbval = _make_n("test")
    assert unit.split()[-1] == "tests" and " -m " not in unit.split("pytest", 1)[1] and "--ignore" not in unit
    assert "console_output_style=count" in unit and " -v " in unit
    assert "--nbval" in nbval
    (quick,) = _make_n("test-quick")
    assert "--ignore=" in quick and "tests/test_clean.py" not in quick
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "make test-quick" in readme
    assert re.search(r"`make test`[^\n]*\d+ min", readme), "the README says how long make test takes"
