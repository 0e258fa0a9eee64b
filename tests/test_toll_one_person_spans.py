"""A one-person toll's span covers the phrase counted and its victims word is the noun (QA10 F1):
"A man and his young daughter have been killed" gave rows with spans 'A' and 'his' (victims
"people"). Phrases are generated from nouns, modifiers and verbs written for this."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.tolls.extract import extract_tolls

PEOPLE = ["man", "woman", "boy", "girl", "nurse", "civilian", "teacher", "farmer"]
KIN = ["daughter", "son", "wife", "mother", "father", "brother", "sister"]
MODIFIERS = ["", "young ", "elderly ", "8-year-old "]
DEATHS = ["have been killed in an air strike", "were killed", "died in the shelling", "were shot dead"]


def _article(word: str) -> str:
    return "An" if word[:1] in "aeiou8" else "A"


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(PEOPLE), st.sampled_from(MODIFIERS), st.sampled_from(["his", "her"]),
       st.sampled_from(MODIFIERS), st.sampled_from(KIN), st.sampled_from(DEATHS))
def test_each_one_person_rows_span_is_its_phrase(person, mod1, pronoun, mod2, kin, death):
    first, second = f"{mod1}{person}", f"{pronoun} {mod2}{kin}"
    text = f"{_article(first)} {first} and {second} {death}."
    rows = [(text[c["start"]:c["end"]], c["value"], c["victims"]) for c in extract_tolls(text)]
    assert (f"{_article(first)} {first}", 1, person) in rows, (text, rows)
    assert (second, 1, kin) in rows, (text, rows)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(PEOPLE), st.sampled_from(["", "young "]), st.sampled_from(["child", "boy", "girl", "baby"]),
       st.sampled_from(DEATHS))
def test_a_one_person_span_ends_at_its_own_noun(person, mod, other, death):
    # "A woman and child were killed": the article's phrase is "A woman", not up to "child"
    text = f"A {mod}{person} and {other} {death}."
    spans = [text[c["start"]:c["end"]] for c in extract_tolls(text) if c["start"] == 0 and c["value"] == 1]
    assert spans == [f"A {mod}{person}"], (text, spans)
