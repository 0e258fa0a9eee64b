"""Counts in words: '1 article', '3 articles', never '1 articles' or 'article(s)'.

One home for the plural of every count the notebooks, the index and the messages print.
Public API: counted, agreeing, plural, Worded; one_line (an error said in one line).
"""

from __future__ import annotations

import re

__all__ = ["agreeing", "counted", "one_line", "plural", "Worded"]

_MAYBE_S = re.compile(r"\(s\)")
# the first plural word: "-es" after ss/sh/ch/x/z ("processes", "matches", "boxes"), else "-s"
# after a letter other than s ("articles"; not "process")
_FIRST_PLURAL = re.compile(r"\b(\w*?(?:ss|sh|ch|x|z))es\b|\b(\w*[^\Ws])s\b")


class Worded(str):
    """A plural phrase that carries its singular, for phrases no rule can turn: a verb agrees
    with the count ('records repeat an earlier record' -> 'record repeats ...')."""

    singular: str

    def __new__(cls, plural: str, singular: str) -> "Worded":
        phrase = super().__new__(cls, plural)
        phrase.singular = singular
        return phrase


def counted(n: int, phrase: str) -> str:
    """`n` and `phrase`, written in the plural ('articles with a warning', 'pair(s) of outlets'),
    in the singular when n is 1: a `Worded` phrase's own singular, or the '(s)' marks go, or else
    the first word ending in s loses it ('kinds of input status' -> 'kind of input status')."""
    return f"{n:,} {agreeing(n, phrase)}"


def agreeing(n: int, phrase: str) -> str:
    """`phrase` as counted() writes it after the count `n`, without the count: for words that
    follow a count said elsewhere ('input not read' for a caption's one row)."""
    if n != 1:
        return _MAYBE_S.sub("s", phrase)
    if isinstance(phrase, Worded):
        return phrase.singular
    if _MAYBE_S.search(phrase):
        return _MAYBE_S.sub("", phrase)
    return _FIRST_PLURAL.sub(lambda m: m.group(1) or m.group(2), phrase, count=1)


def plural(n: int, word: str) -> str:
    """'1 article', '2 articles': `word` in the singular."""
    return f"{n:,} {word}" + ("" if n == 1 else "s")


# An error's message said within one console or index line: long enough for a path and its reason.
ONE_LINE_LIMIT = 200


def one_line(exc: BaseException, limit: int = ONE_LINE_LIMIT) -> str:
    """'TypeError: message' on one line, cut at `limit` characters (with '...'): the messages and
    the index quote an error without its traceback. One home for the pipeline and the index."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:limit]}{'...' if len(text) > limit else ''}"
