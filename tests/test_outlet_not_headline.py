"""A site name guessed from a page (trafilatura's sitename, read from its <title>) is never the
page's headline (QA7 item 8: wcxb-0097's outlet was '15 Language Learning Apps Compared -
Personally Tested')."""

from __future__ import annotations

import json

from hypothesis import assume, given, settings, strategies as st

from analysis.clean.html import GENERIC_HOST_LABELS, MIN_HOST_LABEL, NAME_LINK_WORDS, clean_html, site_part_of_page_title
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



# Generated (site name, host) pairs, as hosts shorten names (rev9r 4: nytimes.com, sana.sy, ft.com
# and wsj.com lost their outlet when only a host spelling the name was taken). A name's words use
# the letters a..m only; the headlines' and section labels' words start with n..z, so no headline
# or section label can be the short form of such a host.
NAME_WORD = st.text(st.sampled_from("abcdefghijklm"), min_size=2, max_size=9).filter(
    lambda w: w not in NAME_LINK_WORDS).map(str.capitalize)
HEADLINE_WORD = st.sampled_from(["Rebels", "Report", "Talks", "Stall", "Strikes", "Shelling", "Siege", "Truce",
                                 "Raqqa", "Syria", "Toll", "Rises", "Over", "Wave", "Violence", "Near", "Province"])
SECTION_LABEL = st.sampled_from(["World news", "Opinion", "Politics", "Syria", "US news", "Video", "Sport",
                                 "Middle East", "Transcripts", "World"])


@st.composite
def short_form(draw):
    """(name, host label): a name of 1-3 words, maybe 'The' before it or 'of' inside, and the host's
    short form of it: each word's initial, head (first letters) or skeleton (first letter and some
    others in order), the linking words dropped or giving their initial."""
    words = draw(st.lists(NAME_WORD, min_size=1, max_size=3))
    link = draw(st.sampled_from(["", "the", "of"]))
    name_words = (["The"] + words) if link == "the" else (words[:1] + ["of"] + words[1:]) if link == "of" and len(words) > 1 else words
    pieces = []
    for word in name_words:
        w = word.lower()
        if w in NAME_LINK_WORDS:
            pieces.append(draw(st.sampled_from(["", w[0]])))
            continue
        kind = draw(st.sampled_from(["initial", "head", "skeleton", "whole"]))
        if kind == "initial":
            pieces.append(w[0])
        elif kind == "head":
            pieces.append(w[:draw(st.integers(1, len(w)))])
        elif kind == "skeleton":
            keep = draw(st.lists(st.booleans(), min_size=len(w) - 1, max_size=len(w) - 1))
            pieces.append(w[0] + "".join(ch for ch, k in zip(w[1:], keep) if k))
        else:
            pieces.append(w)
    label = "".join(pieces)
    content = [w for w in name_words if w.lower() not in NAME_LINK_WORDS]
    # a 2-letter host is a name's initials (ft.com); one letter, or a 2-letter head of one word, names nothing
    assume(len(label) >= MIN_HOST_LABEL or (len(content) >= 2 and label == "".join(w[0].lower() for w in content)))
    assume(label not in GENERIC_HOST_LABELS)
    return " ".join(name_words), label


@settings(max_examples=150, deadline=None)
@given(short_form(), st.lists(HEADLINE_WORD, min_size=HEADLINE_NAME_MAX_WORDS + 1, max_size=9), SEPARATOR,
       st.sampled_from(["www.{}.com", "{}.sy", "www.{}.co.uk", "english.{}.net", "{}.com.tr"]), st.booleans())
def test_a_site_name_the_host_shortens_is_the_outlet(named, headline_words, sep, host, last):
    """'Headline - The New York Times' on www.nytimes.com, '... | Syrian Arab News Agency' on sana.sy,
    '... | Financial Times' on ft.com: the host's label is the name's short form, at its words'
    starts, so the part is the site's name."""
    name, label = named
    headline = " ".join(headline_words)
    title = f"{headline}{sep}{name}" if last else f"{name}{sep}{headline}"
    assert site_part_of_page_title(title, f"https://{host.format(label)}/2017/03/03/page.html") == name


@settings(max_examples=100, deadline=None)
@given(short_form(), st.lists(HEADLINE_WORD, min_size=HEADLINE_NAME_MAX_WORDS + 1, max_size=9), SECTION_LABEL, SEPARATOR)
def test_a_section_label_is_no_short_form_of_the_host(named, headline_words, section, sep):
    """The other side: a section label ('World news') whose words cannot shorten to the host's
    label gives no outlet, however the host shortens its own name."""
    _, label = named
    title = f"{' '.join(headline_words)}{sep}{section}"
    assert site_part_of_page_title(title, f"https://www.{label}.com/world/page") is None


@settings(max_examples=100, deadline=None)
@given(short_form(), st.sampled_from("nopqrstuv"), st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz"), max_size=4),
       st.lists(HEADLINE_WORD, min_size=HEADLINE_NAME_MAX_WORDS + 1, max_size=9), SEPARATOR)
def test_a_host_label_inside_a_word_of_the_part_does_not_make_it_the_site(named, before, after, headline_words, sep):
    """'aol' of www.aol.com is inside "Paola's column" but at no word's start: the part is a
    column's name, not the site's (the host's label is taken at the part's word boundaries)."""
    _, label = named
    assume(len(label) >= MIN_HOST_LABEL)
    part = f"{(before + label + after).capitalize()}'s column"
    title = f"{' '.join(headline_words)}{sep}{part}"
    assert site_part_of_page_title(title, f"https://www.{label}.com/x") is None
    # from a word's start it is the site's name ('dobszay' of "DOBSZAYs Ansichten", 'wiki' of 'DramaWiki')
    own = f"{(label + after).capitalize()}'s column"
    assert site_part_of_page_title(f"{' '.join(headline_words)}{sep}{own}", f"https://www.{label}.com/x") == own
    camel = f"{before.upper()}ox{label.capitalize()}"
    assert site_part_of_page_title(f"{' '.join(headline_words)}{sep}{camel}", f"https://wiki.{label}.com/x") == camel
