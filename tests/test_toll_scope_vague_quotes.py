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
