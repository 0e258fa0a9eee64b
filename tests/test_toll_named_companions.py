"""A person named, not counted, who opens a list of the dead with companions counted after "and"
("killing Abu Malik, a field commander, and eight more militants" = 9), and a list opened by
"the" with a possessive ("the group's leader and 12 others" = 13): wire copy of any war names
its dead this way."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from toll_text import headline, in_words, values

# Names as wire copy writes them, of several languages and shapes (not the code's lists).
NAMES = ["Abu Malik", "Amin Sameer al-Ruz", "Hamza Ali", "Ahmed Shah", "Sarah Jones", "Ivan Petrov",
         "Abu Omar al-Shishani", "Mohammed bin Salem", "Omar", "Jean-Pierre Dubois", "Abdul Rahman Haddad",
         "Maria Lopez", "Ali Hassan al-Majid", "Yusuf", "Umm Ahmed"]
APPOSITIONS = ["", ", a field commander of the group,", " a field commander of the group", ", the group's spokesman,",
               ", a local leader,", ", his deputy commander,", " the head of the council"]
VERBS = ["The strike killed", "Troops stormed the town, killing", "The army said it killed", "Militants executed",
         "The raid killed", "Police said the attacker murdered"]
COMPANIONS = ["more militants", "other fighters", "others", "other people", "more soldiers", "of his relatives",
              "of her children", "other civilians", "more members of the group"]
ENDS = [".", " on Friday.", ", the monitor said.", " near the border, officials said."]


def _count(n: int, words: bool) -> str:
    return in_words(n) if words and n < 100 else str(n)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(VERBS), st.sampled_from(NAMES), st.sampled_from(APPOSITIONS), st.integers(2, 60),
       st.booleans(), st.sampled_from(COMPANIONS), st.sampled_from(ENDS), st.sampled_from(["", "at least "]))
def test_a_named_one_and_companions_after_a_killing_verb_add_up(verb, name, apposition, n, words, companions, end, bound):
    """"killing Abu Malik, a field commander, and eight more militants" = 9 (was no toll at all)."""
    text = f"{verb} {name}{apposition} and {bound}{_count(n, words)} {companions}{end}"
    assert headline(text) == [n + 1]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(NAMES), st.integers(2, 60), st.booleans(),
       st.sampled_from(["other militants", "other fighters", "others", "more soldiers", "of his bodyguards"]),
       st.sampled_from(["were killed in the raid.", "were killed, the army said.", "died in the strike."]))
def test_a_named_one_and_companions_as_the_subject_add_up(name, n, words, companions, death):
    """"Abu Malik and eight other militants were killed" = 9 (was 8)."""
    assert headline(f"{name} and {_count(n, words)} {companions} {death}") == [n + 1]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["group's leader", "village's mayor", "army's commander", "convoy's driver", "town’s imam"]),
       st.integers(2, 60), st.booleans(), st.sampled_from(["others", "other people", "of his guards", "civilians"]),
       st.sampled_from(["An air strike killed the", "Gunmen killed the", "The blast killed the"]))
def test_a_possessive_opens_a_list_as_the_does(who, n, words, companions, verb):
    """"killed the group's leader and 12 others" = 13 (was no toll), as "the commander and 12 others"."""
    assert headline(f"{verb} {who} and {_count(n, words)} {companions}.") == [n + 1]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(NAMES), st.integers(2, 60),
       st.sampled_from(["captured", "arrested", "wounded", "injured", "detained"]),
       st.sampled_from(["other militants", "others", "more fighters"]))
def test_a_named_one_beside_a_count_that_did_not_die_is_no_toll(name, n, verb, companions):
    """"killed Abu Omar and captured four other militants": one death, no count of the dead;
    the name alone is never a toll."""
    text = f"The coalition said it killed {name} and {verb} {n} {companions}."
    assert n not in values(text) and n + 1 not in values(text)
    assert headline(f"{name} and {n} {companions} were {verb} in the raid.") == []


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Palestinians", "Syrians", "Kurds", "Alawites", "Iraqis", "Afghans"]), st.integers(2, 60),
       st.sampled_from(["Israeli troops killed", "The militia killed"]))
def test_a_people_is_no_named_one(people, n, verb):
    """"killed Palestinians and three other people": a people, uncounted, is not one person."""
    assert n + 1 not in values(f"{verb} {people} and {n} other people.")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(NAMES), st.integers(2, 60),
       st.sampled_from(["Monday", "Tuesday", "March", "Reuters and"]))
def test_no_name_without_companions_or_a_killing(name, n, word):
    """The name is read only before "more/other/of his" companions and after a killing verb or at
    a clause's start: "were killed Tuesday and 12 others were wounded" is 2."""
    assert headline(f"Two people were killed {word} and {n} others were wounded.") == [2]
    assert headline(f"{name} and {n} other agencies reported that 12 people were killed.") == [12]
