"""A pathological article becomes a `too_slow` row (cleaning) or a warning naming it (death
tolls, tone) instead of stalling the run."""

from __future__ import annotations

import time
from datetime import date

import pandas as pd
import pytest

from analysis import articles, budget, tolls
from analysis.tolls import extract
from analysis.tone import tables as tone_tables
from analysis.articles import article_record_within_budget
from analysis.ingest import RawDoc


def test_budget_interrupts_python_work_and_leaves_no_timer():
    with pytest.raises(budget.OverBudget):
        with budget.time_budget(0.2):
            while True:
                time.sleep(0.01)
    time.sleep(0.3)  # no alarm left armed


def test_slow_article_becomes_a_too_slow_row(monkeypatch):
    real = articles.clean_plain_text

    def slow(text, *a, **k):
        if "SLOW" in text:
            while True:
                time.sleep(0.01)
        return real(text, *a, **k)

    monkeypatch.setattr(articles, "clean_plain_text", slow)
    doc = RawDoc(article_id="s", source_path="s.txt", text="SLOW article that never finishes.")
    record, removed = article_record_within_budget(doc, date(2011, 3, 15), seconds=0.3)
    assert record["status"].startswith("too_slow") and record["article_id"] == "s" and removed == []
    ok = RawDoc(article_id="o", source_path="o.txt", text="A normal article.\n\nForty people were killed, the monitor said.")
    assert article_record_within_budget(ok, date(2011, 3, 15), seconds=5)[0]["status"] != "too_slow"


def _slow_on(marker, real):
    """`real`, except that it never returns for a text holding `marker`."""
    def slow(*args, **kwargs):
        if any(isinstance(a, str) and marker in a for a in args):
            while True:
                time.sleep(0.01)
        return real(*args, **kwargs)
    return slow


ARTICLES = pd.DataFrame({
    "article_id": ["n", "s"], "status": ["ok", "ok"], "outlet": ["A", "B"], "published": [date(2016, 4, 5)] * 2,
    "body": ["Forty people were killed in Aleppo on Monday, the monitor said.",
             "SLOW. Ten people were killed in Homs, the monitor said."],
})


def test_slow_article_in_the_toll_stage_becomes_a_warning(monkeypatch):
    monkeypatch.setattr(extract, "extract_tolls", _slow_on("SLOW", extract.extract_tolls))
    with pytest.warns(UserWarning, match=r"article s: death tolls skipped: extraction took longer than 1 s") as caught:
        df = tolls.build_death_tolls(ARTICLES, seconds=1)
    assert not [w for w in caught if "article n" in str(w.message)]
    assert set(df["article_id"]) == {"n"}  # the normal article keeps its tolls


def test_slow_article_in_the_tone_stage_becomes_a_warning_and_keeps_its_row(monkeypatch):
    tone_tables.sentence_tone(ARTICLES[:1], engines=("textblob",))  # loads the lexicon outside the budget
    monkeypatch.setattr(tone_tables, "article_sentences", _slow_on("SLOW", tone_tables.article_sentences))
    with pytest.warns(UserWarning, match=r"article s: tone skipped: scoring took longer than 1 s") as caught:
        sentences = tone_tables.sentence_tone(ARTICLES, engines=("textblob",), seconds=1)
    assert not [w for w in caught if "article n" in str(w.message)]
    assert set(sentences["article_id"]) == {"n"}
    at = tone_tables.article_tone(ARTICLES, sentences)
    assert at.set_index("article_id")["n_sentences"].to_dict()["s"] == 0 and len(at) == 2
