"""A plain-text headline that ends with a full stop, in a block of its own above the story, is the
title, not the site's header line above it (QA11 F6); a domain name line is never the title; a
"· Privacy ∙ Terms" footer after a copyright owner is not part of the outlet."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean import clean_plain_text

_SITE = st.sampled_from([("Reuters", "reuters"), ("The Guardian", "theguardian"), ("Yahoo News", "yahoo"),
                         ("Example Daily", "exampledaily")])
_SECTION = st.sampled_from(["World News", "World news", "Middle East", "Latest News & Headlines", "Politics"])
_WHO = st.sampled_from(["France", "Russia", "The U.N.", "Turkey", "2", "Rebels", "The Syrian army"])
_WHAT = st.sampled_from(["seeks resolution on chemical arms", "killed others injured in terrorist attacks",
                         "pushes for ceasefire talks", "shells villages near the border",
                         "warns of serious consequences over weapons"])
_PLACE = st.sampled_from(["Aleppo", "Quneitra", "Syria", "Idlib and Hama", "Damascus"])


@st.composite
def _page(draw):
    name, host = draw(_SITE)
    header = draw(st.sampled_from([f"{host}.com", f"www.{host}.com", f"{name} | {draw(_SECTION)}",
                                   f"{draw(_SECTION)} | {name}", f"{name} - {draw(_SECTION)}", None]))
    headline = f"{draw(_WHO)} {draw(_WHAT)} in {draw(_PLACE)}."
    lede = (f"September {draw(st.integers(1, 28))} 2013 {headline} Officials said on Tuesday the move followed "
            f"weeks of talks between the governments and would be put to a vote within days.")
    rest = [f"The announcement came a day after a surprise proposal by the foreign minister, who said the "
            f"plan could avert military strikes, a statement said on {day}." for day in draw(
                st.lists(st.sampled_from(["Monday", "Tuesday", "Wednesday"]), min_size=1, max_size=3))]
    lines = ([header] if header else []) + [headline, "", lede, *rest]
    return "\n".join(lines), headline


@settings(max_examples=40, deadline=None)
@given(_page())
def test_a_full_stop_headline_above_the_story_is_the_title(case):
    text, headline = case
    cleaned = clean_plain_text(text)
    assert cleaned.title == headline
    assert not cleaned.body.startswith(headline)


@pytest.mark.xfail(strict=True, reason="reverted on merge: cutting a copyright owner at '·'/'∙' changed the line "
                   "model's title examples (not_a_title reads the outlet), so the shipped ranker was no longer what "
                   "scripts/train_line_model.py trains; it comes back with a retrained, re-measured model")
@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Charlie Hills", "Example Media", "Jo Blogs"]), st.integers(2000, 2025),
       st.lists(st.sampled_from(["Privacy", "Terms", "Collection notice", "Cookies"]), min_size=1, max_size=3),
       st.sampled_from(["·", "∙"]))
def test_footer_links_after_the_copyright_owner_are_not_the_outlet(owner, year, links, dot):
    story = ("Shelling of a market in Aleppo killed at least 12 civilians on Monday, a monitoring group said. "
             "Rescue workers searched the rubble of the buildings hit in the attack for survivors.")
    text = f"{story}\n\n© {year} {owner} {dot} {f' {dot} '.join(links)}"
    assert clean_plain_text(text).outlet == owner
