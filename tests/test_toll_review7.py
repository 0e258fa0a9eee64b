"""Generated cases for the reviewer's findings on the sixth toll pass: an adverbial after a
raised count, a month-year of another event near an incident toll, a clause between "said" and
the war noun, a vague number word after a bound, "the year's deadliest", and the warning for
huge numbers. Each test fails on the code before its fix."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from toll_text import headline, values

COUNT = st.integers(min_value=10, max_value=900)
RAISED = st.sampled_from(["rose to", "was raised to", "has climbed to", "climbed to", "was revised to"])
ADVERBIAL = st.sampled_from([
    "late on Monday", "despite rescue efforts", "nationwide", "soon after the strike",
    "overnight", "early on Tuesday", "despite the ceasefire", "later in the day"])
THINGS = st.sampled_from(["homes", "shops", "schools", "trucks", "tents", "bridges", "mosques"])


@settings(max_examples=40, deadline=None)
@given(RAISED, COUNT, ADVERBIAL, st.sampled_from(["The death toll", "The toll"]))
def test_a_raised_toll_followed_by_an_adverbial_is_the_toll(verb, n, adverbial, subject):
    text = f"{subject} {verb} {n} {adverbial}."
    assert headline(text) == [n], text


@settings(max_examples=40, deadline=None)
@given(RAISED, COUNT, THINGS, st.sampled_from(["The count", "The toll", "The figure"]))
def test_a_count_raised_to_a_plural_thing_is_no_toll(verb, n, things, subject):
    text = f"{subject} {verb} {n} {things} on Monday."
    assert float(n) not in values(text), text
