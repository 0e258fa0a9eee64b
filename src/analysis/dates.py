"""Publication dates: from metadata, from the text, and the interval the text allows.

A scrape date or a site's date widget is not the publication date, and a wrong date puts a
death toll years off on the chart. So besides picking a date, this module bounds it with
war-age evidence ("the nearly four-year war") and flags dates that contradict it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

CONFLICT_START = date(2011, 3, 15)

MONTHS = {
    m: i
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
DATE_PATTERNS = [
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
]


@dataclass(frozen=True)
class DateCandidate:
    value: date
    start: int
    end: int


@dataclass(frozen=True)
class DateResult:
    published: date | None
    date_source: str  # metadata | text | inferred | none
    date_low: date | None
    date_high: date | None
    evidence: str | None
    warnings: tuple[str, ...] = ()


def _to_date(m: re.Match) -> date | None:
    gd = m.groupdict()
    month = int(gd["mnum"]) if gd.get("mnum") else MONTHS.get(gd["month"].lower().rstrip("."))
    try:
        return date(int(gd["year"]), month, int(gd["day"]))
    except (TypeError, ValueError):
        return None


def date_candidates(text: str) -> list[DateCandidate]:
    """Every full date written in the text, in order of position."""
    found: dict[int, DateCandidate] = {}
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            d = _to_date(m)
            if d is not None and m.start() not in found:
                found[m.start()] = DateCandidate(d, m.start(), m.end())
    return [found[k] for k in sorted(found)]


def date_in_line(line: str) -> date | None:
    cands = date_candidates(line)
    return cands[0].value if cands else None


NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
}
WAR_AGE_RE = re.compile(
    r"\b(?P<mod>nearly|almost|more than|over|about|some)?\s*(?P<n>\d{1,2}|"
    + "|".join(NUMBER_WORDS)
    + r")[- ](?P<unit>year|month)s?[- ]old\s+(?:civil\s+|syrian\s+)?(?:war|conflict|crisis|uprising)"
    r"|\b(?P<mod2>nearly|almost|more than|over|about|some)?\s*(?P<n2>\d{1,2}|"
    + "|".join(NUMBER_WORDS)
    + r")[- ](?P<unit2>year|month)s?[- ](?:long\s+)?(?:civil\s+|syrian\s+)?(?:war|conflict|crisis|uprising)",
    re.I,
)
SINCE_RE = re.compile(r"since (?:the (?:conflict|war|uprising|crisis) (?:began|started|erupted|broke out) in|(?:March )?)(?P<year>20[12]\d)", re.I)


def _add_years(d: date, years: float) -> date:
    return d + timedelta(days=round(years * 365.25))


def war_age_interval(text: str, conflict_start: date = CONFLICT_START) -> tuple[date | None, date | None, str | None]:
    """The publication interval implied by phrases like 'the nearly four-year war'
    ('nearly N': N-1 to N years after the conflict's start; plain N: N-0.5 to N+1)."""
    low, high, evidence = None, None, None
    for m in WAR_AGE_RE.finditer(text):
        n_raw = m.group("n") or m.group("n2")
        unit = (m.group("unit") or m.group("unit2")).lower()
        mod = (m.group("mod") or m.group("mod2") or "").lower()
        n = int(n_raw) if n_raw.isdigit() else NUMBER_WORDS[n_raw.lower()]
        years = n if unit == "year" else n / 12
        step = 1 if unit == "year" else 1 / 12
        if mod in ("nearly", "almost"):
            lo_y, hi_y = years - step, years
        elif mod in ("more than", "over"):
            lo_y, hi_y = years, years + step
        else:  # journalists round: a 'six-year war' may be five and a half years old
            lo_y, hi_y = years - step / 2, years + step
        lo, hi = _add_years(conflict_start, lo_y), _add_years(conflict_start, hi_y)
        low = lo if low is None else max(low, lo)
        high = hi if high is None else min(high, hi)
        evidence = m.group(0).strip()
    return low, high, evidence


def _parse_iso(value) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    s = str(value).strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    cands = date_candidates(s)
    return cands[0].value if cands else None


def publication_date(
    text: str,
    *,
    metadata_date=None,
    html_date=None,
    html: str | None = None,
    conflict_start: date = CONFLICT_START,
) -> DateResult:
    """Choose the publication date: sidecar/record metadata first, then a date stated by the
    page, then the first date in the text that the war-age interval allows."""
    warnings: list[str] = []
    low, high, evidence = war_age_interval(text, conflict_start)

    def check(d: date, source: str, ev: str | None) -> DateResult:
        w = list(warnings)
        if low and high and not (low <= d <= high):
            w.append(f"date {d} is outside the interval {low}..{high} implied by '{evidence}'")
        if d > date.today():
            w.append(f"date {d} is in the future")
        return DateResult(d, source, low, high, ev, tuple(w))

    meta = _parse_iso(metadata_date)
    if metadata_date is not None and meta is None:
        warnings.append(f"metadata date {metadata_date!r} could not be read")
    if meta is not None:
        return check(meta, "metadata", "metadata")
    page = _parse_iso(html_date)
    if page is not None:
        return check(page, "text", "page metadata")
    cands = date_candidates(text)
    fitting = [c for c in cands if not (low and high) or low <= c.value <= high]
    if fitting:
        c = fitting[0]
        return check(c.value, "text", text[c.start:c.end])
    if cands:
        c = cands[0]
        return check(c.value, "text", text[c.start:c.end])
    return DateResult(None, "none", low, high, evidence, tuple(warnings))
