"""A web page's headline where its own markup agrees on one (development only: the line-model
trainer uses it to label headlines on pages that come without a gold title, e.g. htmldate's
evaluation pages).

Why agreement: a page's `<h1>` is the headline on most news pages, but some pages have none,
several, or an `<h1>` that is the site's logo; its `og:title`/`<title>` is the headline too, often
with the site's name after it. When the page's only `<h1>` text is the whole `og:title`,
`twitter:title` or `<title>`, or their start followed by more words ("Title - Site"), the two
sources agree. On pages with a gold title this agrees with the gold on 430 of the 450 WCXB pages
it labels and 237 of the 256 trafilatura pages (the others mostly the page's longer SEO heading
against a shorter gold, or the reverse).
"""

from __future__ import annotations

import lxml.html
from lxml import etree

from corpora import norm_title

MIN_WORDS = 2  # a one-word <h1> agreeing with "<word> - Site" is a logo or a section, not a headline
_META_TITLES = '//meta[@property="og:title"]/@content|//meta[@name="twitter:title"]/@content|//title'


def markup_title(html: str) -> str | None:
    """The page's only `<h1>` text when an og:title, twitter:title or `<title>` is it or starts
    with it; None when the markup does not agree on one headline."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for el in root.xpath("//script|//style|//template|//noscript"):
        el.drop_tree()
    h1 = [" ".join(h.text_content().split()) for h in root.xpath("//h1")]
    h1 = [h for h in h1 if norm_title(h)]
    if len({norm_title(h) for h in h1}) != 1:
        return None
    head, head_norm = h1[0], norm_title(h1[0])
    if len(head_norm.split()) < MIN_WORDS:
        return None
    for meta in root.xpath(_META_TITLES):
        other = norm_title(meta if isinstance(meta, str) else meta.text_content())
        if other == head_norm or other.startswith(head_norm + " "):
            return head
    return None
