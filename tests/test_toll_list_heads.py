"""A member of a list of the dead is a noun phrase, not only a noun (issue 14, tolls7):
- its noun may take an "of" complement ("a field commander of the group and eight more
  militants" is 9, "two members of the council and three soldiers" is 5);
- one person may be named, then described, right after the killing verb ("killing Abu Malik, a
  field commander, and eight more militants" is 9; FA-KES drops the commas).
A partitive ("two of the soldiers") and a person named as a source ("a soldier said") stay as they were."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tolls
from toll_text import headline, in_words

ONE = ["commander", "member", "leader", "soldier", "officer", "employee", "fighter", "official"]
MANY = ["members", "fighters", "militants", "soldiers", "officers", "guards", "employees", "civilians"]
GROUPS = ["the group", "the local council", "the brigade", "the Free Syrian Army", "its security forces",
          "the Nusra Front", "the armed opposition"]
MODIFIERS = ["", "field ", "senior ", "local ", "notorious "]
FIRST = ["Ahmed", "Amin", "Mahmoud", "Omar", "Khaled", "Hassan", "Mohammed", "Ali"]
LAST = ["al-Hassan", "Brouq", "al-Ruz", "Haddad", "al-Omari", "Sameer"]
KUNYA = ["", " Aka Abu Malik", " Abu Omar", " bin Laden"]


@st.composite
def member(draw, heads=ONE) -> tuple[str, int]:
    """A first list member with an "of" complement: "a field commander of the group" (1) or
    "12 members of the local council" (12)."""
    group = draw(st.sampled_from(GROUPS))
    if draw(st.booleans()):
        noun = draw(st.sampled_from(MODIFIERS)) + draw(st.sampled_from(heads))
        return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun} of {group}", 1
    n = draw(st.integers(2, 40))
    return f"{draw(st.sampled_from([str(n), in_words(n)]))} {draw(st.sampled_from(MANY))} of {group}", n


@st.composite
def others(draw) -> tuple[str, int]:
    """The list's last member: "eight more militants", "at least 10 members", "his two guards"."""
    n = draw(st.integers(2, 60))
    written = draw(st.sampled_from([str(n), in_words(n)]))
    lead = draw(st.sampled_from(["", "at least ", "another ", "his ", "their "]))
    more = draw(st.sampled_from(["", "more ", "other "])) if lead in ("", "at least ") else ""
    return f"{lead}{written} {more}{draw(st.sampled_from(MANY))}", n


FRAMES = [
    "The strike killed {list}.",
    "Troops stormed the town, killing {list}, the sources added.",
    "Syrian soldiers stormed the strongholds in al-Rastan killing {list} on Tuesday.",
    "Gunmen shot dead {list} in Idlib.",
]


@settings(max_examples=200, deadline=None)
@given(member(), others(), st.sampled_from(FRAMES))
def test_a_member_with_an_of_complement_is_listed(first, last, frame):
    text = frame.format(list=f"{first[0]} and {last[0]}")
    assert headline(text) == [first[1] + last[1]], text


@st.composite
def name(draw) -> str:
    return f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}{draw(st.sampled_from(KUNYA))}"


@settings(max_examples=200, deadline=None)
@given(name(), member(heads=ONE).filter(lambda m: m[1] == 1), others(), st.booleans(),
       st.sampled_from(["killing", "killed", "executed", "assassinated"]))
def test_a_named_person_described_after_the_killing_verb_opens_the_list(who, desc, last, commas, verb):
    # "killing Abu Malik, a field commander of the group, and eight more militants": 1 + 8
    c = "," if commas else ""
    text = f"Syrian troops stormed the town {verb} {who}{c} {desc[0]}{c} and {last[0]}."
    assert headline(text) == [1 + last[1]], text


@settings(max_examples=100, deadline=None)
@given(name(), st.sampled_from(ONE), st.booleans())
def test_a_named_person_described_alone_is_one_dead(who, noun, comma):
    text = f"The brigade also killed {who}{',' if comma else ''} {'an' if noun[0] in 'aeiou' else 'a'} {noun} of the group, in Salqin."
    assert headline(text) == [1], text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["Assad", "Ahmed Haddad", "Erdogan"]), st.sampled_from(["soldier", "official", "doctor"]),
       st.sampled_from(["said", "told Reuters", "reported"]))
def test_a_described_person_who_speaks_is_no_toll(who, noun, says):
    # the "a <noun>" after the name is the sentence's source, not a second victim
    text = f"The army killed {who}, a {noun} {says}."
    rows = tolls.extract_tolls(text)
    assert all(r["value"] != 1 or r["victims"] != noun for r in rows), (text, rows)


@settings(max_examples=100, deadline=None)
@given(st.integers(2, 9), st.integers(2, 9), st.sampled_from(MANY), st.sampled_from(["civilians", "children"]))
def test_a_partitive_first_member_still_adds_up(a, b, who, other):
    # "two of the soldiers and three civilians": no head noun before "of"; as before, 2 + 3
    assert headline(f"The strike killed {in_words(a)} of the {who} and {in_words(b)} {other}.") == [a + b]
