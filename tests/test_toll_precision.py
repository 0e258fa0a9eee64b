"""Toll precision on text that is not war news (issue 14): idioms of killing, generic and
conditional statements about "a person", "dead" said of things, "lives" that nothing took
and rates give no incident toll, while reported deaths keep theirs and "N to M" is a range."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import tolls

UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def in_words(n: int) -> str:
    """1..99 in words, as a writer spells them ("twenty-five")."""
    if n < 20:
        return UNITS[n - 1]
    tens, unit = divmod(n, 10)
    return TENS[tens - 2] + (f"-{UNITS[unit - 1]}" if unit else "")


def rows(text: str) -> list[tuple]:
    return [(c["value"], c["low"], c["high"], c["qualifier"], c["scope"]) for c in tolls.extract_tolls(text)]


def values(text: str) -> list[float]:
    return [c["value"] for c in tolls.extract_tolls(text)]


SUBJECTS = ["The company", "It", "This plan", "The new policy", "Our app", "She", "The update"]
SINGULARS = ["person", "man", "woman", "child", "family member", "resident", "citizen", "teacher"]
VICTIMS = ["people", "civilians", "soldiers", "children", "fighters", "women", "residents"]
TAILS = ["", " in the city", " last week", " on Monday", " by the river"]
count = st.integers(2, 99)


# --- ranges and rates --------------------------------------------------------------------------

pairs = st.integers(1, 98).flatmap(lambda lo: st.tuples(st.just(lo), st.integers(lo + 1, 99)))


@given(pairs, st.sampled_from(["between {lo} and {hi}", "{lo} to {hi}"]), st.booleans(), st.booleans(),
       st.sampled_from(VICTIMS), st.sampled_from(["were killed", "died", "were found dead"]))
def test_n_to_m_killed_is_a_range(pair, form, lo_words, hi_words, victims, death):
    lo, hi = pair
    text = form.format(lo=in_words(lo) if lo_words else lo, hi=in_words(hi) if hi_words else hi)
    assert rows(f"Officials said {text} {victims} {death} on Monday.") == [(lo, lo, hi, "range", "incident")]


@given(count, st.sampled_from(VICTIMS), st.sampled_from(["die", "are killed"]),
       st.sampled_from(["a year", "per year", "each day", "every month", "annually", "every 10 seconds",
                        "every few hours", "per minute"]))
def test_a_rate_is_not_an_incident(n, victims, death, rate):
    assert [r[4] for r in rows(f"On average {n} {victims} {death} {rate} on these roads.")] == ["other"]


@given(count, st.sampled_from(["in over a year", "a day after the truce", "within a year"]))
def test_a_duration_or_date_is_not_a_rate(n, when):
    assert [r[4] for r in rows(f"The raid, the worst {when}, killed {n} people.")] == ["incident"]
