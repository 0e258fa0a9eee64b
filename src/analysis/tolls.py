"""Reported death tolls: every number of dead an article states, with what kind it is.

A toll is a claim, not a fact: "more than 300,000" is a lower bound, "some 300,000" an
estimate, and the war's cumulative toll is not the toll of the bombing an article reports.
Each row keeps its sentence and character span so a reader can check it.
"""

from __future__ import annotations

import re

TOLL_COLUMNS = [
    "article_id", "value", "low", "high", "qualifier", "scope", "victims", "attributed_to",
    "is_headline", "sentence", "start", "end", "published", "outlet",
]

WORD_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "a dozen": 12, "dozens": 24, "hundreds": 200,
}
QUALIFIERS = [
    ("more_than", r"more than|over|upwards of"),
    ("at_least", r"at least|no fewer than|a minimum of"),
    ("nearly", r"nearly|almost|close to"),
    ("about", r"some|about|around|roughly|approximately|an estimated|estimated"),
    ("up_to", r"up to|as many as"),
]
_QUAL = "|".join(f"(?P<{name}>{pat})" for name, pat in QUALIFIERS)
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:million|thousand))?|" + "|".join(
    sorted(WORD_NUMBERS, key=len, reverse=True)
) + r")"
_VICTIMS = r"(?P<victims>(?:\w+\s+){0,2}?(?:people|civilians|children|soldiers|fighters|rebels|militants|persons|others|lives))"
DEATH_AFTER = r"(?:(?:have\s+been|were|been|was)\s+)?(?:killed|dead|died|deaths|lives)"
TOLL_RE = re.compile(
    r"\b(?:(?:" + _QUAL + r")\s+)?" + _NUM + r"\s+(?:" + _VICTIMS + r"\s+)?" + r"(?P<tail>(?:\w+\s+){0,3}?" + DEATH_AFTER + r")\b"
    r"|\b(?:" + _QUAL.replace("?P<", "?P<b_") + r")?\s*" + _NUM.replace("?P<num>", "?P<num2>") + r"\s+(?P<victims2>lives)\b",
    re.IGNORECASE,
)
SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|$)")
CUMULATIVE_RE = re.compile(r"\b(war|conflict|uprising|crisis)\b|since (the )?(start|beginning)|\d+[- ]year", re.I)
ATTRIBUTION_RE = re.compile(
    r"(?:according to|said|says|reported|told)\s+(?:the\s+)?(?P<src>(?:[A-Z][\w-]*\s*(?:for\s+|of\s+)?){1,6})"
    r"|(?P<src2>an? [\w ]{0,30}?(?:monitor|observatory|official|source|agency|television))\s+said",
)


def _number(text: str) -> float | None:
    t = text.lower().strip()
    if t in WORD_NUMBERS:
        return float(WORD_NUMBERS[t])
    scale = 1
    if t.endswith("million"):
        scale, t = 1_000_000, t[: -len("million")].strip()
    elif t.endswith("thousand"):
        scale, t = 1_000, t[: -len("thousand")].strip()
    try:
        return float(t.replace(",", "")) * scale
    except ValueError:
        return None


def _bounds(value: float, qualifier: str) -> tuple[float | None, float | None]:
    return {
        "exact": (value, value),
        "more_than": (value, None),
        "at_least": (value, None),
        "nearly": (None, value),
        "up_to": (None, value),
        "about": (value * 0.9, value * 1.1),
    }.get(qualifier, (value, value))


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of sentences in the body."""
    return [(m.start(), m.end()) for m in SENTENCE_RE.finditer(text) if m.group().strip()]


def extract_tolls(body: str) -> list[dict]:
    """Every death toll stated in a cleaned body, with its span; the first incident toll
    is the headline."""
    claims: list[dict] = []
    for s_start, s_end in sentences(body):
        sentence = body[s_start:s_end]
        for m in TOLL_RE.finditer(sentence):
            gd = m.groupdict()
            num = gd.get("num") or gd.get("num2")
            value = _number(num) if num else None
            if value is None or (1900 <= value <= 2100 and "," not in num):
                continue
            qualifier = next((n for n, _ in QUALIFIERS if gd.get(n) or gd.get("b_" + n)), "exact")
            low, high = _bounds(value, qualifier)
            scope = "cumulative" if CUMULATIVE_RE.search(sentence) else "incident"
            att = ATTRIBUTION_RE.search(sentence)
            attributed = (att.group("src") or att.group("src2")).strip() if att else None
            victims = (gd.get("victims") or gd.get("victims2") or "people").strip().lower()
            if victims == "lives":
                victims = "people"
            claims.append(
                {
                    "value": value, "low": low, "high": high, "qualifier": qualifier, "scope": scope,
                    "victims": victims.split()[-1], "attributed_to": attributed, "is_headline": False,
                    "sentence": sentence.strip(), "start": s_start + m.start(), "end": s_start + m.end(),
                }
            )
    for c in claims:
        if c["scope"] == "incident":
            c["is_headline"] = True
            break
    return claims
