"""The notebooks' one call per stage gives what the stage functions give, and writes its files."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis import notebook, stages, tolls, tone
from analysis.articles import build_articles

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def test_death_tolls_stage_is_build_death_tolls_with_its_columns():
    articles, _, _ = build_articles(RAW, progress=False)
    got = stages.death_tolls(articles)
    pd.testing.assert_frame_equal(got, tolls.build_death_tolls(articles)[tolls.TOLL_COLUMNS])
    assert len(got) and got["sentence_no"].ge(0).all()


def test_source_tone_stage_writes_every_tone_file(tmp_path):
    articles, _, _ = build_articles(RAW, progress=False)
    t = stages.source_tone(articles, tmp_path, tone_engine="vader", seed=1)
    direct = tone.tone_tables(articles, engine="vader", seed=1)
    for key, name in stages.TONE_FILES.items():
        assert (tmp_path / name).exists(), name
        pd.testing.assert_frame_equal(t[key].reset_index(drop=True), direct[key].reset_index(drop=True))
    assert t["verdict"] == direct["verdict"]


def test_notebook_setup_makes_the_figures_folder(tmp_path):
    processed, figures = notebook.setup(tmp_path / "p", tmp_path / "r" / "figures")
    assert figures.is_dir() and processed == tmp_path / "p"
