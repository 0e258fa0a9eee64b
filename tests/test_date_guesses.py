"""A page that states no publication date stays undated: htmldate's extensive search guesses one
from free text or a copyright year (as Jan 1), and such a guess is used only where the page's
own lines write it; a date read from markup names where it was read (QA7 item 2)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings, strategies as st

from analysis import dates

TODAY = date(2025, 6, 1)
WORDS = "<p>" + "Words of the article about the certificate course. " * 20 + "</p>"


def _page(head: str = "", body: str = "") -> str:
    return f'<html lang="en"><head><title>A course</title>{head}</head><body><article><h1>A course</h1>{WORDS}{body}</article></body></html>'


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=1995, max_value=2024))
def test_a_copyright_year_is_no_publication_date(year):
    r = dates.publication_date("Words of the article.", html=_page(body=f"<footer><p>Copyright © {year} Example Inc.</p></footer>"),
                               today=TODAY)
    assert r.published is None and r.date_source in ("none", "inferred")


@settings(max_examples=15, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2024, 12, 31)))
def test_a_markup_date_is_kept_and_names_its_tag(d):
    tag = f'<meta property="article:published_time" content="{d.isoformat()}T10:00:00Z">'
    r = dates.publication_date("Words of the article.", html=_page(head=tag), today=TODAY)
    assert r.published == d and r.date_source == "text"
    assert r.evidence.startswith("page markup: <meta") and d.isoformat() in r.evidence


def test_a_guess_the_page_writes_is_kept_with_the_line(monkeypatch):
    monkeypatch.setattr(dates, "html_markup_date", lambda h, u=None: None)  # no markup: only the extensive search finds it
    monkeypatch.setattr(dates, "html_page_date", lambda h, u=None: "2016-03-09")
    r = dates.publication_date("Words of the article.", html=_page(body="<p>Filed on March 9, 2016 by staff</p>"),
                               today=TODAY)
    assert r.published == date(2016, 3, 9) and r.evidence == "page text: March 9, 2016"
    monkeypatch.setattr(dates, "html_page_date", lambda h, u=None: "2014-01-01")
    r = dates.publication_date("Words of the article.", html=_page(), today=TODAY)
    assert r.published is None and any("htmldate guessed 2014-01-01" in w for w in r.warnings)


@settings(max_examples=15, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2024, 12, 31)))
def test_a_guess_no_line_writes_is_used_only_when_it_names_a_day(day):
    """htmldate pads a year or a month with the 1st: such a guess is dropped; a guess of another
    day is htmldate's reading of a full date, kept, but labelled as its guess with a warning."""
    d = day
    original = (dates.html_markup_date, dates.html_page_date)
    try:
        dates.html_markup_date = lambda h, u=None: None
        dates.html_page_date = lambda h, u=None: d.isoformat()
        r = dates.publication_date("Words of the article.", html=_page(), today=TODAY)
    finally:
        dates.html_markup_date, dates.html_page_date = original
    if d.day == 1:
        assert r.published is None
    else:
        assert r.published == d and r.evidence == dates.HTMLDATE_GUESS
        assert any("htmldate's guess" in w for w in r.warnings)


def _with_htmldate(markup, extensive, call):
    original = (dates.html_markup_date, dates.html_page_date)
    try:
        dates.html_markup_date = lambda h, u=None: markup
        dates.html_page_date = lambda h, u=None: extensive
        return call()
    finally:
        dates.html_markup_date, dates.html_page_date = original


FIRSTS = st.dates(min_value=date(2000, 1, 1), max_value=date(2024, 12, 31)).map(lambda d: d.replace(day=1))


@settings(max_examples=30, deadline=None)
@given(st.one_of(FIRSTS, st.dates(min_value=date(2000, 1, 1), max_value=date(2024, 12, 31))),
       st.sampled_from(['<img src="/uploads/{:%Y/%m/%d}/photo.jpg">', "<!-- published {:%Y-%m-%d} -->",
                        '<script>var pub = "{:%Y%m%d}";</script>']))
def test_a_full_date_only_the_page_code_writes_is_kept_on_any_day(d, code):
    """A padded guess is one htmldate had no day for: a full date written in the page's code (an
    image path, a comment) is kept on the 1st like on any other day, and the evidence quotes it."""
    r = _with_htmldate(None, d.isoformat(),
                       lambda: dates.publication_date("Words of the article.", html=_page(body=code.format(d)), today=TODAY))
    assert r.published == d and r.evidence.startswith("page code: ") and code.format(d) in r.evidence


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=2001, max_value=2024), st.sampled_from([-1, 1]),
       st.sampled_from(["Published: {:%B %-d, %Y}", "Posted {:%d %B %Y}", "{:%B %-d, %Y}"]))
def test_a_padded_guess_is_not_stated_by_a_line_a_day_away(year, shift, line):
    """A Jan-1 guess (a copyright year padded out) is no date the page states because a line
    writes Dec 31 or Jan 2: the page's date is that line's own day, and the evidence names it."""
    from datetime import timedelta

    guess, near = date(year, 1, 1), date(year, 1, 1) + timedelta(days=shift)
    html = _page(body=f"<p>{line.format(near)}</p><footer><p>Copyright {year}</p></footer>")
    r = _with_htmldate(None, guess.isoformat(), lambda: dates.publication_date("Words of the article.", html=html, today=TODAY))
    assert r.published != guess
    if r.published is not None and r.evidence.startswith("page text: "):
        assert dates.rank_candidates(r.evidence[len("page text: "):], dates.CONFLICT_START, None, None, TODAY)[0][2].value == r.published


@settings(max_examples=20, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2024, 12, 31)),
       st.sampled_from(['<p class="meta">Aleppo, {d.day}.{d.month}.{d.year}</p>',
                        '<script>var pageData = {{"pubdate": "{d:%Y-%m-%d} 10:00"}};</script>',
                        '<div data-published="{d:%Y-%m-%d}T10:00:00"></div>']))
def test_a_markup_date_without_a_tag_names_where_the_page_writes_it(d, where):
    """htmldate's fast reading also takes visible text, script variables and data attributes:
    the evidence quotes that line or that stretch of source, never an unnamed 'page's code'."""
    piece = where.format(d=d)
    r = _with_htmldate(d.isoformat(), d.isoformat(),
                       lambda: dates.publication_date("Words of the article.", html=_page(body=piece), today=TODAY))
    assert r.published == d and "a date htmldate read from the page" not in r.evidence
    assert r.evidence == f"page text: {d.day}.{d.month}.{d.year}" if "<p" in piece else piece in r.evidence
