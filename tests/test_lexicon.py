"""text.lexicon answers from textblob's Brill lexicon file by bisection over its bytes (rev9t 14):
it must give exactly what a full read of the file gives, for every word spelled any way."""

import subprocess
import sys

import pytest
from hypothesis import given, settings, strategies as st

from analysis.text import lexicon, textblob_files

PROPER = {"NNP", "NNPS"}


@pytest.fixture(scope="module")
def full_read() -> dict:
    """The lexicon read the plain way: every entry line, word -> its tags."""
    tags = {}
    for line in textblob_files.path("en", "en-lexicon.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith(";;;") and line.split():
            word, *pos = line.split()
            tags[word] = frozenset(pos)
    return tags


def _common_by_full_read(tags: dict, word: str) -> bool:
    """is_common_word's rule over the full read (the docstring's four ways to be common)."""
    lower = word.lower()
    if lower in tags or tags.get(word, frozenset(PROPER)) - PROPER or _inflected_by_full_read(tags, lower):
        return True
    stem = lexicon._PREFIX_RE.sub("", lower)
    return stem != lower and stem in tags


def _inflected_by_full_read(tags: dict, lower: str) -> bool:
    """A participle's or adverb's ending on a word the full read lists (rfix9a's stems)."""
    m = lexicon._INFLECTED_RE.match(lower)
    if not m:
        return False
    forms = lexicon.stem_forms(m)
    if m.group("end") == "ly":
        return any(f in tags or lexicon._PREFIX_RE.sub("", f) in tags for f in forms)
    verb = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}  # a participle's stem must be a verb (rev10t)
    return any(tags.get(f, frozenset()) & verb or tags.get(lexicon._PREFIX_RE.sub("", f), frozenset()) & verb
               for f in forms)


def _spellings(word: str) -> list:
    return [word, word.lower(), word.capitalize(), word.upper(), word + "s", word[:-1], "Un" + word.lower()]


def test_every_entry_is_found_with_its_tags(full_read):
    """Each of the 94,000 entries (first and last lines included) by bisection."""
    assert all(lexicon._tags(word) == tags for word, tags in full_read.items())


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_spelling_of_a_listed_word_answers_as_a_full_read(full_read, data):
    word = data.draw(st.sampled_from(sorted(full_read)))
    for w in _spellings(word):
        assert lexicon._tags(w) == full_read.get(w), w
        assert lexicon.is_common_word(w) == _common_by_full_read(full_read, w), w


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(min_codepoint=33, max_codepoint=0x24F, blacklist_characters=" \n"), min_size=1, max_size=12))
def test_any_string_answers_as_a_full_read(full_read, word):
    """Words before the first entry, after the last, between two, and non-ASCII ones."""
    assert lexicon._tags(word) == full_read.get(word)
    assert lexicon.is_common_word(word) == _common_by_full_read(full_read, word)


def test_reading_tolls_loads_no_lexicon():
    """Importing the toll reader reads no lexicon file: a process that never asks pays nothing."""
    code = ("import analysis.tolls, analysis.text.lexicon as L; import sys; "
            "sys.exit(L._lexicon.cache_info().currsize)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


# Arabic first names spelled with an "-ed"/"-ing" look, whose "stem" the lexicon lists only as a
# noun or adjective ("rash", "ham") or not at all ("maj", "fah"): the "-ed" is no participle (rev10t).
ARABIC_ED_NAMES = ["Rashed", "Hamed", "Majed", "Fahed", "Zayed", "Saeed", "Obeid", "Walid", "Khaled", "Hamid"]
# Words that are participles of a verb the lexicon lists, or of a prefixed one, and an adverb.
PARTICIPLES = ["Unverified", "Sprayed", "Reassessed", "Documented", "Estimated", "Monthly", "Heavily"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(ARABIC_ED_NAMES), st.sampled_from(["", "upper"]))
def test_an_arabic_name_shaped_as_a_participle_is_no_common_word(name, case):
    """"Rashed" is no form of "rash" (no verb), "Hamed" none of "ham": names, as "Ahmed" is."""
    word = name.upper() if case else name
    assert not lexicon.is_common_word(word), word


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(PARTICIPLES))
def test_a_participle_of_a_verb_is_a_common_word(word):
    assert lexicon.is_common_word(word), word
