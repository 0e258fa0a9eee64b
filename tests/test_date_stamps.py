"""How a page prints its own stamp: a byline right after the date ("January 12, 2025 By Gabby
Boucher In Travel", "26/12/2019 von revamp-it Webteam"), and WordPress's published and updated
days glued together ("On January 12, 2025January 22, 2025 By ..."). Pages are generated; each
test was checked to fail on the code before its rule."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import dates
from date_pages import own_date_test, prose, words, written

TODAY = date(2026, 1, 1)
days = st.dates(min_value=date(2012, 1, 1), max_value=date(2025, 6, 30))
names = st.sampled_from(["Gabby Boucher", "revamp-it Webteam", "admin", "Jane Doe", "LD", "News Desk"])


@st.composite
def dated_headline_pages(draw):
    """A headline naming an earlier day ("Minutes of the meeting of 10 October 2019") over the
    page's stamp followed by its byline, as blogs and WordPress print it."""
    own = draw(days)
    event = own - timedelta(days=draw(st.integers(2, 300)))
    style = draw(st.sampled_from(["en", "de", "numeric"]))
    topic = draw(words)
    by = {"en": draw(st.sampled_from(["By", "by"])), "de": "von", "numeric": draw(st.sampled_from(["von", "by"]))}[style]
    tail = draw(st.sampled_from(["", f" In {topic.title()}", f" | {topic.title()}"])) if by == "By" else ""
    headline = {"en": f"Minutes of the {topic} meeting of {written(event, style)}",
                "de": f"Protokoll der Sitzung vom {written(event, style)}",
                "numeric": f"Protokoll der Sitzung vom {written(event, 'de')}"}[style]
    # a day-first page: a date above the 12th settles the order of the stamp's numbers
    note = f"Stand: 25/{own.month:02d}/{own.year}\n" if style == "numeric" else ""
    text = (f"Menu\n\n{headline}\n\n{written(own, style)} {by} {draw(names)}{tail}\n\n"
            f"{prose(topic, draw(st.integers(2, 5)))}\n{note}")
    return text, own


test_a_stamp_followed_by_its_byline_outranks_a_date_in_the_headline = own_date_test(dated_headline_pages(), TODAY, 80)


@st.composite
def glued_wordpress_stamps(draw):
    """WordPress's 'On <published><updated> By <author> In <category>, ...' with the two days
    glued together (the updated day is hidden by the theme's CSS); the published day is the
    page's, the updated day is not taken for it."""
    own = draw(days)
    updated = own + timedelta(days=draw(st.integers(1, 400)))
    topic = draw(words)
    cats = ", ".join(draw(st.lists(words, min_size=1, max_size=5)))
    glue = draw(st.sampled_from(["", "Saturday, "]))
    text = (f"Search for: Search\n\nA guide to the {topic}\n\n"
            f"On {written(own, 'en')}{glue}{written(updated, 'en')} By {draw(names)} In {cats.title()} , "
            f"{topic.title()} Tips and Tricks for the whole family\n\n{prose(topic, draw(st.integers(2, 5)))}\n")
    return text, own


test_glued_published_and_updated_days_give_the_published_one = own_date_test(glued_wordpress_stamps(), TODAY, 80)


@given(days, words)
@settings(max_examples=40, deadline=None)
def test_an_event_in_prose_followed_by_lowercase_by_stays_an_event(own, topic):
    """'On 3 March 2017 by Russian jets, ...' in a sentence is an event, not a byline."""
    event = own - timedelta(days=30)
    text = (f"A headline about the {topic}\n{written(own, 'en')}\n{prose(topic, 2)}\n"
            f"On {written(event, 'en')} by Russian jets, dozens of people were killed in the town, "
            f"officials in the {topic} said later that week.\n")
    ranked = dates.rank_candidates(text, today=TODAY)
    assert {c.value: kind for _, kind, c in ranked}[event] == "event"
    assert dates.publication_date(text, today=TODAY).published == own


@st.composite
def event_prep_short_lines(draw):
    """A short line that opens on an event's preposition ("As of July 31, 2025, the FDA has
    received:", "Until March 3, 2020:", "From May 5, 2019") tells of an event even though it is
    short enough to look like a dateline; the page's date is its label further down ("Content
    current as of:", "Last updated")."""
    own = draw(days)
    event = own - timedelta(days=draw(st.integers(2, 300)))
    topic = draw(words)
    prep = draw(st.sampled_from(["As of", "Until", "From", "Since", "Before", "Starting"]))
    rest = draw(st.sampled_from([", the agency has received:", ":", "", ", the council had counted"]))
    label = draw(st.sampled_from(["Content current as of:\n\n", "Last updated: ", "Updated on\n"]))
    text = (f"Safety information about the {topic}\n\n{prep} {written(event, 'en')}{rest}\n\n"
            f"* 605 reports\n* 12 recalls\n\n{prose(topic, draw(st.integers(3, 8)))}\n\n"
            f"{label}{written(own, 'en')}\n\nContact us\n")
    return text, own


test_a_short_line_opening_on_an_events_preposition_is_an_event = own_date_test(event_prep_short_lines(), TODAY, 80)


@st.composite
def place_dateline_pages(draw):
    """A wire story or press release opening on its dateline: place, date, a break into the story
    ("NEW YORK, March 3, 2017 /PRNewswire/ -- ...", "Karlsruhe, (12.11.2021). ...", "Wien, 14.
    Dezember 2021 – ..."), and an earlier day alone on a line at the foot: a short line's date
    outranks a sentence's, so the story's own date wins only as the dateline it is."""
    own = draw(days)
    other = own - timedelta(days=draw(st.integers(2, 200)))
    topic = draw(words)
    style = draw(st.sampled_from(["en", "de", "numeric"]))
    place = draw(st.sampled_from(["NEW YORK", "BEIRUT, Lebanon", "Karlsruhe", "Wien", "São Paulo", "LONDON"]))
    stamp = written(own, style) if style != "numeric" else f"{own.day}.{own.month}.{own.year}"
    opening = draw(st.sampled_from([f"{place}, {stamp} /PRNewswire/ -- ", f"{place}, ({stamp}). ",
                                    f"{place}, {stamp} – ", f"{place}, {stamp} - "]))
    text = (f"A headline about the {topic}\n\n{opening}The {topic} company said on the day that it would open "
            f"a new plant, and the town council welcomed the plan.\n\n{prose(topic, draw(st.integers(2, 6)))}\n\n"
            f"{draw(st.sampled_from(['Share this story', 'Newsletter', 'Contact us']))}\n{written(other, 'en')}\n")
    return text, own


test_a_wire_dateline_opening_the_story_is_its_date = own_date_test(place_dateline_pages(), TODAY, 80)


@st.composite
def header_clock_pages(draw):
    """A header printing today's date beside its search box ("Suche\\n26. Januar 2022\\n* ABO",
    "31. Oktober 2023\\nSuche nach:"), then the article's headline and its own stamp (a day or more
    earlier) alone on its line: the clock is not the page's date."""
    own = draw(days)
    clock = own + timedelta(days=draw(st.integers(1, 30)))
    style = draw(st.sampled_from(["en", "de"]))
    topic = draw(words)
    search = draw(st.sampled_from(["Search", "Search for:", "Suche", "Suche nach:", "Rechercher", "* Suchen"]))
    nav = "\n".join(f"* {w.title()}" for w in draw(st.lists(words, min_size=2, max_size=5)))
    clock_block = (f"{search}\n{written(clock, style)}\n{nav}" if draw(st.booleans())
                   else f"{nav}\n{written(clock, style)}\n{search}")
    text = (f"{clock_block}\nHome\n\nA headline about the {topic}\n\n{written(own, style)}\n"
            f"{prose(topic, draw(st.integers(2, 6)))}\n")
    return text, own


test_a_headers_clock_beside_its_search_box_is_not_the_pages_date = own_date_test(header_clock_pages(), TODAY, 80)


@st.composite
def body_lines_with_by(draw):
    """A page's dateline at its top, and deep in its body a photo caption or a timeline line
    whose date is followed by "by ..." ("File photo taken May 4, 2016 by Reuters photographer
    ...", "February 2, 2016 by Russian jets", "February 2, 2016 By the time the convoy ..."):
    that is no byline of the page's, whose own date stays the one at its top (rev9r 2)."""
    own = draw(days)
    event = own - timedelta(days=draw(st.integers(2, 900)))
    topic = draw(words)
    opener = draw(st.sampled_from(["", "File photo taken ", "Picture taken ", "Photo: "]))
    by = draw(st.sampled_from(["by", "By"]))
    rest = draw(st.sampled_from([
        "Reuters photographer Omar Sanadiki", "Russian jets", "the time the convoy arrived the town had been shelled.",
        "most accounts the uprising began in the south", "AFP photographer Louai Beshara in the old city"]))
    text = (f"A headline about the {topic}\n\n{written(own, 'en')}\n\n{prose(topic, draw(st.integers(2, 5)))}\n"
            f"{opener}{written(event, 'en')} {by} {rest}\n{prose(topic, draw(st.integers(0, 3)))}\n")
    return text, own


test_a_caption_or_timeline_line_with_by_in_the_body_is_not_the_byline = own_date_test(body_lines_with_by(), TODAY, 80)


@st.composite
def title_less_search_pages(draw):
    """A flattened page with no title line reads its search box's label, then the post's date,
    then its byline ("Home\\nSearch\\nMarch 10, 2017\\nBy Jane Doe"): the date over a byline is
    the post's stamp, not a header clock, and wins over a related link's date below (rev9r 4)."""
    own = draw(days)
    other = own - timedelta(days=draw(st.integers(2, 900)))
    style = draw(st.sampled_from(["en", "de"]))
    topic = draw(words)
    search = draw(st.sampled_from(["Search", "Search for:", "Suche", "Rechercher"]))
    by = draw(st.sampled_from(["By", "by", "Von"])) if style == "de" else draw(st.sampled_from(["By", "by"]))
    text = (f"Home\n{search}\n{written(own, style)}\n{by} {draw(names)}\n\n{prose(topic, draw(st.integers(2, 5)))}\n"
            f"Related: {written(other, style)}\n")
    return text, own


test_a_date_under_a_search_box_over_a_byline_is_the_posts_stamp = own_date_test(title_less_search_pages(), TODAY, 80)
