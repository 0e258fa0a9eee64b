"""Patterns more than one stage reads text with; one home each.

Public API: WORD_RE, MONTH_NAMES, MONTH_NAME, MONTH_ABBR, MONTH_FULL, WEEKDAY_NAME.
"""

from __future__ import annotations

import re

__all__ = ["WORD_RE", "MONTH_NAMES", "MONTH_NAME", "MONTH_ABBR", "MONTH_FULL", "WEEKDAY_NAME"]

WORD_RE = re.compile(r"\w+")  # a word token: a maximal run of word characters (Unicode, as str patterns are)

# Month names as English news writes them, by month (short forms first): dates read them into
# numbers, the headline veto strips them from date stamps.
MONTH_NAMES = (
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december"),
)
# Any of them, lowercase, as one regex alternative (longest first, so a match takes the whole word).
MONTH_NAME = "|".join(sorted((n for names in MONTH_NAMES for n in names), key=lambda n: (-len(n), n)))
# The three-letter stems (jan|feb|...|dec; patterns add [a-z]* to take "sept" or "january") and
# the full names alone (january|...|december), in calendar order.
MONTH_ABBR = "|".join(names[0] for names in MONTH_NAMES)
MONTH_FULL = "|".join(names[-1] for names in MONTH_NAMES)
# Weekday names and their short forms (mon, tue, tues, thu, thur, thurs ...), lowercase.
WEEKDAY_NAME = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
