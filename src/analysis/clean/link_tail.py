"""A link list run into the story's last line ("... the monitor said. Related Kobani in Ruins
Airstrikes Kill 36 Civilians Watchdog Tags airstrikes Syria"): corpus exports that flatten
each article to one line (FA-KES) keep the page's "Related" / "Read also" / "Tags" box there,
and its headlines would be read as the article's own tolls. The line model cannot see it (it
judges whole lines), so the tail is found here and cut as boilerplate.

A marker only starts a tail when what follows it reads as headlines and chrome, never as the
story: it opens with a capital, a digit or a quote (not "related to ..." in prose), and no two
story sentences follow it in a row (a "Tags" box above the story, or a "Read also" link in its
middle, is followed by the story itself and is left alone)."""

from __future__ import annotations

import re

from ..text.sentences import split_sentences
from ._common import _has_copyright, _tokens
from .language import STOPWORDS_EN

__all__ = ["link_tail", "LINK_TAIL_REASON"]

LINK_TAIL_REASON = "link list after the story"
# Capitalised as a box heading: "tags" or "related" inside a sentence is lower case.
MARKER_RE = re.compile(
    r"(?<![\w'’-])(?:Related(?: News| Articles| Stories| Coverage| Content| Posts| Links)?|RELATED(?: NEWS)?"
    r"|Read [Aa]lso|Read [Mm]ore|READ (?:ALSO|MORE)|Also [Rr]ead|See [Aa]lso|More [Oo]n [Tt]his [Ss]tory"
    r"|Tags|TAGS|Tagged)\b:?"
)
HEADLINE_START_RE = re.compile(r"\s*[\"'“‘(]?[A-Z0-9]")
# A story sentence: this many words or more, ends in a full stop, and reads as prose (function
# words). Chrome sentences after a box ("We won't spam you", "Follow us") speak to the reader.
STORY_MIN_TOKENS = 8
STORY_MIN_STOP_SHARE = 0.25
STORY_RUN = 2  # consecutive story sentences that mean the story goes on after the marker
READER_WORDS = frozenset({"we", "us", "our", "you", "your"})


def _story_sentence(sentence: str) -> bool:
    toks = _tokens(sentence)
    if len(toks) < STORY_MIN_TOKENS or not sentence.rstrip("\"'”’)] ").endswith("."):
        return False
    low = [t.lower() for t in toks]
    if READER_WORDS.intersection(low) or _has_copyright(sentence, sentence.lower()):
        return False
    return sum(t in STOPWORDS_EN for t in low) >= STORY_MIN_STOP_SHARE * len(low)


def _story_follows(rest: str) -> bool:
    run = 0
    for a, b in split_sentences(rest):
        run = run + 1 if _story_sentence(rest[a:b]) else 0
        if run >= STORY_RUN:
            return True
    return False


def link_tail(line: str) -> re.Match | None:
    """The marker that starts a trailing link list in `line` (its .start() is where the cut
    goes), or None. The earliest marker whose rest reads as a list wins, so "Related ... Tags
    ..." goes as one tail."""
    for m in MARKER_RE.finditer(line):
        rest = line[m.end():]
        if rest.strip() and not HEADLINE_START_RE.match(rest):
            continue
        if not _story_follows(rest):
            return m
    return None
