"""A place before a counter's demonyms (rev9t 6 and 11): where a dateline can stand and which
demonym-shaped words are places.

Behaviour changes (each fails on the code before rfix9d): a known place inside a sentence is cut
("..., Kobani Kurdish officials said"); a source after "And"/"But" is no dateline, so its
demonym-shaped first word stays; peoples and faiths in "-i" open a sentence as demonyms. Guards
(pass before and after): a dateline's place is cut; an unknown demonym-shaped word inside a
sentence stays.
"""

import re

from babel import Locale
from babel.core import get_global
from hypothesis import assume, given, settings, strategies as st

from analysis.dates import CONFLICT_PLACES
from analysis.tolls import extract_tolls

# a word ending like a demonym, in a bare "-an" or "-i" (the inputs' shape, not the code's list)
_SHAPE = re.compile(r"[A-Z][a-z]*(?:[abd-hj-z]an|i)")
_EN = Locale.parse("en")
_CITIES = {z.rsplit("/", 1)[-1].replace("_", " ") for z in get_global("zone_territories")}
_LANGUAGES = set(_EN.languages.values())  # a language's name is its people's ("Punjabi")
# places of that shape the project can know: the conflict's towns, CLDR's countries and cities
_KNOWN_PLACES = sorted(p for p in set(CONFLICT_PLACES) | _CITIES | set(_EN.territories.values())
                       if _SHAPE.fullmatch(p) and p not in _LANGUAGES)
_DEMONYMS = ["Kurdish", "Syrian", "Libyan", "Turkish", "Iranian", "Lebanese", "Iraqi Kurdish", "Syrian Kurdish"]
# (a third stacked demonym-shaped word is read as no source's demonyms at all: "And" stays then)
_ONE_DEMONYM = [d for d in _DEMONYMS if " " not in d]
_NOUNS = ["officials", "state media", "police", "activists", "security sources"]
_INNER = ["The strike killed {n} people, {c} said.", "According to {c}, {n} people were killed.",
          "{n} people were killed in the shelling, {c} told reporters.", "And {c} said {n} civilians were killed.",
          "But {c} said {n} civilians were killed."]
# a made-up word of that shape: no place anyone lists ("Bakri", "Tolumi", "Verazan")
_MADE_UP = st.builds(lambda c, mid, end: c + mid + end, st.sampled_from("BDGKLMRTVZ"),
                     st.text("aeoulrmnkdz", min_size=2, max_size=5), st.sampled_from(["i", "an"]))


def _counters(text: str) -> list:
    return [c["attributed_to"] for c in extract_tolls(text)]


def _unknown(word: str) -> bool:
    return word not in _KNOWN_PLACES and word not in _LANGUAGES and not word.endswith(("ian", "can"))


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(_KNOWN_PLACES), st.sampled_from(_DEMONYMS), st.sampled_from(_NOUNS), st.integers(2, 99),
       st.sampled_from(_INNER))
def test_a_known_place_before_the_demonyms_inside_a_sentence_is_cut(place, demonym, noun, n, shape):
    """"..., Kobani Kurdish officials said": the town's officials, named "Kurdish officials" as
    at a dateline ("KOBANI Kurdish officials said")."""
    text = shape.format(n=n, c=f"{place} {demonym} {noun}")
    assert _counters(text[0].upper() + text[1:]) == [f"{demonym} {noun}"], text


@settings(max_examples=80, deadline=None)
@given(_MADE_UP, st.sampled_from(_ONE_DEMONYM), st.sampled_from(_NOUNS), st.integers(2, 99),
       st.sampled_from(["And", "But", "Yet"]))
def test_a_source_after_a_conjunction_has_no_dateline(word, demonym, noun, n, conjunction):
    """A dateline cannot follow "And": "And Ezidi Kurdish officials said" keeps its first word,
    as the same source further in does."""
    assume(_unknown(word))
    counter = f"{word} {demonym} {noun}"
    assert _counters(f"{conjunction} {counter} said {n} civilians were killed.") == [counter]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Ezidi", "Alevi", "Azeri", "Zaidi", "Salafi", "Sufi"]), st.sampled_from(_DEMONYMS),
       st.sampled_from(_NOUNS), st.integers(2, 99))
def test_a_people_in_i_opening_its_sentence_is_no_place(people, demonym, noun, n):
    """Peoples and faiths named in "-i" are demonyms wherever they stand (one closed list)."""
    counter = f"{people} {demonym} {noun}"
    assert _counters(f"{counter} said {n} people were killed.") == [counter]


# --- guards -------------------------------------------------------------------------------------

@settings(max_examples=60, deadline=None)
@given(_MADE_UP, st.sampled_from(_DEMONYMS), st.sampled_from(_NOUNS), st.integers(2, 99))
def test_a_dateline_place_is_cut(place, demonym, noun, n):
    """A sentence's first demonym-shaped word before a source's demonyms is a dateline's place."""
    assume(_unknown(place))
    assert _counters(f"{place} {demonym} {noun} said {n} people were killed.") == [f"{demonym} {noun}"]


@settings(max_examples=60, deadline=None)
@given(_MADE_UP, st.sampled_from(_DEMONYMS), st.sampled_from(_NOUNS), st.integers(2, 99),
       st.sampled_from(_INNER[:3]))
def test_an_unknown_demonym_shaped_word_inside_a_sentence_stays(word, demonym, noun, n, shape):
    """Inside a sentence only known places are cut (the trade-off in extract._inner_place_re)."""
    assume(_unknown(word))
    counter = f"{word} {demonym} {noun}"
    text = shape.format(n=n, c=counter)
    assert _counters(text[0].upper() + text[1:]) == [counter], text
