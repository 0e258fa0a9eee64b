"""rev11t T3: a toll's victims are not read across a joined clause with a subject of its own:
"The death toll rose to 25 and police arrested 40 people" gave 25 'police'; the count before
the clause is the toll's, its victims 'people'. Also when that subject names the dead ("was 25
and the number of children among the dead was 10": the children are the 10's)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tolls

TOLLS = ["The death toll rose to {n}", "The toll reached {n}", "The death toll was {n}",
         "The number of dead stood at {n}"]
OPENERS = ["and", "while", "as", "but"]
SUBJECTS = ["police", "medics", "soldiers", "the army", "officials", "rescuers", "local residents"]
VERBS = ["arrested 40 people", "treated 250 others", "were deployed", "fear it will rise", "searched the rubble",
         "said the wounded were many"]
PARTS = ["children", "women", "fighters"]


def first(text: str) -> dict:
    return tolls.extract_tolls(text)[0]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(TOLLS), st.integers(5, 999), st.sampled_from(OPENERS), st.sampled_from(SUBJECTS),
       st.sampled_from(VERBS))
def test_the_joined_clauses_subject_is_no_victim_of_the_toll(toll, n, opener, subject, verb):
    text = f"{toll.format(n=n)} {opener} {subject} {verb}."
    row = first(text)
    assert (row["value"], row["victims"]) == (n, "people"), text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(TOLLS), st.integers(20, 999), st.sampled_from(PARTS))
def test_a_part_of_the_dead_in_the_joined_clause_is_the_later_counts(toll, n, part):
    text = f"{toll.format(n=n)} and the number of {part} among the dead was 10."
    row = first(text)
    assert (row["value"], row["victims"]) == (n, "people"), text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Troops stormed the town killing", "Soldiers killed"]),
       st.sampled_from(["Abu Malik", "Amin al-Ruz"]), st.sampled_from(["commander", "leader"]),
       st.sampled_from(["eight", "three", "five"]), st.sampled_from(["militants", "fighters"]))
def test_a_count_after_and_is_the_next_member_of_the_dead_not_a_clause(lead, name, role, n, victims):
    text = f'"{lead} {name} a field {role} of the group and {n} more {victims}" the sources added.'
    assert "people" not in {row["victims"] for row in tolls.extract_tolls(text)}, text
