"""Case-insensitive regex searches at case-sensitive speed, with identical results.

re.IGNORECASE makes Python's regex engine compare case-folded characters at every step, which
made it the largest cost of the toll and quotation scans. The same pattern without re.I, run
on `lowered` text, finds the same spans: after folding the four non-ASCII letters re.I equates
with ASCII ones (İ ı ſ K), str.lower() keeps every string's length, maps a character to an
ASCII letter exactly when re.I equates the two, and keeps the \\w, \\d and \\s classes (checked
for every code point by tests/test_casefold.py). Spans found in lowered text therefore index
the original text too.

Call sites see two names: a `Pattern` (a readable re.I pattern; its twin is derived here) and a
`FoldedText` (a text lowered once) whose search/finditer run the twin and return matches on the
text itself.
"""

from __future__ import annotations

import re

_IGNORECASE_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_FOLDED_RE = re.compile("[\u0130\u0131\u017f\u212a]")


def lowered(text: str) -> str:
    """Text as a case-sensitive pattern of lower-case ASCII letters should see it under re.I.
    Same length, so a slice of a lowered body is the lowered slice (up to Greek final sigma,
    which no ASCII pattern tells from sigma)."""
    if _FOLDED_RE.search(text):  # rare; str.translate costs a dict lookup per character
        text = text.translate(_IGNORECASE_FOLD)
    return text.lower()


def lower_twin(rx: re.Pattern) -> re.Pattern:
    """The same re.I pattern without re.I, to run on `lowered` text. Under re.I the class
    [A-Z] is any character that folds to an ASCII letter, which is [a-z] in lowered text.
    Refused when other upper-case letters remain (outside escapes and group names: lowered
    text never holds them) or a part of the pattern turns re.I off ("(?-i:")."""
    pattern = rx.pattern.replace("[A-Z]", "[a-z]") if rx.flags & re.IGNORECASE else rx.pattern
    if "(?-i" in pattern or re.search(r"[A-Z]", re.sub(r"\\.|\(\?P[<=]", "", pattern)):
        raise ValueError(f"{rx.pattern[:60]!r} has upper-case letters: it cannot run on lowered text")
    return re.compile(pattern, rx.flags & ~re.IGNORECASE)


class Pattern:
    """A readable re.I pattern and its twin for lowered text, derived once, here. Call sites
    hold the readable pattern (`.readable`) and search a `FoldedText` with it; only FoldedText
    runs the twin."""

    __slots__ = ("readable", "twin")

    def __init__(self, pattern: str | re.Pattern, flags: int = 0):
        self.readable = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags)
        self.twin = lower_twin(self.readable)

    def __getattr__(self, name: str):
        """Everything else (search, finditer, match, pattern, flags) is the readable pattern's:
        run directly on a plain string, it is the re.I pattern it reads as."""
        return getattr(self.readable, name)

    def __repr__(self) -> str:
        return f"Pattern({self.readable!r})"


class FoldedText:
    """A text and its `lowered` twin, lowered once. `search`/`finditer` run a Pattern's twin on
    the lowered text and return matches on the text itself (same spans: see the module
    docstring); a slice of a FoldedText is the slice of both, so a sentence or window reuses
    its body's lowering. Should the two ever differ in length, the readable pattern runs on
    the text instead."""

    __slots__ = ("text", "lower", "_exact")

    def __init__(self, text: str, lower: str | None = None):
        self.text = text
        self.lower = lowered(text) if lower is None else lower
        self._exact = len(self.lower) == len(text)

    def __getitem__(self, span: slice) -> FoldedText:
        return FoldedText(self.text[span], self.lower[span])

    def __len__(self) -> int:
        return len(self.text)

    def search(self, pattern: Pattern) -> re.Match | None:
        """pattern.readable.search(self.text), found on the lowered text."""
        if not self._exact:
            return pattern.readable.search(self.text)
        m = pattern.twin.search(self.lower)
        return None if m is None else pattern.readable.match(self.text, m.start())

    def finditer(self, pattern: Pattern, pos: int = 0, endpos: int | None = None) -> list[re.Match]:
        """list(pattern.readable.finditer(self.text, pos, endpos)), found on the lowered text."""
        endpos = len(self.text) if endpos is None else endpos
        if not self._exact:
            return list(pattern.readable.finditer(self.text, pos, endpos))
        return [pattern.readable.match(self.text, m.start(), endpos) for m in pattern.twin.finditer(self.lower, pos, endpos)]

    def find(self, word: str, start: int = 0, end: int | None = None) -> int:
        """Start of the first case-insensitive occurrence of a lower-case `word` in
        [start, end) (str.find on the lowered text), -1 if none."""
        return self.lower.find(word, start, len(self.lower) if end is None else end)
