"""How many cumulative death-toll claims of each kind are dated (on the war-total chart) and how
many are not: one home for the counts the chart's titles and the index's Death tolls section
give, so the two agree (QA9 S1: the index said "1,804 give the war's total", the chart "1,704
dated claims; 120 undated not shown", where the 120 were every kind of cumulative claim)."""

from __future__ import annotations

import pandas as pd

from .words import Worded, agreeing


def dated_and_undated(cum: pd.DataFrame, kind: str) -> tuple[int, int]:
    """(dated, undated) claims of `kind` among classify_cumulative's rows (its `date`, `claim_kind`)."""
    mine = cum["claim_kind"] == kind
    dated = int((mine & cum["date"].notna()).sum())
    return dated, int(mine.sum()) - dated


def undated_words(undated: int) -> str:
    """'; 3 undated not shown (notebook 02 lists them)', or '' when every claim has a date."""
    if not undated:
        return ""
    return f"; {undated:,} undated not shown (notebook 02 lists {agreeing(undated, Worded('them', 'it'))})"
