"""Plain-text dates that are not the page's own (a header's "today", the items of a related-links
block) and the time zones that tell how an all-number date is ordered. Pages are generated; each
test was checked to fail on the code before its rule."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import dates
from date_pages import WEEKDAYS, own_date_test, prose, words, written

TODAY = date(2026, 12, 1)

days = st.dates(min_value=date(2005, 1, 1), max_value=date(2025, 6, 30))
names = st.sampled_from(["Ana Ruiz", "Tom Baker", "Li Wei", "Sara Klein", "Omar Haddad"])
# The body: prose that names a weekday but no date.
AIRSTRIKE = "An airstrike on Sunday hit the {w}, and residents said the {w} would stay shut."


def _headline(topic: str) -> str:
    return f"Officials close the {topic} after a week of talks"


def _body(topic: str, n: int) -> str:
    return prose(topic, n, AIRSTRIKE)


@st.composite
def header_clock_pages(draw):
    """A site's header date ('Tuesday, December 1, 2026': the scrape day) on the first line, the
    headline below it, and either no other date or the article's own byline/dateline date."""
    clock = draw(st.dates(min_value=date(2015, 1, 1), max_value=TODAY))
    style = draw(st.sampled_from(["us", "uk"]))
    head = f"{WEEKDAYS[clock.weekday()]}, {written(clock, style)}"
    topic = draw(words)
    own = draw(st.one_of(st.none(), days.filter(lambda d: d != clock)))
    stamp = ""
    if own is not None:
        stamp = draw(st.sampled_from([f"By {draw(names)} | {written(own, style)}\n",
                                      f"{written(own, style)}\n", f"Published {written(own, style)}\n"]))
    text = f"{head}\n{_headline(topic)}\n{stamp}{_body(topic, draw(st.integers(1, 3)))}\n"
    return text, own


@settings(max_examples=60, deadline=None)
@given(header_clock_pages())
def test_a_header_date_above_the_headline_loses_to_a_stamp_and_alone_is_flagged(page):
    """With a stamp below the headline, the stamp is the date; alone, the header date is kept (a
    blog's date heading looks the same) with a warning that it may be the scrape day."""
    text, own = page
    r = dates.publication_date(text, today=TODAY)
    if own is not None:
        assert r.published == own
    else:
        assert r.published is not None and any("first line" in w for w in r.warnings)


@st.composite
def related_links_pages(draw):
    """An article that states no date of its own, then a related-links heading and headline -
    date items (other articles' dates); optionally the article's own stamp under its headline."""
    topic = draw(words)
    style = draw(st.sampled_from(["us", "uk"]))
    n = draw(st.integers(1, 4))
    item_days = draw(st.lists(days, min_size=n, max_size=n, unique=True))
    heading = draw(st.sampled_from(["Related:", "Related stories", "You may also like", "See also", "More on this story"]))
    sep = draw(st.sampled_from([" - ", " | ", "\n"]))
    items = "\n".join(f"{w.title()} reopens after repairs{sep}{written(d, style)}"
                      for w, d in zip(draw(st.lists(words, min_size=n, max_size=n)), item_days))
    own = draw(st.one_of(st.none(), days.filter(lambda d: d not in item_days)))
    stamp = f"{written(own, style)}\n" if own is not None else ""
    text = f"{_headline(topic)}\n{stamp}{_body(topic, draw(st.integers(1, 3)))}\n{heading}\n{items}\n"
    return text, own


test_dates_in_a_related_links_block_are_never_the_pages = own_date_test(related_links_pages(), TODAY, 60)


@st.composite
def numeric_dates_with_a_zone(draw):
    """An all-number date that reads both ways (day and month both 1-12) with a clock time and
    its zone, and no URL, domain or other date to settle the order."""
    d = draw(st.dates(min_value=date(2005, 1, 1), max_value=date(2025, 12, 31)).filter(lambda d: d.day <= 12 and d.month != d.day))
    zone = draw(st.sampled_from(dates.DAY_FIRST_ZONES + dates.MONTH_FIRST_ZONES))
    day_first = zone in dates.DAY_FIRST_ZONES
    written = f"{d.day:02d}/{d.month:02d}/{d.year}" if day_first else f"{d.month:02d}/{d.day:02d}/{d.year}"
    label = draw(st.sampled_from(["Updated: ", "Published ", ""]))
    clock = draw(st.sampled_from(["14:02", "09:15", "7:30 pm", "11:45 AM"]))
    topic = draw(words)
    text = f"{_headline(topic)}\n{label}{written} {clock} {zone}\n{_body(topic, draw(st.integers(1, 3)))}\n"
    return text, d


@settings(max_examples=60, deadline=None)
@given(numeric_dates_with_a_zone())
def test_a_time_zone_orders_an_all_number_date(page):
    """GMT, BST, CET, IST, AEST ... are written by regions that put the day first; EST, PT ... by
    the United States, which puts the month first."""
    text, d = page
    assert dates.publication_date(text, today=TODAY).published == d


@st.composite
def numeric_dates_with_another_separator(draw):
    """An all-number slash date that reads both ways, on a page with no URL, domain, time zone or
    date in words, that writes another all-number date with dots or dashes whose day is above 12
    ("25.03.2017": day first; "03-25-2017": month first): the same writer orders the slash date so."""
    any_day = st.dates(min_value=date(2005, 1, 1), max_value=date(2025, 12, 31))
    d = draw(any_day.filter(lambda d: d.day <= 12 and d.month != d.day))
    other = draw(any_day.filter(lambda d: d.day > 12))
    sep = draw(st.sampled_from([".", "-"]))
    if draw(st.booleans()):  # a day-first writer
        written_slash = f"{d.day:02d}/{d.month:02d}/{d.year}"
        written_other = f"{other.day}{sep}{other.month:02d}{sep}{other.year}"
    else:
        written_slash = f"{d.month:02d}/{d.day:02d}/{d.year}"
        written_other = f"{other.month:02d}{sep}{other.day}{sep}{other.year}"
    topic = draw(words)
    label = draw(st.sampled_from(["Published ", "Posted on ", "By Jane Doe | "]))
    footer = draw(st.sampled_from([f"The {topic} report of {written_other} is attached.", f"Archived {written_other}"]))
    text = f"{_headline(topic)}\n{label}{written_slash}\n{_body(topic, draw(st.integers(1, 3)))}\n{footer}\n"
    return text, d


test_another_separators_dates_order_an_all_number_date = own_date_test(
    numeric_dates_with_another_separator(), TODAY, 60,
    doc="""A page that writes "25.03.2017" reads its "07/03/2017" as 7 March (the US default read it as
    July 3); one that writes "03-25-2017" as July 3.""")
