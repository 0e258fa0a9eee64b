"""A plain-text headline is never a byline, a date stamp, the site's name or a menu entry (issue 14)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import clean


def line(text: str):
    return clean.split_lines(text)[0]


@pytest.mark.parametrize("text", [
    "By JOHN LEICESTER and HANNA ARHIROVA",
    "Written by Jane Doe",
    "March 5, 2017",
    "Updated 12:30 GMT, Mon 5 March 2017",
    "05/03/2017 14:20",
    "* World",
    "2. Middle East",
])
def test_never_a_title(text):
    assert clean.not_a_title(line(text), "Example News")


@pytest.mark.parametrize("text", ["Syria talks end without a deal", "Coffee", "May Day marches in Paris",
                                  "Bystanders recall the attack"])
def test_headlines_stay_candidates(text):
    assert not clean.not_a_title(line(text), "Example News")


def test_site_name_is_never_the_title():
    assert clean.not_a_title(line("Example News"), "Example News")


NAMES = ["JOHN LEICESTER", "Hanna Arhirova", "Sarah El Deeb", "Bassem Mroue", "Zeina Karam"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3), st.sampled_from(["By", "BY", "by", "Written by"]))
def test_generated_bylines(names, by):
    assert clean.not_a_title(line(f"{by} {' and '.join(names)}"))


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2030, 12, 31)),
       st.sampled_from(["%B %d, %Y", "%d %B %Y", "%a %d %b %Y", "%d/%m/%Y", "Updated %H:%M GMT %d %B %Y",
                        "Published on %b %d, %Y"]))
def test_generated_date_stamps(d, fmt):
    assert clean.not_a_title(line(d.strftime(fmt).replace("%H:%M", "10:30")))


def test_a_byline_above_the_story_is_not_taken_for_its_headline():
    text = ("Home\nWorld\nSport\n\nBy JOHN LEICESTER and HANNA ARHIROVA\n\n"
            + "Talks between the two sides resumed in Geneva on Monday, officials said, after weeks of delay. " * 3
            + "\n\n" + "The envoy said he hoped for progress before the end of the month, though few expect it. " * 3)
    ct = clean.clean_plain_text(text)
    assert ct.title is None or not ct.title.startswith("By ")


@pytest.mark.parametrize("text", ["By: Benjamin Johnson, Sr. Director of Operations", "Author: Jane Doe",
                                  "January 20th, 2025 by JWU", "5 March 2017 | By Jane Doe",
                                  "https://001.graphics", "www.example.com/news/syria-talks"])
def test_bylines_with_dates_and_addresses_are_never_titles(text):
    assert clean.not_a_title(line(text))


@pytest.mark.parametrize("text", ["Killed by an airstrike on 5 March", "Stand by me", "By the numbers: Syria's war"])
def test_headlines_with_by_stay_candidates(text):
    assert not clean.not_a_title(line(text))


_WORDS = st.sampled_from(["home", "news", "syria", "war", "talks", "|", ">", "the", "a", "site", "b"])
_NORMS = st.lists(st.lists(_WORDS, min_size=0, max_size=6).map(" ".join), min_size=1, max_size=25)


@settings(max_examples=300, deadline=None)
@given(_NORMS)
def test_line_index_answers_as_a_pass_over_every_line(norms):
    """_LineIndex's look-ups give what the plain definitions give, read over every line."""
    from analysis.clean.title import _LineIndex

    index = _LineIndex(norms)
    for norm in norms:
        padded = f" {norm} "
        inside = bool(norm) and any(len(o) > len(norm) and not o.startswith(norm) and padded in f" {o} " for o in norms)
        other = any(len(o) < len(norm) and o.count(" ") >= 2 and norm.startswith(o + " ") for o in norms)
        assert (index.inside_other(norm), index.other_inside(norm)) == (inside, other), norm
