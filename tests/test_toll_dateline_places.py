"""Generated cases for a comma-less dateline's place before a counter named by its demonym (note 7
Left: "Karachi Pakistani officials" kept the place). A place whose name ends like a demonym,
in a bare "-an" ("Tehran") or an "-i" ("Karachi", "Tripoli"), is cut before any demonym, as
"Aleppo Syrian state media" is; a demonym of those shapes stays ("Kenyan Somali officials",
"Iraqi Kurdish officials"). The tests of places fail on the code before the change."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from analysis.tolls import extract_tolls

COUNT = st.integers(min_value=2, max_value=99)
VERB = st.sampled_from(["said", "reported", "told reporters"])


def _credited(counter_text: str, verb: str, n: int) -> list[tuple]:
    text = f"{counter_text} {verb} {n} people were killed in the shelling."
    return [(c["value"], c["attributed_to"]) for c in extract_tolls(text)]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(["Karachi", "Tripoli", "Nairobi", "Delhi", "Helsinki", "Tbilisi", "Dubai", "Benghazi",
                        "Ramadi", "Qamishli", "Kigali", "Abu Dhabi", "Mumbai", "Nairobi", "Sochi"]),
       st.sampled_from(["Pakistani officials", "Libyan officials", "Kenyan police", "Indian state media",
                        "Iraqi security sources", "Emirati state media", "Syrian Kurdish forces", "Russian officials"]),
       VERB, COUNT)
def test_a_datelines_place_that_ends_in_i_is_not_part_of_the_counters_name(place, counter, verb, n):
    """"Karachi Pakistani officials" are Pakistani officials; "Nairobi Kenyan police", Kenyan police."""
    assert _credited(f"{place} {counter}", verb, n) == [(float(n), counter)], f"{place} {counter}"


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Iraqi", "Somali", "Yemeni", "Pakistani", "Saudi", "Israeli", "Kuwaiti", "Bahraini", "Sunni",
                        "Yazidi", "Kenyan", "Afghan", "Libyan"]),
       st.sampled_from(["Kurdish", "Somali", "Pakistani", "Kenyan", "Syrian", "Iraqi", "Yemeni", "Afghan"]),
       st.sampled_from(["officials", "authorities", "security sources"]), VERB, COUNT)
def test_a_demonym_shaped_like_a_place_stacks_and_is_kept(first, second, noun, verb, n):
    """"Iraqi Kurdish officials", "Somali Kenyan officials", "Kenyan Somali officials": no place there."""
    counter = f"{first} {second} {noun}"
    assert _credited(counter, verb, n) == [(float(n), counter)], counter
