"""Issue 14, toll ceiling (tolls11b): the toll noun "the number of <the dead>" as wire copy also
writes it, with a relative clause or a participle naming the death ("The number of people who
died in the floods has risen to 82", "the number of civilians who have been killed", "the
number of people confirmed dead"), was no toll noun: only "the number of <victims> killed/dead".
A count of the dead and wounded together ("the number of people killed or wounded") is
casualties, never a toll, in either form."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from toll_text import headline, values

VICTIMS = ["people", "civilians", "migrants", "Syrian soldiers", "rebel fighters", "children"]
DEATHS = ["who died", "who were killed", "who have been killed", "who had died", "who lost their lives",
          "who perished", "that died", "confirmed dead", "reported killed"]
WHERE = ["", " in the floods", " in Saturday's attack on the market", " since the offensive began",
         " in three days of shelling on the eastern districts of the city"]
VERBS = ["has risen to", "rose to", "has reached", "now stands at", "climbed to", "was"]
TAILS = [".", ", officials said.", ", the ministry said on Monday."]
LIVING = ["who fled", "who were displaced", "who were arrested", "who were injured", "who were rescued",
          "who have returned"]
INJURED = ["killed or wounded", "who were killed or injured", "dead and wounded", "who died or were injured"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(VICTIMS), st.sampled_from(DEATHS), st.sampled_from(WHERE), st.sampled_from(VERBS),
       st.integers(12, 4000), st.sampled_from(TAILS))
def test_the_number_of_people_who_died_is_a_toll_noun(victims, death, where, verb, n, tail):
    text = f"The number of {victims} {death}{where} {verb} {n:,}{tail}"
    assert headline(text) == [n], text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(VICTIMS), st.sampled_from(LIVING), st.sampled_from(WHERE), st.sampled_from(VERBS),
       st.integers(12, 4000), st.sampled_from(TAILS))
def test_the_number_of_the_living_is_no_toll(victims, living, where, verb, n, tail):
    text = f"The number of {victims} {living}{where} {verb} {n:,}{tail}"
    assert values(text) == [], text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["people", "civilians"]), st.sampled_from(INJURED), st.sampled_from(WHERE),
       st.sampled_from(VERBS), st.integers(12, 4000), st.sampled_from(TAILS))
def test_the_number_of_dead_and_wounded_is_casualties_not_a_toll(victims, injured, where, verb, n, tail):
    noun = "The number of dead and wounded" if injured == "dead and wounded" else f"The number of {victims} {injured}"
    text = f"{noun}{where} {verb} {n:,}{tail}"
    assert values(text) == [], text


# rev11t T13: the dead joined to any other fate (missing, displaced, arrested, those wounded) are
# no toll either, in every relative form.
OTHER_FATES = ["missing", "went missing", "displaced", "were displaced", "arrested", "detained", "have been detained",
               "those wounded", "the injured", "disappeared", "kidnapped", "were abducted"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(VICTIMS), st.sampled_from(DEATHS + ["killed", "dead"]), st.sampled_from([" or ", " and ", " and/or "]),
       st.sampled_from(OTHER_FATES), st.sampled_from(WHERE), st.sampled_from(VERBS), st.integers(10, 90_000))
def test_the_dead_with_another_fate_are_no_toll(victims, death, join, fate, where, verb, n):
    text = f"The number of {victims} {death}{join}{fate}{where} {verb} {n:,}."
    assert n not in values(text), text
