"""A count of everyone set beside a count of a group everyone includes, with no conjunction, is
a whole and its part (issue 14, tolls7): "15 Syrian Civilians, 3 Children Killed" is 15 with 3
children among them, as "including" would say; FA-KES drops the comma ("15 Syrian Civilians 3
Children Killed"), which used to lose the 15. Two groups that do not include each other
("seven soldiers, three civilians") and a list joined by "and" still add up."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tolls
from toll_text import in_words

WHOLE = ["people", "civilians", "residents", "villagers", "citizens"]
PART = ["children", "women", "kids", "girls", "boys"]
MODIFIERS = ["", "Syrian ", "Kurdish ", "local "]
SEPARATORS = [", ", " "]
FRAMES = [
    "{a}{b} Killed in Aleppo by US Airstrikes Report.",
    "Air strikes kill {a}{b} in Syria's Idlib.",
    "The car bomb killed {a}{b} in the town of Azaz on Tuesday.",
    "{A}{b} were killed in the shelling, the monitor said.",
]


def _written(n: int, words: bool) -> str:
    return in_words(n) if words and n < 100 else str(n)


@st.composite
def whole_and_part(draw) -> tuple[str, str, int, int]:
    n = draw(st.integers(5, 300))
    k = draw(st.integers(2, n - 1))
    words = draw(st.booleans())
    a = f"{_written(n, words)} {draw(st.sampled_from(MODIFIERS))}{draw(st.sampled_from(WHOLE))}"
    sep = draw(st.sampled_from(SEPARATORS))
    return a, f"{sep}{_written(k, words)} {draw(st.sampled_from(PART))}", n, k


def _rows(text):
    return tolls.extract_tolls(text)


@settings(max_examples=200, deadline=None)
@given(whole_and_part(), st.sampled_from(FRAMES))
def test_a_part_set_beside_its_whole_is_a_part(wp, frame):
    a, b, n, k = wp
    text = frame.format(a=a, A=a[0].upper() + a[1:], b=b)
    rows = _rows(text)
    assert [r["value"] for r in rows if r["is_headline"]] == [n], (text, rows)
    # the part stays a row, as "including three children" is, never the headline
    assert [r["value"] for r in rows if not r["is_headline"]] == [k], (text, rows)


@settings(max_examples=100, deadline=None)
@given(st.integers(2, 60), st.integers(2, 60), st.sampled_from(["soldiers", "fighters", "policemen"]),
       st.sampled_from(["civilians", "children", "women"]), st.sampled_from([", ", " and "]))
def test_two_groups_that_do_not_include_each_other_still_add_up(a, b, first, second, sep):
    text = f"The strike killed {a} {first}{sep}{b} {second} in Idlib."
    assert [r["value"] for r in _rows(text) if r["is_headline"]] == [a + b], text


@settings(max_examples=100, deadline=None)
@given(st.integers(5, 60), st.integers(2, 4), st.sampled_from(WHOLE), st.sampled_from(PART))
def test_a_list_joined_by_and_is_added_as_written(n, k, whole, part):
    text = f"The strike killed {n} {whole} and {k} {part} in Idlib."
    assert [r["value"] for r in _rows(text) if r["is_headline"]] == [n + k], text


@settings(max_examples=100, deadline=None)
@given(st.integers(5, 60), st.integers(2, 4), st.sampled_from(WHOLE), st.sampled_from(PART),
       st.sampled_from(["The convoy carried", "Rescuers found", "The shelter houses"]))
def test_no_death_word_no_toll(n, k, whole, part, lead):
    assert _rows(f"{lead} {n} {whole}, {k} {part}.") == []
