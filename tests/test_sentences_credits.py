"""A full stop glued to a dash and a wire credit (".-AFP Sun 22 Feb 2015 ...") ends a sentence:
stories run together in one field, and the next story's toll must not be read in the last
sentence of the one before (QA report 4, item 10)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tolls
from analysis.text.sentences import split_sentences

CREDITS = ["AFP", "Reuters", "AP", "SANA", "Xinhua", "AFP/dpa", "Anadolu", "UPI"]
DASHES = ["-", "–", "—", "- "]
ENDINGS = ["since the conflict began in March 2011", "the monitor said", "in the past year",
           "as the talks in Geneva resumed", "according to the Observatory"]
DAYS = ["Sun 22 Feb 2015 ", "Monday ", "", "1 May 2016 "]


def _pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(ENDINGS), st.sampled_from(DASHES), st.sampled_from(CREDITS), st.sampled_from(DAYS),
       st.integers(2, 99))
def test_a_stop_glued_to_a_dash_and_a_credit_ends_the_sentence(ending, dash, credit, day, n):
    first = f"More than 230000 people have been killed in Syria {ending}."
    second = f"{dash}{credit} {day}Suicide bomber kills {n} in Baghdad."
    text = first + second
    assert _pieces(text) == [first, second]
    found = tolls.extract_tolls(text)
    assert [(c["value"], c["scope"]) for c in found if c["value"] == n] == [(n, "incident")], text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(ENDINGS), st.sampled_from(DASHES), st.sampled_from(CREDITS))
def test_a_credit_that_ends_the_paragraph_stays_with_its_sentence(ending, dash, credit):
    text = f"Ten people were killed {ending}.{dash}{credit}"
    assert _pieces(text) == [text]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["U.S.", "U.N.", "Jan.", "Mr."]), st.sampled_from(["-", "–"]),
       st.sampled_from(["Russian deal", "Turkish border", "Backed force", "Assad talks"]))
def test_an_abbreviation_glued_to_a_dash_is_no_boundary(abbr, dash, rest):
    text = f"The {abbr}{dash}{rest} held for a week."
    assert _pieces(text) == [text]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["Calif", "Ill", "Mich", "Fla", "Mass", "Conn", "Wis", "Minn", "Ariz"]),
       st.sampled_from(["-", "–"]), st.sampled_from(["Based", "Born", "Area", "Bred", "Built"]),
       st.sampled_from(["Firm Says 3 Dead", "Soldier Killed In Iraq", "Man Dies In Crash"]))
def test_a_state_abbreviation_glued_to_a_capitalised_word_is_no_boundary(state, dash, word, rest):
    """'Calif.-Based Firm Says 3 Dead' split after 'Calif.' once a glued dash credit could be any
    capitalised word (review): a credit is a wire's name, in capitals or a known name."""
    text = f"{state}.{dash}{word} {rest}"
    assert _pieces(text) == [text]
