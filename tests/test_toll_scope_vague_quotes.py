"""Scope of a vague count of thousands and of a toll inside a quotation that a period phrase
follows (QA report 4, item 10)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tolls
from toll_text import in_words

AGENTS = ["Air raids", "Barrel bombs", "Assad's warplanes", "The shelling", "Russian strikes", "Sieges"]
VERBS = ["kill", "have killed", "killed", "claimed the lives of"]
LARGE_VAGUE = ["thousands", "tens of thousands"]
SMALL_VAGUE = ["dozens", "hundreds", "scores"]
PERIODS = ["over the past year", "in the past two months", "since the start of the year", "last year",
           "over the past three years"]
FILLER = ["in barrel bombings and (other) air raids", "in Aleppo Idlib Hama and the Damascus countryside",
          "most of them in strikes by regime and Russian aircraft on markets and bakeries"]


def _scopes(text: str, value: float) -> list[str]:
    return [c["scope"] for c in tolls.extract_tolls(text) if c["value"] == value]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(AGENTS), st.sampled_from(VERBS), st.sampled_from(LARGE_VAGUE),
       st.sampled_from(["- {} -", "{}", "{}."]))
def test_a_vague_count_of_thousands_is_no_incident(agent, verb, vague, frame):
    text = "Rebels held the town. " + frame.format(f"{agent} {verb} {vague}") + " Talks resume on Monday."
    floor = {"thousands": 2_000, "tens of thousands": 20_000}[vague]
    found = _scopes(text, floor)
    assert found and "incident" not in found, text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(AGENTS), st.sampled_from(["killed", "have killed"]), st.sampled_from(SMALL_VAGUE))
def test_a_vague_count_below_thousands_keeps_its_incident_scope(agent, verb, vague):
    text = f"{agent} {verb} {vague} of people in Aleppo on Monday."
    assert _scopes(text, {"dozens": 24, "hundreds": 200, "scores": 40}[vague]) == ["incident"], text


@settings(max_examples=150, deadline=None)
@given(st.integers(2, 9_999), st.sampled_from(FILLER), st.sampled_from(PERIODS),
       st.sampled_from(['"{}"', "“{}”"]), st.booleans())
def test_a_period_right_after_a_quote_scopes_the_tolls_inside(n, filler, period, quote, words):
    count = in_words(n) if words and n < 100 else str(n)
    inside = f"has documented the killing of {count} civilians including children and women {filler}"
    text = "The Observatory " + quote.format(inside) + f" {period}."
    assert _scopes(text, n) and "incident" not in _scopes(text, n), text
    # the same quote followed by a clause of its own: the period is not the quote's
    other = "The Observatory " + quote.format(inside.replace("has documented the killing of", "said")
                                              .replace("civilians", "civilians were killed")) + \
        ", officials said on Monday."
    assert _scopes(other, n) == ["incident"], other


LONG_QUOTE_TAILS = ["and the rebels have shelled the city every day since the war began in 2011",
                    "and the people of this town have suffered since the start of the war",
                    "while the talks in Geneva went on as if nothing had changed over the past year"]


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 90), st.sampled_from(LONG_QUOTE_TAILS), st.integers(1, 3))
def test_a_cue_deep_inside_a_long_quotation_does_not_scope_the_toll(n, later, pad):
    """The quote-tail rule read the whole rest of the quotation, so a cue 90+ characters after
    an incident toll inside a long quote made it cumulative and took its headline (review)."""
    filler = " at the market on Tuesday morning as shoppers gathered for the holiday feast" + " in the old town" * pad
    text = f'"A car bomb killed {n} people{filler}, {later}," the governor said.'
    assert text.index(later) - text.index(f"{n} people") > 90
    claims = [c for c in tolls.extract_tolls(text) if c["value"] == n]
    assert claims and claims[0]["scope"] == "incident" and claims[0]["is_headline"], claims


@settings(max_examples=40, deadline=None)
@given(st.integers(1_000, 90_000), st.sampled_from(["children", "women", "journalists"]),
       st.sampled_from(["since the war began", "since the conflict started in 2011"]))
def test_a_part_of_a_war_total_is_not_read_as_the_war_total(n, group, since):
    """'More than 12,000 of those killed since the war began were children' was a cumulative row
    of 'people', so the war-total chart took it as the war's total and flagged it as going
    backwards against the Observatory's 250,000 (review of the part-of-the-dead change)."""
    import pandas as pd

    from analysis.tolls import timeline

    texts = [("2016-01-01", "The war has killed more than 250,000 people, the Syrian Observatory for Human Rights said."),
             ("2016-06-01", f"More than {n:,} of those killed {since} were {group}, the Syrian Observatory for Human Rights said.")]
    rows = [dict(c, article_id=str(i), published=d, outlet="x") for i, (d, s) in enumerate(texts)
            for c in tolls.extract_tolls(s)]
    t = pd.DataFrame(rows)
    war = timeline.classify_cumulative(t)
    assert list(war.loc[war["claim_kind"] == timeline.WAR_TOTAL, "value"]) == [250_000], war
    assert timeline.backwards_claims(t).empty
