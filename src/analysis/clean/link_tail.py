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


LOCAL_CHARS = 2_000  # the rest after a marker split here; runs further on come from one split of the line


def _story_runs(line: str) -> list[int]:
    """Where each run of STORY_RUN story sentences in a row starts in `line` (one split of the
    whole line: splitting the rest after every marker was quadratic in the line's length)."""
    spans = split_sentences(line)
    story = [_story_sentence(line[a:b]) for a, b in spans]
    return [spans[i][0] for i in range(len(spans) - STORY_RUN + 1) if all(story[i:i + STORY_RUN])]


def _story_follows(rest: str, later_run: bool) -> bool:
    """Whether the story goes on after a marker: STORY_RUN story sentences in a row (near it, or
    `later_run` further on), or everything after it is story sentences ("Related: Eight more
    people died of their wounds overnight, the monitor said." is the story's last sentence)."""
    if later_run:
        return True
    near = rest[:LOCAL_CHARS]
    flags = [_story_sentence(near[a:b]) for a, b in split_sentences(near)]
    run = 0
    for f in flags:
        run = run + 1 if f else 0
        if run >= STORY_RUN:
            return True
    return len(rest) <= LOCAL_CHARS and bool(flags) and all(flags)


def link_tail(line: str) -> re.Match | None:
    """The marker that starts a trailing link list in `line` (its .start() is where the cut
    goes), or None. The earliest marker whose rest reads as a list wins, so "Related ... Tags
    ..." goes as one tail."""
    runs = None
    for m in MARKER_RE.finditer(line):
        rest = line[m.end():]
        if rest.strip() and not HEADLINE_START_RE.match(rest):
            continue
        if runs is None:
            runs = _story_runs(line)
        if not _story_follows(rest, any(r >= m.end() + LOCAL_CHARS // 2 for r in runs)):
            return m
    return None
