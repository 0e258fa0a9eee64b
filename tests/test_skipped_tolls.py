"""An article over its toll budget (QA7 10): notebook 02 stalled for the budget without a word on
the console, and the article stayed `ok` with 0 tolls, uncounted. Its skip is now said on the
pipeline's terminal (the progress file) as it happens, written to SKIPPED_TOLLS_FILE (never a
row of death_tolls.csv) and counted on the index."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis import progress, report, stages, tables
from analysis.tolls import extract

ARTICLES = pd.DataFrame({
    "article_id": ["n", "s"], "status": ["ok", "ok"], "outlet": ["A", "B"], "published": [date(2016, 4, 5)] * 2,
    "warnings": "",
    "body": ["Forty people were killed in Aleppo on Monday, the monitor said.",
             "SLOW. Ten people were killed in Homs, the monitor said."],
})


def _over_budget_on(marker, fn):
    from analysis.budget import OverBudget

    def wrapped(body, *a, **k):
        if marker in body:
            raise OverBudget()
        return fn(body, *a, **k)
    return wrapped


def test_an_article_over_its_toll_budget_is_said_on_the_console_written_and_counted(tmp_path, monkeypatch):
    console = tmp_path / "progress.txt"
    monkeypatch.setenv(progress.PROGRESS_ENV, str(console))
    monkeypatch.setenv(progress.STAGE_ENV, "02_death_tolls")
    monkeypatch.setattr(extract, "extract_tolls", _over_budget_on("SLOW", extract.extract_tolls))
    with pytest.warns(UserWarning, match="article s: death tolls skipped"):
        found = stages.death_tolls(ARTICLES, processed_dir=tmp_path)
    assert set(found["article_id"]) == {"n"} and found["value"].notna().all()
    said = console.read_text()
    assert "02_death_tolls: article s: death tolls skipped" in said and "article n" not in said
    skipped = tables.read_table(tmp_path / tables.SKIPPED_TOLLS_FILE)
    assert list(skipped["article_id"]) == ["s"] and "took longer" in skipped["reason"].iloc[0]
    ARTICLES.drop(columns="body").to_parquet(tmp_path / "articles.parquet")
    found.to_csv(tmp_path / "death_tolls.csv", index=False)
    section = report.summary_html(tmp_path).split("<h2>Death tolls</h2>", 1)[1]
    assert "The tolls of 1 article were not read" in section and tables.SKIPPED_TOLLS_FILE in section


def test_no_skip_no_line(tmp_path):
    found = stages.death_tolls(ARTICLES, processed_dir=tmp_path)
    assert set(found["article_id"]) == {"n", "s"}
    assert len(tables.read_table(tmp_path / tables.SKIPPED_TOLLS_FILE)) == 0
    assert report.skipped_tolls_line(tables.read_table(tmp_path / tables.SKIPPED_TOLLS_FILE)) == ""


def test_a_skip_is_a_table_of_its_own_not_a_placeholder_toll(monkeypatch):
    """read_death_tolls gives the skipped articles as a second table (article, outlet, why): the
    toll table never carries a row for them, so no reader of it has to filter one out."""
    monkeypatch.setattr(extract, "extract_tolls", _over_budget_on("SLOW", extract.extract_tolls))
    with pytest.warns(UserWarning, match="article s: death tolls skipped"):
        found, skipped = extract.read_death_tolls(ARTICLES)
    assert set(found["article_id"]) == {"n"} and found["value"].notna().all()
    assert list(skipped.columns) == extract.SKIPPED_COLUMNS
    assert skipped[["article_id", "outlet"]].values.tolist() == [["s", "B"]] and "took longer" in skipped["reason"].iloc[0]
    with pytest.warns(UserWarning, match="article s: death tolls skipped"):
        pd.testing.assert_frame_equal(extract.build_death_tolls(ARTICLES), found)
