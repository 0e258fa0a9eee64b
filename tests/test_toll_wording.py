"""Toll wordings the QA of FA-KES found misread, each with generated sentences: "two dozen" is
24 (not 2), "several dozen" is a vague count like "dozens"; a war that "has since killed" is a
cumulative toll; an estimate stated as one ("some estimates suggest 470000 may have died") is
hedged."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tolls
from toll_text import in_words

VICTIMS = ["people", "civilians", "soldiers", "children", "fighters"]
DEATHS = ["were killed", "died", "were killed in the strikes", "have been killed"]


def capital(s: str) -> str:
    return s[:1].upper() + s[1:]


@settings(max_examples=150, deadline=None)
@given(st.integers(2, 9), st.booleans(), st.sampled_from(VICTIMS), st.sampled_from(DEATHS), st.booleans())
def test_n_dozen_is_n_twelves_as_an_estimate(n, digits, victims, death, opens):
    count = str(n) if digits else in_words(n)
    text = f"{capital(count) if opens else 'Officials said ' + count} dozen {victims} {death}."
    got = tolls.extract_tolls(text)
    assert [(c["value"], c["qualifier"]) for c in got] == [(12 * n, "about")], text
    low, high = got[0]["low"], got[0]["high"]
    assert low < 12 * n < high, text  # an estimate's bounds, as "a dozen" has
    assert text[got[0]["start"]:got[0]["end"]].lower().endswith("dozen"), text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Several", "A few", "several", "a few"]), st.sampled_from(VICTIMS), st.sampled_from(DEATHS))
def test_several_dozen_is_as_vague_as_dozens(word, victims, death):
    text = f"{word} dozen {victims} {death}."
    dozens = f"Dozens of {victims} {death}."
    got = [(c["value"], c["low"], c["high"], c["qualifier"]) for c in tolls.extract_tolls(text)]
    assert got == [(c["value"], c["low"], c["high"], c["qualifier"]) for c in tolls.extract_tolls(dozens)], text
    assert got, text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["war", "conflict", "civil war", "uprising"]), st.sampled_from(["since", "so far", "already"]),
       st.integers(100, 600), st.sampled_from(["with some estimates suggesting", "while some estimates say",
                                               "and estimates suggest"]),
       st.integers(601, 900), st.sampled_from(["may have died", "might have been killed", "could have died"]))
def test_a_war_that_has_since_killed_and_an_estimate_of_it(war, adverb, low, hedge, high, may):
    text = (f"The {war} has {adverb} killed more than {low}000 people {hedge} {high}000 {may}.")
    got = [(c["value"], c["qualifier"], c["scope"]) for c in tolls.extract_tolls(text)]
    assert got == [(low * 1000, "more_than", "cumulative"), (high * 1000, "about", "cumulative")], text
