"""Stage 2, reported death tolls: every number of dead an article states (extract) and the
tables behind the charts (timeline).

    extract   extract_tolls(body), build_death_tolls(articles), read_death_tolls(articles) (tolls, skipped), Claim, choose_headline, number_phrases,
              parse_number, implausible_toll, ignored_huge_tolls, MAX_PLAUSIBLE_TOLL, NUMBER_PHRASE_RE, DEATH_CUE_RE
    timeline  cumulative_timeline, backwards_claims, dated_headline_tolls, headline_tolls_by_period, undated_claims, marker_kind;
              by who counted: classify_cumulative, war_total_timeline, backwards_by_counter,
              latest_war_total, no_off_axis_note, off_axis_claims
"""

from ..schema import TOLL_COLUMNS
from .extract import (
    DEATH_CUE_RE,
    Claim,
    MAX_PLAUSIBLE_TOLL,
    NUMBER_PHRASE_RE,
    build_death_tolls,
    read_death_tolls,
    choose_headline,
    extract_tolls,
    ignored_huge_tolls,
    implausible_toll,
    number_phrases,
    parse_number,
)
from .timeline import (
    ESTIMATE_QUALIFIERS,
    LOWER_BOUND_QUALIFIERS,
    backwards_by_counter,
    backwards_claims,
    classify_cumulative,
    latest_war_total,
    no_off_axis_note,
    off_axis_claims,
    war_total_timeline,
    cumulative_timeline,
    dated_headline_tolls,
    marker_kind,
    headline_tolls_by_period,
    undated_claims,
)

__all__ = [
    "TOLL_COLUMNS", "extract_tolls", "build_death_tolls", "read_death_tolls", "Claim", "choose_headline", "number_phrases", "parse_number",
    "implausible_toll", "ignored_huge_tolls", "MAX_PLAUSIBLE_TOLL",
    "NUMBER_PHRASE_RE", "DEATH_CUE_RE", "cumulative_timeline", "backwards_claims", "dated_headline_tolls", "headline_tolls_by_period",
    "undated_claims", "marker_kind", "LOWER_BOUND_QUALIFIERS", "ESTIMATE_QUALIFIERS", "classify_cumulative",
    "war_total_timeline", "backwards_by_counter", "latest_war_total", "no_off_axis_note", "off_axis_claims",
]
