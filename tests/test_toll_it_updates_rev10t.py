""""It went past N" after a sentence updates a death toll only when that toll's own clause has a
death toll as its subject (rev10t): "The death toll stood at 25 and the number of wounded reached
250. It went past 300 people by nightfall." made 300 the headline, updating the wounded's 250."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.tolls.extract import extract_tolls


def _headline(text: str) -> list[float]:
    return [c["value"] for c in extract_tolls(text) if c["is_headline"]]


@settings(max_examples=80, deadline=None)
@example(25, 250, 300, "wounded", "by nightfall")
@given(st.integers(3, 60), st.integers(100, 400), st.integers(401, 900), st.sampled_from(["wounded", "injured"]),
       st.sampled_from(["by nightfall", "on Sunday", ""]))
def test_it_after_the_wounded_clause_updates_no_death_toll(dead, hurt, past, word, when):
    text = (f"The death toll stood at {dead} and the number of {word} reached {hurt}. "
            f"It went past {past} people{' ' + when if when else ''}.")
    assert _headline(text) == [dead], text
    assert past not in [c["value"] for c in extract_tolls(text)], text


@settings(max_examples=60, deadline=None)
@given(st.integers(100, 400), st.integers(401, 900),
       st.sampled_from(["The death toll stood at {n}.", "The death toll from the quake stood at {n}, officials said.",
                        "The number of dead has reached {n} in Aleppo."]))
def test_it_after_a_death_tolls_clause_updates_it(n, past, first):
    # the guard must leave the update QA's shape was written for
    text = f"{first.format(n=n)} It went past {past} people."
    assert _headline(text) == [past], text


# rev11t T17: a joined clause counting things or survivors ("and rescuers pulled 40 survivors from the
# rubble") is no subject a singular "It" stands for, so the next sentence's "It later rose to N"
# still updates the toll.
THING_CLAUSES = st.sampled_from([
    " and rescuers pulled {m} survivors from the rubble", " as rescuers searched {m} buildings on Monday",
    " while officials said {m} hospitals were full", " and troops seized {m} villages",
    " as shelling hit {m} schools", " and aid groups sent {m} trucks",
])


@settings(max_examples=80, deadline=None)
@example("The death toll rose to {n}", " and rescuers pulled {m} survivors from the rubble", 25, 40, 31)
@given(st.sampled_from(["The death toll rose to {n}", "The death toll stood at {n}", "The toll reached {n}"]),
       THING_CLAUSES, st.integers(3, 30), st.integers(2, 60), st.integers(31, 99))
def test_it_after_a_joined_clause_counting_things_updates_the_toll(lead, clause, dead, things, later):
    text = f"{lead.format(n=dead)}{clause.format(m=things)}. It later rose to {later}."
    assert _headline(text) == [later], text
