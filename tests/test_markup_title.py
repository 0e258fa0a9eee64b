"""The headline a page's markup agrees on (benchmarks/markup_title.py), which labels the extra
pages the headline ranker trains on: a page whose only <h1> is its og:title or <title> (whole, or
followed by the site's name) gives that headline; a page whose markup disagrees gives none, so no
page is labelled with a logo, a section name or the wrong heading."""

from __future__ import annotations

from html import escape

from hypothesis import given
from hypothesis import strategies as st

from markup_title import markup_title

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=9)
HEADLINE = st.lists(WORD, min_size=2, max_size=12).map(" ".join)
SITE = st.sampled_from(["Example News", "The Daily Planet", "Gazette"])
SEPARATOR = st.sampled_from([" | ", " - ", " – ", ": "])


def page(h1s: list[str], title: str | None = None, og: str | None = None, body: str = "<p>The story.</p>") -> str:
    head = (f"<title>{escape(title)}</title>" if title is not None else "") + (
        f'<meta property="og:title" content="{escape(og)}">' if og is not None else "")
    return (f"<html><head>{head}</head><body><header><a>Home</a></header>"
            + "".join(f"<h1>{escape(h)}</h1>" for h in h1s) + body + "</body></html>")


@given(HEADLINE, SITE, SEPARATOR)
def test_h1_followed_by_the_site_in_title_is_the_headline(headline, site, sep):
    assert markup_title(page([headline], title=headline + sep + site)) == headline


@given(HEADLINE)
def test_h1_equal_to_og_title_is_the_headline(headline):
    assert markup_title(page([headline], og=headline)) == headline


@given(HEADLINE, HEADLINE)
def test_h1_the_meta_titles_do_not_start_with_gives_none(headline, other):
    if other.casefold().startswith(headline.casefold()):
        return
    assert markup_title(page([headline], title=other, og=other)) is None


@given(HEADLINE, HEADLINE, SITE)
def test_two_different_h1s_give_none(headline, other, site):
    if headline.casefold() == other.casefold():
        return
    assert markup_title(page([site, headline], title=f"{headline} | {site}")) is None


@given(SITE)
def test_a_one_word_h1_is_no_headline(site):
    logo = site.split()[-1]
    assert markup_title(page([logo], title=f"{logo} - Home")) is None


def test_no_h1_or_no_meta_title_gives_none():
    assert markup_title(page([], title="Syria talks end without a deal")) is None
    assert markup_title(page(["Syria talks end without a deal"])) is None
    assert markup_title("") is None


def test_script_text_inside_the_h1_is_not_the_headline():
    html = page(["Syria talks end without a deal"], og="Syria talks end without a deal").replace(
        "<h1>Syria talks end without", "<h1>Syria talks end<script>var x = 1;</script> without")
    assert "<script>" in html and markup_title(html) == "Syria talks end without a deal"
