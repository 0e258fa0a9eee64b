"""A numbered or bulleted box of other stories' headlines ("Most read", "Top stories", "Trending
now") in a plain-text scrape (QA11 F16). The line model judges each line by itself: an unmarked
headline under such a heading scores as chrome, but "1. Earthquake kills 120 in Iran" is short,
capitalised and numbered like a story's own list, and stayed in the body, so its toll became
the article's. Here the heading decides: the run of numbered or bulleted items that follows it
is the box, whatever their score; the first unmarked line after an item ends it.

Only a box heading opens a box: a story's own list ("The demands were:" and numbered points)
has no such heading and is left to the model."""

from __future__ import annotations

import re

from ._common import _ends_sentence

__all__ = ["BOX_HEADING_RE", "LIST_BOX_REASON", "list_box_lines"]

LIST_BOX_REASON = "a list of other stories (under a box heading)"
# Headings of the boxes news sites put around a story; a heading is a line of its own, so the
# whole line must match (a sentence that mentions "top stories" is not one).
BOX_HEADING_RE = re.compile(
    r"^(?:(?:the\s+)?most\s+(?:read|popular|viewed|shared|watched|commented|emailed|recent)"
    r"|top\s+(?:stories|news|headlines|articles|reads|picks)|trending(?:\s+(?:now|stories|news|today))?"
    r"|popular(?:\s+(?:now|stories|articles|today|on\s+\S+(?:\s+\S+)?))?|editor'?s'?\s+picks?"
    r"|recommended(?:\s+(?:for\s+you|stories|reading))?|you\s+may\s+(?:also\s+)?like|don'?t\s+miss"
    r"|in\s+case\s+you\s+missed\s+it|more\s+(?:stories|news|headlines)(?:\s+from\s+\S+(?:\s+\S+)?)?"
    r"|latest\s+(?:news|stories|headlines)|what'?s\s+(?:hot|popular|trending))"
    r"\s*(?:(?:this|last|past)\s+(?:week|month|24\s+hours)|today|now)?\s*[:.\-–—]?$",
    re.IGNORECASE,
)
# An unmarked line between the heading and the first item (a "Sponsored" tag, a "This week"
# line) is passed over when the model already left it out of the body and it is short and
# has no sentence end; anything else (a kept line, a paragraph) ends the box.
HEADLINE_MAX_TOKENS = 20


def _passed_over(line, kept: bool) -> bool:
    return not kept and len(line.tokens) <= HEADLINE_MAX_TOKENS and not _ends_sentence(line.content)


def list_box_lines(lines: list, keep: list[bool]) -> list[int]:
    """Indexes of the numbered or bulleted items under each box heading in `lines`
    (clean.lines._Line records; `keep` is the model's verdict per line). Only the items are
    returned: the heading and unmarked lines are what the model already scores as chrome."""
    out: list[int] = []
    for i, ln in enumerate(lines):
        if not BOX_HEADING_RE.match(ln.content.strip()):
            continue
        items: list[int] = []
        for j in range(i + 1, len(lines)):
            item = lines[j]
            if item.bullet or item.numbered:
                items.append(j)
            elif items or not _passed_over(item, keep[j]):  # the items are one run
                break
        out += items
    return sorted(set(out))
