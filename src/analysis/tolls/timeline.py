"""Reported death tolls, the tables behind the charts: the cumulative timeline (and the claims
that go backwards on it), monthly incident totals and undated claims, from death_tolls rows.

Public API: cumulative_timeline, backwards_claims, monthly_incident_totals, undated_claims,
marker_kind, LOWER_BOUND_QUALIFIERS, ESTIMATE_QUALIFIERS.
"""

from __future__ import annotations

import pandas as pd

from ..schema import UNKNOWN_OUTLET

__all__ = [
    "cumulative_timeline", "backwards_claims", "monthly_incident_totals", "undated_claims", "marker_kind",
    "LOWER_BOUND_QUALIFIERS", "ESTIMATE_QUALIFIERS",
]

LOWER_BOUND_QUALIFIERS = ("more_than", "at_least")
ESTIMATE_QUALIFIERS = ("about", "nearly", "up_to", "range")


def marker_kind(qualifier: str) -> str:
    """How a chart draws a claim: a lower bound, an estimate, or an exact count."""
    if qualifier in LOWER_BOUND_QUALIFIERS:
        return "lower bound"
    if qualifier in ESTIMATE_QUALIFIERS:
        return "estimate"
    return "exact"


def _dated(tolls: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(tolls["published"], errors="coerce")


def undated_claims(tolls: pd.DataFrame) -> pd.DataFrame:
    """Claims whose article has no publication date: listed, because charts cannot place them."""
    return tolls[_dated(tolls).isna()].reset_index(drop=True)


def cumulative_timeline(tolls: pd.DataFrame) -> pd.DataFrame:
    """Dated cumulative claims in publication order, with the running maximum of lower
    bounds up to and including each date (what the record allowed a reader to know)."""
    cum = tolls[tolls["scope"] == "cumulative"].assign(date=_dated(tolls))
    cum = cum[cum["date"].notna()].sort_values(["date", "article_id", "start"], kind="stable")
    cum = cum.assign(marker=cum["qualifier"].map(marker_kind))
    cum["running_max_low"] = cum["date"].map(_running_max_low(cum))
    return cum.reset_index(drop=True)


def _running_max_low(cum: pd.DataFrame, shift: int = 0) -> pd.Series:
    """Highest lower bound (from lower-bound and exact claims; an estimate's +-10% is a
    convention, not a bound the article states) published up to each date."""
    bounds = cum["low"].where(cum["marker"].isin(["lower bound", "exact"]))
    per_date = bounds.groupby(cum["date"]).max().cummax().ffill()
    return per_date.shift(shift) if shift else per_date


def backwards_claims(tolls: pd.DataFrame) -> pd.DataFrame:
    """Cumulative claims below the highest lower bound published on an earlier date, with why:
    a lower upper bound contradicts the record; a lower estimate or lower bound is stale."""
    cum = cumulative_timeline(tolls)
    if cum.empty:
        return cum.assign(earlier_max_low=pd.Series(dtype="float64"), reason=pd.Series(dtype="object"))
    cum["earlier_max_low"] = cum["date"].map(_running_max_low(cum, shift=1))
    back = cum[cum["earlier_max_low"].notna() & (cum["value"] < cum["earlier_max_low"])].copy()
    back["reason"] = [
        "upper bound below an earlier lower bound" if pd.notna(h) and h < e
        else f"{marker_kind(q)} below an earlier lower bound"
        for h, e, q in zip(back["high"], back["earlier_max_low"], back["qualifier"])
    ]
    return back.reset_index(drop=True)


def monthly_incident_totals(tolls: pd.DataFrame) -> pd.DataFrame:
    """Sum of headline tolls by publication month and outlet (one headline per article, so an
    event is counted once per article that reports it)."""
    head = tolls[tolls["is_headline"].astype(bool)].assign(date=_dated(tolls))
    head = head[head["date"].notna()]
    out = head.assign(
        month=head["date"].dt.to_period("M").dt.to_timestamp(),
        outlet=head["outlet"].fillna(UNKNOWN_OUTLET),
    )
    out = out.groupby(["month", "outlet"], as_index=False).agg(total=("value", "sum"), n_articles=("article_id", "nunique"))
    return out.sort_values(["month", "outlet"], kind="stable").reset_index(drop=True)
