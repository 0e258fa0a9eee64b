"""htmldate's extensive search (a full-text pass) runs once per undated HTML page: dates' own
guess step; trafilatura's metadata date, unused when publication_date gets the page, is its fast
markup reading (rev7 finding 6)."""

from __future__ import annotations

from datetime import date

import htmldate
import trafilatura.metadata
from hypothesis import given, settings, strategies as st

from analysis import dates
from analysis.clean.html import clean_html

BODY = "<p>" + "Government forces and rebels traded fire across the city, residents said. " * 12 + "</p>"


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=2001, max_value=2024), st.booleans())
def test_an_undated_page_runs_the_extensive_search_once(year, footer):
    html = (f'<html lang="en"><head><title>Aleppo talks stall</title></head><body><article><h1>Aleppo talks stall</h1>'
            f"{BODY}</article>" + (f"<footer><p>Copyright {year} Example News</p></footer>" if footer else "") + "</body></html>")
    runs = []
    real = htmldate.find_date

    def counting(*args, **kwargs):
        runs.append(bool(kwargs.get("extensive_search", True)))
        return real(*args, **kwargs)

    saved = (htmldate.find_date, trafilatura.metadata.find_date)
    htmldate.find_date = trafilatura.metadata.find_date = counting
    try:
        cleaned = clean_html(html, url="https://example.org/news/aleppo")
        dates.publication_date(cleaned.body, html=html, html_date=cleaned.html_date,
                               url="https://example.org/news/aleppo", today=date(2025, 6, 1))
    finally:
        htmldate.find_date, trafilatura.metadata.find_date = saved
    assert runs.count(True) == 1
