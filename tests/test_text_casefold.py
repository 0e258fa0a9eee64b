"""casefold: case-sensitive patterns on lowered text must find exactly what re.I finds."""

from __future__ import annotations

import re
import string
import sys

import pytest

from analysis.text.casefold import lower_twin, lowered


def test_lowered_text_matches_as_ignorecase_would():
    """Exact only if, for every code point, lowering keeps the length, maps to an ASCII
    letter exactly when re.I equates the two, and keeps the \\w, \\d and \\s classes (and
    [A-Z] under re.I is [a-z] after lowering)."""
    classes = [re.compile(r"\w"), re.compile(r"\d"), re.compile(r"\s")]
    ascii_i = re.compile("[a-z]", re.IGNORECASE)
    upper_class_i, lower_class = re.compile("[A-Z]", re.IGNORECASE), re.compile("[a-z]")  # lower_twin's rewrite
    wrong = []
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        low = lowered(c)
        if len(low) != 1:
            wrong.append((hex(cp), "length"))
            continue
        letter = next((L for L in string.ascii_lowercase if re.fullmatch(L, c, re.I)), None) if ascii_i.fullmatch(c) else None
        if letter != (low if low in string.ascii_lowercase else None):
            wrong.append((hex(cp), "letter"))
        if any(bool(rx.fullmatch(c)) != bool(rx.fullmatch(low)) for rx in classes):
            wrong.append((hex(cp), "class"))
        if bool(upper_class_i.fullmatch(c)) != bool(lower_class.fullmatch(low)):
            wrong.append((hex(cp), "[A-Z]"))
    assert wrong == []


def test_lowered_keeps_length_of_mixed_text():
    text = "İstanbul ſome KELVIN \u212a Σίσυφος ΣΑΣ said"
    assert len(lowered(text)) == len(text)
    assert lowered(text).startswith("istanbul some kelvin k")


@pytest.mark.parametrize("pattern", [
    r"\bkill(?:ed|s)?\b", r"(?P<n>\d+)\s+dead", r"\bsaid\b|according\s+to", r"\bin\s+(?:[A-Z][a-z]+\s+)?(?P<y>\d{4})",
])
def test_lower_twin_finds_the_same_spans(pattern):
    rx = re.compile(pattern, re.IGNORECASE)
    text = "KILLED 12 Dead; Said İT, ſaid he, Kİlled 3 DEAD, according TO them, kills, in March 2011, in İzmır 2012"
    assert [m.span() for m in lower_twin(rx).finditer(lowered(text))] == [m.span() for m in rx.finditer(text)]


def test_lower_twin_refuses_upper_case_patterns():
    with pytest.raises(ValueError, match="upper-case"):
        lower_twin(re.compile(r"(?-i:[a-z])\w+", re.IGNORECASE))
    with pytest.raises(ValueError, match="upper-case"):
        lower_twin(re.compile(r"Syria", re.IGNORECASE))
    assert lower_twin(re.compile(r"(?P<src>\S+)\s+said", re.I)).flags & re.IGNORECASE == 0
