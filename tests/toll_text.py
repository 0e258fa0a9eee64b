"""What the toll tests read from extract_tolls, and counts spelled as a writer spells them: one
home for the helpers tests/test_toll_*.py share."""

from __future__ import annotations

from analysis import tolls

UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def in_words(n: int) -> str:
    """1..99 in words, as a writer spells them ("twenty-five")."""
    if n < 20:
        return UNITS[n - 1]
    tens, unit = divmod(n, 10)
    return TENS[tens - 2] + (f"-{UNITS[unit - 1]}" if unit else "")


def values(text: str) -> list[float]:
    """Every toll's value, in text order."""
    return [c["value"] for c in tolls.extract_tolls(text)]


def claims(text: str) -> list[tuple]:
    """(value, qualifier, scope) of every toll."""
    return [(c["value"], c["qualifier"], c["scope"]) for c in tolls.extract_tolls(text)]


def rows(text: str) -> list[tuple]:
    """(value, low, high, qualifier, scope) of every toll."""
    return [(c["value"], c["low"], c["high"], c["qualifier"], c["scope"]) for c in tolls.extract_tolls(text)]


def headline(text: str) -> list[float]:
    """The headline toll's value, as a list (empty when there is none)."""
    return [c["value"] for c in tolls.extract_tolls(text) if c["is_headline"]]
