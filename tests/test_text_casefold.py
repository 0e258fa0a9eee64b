"""casefold: case-sensitive patterns on lowered text must find exactly what re.I finds."""

from __future__ import annotations

import re
import string
import sys

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text.casefold import FoldedText, Pattern, lower_twin, lowered


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


_FOLD_PATTERNS = [Pattern(p, re.I) for p in (r"\b(?P<w>kill\w*)", r"\bkill(?:ed|s)?\b", r"(?P<n>\d+)\s+dead", r"\bsaid\b|according\s+to",
                                             r"\bin\s+(?:[A-Z][a-z]+\s+)?(?P<y>\d{4})", r"\s+$")]
_FOLD_TEXT = st.lists(st.sampled_from(list("kilLEDsaId ДΣς0123\n") + ["İ", "ı", "ſ", "\u212a", "KILLED", "dead", "in ", "March"]),
                      max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(_FOLD_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_folded_text_searches_as_the_readable_pattern(text, a, b):
    """FoldedText runs the twin, but hands back what the readable re.I pattern finds on the
    text itself (spans and groups), for the whole text and for any slice of it."""
    folded = FoldedText(text)
    for part, plain in ((folded, text), (folded[a:b], text[a:b])):
        assert part.text == plain
        for p in _FOLD_PATTERNS:
            assert [(m.span(), m.groups()) for m in part.finditer(p)] == [(m.span(), m.groups()) for m in p.readable.finditer(plain)]
            got, want = part.search(p), p.readable.search(plain)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
    for w in ("kill", "dead"):
        m = re.search(w, text, re.I)
        assert folded.find(w) == (m.start() if m else -1)


def test_pattern_reads_as_its_readable_re_i_pattern():
    p = Pattern(r"\bsaid\b", re.I)
    assert p.search("He SAID so").span() == (3, 7) and p.flags & re.I and p.pattern == r"\bsaid\b"
    assert not p.twin.flags & re.I
    with pytest.raises(ValueError, match="upper-case"):
        Pattern(r"Syria", re.I)
