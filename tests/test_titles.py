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
        assert (index.placement(norm)[0], index.other_inside(norm)) == (inside, other), norm
        ends = bool(norm) and any(o != norm and o.endswith(" " + norm) for o in norms)
        other_ends = any(" " in o and len(o) < len(norm) and norm.endswith(" " + o) for o in norms)
        assert (index.placement(norm)[1], index.other_ends(norm)) == (ends, other_ends), norm
        assert index.is_line(norm)


# The headline inside the chosen line (clean.headline_text): a part the page shows as furniture
# (a menu entry, the publisher, a date) is cut; a subtitle the page does not repeat stays.
_HEAD_WORDS = st.sampled_from(["Syria", "talks", "end", "without", "a", "deal", "Aleppo", "siege", "lifted",
                               "after", "four", "years", "Geneva", "envoy", "hopes"])
_HEADLINES = st.lists(_HEAD_WORDS, min_size=2, max_size=9).map(" ".join)
_SEPARATORS = st.sampled_from([" | ", " - ", " – ", " — ", " / ", " :: ", " · "])
_STORY = ("Talks between the two sides resumed in Geneva on Monday, officials said, after weeks of delay.\n"
          "The envoy said he hoped for progress before the end of the month, though few expect it.\n")


def _headline_of(text: str, at: int, outlet: str | None = None) -> str:
    return clean.headline_text(clean.split_lines(text), at, outlet)


@settings(max_examples=80, deadline=None)
@given(_HEADLINES, _SEPARATORS, st.sampled_from(["Opinion", "World News", "The Daily Example", "Middle East"]))
def test_a_site_or_section_part_shown_elsewhere_is_cut(headline, sep, part):
    text = f"Home\n{part}\nSport\n{headline}{sep}{part}\n{_STORY}"
    assert _headline_of(text, 3) == headline


@settings(max_examples=80, deadline=None)
@given(_HEADLINES, _SEPARATORS, st.sampled_from(["What the deal means", "A reporter's notebook", "Part 2"]))
def test_a_subtitle_the_page_does_not_repeat_stays(headline, sep, subtitle):
    text = f"Home\nWorld\n{headline}{sep}{subtitle}\n{_STORY}"
    assert _headline_of(text, 2) == f"{headline}{sep}{subtitle}"


@settings(max_examples=80, deadline=None)
@given(_HEADLINES, st.dates(min_value=date(1995, 1, 1), max_value=date(2030, 12, 31)),
       st.sampled_from(["{h} / %b %Y", "{h} | %d %B %Y", "%b %d %Y {h}", "{h}  %B %d, %Y", "%d %B %Y {h}"]))
def test_a_date_at_either_end_is_cut(headline, d, fmt):
    text = f"Home\n{d.strftime(fmt.format(h=headline))}\n{_STORY}"
    assert _headline_of(text, 1) == headline


@settings(max_examples=80, deadline=None)
@given(_HEADLINES, _SEPARATORS, st.sampled_from(["Opinion", "World News"]))
def test_the_publisher_named_by_the_text_is_cut(headline, sep, outlet):
    assert _headline_of(f"{headline}{sep}{outlet}\n{_STORY}", 0, outlet) == headline


_STEPS = st.sampled_from(["Home", "News", "Middle East", "Blog", "Stories", "World", "Opinion"])


@settings(max_examples=80, deadline=None)
@given(st.lists(_STEPS, min_size=2, max_size=4), st.sampled_from([" > ", " › "]), _HEADLINES)
def test_a_breadcrumb_trail_gives_its_last_step(steps, sep, headline):
    """A trail of three steps or more ('Home > Blog > Title') chosen as the headline is cut to its
    last step, the page's own title."""
    assert _headline_of(f"{sep.join([*steps, headline])}\n{_STORY}", 0) == headline


@pytest.mark.parametrize("text", ["Home > Syria talks end", "Why supply > demand in Aleppo",
                                  "Syria talks end » Example News » Opinion", "Home > News > Aleppo"])
def test_short_trails_and_other_uses_of_the_sign_stay(text):
    """One '>' is as often a comparison as a trail, '»' puts the site last, and a one-word last step
    is a section, not a headline."""
    assert _headline_of(f"{text}\n{_STORY}", 0) == text


@pytest.mark.parametrize("text, want", [
    ("Stanford grads find jobs scarce (latimes.com)", "Stanford grads find jobs scarce"),
    # a month and year that end a headline are its words, not a date stamp
    ("Music of the year: the best albums of December 2025", "Music of the year: the best albums of December 2025"),
    ("Advent of Code 2025 - Week 2", "Advent of Code 2025 - Week 2"),
    # never cut down to a single word, a date or a byline
    ("Opinion | World", "Opinion | World"),
    ("5 March 2017 | Opinion", "5 March 2017 | Opinion"),
    ("By Jane Doe | Opinion", "By Jane Doe | Opinion"),
])
def test_headline_text_cases(text, want):
    assert _headline_of(f"World\nOpinion\nWorld News\n{text}\n{_STORY}", 3) == want


@pytest.mark.parametrize("text, name", [("Elaine Chen", True), ("Sergio Martínez-Beltrán", True),
                                        ("Syria Talks End", True), ("Syria talks end", False),
                                        ("The Daily Example", False), ("Aleppo", False)])
def test_name_like(text, name):
    from analysis.clean.title import _name_like

    assert _name_like(line(text)) is name
