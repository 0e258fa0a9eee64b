"""Plain-text cleaning: the line model's scores decoded into a body (fixed rules, hysteresis,
islands, edge credits, short records), then the headline and the outlet. No maintained library
cleans plain scraped text (they all need HTML), hence the line model of clean.lines."""

from __future__ import annotations

import re

from ..text.casefold import lowered
from ..text.patterns import WORD_RE
from ..text.sentences import split_sentences
from ._common import _ends_sentence, _has_copyright, _has_url_email, _tokens
from .language import ALL_STOPWORDS
from .inline_tags import INLINE_TAGS_REASON, inline_tag_lists
from .link_tail import LINK_TAIL_REASON, link_tail
from .list_box import LIST_BOX_REASON, list_box_lines
from .lines import (BASE_FEATURES, _Line, _model_reasons, _separator_count, _split_lines, line_probabilities,
                    load_model)
from .outlet import outlet_from_appeal, outlet_from_text
from .result import CleanText, RemovedLine
from .title import (byline_names, choose_title, headline_text, not_a_title, sentence_headline, site_header,
                    starts_with_call_to_action, title_candidates)

__all__ = ["clean_plain_text", "rule_reason"]

IMAGE_ID_RE = re.compile(r"^_?\d{3,5}(_\d{2,5}){2,}$")


def rule_reason(line: str) -> str | None:
    """Lines that are chrome whatever the model says: no words, image ids, short copyright notices."""
    s = line.strip()
    if not s:
        return None
    if not WORD_RE.search(s):
        return "no words"
    if IMAGE_ID_RE.match(s):
        return "image id"
    if _has_copyright(s, lowered(s)) and len(_tokens(s)) <= 15:
        return "copyright notice"
    return None


# Credit lines that sit at the edge of a story ("Reporting by ...", "X, journalist for Y").
CREDIT_RE = re.compile(
    r"^(by|reporting by|writing by|editing by|additional reporting|compiled by)\b"
    r"|\b(journalist|correspondent|reporter|contributor)s?\s+(for|at|with)\b"
    r"|\breports\.?$|\bcontributed (to )?this report",
    re.IGNORECASE,
)
CREDIT_MAX_WORDS = 16


def _extend_body(lines: list[_Line], keep: list[bool], reasons: dict[int, str], p: list[float],
                 rows: list[list[float]], low: float) -> None:
    """Hysteresis: a sentence-like line scoring between `low` and the threshold joins the body
    when it touches a body line (the last paragraph before a footer scores low because of
    what follows it)."""
    prose_col = BASE_FEATURES.index("prose")
    changed = True
    while changed:
        changed = False
        for i in range(len(lines)):
            if keep[i] or i in reasons or p[i] < low or not rows[i][prose_col]:
                continue
            if (i > 0 and keep[i - 1]) or (i + 1 < len(lines) and keep[i + 1]):
                keep[i] = True
                changed = True


STRONG_P = 0.8  # lines this sure are the story's core; islands are only looked for outside it


def _drop_isolated(keep: list[bool], reasons: dict[int, str], p: list[float], below: float) -> None:
    """A doubtful line with no body line next to it is an island in the chrome (a comment
    prompt, an appeal); the story itself is contiguous. A lone body line (a one-line article)
    is left alone."""
    kept = [i for i, k in enumerate(keep) if k]
    if len(kept) < 2:
        return
    n = len(keep)
    strong = [i for i in kept if p[i] >= STRONG_P]
    lo, hi = (strong[0], strong[-1]) if strong else (n, -1)
    drop = [i for i in kept if p[i] < below and not lo <= i <= hi
            and not (i > 0 and keep[i - 1]) and not (i + 1 < n and keep[i + 1])]
    for i in drop:
        keep[i] = False
        reasons[i] = f"boilerplate (p_body={p[i]:.2f}): isolated among boilerplate lines"


def _drop_trailing_box(lines: list[_Line], keep: list[bool], reasons: dict[int, str], p: list[float],
                       rows: list[list[float]], below: float) -> None:
    """After the story's last sure line, kept lines that are all doubtful and open with a
    heading in a block of their own are a box under the story (an appeal, a newsletter or
    author box: 'Be Part of Quality Journalism' and its paragraph), not its last section."""
    prose_col = BASE_FEATURES.index("prose")
    kept = [i for i, k in enumerate(keep) if k]
    strong = [i for i in kept if p[i] >= STRONG_P]
    if not strong:
        return
    tail = [i for i in kept if i > strong[-1]]
    if (tail and all(p[i] < below for i in tail) and not rows[tail[0]][prose_col]
            and lines[tail[0]].block != lines[strong[-1]].block):
        for i in tail:
            keep[i] = False
            reasons[i] = f"boilerplate (p_body={p[i]:.2f}): a box under the story (a heading and doubtful lines after its last sure line)"


def _require_a_sentence(keep: list[bool], reasons: dict[int, str], rows: list[list[float]]) -> None:
    """A page whose kept lines hold no sentence at all is a menu or footer, not an article."""
    prose_col = BASE_FEATURES.index("prose")
    kept = [i for i, k in enumerate(keep) if k]
    if kept and not any(rows[i][prose_col] for i in kept):
        for i in kept:
            keep[i] = False
            reasons[i] = "no sentence-like line anywhere in the text (menu or footer only)"


# A record of one or two sentences (a brief, a sentence corpus row) is too short for the line
# model's page-level evidence; it is an article when its lines read as prose. Menus, footers and
# link lists never do (no sentence end, no function words, separators or addresses).
SHORT_TEXT_MAX_LINES = 3
SHORT_TEXT_MAX_TOKENS = 120
SHORT_PROSE_MIN_TOKENS = 4  # in its longest sentence: "Read more. Share this." is chrome


def _reads_as_prose(ln: _Line) -> bool:
    content = ln.content
    low = lowered(content)
    longest = max((len(_tokens(content[a:b])) for a, b in split_sentences(content)), default=0)
    return (longest >= SHORT_PROSE_MIN_TOKENS and _ends_sentence(content)
            and (any(w in ALL_STOPWORDS for w in ln.lower) or sum(t[:1].islower() for t in ln.tokens) >= 2)
            and not _separator_count(content)
            and not _has_url_email(content, low) and not _has_copyright(content, low))


def _keep_short_prose(lines: list[_Line], keep: list[bool], reasons: dict[int, str]) -> None:
    """Keep the prose lines of a short record that the page-level rules left empty."""
    if len(lines) > SHORT_TEXT_MAX_LINES or sum(len(ln.tokens) for ln in lines) > SHORT_TEXT_MAX_TOKENS:
        return
    for i, ln in enumerate(lines):
        if _reads_as_prose(ln):
            keep[i] = True
            reasons.pop(i, None)


def _drop_list_boxes(lines: list[_Line], keep: list[bool], reasons: dict[int, str]) -> None:
    """Numbered or bulleted items under a "Most read" / "Top stories" heading are other stories'
    headlines, whatever the model scored them (QA11 F16)."""
    for i in list_box_lines(lines, keep):
        if keep[i] or i not in reasons:  # a fixed rule's reason ("no words") stays
            keep[i] = False
            reasons[i] = LIST_BOX_REASON


def _edge_credit_lines(lines: list[_Line], keep: list[bool], reasons: dict[int, str]) -> None:
    """Drop short credit lines among the first or last two kept lines: there they are
    furniture around the story, while the same words mid-story are reporting."""
    kept = [i for i, k in enumerate(keep) if k]
    if len(kept) < 3:
        return
    for i in kept[:2] + kept[-2:]:
        ln = lines[i]
        if len(ln.tokens) <= CREDIT_MAX_WORDS and CREDIT_RE.search(ln.content.strip()):
            keep[i] = False
            reasons[i] = "byline/credit line at the edge of the story"



def _cut_link_tail(lines: list[_Line], keep: list[bool], title_idx: int | None) -> tuple[int, _Line, RemovedLine] | None:
    """A "Related ..." / "Tags ..." link list run into the story's last line (one-line corpus
    text): that line without it, and the cut as a removed piece. The line keeps its start, so
    the body's character offsets before the cut are unchanged; a cut that would leave no body
    is not made."""
    kept = [i for i, k in enumerate(keep) if k and i != title_idx]
    if not kept:
        return None
    i = kept[-1]
    ln = lines[i]
    marker = link_tail(ln.text)
    if marker is None or (marker.start() == 0 and len(kept) == 1):
        return None
    start = marker.start()
    head = ln.text[:start].rstrip()
    if not head:
        keep[i] = False  # the whole line is the list; its own removed row is the cut
    content = head[len(ln.text) - len(ln.content):] if head else ""
    toks = _tokens(content)
    lower = list(map(str.lower, toks))
    short = _Line(ln.line_no, head, content, toks, lower, ln.block, ln.bullet, ln.numbered, " ".join(lower))
    cut = RemovedLine(ln.line_no, ln.text[start:],
                      f"{LINK_TAIL_REASON}: '{marker.group(0).rstrip(':')}' and what follows it, "
                      f"from character {start + 1} of line {ln.line_no}")
    return i, short, cut


def _cut_inline_tags(ln: _Line) -> tuple[_Line, list[RemovedLine]]:
    """The line without its "Tags" keyword lists that stand before the story (QA10 F17), and
    each list as a removed piece. What stood before a list and the story after it become two
    lines of the body (the page showed them apart), so neither is read as one sentence."""
    marker_len = len(ln.text) - len(ln.content)
    spans = [(a, b) for a, b in inline_tag_lists(ln.text) if a >= marker_len]
    if not spans:
        return ln, []
    parts, cuts, at = [], [], 0
    for a, b in spans:
        parts.append(ln.text[at:a].rstrip())
        cuts.append(RemovedLine(ln.line_no, ln.text[a:b].rstrip(),
                                f"{INLINE_TAGS_REASON}: from character {a + 1} of line {ln.line_no}"))
        at = b
    parts.append(ln.text[at:])
    text = "\n".join(p for p in parts if p)
    content = text[marker_len:]
    toks = _tokens(content)
    lower = list(map(str.lower, toks))
    return _Line(ln.line_no, text, content, toks, lower, ln.block, ln.bullet, ln.numbered, " ".join(lower)), cuts


def clean_plain_text(text: str, model: dict | None = None) -> CleanText:
    """Split a scrape into title, body and removed lines. The line model scores every line;
    fixed rules (no words, image ids, copyright) and decoding rules (hysteresis, islands, edge
    credits, no sentence at all) follow, then the headline ranker picks the title or none.
    `model` defaults to the shipped JSON; training passes fold models."""
    model = model or load_model()
    lines = _split_lines(text or "")
    if not lines:
        return CleanText(body="")
    p, rows = line_probabilities(lines, model)
    threshold = model["threshold"]
    keep = [False] * len(lines)
    reasons: dict[int, str] = {}
    for i, ln in enumerate(lines):
        r = rule_reason(ln.text)
        if r:
            reasons[i] = r
        elif p[i] >= threshold:
            keep[i] = True
    _drop_list_boxes(lines, keep, reasons)  # first: the decoding rules below see the box as chrome
    _extend_body(lines, keep, reasons, p, rows, model.get("extend_threshold", threshold))
    _drop_isolated(keep, reasons, p, model.get("isolated_threshold", 0.0))
    _drop_trailing_box(lines, keep, reasons, p, rows, model.get("isolated_threshold", 0.0))
    _require_a_sentence(keep, reasons, rows)
    if not any(keep):
        _keep_short_prose(lines, keep, reasons)
    _edge_credit_lines(lines, keep, reasons)
    title_idx = None
    text_outlet = outlet_from_text(text)
    if any(keep):  # a headline over no story is menu text
        # the stage-2 rows start with the base features, all that title_candidates reads
        only = keep.index(True) if keep.count(True) == 1 else None  # a headline needs a story under it
        bylined = byline_names(lines)  # "Elaine Chen" under "By Elaine Chen" is the author, not the headline
        title_idx, _ = choose_title(title_candidates(lines, rows, p, threshold), model,
                                    lambda i: i == only or not_a_title(lines[i], text_outlet)
                                    or lines[i].norm in bylined or starts_with_call_to_action(lines[i]))
        # a full-stop headline the ranker may not take (QA11 F6): it wins over none or a site's header
        # line right above it; never over a headline the ranker chose (a dek under it ends in a stop too)
        stop_headline = sentence_headline(lines, keep, text_outlet)
        if stop_headline is not None and (title_idx is None or title_idx == stop_headline - 1
                                          and site_header(lines[title_idx], text_outlet)):
            title_idx = stop_headline
    if title_idx is not None:
        keep[title_idx] = False
    body_parts: list[str] = []
    prev_block = None
    removed: list[RemovedLine] = []
    scored = [i for i in range(len(lines)) if not keep[i] and i != title_idx and not reasons.get(i)]
    reasons.update(zip(scored, _model_reasons([rows[i] for i in scored], [p[i] for i in scored], model)))
    body_tokens: list[str] = []  # lines are joined by newlines, so the body's tokens are the lines' in turn
    body_lower: list[str] = []
    tail = _cut_link_tail(lines, keep, title_idx)
    for i, ln in enumerate(lines):
        if tail and i == tail[0]:
            ln = tail[1]
        if keep[i]:
            ln, inline_cuts = _cut_inline_tags(ln)
            removed += inline_cuts
            if body_parts:
                body_parts.append("\n" if ln.block == prev_block else "\n\n")
            body_parts.append(ln.text)
            prev_block = ln.block
            if len(ln.text) == len(ln.content):  # no list marker: the text is the content
                body_tokens += ln.tokens
                body_lower += ln.lower
            else:
                marked = _tokens(ln.text)
                body_tokens += marked
                body_lower += map(str.lower, marked)
        elif i != title_idx and not (tail and i == tail[0]):
            removed.append(RemovedLine(ln.line_no, ln.text, reasons[i]))
        if tail and i == tail[0]:
            removed.append(tail[2])
    title = headline_text(lines, title_idx, text_outlet) if title_idx is not None else None
    outlet = text_outlet or outlet_from_appeal([r.text for r in removed])
    return CleanText(body="".join(body_parts), title=title, outlet=outlet, removed=removed,
                     body_words=(body_tokens, body_lower))
