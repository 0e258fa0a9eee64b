"""Page furniture that prints dates which are not the page's: lists of posts (related links,
tickers, calendars: several days laid out alike, close together) and embedded social posts
(signed "— Name (@handle) date"). Pages are generated; the tests of a change were checked to
fail on the code before it (the others guard what must not change)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis import dates
from date_pages import own_date_test, prose, words, written

TODAY = date(2026, 1, 1)

days = st.dates(min_value=date(2005, 1, 1), max_value=date(2025, 6, 30))
names = st.sampled_from(["Ana Ruiz", "Tom Baker", "Li Wei", "Sara Klein", "Omar Haddad", "News Desk"])
handles = st.from_regex(r"[A-Za-z][A-Za-z0-9_]{2,12}", fullmatch=True)


@st.composite
def teaser_pages(draw):
    own = draw(days)
    n = draw(st.integers(3, 6))
    offsets = draw(st.lists(st.integers(1, 900), min_size=n, max_size=n, unique=True))
    teasers = [own - timedelta(days=o) for o in offsets]
    topic = draw(st.lists(words, min_size=1, max_size=4))
    items = "\n".join(f"{w.title()} news: what happened to the {w}\nWritten by {draw(names)}\n{written(t, 'short')}"
                      for w, t in zip(draw(st.lists(words, min_size=n, max_size=n)), teasers))
    reading = draw(st.integers(2, 15))
    text = (f"A headline about the {topic[0]}\n{draw(names)}\n{written(own, 'short')} {reading} min read\n"
            f"{prose(topic, draw(st.integers(3, 12)))}\nRelated posts\n{items}\n")
    return text, own


test_a_labelled_list_of_related_posts_does_not_outrank_the_pages_own_date = own_date_test(
    teaser_pages(), TODAY, 60, doc="""Each teaser's "Written by" label makes it look like a byline; three
    or more of them laid out alike are a list, and the page's own date (laid out otherwise) is chosen.""")


@st.composite
def ticker_pages(draw):
    """A ticker of latest posts at the top ("* [ March 3, 2020 ] Title"), then the article with its
    own date under the byline."""
    own = draw(days)
    n = draw(st.integers(3, 5))
    later = sorted(draw(st.lists(st.integers(1, 400), min_size=n, max_size=n, unique=True)), reverse=True)
    topic = draw(st.lists(words, min_size=1, max_size=3))
    ticker = "\n".join(f"* [ {written(own + timedelta(days=o), 'en')} ] {w.title()} update {w}"
                       for o, w in zip(later, draw(st.lists(words, min_size=n, max_size=n))))
    text = (f"Latest posts\n{ticker}\nA headline about the {topic[0]}\nby {draw(names)}\n{written(own, 'en')}\n"
            f"{prose(topic, draw(st.integers(3, 10)))}\n")
    return text, own


test_a_ticker_of_latest_posts_above_the_article_is_a_list = own_date_test(ticker_pages(), TODAY, 60)


@st.composite
def stamp_then_far_list(draw):
    """The page's stamp and a list below written in the same layout, far apart: the stamp is not
    an item of the list (LIST_GAP_CHARS), so it keeps its place."""
    own = draw(days)
    n = draw(st.integers(3, 5))
    older = draw(st.lists(st.integers(1, 900), min_size=n, max_size=n, unique=True))
    topic = draw(st.lists(words, min_size=1, max_size=3))
    body = prose(topic, 12)  # > LIST_GAP_CHARS of prose
    items = "\n".join(f"{w.title()} in brief\n{written(own - timedelta(days=o), 'en')}"
                      for o, w in zip(older, draw(st.lists(words, min_size=n, max_size=n))))
    return f"A headline about the {topic[0]}\n{written(own, 'en')}\n{body}\nMore stories\n{items}\n", own


@settings(max_examples=40, deadline=None)
@given(stamp_then_far_list())
def test_a_stamp_far_above_a_list_in_the_same_layout_stays_the_date(page):
    text, own = page
    assert text.index("More stories") - text.index(written(own, 'en')) > dates.LIST_GAP_CHARS
    assert dates.publication_date(text, today=TODAY).published == own


@given(days, st.integers(2, 4))
@settings(max_examples=30, deadline=None)
def test_one_day_printed_many_times_is_not_a_list(own, n):
    """Dates laid out alike but of fewer than LIST_MIN_ITEMS days (a stamp repeated per section,
    a podcast's "Recorded on" per episode) are not penalised as a list."""
    repeated = "\n".join(f"Part {i}\n{written(own, 'en')}" for i in range(n))
    text = f"A headline\n{repeated}\nThe story went on, and people talked about it for a while.\n"
    ranked = dates.rank_candidates(text, today=TODAY)
    plain = [dates._score(text, c, i)[0] for i, c in enumerate(dates.date_candidates(text))]
    assert sorted(s for s, _, _ in ranked) == sorted(plain)


@st.composite
def embed_pages(draw):
    """An article whose date is labelled "Updated" (a weaker label) and which embeds a social post,
    signed as X/Twitter's embed code signs it: "— Name (@handle) Month D, YYYY"."""
    own = draw(days)
    posted = own - timedelta(days=draw(st.integers(2, 700)))
    topic = draw(st.lists(words, min_size=1, max_size=3))
    handle = draw(handles)
    text = (f"A headline about the {topic[0]}\nUpdated {written(own, 'en')}\n{prose(topic, draw(st.integers(1, 3)))}\n"
            f"The {topic[0]} is back, and it is bigger than ever https://t.co/abc\n"
            f"— {draw(names)} (@{handle}) {written(posted, 'en')}\n{prose(topic, draw(st.integers(1, 3)))}\n")
    return text, own, posted


@settings(max_examples=60, deadline=None)
@given(embed_pages())
def test_an_embedded_posts_signature_date_is_not_the_pages(page):
    text, own, posted = page
    ranked = dates.rank_candidates(text, today=TODAY)
    kinds = {c.value: kind for _, kind, c in ranked}
    assert kinds[posted] == "comment"
    assert dates.publication_date(text, today=TODAY).published == own


@st.composite
def handle_byline_pages(draw):
    """An article whose byline carries the journalist's handle ("By Jane Doe (@janedoe)", Reuters
    and Guardian text dumps), its own date on the byline's line or the next, and a later date
    labelled "Updated" further down: the handle is no embed's signature (that has a dash)."""
    own = draw(days)
    later = own + timedelta(days=draw(st.integers(1, 300)))
    topic = draw(st.lists(words, min_size=1, max_size=3))
    by = draw(st.sampled_from(["By ", ""]))
    sep = draw(st.sampled_from(["\n", " ", " | "]))
    text = (f"A headline about the {topic[0]}\n{by}{draw(names)} (@{draw(handles)}){sep}{written(own, 'en')}\n"
            f"{prose(topic, draw(st.integers(2, 4)))}\nUpdated {written(later, 'en')}\n")
    return text, own


@settings(max_examples=60, deadline=None)
@given(handle_byline_pages())
def test_a_byline_with_a_handle_keeps_its_date(page):
    text, own = page
    kinds = {c.value: kind for _, kind, c in dates.rank_candidates(text, today=TODAY)}
    assert kinds[own] != "comment"
    assert dates.publication_date(text, today=TODAY).published == own


@st.composite
def short_article_then_list(draw):
    """A short article (a wire brief: 1-3 sentences, < LIST_GAP_CHARS) whose stamp is laid out as
    the related-posts dates below it, and a later date elsewhere (in a sentence, an "updated" line
    or a footer) that the list rule must not hand the page to."""
    own = draw(days)
    n = draw(st.integers(3, 5))
    older = draw(st.lists(st.integers(1, 900), min_size=n, max_size=n, unique=True))
    later = written(own + timedelta(days=draw(st.integers(1, 60))), 'en')
    topic = draw(st.lists(words, min_size=1, max_size=3))
    body = "\n".join(draw(st.lists(st.sampled_from([
        f"The {topic[0]} was discussed again, officials said.",
        f"Talks on the {topic[-1]} began on {later}, the envoy said.",
        f"Residents said the {topic[0]} would be reopened next week after repairs."]), min_size=1, max_size=3)))
    items = "\n".join(f"{w.title()} in brief\n{written(own - timedelta(days=o), 'en')}"
                      for o, w in zip(older, draw(st.lists(words, min_size=n, max_size=n))))
    tail = draw(st.sampled_from(["", f"Posted in World | {later}\n", f"Updated {later}\n"]))
    text = f"A headline about the {topic[0]}\n{written(own, 'en')}\n{body}\nMore news\n{items}\n{tail}"
    assert len(body) < dates.LIST_GAP_CHARS
    return text, own


# Pages Hypothesis found where a "Posted in" footer's date tied with the stamp under the headline
# to within the position terms (8.5e-4 and float rounding): ties go to the earlier date (SCORE_TIE).
_TIED_FOOTERS = [
    ("A headline about the market\nSeptember 22, 2011\nThe market was discussed again, officials said.\nMore news\n"
     "Market in brief\nAugust 22, 2011\nMarket in brief\nAugust 4, 2011\nMarket in brief\nMay 14, 2011\n"
     "Posted in World | September 25, 2011\n", date(2011, 9, 22)),
    ("A headline about the harvest\nNovember 23, 2015\nThe harvest was discussed again, officials said.\nMore news\n"
     "Festival in brief\nJune 8, 2015\nBridge in brief\nOctober 15, 2015\nBudget in brief\nMay 7, 2015\n"
     "Posted in World | November 26, 2015\n", date(2015, 11, 23)),
]


test_a_short_articles_stamp_near_a_list_below_stays_the_date = own_date_test(
    short_article_then_list(), TODAY, 60, examples=_TIED_FOOTERS)


# Titles as news tickers and changelogs print them: their own commas, colons, brackets, dashes
# and numbers, some long enough that the line reads as a sentence.
ticker_titles = st.lists(st.sampled_from(["Review:", "Top", "10", "best", "hotels", "(Indonesia)", "in", "–", "5",
                                          "tips,", "fix", "it!", "[Rant]", "Hey", "the", "river", "council's",
                                          "new", "plan", "for", "2026", "and", "beyond", "·", "Gwern.net"]),
                         max_size=15).flatmap(
    lambda rest: st.sampled_from(["Review:", "Top", "[Rant]", "\"Why", "How", "Link", "5"]).map(lambda w: " ".join([w] + rest)))


@st.composite
def punctuated_ticker_pages(draw):
    """A ticker or changelog ("* [ March 3, 2020 ] Review: X (Y) Hotels", "+ 2022-04-12 Link to
    ... · Gwern.net") above or below the article, its titles punctuated as titles are: the items
    are still one list (the marks around each title, not inside it, are the list's layout)."""
    own = draw(days)
    n = draw(st.integers(3, 5))
    later = sorted(draw(st.lists(st.integers(1, 400), min_size=n, max_size=n, unique=True)), reverse=True)
    topic = draw(st.lists(words, min_size=1, max_size=3))
    style = draw(st.sampled_from(["ticker", "changelog"]))
    if style == "ticker":
        items = "\n".join(f"* [ {written(own + timedelta(days=o), 'en')} ] {draw(ticker_titles)}" for o in later)
    else:
        items = "\n".join(f"+ {(own + timedelta(days=o)).isoformat()} {draw(ticker_titles)}" for o in later)
    head = f"A headline about the {topic[0]}\nby {draw(names)}\n{written(own, 'en')}\n"
    body = prose(topic, draw(st.integers(1, 3)))
    text = (f"Latest posts\n{items}\n{head}{body}\n" if draw(st.booleans()) else f"{head}{body}\nUpdates\n{items}\n")
    return text, own


test_a_list_whose_titles_are_punctuated_is_still_a_list = own_date_test(punctuated_ticker_pages(), TODAY, 80)
