"""An HTML page's og:site_name is the outlet only when it is a name (QA11 F18): not a web address
(a bare host is shown without "www."), a copyright line (its owner), an unfilled template
placeholder, or the page's headline (with the site appended, its site part)."""

from __future__ import annotations

import html as htmllib

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean import clean_html

_SITE = st.sampled_from([("Example Times", "exampletimes"), ("Der Morgen", "dermorgen"), ("Kurier", "kurier"),
                         ("Gulf Daily", "gulfdaily")])
_TLD = st.sampled_from(["com", "de", "co.uk", "org"])
_HEADLINE = st.builds(lambda who, n, where: f"{who} say {n} people were killed in shelling of {where} on Monday",
                      st.sampled_from(["Rescuers", "Medics", "Officials", "Witnesses"]), st.integers(3, 90),
                      st.sampled_from(["Aleppo", "Idlib", "Douma", "Hama"]))
_PLACEHOLDER = st.sampled_from(["{$plugin.tx_news.opengraph.site_name}", "{{ site.name }}", "${siteName}",
                                "<%= site_name %>", "[[site_name]]", "undefined"])


@st.composite
def _page(draw):
    """A news page whose og:site_name is one of the non-names, and the outlet it must give."""
    name, host = draw(_SITE)
    tld = draw(_TLD)
    headline = draw(_HEADLINE)
    kind = draw(st.sampled_from(["www host", "url host", "profile link", "copyright", "placeholder", "headline",
                                 "headline | site"]))
    domain = f"{host}.{tld}"
    stated, want = {
        "www host": (f"www.{domain}", {domain}),
        "url host": (f"https://www.{domain}/", {domain}),
        "profile link": (f"https://www.facebook.com/{host}", None),
        "copyright": (f"Copyright © {draw(st.integers(2005, 2024))} {name}. All Rights Reserved.", {name}),
        "placeholder": (draw(_PLACEHOLDER), None),
        "headline": (headline, None),
        "headline | site": (f"{headline} | {name}", {name}),
    }[kind]
    story = "".join(f"<p>{headline} in the city, a monitoring group said. Rescue workers searched the rubble of "
                    f"the buildings hit in the attack for survivors, and the toll was likely to rise, they said.</p>"
                    for _ in range(4))
    page = (f"<html><head><title>{htmllib.escape(headline)}</title>"
            f'<meta property="og:site_name" content="{htmllib.escape(stated)}">'
            f'<meta property="og:title" content="{htmllib.escape(headline)}"></head>'
            f"<body><article><h1>{htmllib.escape(headline)}</h1>{story}</article></body></html>")
    return page, f"https://www.{domain}/news/2016/03/story.html", stated, want


@settings(max_examples=30, deadline=None)
@given(_page())
def test_a_site_name_that_is_no_name_is_not_the_outlet(case):
    page, url, stated, want = case
    outlet = clean_html(page, url).outlet
    assert outlet != stated
    if want is not None:
        assert outlet in want
    else:  # nothing else on the page names the outlet
        assert outlet is None


@settings(max_examples=10, deadline=None)
@given(_SITE, _HEADLINE)
def test_a_site_name_that_is_a_name_is_kept(site, headline):
    name, host = site
    page = (f"<html><head><title>{headline} | {name}</title><meta property=\"og:site_name\" content=\"{name}\">"
            f"</head><body><article><h1>{headline}</h1><p>{headline} in the city, a monitoring group said, and "
            f"rescue workers searched the rubble of the buildings for survivors.</p></article></body></html>")
    assert clean_html(page, f"https://www.{host}.com/a.html").outlet == name
