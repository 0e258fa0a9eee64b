"""HTML pages as the plain text a scraper dumps (development only: the line-model trainer uses it
to learn headlines from pages that come only as HTML, e.g. trafilatura's evaluation pages).

The shape follows WCXB's `text` field: block elements on lines of their own, paragraphs,
headings and tables set off by blank lines, list items marked by depth (* + o #), scripts,
styles and form controls dropped, lines stripped and blank runs collapsed.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "select", "option", "button",
        "textarea", "object", "embed", "canvas", "map"}
PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "hr", "figure", "dl"}
BLOCK = {"address", "article", "aside", "br", "dd", "div", "dt", "fieldset", "figcaption", "footer", "header",
         "li", "main", "nav", "ol", "section", "tr", "ul", "title", "body", "form", "label", "summary", "details",
         "caption", "td", "th"}
LIST_MARKERS = "*+o#"  # by nesting depth, as WCXB's dumps mark them
_LINE, _PARA = "\x01", "\x02"  # break marks while walking; a run with a paragraph mark is a blank line
BREAK_RE = re.compile(r"[\x01\x02][\x01\x02\s]*")
SPACE_RE = re.compile(r"[ \t\r\f\v\xa0\u200b]+")


def render_text(html: str) -> str:
    """The page's visible text, one block per line ("" when the HTML cannot be parsed)."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    out: list[str] = []

    def walk(el, depth: int) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag and tag not in SKIP:
            mark = _PARA if tag in PARAGRAPH else _LINE if tag in BLOCK else ""
            out.append(mark)
            if tag == "li":
                out.append(LIST_MARKERS[min(max(depth, 1), len(LIST_MARKERS)) - 1] + " ")
            out.append(el.text or "")
            for child in el:
                walk(child, depth + (tag in ("ul", "ol")))
            out.append(mark)
        out.append(el.tail or "")

    body = root.find("body")
    walk(body if body is not None else root, 0)
    text = BREAK_RE.sub(lambda m: "\n\n" if _PARA in m.group() else "\n", "".join(out).replace("\n", " "))
    lines: list[str] = []
    blank = False
    for raw in text.split("\n"):
        line = SPACE_RE.sub(" ", raw).strip()
        if not line or line in LIST_MARKERS:  # an empty list item leaves only its marker
            blank = blank or not line
            continue
        if blank and lines:
            lines.append("")
        lines.append(line)
        blank = False
    return "\n".join(lines)
