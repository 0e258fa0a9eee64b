"""Notebooks print their folders relative to the working directory or the package checkout, so
the committed notebooks carry no maintainer's /work/main/... path (QA9 20); a folder elsewhere
stays absolute, so a run still says which data it reads and overwrites."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from analysis import notebook, paths

REPO = Path(__file__).resolve().parents[1]


def test_setup_in_the_checkout_prints_no_absolute_path(monkeypatch, capsys, tmp_path):
    monkeypatch.chdir(REPO / "notebooks")  # where a kernel runs a committed notebook
    figures = tmp_path / "figures"
    notebook.setup(REPO / "data" / "processed", figures, REPO / "data" / "raw")
    said = capsys.readouterr().out
    assert str(REPO) not in said
    assert f"reading articles from data/raw{paths.IN_CHECKOUT}\ntables in data/processed{paths.IN_CHECKOUT}\n" in said
    assert f"figures in {figures.resolve()}\n" in said  # outside both: absolute


_part = st.text(st.sampled_from("abcdefghij_-"), min_size=1, max_size=8)


@settings(max_examples=20, deadline=None)
@given(st.lists(_part, min_size=1, max_size=4))
def test_a_folder_under_the_working_directory_is_shown_relative(tmp_path_factory, parts):
    import os

    base = tmp_path_factory.mktemp("cwd")
    old = os.getcwd()
    os.chdir(base)
    try:
        assert paths.shown_path(base.joinpath(*parts)) == "/".join(parts)
        assert paths.shown_path(base) == "."
    finally:
        os.chdir(old)


def test_outside_a_checkout_a_folder_stays_absolute(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert paths.shown_path(REPO / "data" / "raw") == f"data/raw{paths.IN_CHECKOUT}"
    monkeypatch.setattr(paths, "REPO_ROOT", tmp_path / "site-packages")  # an installed package: no checkout
    (tmp_path / "site-packages").mkdir()
    assert paths.shown_path(tmp_path / "site-packages" / "data") == "site-packages/data"  # under the cwd still
    monkeypatch.chdir(REPO)
    assert paths.shown_path(tmp_path / "site-packages" / "data") == str((tmp_path / "site-packages" / "data").resolve())
