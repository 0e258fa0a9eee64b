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

Public API: VERB_TAGS, is_common_word, is_finite_verb, word_tag.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .textblob_files import path

__all__ = ["VERB_TAGS", "is_common_word", "is_finite_verb", "word_tag"]

LEXICON_FILE = ("en", "en-lexicon.txt")  # inside the textblob package
PROPER_TAGS = frozenset({"NNP", "NNPS"})  # the Penn Treebank's proper nouns
# The Penn Treebank's finite verbs: past tense and present tense ("fled", "survives", "remain").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# All its verb tags: a stem with one of them can take -ed/-ing ("verify", "spray"); one tagged
# only as a noun or adjective ("rash", "ham") takes them only where the lexicon lists the form
# itself ("leaked", "planned"), so "Rashed" and "Hamed" are names, not forms of "rash", "ham".
VERB_TAGS = FINITE_TAGS | {"VB", "VBG", "VBN"}
# Prefixes that make a word of a word ("Unverified", "Nonofficial", "Semiofficial", "Reassessed"):
# a word the lexicon lacks is common when what follows one of them is.
_PREFIX_RE = re.compile(r"^(?:un|non|semi|anti|pre|post|re|over|under|counter|mis|dis|in|im|co)-?(?=[a-z]{3,})", re.I)
# Endings of participles and adverbs ("Conflicting", "Leaked", "Monthly"): a word is one when
# what stands before its ending is a word ("conflict", "leak", "month"); names end so too
# ("Beijing", "Ahmed", "Italy", "Kelly"), where what is before it is none.
_INFLECTED_RE = re.compile(r"^(?P<stem>[a-z]{3,}?)(?P<end>ing|ed|ly)$")
# A stem of one syllable ending in one vowel and one consonant doubles that consonant before
# -ed and -ing ("ham" -> "hammed", "plan" -> "planned"), so "Hamed" is no form of "ham": a name.
_DOUBLES_BEFORE_ED_RE = re.compile(r"^[^aeiouy]*[aeiou][b-df-hj-np-tvz]$")


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
    ending on a word ("Leaked", "Monthly"; not "Beijing", "Ahmed"). False for a name the lexicon
    knows only as one ("Reuters") or does not know ("Airwars")."""
    lower = word.lower()
    if _tags(lower) is not None or ((_tags(word) or PROPER_TAGS) - PROPER_TAGS) or _inflected(lower):
        return True
    stem = _PREFIX_RE.sub("", lower)
    return stem != lower and _tags(stem) is not None


def _inflected(lower: str) -> bool:
    """`lower` is a word with an adverb's ending on a word the lexicon lists ("heav(y)"+"ily"),
    or a participle's on a word it tags as a verb (VERB_TAGS), spelled as English spells it
    ("verif(y)"+"ied", "spray"+"ing"), or on a prefixed one ("unverif(y)"+"ied" is "un"+"verify")."""
    m = _INFLECTED_RE.match(lower)
    if not m:
        return False
    if m.group("end") == "ly":
        return any(_tags(f) is not None or _tags(_PREFIX_RE.sub("", f)) is not None for f in stem_forms(m))
    return any((_tags(f) or frozenset()) & VERB_TAGS or (_tags(_PREFIX_RE.sub("", f)) or frozenset()) & VERB_TAGS
               for f in stem_forms(m))


def stem_forms(m: re.Match) -> list[str]:
    """The words an _INFLECTED_RE match may be a form of, spelled as English spells them: the
    stem, or it with an "e" ("estimat(e)"), one of a doubled consonant ("plan(n)") or "y" for
    "i" ("heav(y)"); the bare stem not before -ed/-ing when it would double ("ham" is "hammed")."""
    stem, end = m.group("stem"), m.group("end")
    forms = {stem + "e"}
    if end == "ly" or not _DOUBLES_BEFORE_ED_RE.match(stem):
        forms.add(stem)
    if stem[-1] == stem[-2]:
        forms.add(stem[:-1])
    if stem.endswith("i"):
        forms.add(stem[:-1] + "y")
    return sorted(forms)


def is_finite_verb(word: str) -> bool:
    """True when the lexicon's (most likely) tag for `word` is a finite verb ("fled", "survived",
    "were", "remains"): a word that, right after a noun, makes that noun a clause's subject.
    Participles ("taken", "wounded") and nouns ("people") are not."""
    return word_tag(word) in FINITE_TAGS


def word_tag(word: str) -> str:
    """The lexicon's tag for `word` (lower case first, then as written), "" when it lacks it (the
    file gives each word one tag, its likeliest)."""
    tags = _tags(word.lower()) or _tags(word)
    return min(tags) if tags else ""
