"""The death_tolls contract on generated articles: every row's number is at its character span
inside its sentence inside the article, its value is what that span says (a headline sum: the
sum of the parts it spans), bounds hold the value, at most one headline and it is an incident
toll; text that states no toll moves spans without changing claims (issue 14)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tolls
from analysis.tolls.extract import _number_parts
from toll_text import in_words

VICTIMS = ["people", "civilians", "soldiers", "children", "fighters", "rebels", "militants"]
QUALS = ["", "at least ", "more than ", "nearly ", "about ", "up to "]
PLACES = ["", " in Aleppo", " in the town of Douma", " near the border"]
WORDS = {n: in_words(n) for n in (2, 3, 5, 7, 12, 20, 40)}


@st.composite
def count(draw) -> str:
    form = draw(st.sampled_from(["digits", "grouped", "words"]))
    if form == "words":  # drawn from WORDS: a random count is almost never one of them
        return WORDS[draw(st.sampled_from(sorted(WORDS)))]
    n = draw(st.integers(1, 250_000))
    return f"{n:,}" if form == "grouped" else str(n)


@st.composite
def toll_sentence(draw) -> str:
    q, n, v, place = draw(st.sampled_from(QUALS)), draw(count()), draw(st.sampled_from(VICTIMS)), draw(
        st.sampled_from(PLACES))
    forms = [
        f"{q}{n} {v} were killed{place} on Tuesday.",
        f"An air strike killed {q}{n} {v}{place}, a monitor said.",
        f"The death toll rose to {q}{n}{place}.",
        f"Clashes killed {n} {v} and {draw(count())} civilians{place}.",
        f"The war has killed {q}{n} people since 2011.",
        f"{n} {v} were wounded{place} and {draw(count())} were killed.",
        f"{q}{n} {v}, including {draw(count())} children, died{place}.",
        f"Between {n} and {draw(count())} {v} were killed{place}.",
        f"Dozens of {v} were killed{place}, and {q}{n} died later.",
        f"{n} {v} died; the toll was later revised to {q}{draw(count())}.",
        f"Shelling killed {q}{n}{place}, bringing to {draw(count())} the number killed this week.",
    ]
    sentence = draw(st.sampled_from(forms))
    return sentence[0].upper() + sentence[1:]  # a sentence opens with a capital (the splitter needs one)


FILLER = st.sampled_from([
    "The ministry gave no figure.",
    "Residents fled towards the border.",
    "Talks resume in Geneva on 5 March 2017.",
    "A boy aged 12 was wounded.",
    "No one was killed in the second raid.",
    "The convoy of 30 trucks reached the city.",
])


def article(parts: list[str]) -> str:
    return " ".join(parts)


def _holds(body: str, row: dict) -> bool:
    """The row's sentence occurs in the body around its span."""
    s = row["sentence"]
    i = body.find(s)
    while i >= 0:
        if i <= row["start"] and row["end"] <= i + len(s):
            return True
        i = body.find(s, i + 1)
    return False


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(toll_sentence(), FILLER), min_size=1, max_size=6))
def test_every_row_is_its_span(parts):
    body = article(parts)
    rows = tolls.extract_tolls(body)
    assert sum(r["is_headline"] for r in rows) <= 1
    for r in rows:
        assert 0 <= r["start"] < r["end"] <= len(body)
        assert _holds(body, r), r
        span = body[r["start"]:r["end"]]
        if r["low"] is not None:
            assert r["low"] <= r["value"]
        if r["high"] is not None:
            assert r["value"] <= r["high"]
        if r["is_headline"]:
            assert r["scope"] == "incident"
        inside = [m for m in tolls.number_phrases(span)]
        assert inside, span
        whole = [m for m in inside if m.start() == 0 and m.end() == len(span)]
        if not whole:  # a headline sum ("50 militants and eight"): the parts it spans add up to it
            assert r["is_headline"] and len(inside) >= 2, (span, r)
            parts = [p for p in rows if not p["is_headline"] and r["start"] <= p["start"] and p["end"] <= r["end"]]
            assert len(parts) >= 2 and sum(p["value"] for p in parts) == r["value"], (r, parts)
        else:
            assert _number_parts(whole[0])[0] == r["value"], (span, r["value"])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(toll_sentence(), FILLER), min_size=1, max_size=5),
       st.sampled_from(["Residents fled towards the border.", "Updated Monday.", "Photo: AFP."]))
def test_a_sentence_without_a_toll_moves_spans_only(parts, lead):
    body = article(parts)
    base = tolls.extract_tolls(body)
    shifted = tolls.extract_tolls(lead + " " + body)
    assert tolls.extract_tolls(lead + " " + body) == shifted  # deterministic
    k = len(lead) + 1
    assert [{**r, "start": r["start"] - k, "end": r["end"] - k, "sentence_no": r["sentence_no"] - 1}
            for r in shifted] == base


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(toll_sentence(), FILLER), min_size=1, max_size=5))
def test_a_war_total_after_the_story_leaves_the_headline_alone(parts):
    body = article(parts)
    head = [r["value"] for r in tolls.extract_tolls(body) if r["is_headline"]]
    later = body + " The conflict has killed more than 350,000 people since 2011."
    assert [r["value"] for r in tolls.extract_tolls(later) if r["is_headline"]] == head
