"""A pathological article becomes a `too_slow` row instead of stalling the run."""

from __future__ import annotations

import time
from datetime import date

import pytest

from analysis import articles, budget
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
