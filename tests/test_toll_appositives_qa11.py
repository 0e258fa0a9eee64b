"""An appositive naming who the dead were hides no toll (QA11 F2): "At least 17 people, most members
of Syrian opposition groups, were killed" (a trt lead, FA-KES's copy without its commas) gave no
toll at all, while "..., most of them members of ..." gave 17. Sentences are generated from parts
written for this (quantifier, victims, their group, commas or none, the death verb), and the
appositive's words must not carry a later count's death back to an earlier number."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.tolls.extract import extract_tolls

from toll_text import in_words

QUANTIFIERS = ["", "most ", "mostly ", "mainly ", "many ", "some ", "all "]
WHO = ["members of rebel groups", "members of an opposition group", "civilians", "fighters from the Free Syrian Army",
       "residents of the village", "members of the same family", "soldiers of the Syrian army",
       "children from a nearby school"]
VICTIMS = ["people", "fighters", "civilians", "men"]
DEATHS = ["were killed", "died", "were reportedly killed", "have been killed", "lost their lives"]
EVENTS = ["in a car bomb blast near the border.", "in an air strike on the town.", "when a shell hit the market."]
LEADS = ["", "13 Oct 2016 ", "BEIRUT (Reuters) - "]


@settings(max_examples=150, deadline=None)
@given(st.integers(2, 400), st.booleans(), st.booleans(), st.sampled_from(QUANTIFIERS), st.sampled_from(WHO),
       st.sampled_from(VICTIMS), st.sampled_from(DEATHS), st.sampled_from(EVENTS), st.sampled_from(LEADS))
def test_an_appositive_on_who_the_dead_were_keeps_the_toll(n, words, commas, quant, who, victims, death, event,
                                                          lead):
    if not commas and not quant:
        quant = "most "  # without commas only a quantifier marks the aside ("17 people most members of ...")
    count = in_words(n).capitalize() if words and n < 100 else f"At least {n}"
    aside = f", {quant}{who}," if commas else f" {quant}{who}"
    text = f"{lead}{count} {victims}{aside} {death} {event}"
    found = [(c["value"], c["scope"], c["is_headline"]) for c in extract_tolls(text)]
    assert found == [(n, "incident", True)], text


@settings(max_examples=80, deadline=None)
@given(st.integers(100, 900), st.integers(2, 40), st.sampled_from(["residents of the town", "people of the area"]),
       st.sampled_from(["where", "when", "after"]), st.sampled_from(["fled", "gathered", "protested"]))
def test_an_aside_does_not_lend_a_later_count_its_death(n, k, who, opener, verb):
    # the death belongs to the clause's own count, never to the number before the aside
    text = f"About {n} people, {who} {opener} {k} were killed, {verb} on Friday."
    assert [c["value"] for c in extract_tolls(text)] == [k], text
