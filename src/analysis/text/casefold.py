"""Case-insensitive regex searches at case-sensitive speed, with identical results.

re.IGNORECASE makes Python's regex engine compare case-folded characters at every step, which
made it the largest cost of the toll and quotation scans. The same pattern without re.I, run
on `lowered` text, finds the same spans: after folding the four non-ASCII letters re.I equates
with ASCII ones (İ ı ſ K), str.lower() keeps every string's length, maps a character to an
ASCII letter exactly when re.I equates the two, and keeps the \\w, \\d and \\s classes (checked
for every code point by tests/test_casefold.py). Spans found in lowered text therefore index
the original text too.
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
