"""The one sentence splitter: tolls and tone cut a body into the same sentences, so a toll's
sentence_no joins its tone_sentences row.

Rule based (no model download). Public API: split_sentences, PARAGRAPH_RE.
"""

from __future__ import annotations

import re

__all__ = ["split_sentences", "PARAGRAPH_RE"]

TITLE_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep",
    "st", "jr", "sr", "adm", "cmdr", "brig", "pres", "rev", "hon", "messrs", "mt", "ft",
}
OTHER_ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "nos", "vs", "etc", "inc", "co", "corp", "ltd", "approx", "est", "dept", "fig", "al",
    "e.g", "i.e", "a.m", "p.m",
}
# After an abbreviation a new sentence is only assumed when one of these words follows.
SENTENCE_STARTERS = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "this", "that", "these", "those",
    "there", "in", "on", "at", "his", "her", "their", "its", "however", "meanwhile", "according",
    "officials", "some", "many", "most", "after", "before", "since", "while", "when", "as", "if",
}
# A full stop glued to a dash and a capitalised word that more text follows ("...in March
# 2011.-AFP Sun 22 Feb 2015 Suicide bomber kills 4"): a wire credit closing one story run into
# the next, so a sentence ends at the stop. A credit that ends the paragraph stays with its
# sentence, and an abbreviation's stop never ends one here ("U.S.-Russian", `_split_here`). A
# credit is a wire's name: capitals ("AFP", "SANA", "AFP/dpa") or one of WIRE_NAMES; a word after
# a state's abbreviation ("Calif.-Based Firm Says 3 Dead") is not one.
WIRE_NAMES = ("Reuters", "Xinhua", "Anadolu", "Sputnik", "Bernama", "Yonhap", "Kyodo")
_GLUED_CREDIT = rf"[-–—]\s?(?:[A-Z]{{2,}}[A-Za-z/.]*|{'|'.join(WIRE_NAMES)})\s+\S"
BOUNDARY_RE = re.compile(rf"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9]|{_GLUED_CREDIT})")
# A full stop with no space after it, glued to a capitalised word ("civilians are under
# siege.This outrageous escalation ..."), as scraped text often runs sentences together: a
# boundary when the word before it is a lower-case word of two letters or more that is no
# abbreviation (`_glued_stop`), so "U.S.Army", "a.m.Monday", "J.R.R.Tolkien", "3.5" and
# "news.Com" stay whole.
GLUED_STOP_RE = re.compile(r"\.(?=[A-Z][a-z])")
DOMAIN_ENDINGS = {"com", "net", "org", "gov", "edu", "int", "info", "co", "uk", "io", "tv", "me", "ly"}
FILE_ENDINGS = {"pdf", "doc", "docx", "txt", "csv", "xls", "xlsx", "htm", "html", "jpg", "jpeg", "png", "gif", "mp4"}
WEB_PREFIXES = {"www", "http", "https", "ftp"}  # "www.Aljazeera.com": the stop is the address's
ADDRESS_GOES_ON_RE = re.compile(r"\.[a-z]{2,4}\b")  # the word after the stop runs on into ".org"
URL_REACH = 80  # chars after a glued stop read for the rest of an address
PARAGRAPH_RE = re.compile(r"[^\n]+")
ABBREVIATIONS = TITLE_ABBREVIATIONS | OTHER_ABBREVIATIONS
DOTTED_RE = re.compile(r"(?:[a-z]\.)+[a-z]")  # U.S, U.N, e.g
NEXT_WORD_RE = re.compile(r"\s+[\"'“‘(\[]?(\w+)")
OPENERS = "\"'“‘(["


def _is_abbreviation(token: str) -> bool:
    """True when `token` (text before a period, without it) is an abbreviation, not a word."""
    t = token.lstrip(OPENERS).lower()
    if not t:
        return False
    if t in ABBREVIATIONS:
        return True
    if len(t) == 1 and t.isalpha():  # an initial: "James B. Comey"
        return True
    return DOTTED_RE.fullmatch(t) is not None


def _split_here(para: str, end: int) -> bool:
    """Whether the boundary candidate ending at `end` really ends a sentence."""
    if para[end - 1] != ".":  # '!', '?' or a closing quote or bracket always ends one
        return True
    words = para[max(0, end - 41): end - 1].rsplit(None, 1)
    token = words[-1] if words else ""
    if not _is_abbreviation(token):
        return True
    if token.lstrip(OPENERS).lower() in TITLE_ABBREVIATIONS:
        return False
    nxt = NEXT_WORD_RE.match(para, end)  # at `end`, as matching para[end:] without the copy
    return nxt is not None and nxt.group(1).lower() in SENTENCE_STARTERS


def _glued_stop(para: str, dot: int) -> bool:
    """Whether the full stop at `dot`, glued to the capitalised word after it, ends a sentence."""
    words = para[max(0, dot - 40): dot].rsplit(None, 1)
    token = words[-1].lstrip(OPENERS) if words else ""
    if len(token) < 2 or not (token.isalpha() and token.islower()) or token in ABBREVIATIONS or token in WEB_PREFIXES:
        return False
    right = para[dot + 1: dot + 1 + URL_REACH].split(None, 1)[0]
    if ADDRESS_GOES_ON_RE.search(right):  # "news.SyriaDirect.org": an address, not two sentences
        return False
    nxt = re.match(r"[A-Za-z]+", right)
    return nxt is not None and nxt.group().lower() not in DOMAIN_ENDINGS | FILE_ENDINGS


def _has_mark(p: str) -> bool:
    return "." in p or "!" in p or "?" in p


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of sentences, so text[start:end] is the sentence.

    Rule based (no model download): a line break always ends a sentence; '.', '!' or '?'
    (with closing quotes) followed by a capital or digit ends one, unless the period belongs
    to an abbreviation ("Mr.", "Jan.", "U.S.", an initial), where a break is only assumed
    when a common sentence opener follows. Decimals never break (no space after the dot); a
    full stop glued to a capitalised word breaks after a lower-case word ("siege.This").
    """
    spans: list[tuple[int, int]] = []
    for para in PARAGRAPH_RE.finditer(text or ""):
        p, base, start = para.group(), para.start(), 0
        # a boundary needs one of .!? in the paragraph; most lines of a scraped page have none
        cuts = [m.end() for m in BOUNDARY_RE.finditer(p) if _split_here(p, m.end())] if _has_mark(p) else []
        if "." in p:
            glued = [m.end() for m in GLUED_STOP_RE.finditer(p) if _glued_stop(p, m.start())]
            cuts = sorted(set(cuts + glued)) if glued else cuts
        for cut in cuts + [len(p)]:
            piece = p[start:cut]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                spans.append((base + start + lead, base + start + len(piece.rstrip())))
            start = cut
    return spans
