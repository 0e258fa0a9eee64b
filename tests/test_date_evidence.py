"""Which evidence decides a publication date: locale cues for day/month order, the page's own
URL, event dates in prose, and when a date in the page text may overrule htmldate (issue 14)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from analysis import dates

TODAY = date(2026, 1, 1)


@pytest.mark.parametrize("html, url, text, order", [
    ('<html lang="en-GB">', None, None, "dm"),
    ('<html lang="en-US">', None, None, "md"),
    ('<html lang="es">', None, None, "dm"),
    ('<html lang="pt-BR">', None, None, "dm"),
    ("<html>", "https://www.bbc.co.uk/news/world-1", None, "dm"),
    ("<html>", "https://www.lemonde.fr/a", None, "dm"),
    ("<html lang=en>", "https://example.com/a", None, None),
    (None, None, "Headline\nhttps://www.abc.net.au/news/x\nText.", "dm"),
])
def test_locale_order(html, url, text, order):
    assert dates.locale_order(html, url, text) == order


def test_numeric_dates_follow_the_page_locale():
    # a Spanish page's 06/05/2020 is 6 May (htmldate's own reading of such pages)
    assert dates.publication_date("Noticias\n06/05/2020\nEl gobierno anunció ...", html=None,
                                  url="https://elpais.com.uy/a", today=TODAY).published == date(2020, 5, 6)
    # a British text that writes dates in words day first reads 07/03/2017 as 7 March
    text = "BBC News\n07/03/2017\nThe strike on 5 March 2017 hit a market."
    assert dates.publication_date(text, today=TODAY).published == date(2017, 3, 7)
    # with no cue, slashes stay month first
    assert dates.publication_date("News\n07/03/2017\nText.", today=TODAY).published == date(2017, 7, 3)


@settings(max_examples=80, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2025, 12, 31)))
def test_a_day_above_12_settles_the_order(d):
    """Whatever the locale says, a page date that can be read only one way decides the others."""
    other = date(d.year, 1, 25)
    text = f"News\n{d.month:02d}/{d.day:02d}/{d.year}\nText. Earlier: {other.month:02d}/{other.day:02d}/{other.year}."
    got = dates.publication_date(text, url="https://example.fr/a", today=TODAY).published
    assert got == d


def test_url_dates():
    assert dates.url_date("https://blog.example.org/2016/07/09/slug/") == date(2016, 7, 9)
    assert dates.url_date("https://www.example.ch/2016-04-15/slug") == date(2016, 4, 15)
    assert dates.url_date("https://example.com/a?date=2016-04-15") is None  # a query, not the path
    assert dates.url_date("https://example.com/2016/07/slug") is None  # no day


def test_a_date_in_the_url_line_is_used():
    text = "Syria talks resume\nhttps://news.example.com/2017/03/05/syria-talks\nTalks resumed in Geneva."
    r = dates.publication_date(text, today=TODAY)
    assert r.published == date(2017, 3, 5) and r.evidence.startswith("url:")
    assert text[r.start:r.end].startswith("https://")
    # a URL far down the page is a link to another article, not the page's own address
    links = "Syria talks resume\n" + "Talks resumed in Geneva.\n" * 12 + "https://news.example.com/2015/01/02/old-story\n"
    assert dates.publication_date(links, today=TODAY).published is None


def test_event_dates_in_prose_are_never_the_publication_date():
    text = "Syria strike\nOn 5 March 2017, an airstrike hit a market in Idlib, killing 12 people, the monitor said."
    assert dates.publication_date(text, today=TODAY).published is None
    text = "Syria strike\nBy Jane Doe\n12 March 2017\n" + text.split("\n", 1)[1]
    assert dates.publication_date(text, today=TODAY).published == date(2017, 3, 12)


@pytest.mark.parametrize("subject", ["This article", "This story", "It"])
def test_a_sentence_whose_subject_is_the_page_still_dates_it(subject):
    text = f"Syria talks resume\nTalks resumed in Geneva on Monday.\n{subject} was published on March 5, 2017.\n"
    assert dates.publication_date(text, today=TODAY).published == date(2017, 3, 5)


def test_profile_dates_are_not_the_article_date():
    text = "What happened to it?\nBrokepixel\nJoined\nMay 11, 2017\nMessages\n120\nI cannot find the item any more.\n"
    ranked = dates.rank_candidates(text, today=TODAY)
    assert ranked[0][1] == "comment"


def _page(body_line: str, meta: str | None = None, lang: str = "en") -> str:
    head = f'<meta property="article:published_time" content="{meta}">' if meta else ""
    return (f'<html lang="{lang}"><head>{head}</head><body><article><h1>Title</h1><p>{body_line}</p>'
            "<p>" + "Words of the article. " * 20 + "</p></article></body></html>")


def test_overriding_htmldate_needs_strong_evidence(monkeypatch):
    def run(html, htmldate_says, url=None):
        monkeypatch.setattr(dates, "html_page_date", lambda h, u=None: htmldate_says)
        return dates.publication_date("Words of the article.", html=html, url=url, today=TODAY).published

    # a labelled publication date on the page beats a markup date it contradicts
    assert run(_page("Published: March 9, 2021"), "2021-09-03") == date(2021, 3, 9)
    # a day apart is the same publication in another time zone: markup wins
    assert run(_page("By Jo Doe | November 8, 2023, 11:15 PM"), "2023-11-09") == date(2023, 11, 9)
    # the URL states htmldate's day: two sources agree against one date on the page
    assert run(_page("Release: 10.11.2023"), "2023-11-01", "https://x.de/2023/11/01/a") == date(2023, 11, 1)
    # htmldate's date is one reading of an ambiguous date on the page: no contradiction
    assert run(_page("11/01/2021"), "2021-11-01") == date(2021, 11, 1)
    # ... read in the page's order, as on a .txt page (small11): a German page writes the day first
    assert run(_page("11/01/2021", lang="de"), "2021-11-01") == date(2021, 1, 11)
    # an unlabelled date among other dates on the page is no strong evidence against a markup date
    html = _page("Top 20 | Release: 10.11.2023 | 2 | Call of Duty 20.02.2020", meta="2023-11-01")
    assert run(html, "2023-11-01") == date(2023, 11, 1)


def test_locale_order_reads_the_pages_own_url_line():
    """The page's own address (a labelled URL line, or an unlabelled one among the first lines)
    gives the locale, not a link quoted further down."""
    text = "Headline\nSource: https://www.example.co.uk/news/1\nText.\nSee also https://www.example.com/x"
    assert dates.locale_order(None, None, text) == "dm"
    # a link far below the header is another page's address: it says nothing of this page's locale
    links = "Headline\n" + "Text of the story.\n" * 12 + "https://www.abc.net.au/news/x\n"
    assert dates.locale_order(None, None, links) is None


@pytest.mark.parametrize("label", ["URL:", "Source:", "Link:", "Permalink:", "Original URL:", "Canonical:",
                                   "Originally published at", "Retrieved from", ""])
def test_url_line_labels(label):
    line = f"{label} https://news.example.com/2017/03/05/syria-talks".strip()
    text = "Syria talks resume\n" + line + "\nTalks resumed in Geneva on Monday."
    r = dates.publication_date(text, today=TODAY)
    assert r.published == date(2017, 3, 5) and text[r.start:r.end].startswith("https://")


def test_a_bare_url_line_without_a_scheme_is_the_pages_address():
    text = "Syria talks resume\nnews.example.com/2017/03/05/syria-talks\nTalks resumed in Geneva on Monday."
    assert dates.publication_date(text, today=TODAY).published == date(2017, 3, 5)


@pytest.mark.parametrize("region", sorted(dates.MONTH_FIRST_REGIONS - dates.VANITY_TLDS))
def test_month_first_country_domains(region):
    assert dates.locale_order(None, f"https://news.example.{region}/a", None) == "md"
    assert dates.locale_order(None, f"https://news.example.com.{region}/a", None) == "md"


@settings(max_examples=40)
@given(st.dates(min_value=date(2012, 1, 1), max_value=date(2020, 12, 31)), st.integers(-40, 40),
       st.sampled_from(["Published {d}", "By Jane Doe | {d}", "Posted on {d}"]))
def test_metadata_is_kept_but_a_labelled_text_date_of_another_day_is_flagged(meta, shift, label):
    """A corpus's date column wins, but 'Published August 15 2016' in a text dated 2016-08-07 is
    worth a warning (FA-KES has 26 such rows)."""
    stated = meta + timedelta(days=shift)
    text = label.format(d=f"{stated:%B} {stated.day} {stated.year}") + "\nSyrian army advances in Aleppo, the monitor said.\n"
    r = dates.publication_date(text, metadata_date=meta.isoformat(), today=TODAY)
    assert r.published == meta and r.date_source == "metadata"
    flagged = [w for w in r.warnings if "kept, but the text states" in w]
    assert bool(flagged) == (abs(shift) > dates.SAME_PUBLICATION_DAYS)


LEAD_FORMATS = ["{B} {day} {Y}", "{day} {b} {Y}", "{b} {day}, {Y}", "{dd}-{mm}-{Y}", "{B} {day}, {Y}"]


@settings(max_examples=60)
@given(st.dates(min_value=date(2012, 1, 1), max_value=date(2020, 12, 31)), st.integers(-400, 400),
       st.sampled_from(LEAD_FORMATS), st.sampled_from(["", "{A} ", "{a} ", "{A}, "]), st.sampled_from(["", "\n", "  "]),
       st.sampled_from([" U.S. leaves door open to a new vote on Syria.", "\nRebels shell Aleppo, 12 killed.",
                        " 2037 UTC+3 The army said it advanced."]))
def test_a_date_opening_the_text_is_a_publication_label_checked_against_metadata(meta, shift, fmt, weekday, pad, rest):
    """'September 8 2013 U.S. leaves door open ...' in a record dated 2015-07-13 (FA-KES) opens with
    its own date label: another day than the metadata's gets the same warning as 'Published ...'."""
    stated = meta + timedelta(days=shift)
    parts = dict(B=f"{stated:%B}", b=f"{stated:%b}", day=stated.day, Y=stated.year, dd=f"{stated.day:02d}",
                 mm=f"{stated.month:02d}", A=f"{stated:%A}", a=f"{stated:%a}")
    text = pad + weekday.format(**parts) + fmt.format(**parts) + rest
    r = dates.publication_date(text, metadata_date=meta.isoformat(), today=TODAY)
    assert r.published == meta and r.date_source == "metadata"
    flagged = [w for w in r.warnings if "kept, but the text states" in w]
    assert bool(flagged) == (abs(shift) > dates.SAME_PUBLICATION_DAYS), (text, r.warnings)
    assert not flagged or f"({stated})" in flagged[0]


def test_an_event_date_opening_a_sentence_is_not_flagged_against_metadata():
    r = dates.publication_date("On August 15 2016, the army advanced.", metadata_date="2016-08-07", today=TODAY)
    assert not any("kept, but" in w for w in r.warnings)


@settings(max_examples=40)
@given(st.dates(min_value=date(2012, 1, 1), max_value=date(2020, 12, 31)), st.integers(2, 400))
def test_a_published_label_wins_over_the_date_the_text_opens_with(meta, days_before):
    """A page may open with an event's date above its own 'Published:' line: when the label
    agrees with the metadata there is nothing to warn about (the opening date was put first)."""
    opening = meta - timedelta(days=days_before)
    text = f"{opening:%B} {opening.day}, {opening.year}\nPublished: {meta:%B} {meta.day}, {meta.year}\nTalks resume in Geneva."
    r = dates.publication_date(text, metadata_date=meta.isoformat(), today=TODAY)
    assert r.published == meta and not any("kept, but the text states" in w for w in r.warnings), r.warnings


EVENT_SENTENCES = [" marked the start of the uprising.", ", was the day the protests began.", " changed how the region saw the war.",
                   "'s attacks still shape policy.", " saw 40 people killed in one day.", " will be remembered as the darkest day."]
DATELINE_RESTS = [" Rebels shell Aleppo, 12 killed.", " at 1459 Regional NNA - A blast was heard.", " title: Militants attack Idlib.",
                  " - 42 people were killed.", " (Reuters) - Talks resumed.",
                  # a reviewer's datelines, silent while any lower-case word counted as a sentence going on
                  " via AFP. Rebels shell Aleppo.", " last updated 14:00. Rebels shell Aleppo.", " in Damascus. Talks resumed.",
                  " from our correspondent. Talks resumed.", ", filed by Reuters. Talks resumed."]


@settings(max_examples=60)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2020, 12, 31)), st.integers(2, 9000),
       st.sampled_from(LEAD_FORMATS[:3] + LEAD_FORMATS[4:]), st.sampled_from(EVENT_SENTENCES), st.sampled_from(DATELINE_RESTS))
def test_an_opening_date_a_sentence_goes_on_from_is_an_event_not_a_dateline(event, days_later, fmt, goes_on, dateline):
    """'September 11, 2001 changed ...' or 'March 15, 2011 marked the start ...' opening a 2016
    record names the event the article looks back to: no warning that the text contradicts the
    metadata. The same date followed by a headline, a time, a label or a wire's dash is the
    record's dateline and is still checked, and so is an event date later than the metadata."""
    meta = event + timedelta(days=days_later)
    parts = dict(B=f"{event:%B}", b=f"{event:%b}", day=event.day, Y=event.year)
    opening = fmt.format(**parts)

    def flagged(text: str, on: date) -> list[str]:
        r = dates.publication_date(text, metadata_date=on.isoformat(), today=TODAY)
        assert r.published == on and r.date_source == "metadata"
        return [w for w in r.warnings if "kept, but the text states" in w]

    assert not flagged(opening + goes_on, meta)
    assert flagged(opening + dateline, meta)
    assert flagged(opening + goes_on, event - timedelta(days=days_later)), "a later date cannot be looked back to"


# The markup date is up to 400 days after the stamp and must not pass TODAY (a future date is
# rejected, whatever the test is about): CI's derandomized run drew 2024-12-01 + 397 days.
@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(2012, 1, 1), max_value=TODAY - timedelta(days=400)), st.integers(2, 400),
       st.sampled_from(["en", "de"]), st.sampled_from(["{d:%d.%m.%Y}", "{d:%d.%m.%Y}, 12:00 Uhr", "{d:%B %d, %Y}"]),
       st.sampled_from(["", "• ", "Silverback Strategies | "]))
def test_an_unlabelled_page_date_overrides_htmldate_only_as_the_pages_one_date_stamp(d, days_off, lang, fmt, lead):
    """The page's only date stamp (opening its line) beats a markup date written nowhere on the
    page, even when sentences of prose name other days; a date inside a line of other words (a
    citation, "Encyclical Deus caritas est 5/6, 25 December 2005:") is no stamp."""
    import unittest.mock as mock

    markup = d + timedelta(days=days_off)
    # a markup date that is the numeric stamp read month first ("08.05.2012" as August 5) is htmldate
    # reading that stamp, not a date written nowhere on the page: which order wins is the order
    # tests' question (test_date_order), not this one's. A run drew 2012-05-08 + 89 days.
    assume("%d." not in fmt or d.day > 12 or markup != date(d.year, d.day, d.month))
    prose = ("Die bedeutendste Rebsorte des Landes feiert am 13. März 2009 ihren Geburtstag mit vielen Gästen."
             if lang == "de" else "The most important grape of the country celebrates its birthday on March 13, 2009 "
             "with many guests.")
    stamp = fmt.format(d=d)  # `lead`: a bullet or a segment of its own before it keeps it a stamp
    # the markup date is htmldate's fast reading (a meta tag), not a guess of its extensive search
    with mock.patch.object(dates, "html_page_date", lambda h, u=None: markup.isoformat()), \
            mock.patch.object(dates, "html_markup_date", lambda h, u=None: markup.isoformat()):
        html = _page(f"Title of the news</p><p>{lead}{stamp}</p><p>{prose}", lang=lang)
        assert dates.publication_date("Words.", html=html, today=TODAY).published == d
        cited = _page(f"Encyclical Deus caritas est 5/6, {stamp}:</p><p>Words of the quotation.", lang=lang)
        assert dates.publication_date("Words.", html=cited, today=TODAY).published == markup
