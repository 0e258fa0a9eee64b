"""Which words English uses as common words: the Brill tagger's lexicon that TextBlob ships.

A capitalised word that opens a sentence may be a name ("Airwars figures show") or any word
("Unofficial estimates put", "The figures show"); its case cannot tell. The lexicon can: it
lists 94,000 words of the Brown corpus and the Penn Treebank with the parts of speech they were
tagged with, common words in lower case, names capitalised as proper nouns (NNP, NNPS). It comes
with textblob (a pinned dependency; its en/en-lexicon.txt in every version we support), read
from its file (text.textblob_files) without importing textblob (which imports NLTK and SciPy).

The file is kept as its 1.2 MB of bytes and searched by bisection (its entries are sorted by
their bytes), read on the first question: a process that never asks pays nothing, one that asks
pays 1.2 MB and a millisecond or two, not the 32 MiB and 0.33 s of a dict of all its words' tags
(about 20 microseconds a question instead of one dict lookup; questions are few: one-word
openers of a counter).

Public API: is_common_word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .textblob_files import path

__all__ = ["is_common_word"]

LEXICON_FILE = ("en", "en-lexicon.txt")  # inside the textblob package
PROPER_TAGS = frozenset({"NNP", "NNPS"})  # the Penn Treebank's proper nouns
_COMMENT = b";;;"  # the file's header lines
# Prefixes that make a word of a word ("Unverified", "Nonofficial", "Semiofficial", "Reassessed"):
# a word the lexicon lacks is common when what follows one of them is.
_PREFIX_RE = re.compile(r"^(?:un|non|semi|anti|pre|post|re|over|under|counter|mis|dis|in|im|co)-?(?=[a-z]{3,})", re.I)
# Shapes of participles and adverbs ("Conflicting", "Leaked", "Monthly"): never a one-word name.
_INFLECTED_RE = re.compile(r"^[A-Za-z]{2,}(?:ing|ed|ly)$")


_HEADER_RE = re.compile(rb"(?:;;;[^\n]*\n)*")  # the file's comment lines, at its top
_KEY_RE = re.compile(rb"[^ \n]*")  # a line's word


@lru_cache(maxsize=1)
def _lexicon() -> bytes:
    """The file's entry lines ("word TAG TAG ...", sorted by their bytes), each ending in a
    newline. Loaded once per process (two threads asking first may both read it; the copies are
    equal and one is kept)."""
    raw = path(*LEXICON_FILE).read_bytes()
    return raw[_HEADER_RE.match(raw).end():].rstrip(b"\n") + b"\n"


def _tags(word: str) -> frozenset[str] | None:
    """The tags the lexicon gives `word` exactly as spelled, or None when it does not list it:
    a bisection over the lines, by byte position (lo is always a line's start)."""
    data, key = _lexicon(), word.encode("utf-8")
    lo, hi = 0, len(data)
    while lo < hi:
        start = data.rfind(b"\n", 0, (lo + hi) // 2) + 1  # the line around the middle: lo <= start < hi
        if _KEY_RE.match(data, start).group() < key:
            lo = data.index(b"\n", start) + 1
        else:
            hi = start
    if lo == len(data):
        return None
    line = data[lo:data.index(b"\n", lo)].decode("utf-8").split()
    return frozenset(line[1:]) if line and line[0] == word else None


def is_common_word(word: str) -> bool:
    """True when English uses `word` as a common word, not only as a name: the lexicon has it in
    lower case, or capitalised with a tag other than a proper noun's ("Unofficial", "Western",
    "The"), or it is a prefix on such a word ("Unverified") or has a participle's or adverb's
    ending ("Leaked", "Monthly"). False for a name the lexicon knows only as one ("Reuters") or
    does not know ("Airwars")."""
    lower = word.lower()
    if _tags(lower) is not None or ((_tags(word) or PROPER_TAGS) - PROPER_TAGS) or _INFLECTED_RE.match(word):
        return True
    stem = _PREFIX_RE.sub("", lower)
    return stem != lower and _tags(stem) is not None
