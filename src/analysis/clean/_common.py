"""String helpers shared by the cleaning modules: WORD_RE tokens, character counts and the
copyright and address gates, each exact (tests compare them with their definitions) and fast
on ASCII text, since they run on every line of every page."""

from __future__ import annotations

import operator
import re

from ..text.patterns import WORD_RE

SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)\]]*$")
COPYRIGHT_RE = re.compile(r"(©|\(c\)|copyright\b)\s*(?P<owner>[^\n]*)", re.IGNORECASE)
URL_EMAIL_RE = re.compile(r"https?://|www\.|\S@\S|\.com\b", re.IGNORECASE)


# ASCII bytes per str class: for an ASCII character the str predicate and membership here agree
# (built from the str methods themselves), so counts and tokens made from bytes are exact.
_ASCII_WORD = bytes(c for c in range(128) if chr(c).isalnum() or chr(c) == "_")  # what \w matches
_ASCII_ALNUM = bytes(c for c in range(128) if chr(c).isalnum())
_ASCII_SPACE = bytes(c for c in range(128) if chr(c).isspace())
_ASCII_DIGIT = bytes(c for c in range(128) if chr(c).isdigit())
_NON_WORD_TO_SPACE = bytes(c if c in _ASCII_WORD else 32 for c in range(256))
NON_ASCII_RE = re.compile("[^\x00-\x7f]+")
_FIRST = operator.itemgetter(0)


def _tokens(text: str) -> list[str]:
    """WORD_RE.findall(text). On ASCII text the same maximal runs of word characters come
    faster from bytes: every non-word byte becomes a space, then split."""
    if not text.isascii():
        return WORD_RE.findall(text)
    return text.encode("ascii").translate(_NON_WORD_TO_SPACE).decode("ascii").split()


word_tokens = _tokens  # the public name: articles.article_record counts a body's words with it


def _char_counts(s: str) -> tuple[int, int, int]:
    """(alphanumeric, whitespace, digit) characters: the sums of str.isalnum / isspace /
    isdigit over s, counted on the ASCII bytes by deletion and per character only for the rest."""
    b = s.encode("ascii", "ignore")  # the ASCII characters only
    n = len(b)
    alnum = n - len(b.translate(None, _ASCII_ALNUM))
    space = n - len(b.translate(None, _ASCII_SPACE))
    digit = n - len(b.translate(None, _ASCII_DIGIT))
    if n < len(s):
        rest = "".join(NON_ASCII_RE.findall(s))
        alnum += sum(map(str.isalnum, rest))
        space += sum(map(str.isspace, rest))
        digit += sum(map(str.isdigit, rest))
    return alnum, space, digit


def _char_class(c: int) -> int:
    """A byte naming the str class of character c, for _char_stats."""
    ch = chr(c)
    if ch.isdigit():
        return ord("d")
    if ch.isupper():
        return ord("u")
    if ch.isalnum():
        return ord("l")  # other letters
    if ch == "_":
        return ord("w")  # a word character that is not alphanumeric
    return ord("s") if ch.isspace() else ord("p")


_ASCII_CLASS = bytes(_char_class(c) for c in range(128)) + b"?" * 128


def _char_stats(s: str, tokens: list[str]) -> tuple[int, int, int, int]:
    """_char_counts(s) and the number of tokens (WORD_RE.findall(s)) starting with an uppercase
    character. On ASCII text one byte per character names its class: a token starts where a
    word class (d u l w) follows a non-word one (s p) or the start of the text."""
    if not s.isascii():
        return (*_char_counts(s), sum(map(str.isupper, map(_FIRST, tokens))))
    t = s.encode("ascii").translate(_ASCII_CLASS)
    digit, upper, space = t.count(b"d"), t.count(b"u"), t.count(b"s")
    initials = t.count(b"su") + t.count(b"pu") + t.startswith(b"u")
    return digit + upper + t.count(b"l"), space, digit, initials


def _ends_sentence(content: str) -> bool:
    """bool(SENTENCE_END_RE.search(content)) for a line without a newline: the last character
    before any closing quotes or brackets is sentence punctuation."""
    return content.rstrip("\"'”’)]").endswith((".", "!", "?"))


# Gates: each pattern below cannot match unless its gate string is in the text (or, for
# letters, in the text lowered as re.IGNORECASE sees it: casefold.lowered), so skipping the
# regex when the gate fails gives the same answer.
def _has_copyright(s: str, low: str) -> bool:
    return ("©" in s or "(c)" in low or "copyr" in low) and COPYRIGHT_RE.search(s) is not None


def _has_url_email(s: str, low: str) -> bool:
    return ("://" in s or "@" in s or "www." in low or ".com" in low) and URL_EMAIL_RE.search(s) is not None

