"""A part named after a toll's update in the next sentence ("It was later revised to 82 on Sunday
including 58 civilians since protests erupted in Yemen.") is scoped against the study's conflict
(--conflict-name), not Syria's by default (tenth session's closing note, tolls11a): undated
protests start the war's period only in a sentence naming the study's conflict."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.tolls.extract import extract_tolls

CONFLICTS = ["Syria", "Yemen", "Ukraine", "Sudan", "Myanmar"]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(CONFLICTS), st.sampled_from(CONFLICTS), st.integers(20, 60), st.integers(61, 99),
       st.sampled_from(["It was later revised to", "This was later updated to", "It rose to"]),
       st.sampled_from(["protests erupted", "demonstrations began", "the protests broke out"]))
def test_a_part_after_an_update_is_scoped_against_the_studys_conflict(conflict, named, first, new, update, start):
    part = first - 5
    text = (f"Clashes killed {first} people on Friday. {update} {new} on Sunday including {part} civilians "
            f"since {start} in {named}.")
    scopes = {c["value"]: c["scope"] for c in extract_tolls(text, conflict_name=conflict)}
    assert new in scopes, text  # the update is read, so the part is judged where the rule is
    assert (scopes.get(float(part)) == "cumulative") == (named == conflict), (conflict, text, scopes)
