"""A site name guessed from a page (trafilatura's sitename, read from its <title>) is never the
page's headline (QA7 item 8: wcxb-0097's outlet was '15 Language Learning Apps Compared -
Personally Tested')."""

from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from analysis.clean.html import clean_html
from analysis.clean.outlet import GUESSED_NAME_MAX_WORDS, HEADLINE_NAME_MAX_WORDS, guessed_outlet_is_headline

WORD = st.sampled_from(["Language", "Apps", "Compared", "Personally", "Tested", "Best", "Tutors", "Guide", "Costs",
                        "Shoe", "Companies", "World", "Know", "About", "Cheap", "Fixes"])
BODY = "<p>" + "A long paragraph of the article body that trafilatura keeps as the main text. " * 12 + "</p>"


@settings(max_examples=15, deadline=None)
@given(st.lists(WORD, min_size=HEADLINE_NAME_MAX_WORDS + 1, max_size=GUESSED_NAME_MAX_WORDS))
def test_a_page_without_a_site_name_does_not_get_its_headline_as_outlet(words):
    headline = " ".join(words)
    url = "https://www.example.com/some-page/"
    # a Yoast-style JSON-LD WebPage whose name is the headline: trafilatura offers it as the sitename
    ld = json.dumps({"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": url, "url": url, "name": headline}]})
    html = (f'<html lang="en"><head><title>{headline}</title><meta property="og:title" content="{headline}">'
            f'<script type="application/ld+json">{ld}</script></head>'
            f"<body><article><h1>{headline}</h1>{BODY}</article></body></html>")
    cleaned = clean_html(html, url=url)
    assert cleaned.title == headline
    assert cleaned.outlet != headline


def test_a_short_name_equal_to_the_title_and_a_stated_site_name_are_kept():
    assert not guessed_outlet_is_headline("Marcus on AI", ("Marcus on AI",))  # a blog's home page: its name is its title
    assert not guessed_outlet_is_headline("Example Daily News", ("A long headline about something else entirely",))
    assert guessed_outlet_is_headline(" ".join(["word"] * (GUESSED_NAME_MAX_WORDS + 1)), ())


PUBLISHER_WORD = st.sampled_from(["Syrian", "Observatory", "for", "Human", "Rights", "Network", "Middle", "East",
                                  "Daily", "Monitor", "News", "Agency", "Arab"])


@settings(max_examples=15, deadline=None)
@given(st.lists(PUBLISHER_WORD, min_size=HEADLINE_NAME_MAX_WORDS + 1, max_size=GUESSED_NAME_MAX_WORDS).filter(lambda w: w[0] != "for"),
       st.lists(WORD, min_size=4, max_size=9))
def test_a_publisher_named_in_og_title_is_kept_when_the_headline_is_another(name_words, headline_words):
    """Many sites write their own name as og:title on every page: a guessed publisher equal to
    og:title is the site's name, kept when the chosen headline is something else."""
    site, headline = " ".join(name_words), " ".join(headline_words)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
                     "publisher": {"@type": "Organization", "name": site}})
    html = (f'<html lang="en"><head><title>{headline} - {site}</title><meta property="og:title" content="{site}">'
            f'<script type="application/ld+json">{ld}</script></head>'
            f"<body><article><h1>{headline}</h1>{BODY}</article></body></html>")
    cleaned = clean_html(html, url="https://www.example.org/en/12345/")
    if cleaned.title != site:  # the premise: the page's headline was chosen, not its site name
        assert cleaned.outlet == site


SITE = st.sampled_from(["Bold.org", "homeyou", "Example News", "The Daily Monitor"])
SEPARATOR = st.sampled_from([" | ", " - ", " – ", " — "])


@settings(max_examples=20, deadline=None)
@given(st.lists(WORD, min_size=HEADLINE_NAME_MAX_WORDS, max_size=GUESSED_NAME_MAX_WORDS - 3), SITE, SEPARATOR, st.booleans())
def test_a_page_title_carrying_the_site_name_gives_the_site_not_the_title(words, site, sep, with_url):
    """A page with no og:site_name whose <title> and og:title are 'Headline | Site' and whose h1 is
    another wording of the headline: trafilatura offers the whole title as the site name, which
    the og:title veto used to drop and, after rfix7b, became the outlet ('Best High School Tutors
    in 2025 | Bold.org', 2 of 5 WCXB outlets that rule changed). The outlet is the site's part."""
    headline = " ".join(words)
    page_title = f"{headline}{sep}{site}"
    url = f"https://www.{''.join(ch for ch in site.lower() if ch.isalnum())}.com/blog/page/"
    # a Yoast-style JSON-LD WebPage named with the page title: trafilatura offers it as the sitename
    ld = json.dumps({"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": url, "url": url, "name": page_title}]})
    html = (f'<html lang="en"><head><title>{page_title}</title><meta property="og:title" content="{page_title}">'
            f'<meta name="twitter:title" content="{page_title}"><script type="application/ld+json">{ld}</script></head>'
            f"<body><article><h1>{headline}, reviewed</h1>{BODY}</article></body></html>")
    cleaned = clean_html(html, url=url if with_url else None)
    # without the page's address nothing tells a site's name from a section label (note 8)
    assert cleaned.outlet == (site if with_url else None), (cleaned.outlet, cleaned.title)


SECTION = st.sampled_from(["World news", "Middle East", "Opinion", "Politics", "Live", "US news"])
HOST = st.sampled_from(["www.theguardian.com", "news.sky.com", "www.aljazeera.com", "edition.cnn.com", "www.bbc.co.uk"])


def _page_titled(page_title: str, headline: str, url: str) -> str:
    ld = json.dumps({"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": url, "url": url, "name": page_title}]})
    return (f'<html lang="en"><head><title>{page_title}</title><meta property="og:title" content="{page_title}">'
            f'<meta name="twitter:title" content="{page_title}"><script type="application/ld+json">{ld}</script></head>'
            f"<body><article><h1>{headline}, reviewed</h1>{BODY}</article></body></html>")


@settings(max_examples=20, deadline=None)
@given(st.lists(WORD, min_size=HEADLINE_NAME_MAX_WORDS, max_size=GUESSED_NAME_MAX_WORDS - 3), SECTION, SEPARATOR, HOST, st.booleans())
def test_a_section_label_the_host_does_not_spell_is_no_outlet(words, section, sep, host, first):
    """Note 8: 'Headline | World news' on a host that does not spell it gave the section label
    'World news' as the outlet (the shorter end part was taken). Only a part the host spells is
    the site's name."""
    headline = " ".join(words)
    page_title = f"{section}{sep}{headline}" if first else f"{headline}{sep}{section}"
    url = f"https://{host}/world/2016/page"
    cleaned = clean_html(_page_titled(page_title, headline, url), url=url)
    assert cleaned.outlet != section, (cleaned.outlet, cleaned.title)


@settings(max_examples=10, deadline=None)
@given(st.lists(WORD, min_size=HEADLINE_NAME_MAX_WORDS, max_size=GUESSED_NAME_MAX_WORDS - 3), SEPARATOR,
       st.sampled_from([("BBC News", "www.bbc.co.uk"), ("Sky News", "news.sky.com"), ("Al Jazeera", "www.aljazeera.com")]))
def test_a_site_part_holding_the_hosts_own_label_is_the_outlet(words, sep, named):
    """The host spells a site's name in its own label ('bbc' of www.bbc.co.uk in 'BBC News')."""
    site, host = named
    headline = " ".join(words)
    url = f"https://{host}/world/2016/page"
    cleaned = clean_html(_page_titled(f"{headline}{sep}{site}", headline, url), url=url)
    assert cleaned.outlet == site, (cleaned.outlet, cleaned.title)

