"""The publisher a text names: a dateline, a copyright line, or the site's own appeal."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text.casefold import lowered
from ..text.patterns import WEEKDAY_NAME, WORD_RE
from .lines import DATE_LIKE_RE
from ._common import COPYRIGHT_RE, _has_copyright, _tokens

__all__ = ["outlet_from_text", "outlet_from_appeal", "names_an_outlet", "guessed_outlet_is_headline", "copyright_owner"]

# A name has letters. A page's <title> often ends in the date ("... | 02.11.2021"), which
# trafilatura then offers as the site name; digits, dates and weekdays are not a publisher.
# One letter is enough: "3i" and "F1" are publishers.
_NOT_NAME_RE = re.compile(rf"{DATE_LIKE_RE.pattern}|\b(?:{WEEKDAY_NAME})\b", re.IGNORECASE)
_LETTER_RE = re.compile(r"[^\W\d_]")


def names_an_outlet(name: str | None) -> bool:
    """Whether a site-name candidate is a name at all, not a date or a number."""
    return bool(name) and _LETTER_RE.search(_NOT_NAME_RE.sub(" ", name)) is not None

# A site name guessed from the page (trafilatura's sitename, read from the <title> when no
# og:site_name is given) is sometimes the headline itself ("15 Language Learning Apps Compared -
# Personally Tested"). A site whose name is its headline (a blog's "Marcus on AI") has a short
# name; a headline is a sentence. Names of publishers in the WCXB and peer pages run to 8 words
# ("polizeiticker.ch - Meldungen und Warnungen von der Polizei"); past GUESSED_NAME_MAX_WORDS a
# guessed name is a sentence (a copyright notice, a title with the site appended).
HEADLINE_NAME_MAX_WORDS = 4
GUESSED_NAME_MAX_WORDS = 10


def guessed_outlet_is_headline(name: str, headlines: Iterable[str | None]) -> bool:
    """Whether a guessed site name is the page's headline (one of `headlines`: the chosen title;
    not an og/twitter title, which many sites set to their own name) longer than a name, or
    longer than any name."""
    n = len(WORD_RE.findall(name))
    if n > GUESSED_NAME_MAX_WORDS:
        return True
    folded = lowered(" ".join(name.split()))
    return n > HEADLINE_NAME_MAX_WORDS and any(h and lowered(" ".join(h.split())) == folded for h in headlines)


DATELINE_OUTLET_RE = re.compile(r"^(?P<outlet>[A-Z][A-Za-z]*(?:\.[A-Z]{2,4})+)\s+[-–—]\s")


def copyright_owner(line: str) -> str | None:
    """The owner a copyright line names ("Copyright © 2017 Sohu.com Inc. All Rights Reserved." ->
    "Sohu.com Inc"), when it is a name's length and capitalised; else None."""
    m = COPYRIGHT_RE.search(line)
    if not m:
        return None
    owner = m.group("owner")
    owner = re.sub(r"^(\s*(©|\(c\)|copyright)\s*)+", "", owner, flags=re.I)
    owner = re.sub(r"^\s*(19|20)\d{2}(\s*[-–]\s*(19|20)\d{2})?[\s,.]*", "", owner)
    owner = re.sub(r"\s*[-–—,]?\s*(19|20)\d{2}(\s*[-–]\s*(19|20)\d{2})?\.?\s*$", "", owner)
    # A footer's links after the name ("Charlie Hills · Privacy ∙ Terms", QA11 F6) stay in the name
    # for now: cutting them at "·"/"∙" changed the outlet the line model's title examples veto
    # (not_a_title), so the shipped ranker was no longer what scripts/train_line_model.py trains.
    owner = re.split(r"\.\s|\s[|•]\s|,?\s*all rights reserved", owner, flags=re.I)[0]
    owner = owner.strip(" .-–—,")
    n = len(WORD_RE.findall(owner))
    if not owner or n > 6 or not owner[0].isupper() and not owner[0].isdigit():
        return None
    return owner


def outlet_from_text(text: str) -> str | None:
    """The publisher when the text names it: a dateline like 'AKIPRESS.COM -' or a short
    copyright line. A dateline wins because it is in the article itself; a copyright line
    counts only with a year or 'all rights reserved', since '© AFP' alone is a photo credit."""
    lines = text.split("\n")
    for line in lines[:60]:
        m = DATELINE_OUTLET_RE.match(line.strip())
        if m:
            return m.group("outlet").lower()
    low = lowered(text)
    if not ("©" in text or "(c)" in low or "copyr" in low):  # no line can match COPYRIGHT_RE
        return None
    for line in reversed(lines):
        s = line.strip()
        if (s and _has_copyright(s, lowered(s)) and len(_tokens(s)) <= 20
                and re.search(r"\b(19|20)\d\d\b|rights reserved", s, re.IGNORECASE)):
            owner = copyright_owner(s)
            if owner:
                return owner
    return None


APPEAL_RE = re.compile(
    r"\b(?:support|subscribe to|donate to|reading|readers of)\s+(?P<name>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){1,3})"
)

APPEAL_WORDS = ("support", "subscribe to", "donate to", "reading", "readers of")


def outlet_from_appeal(chrome_lines: list[str]) -> str | None:
    """A masthead named in the site's own appeal ("Support The Example Times", "more people are
    reading Example Observer"); only looked for in lines already removed as chrome, so a paper
    quoted in the story is never taken for the publisher."""
    for line in chrome_lines:
        if not any(k in line for k in APPEAL_WORDS):  # APPEAL_RE needs one of them
            continue
        m = APPEAL_RE.search(line)
        if m:
            return m.group("name").strip(" .,'’")
    return None

