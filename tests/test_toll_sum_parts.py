"""What a coder adds and what they do not (issue 14, FA-KES gold = civilians + non-civilians): a
whole that a part of the dead is taken from did not die ("Of the 120 residents, 15 children were
killed" is 15; "The camp houses 5,000 people, 40 children died" is 40), while a part listed with
others after it still adds up ("Of the 120 residents, 15 children and 3 women were killed" is 18)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from toll_text import headline, in_words

WHOLES = ["residents", "people", "villagers", "passengers", "students", "families", "prisoners", "workers"]
PARTS = ["children", "women", "civilians", "soldiers", "fighters", "men", "rebels", "patients"]
DEATHS = ["were killed", "died", "were killed in the strike", "lost their lives", "were shot dead"]


def _count(n: int, words: bool) -> str:
    return in_words(n) if words and n < 100 else f"{n:,}"


@settings(max_examples=150, deadline=None)
@given(st.integers(20, 9000), st.integers(2, 19), st.sampled_from(WHOLES), st.sampled_from(PARTS),
       st.sampled_from(DEATHS), st.sampled_from(["Of the", "Out of the", "Among the", "Of some"]), st.booleans())
def test_a_whole_a_part_of_the_dead_is_taken_from_is_not_added(whole, k, who, part, death, lead, words):
    text = f"{lead} {whole:,} {who}, {_count(k, words)} {part} {death}."
    assert headline(text) == [k]


@settings(max_examples=150, deadline=None)
@given(st.integers(20, 9000), st.integers(2, 19), st.integers(2, 19), st.sampled_from(WHOLES),
       st.sampled_from(PARTS), st.sampled_from(DEATHS))
def test_a_list_taken_from_a_whole_still_adds_up(whole, k, j, who, part, death):
    other = "women" if part != "women" else "men"
    text = f"Of the {whole:,} {who}, {k} {part} and {j} {other} {death}."
    assert headline(text) == [k + j]


@settings(max_examples=150, deadline=None)
@given(st.integers(200, 9000), st.integers(2, 99), st.sampled_from(WHOLES), st.sampled_from(PARTS),
       st.sampled_from(DEATHS),
       st.sampled_from(["The camp houses", "The town had", "The school is home to", "The shelter held"]))
def test_people_who_did_not_die_before_a_comma_are_not_added(whole, k, who, part, death, lead):
    text = f"{lead} {whole:,} {who}, {k} {part} {death} on Monday."
    assert headline(text) == [k]


@settings(max_examples=150, deadline=None)
@given(st.integers(200, 9000), st.integers(2, 99), st.sampled_from(WHOLES), st.sampled_from(PARTS),
       st.sampled_from(DEATHS),
       st.sampled_from(["The camp houses", "The town had", "The school is home to", "The shelter held",
                        "The bus was carrying", "The complex housed some", "The city has a population of"]))
def test_people_held_or_housed_are_not_the_first_of_a_list_of_the_dead(whole, k, who, part, death, lead):
    text = f"{lead} {whole:,} {who} and {k} {part} {death} there."
    assert headline(text) == [k]


@settings(max_examples=100, deadline=None)
@given(st.integers(2, 99), st.integers(2, 99), st.sampled_from(["soldiers", "fighters", "rebels"]),
       st.sampled_from(["civilians", "children", "women"]), st.sampled_from(DEATHS))
def test_a_list_of_the_dead_that_opens_the_sentence_still_adds_up(a, b, fighters, civilians, death):
    assert headline(f"{a} {fighters} and {b} {civilians} {death} on Monday.") == [a + b]


@settings(max_examples=100, deadline=None)
@given(st.integers(2, 99), st.integers(2, 99), st.sampled_from(PARTS), st.sampled_from(PARTS),
       st.sampled_from(["were wounded", "were injured", "were arrested", "were detained", "were rescued"]))
def test_a_count_of_the_living_set_after_the_dead_is_not_added(dead, alive, who, other, fate):
    assert headline(f"Air strikes killed {dead} {who}, {alive} {other} {fate}.") == [dead]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(2, 99), st.sampled_from(PARTS)), min_size=2, max_size=4, unique_by=lambda m: m[1]),
       st.sampled_from(["The attack caused the deaths of", "The shelling led to the martyrdom of",
                        "The raid ended with the killing of", "Rescuers recovered the bodies of"]))
def test_a_list_after_a_death_noun_and_of_adds_up(members, lead):
    phrases = [f"{n} {who}" for n, who in members]
    text = f"{lead} {', '.join(phrases[:-1])} and {phrases[-1]}."
    assert headline(text) == [sum(n for n, _ in members)]


@settings(max_examples=100, deadline=None)
@given(st.integers(2, 99), st.integers(2, 99), st.sampled_from(["soldiers", "fighters", "rebels", "militants", "troops"]),
       st.sampled_from(["civilians", "children", "women", "residents"]), st.booleans(), st.sampled_from(DEATHS))
def test_counts_of_both_sides_set_side_by_side_add_up(a, b, fighters, civilians, fighters_first, death):
    first, second = (f"{a} {fighters}", f"{b} {civilians}") if fighters_first else (f"{b} {civilians}", f"{a} {fighters}")
    assert headline(f"{first}, {second} {death}.") == [a + b]
