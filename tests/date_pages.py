"""The generated date pages' shared parts (test_date_lists, test_date_stamps, test_date_page_cues):
how a date is written in each style, the body's prose, and the one test they all make of a
page: the date `publication_date` gives is the page's own stamp."""

from __future__ import annotations

from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis import dates

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
GERMAN = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

words = st.sampled_from(["market", "river", "council", "storm", "school", "talks", "bridge", "harvest",
                         "budget", "festival", "court", "station"])

STORY = "The {w} story went on for another day, and people in the town talked about the {w}."


def written(d: date, style: str) -> str:
    """d as a page prints it: 'en'/'us' 'March 3, 2017', 'uk' '3 March 2017', 'short' 'Mar 03,
    2017', 'de' '3. März 2017', 'numeric' '03/03/2017' (day first: a page's other dates say so)."""
    if style in ("en", "us"):
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "uk":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "short":
        return f"{MONTHS[d.month - 1][:3]} {d.day:02d}, {d.year}"
    if style == "de":
        return f"{d.day}. {GERMAN[d.month - 1]} {d.year}"
    if style == "numeric":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    raise ValueError(f"unknown date style {style!r}")


def prose(topics: str | list[str], n: int, sentence: str = STORY) -> str:
    """n lines of body prose (undated sentences), cycling through the topic words."""
    topics = [topics] if isinstance(topics, str) else topics
    return "\n".join(sentence.format(w=w) for w in (topics * n)[:n])


def own_date_test(pages, today: date, max_examples: int = 80, examples=(), doc: str | None = None):
    """A test that `publication_date` gives each generated page's own date: `pages` draws
    (text, own date) pairs; `examples` are pages Hypothesis once found, always run. Bind it to a
    test_ name in the test module (pytest collects it by that name)."""

    def test(generated):
        text, own = generated
        assert dates.publication_date(text, today=today).published == own

    for e in examples:
        test = example(e)(test)
    test = settings(max_examples=max_examples, deadline=None)(given(pages)(test))
    test.__doc__ = doc
    return test
