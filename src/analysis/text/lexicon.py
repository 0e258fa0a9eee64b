"""Which words English uses as common words: the Brill tagger's lexicon that TextBlob ships.

A capitalised word that opens a sentence may be a name ("Airwars figures show") or any word
("Unofficial estimates put", "The figures show"); its case cannot tell. The lexicon can: it
lists 94,000 words of the Brown corpus and the Penn Treebank with the parts of speech they were
tagged with, common words in lower case, names capitalised as proper nouns (NNP, NNPS). It comes
with textblob (a pinned dependency; its en/en-lexicon.txt in every version we support), read
from its file without importing textblob (which imports NLTK and SciPy).

Public API: is_common_word, is_finite_verb, word_tag.
"""

from __future__ import annotations

import importlib.util
import re
import threading
from functools import lru_cache
from pathlib import Path

__all__ = ["is_common_word", "is_finite_verb", "word_tag"]

LEXICON_FILE = ("en", "en-lexicon.txt")  # inside the textblob package
PROPER_TAGS = frozenset({"NNP", "NNPS"})  # the Penn Treebank's proper nouns
# The Penn Treebank's finite verbs: past tense and present tense ("fled", "survives", "remain").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Prefixes that make a word of a word ("Unverified", "Nonofficial", "Semiofficial", "Reassessed"):
# a word the lexicon lacks is common when what follows one of them is.
_PREFIX_RE = re.compile(r"^(?:un|non|semi|anti|pre|post|re|over|under|counter|mis|dis|in|im|co)-?(?=[a-z]{3,})", re.I)
# Endings of participles and adverbs ("Conflicting", "Leaked", "Monthly"): a word is one when
# what stands before its ending is a word ("conflict", "leak", "month"); names end so too
# ("Beijing", "Ahmed", "Italy", "Kelly"), where what is before it is none.
_INFLECTED_RE = re.compile(r"^(?P<stem>[a-z]{3,}?)(?:ing|ed|ly)$")
_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _load() -> dict[str, frozenset[str]]:
    root = Path(importlib.util.find_spec("textblob").submodule_search_locations[0])
    tags: dict[str, frozenset[str]] = {}
    with open(root.joinpath(*LEXICON_FILE), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(";;;"):
                continue
            word, *pos = line.split()
            if pos:
                tags[word] = frozenset(pos)
    return tags


def _tags() -> dict[str, frozenset[str]]:
    """The lexicon, word -> its tags, loaded once per process whichever thread asks first."""
    with _LOCK:
        return _load()


def is_common_word(word: str) -> bool:
    """True when English uses `word` as a common word, not only as a name: the lexicon has it in
    lower case, or capitalised with a tag other than a proper noun's ("Unofficial", "Western",
    "The"), or it is a prefix on such a word ("Unverified") or has a participle's or adverb's
    ending on a word ("Leaked", "Monthly"; not "Beijing", "Ahmed"). False for a name the lexicon
    knows only as one ("Reuters") or does not know ("Airwars")."""
    tags = _tags()
    lower = word.lower()
    if lower in tags or (tags.get(word, PROPER_TAGS) - PROPER_TAGS) or _inflected(lower, tags):
        return True
    stem = _PREFIX_RE.sub("", lower)
    return stem != lower and stem in tags


def _inflected(lower: str, tags: dict[str, frozenset[str]]) -> bool:
    """`lower` is a word with a participle's or adverb's ending on a word the lexicon lists,
    spelled as English spells it ("leak"+"ed", "estimat(e)"+"ed", "plan(n)"+"ed",
    "heav(y)"+"ily"), or on a prefixed one ("unverif(y)"+"ied" is "un"+"verify")."""
    m = _INFLECTED_RE.match(lower)
    if not m:
        return False
    stem = m.group("stem")
    forms = {stem, stem + "e"}
    if stem[-1] == stem[-2]:
        forms.add(stem[:-1])
    if stem.endswith("i"):
        forms.add(stem[:-1] + "y")
    return any(f in tags or _PREFIX_RE.sub("", f) in tags for f in forms)


def is_finite_verb(word: str) -> bool:
    """True when the lexicon's (most likely) tag for `word` is a finite verb ("fled", "survived",
    "were", "remains"): a word that, right after a noun, makes that noun a clause's subject.
    Participles ("taken", "wounded") and nouns ("people") are not."""
    return word_tag(word) in FINITE_TAGS


def word_tag(word: str) -> str:
    """The lexicon's tag for `word` (lower case first, then as written), "" when it lacks it."""
    tags = _tags()
    return next(iter(tags.get(word.lower()) or tags.get(word) or {""}))
