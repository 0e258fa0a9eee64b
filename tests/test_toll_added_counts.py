"""A count of the dead that adds to others, or states a total, after the killing verb: "killed a
total of 12 people", "killed another 12", "killed a further 12", "10 other members of the group
were killed". Wire copy of any war writes these; they were no toll at all."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from toll_text import headline, in_words, values

ADDED = ["a total of", "another", "a further", "an additional", "an extra"]
VERBS = ["The air strikes killed", "Shelling on the town killed", "Gunmen killed", "The army said it killed",
         "A suicide bomber killed", "Russian strikes have killed"]
VICTIMS = ["people", "civilians", "soldiers", "militants", "children", "fighters", "police officers"]
ENDS = [".", " on Sunday.", ", the monitor said.", " in Idlib province, activists said."]


def _count(n: int, words: bool) -> str:
    return in_words(n) if words and n < 100 else f"{n:,}"


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(VERBS), st.sampled_from(ADDED), st.integers(2, 5000), st.booleans(),
       st.sampled_from(VICTIMS + [""]), st.sampled_from(ENDS))
def test_a_total_or_an_added_count_after_the_verb_is_read(verb, added, n, words, victims, end):
    """"killed another 12 people" = 12, "killed a total of 12" = 12 (were no toll)."""
    text = f"{verb} {added} {_count(n, words)}{' ' + victims if victims else ''}{end}"
    assert headline(text) == [n]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["other", "more", "additional", "further"]), st.integers(2, 90), st.booleans(),
       st.sampled_from(["members of the group", "members of the crew", "employees of the hospital",
                        "members of his family", "residents of the village"]),
       st.sampled_from(["were killed in the attacks.", "were killed, the army said.", "died in the blast."]))
def test_other_members_of_a_group_are_its_dead(other, n, words, group, death):
    """"10 other members of the group were killed" = 10, as "10 members of the group" is."""
    count = in_words(n).capitalize() if words else str(n)
    assert headline(f"{count} {other} {group} {death}") == [n]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(ADDED), st.integers(2, 90),
       st.sampled_from(["wounded", "injured", "arrested", "displaced", "evacuated"]))
def test_an_added_count_that_did_not_die_is_no_toll(added, n, verb):
    """"wounded another 12", "10 other members of the crew were rescued": no death, no toll."""
    assert values(f"The shelling {verb} {added} {n} people.") == []
    assert values(f"{n} other members of the crew were {verb}.") == []
