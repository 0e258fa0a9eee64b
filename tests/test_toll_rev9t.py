"""Review rev9t of the toll changes: a list member with a verb of its own is no more dead
(finding 2), a name set after a count and a comma names some of those dead (finding 4).
Finding 5 (AMONG per member) is tests/test_toll_rev8.py's list property; finding 6 is
tests/test_backwards_on_chart.py."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from toll_text import headline, in_words

KILLERS = ["The army", "Rebels", "Gunmen", "An air strike", "The blast", "Militants"]
# One person, counted ("a commander") or named ("Abu Malik"): wire copy's shapes, not the code's lists.
ONES = ["a commander", "a guard", "a soldier", "one civilian", "a police officer", "Abu Malik", "Hamza Ali"]
VICTIMS = ["fighters", "civilians", "other men", "passengers", "soldiers", "of his bodyguards", "more militants"]
# What the companions did instead of dying: a finite verb of their own, not death
OWN_FATES = ["fled", "survived", "surrendered", "escaped", "were taken hostage", "managed to escape",
             "fled the area", "later surrendered", "remained inside", "were taken prisoner"]
DEATHS = ["died", "were killed", "were later found dead", "died of their wounds", "lost their lives"]
ENDS = [".", " on Friday.", ", the monitor said."]


def _count(n: int, words: bool) -> str:
    return in_words(n) if words and n < 20 else str(n)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(KILLERS), st.sampled_from(ONES), st.integers(2, 19), st.booleans(),
       st.sampled_from(VICTIMS), st.sampled_from(OWN_FATES), st.sampled_from(ENDS))
def test_companions_with_a_verb_of_their_own_are_not_dead(killer, one, n, words, victims, fate, end):
    """Finding 2: "The army killed a commander and three fighters surrendered" is 1 (or no
    total), never 4: the fighters are the subject of a new clause, not the killing's object."""
    text = f"{killer} killed {one} and {_count(n, words)} {victims} {fate}{end}"
    got = headline(text)
    assert n + 1 not in got and n not in got, (text, got)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(KILLERS), st.sampled_from(ONES[:5]), st.integers(2, 19), st.booleans(),
       st.sampled_from(VICTIMS[:5]), st.sampled_from(DEATHS), st.sampled_from(ENDS))
def test_companions_whose_own_verb_is_a_death_still_add_up(killer, one, n, words, victims, death, end):
    """The other side of finding 2: "killed a guard and three civilians died" is 4."""
    text = f"{killer} killed {one} and {_count(n, words)} {victims} {death}{end}"
    assert headline(text) == [n + 1], text


NAMES = ["Ahmed", "Ahmed al-Hassan", "Abu Malik", "Sarah Jones", "Umm Ahmed", "Jean-Pierre Dubois", "Yusuf"]
COUNT_LEADS = ["The strike killed", "Shelling killed", "The raid left", "Air strikes killed at least"]
COUNT_VICTIMS = ["people", "civilians", "members of one family", "residents"]
COMPANIONS = ["three of his sons", "two other people", "four more", "five of her relatives", "two others"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(COUNT_LEADS), st.integers(8, 90), st.sampled_from(COUNT_VICTIMS), st.sampled_from([",", ":", " -"]),
       st.sampled_from(NAMES), st.sampled_from(COMPANIONS), st.sampled_from(["", " among them"]))
def test_a_name_after_a_count_and_a_comma_names_some_of_the_dead(lead, n, victims, mark, name, companions, among):
    """Finding 4: "killed 12 people, Ahmed and three of his sons" is 12: the name is an
    apposition naming some of the dead, never more dead beside them."""
    text = f"{lead} {n} {victims}{mark} {name} and {companions}{among}."
    if lead.startswith("The raid left"):
        text = f"{lead} {n} {victims} dead{mark} {name} and {companions}{among}."
    assert headline(text) == [n], text
