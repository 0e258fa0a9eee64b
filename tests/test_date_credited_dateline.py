"""A dated credit under the headline labels the text's publication day (QA11 F1): Ahram Online's
"US strikes kill 50 Qaeda fighters in Syria Monitor AFP Tuesday 23 Sep 2014 US air strikes killed
..." in a FA-KES record dated 2014-10-10 got no warning, since only a date the text OPENS with was
checked. Texts are generated (headline, wire credit, weekday and date, on one line or on lines of
their own); the weekday must be the date's own, and prose with no credit before its date is left."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import dates

TODAY = date(2026, 12, 1)
HEADLINES = ["US strikes kill 50 Qaeda fighters in Syria Monitor", "Syria air raids kill 25 civilians",
             "Car bomb blast kills 15 in Syria's Homs NGO", "Talks on Syria resume in Geneva state media"]
CREDITS = ["AFP", "Reuters", "AP", "AFP/dpa", "Agencies", "AFP ,", "Reuters |"]
FORMATS = ["{A} {day} {b} {Y}", "{A} {day} {B} {Y}", "{A}, {B} {day}, {Y}", "{a} {day} {b} {Y}"]
STORIES = ["US air strikes killed 50 militants in northern Syria on Tuesday.",
           "Syrian government air strikes killed at least 42 people, a monitor said."]
dates_ = st.dates(min_value=date(2012, 1, 1), max_value=date(2020, 12, 31))


def _parts(d: date) -> dict:
    return dict(A=f"{d:%A}", a=f"{d:%a}", B=f"{d:%B}", b=f"{d:%b}", day=d.day, Y=d.year)


def _flagged(text: str, meta: date) -> list[str]:
    r = dates.publication_date(text, metadata_date=meta.isoformat(), today=TODAY)
    assert r.published == meta and r.date_source == "metadata"
    return [w for w in r.warnings if "kept, but the text states" in w]


@settings(max_examples=120, deadline=None)
@given(dates_, st.integers(-40, 40), st.sampled_from(HEADLINES), st.sampled_from(CREDITS), st.sampled_from(FORMATS),
       st.sampled_from([" ", "\n"]), st.sampled_from(STORIES))
def test_a_wire_credited_dateline_under_the_headline_is_checked_against_metadata(meta, shift, headline, credit, fmt,
                                                                                  sep, story):
    stated = meta + timedelta(days=shift)
    text = f"{headline}{sep}{credit} {fmt.format(**_parts(stated))}{sep}{story}"
    flagged = _flagged(text, meta)
    assert bool(flagged) == (abs(shift) > dates.SAME_PUBLICATION_DAYS), (text, flagged)
    assert not flagged or f"({stated})" in flagged[0]


@settings(max_examples=60, deadline=None)
@given(dates_, st.integers(2, 40), st.sampled_from(HEADLINES), st.sampled_from(CREDITS), st.integers(1, 6))
def test_a_weekday_that_is_not_the_dates_own_is_no_dateline(meta, shift, headline, credit, off):
    stated = meta + timedelta(days=shift)
    wrong = stated + timedelta(days=off)  # another weekday's name on the stated date
    text = f"{headline} {credit} {wrong:%A} {stated.day} {stated:%b} {stated.year} Rebels shell Aleppo."
    assert _flagged(text, meta) == [], text


@settings(max_examples=60, deadline=None)
@given(dates_, st.integers(2, 40), st.sampled_from(HEADLINES),
       st.sampled_from(["on", "since", "the army said on", "until"]))
def test_an_uncredited_date_in_the_first_sentence_is_not_a_dateline(meta, shift, headline, lead):
    stated = meta - timedelta(days=shift)
    text = f"{headline} Rebels said {lead} {stated:%A} {stated.day} {stated:%b} {stated.year} they shelled Aleppo."
    assert _flagged(text, meta) == [], text


@settings(max_examples=60, deadline=None)
@given(dates_, st.integers(2, 40), st.sampled_from(["told CBS", "said in a statement to the BBC", "of US journalist ISIS",
                                                    "aired on CNN"]),
       st.sampled_from(["that more countries would join.", "released a video.", "and said the strikes would go on."]))
def test_prose_naming_a_broadcaster_before_a_date_is_no_dateline(meta, shift, before, after):
    """rev11r R11: an all-caps name before a weekday date in prose ("John Kerry told CBS Sunday 14 Sep
    2014 that ...") is no wire's credit: the sentence goes on in lower case after the date."""
    stated = meta - timedelta(days=shift)
    text = f"Kerry says coalition will grow Secretary of State John Kerry {before} {stated:%A} {stated.day} {stated:%b} {stated.year} {after}"
    assert _flagged(text, meta) == [], text
