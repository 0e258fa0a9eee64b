"""rev11t T4: a year after "in" dates a count, it is no proportion's whole: "The death toll rose
to 25 in 2014." gave no row and no rejection (read as "1 in 4"), now 25. A proportion whose
whole has a noun stays no count ("kills 1 in 2000 patients")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from toll_text import values

TOLLS = ["The death toll rose to {n}", "The toll reached {n}", "At least {n} people were killed",
         "Fighting killed {n} civilians"]
AFTER = [".", " and police arrested 4 people.", ", the monitor said.", " when the siege ended.",
         " but the fighting went on.", " alone, the monitor said.", " during the siege."]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(TOLLS), st.integers(5, 999), st.integers(1990, 2029), st.sampled_from(AFTER))
def test_a_year_after_in_dates_the_count(toll, n, year, after):
    text = toll.format(n=n) + f" in {year}{after}"
    assert values(text) == [n], text


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 9), st.integers(1990, 2029), st.sampled_from(["patients", "Americans", "children"]))
def test_a_proportions_whole_with_its_noun_is_still_no_count(part, whole, noun):
    text = f"The disease kills {part} in {whole} {noun}."
    assert values(text) == [], text
