"""The HTML path: main content with trafilatura, the headline from the page's own statements."""

from __future__ import annotations

import functools
import html as htmllib
import json
import re
from urllib.parse import urlsplit

from ..text.patterns import WORD_RE
from ..text.casefold import lowered
from ._common import _has_copyright
from .outlet import (HEADLINE_NAME_MAX_WORDS, copyright_owner, guessed_outlet_is_headline, names_an_outlet,
                     outlet_from_text)
from .result import CleanText

__all__ = ["clean_html", "html_title", "html_title_candidates"]

# elements whose text a reader never sees: it is never part of a headline
UNSEEN_ELEMENTS = ("script", "style", "template")
TITLE_SEPARATORS_RE = re.compile(r"\s+[|\-–—:·»/]\s+|\s*\|\s*")


def _strip_site_name(title: str | None) -> str | None:
    """'Headline | Site' or 'Site - Headline' -> the longest part, the headline."""
    if not title:
        return title
    parts = [p.strip() for p in TITLE_SEPARATORS_RE.split(title) if p.strip()]
    return max(parts, key=len) if len(parts) > 1 else title


# the tags that hold the page's own title (each may carry the site's name after a separator);
# not h1, which on some blogs is the site's header ('Learning Loom - Tales of Technology ...')
PAGE_TITLE_TAGS = ("og", "twitter", "ld", "title")


def site_part_of_page_title(name: str, url: str | None = None) -> str | None:
    """A guessed site name that is the page's whole title ('Best High School Tutors in 2025 |
    Bold.org', 'Electrician in Ponchatoula, LA - Costs 12 / 2025 - homeyou': trafilatura offers
    the <title> when a page names no site): the site's part, its last or first part that the
    page's host spells ('homeyou' in www.homeyou.com, 'BBC News' on www.bbc.co.uk), when that is
    a name's length; else None. A part the host does not spell is not taken, however short: a
    section label ('Headline | World news' on theguardian.com) is as short as a site's name and
    only the host tells them apart (note 8); without a host nothing does. A name without a
    separator, or a name's length, is kept as is: many sites set og:title to their own name."""
    parts = [p.strip() for p in TITLE_SEPARATORS_RE.split(name) if p.strip()]
    if len(parts) < 2 or len(WORD_RE.findall(name)) <= HEADLINE_NAME_MAX_WORDS:
        return name
    host = (urlsplit(url).hostname or "") if url and "//" in url else ""
    site = next((p for p in (parts[-1], parts[0]) if _host_spells(host, p)), None)
    return site if site and len(WORD_RE.findall(site)) <= HEADLINE_NAME_MAX_WORDS else None


# Host labels that name no site ('news.sky.com', 'www.bbc.co.uk'): a title part holding one is
# not thereby the site's name ('World news' on news.sky.com). Labels shorter than
# MIN_HOST_LABEL (a country's 'uk', 'de') spell nothing either, unless they are the part's
# initials ('ft' of ft.com in 'Financial Times').
GENERIC_HOST_LABELS = frozenset({"www", "com", "org", "net", "edu", "gov", "int", "news", "info", "online", "amp",
                                 "mobile", "web", "blog", "blogs", "home", "site"})
MIN_HOST_LABEL = 3
# Words a host's short form of a name leaves out ('wsj' of 'The Wall Street Journal', 'aawsat' of
# 'Asharq Al-Awsat'): articles and linking words of the languages outlets name themselves in, and
# a possessive's 's' ('Jane's Defence Weekly' is jdw), which WORD_RE splits off as a word.
NAME_LINK_WORDS = frozenset({"the", "a", "an", "of", "for", "and", "al", "el", "le", "la", "les", "l", "de", "du",
                             "des", "der", "die", "das", "il", "lo", "s"})


def _host_spells(host: str, part: str) -> bool:
    """Whether a title part is the site the host names: the host spells the part ('homeyou' in
    www.homeyou.com, 'Bold.org'), the part's words spell one of the host's own labels ('BBC News'
    holds 'bbc' of www.bbc.co.uk, 'Sky News' 'sky' of news.sky.com, from a word's start: 'aol' is
    not in "Paola's column"), or a label is the part's short form, as hosts abbreviate names
    ('nytimes' of 'The New York Times', 'sana' of 'Syrian Arab News Agency', 'ft', 'wsj')."""
    letters = _letters(part)
    if not host or not letters:
        return False
    if letters in _letters(host):
        return True
    words = [w.casefold() for w in WORD_RE.findall(_split_camel_case(part))]
    return any(label not in GENERIC_HOST_LABELS and (_starts_at_a_word(words, label) or _abbreviates(label, words))
               for label in _name_labels(host))


def _split_camel_case(text: str) -> str:
    """'DramaWiki' -> 'Drama Wiki', 'ZimEye' -> 'Zim Eye': a name written as one word keeps its
    words' starts, where a host's label may begin ('wiki' of wiki.d-addicts.com)."""
    return "".join(" " + ch if ch.isupper() and i and text[i - 1].islower() else ch for i, ch in enumerate(text))


# second-level labels under a country's domain that name no site ('co' of bbc.co.uk, 'com' of aa.com.tr)
COUNTRY_SECOND_LEVELS = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go", "gv", "nic"})


def _name_labels(host: str) -> list[str]:
    """The host's labels that may name the site: not its top-level domain, nor a country domain's
    second level ('uk' and 'co' of www.bbc.co.uk name no site, whose initials a section label
    'United Kingdom' would otherwise be)."""
    labels = [_letters(lb) for lb in host.split(".")]
    if len(labels) > 1:
        labels = labels[:-1]
        if len(host.rsplit(".", 1)[-1]) == 2 and len(labels) > 1 and labels[-1] in COUNTRY_SECOND_LEVELS:
            labels = labels[:-1]
    return [lb for lb in labels if lb]


def _starts_at_a_word(words: list[str], label: str) -> bool:
    """The label begins at one of the part's words ('aljazeera' in 'Al Jazeera English', 'dobszay'
    in 'DOBSZAYs Ansichten'), not inside one ('aol' in "Paola's column")."""
    if len(label) < MIN_HOST_LABEL:
        return False
    return any("".join(words[i:]).startswith(label) for i in range(len(words)))


def _abbreviates(label: str, words: list[str]) -> bool:
    """Whether the label is the words' short form: each word in order gives a piece of it that
    starts with the word's first letter and keeps some of its other letters in order (its
    initial 'f' of 'Financial', its head 'times', its consonants 'tv' of 'television'); a
    linking word ('the', 'of', 'al') may give none. Every other word gives a piece, so a part is
    not taken for a few of its words ('bbc' is no short form of 'Britain backs ceasefire talks').
    A label shorter than MIN_HOST_LABEL must be the initials themselves ('ft')."""
    content = [w for w in words if w not in NAME_LINK_WORDS]
    if len(label) < MIN_HOST_LABEL:
        return len(content) >= 2 and label == "".join(w[0] for w in content)
    return bool(content) and _pieces(label, tuple(words))


@functools.lru_cache(maxsize=4096)
def _pieces(label: str, words: tuple[str, ...]) -> bool:
    """Whether the words, in order, give the label piece by piece (see _abbreviates)."""
    if not words:
        return not label
    word, rest = words[0], words[1:]
    if word in NAME_LINK_WORDS and _pieces(label, rest):
        return True
    if not label or label[0] != word[0]:
        return False
    # the piece is label[:k]: its first letter is the word's, the others a subsequence of the word's rest
    at = 1
    for k in range(1, len(label) + 1):
        if k > 1:
            at = word.find(label[k - 1], at) + 1
            if not at:
                return False
        if _pieces(label[k:], rest):
            return True
    return False


def _letters(text: str) -> str:
    """Lowercase letters and digits only: 'Bold.org' and 'bold.org' alike, 'Back of Mind' as 'backofmind'."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _squash(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(htmllib.unescape(text).split())
    return text or None


def html_title_candidates(html: str) -> dict:
    """Where a page states its headline: <h1>, og:title, twitter:title, JSON-LD headline, <title>."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # unparsable markup: no candidates rather than a crash
        return {}

    def meta(name: str) -> str | None:
        for v in tree.xpath(f'//meta[@property="{name}" or @name="{name}"]/@content'):
            if _squash(v):
                return _squash(v)
        return None

    headline = None
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        m = re.search(r'"headline"\s*:\s*"((?:[^"\\]|\\.)*)"', script)
        if m:
            try:
                headline = _squash(json.loads(f'"{m.group(1)}"'))
            except ValueError:
                headline = _squash(m.group(1))
            break
    # a <style> or <script> inside a heading is code, not words the page shows ("<h1><style>.logo{...}
    # </style>Site</h1>" gave a CSS rule as the headline); the JSON-LD headline is read above
    etree.strip_elements(tree, *UNSEEN_ELEMENTS, with_tail=False)
    h1s = [t for t in (_squash(h.text_content()) for h in tree.xpath("//h1")) if t]
    title_el = tree.xpath("//title")
    return {
        "h1": h1s[0] if h1s else None, "n_h1": len(h1s), "og": meta("og:title"), "twitter": meta("twitter:title"),
        "ld": headline, "title": _squash(title_el[0].text_content()) if title_el else None,
        "site_name": meta("og:site_name"),
    }


def html_title(c: dict) -> str | None:
    """Rules measured on WCXB dev (title exact match 0.84 vs trafilatura's 0.55): an <h1> that
    the page's metadata repeats, else the only <h1>, else og:title / JSON-LD headline / <title>
    without the site name."""
    h1 = c.get("h1")
    stated = [c.get(k) for k in ("og", "title", "ld", "twitter") if c.get(k)]
    h1_norm = " ".join(WORD_RE.findall((h1 or "").casefold()))
    if h1_norm and any(h1_norm in " ".join(WORD_RE.findall(s.casefold())) for s in stated):
        return h1
    if h1 and c.get("n_h1") == 1:
        return h1
    if c.get("og"):
        return _strip_site_name(c["og"])
    if c.get("ld"):
        return c["ld"]
    if h1:
        return h1
    return _strip_site_name(c.get("title"))


# A site name the page's template never filled in: TYPO3's "{$plugin.tx_news.opengraph.site_name}",
# "{{ site.name }}", "${siteName}", "<%= site %>", "[[site_name]]", or a script's "undefined"/"null".
PLACEHOLDER_RE = re.compile(r"[{}]|\$\w|\[\[|<%|^(?:undefined|null|none)$", re.IGNORECASE)
COPYRIGHT_SIGN_RE = re.compile(r"©|\(c\)", re.IGNORECASE)
# A site name written as a web address: "www.kas.de", "https://www.facebook.com/tagesspiegel".
ADDRESS_RE = re.compile(r"^(?:https?://)?(?:www\d?\.)?(?P<host>(?:[\w-]+\.)+[^\W\d_]{2,})(?P<path>[/?#]\S*)?$",
                        re.IGNORECASE)


def stated_site_name(name: str | None, headlines: tuple, url: str | None) -> str | None:
    """A site name as the page states it (og:site_name, trafilatura's sitename), or None when it
    is not a name (QA11 F18): an unfilled template placeholder; a web address (its host without
    "www." when it is only a host; a link to a page, a social profile, names another site); a
    copyright line (the owner it names, else the name without its sign); one of `headlines` (the
    chosen headline or the page's <title>), or one with the site appended (the site's part when
    the page's address spells it, as for a guessed whole title). A long name that is not the
    headline is kept: sites have long names."""
    name = _squash(name)
    if not name or PLACEHOLDER_RE.search(name):
        return None
    m = ADDRESS_RE.match(name)
    if m:
        return None if (m.group("path") or "").strip("/") else m.group("host")
    if _has_copyright(name, lowered(name)):  # "Guinéenews©" is a name with a sign after it
        return copyright_owner(name) or _squash(COPYRIGHT_SIGN_RE.sub(" ", name).strip(" .,-–—"))
    if any(_holds_headline(name, h) for h in headlines):
        part = site_part_of_page_title(name, url)
        return part if part != name else None
    return name


def _holds_headline(name: str, headline: str | None) -> bool:
    """Whether `name` is the headline with more around it ("<headline> | MLUK"): the headline
    is longer than a name and all of it is in `name`."""
    if not headline or len(WORD_RE.findall(headline)) <= HEADLINE_NAME_MAX_WORDS:
        return False
    return " ".join(WORD_RE.findall(lowered(headline))) in " ".join(WORD_RE.findall(lowered(name)))


def _trafilatura(html: str, url: str | None, **options) -> dict:
    import trafilatura
    from trafilatura.settings import set_date_params

    # The metadata's date is htmldate's fast (markup) reading: its extensive search, trafilatura's
    # default, ran twice a page here only to be redone by dates._html_choice, which alone decides
    # whether a guess from free text or a copyright year is used (CleanText.html_date serves callers
    # that pass no HTML to publication_date).
    doc = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True,
                                      date_extraction_params=set_date_params(extensive=False), **options)
    if doc is None:
        return {}
    return doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)


def clean_html(html: str, url: str | None = None) -> CleanText:
    """Main content with trafilatura (no comments: readers' comments are not the article), the
    headline by `html_title`, the outlet from og:site_name, trafilatura's sitename or the body."""
    data = _trafilatura(html, url)
    body = (data.get("text") or "").strip()
    # trafilatura's recall mode sometimes finds paragraphs the default drops; the longer of the
    # two wins (WCXB dev body F1 0.934 default, 0.933 recall, 0.942 longer of both).
    recall = (_trafilatura(html, url, favor_recall=True).get("text") or "").strip()
    if len(WORD_RE.findall(recall)) > len(WORD_RE.findall(body)):
        body = recall
    cands = html_title_candidates(html)
    title = html_title(cands) or _squash(data.get("title"))
    guessed = _squash(data.get("sitename"))
    address = url or data.get("url")
    # only the chosen headline vetoes: many sites write their own name as og:title on every page,
    # and a name equal to that is evidence it is the site's name
    if guessed and guessed_outlet_is_headline(guessed, (title,)):
        guessed = None
    elif guessed and guessed in {cands.get(k) for k in PAGE_TITLE_TAGS}:
        guessed = site_part_of_page_title(guessed, address)
    headlines = (title, cands.get("title"))  # not og:title: many sites set it to their own name
    stated = [stated_site_name(o, headlines, address) for o in (cands.get("site_name"), guessed)]
    outlet = next((o for o in stated if names_an_outlet(o)), None) \
        or outlet_from_text(body)
    return CleanText(body=body, title=title, outlet=outlet, html_date=(data.get("date") or None))
