"""Patterns more than one stage reads text with; one home each.

Public API: WORD_RE.
"""

from __future__ import annotations

import re

__all__ = ["WORD_RE"]

WORD_RE = re.compile(r"\w+")  # a word token: a maximal run of word characters (Unicode, as str patterns are)
