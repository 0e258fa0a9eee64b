"""Issue 14, toll ceiling (tolls11b): thousands grouped by a space ("Over 1 000 civilians have been
killed", "nearly 200 000 civilians"), as SI style, French and Russian copy and scraped text
write them (a no-break or thin space too). "More than 1 200 people were killed" read as 200.
A day of a month before a count is no group of it ("On October 13 150 militants were killed",
commas stripped as FA-KES strips them), nor a phone number's digits."""

from __future__ import annotations

import calendar

from hypothesis import given, settings
from hypothesis import strategies as st

from toll_text import claims, values

SPACES = [" ", "\u00a0", "\u202f", "\u2009"]  # plain, no-break, narrow no-break, thin (fuzz11 2)
QUALS = ["", "More than ", "Over ", "At least ", "Nearly "]
VICTIMS = ["civilians", "people", "soldiers", "fighters"]
DEATHS = ["have been killed", "were killed", "died"]
MONTHS = [m for m in calendar.month_name[1:]] + [m for m in calendar.month_abbr[1:]]


def spaced(n: int, space: str) -> str:
    return f"{n:,}".replace(",", space)


@settings(max_examples=200, deadline=None)
@given(st.integers(1_000, 9_999_999), st.sampled_from(SPACES), st.sampled_from(QUALS), st.sampled_from(VICTIMS),
       st.sampled_from(DEATHS))
def test_thousands_grouped_by_a_space_read_as_with_commas(n, space, qual, victims, death):
    text = f"{qual}{spaced(n, space)} {victims} {death} in the offensive."
    assert claims(text) == claims(f"{qual}{n:,} {victims} {death} in the offensive.") != [], text
    assert values(text) == [n], text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(MONTHS), st.integers(1, 28), st.integers(100, 999), st.sampled_from(VICTIMS))
def test_a_day_of_a_month_before_a_count_is_not_its_group(month, day, n, victims):
    text = f"On {month} {day} {n} {victims} were killed in the offensive."
    assert values(text) == [n], text


# rev11t T22: FA-KES strips commas, so a toll and the wounded count after it meet with one space
# between them ("Strikes in Aleppo killed 15 150 others were injured"). The two are no spaced
# thousands: the wounded word a few words on says the second is a count of its own.
KILLERS = ["Strikes in Aleppo killed", "Air strikes killed", "The bombing killed", "Shelling on the market killed"]
WOUNDED = ["others were injured", "were wounded", "others wounded", "people were hurt", "more were injured"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(KILLERS), st.integers(2, 999), st.integers(100, 999), st.sampled_from(WOUNDED))
def test_a_toll_before_a_comma_stripped_wounded_count_keeps_its_count(killer, n, hurt, wounded):
    text = f"{killer} {n} {hurt} {wounded}."
    assert n in values(text), text
    assert n * 1000 + hurt not in values(text), text
