"""rev11t T1/T2: a spaced thousands group ("1 200") is read after a date whose day comes before
its month ("Since 7 October 1 200 Israelis have been killed" is 1,200, not 200), and not read
where the first number is a label a word gives ("On Friday 13 150 people", "week 2 300 people",
"kilometre 12 300 people" are 150 / 300 / 300)."""

from __future__ import annotations

import calendar

from hypothesis import given, settings
from hypothesis import strategies as st

from toll_text import values

MONTHS = [*calendar.month_name[1:], *(f"{m}." for m in calendar.month_abbr[1:])]
VICTIMS = ["Israelis", "people", "civilians", "soldiers"]
DEATHS = ["have been killed", "were killed", "died"]
OPENERS = ["Since", "On", "By"]
SUFFIX = ["", "th"]
LABELS = [*calendar.day_name, "week", "Week", "day", "kilometre", "km", "route", "Route", "phase", "round",
          "page", "gate"]
LEADS = ["On", "In", "At", "By", "During"]
TIMES = ["Last week", "This week", "Each day", "That day"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(OPENERS), st.integers(1, 28), st.sampled_from(SUFFIX), st.sampled_from(MONTHS),
       st.integers(1_000, 999_999), st.sampled_from(VICTIMS), st.sampled_from(DEATHS))
def test_a_count_after_a_day_month_date_keeps_its_groups(opener, day, suffix, month, n, victims, death):
    suffix = suffix if day > 3 else ""
    text = f"{opener} {day}{suffix} {month} {n:,} {victims} {death}.".replace(",", " ")
    assert values(text) == [n], text


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(LEADS), st.sampled_from(LABELS), st.integers(1, 99), st.integers(100, 999),
       st.sampled_from(VICTIMS), st.sampled_from(DEATHS))
def test_a_labelled_number_is_no_group_of_the_count_after_it(lead, label, tag, n, victims, death):
    text = f"{lead} {label} {tag} {n} {victims} {death}."
    assert values(text) == [n], text


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(TIMES), st.integers(1_000, 99_999), st.sampled_from(VICTIMS), st.sampled_from(DEATHS))
def test_a_week_or_day_a_determiner_names_is_a_time_before_a_spaced_count(time, n, victims, death):
    text = f"{time} {n:,} {victims} {death}.".replace(",", " ")
    assert values(text) == [n], text
