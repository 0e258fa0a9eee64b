"""A record of one or two sentences that reads as prose is an article; menus, footers and link
lists stay no_body (issue 14)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import clean


@pytest.mark.parametrize("text", [
    "The bombing killed 14 people - monitors said.",
    "Rescue teams searched the rubble through the night. Two more bodies were found.",
    "Talks resume in Geneva on Monday, the UN envoy said.",
])
def test_one_or_two_sentences_are_an_article(text):
    assert clean.clean_plain_text(text).body == text


@pytest.mark.parametrize("text", [
    "Home\nNews\nSport\nContact us",
    "Home | News | Sport | Contact",
    "https://example.com/a\nhttps://example.com/b",
    "© 2017 Example News. All rights reserved.",
    "Read more. Share this.",
    "Syria war: 14 killed in Idlib bombing",  # a headline alone is not a story
])
def test_menus_footers_and_links_have_no_body(text):
    assert clean.clean_plain_text(text).body == ""


SUBJECTS = ["The bombing", "An air strike", "The ministry", "Rebel fighters", "The monitor", "Officials"]
VERBS = ["killed 14 people", "said the talks would resume", "hit a market in the city", "denied the report"]
TAILS = ["", " on Monday", ", monitors said", " in the north of the country"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SUBJECTS), st.sampled_from(VERBS), st.sampled_from(TAILS)),
                min_size=1, max_size=2))
def test_generated_short_prose_is_kept(parts):
    text = " ".join(f"{s} {v}{t}." for s, v, t in parts)
    assert clean.clean_plain_text(text).body == text


MENU_WORDS = ["Home", "News", "World", "Sport", "Business", "Opinion", "Video", "Contact", "About us", "Login"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(MENU_WORDS), min_size=1, max_size=3), st.sampled_from(["\n", " | ", " / ", " • "]))
def test_generated_menus_are_never_kept(items, sep):
    assert clean.clean_plain_text(sep.join(items)).body == ""
