"""A toll right after a dateline ("ALEPPO, May 1, 2016 - 42 people were killed"): the year, the
dash and the count are a date and a count, not a range "2016-42" (QA report 4, item 1)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tolls
from toll_text import in_words

CITIES = ["ALEPPO", "DAMASCUS", "BEIRUT", "Homs", "AMMAN, Jordan", "IDLIB", "GENEVA"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December", "Jan.", "Feb", "Sept.", "Dec"]
DASHES = [" - ", " – ", " -- ", " — ", " -", "- "]
KILLED = ["people were killed in air strikes", "civilians died in the shelling",
          "children were killed when a shell hit their school", "fighters were killed in clashes"]


@st.composite
def dateline(draw) -> str:
    month, day, year = draw(st.sampled_from(MONTHS)), draw(st.integers(1, 28)), draw(st.integers(1990, 2029))
    weekday = draw(st.sampled_from(["", "Sunday, "]))
    date = draw(st.sampled_from([f"{month} {day}, {year}", f"{day} {month} {year}", f"{month} {day} {year}",
                                 f"{month} {day}th, {year}"]))
    return f"{draw(st.sampled_from(CITIES))}, {weekday}{date}{draw(st.sampled_from(DASHES))}"


@st.composite
def count(draw) -> tuple[int, str]:
    n = draw(st.integers(1, 99))
    words = in_words(n)
    return n, draw(st.sampled_from([str(n), words, words.capitalize()]))


@settings(max_examples=300, deadline=None)
@given(dateline(), count(), st.sampled_from(KILLED))
def test_toll_after_a_dateline_is_read_with_its_value_and_span(head, n_text, rest):
    n, text = n_text
    body = f"{head}{text} {rest}."
    found = tolls.extract_tolls(body)
    assert [(c["value"], body[c["start"]:c["end"]]) for c in found] == [(n, text)], body
    assert found[0]["is_headline"]


@settings(max_examples=100, deadline=None)
@given(dateline(), count(), st.integers(2, 9))
def test_dateline_toll_is_the_headline_over_a_later_smaller_one(head, n_text, k):
    n, text = n_text
    body = f"{head}{text} people were killed in air strikes on a hospital. The attack killed {in_words(k)} doctors."
    assert [c["value"] for c in tolls.extract_tolls(body) if c["is_headline"]] == [n], body


@settings(max_examples=100, deadline=None)
@given(st.integers(1990, 2029), st.integers(1, 400), st.sampled_from([" - ", " – "]))
def test_a_count_below_the_year_after_its_dash_is_a_count(year, n, dash):
    body = f"In {year}{dash}{n} people were killed in the city, the monitor said."
    assert [c["value"] for c in tolls.extract_tolls(body)] == [n], body


@settings(max_examples=100, deadline=None)
@given(st.integers(2, 900), st.integers(1, 900))
def test_a_range_whose_low_end_looks_like_a_year_stays_a_range(lo_k, width):
    lo = 1990 + lo_k % 40
    hi = lo + width
    body = f"Between {lo}-{hi} people were killed in the shelling."
    assert [(c["low"], c["high"]) for c in tolls.extract_tolls(body)] == [(lo, hi)], body


@given(st.integers(1990, 2030), st.sampled_from(["-", "–"]),
       st.sampled_from(["The {} uprising killed 5,000 people.", "During the {} season, 40 people died.", "In {}, floods hit."]))
def test_a_span_of_years_written_without_spaces_stays_one_phrase(year, dash, frame):
    """'2011-12' is a span of years: only a dash with a space beside it (or a month before the
    year) ends a dateline's date, so the dateline rule did split it into '12' (review)."""
    from analysis.tolls.extract import number_phrases

    span = f"{year}{dash}{(year + 1) % 100:02d}"
    text = frame.format(span)
    assert span in [m.group(0) for m in number_phrases(text)], [m.group(0) for m in number_phrases(text)]
