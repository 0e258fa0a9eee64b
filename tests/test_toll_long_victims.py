"""Issue 14, toll ceiling (tolls11b): a count's victims as a long subject. "Four medical staff from
a dispensary in Maarzita in southern Idlib province were also killed", "more than 60 foreign
mercenaries from the former Soviet Union were killed": the victims' noun, then phrases saying
where they were or whom they belonged to, then the death verb. The count's own phrase stopped at
a preposition unless a place name alone followed it, so these counts were no toll. The phrases
hold no clause (no relative, subordinator, auxiliary, other finite verb or count): a death after
one is another subject's, and people wounded, detained or displaced there are not the dead."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from toll_text import headline, in_words, values

QUALS = ["", "At least ", "More than ", "Some "]
VICTIMS = ["civilians", "medical staff", "foreign mercenaries", "soldiers", "members of the civil defence",
           "workers", "children", "rebel fighters"]
PREPS = ["in", "from", "at", "near", "of", "inside", "on"]
PLACES = ["the emergency department", "a dispensary", "Maarzita", "southern Idlib province",
          "the former Soviet Union", "the town of Saraqeb", "a crowded market", "the eastern districts",
          "the Kurdish YPG militia", "the main hospital of the city"]
DEATHS = ["were killed", "were also killed", "have been killed", "died", "were reportedly killed",
          "were shot dead", "were among the dead"]
TAILS = [".", " in an air strike on Monday.", ", the Observatory said.", " the monitor said."]
NOT_DEAD = ["were wounded", "were injured", "were detained", "were evacuated", "were rescued", "have fled"]
CLAUSES = ["where the army said", "while", "after", "when", "as"]


def count(n: int, words: bool) -> str:
    return in_words(n) if words and n < 100 else str(n)


PHRASES = st.lists(st.tuples(st.sampled_from(PREPS), st.sampled_from(PLACES)), min_size=2, max_size=4)


def victims_subject(qual, n, words, victims, phrases):
    return f"{qual}{count(n, words)} {victims}" + "".join(f" {p} {place}" for p, place in phrases)



def sentence(subject: str, verb: str, tail: str) -> str:
    """The generated subject, its verb and the tail, as a sentence opening with a capital."""
    text = f"{subject} {verb}{tail}"
    return text[0].upper() + text[1:]

@settings(max_examples=200, deadline=None)
@given(st.sampled_from(QUALS), st.integers(2, 400), st.booleans(), st.sampled_from(VICTIMS), PHRASES,
       st.sampled_from(DEATHS), st.sampled_from(TAILS))
def test_victims_with_long_modifiers_are_a_toll(qual, n, words, victims, phrases, death, tail):
    text = sentence(victims_subject(qual, n, words, victims, phrases), death, tail)
    assert headline(text) == [n], text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(QUALS), st.integers(2, 400), st.booleans(), st.sampled_from(VICTIMS), PHRASES,
       st.sampled_from(NOT_DEAD), st.sampled_from(TAILS))
def test_victims_with_long_modifiers_who_lived_are_no_toll(qual, n, words, victims, phrases, fate, tail):
    text = sentence(victims_subject(qual, n, words, victims, phrases), fate, tail)
    assert values(text) == [], text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(QUALS), st.integers(3, 400), st.sampled_from(VICTIMS), PHRASES, st.sampled_from(CLAUSES),
       st.sampled_from(["two soldiers", "a child", "his brother"]))
def test_a_death_after_a_clause_is_not_the_counts(qual, n, victims, phrases, clause, other):
    text = f"{victims_subject(qual, n, False, victims, phrases)} were evacuated {clause} {other} died."
    text = text[0].upper() + text[1:]
    assert n not in values(text), text


# rev11t T11: a finite verb in -ed ("fled", "surrendered") passes the subject's -ed exemption, and
# "after"/"before"/"since"/"until" open the dead's own clause with a subject of its own: the count's
# people acted after others were killed; they are not the dead.
ACTS = ["fled", "returned", "surrendered", "protested", "demonstrated", "withdrew", "left"]
# "since", "until", "once": "3 civilians from the emergency department fled until their commander was
# killed" gave 3 on e834a01 too, by the long group-name rule (MEMBERS_OF_GROUP_AFTER_RE)
SUBORDINATORS = ["after", "before", "since", "until", "once"]
OTHER_DEAD = ["their commander was killed", "their officers were killed", "relatives were killed",
              "a colleague was killed", "two of their comrades were killed", "the men died"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(QUALS), st.integers(3, 400), st.booleans(), st.sampled_from(VICTIMS), PHRASES,
       st.sampled_from(ACTS), st.sampled_from(SUBORDINATORS), st.sampled_from(OTHER_DEAD), st.sampled_from(TAILS))
def test_people_who_acted_after_a_death_are_not_the_dead(qual, n, words, victims, phrases, act, sub, dead, tail):
    text = f"{victims_subject(qual, n, words, victims, phrases)} {act} {sub} {dead}{tail}"
    text = text[0].upper() + text[1:]
    assert n not in values(text), text
