"""Generated cases for review rev9t's findings on reading a toll: a toll that moved past a count
of people keeps it. Each test fails on the code before its change."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.tolls.extract import extract_tolls
from toll_text import headline

# --- 1. the toll as a motion verb's subject keeps its count ------------------------------------

# toll nouns as wire copy writes them, each with a verb form that agrees with it
_TOLL_SUBJECTS = ["The death toll", "The toll", "The number of dead", "Deaths", "Fatalities",
                  "The death toll from the earthquake", "The number of civilians killed", "The toll later"]
_MOTION_PAST = ["went", "crept", "inched", "edged", "moved", "ticked"]
_MOTION_PERFECT = ["has gone", "has crept", "has inched", "has edged", "has moved", "had gone"]
_VICTIMS = ["people", "civilians", "Palestinians", "residents", "children", "soldiers"]
_TAILS = ["", " on Tuesday", ", the UN said", " overnight", " in the province"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_TOLL_SUBJECTS), st.sampled_from(_MOTION_PAST + _MOTION_PERFECT), st.sampled_from(["past", "beyond"]),
       st.integers(90, 9000), st.sampled_from(_VICTIMS), st.sampled_from(_TAILS), st.booleans())
def test_a_toll_that_moved_past_a_count_of_people_keeps_it(subject, verb, lead, n, victims, tail, earlier):
    """"The death toll crept past 200 people" = more than 200: a toll cannot move people, so the
    noun after the count is its dead (it was no toll at all)."""
    text = f"{subject} {verb} {lead} {n:,} {victims}{tail}."
    if earlier:
        text = "The bombing killed 80 people. " + text
    got = [c for c in extract_tolls(text) if c["value"] == n]
    assert len(got) == 1 and got[0]["qualifier"] == "more_than" and headline(text) == [n], text
