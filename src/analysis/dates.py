"""Publication dates: from metadata, from the text, and the interval the text allows.

A scrape date or a site's date widget is not the publication date, and a wrong date puts a
death toll years off on the chart. So besides picking a date, this module bounds it with
war-age evidence ("the nearly four-year war") and flags dates that contradict it.

Only regexes run per article (no dateparser), so dating stays cheap next to tone scoring.
How a candidate is chosen: every full date in the text is scored by where it sits (a
byline or dateline line, a "Published"/"Updated" label, a sentence of prose, the footer),
then dates that contradict the war-age interval, lie in the future, or look like a site
widget or scrape stamp (a header date years after everything else the text mentions) are
pushed down. The best-scoring candidate wins; its character span is kept.

date_source: 'metadata' (sidecar or corpus record), 'text' (stated by the document itself:
its text, its visible HTML lines or its markup via htmldate), 'inferred' (no date stated; only
war-age phrases bound it: `published` stays null and date_low/date_high hold the interval, so no
exact day is invented; DateResult.best_guess gives the midpoint for plots), 'none'.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import islice
from datetime import date, timedelta

from .corpus_columns import COLUMNS_OPTION, DATE_ORDER_KEY
from .text.casefold import FoldedText, Pattern, lowered
from .text.names import long_name_stem, long_name_words
from .text.sentences import WIRE_NAMES
from .text.patterns import MONTH_NAME, MONTH_NAMES, OTHER_MONTH_NAME, OTHER_MONTH_NAMES, OTHER_WEEKDAY_NAME, WEEKDAY_NAME

CONFLICT_START = date(2011, 3, 15)
# The conflict war-age phrases are counted from: its name (aliases after "|", e.g. "Syria|Assad")
# and its start. An article that never names it is about another war, so its "N-year war"
# gives no interval and no warning.
CONFLICT_NAME = "Syria"
# Places and names a report on the default conflict may carry without the country's name (SANA's
# "Terrorist attacks kill a woman in Hasaka and Aleppo"): the off-topic check
# (articles.off_topic_warning) also accepts these when the conflict is CONFLICT_NAME.
CONFLICT_PLACES = ("Aleppo", "Damascus", "Idlib", "Idleb", "Homs", "Hama", "Raqqa", "Daraa", "Deraa", "Ghouta",
                   "Latakia", "Hasaka", "Hasakah", "Quneitra", "Kobani", "Deir Ezzor", "Deir ez-Zor", "Assad")
EARLIEST_PLAUSIBLE = date(1990, 1, 1)  # older "dates" on news pages are nearly always false hits

MONTHS = {m: i for i, names in enumerate(MONTH_NAMES, start=1) for m in names}
# English and other languages' month names (the text-date patterns read both; MONTHS stays English for tolls).
ANY_MONTHS = {**MONTHS, **{m: i for i, names in enumerate(OTHER_MONTH_NAMES, start=1) for m in names}}
_MONTH = rf"(?P<month>{MONTH_NAME})\.?"
_WEEKDAY = r"(?:(?P<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_YEAR4 = r"(?P<year>(?:19|20)\d{2})(?!\d)"
_ORD = r"(?:st|nd|rd|th)?"
# Order matters only for overlaps: the earlier pattern keeps a start offset.
TEXT_DATE_PATTERNS = [
    # Wednesday, January 23, 2017 / Jan 23 2017 / Apr 152017 (FA-KES glues day and year)
    Pattern(r"\b" + _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})" + _ORD + r",?\s*" + _YEAR4, re.I),
    # Wed 05 Apr 2017 / 2 Jul 2015 / 12th February 2025 / 5 October, 2016
    Pattern(r"\b" + _WEEKDAY + r"(?P<day>\d{1,2})" + _ORD + r"(?:\s+of)?\s+" + _MONTH + r",?\s+" + _YEAR4, re.I),
    # Other languages write the day first: 7. März 2017 / 1er novembre 2023 / 12 de marzo de 2020 / 6 mei 2019
    # (the weekday on the date's own line: "do.", "so.", "mar." also end English and German lines)
    Pattern(rf"\b(?:(?P<weekday>{WEEKDAY_NAME}|{OTHER_WEEKDAY_NAME})\.?,?[ \t]+)?(?P<day>\d{{1,2}})(?:er|º|°|ª)?(?:\.\s*|\s+)(?:de\s+)?"
            rf"(?P<month>{OTHER_MONTH_NAME}|{MONTH_NAME})\.?,?\s+(?:de\s+|del\s+)?" + _YEAR4, re.I),
]
ISO_RE = re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d])")
NUMERIC_RE = re.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2}|\d{2})(?![\d/])"
)
# A weekday right before an all-number date ("Mittwoch, 26.02.2020", "Sa. 13.11.2021"): how widgets print today.
WEEKDAY_BEFORE_RE = re.compile(rf"(?<![^\W\d_])(?:{WEEKDAY_NAME}|{OTHER_WEEKDAY_NAME})\.?,?[ \t]+\Z", re.I)  # \Z: "$" also matches before a final line break
TIME_RE = re.compile(r"\s*(?:[|/,@-]|at)?\s*\d{1,2}:\d{2}", re.I)
# English and the label words of other languages' pages (German, French, Spanish, Italian, Dutch).
_PUBLISHED_WORDS = (r"\b(?:published|posted|publication|date|released|issued|written|created|dated|veröffentlicht|"
                    r"erschienen|publiziert|datum|publié|publiée|publicado|publicada|fecha|pubblicato|pubblicata|"
                    r"gepubliceerd|geplaatst)\b")
PUBLISHED_RE = re.compile(rf"{_PUBLISHED_WORDS}[^\n]{{0,25}}$", re.I)
PUBLISHED_WORD_RE = re.compile(_PUBLISHED_WORDS, re.I)  # anywhere: the cheap test before ranking
# "Last published" is a blog's latest post (Medium's profile box), not this page's day.
UPDATED_RE = re.compile(
    r"\b(?:updated|modified|revised|edited|current as of|last update|last published|aktualisiert|geändert|"
    r"letzte änderung|letztes update|zuletzt|mis à jour|modifié|modifiée|actualizado|actualizada|actualización|"
    r"aggiornato|aggiornata|bijgewerkt|gewijzigd)\b[^\n]{0,25}$", re.I)
BYLINE_RE = re.compile(r"(?:^|\n|\|)\s*(?:by|written by|posted by|author:?|von|par|por|door|autor:?|auteur:?)\s+\S", re.I)
EVENT_PREP_RE = re.compile(
    r"\b(?:until|through|till|from|since|before|after|between|by|as of|starting|ending|deadline|due|expires?|"
    r"scheduled|will|next|later|earlier|on or before|effective)\s*$",
    re.I,
)
# A copyright notice on a line (its years are not publication dates); clean/_common.COPYRIGHT_RE is
# another pattern, reading the owner out of a footer line.
COPYRIGHT_MARK_RE = re.compile(r"©|\(c\)|copyright|all rights reserved", re.I)
YEAR_RE = re.compile(r"(?<![\d.,/-])(?:19[89]\d|20[0-4]\d)(?![\d])")


@dataclass(frozen=True)
class DateCandidate:
    """One full date written in the text, with where it is."""

    value: date
    start: int
    end: int
    weekday: bool = False  # the text names a weekday with it ("Sunday, October 24, 2021")
    numeric_order: str | None = None  # "dm" / "md" when read from an all-number date


@dataclass(frozen=True)
class DateResult:
    published: date | None
    date_source: str  # metadata | text | inferred | none
    date_low: date | None
    date_high: date | None
    evidence: str | None
    warnings: tuple[str, ...] = ()
    start: int | None = None  # span of the chosen date in `text` (None when not from the text)
    end: int | None = None
    interval_evidence: str | None = None  # the war-age phrase(s) behind date_low/date_high

    @property
    def best_guess(self) -> date | None:
        """The published date, else the middle of the interval: for plotting, never for tables."""
        if self.published is not None:
            return self.published
        if self.date_low and self.date_high:
            return self.date_low + (self.date_high - self.date_low) / 2
        return None


# ---------------------------------------------------------------------------------------
# Candidates

# Cheap: every date has one of these. The same matches as r"[12]\d{3}|\d/\d\d?/\d\d" (both
# alternatives start with a digit, tried in the same order), written to start with \d so the
# regex engine skips non-digits without trying the alternatives.
_YEAR_TRIGGER = re.compile(r"\d(?:(?<=[12])\d{3}|/\d\d?/\d\d)")


def _windows(text: str, trigger: re.Pattern, before: int, after: int) -> list[tuple[int, int]]:
    """Merged spans around each trigger hit: the slow patterns only run where a hit is possible."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    cur_lo = cur_hi = -1
    for m in trigger.finditer(text):
        start, end = m.span()
        lo, hi = (start - before if start > before else 0), (end + after if end + after < n else n)
        if cur_hi < 0 or lo > cur_hi:
            if cur_hi >= 0:
                spans.append((cur_lo, cur_hi))
            cur_lo, cur_hi = lo, hi
        elif hi > cur_hi:
            cur_hi = hi
    if cur_hi >= 0:
        spans.append((cur_lo, cur_hi))
    return spans


def _finditer(pattern: re.Pattern | Pattern, text: str | FoldedText, spans: list[tuple[int, int]]):
    """pattern.finditer(text, lo, hi) over the spans; a FoldedText runs a Pattern at case-sensitive speed."""
    for lo, hi in spans:
        yield from text.finditer(pattern, lo, hi) if isinstance(text, FoldedText) else pattern.finditer(text, lo, hi)


def safe_date(y: int, m: int, d: int) -> date | None:
    """The date, or None when the numbers name no day (a 13th month, 30 February)."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


# Two-digit years: 70-99 are the 1900s, the rest this century (news of this war is 2011+).
TWO_DIGIT_PIVOT = 70


def year_as_written(raw: str) -> int:
    """A year as written: '17 is 2017, '98 is 1998 (text dates and metadata fields alike)."""
    y = int(raw)
    if len(raw) == 2:
        y += 1900 if y >= TWO_DIGIT_PIVOT else 2000
    return y


def _text_candidates(text: str, spans: list[tuple[int, int]]) -> dict[int, DateCandidate]:
    found: dict[int, DateCandidate] = {}
    folded = FoldedText(text)
    for pattern in TEXT_DATE_PATTERNS:
        for m in _finditer(pattern, folded, spans):
            month_raw = text[m.start("month"):m.end("month")]
            if month_raw in ("may", "march") and not m.group("weekday"):
                continue  # lowercase 'may 5 2017' is a verb, not a month
            d = safe_date(int(m.group("year")), ANY_MONTHS[month_raw.lower().rstrip(".")], int(m.group("day")))
            if d is not None and not any(c.start <= m.start() < c.end for c in found.values()):
                found[m.start()] = DateCandidate(d, m.start(), m.end(), weekday=bool(m.group("weekday")))
    return found


def _word_date_order(text: str) -> str | None:
    """"dm" when the text writes its dates in words day first ("7 March 2017"), "md" when month
    first ("March 7, 2017"), None when it writes none or as many of each."""
    folded = FoldedText(text)
    spans = _windows(text, _YEAR_TRIGGER, 48, 6)
    month_first = sum(1 for _ in _finditer(TEXT_DATE_PATTERNS[0], folded, spans))
    day_first = len({m.start() for p in TEXT_DATE_PATTERNS[1:] for m in _finditer(p, folded, spans)})
    return "dm" if day_first > month_first else "md" if month_first > day_first else None


LANGUAGE_SAMPLE_CHARS = 4000  # function words of the page's top tell its language well enough for date order
# The Arabic article in transliterated names ("Jaish al-Islam", "Deir ez-Zor", "el-Sisi"): it reads
# as the Spanish "al"/"el" to a function-word count, so an English Syria report full of names would
# score Spanish and read its slash dates day first. Hyphenated, it is a name's part, never a word.
ARABIC_ARTICLE_RE = re.compile(r"\b(?:al|el|ad|an|ar|as|ash|at|az|ed|en|er|es|et|ez|ul|ur|us)-(?=\w)", re.I)


def _language_order(text: str) -> str | None:
    """"dm" when the text reads as a language other than English (function words only: cheap,
    and asked only when no date on the page settles the order), else None."""
    from .clean.language import detect_language  # here: clean is a larger package that needs no dates

    sample = ARABIC_ARTICLE_RE.sub("", text[:LANGUAGE_SAMPLE_CHARS])
    return "dm" if detect_language(sample, ngram=False) not in ("en", "und") else None


def _numeric_votes(text: str) -> dict[str, list[int]]:
    """Per separator, [dates that read day first only, dates that read month first only]."""
    votes: dict[str, list[int]] = {}
    for m in NUMERIC_RE.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        v = votes.setdefault(m.group("sep"), [0, 0])
        if a > 12 >= b >= 1:
            v[0] += 1
        elif b > 12 >= a >= 1:
            v[1] += 1
    return votes


def _numeric_order(text: str, slash: str | None = None) -> dict[str, str]:
    """Day-month order per separator, voted by the dates in this text that can only be read one
    way; without votes, `slash` (the page's locale, see `locale_order`, or --columns date_order=)
    decides "/"."""
    votes = _numeric_votes(text)
    # Without votes: the page's locale, else its all-number dates with other separators (a writer
    # of "25.03.2017" or "25-03-2017" puts the day first in "07/03/2017" too), else how it writes
    # dates in words ("7 March 2017" is a day-first writer), else its language (only English pages
    # write month first), else the US habit for slashes (4/5/2017 is April 5); dots and dashes are
    # day first.
    if slash is None and votes.get("/", [0, 0])[0] == votes.get("/", [0, 0])[1]:
        slash = _other_separators_order(text) or _word_date_order(text) or _language_order(text)
    default = {"/": slash or "md", ".": "dm", "-": "dm"}
    return {
        sep: ("dm" if votes.get(sep, [0, 0])[0] > votes.get(sep, [0, 0])[1]
              else "md" if votes.get(sep, [0, 0])[1] > votes.get(sep, [0, 0])[0] else default[sep])
        for sep in default
    }


def _other_separators_order(text: str) -> str | None:
    """"dm" or "md" from the text's all-number dates written with dots or dashes and a four-digit
    year that read only one way ("25.03.2017", "03-25-2017"; a two-digit year's "1.13.22" is as
    often a version), None when it writes none or as many of each."""
    day_first = month_first = 0
    for m in NUMERIC_RE.finditer(text):
        if m.group("sep") != "/" and len(m.group("year")) == 4:
            a, b = int(m.group("a")), int(m.group("b"))
            day_first += a > 12 >= b >= 1
            month_first += b > 12 >= a >= 1
    return "dm" if day_first > month_first else "md" if month_first > day_first else None


def _slash_unsettled(text: str, slash: str | None) -> bool:
    """Nothing decided how this text's slash dates read (_numeric_order fell back on the US habit):
    no locale or --columns date_order= (`slash`), no slash date read one way only, no dotted or dashed date read one
    way only, no dates in words, an English page."""
    if slash is not None:
        return False
    votes = _numeric_votes(text).get("/", [0, 0])
    return (votes[0] == votes[1] and _other_separators_order(text) is None
            and _word_date_order(text) is None and _language_order(text) is None)


MONTH_SHOWN = tuple(names[-1].title() for names in MONTH_NAMES)  # the full name ("March") names a day in a warning


def _shown(d: date) -> str:
    return f"{d.day} {MONTH_SHOWN[d.month - 1]} {d.year}"


def _either_way(text: str, c: DateCandidate) -> bool:
    """The candidate is a slash date that reads as two different days (03/04/2016)."""
    m = NUMERIC_RE.fullmatch(text, c.start, c.end) if c.numeric_order in ("md", "dm") else None
    return m is not None and m.group("sep") == "/" and int(m.group("a")) != int(m.group("b")) \
        and int(m.group("a")) <= 12 and int(m.group("b")) <= 12


def page_slash_warning(text: str, c: DateCandidate, slash: str | None, read: date | None = None) -> list[str]:
    """A warning when the chosen date is a slash date that reads either way (03/04/2016) and
    nothing settled the order (_slash_unsettled): the day is a guess, the US habit's (or
    htmldate's, `read`, for a page it dated) (QA10 F13: a day-first outlet's article moved a
    month on the timeline without a word). The option it names is folder-wide: following it for
    one outlet re-reads another's dates (rev10r), so it says so and what to do instead."""
    if not _either_way(text, c) or not _slash_unsettled(text, slash):
        return []
    read = read or c.value
    other = safe_date(read.year, read.day, read.month)
    month_first = (read == c.value) == (c.numeric_order == "md")
    typed, first = ("d/m/y", "day") if month_first else ("m/d/y", "month")
    return [f"{text[c.start:c.end]} read as {_shown(read)}; could be {_shown(other) if other else 'the other order'}: give "
            f"{COLUMNS_OPTION} {DATE_ORDER_KEY}={typed} if every outlet in this folder writes the {first} first (the "
            f"option is for the whole folder; where outlets differ, give this page's date in metadata.csv's published "
            f"column)"]


def _after_weekday(text: str, start: int) -> bool:
    """A weekday name ends right before `start` (the longest, "segunda-feira, ", fits in 20 characters)."""
    return WEEKDAY_BEFORE_RE.search(text, max(0, start - 20), start) is not None


def _numeric_candidates(text: str, taken: dict[int, DateCandidate], spans, slash: str | None = None) -> dict[int, DateCandidate]:
    found: dict[int, DateCandidate] = {}
    for m in _finditer(ISO_RE, text, spans):
        d = safe_date(int(m.group("year")), int(m.group("m")), int(m.group("d")))
        if d is not None:
            found[m.start()] = DateCandidate(d, m.start(), m.end(), weekday=_after_weekday(text, m.start()),
                                             numeric_order="ymd")
    order = None
    for m in _finditer(NUMERIC_RE, text, spans):
        sep, raw_year = m.group("sep"), m.group("year")
        if len(raw_year) == 2 and sep != "/":
            continue  # 20.07.16 or 09-07-16 are too often versions, scores or ids
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12 and b > 12:
            continue
        if order is None:
            order = _numeric_order(text, slash)
        o = "dm" if a > 12 else "md" if b > 12 else order[sep]
        day, month = (a, b) if o == "dm" else (b, a)
        d = safe_date(year_as_written(raw_year), month, day)
        if d is not None and m.start() not in found:
            found[m.start()] = DateCandidate(d, m.start(), m.end(), weekday=_after_weekday(text, m.start()),
                                             numeric_order=o)
    return {k: v for k, v in found.items() if not any(c.start <= k < c.end for c in taken.values())}


def date_candidates(text: str, slash: str | None = None) -> list[DateCandidate]:
    """Every full (day-level) date written in the text, in order of position. `slash`
    ("dm"/"md") is the page's locale order for 03/04/2017 when no date on it settles it."""
    if not text:
        return []
    spans = _windows(text, _YEAR_TRIGGER, 48, 6)
    found = _text_candidates(text, spans)
    found.update(_numeric_candidates(text, found, spans, slash))
    return [found[k] for k in sorted(found)]


# Locale cues for the order of an all-number date ("06/05/2020"). Month first is a US habit
# (and of a few places that follow it); nearly everywhere else writes the day first.
MONTH_FIRST_REGIONS = {"us", "ph", "fm", "pw", "mh", "as", "gu", "mp", "pr", "vi", "um"}
# Two-letter domains sold as brand names (a .fm radio, an .io start-up): they say nothing of where a page is.
VANITY_TLDS = {"io", "ai", "co", "tv", "me", "fm", "ly", "gg"}
DAY_FIRST_ENGLISH_TLDS = {"uk", "ie", "au", "nz", "in", "za", "pk", "ng", "ke", "sg", "my", "gh", "lk", "bd"}
LANG_ATTR_RE = re.compile(
    r"<html\b[^>]*?\blang\s*=\s*[\"']?(?P<lang>[a-z]{2,3})(?:[-_](?P<region>[a-z]{2}))?", re.I)
META_LOCALE_RE = re.compile(
    r"<meta\b[^>]*?(?:og:locale|content-language|\blanguage)[^>]*?content\s*=\s*[\"']?(?P<lang>[a-z]{2,3})"
    r"(?:[-_](?P<region>[a-z]{2}))?", re.I)
URL_HOST_RE = re.compile(r"^(?:[a-z][\w+.-]*:)?//(?:[^/@\s]*@)?(?P<host>[^/:?#\s]+)", re.I)
# How a plain-text dump labels the page's own address ("URL: ...", "Originally published at ...").
URL_LABEL = (r"(?:url|source(?:\s+url)?|link|permalink|canonical(?:\s+url)?|(?:web\s+)?address|retrieved\s+from"
             r"|original(?:ly)?(?:\s+(?:url|source|link|published|posted))?(?:\s+(?:at|on|in))?)")
# A line that is one address: with a scheme, www., or a bare host with a path (news.example.com/2017/...),
# labelled or not. [ \t] rather than \s: a blank line before it is not part of the match.
URL_LINE_RE = re.compile(
    rf"^[ \t]*(?:{URL_LABEL}[ \t]*:?[ \t]*)?(?P<url>https?://\S+|www\.\S+|(?:[a-z0-9-]+\.)+[a-z]{{2,}}/\S*)[ \t]*$",
    re.I | re.M)


# A time's zone names where the page is written: zones of regions that write all-number dates
# day first (Britain, Ireland, Europe, India, Australia, New Zealand, South Africa, Russia) or
# month first (the United States). Written after a clock time only ("14:02 GMT"), in capitals;
# ambiguous abbreviations (CST: US or China; AST: Arabia or Atlantic) are left out. Site names
# ("BBC News") are not used: a table of sites is a rule per site. British spellings are not used
# either: wire copy and non-British English sites spell British too, so they say little.
DAY_FIRST_ZONES = ("GMT", "BST", "IST", "WET", "WEST", "CET", "CEST", "EET", "EEST", "MSK", "SAST",
                   "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT")
MONTH_FIRST_ZONES = ("EST", "EDT", "ET", "PST", "PDT", "PT", "MST", "MDT", "AKST", "AKDT", "HST")
TIME_ZONE_RE = re.compile(
    r"(?<![\d:])\d{1,2}[:.]\d{2}(?::\d{2})?[ \t]*(?:[AaPp]\.?[Mm]\.?[ \t]*)?\(?"
    rf"(?P<tz>{'|'.join(DAY_FIRST_ZONES + MONTH_FIRST_ZONES)})(?![A-Za-z])")


def _time_zone_order(text: str) -> str | None:
    """"dm" or "md" from the zones written after the text's clock times (TIME_ZONE_RE), None
    when it writes none or zones of both kinds."""
    zones = {m.group("tz") for m in TIME_ZONE_RE.finditer(text)}
    day_first, month_first = bool(zones & set(DAY_FIRST_ZONES)), bool(zones & set(MONTH_FIRST_ZONES))
    return "dm" if day_first and not month_first else "md" if month_first and not day_first else None


def locale_order(html: str | None = None, url: str | None = None, text: str | None = None) -> str | None:
    """"dm" or "md" for an all-number date, from the page's declared language and region, its
    domain, a URL line in a plain-text dump, or the time zone after a clock time in the text;
    None when nothing says."""
    head = (html or "")[:20_000]
    m = LANG_ATTR_RE.search(head) or META_LOCALE_RE.search(head)
    if m:
        lang, region = m.group("lang").lower(), (m.group("region") or "").lower()
        if region:
            return "md" if region in MONTH_FIRST_REGIONS else "dm"
        if lang != "en":
            return "dm"
    if url is None and text:
        line = own_url_line(text)
        url = line.group("url") if line else None
    host = URL_HOST_RE.match(url if url and "//" in url else "//" + (url or ""))
    if host:
        parts = host.group("host").lower().rstrip(".").split(".")
        tld = parts[-1]
        if tld in DAY_FIRST_ENGLISH_TLDS or (len(parts) > 2 and parts[-2] in ("co", "com") and tld in DAY_FIRST_ENGLISH_TLDS):
            return "dm"
        if tld in MONTH_FIRST_REGIONS and tld not in VANITY_TLDS:
            return "md"
        if len(tld) == 2 and tld not in VANITY_TLDS:  # country domains, not vanity ones
            return "dm"
    return _time_zone_order(text) if text else None


# A full date in a URL path: /2016/07/09/, /2016-04-15/, _2019_09_21 (blogs and news sites put
# the publication day there).
URL_DATE_RE = re.compile(r"(?<![\d])(?P<year>(?:19|20)\d\d)(?P<sep>[/_-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d])")


URL_LINE_REACH = 10  # an unlabelled URL line counts as the page's own only among the first lines
# A label names the address before it ("URL: ...", "Source https://..."): the label word must
# end at a colon or a space, or a bare address whose host starts with one ("link.springer.com/...")
# would count as labelled.
URL_LABEL_RE = re.compile(rf"^[ \t]*{URL_LABEL}(?:[ \t]*:|[ \t]+)", re.I)


def own_url_line(text: str) -> re.Match | None:
    """The plain-text dump's line giving the page's own address: labelled ("URL: ...") or the
    first URL line among the first lines. Later URL lines are links to other pages."""
    for m in URL_LINE_RE.finditer(text):
        line_no = text.count("\n", 0, m.start())
        if URL_LABEL_RE.match(m.group(0)) or line_no < URL_LINE_REACH:
            return m
        break
    return None


def url_date(url: str | None) -> date | None:
    """The publication day a URL's path states, if it states one."""
    if not url:
        return None
    path = url.split("?", 1)[0]
    m = URL_DATE_RE.search(path)
    return safe_date(int(m["year"]), int(m["m"]), int(m["d"])) if m else None


def date_in_line(line: str) -> date | None:
    cands = date_candidates(line)
    return cands[0].value if cands else None


# ---------------------------------------------------------------------------------------
# War-age evidence

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "twenty": 20, "thirty": 30, "a": 1,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15,
}
_NUM = r"(?P<n>\d{1,2}(?:\.\d)?|" + "|".join(k for k in NUMBER_WORDS if k != "a") + r")"
_HALF = r"(?P<half>(?:[- ]and[- ]a[- ]half)|\s*1/2|\s*½)?"
_MOD = r"(?:(?P<mod>nearly|almost|about|around|some|roughly|close to|more than|over|at least|upwards of|just over|just under|less than|under)\s+)?"
# Nouns a war's age is given for (tolls._WAR_TOLL_NOUNS: nouns a cumulative toll is counted over).
_WAR_AGE_NOUNS = r"(?:war|conflict|crisis|uprising|revolution|civil strife|insurgency)"
_ADJ = r"(?:(?:long|brutal|bloody|devastating|grinding|ruinous|old|civil|syrian|multi-sided|multisided|"\
       r"sectarian|internal|armed)[\s,-]+){0,4}"
WAR_AGE_PATTERNS = [
    # the nearly four-year war / Syria's six-year-old civil war / 18-month conflict
    ("age", Pattern(r"\b" + _MOD + _NUM + _HALF + r"[- ](?P<unit>year|month)s?[- ]" + _ADJ + _WAR_AGE_NOUNS, re.I)),
    # more than six years of war / five years of conflict / five years into the war
    ("age", Pattern(r"\b" + _MOD + _NUM + _HALF + r"\s+(?P<unit>year|month)s?\s+(?:of|into(?: the| its| a)?)\s+"
                       + _ADJ + _WAR_AGE_NOUNS, re.I)),
    # the conflict ... which has lasted five years / since the war began six years ago
    ("age", Pattern(_WAR_AGE_NOUNS + r"\b[^.;]{0,60}?\b(?:lasted|raged|raging|going on|been going on|for|began|started|"
                       r"erupted|broke out)\s+(?:for\s+)?(?:the\s+(?:last|past)\s+)?" + _MOD + _NUM + _HALF
                       + r"\s+(?P<unit>year|month)s?", re.I)),
    # now in its seventh year / entered its sixth year / will enter its fifth year
    ("ordinal", Pattern(r"\b(?P<verb>(?:now\s+)?in|entered|entering|enters|enter|approaches|approaching|marks?)\s+"
                           r"(?:its|the|their)\s+(?P<ord>" + "|".join(ORDINALS) + r")\s+year", re.I)),
    # the fifth anniversary of the uprising
    ("anniversary", Pattern(r"\b(?P<ord>" + "|".join(ORDINALS) + r")\s+anniversary\s+of\s+(?:the\s+)?(?:start\s+of\s+"
                               r"(?:the\s+)?)?(?:syrian\s+)?" + _WAR_AGE_NOUNS, re.I)),
    # since the conflict began in 2011 / since the war erupted in March 2011
    ("since", Pattern(r"\bsince\s+(?:the\s+)?" + _ADJ + _WAR_AGE_NOUNS + r"\s+(?:began|started|erupted|broke out|first broke out)"
                         r"\s+in\s+(?:(?:early|mid|late)[- ])?(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d{2})", re.I)),
]

# A word each pattern above cannot match without (same flags), so a window lacking it is skipped:
# a match found with endpos=hi lies inside its window, so the word would be there too.
_WAR_AGE_KEY_WORDS = [("year", "month"), ("year", "month"), ("year", "month"), ("year",), ("anniversary",), ("since",)]
_WAR_AGE_KEYS = [re.compile("|".join(words), re.I) for words in _WAR_AGE_KEY_WORDS]
assert len(_WAR_AGE_KEYS) == len(WAR_AGE_PATTERNS)


def _key_test(folded: FoldedText):
    """holds(k, lo, hi) = _WAR_AGE_KEYS[k].search(text, lo, hi), by str.find in the lowered text."""
    return lambda k, lo, hi: any(folded.find(w, lo, hi) >= 0 for w in _WAR_AGE_KEY_WORDS[k])


_WAR_TRIGGER = re.compile(r"[wcruis](?:ar|onflict|risis|prising|evolution|trife|nsurgency)")  # on lowercased text

# Calibrated on FA-KES dev (benchmarks/bench_dates.py --calibrate prints the offsets):
# stated age N against the real age at the publication date, over 40 phrases. Plain "N-year"
# ran from N-0.75 to N+0.64 (a "six-year war" in mid-2016, 5.3 years in: journalists count the
# year the war is in as well as the years completed), so plain N allows [N-1, N+1].
# "nearly N" was seen at N-0.15 and "more than N" at N+0.23; "in its Nth year" at N-1+0.38..0.68.
AGE_SLACK = {
    "plain": (-1.0, 1.0),
    "below": (-1.0, 0.1),   # nearly / almost / less than: a little under N
    "above": (-0.1, 1.0),   # more than / over / at least
}
_MOD_KIND = {
    "nearly": "below", "almost": "below", "close to": "below", "just under": "below", "less than": "below",
    "under": "below", "more than": "above", "over": "above", "at least": "above", "upwards of": "above",
    "just over": "above",
}


@dataclass(frozen=True)
class WarAge:
    """One phrase that bounds the article's date, in years after the conflict's start."""

    low_years: float | None
    high_years: float | None
    start: int
    end: int
    phrase: str


def _number(raw: str) -> float:
    raw = raw.lower()
    return float(raw) if raw[0].isdigit() else float(NUMBER_WORDS[raw])


def war_age_phrases(text: str) -> list[WarAge]:
    """Every phrase in the text that says how old the war is, in order of position."""
    found: dict[int, WarAge] = {}
    folded = FoldedText(text)
    holds = _key_test(folded)
    anywhere = [holds(k, 0, len(text)) for k in range(len(WAR_AGE_PATTERNS))]
    if not any(anywhere):  # no window can hold a key word
        return []
    spans = _windows(folded.lower, _WAR_TRIGGER, 120, 120)
    for k, (kind, pattern) in enumerate(WAR_AGE_PATTERNS):
        if not anywhere[k]:
            continue
        for m in _finditer(pattern, folded, [(lo, hi) for lo, hi in spans if holds(k, lo, hi)]):
            if any(w.start <= m.start() < w.end or m.start() <= w.start < m.end() for w in found.values()):
                continue
            bounds = _age_bounds(kind, m)
            if bounds is not None:
                found[m.start()] = WarAge(bounds[0], bounds[1], m.start(), m.end(), text[m.start():m.end()].strip())
    return [found[k] for k in sorted(found)]


def _age_bounds(kind: str, m: re.Match) -> tuple[float | None, float | None] | None:
    # groups read as re.I matched them: lowered, so "fİrst" is "first" (casefold)
    gd = {k: v if v is None else lowered(v) for k, v in m.groupdict().items()}
    if kind == "age":
        n = _number(gd["n"]) + (0.5 if gd.get("half") else 0)
        years = n if gd["unit"].lower() == "year" else n / 12
        if years > 40 or years <= 0:
            return None
        lo, hi = AGE_SLACK[_MOD_KIND.get((gd.get("mod") or "").lower(), "plain")]
        if gd["unit"].lower() == "month":
            lo, hi = lo / 12, hi / 12
        return max(0.0, years + lo), years + hi
    if kind == "ordinal":
        n = ORDINALS[gd["ord"].lower()]
        verb = gd["verb"].lower()
        if verb in ("enter", "approaches", "approaching", "entering", "enters"):
            return n - 1.5, n - 0.75  # about to start its Nth year
        if verb == "entered":
            return n - 1.0, n - 0.5
        return n - 1.0, n + 0.0  # in its Nth year: N-1 full years behind it
    if kind == "anniversary":
        n = ORDINALS[gd["ord"].lower()]
        return n - 0.25, n + 0.25
    if kind == "since":
        return None if int(gd["year"]) < 1990 else (float("nan"), None)  # a lower bound only
    return None


def _add_years(d: date, years: float) -> date:
    return d + timedelta(days=round(years * 365.25))


# Every word naming the conflict starts with its name's first four letters (a long name's
# derived words keep at least that much of it: text.names.long_name_words).
NAME_PREFIX_LETTERS = 4


def _name_stems(conflict_name: str) -> tuple[str, ...]:
    """Lowercase word starts every word naming the conflict begins with ("syri", "ukra"): the
    cheap substring test before _name_words_re."""
    return tuple(n[:NAME_PREFIX_LETTERS] for n in _names(conflict_name))


def _names(conflict_name: str) -> list[str]:
    return [n.strip().lower() for n in (conflict_name or "").split("|") if n.strip()]


@functools.lru_cache(maxsize=16)
def _name_words_re(conflict_name: str) -> re.Pattern:
    """Lowercase words that name the conflict: a long name and the words made from it
    ("ukrainian", "afghan"; not "george" for "Georgia": text.names.long_name_words), a short
    one by its first four letters ("syri": Syrian, Syrians; "iraq"), a name of several words by
    its first five."""
    alts = [rf"{words}(?![a-z])" if (words := long_name_words(n))
            else re.escape(long_name_stem(n) or n[:NAME_PREFIX_LETTERS]) for n in _names(conflict_name)]
    return re.compile(r"\b(?:" + "|".join(alts) + ")")


def names_conflict(text: str, conflict_name: str = CONFLICT_NAME) -> bool:
    """Whether the text names the conflict at all (a word of _name_words_re)."""
    stems = _name_stems(conflict_name)
    low = lowered(text)
    # a stem that is not in the text cannot match: the substring test spares the regex's scan of
    # every position of an article that never names the conflict (most of a mixed corpus)
    return any(s in low for s in stems) and _name_words_re(conflict_name).search(low) is not None


# Whose war a phrase is about: "Yemen's eight-year war", "the nearly two-year war in Ukraine".
OWNER_BEFORE_RE = re.compile(r"(?P<owner>[A-Z][\w-]*)(?:'s|’s)\s+$")
OWNER_AFTER_RE = re.compile(r"^\s+(?:in|on|against|over)\s+(?:the\s+)?(?P<owner>[A-Z][\w'’-]*)")


def _phrase_owner(text: str, p: "WarAge") -> str | None:
    before = OWNER_BEFORE_RE.search(text, max(0, p.start - 40), p.start)
    if before:
        return before.group("owner")
    after = OWNER_AFTER_RE.match(text[p.end:p.end + 60])
    return after.group("owner") if after else None


def conflict_phrases(text: str, conflict_name: str = CONFLICT_NAME) -> list["WarAge"]:
    """The war-age phrases about the conflict: a phrase naming its war ("Yemen's eight-year
    war") counts only when it names the conflict; an unnamed one only when the article names
    the conflict somewhere."""
    phrases = war_age_phrases(text)
    if not phrases:
        return []
    words = _name_words_re(conflict_name)
    about = None
    kept = []
    for p in phrases:
        owner = _phrase_owner(text, p)
        if owner is not None:
            if words.match(owner.lower()):
                kept.append(p)
            continue
        if about is None:
            about = names_conflict(text, conflict_name)
        if about:
            kept.append(p)
    return kept


def war_age_interval(text: str, conflict_start: date = CONFLICT_START,
                     conflict_name: str = CONFLICT_NAME) -> tuple[date | None, date | None, str | None]:
    """The publication interval the war-age phrases about the conflict allow: the intersection
    of each phrase's interval, or their hull when they contradict one another."""
    phrases = conflict_phrases(text, conflict_name)
    spans: list[tuple[date | None, date | None]] = []
    for p in phrases:
        if p.low_years != p.low_years:  # 'since the war began in 2011': the war had begun
            m = re.search(r"(?:19|20)\d{2}", p.phrase)
            y = int(m.group(0))
            spans.append((conflict_start if y == conflict_start.year else date(y, 1, 1), None))
        else:
            spans.append((_add_years(conflict_start, p.low_years),
                          _add_years(conflict_start, p.high_years) if p.high_years is not None else None))
    if not spans:
        return None, None, None
    lows = [s[0] for s in spans if s[0] is not None]
    highs = [s[1] for s in spans if s[1] is not None]
    low, high = (max(lows) if lows else None), (min(highs) if highs else None)
    if low and high and low > high:  # contradicting phrases: keep what any of them allows
        low, high = min(lows), max(highs)
    return low, high, "; ".join(dict.fromkeys(p.phrase for p in phrases))


# ---------------------------------------------------------------------------------------
# Choosing among candidates


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end < 0 else end)


_WORD = re.compile(r"[^\W\d_]+")


def _mentioned_years(text: str) -> list[tuple[int, int]]:
    """(position, year) for every year the text names outside copyright lines."""
    years = []
    for m in YEAR_RE.finditer(text):
        ls, le = _line_bounds(text, m.start())
        if COPYRIGHT_MARK_RE.search(text[ls:le]):
            continue
        years.append((m.start(), int(m.group(0))))
    return years


SEGMENT_SEP_RE = re.compile(r"\s[|•·–—]\s|\s-\s|\|")
COMMENT_BEFORE_RE = re.compile(r"\b(?:says|said|wrote|commented|schrieb|a écrit|escribió)\s*:?\s*$", re.I)
# A person's profile or the reader's visit, not the page: "Joined May 11, 2017", "Member since 3 Jan
# 2019", "Registriert: 18.09.2008", a citation's "[accessed 2019-06-18]" / "abgerufen am 29.09.2021", a
# printout's "Print Date: 31.10.2023", a forum's clock "Aktuelle Zeit: 14.10.2020".
PROFILE_BEFORE_RE = re.compile(
    r"\b(?:joined|member\s+since|registered|signed\s+up|registriert|mitglied\s+seit|dabei\s+seit|inscrit|"
    r"miembro\s+desde|accessed|retrieved|abgerufen|consulté|consultado|print(?:ed)?\s+(?:date|on)|"
    r"druckdatum|gedruckt|current\s+time|aktuelle\s+zeit)\b(?:\s+(?:on|am|le|el))?[\s:|]*$", re.I)
COMMENT_AFTER_RE = re.compile(
    r"[^\n]{0,40}(?:\n\s*){1,3}(?:reply|respond|report|antworten|beantworten|répondre|repondre|responder|rispondi|"
    r"reageer|reageren)\b", re.I)
COMMENT_SECTION_RE = re.compile(
    r"^[ \t]*(?:\d+\s+)?(?:comments?|responses?|replies|reader interactions|discussion|leave a (?:reply|comment)|"
    r"kommentare?|commentaires?|comentarios?|commenti|reacties|"
    r"\d+\s+thoughts? on\b.*)[ \t]*(?:\(?\d+\)?)?[ \t]*:?[ \t]*$", re.I | re.M)  # "Comments (6)", "Kommentare 1"
# A related-links block's heading on a line of its own: the headline - date items below it are
# other articles ("Related:", "Related stories", "See also", "More on this story"). Not "Read more":
# a teaser's link label, printed in menus and product lists above the article too; not "Related
# topics": a list of tags, which a site may print above the article's own stamp.
RELATED_SECTION_RE = re.compile(
    r"^[ \t]*(?:related(?:[ \t]+(?:articles?|stories|story|posts?|news|content|coverage|links?|reading))?|"
    r"read[ \t]+also|also[ \t]+read|see[ \t]+also|more[ \t]+(?:on[ \t]+this[ \t]+(?:story|topic)|stories|news|like[ \t]+this)|"
    r"you[ \t]+may[ \t]+also[ \t]+like|recommended(?:[ \t]+(?:for[ \t]+you|stories|articles))?|"
    r"mehr[ \t]+zum[ \t]+thema|lesen[ \t]+sie[ \t]+auch|[àa][ \t]+lire[ \t]+aussi|lire[ \t]+aussi|"
    r"noticias[ \t]+relacionadas|art[íi]culos[ \t]+relacionados|leggi[ \t]+anche)[ \t]*:?[ \t]*$", re.I | re.M)
# The block runs over the short lines below its heading (headlines, dates, teasers); a line of
# prose longer than this is the page again.
RELATED_ITEM_WORDS = 20
ORIGINAL_RE = re.compile(r"\boriginally\s+(?:published|posted|appeared|ran)\b[^\n]{0,25}$", re.I)
# A preposition opening a sentence of prose before its date: the date of an event it tells.
EVENT_OPENER_RE = re.compile(r"^\s*(?:on|in|by|since|until|from|after|before|early|late)\s+$", re.I)
RANGE_BEFORE_RE = re.compile(r"\d{1,2}\s*(?:[-–]|to|and)\s*$", re.I)
# An embedded social post signs off with its author's handle and its own date: "— Simply Bitcoin
# (@SimplyBitcoinTV) July 20, 2023" (the embed code of X/Twitter, Threads, Mastodon). The dash
# is the signature's: a journalist's byline "By Jane Doe (@janedoe)" has none.
EMBED_SIGNATURE_BEFORE_RE = re.compile(
    r"(?:^|\s)[—–-]{1,2}[ \t]*(?!by\b)[^\n()]{1,60}\(@[\w.]{1,30}(?:@[\w.-]+)?\)[ \t]*$", re.I)
# A wire or press-release dateline opening a paragraph: the place, then the date, then a break
# into the story ("NEW YORK, March 3, 2017 /PRNewswire/ -- ...", "BEIRUT, Lebanon, 5 March 2017 —",
# "Karlsruhe, (12.11.2021). Traditionell ..."). A sentence's date has words other than a place
# before it, or goes on with words.
PLACE_DATELINE_BEFORE_RE = re.compile(
    r"[ \t]*(?:[A-ZÀ-Ý][\w.'’-]*(?:[ \t]+[A-ZÀ-Ý][\w.'’-]*){0,2},[ \t]*){1,2}\(?[ \t]*\Z")
PLACE_DATELINE_AFTER_RE = re.compile(r"\)?[ \t]*(?:\.[ \t]|:[ \t]|/[A-Za-z]|--|[—–][ \t]|-[ \t]|\)[ \t]*[—–-])")
# How much each place says "this is the article's own date" (tuned on WCXB/FA-KES dev: the
# ordering matters, the exact values little).
WEIGHTS = {
    "published": 3.5, "byline": 3.5, "after byline": 3.0, "updated": 2.0, "dateline": 2.5,
    "opening": 2.0, "time": 0.5, "event": -1.0, "range": -2.0, "copyright": -2.0, "comment": -2.5,
    "position": 1.0, "index": 0.05, "original": 4.0, "widget": -0.5, "list": -1.0, "clock": -1.0,
    "related": -2.5, "header clock": -1.0,
}
# A list of posts (teasers, related links, event calendars, tickers) prints each item's date in one
# layout: this many dates of different days laid out alike are list items, not the page's stamp.
LIST_MIN_ITEMS = 3
LIST_GAP_CHARS = 600  # a list item is a headline, its date and at most a line of teaser
# Scores closer than one index step are a tie. WEIGHTS["published"] - WEIGHTS["dateline"] equals
# WEIGHTS["position"], so a labelled date at the foot of a page ("Posted in World | <date>") lands
# on an unlabelled stamp at its top to within the position and index terms, which are there to
# break ties, not to weigh evidence: at that size their difference is layout arithmetic (and, at
# the last, float rounding). A tie goes to the date that comes first in the text, as a stamp opens a page.
SCORE_TIE = WEIGHTS["index"]


def _segment(text: str, ls: int, le: int, c: DateCandidate) -> tuple[str, str]:
    """What shares the date's segment of its line: bylines print 'By X | Jan 2, 2017 | World'."""
    before, after = text[ls:c.start], text[c.end:le]
    cuts = list(SEGMENT_SEP_RE.finditer(before))
    if cuts:
        before = before[cuts[-1].end():]
    cut = SEGMENT_SEP_RE.search(after)
    if cut:
        after = after[:cut.start()]
    return before, after


# A byline right after the date ("January 12, 2025 By Gabby Boucher In Travel", "26/12/2019 von
# revamp-it Webteam"), after a second date at most (WordPress prints the updated day glued on:
# "January 12, 2025January 22, 2025 By ..."). English prose goes on "by" in lower case ("On 3 March
# 2017 by Russian jets ..."), so a lower-case "by" counts only before a short rest of the segment.
BYLINE_AFTER_RE = re.compile(r"[ \t]*(?:(?P<cap>By|BY)|by|von|par|por|door)[ \t]+\S")
BYLINE_AFTER_REST_WORDS = 6  # "by admin", "von revamp-it Webteam", "by Jane Doe, Staff Writer"


# The byline's name: 1-4 capitalised words or a handle ("Jane Doe", "revamp-it Webteam", "admin"),
# up to a comma, bar or category ("In Travel"). A photo credit ("by Reuters photographer Omar ...") or prose ("by Russian
# jets", "By the time the convoy ...") is no name (rev9r 2).
BYLINE_NAME_MAX_WORDS = 4
BYLINE_NOT_NAME = frozenset({"the", "a", "an", "far", "way", "contrast", "comparison"})  # in lower case only
BYLINE_NEVER_NAME = frozenset({"time", "then", "now"})  # in any case
_HANDLE_RE = re.compile(r"@?[\w.]*[\d_@-][\w.@-]*")


def _looks_like_name(rest: str) -> bool:
    """The words after 'by' up to a comma or bar are 1-4 capitalised words or handles."""
    words = re.split(r"[,|;(]|\s(?:In|in|Posted|posted)\s", rest, maxsplit=1)[0].split()  # 'By admin In Market'
    if not words or words[0] in BYLINE_NOT_NAME or words[0].lower() in BYLINE_NEVER_NAME:
        return False  # 'By the time ...', 'By Then, ...' ('By The Associated Press' is a byline)
    if len(words) == 1:
        return True  # 'by admin'
    return all(w[:1].isupper() or _HANDLE_RE.fullmatch(w) for w in words[:BYLINE_NAME_MAX_WORDS])


def _byline_follows(seg_after: str) -> bool:
    """The date's segment goes on with a byline (BYLINE_AFTER_RE) naming someone, after a glued
    second date at most."""
    head = seg_after[:80]
    if not re.search(r"\b(?:by|von|par|por|door)\b", head, re.I):
        return False
    glued = next((c for c in date_candidates(head[:40]) if c.start <= 2), None)
    rest = seg_after[glued.end:] if glued else seg_after
    m = BYLINE_AFTER_RE.match(rest)
    if not m or not _looks_like_name(rest[m.end() - 1:]):
        return False
    return m.group("cap") is not None or _count_words(rest, BYLINE_AFTER_REST_WORDS + 2) <= BYLINE_AFTER_REST_WORDS + 1


GLUED_WEEKDAY_RE = re.compile(r"[^\W\d_]{2,}\.?,?[ \t]*$")


# A search box's label on a line of its own (how a header's search field reads as text).
SEARCH_BOX_RE = re.compile(
    r"[ \t*+-]*(?:search(?:\s+for)?|suche(?:n)?(?:\s+nach)?|rechercher?|buscar|cerca|zoeken|pesquisar|szukaj)"
    r"(?:\s*(?:\.\.\.|…))?[ \t]*:?[ \t]*(?:search|suche|suchen)?[ \t]*", re.I)


def _beside_search_box(text: str, ls: int, le: int) -> bool:
    """The line above or below the date's is a search box's label: the date is the header's clock
    (today's date, printed beside the search field), not the page's."""
    below_end = text.find("\n", le + 1)
    below = text[le + 1:below_end if below_end >= 0 else len(text)]
    return bool(SEARCH_BOX_RE.fullmatch(_previous_line(text, ls)) or SEARCH_BOX_RE.fullmatch(below))


def _opens_with_date(s: str) -> bool:
    return any(c.start <= 2 for c in date_candidates(s))


def _glued_to_date_before(before: str) -> bool:
    """Another date ends right before this one ("Freitag, 15. April 2016Samstag, 4. März 2017"):
    this is the glued-on updated day, the first is the published one."""
    tail = GLUED_WEEKDAY_RE.sub("", before[-60:])  # 'Samstag, ' of the second date
    return tail[-1:].isdigit() and any(c.end >= len(tail) - 1 for c in date_candidates(tail))


def _count_words(s: str, limit: int) -> int:
    """len(_WORD.findall(s)), or `limit` when there are at least that many: only small counts matter."""
    return sum(1 for _ in islice(_WORD.finditer(s), limit))


def _has_copyright_mark(line: str) -> bool:
    """bool(COPYRIGHT_MARK_RE.search(line)); COPYRIGHT_MARK_RE cannot match without one of these strings
    (lowercased: its letters c o p y r a l have only their ASCII case partner under IGNORECASE)."""
    if "©" in line:
        return True
    low = line.lower()
    return ("(c)" in low or "copyr" in low or "all r" in low) and COPYRIGHT_MARK_RE.search(line) is not None


def _ends_with_comment_verb(s: str) -> bool:
    """bool(COMMENT_BEFORE_RE.search(s)) without scanning all of s: a match ends where s ends
    but for blanks and one colon, and its verb is at most 9 letters, so it starts within the
    last 11 characters before them (the search still sees the character before for \b)."""
    core = s.rstrip()
    if core.endswith(":"):
        core = core[:-1].rstrip()
    return COMMENT_BEFORE_RE.search(s, max(0, len(core) - 11)) is not None


def _previous_line(text: str, ls: int) -> str:
    """The nearest non-blank line above the one starting at ls."""
    end = ls - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return text[start:end]
        end = start - 1
    return ""


def _score(text: str, c: DateCandidate, index: int, in_comments: bool = False) -> tuple[float, str]:
    """How much a candidate looks like the article's own date, and the kind of place it sits in."""
    w = WEIGHTS
    ls, le = _line_bounds(text, c.start)
    line, before = text[ls:le], text[ls:c.start]
    seg_before, seg_after = _segment(text, ls, le, c)
    n_before = _count_words(seg_before, 9)
    short = n_before <= 8 and n_before + _count_words(seg_after, 9 - n_before) <= 8
    near_start = _count_words(before, 6) <= 5  # 'Last updated at Apr 15 2017 BEIRUT ...'
    opens_line = not before.strip()
    prev_line = _previous_line(text, ls)
    prev_label = opens_line and len(prev_line) < 60
    labelled = short or near_start
    if ORIGINAL_RE.search(before[-60:]):
        score, kind = w["original"], "published"
    elif labelled and UPDATED_RE.search(before[-40:]) or prev_label and UPDATED_RE.search(prev_line[-40:]):
        score, kind = w["updated"], "updated"
    elif labelled and PUBLISHED_RE.search(before[-40:]) or prev_label and PUBLISHED_RE.search(prev_line[-40:]):
        score, kind = w["published"], "published"
    elif short and near_start and before.strip().lower() in ("on", "on:"):
        score, kind = w["published"], "published"  # 'By X' then 'on December 18, 2025'
    elif short and BYLINE_RE.search(line):
        score, kind = w["byline"], "byline"
    elif ((opens_line or near_start) and _byline_follows(seg_after) and not _glued_to_date_before(before)
          and not _paragraph_above(text, ls)):  # in the page's head, above its body, as bylines sit
        score, kind = w["byline"], "byline"  # 'January 12, 2025 By Gabby Boucher', '26/12/2019 von revamp-it Webteam'
    elif opens_line and len(prev_line) < 80 and BYLINE_RE.search(prev_line):
        score, kind = w["after byline"], "byline"
    elif short:
        score, kind = w["dateline"], "dateline"
    elif (PLACE_DATELINE_BEFORE_RE.match(before) and (after_mark := PLACE_DATELINE_AFTER_RE.match(text, c.end, le))
          and not _opens_with_date(text[after_mark.end():after_mark.end() + 40])):  # 'October 2, 2025 – February 15, 2026' is a range
        score, kind = w["dateline"], "dateline"  # 'NEW YORK, March 3, 2017 /PRNewswire/ --', 'Karlsruhe, (12.11.2021). ...'
    elif (opens_line or c.start - ls <= 3) and not (EVENT_OPENER_RE.match(before) and _count_words(seg_after, 9) > 8):
        score, kind = w["opening"], "dateline"  # a date opening a long line: flattened scrapes put it there
    else:
        score, kind = 0.0, "prose"  # "On 5 March 2017, an airstrike hit ...": an event's date
    if TIME_RE.match(text, c.end, le):
        score += w["time"]
    if kind == "prose" and (EVENT_PREP_RE.search(before[-30:]) or EVENT_OPENER_RE.match(before)):
        score += w["event"]
        kind = "event"  # "On 5 March 2017, an airstrike ...", "until May 3, 2017": never the page's date
    elif kind == "dateline" and EVENT_PREP_RE.search(seg_before[-30:]):
        score, kind = w["event"], "event"  # a short line too: "As of July 31, 2025, the FDA has received:"
    if RANGE_BEFORE_RE.search(before[-8:]):
        score += w["range"]
    if _has_copyright_mark(line):
        score += w["copyright"]
    if short and c.weekday and not TIME_RE.match(text, c.end, le):
        score += w["widget"]  # 'Friday, December 19, 2025' alone: sites print today's date so
    if short and _beside_search_box(text, ls, le) and not BYLINE_RE.match(text, le):  # 'Search\nMarch 10, 2017\nBy Jane Doe': the post's stamp
        score += w["clock"]  # the header's clock beside its search box: 'Suche\n26. Januar 2022\n* ABO'
    if (in_comments or _ends_with_comment_verb(before if not opens_line else prev_line)
            or EMBED_SIGNATURE_BEFORE_RE.search(before[-100:] if not opens_line else prev_line[-100:])
            or COMMENT_AFTER_RE.match(text, c.end)
            or PROFILE_BEFORE_RE.search(before[-30:] if not opens_line else prev_line[-30:])):
        score += w["comment"]
        kind = "comment"
    # Earlier is better (bylines open articles), gently, so position breaks ties.
    score -= w["position"] * (c.start / max(len(text), 1)) + w["index"] * index
    return score, kind



def _related_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of related-links blocks: from a RELATED_SECTION_RE heading below the article's prose
    (_prose_above) over the short lines below it, to the next line of prose or the end."""
    blocks = []
    for m in RELATED_SECTION_RE.finditer(text):
        if not _prose_above(text, m.start()):
            continue  # a heading in the menus above the article ("Read more", "Related") heads no list of its dates
        pos = m.end()
        while pos < len(text):
            nl = text.find("\n", pos + 1)
            end = len(text) if nl < 0 else nl
            if _count_words(text[pos:end], RELATED_ITEM_WORDS + 1) > RELATED_ITEM_WORDS:
                break
            pos = end
        blocks.append((m.start(), pos))
    return blocks


SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)]?[ \t]*$")
SENTENCE_MIN_WORDS = 8  # a line of at least this many words that ends a sentence is prose, not a menu item


def _prose_above(text: str, pos: int) -> bool:
    """Some line above pos is a sentence of prose: the article's body comes before it, so a
    related-links heading there follows the article, as such blocks do."""
    return any(SENTENCE_END_RE.search(line) and _count_words(line, SENTENCE_MIN_WORDS) >= SENTENCE_MIN_WORDS
               for line in text[:pos].split("\n"))


PARAGRAPH_MIN_WORDS = 15  # a body paragraph's sentence; a site's tagline ("Travel tips, budget travel guides, ...") is shorter


def _paragraph_above(text: str, pos: int) -> bool:
    """A body paragraph (a sentence of PARAGRAPH_MIN_WORDS words or more) ends above pos: pos is
    in the article's body, below the head where its byline and stamp sit."""
    return any(SENTENCE_END_RE.search(line) and _count_words(line, PARAGRAPH_MIN_WORDS) >= PARAGRAPH_MIN_WORDS
               for line in text[:pos].split("\n"))


def _header_clock(text: str, c: DateCandidate) -> bool:
    """A weekday date alone on the text's first line, above the headline, with no time and no
    label: the day a site prints in its header ("Tuesday, December 1, 2026": the scrape day), or
    a blog's date heading above the post (Blogger: "Samstag, 5. Oktober 2013"). On the dev pages
    (WCXB, peer text in other languages: 4 such lines) it was the publication day on 3 (a blog
    heading, two news headers, one with no other date) and the scrape day on 1, where the byline's
    date below it is right. So it loses WEIGHTS["header clock"]: a byline or dateline date below
    wins over it; alone, or over dates that are no stamp (a comment's, an event's), it is kept
    with a warning (HEADER_CLOCK_WARNING)."""
    ls, le = _line_bounds(text, c.start)
    before = text[ls:c.start].strip()  # a numeric date's weekday sits before its span ("Tue 01/12/2026")
    return (c.weekday and not text[:ls].strip() and not text[c.end:le].strip()
            and (not before or WEEKDAY_BEFORE_RE.match(before + " ") is not None))


def _alone_on_line(text: str, c: DateCandidate) -> bool:
    """A date with nothing else on its line (no time, no byline): how widgets print "today"
    (with its weekday: "Sunday, October 24, 2021")."""
    ls, le = _line_bounds(text, c.start)
    return not text[ls:c.start].strip() and not text[c.end:le].strip()


def rank_candidates(
    text: str, conflict_start: date = CONFLICT_START, low: date | None = None, high: date | None = None,
    today: date | None = None, slash: str | None = None,
) -> list[tuple[float, str, DateCandidate]]:
    """Candidates with their scores, best first."""
    today = today or date.today()
    cands = date_candidates(text, slash)
    years = None
    comments_at = COMMENT_SECTION_RE.search(text) if cands else None
    related = _related_blocks(text) if cands else []
    ranked = []
    for i, c in enumerate(cands):
        s, kind = _score(text, c, i, comments_at is not None and c.start > comments_at.start())
        if any(a <= c.start < b for a, b in related):
            s, kind = s + WEIGHTS["related"], "related"
        elif _header_clock(text, c):
            s, kind = s + WEIGHTS["header clock"], "header clock"
        if c.value > today:
            s -= 10
        if c.value < EARLIEST_PLAUSIBLE:
            s -= 6
        outside = bool(low and c.value < low - timedelta(days=3) or high and c.value > high + timedelta(days=3))
        if outside:
            s -= 5
        # A site widget or scrape stamp: a header date years after every other year the text names.
        fits_war_age = bool(low and high and not outside)  # a lower bound alone says little
        if c.weekday and not fits_war_age and len(cands) > 1 and _alone_on_line(text, c):
            if years is None:  # found only when needed: few dates are alone on their line
                years = _mentioned_years(text)
            others = [y for pos, y in years if not (c.start <= pos < c.end)]
            if others and c.value.year - max(others) >= 2:
                s -= 4
                kind = "stale-" + kind if not kind.startswith("stale") else kind
        ranked.append((s, kind, c))
    ranked = _mark_lists(text, ranked)
    ranked.sort(key=lambda t: (-t[0], t[2].start))
    return _earliest_of_tied(ranked)


def _earliest_of_tied(ranked: list) -> list:
    """The best-first list with the earliest date in the text among those tied with the best
    (within SCORE_TIE of its score) moved to the front: near-ties are decided by text order,
    never by which side float noise falls on."""
    if len(ranked) < 2:
        return ranked
    best = ranked[0][0]
    first = min((i for i, r in enumerate(ranked) if best - r[0] < SCORE_TIE), key=lambda i: ranked[i][2].start)
    return ranked if first == 0 else [ranked[first]] + ranked[:first] + ranked[first + 1:]


_LAYOUT_WORDS_RE = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)*")
_LAYOUT_DIGITS_RE = re.compile(r"\d+")


def _layout(s: str) -> str:
    """A piece of a line with its words and numbers blanked: '* [ ' stays, 'Release: ' is 'a: ',
    'Written by Everfit Team' is 'a'; what is left is how a list lays out each item."""
    return _LAYOUT_DIGITS_RE.sub("0", _LAYOUT_WORDS_RE.sub("a", s.strip()))


_LEAD_MARKS_RE = re.compile(r"^[^\w]*")
_TAIL_MARKS_RE = re.compile(r"[^\w]*$")
_OPENING_MARKS = "([{\"'„“‘«¿¡#@"


def _marks(s: str) -> str:
    """Punctuation and marks with their spacing cut to single spaces: '* [ ' is '* [', ' | ' is '|'."""
    return " ".join(s.split())


def _edges(s: str, head_only: bool = False) -> str:
    """The marks a list prints around each item's words, without the words: '* [Rant] Hey, fix
    it! ' is '* [ a !'. An item's title is its own (its commas, colons, dashes and numbers
    differ from item to item); only the marks at its ends are the list's. `head_only`: the
    first run of marks, then 'a' if words follow (what follows a date on its line)."""
    s = s.strip()
    if head_only and s:  # the separator after the date ('] ', ' | '), not a title's own opening mark ('[Rant]', '"')
        first = s.split()[0]
        sep = _LEAD_MARKS_RE.match(first).group(0).rstrip(_OPENING_MARKS)
        return " ".join(x for x in (sep, "a" if s != sep else "") if x)
    lead = _LEAD_MARKS_RE.match(s).group(0)
    rest = s[len(lead):]
    if not rest:
        return _marks(lead)
    tail = _TAIL_MARKS_RE.search(rest).group(0)
    return " ".join(x for x in (_marks(lead), "a", _marks(tail)) if x)


def _date_layout(text: str, c: DateCandidate) -> tuple[str, str, str]:
    """How a date is written and placed on its line: the marks around the words before it, its
    own form, and the marks after it up to the first word (_edges)."""
    ls, le = _line_bounds(text, c.start)
    return _edges(text[ls:c.start]), _layout(text[c.start:c.end]), _edges(text[c.end:le], head_only=True)


def _mark_lists(text: str, ranked: list) -> list:
    """Dates of at least LIST_MIN_ITEMS different days written in one layout outside prose, each
    within LIST_GAP_CHARS of the next, are the items of a list (related posts, a ticker, a
    calendar): each loses WEIGHTS['list']. A page's own stamp printed alike far above a list is
    not one of its items, nor is it near one (a short article) unless the lines from it to the
    list's first item step as the items do (_own_stamp_leads)."""
    first = min(range(len(ranked)), key=lambda i: ranked[i][2].start, default=None)
    groups: dict[tuple, list] = {}
    for i, (s, kind, c) in enumerate(ranked):
        layout = _date_layout(text, c)
        # a ticker item's long title makes its line read as prose; marks alone before it say list
        if kind not in PROSE_KINDS or (layout[0] and "a" not in layout[0].split()):
            groups.setdefault(layout, []).append(i)
    listed: set[int] = set()
    for members in groups.values():
        if len({ranked[i][2].value for i in members}) < LIST_MIN_ITEMS:
            continue
        members.sort(key=lambda i: ranked[i][2].start)
        run = [members[0]]
        for i in members[1:] + [None]:
            if i is not None and ranked[i][2].start - ranked[run[-1]][2].start <= LIST_GAP_CHARS:
                run.append(i)
                continue
            if run[0] == first and _own_stamp_leads(text, [ranked[j][2].start for j in run]):
                run = run[1:]
            if len({ranked[j][2].value for j in run}) >= LIST_MIN_ITEMS:
                listed.update(run)
            run = [i]
    if not listed:
        return ranked
    return [(s + WEIGHTS["list"] if i in listed else s, kind, c) for i, (s, kind, c) in enumerate(ranked)]


def _own_stamp_leads(text: str, starts: list[int]) -> bool:
    """The first of a run of dates laid out alike is the page's own stamp, not the list's first
    item: the number of lines from it to the next date is none of the steps between the items
    (a short article's stamp, its body, then "More news" and headline/date pairs)."""
    steps = [text.count("\n", a, b) for a, b in zip(starts, starts[1:])]
    return len(steps) >= LIST_MIN_ITEMS - 1 and steps[0] not in steps[1:]


# ---------------------------------------------------------------------------------------
# The decision


def _parse_iso(value) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    s = str(value).strip()
    if not s or s.lower() in ("nan", "nat", "none", "null"):
        return None
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        return safe_date(int(m[1]), int(m[2]), int(m[3]))
    cands = date_candidates(s)
    return cands[0].value if cands else None


def read_date(value) -> date | None:
    """A metadata value as publication_date reads it (ISO, or the first date written in it)."""
    return _parse_iso(value)


def _is_missing(value) -> bool:
    if value is None:
        return True
    try:
        return value != value  # NaN / NaT
    except Exception:  # noqa: BLE001 - odd objects are not missing
        return False


def _checks(d: date, low, high, interval_ev, conflict_start: date, today: date) -> list[str]:
    w = []
    if low and d < low - timedelta(days=3) or high and d > high + timedelta(days=3):
        w.append(f"date {d} is outside the interval {low}..{high} implied by '{interval_ev}'")
    if d > today:
        w.append(f"date {d} is in the future")
    if d < conflict_start:
        w.append(f"date {d} is before the conflict began ({conflict_start})")
    return w


_DROP_RE = re.compile(r"<(script|style|noscript|template|svg)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_BLOCK_RE = re.compile(
    r"</?(?:p|div|li|ul|ol|h[1-6]|br|tr|td|th|table|article|section|header|footer|aside|nav|main|figure|"
    r"figcaption|blockquote|dd|dt|dl|hr|form|address|pre|time)\b[^>]*>", re.I)
_TAG_RE = re.compile(r"<[^>]*>")
_SPACE_RE = re.compile(r"[ \t\r\f\v\xa0]+")


def html_to_lines(html: str) -> str:
    """Visible text of a page with one block per line, header and footer included: the date
    line (byline, dateline) that main-content extraction often drops is kept."""
    import html as html_lib

    s = _DROP_RE.sub(" ", html)
    s = _BLOCK_RE.sub("\n", s)
    s = html_lib.unescape(_TAG_RE.sub(" ", s))
    lines = (_SPACE_RE.sub(" ", line).strip() for line in s.split("\n"))
    return "\n".join(line for line in lines if line)


def html_page_date(html: str, url: str | None = None) -> str | None:
    """The page's original publication date as htmldate reads it from markup, URL and text."""
    return _htmldate(html, url, extensive=True)


def html_markup_date(html: str, url: str | None = None) -> str | None:
    """The date htmldate reads without its extensive search: meta tags, JSON-LD, the URL, time and
    abbr elements and full date patterns. What only the extensive search finds (free text, a
    copyright year as Jan 1) is a guess: `_html_choice` takes it only where the page states it."""
    return _htmldate(html, url, extensive=False)


def _htmldate(html: str, url: str | None, extensive: bool) -> str | None:
    if not html:
        return None
    try:
        from htmldate import find_date

        return find_date(html, original_date=True, url=url, extensive_search=extensive)
    except Exception:  # noqa: BLE001 - a broken page has no date, not an error
        return None


HTMLDATE_GUESS = "htmldate guess: a date in the page's text or code (no line or tag states it)"
_MARKUP_TAG_RE = re.compile(r"<(?:meta|time|abbr|link)\b[^>]*>", re.I)
MARKUP_EVIDENCE_CHARS = 200  # a tag is short; a longer match is a page fragment, cut to this


def _written_forms(d: date) -> tuple[str, ...]:
    """The all-number forms of a full date that page code writes (ISO, path, compact)."""
    return d.isoformat(), d.strftime("%Y/%m/%d"), d.strftime("%Y%m%d")


def _written_in_source(html: str, url: str | None, d: date) -> str | None:
    """Where the page's URL or HTML source writes d in full (an image path, a comment, a script):
    the URL, or the source around the first such place; None when only a year or month is written."""
    forms = _written_forms(d)
    if url and any(w in url for w in forms):
        return "url: " + url
    at = min((i for i in (html.find(w) for w in forms) if i >= 0), default=-1)
    if at < 0:
        return None
    lo = max(0, at - MARKUP_EVIDENCE_CHARS // 2)
    return " ".join(html[lo:lo + MARKUP_EVIDENCE_CHARS].split())


def _markup_evidence(html: str, url: str | None, d: date) -> str:
    """Where a markup date was read: the page's URL, or the first meta/time/abbr tag that writes it."""
    if url_date(url) == d:
        return "url: " + url
    written = _written_forms(d)
    tag = next((m.group(0) for m in _MARKUP_TAG_RE.finditer(html) if any(w in m.group(0) for w in written)), None)
    if tag:
        return "page markup: " + tag[:MARKUP_EVIDENCE_CHARS]
    source = _written_in_source(html, None, d)  # a script variable, a data attribute
    return "page markup: " + (source or MARKUP_UNNAMED)


MARKUP_UNNAMED = "a date htmldate read from the page's code"  # no tag or source text writes it in a form we search


def publication_date(
    text: str,
    *,
    metadata_date=None,
    html_date=None,
    html: str | None = None,
    conflict_start: date = CONFLICT_START,
    conflict_name: str = CONFLICT_NAME,
    url: str | None = None,
    today: date | None = None,
    date_order: str | None = None,
) -> DateResult:
    """Choose the publication date: record/sidecar metadata first, then what the page states
    (HTML markup read by htmldate, or the best-placed date in the text), and bound it with
    war-age evidence. `published` stays null when only an interval is known ('inferred').
    `date_order` ("dm"/"md", --columns date_order=): how the outlet writes a slash date that reads
    either way, before the page's locale; a slash date on the page that reads one way only still
    decides its page's order."""
    text = text or ""
    today = today or date.today()
    warnings: list[str] = []
    low, high, interval_ev = war_age_interval(text, conflict_start, conflict_name)

    def result(d, source, ev, start=None, end=None, extra=()):
        w = warnings + list(extra) + _checks(d, low, high, interval_ev, conflict_start, today)
        return DateResult(d, source, low, high, ev, tuple(w), start, end, interval_ev)

    if not _is_missing(metadata_date) and str(metadata_date).strip():
        meta = _parse_iso(metadata_date)
        if meta is None:
            warnings.append(f"metadata date {metadata_date!r} could not be read")
        else:
            return result(meta, "metadata", "metadata", extra=_text_disagrees(text, meta, today))

    slash = date_order or locale_order(html, url, text)
    ranked = rank_candidates(text, conflict_start, low, high, today, slash)
    if html:
        chosen = _html_choice(html, url, text, ranked, low, high, today, warnings, conflict_start, slash)
        if chosen is not None:
            d, label, span = chosen
            return result(d, "text", label, span.start if span else None, span.end if span else None)
    # trafilatura's date for a page is htmldate's extensive reading of the same HTML: _html_choice judged it
    if html is None and not _is_missing(html_date) and str(html_date).strip():
        d = _parse_iso(html_date)
        if d is None:
            warnings.append(f"page metadata date {html_date!r} could not be read")
        elif _acceptable(d, low, high, today) or not any(_acceptable(c.value, low, high, today) for _, _, c in ranked):
            span = next((c for s, k, c in ranked if c.value == d), None)
            return result(d, "text", "page metadata", span.start if span else None, span.end if span else None)
        else:
            warnings.append(f"page metadata date {d} rejected: future or outside the war-age interval")

    line = None if url else own_url_line(text)
    day = url_date(url or (line.group("url") if line else None))
    if day is not None and day >= EARLIEST_PLAUSIBLE and _acceptable(day, low, high, today):
        # a day in the page's own URL: news and blog systems write the publication day there
        start, end = (line.start("url"), line.end("url")) if line else (None, None)
        return result(day, "text", "url: " + (url or line.group("url")), start, end)
    ranked = [r for r in ranked if r[1] not in NOT_THE_PAGES_KINDS]
    if ranked:
        score, kind, c = ranked[0]
        extra = []
        if kind == "header clock":
            extra.append(HEADER_CLOCK_WARNING.format(value=c.value))
        if kind.startswith("stale"):
            extra.append(f"date {c.value} may be a site widget or scrape date (years after every other year named)")
        extra.extend(page_slash_warning(text, c, slash))
        return result(c.value, "text", text[c.start:c.end], c.start, c.end, extra)
    if low or high:
        return DateResult(None, "inferred", low, high, interval_ev, tuple(warnings), None, None, interval_ev)
    return DateResult(None, "none", None, None, None, tuple(warnings))


HEADER_CLOCK_WARNING = ("date {value} is a weekday date alone on the text's first line: a blog's date heading, "
                        "or a site header's today (the scrape day); no stamp below it states another day")


# Metadata is kept, but a record whose text labels another publication date says so: the top of
# the text is where "Published August 15 2016" or a byline's date sits (and reading only it keeps
# the check cheap at corpus scale).
METADATA_CHECK_CHARS = 1500
LABELLED_KINDS = ("published", "byline")


def _says_published(text: str, c: DateCandidate) -> bool:
    """A label word or a byline on the date's line or the line above ('On August 15 2016, ...'
    opening a sentence also ranks as 'published', but states an event)."""
    ls, _ = _line_bounds(text, c.start)
    near = _previous_line(text, ls)[-80:] + "\n" + text[ls:c.start]
    return bool(PUBLISHED_RE.search(text[max(ls, c.start - 40):c.start]) or BYLINE_RE.search(near))


# A date that opens the text (a weekday and a written-out date fit in this many characters) is the
# record's own date label, as "Published ..." is: "September 8 2013 U.S. leaves door open ...".
LEAD_DATE_CHARS = 60


LEAD_PREFIX_RE = re.compile(r"\s*" + _WEEKDAY, re.I)  # what may come before it: space, a weekday


def _lead_date(text: str, today: date) -> DateCandidate | None:
    """The date the text opens with (after a weekday at most), if it opens with one."""
    head = text[: len(text) - len(text.lstrip()) + LEAD_DATE_CHARS]
    return next((c for _, _, c in rank_candidates(head, today=today) if LEAD_PREFIX_RE.fullmatch(head, 0, c.start)), None)


# A dated credit under the headline: "US strikes kill 50 Qaeda fighters in Syria Monitor AFP Tuesday 23
# Sep 2014 US air strikes killed ..." (Ahram Online prints title, wire credit, weekday and date; the
# same on lines of their own: "AFP , Tuesday 23 Sep 2014"; QA11 F1). The text's first date, right
# after a wire's credit (capitals: "AFP", "AFP/dpa"; or text.sentences.WIRE_NAMES, "Agencies") and
# naming the weekday it fell on, is the page's dateline, a label of its publication day as a date the
# text opens with is. Prose credits no wire right before a date, and a wrong weekday is no stamp.
DATELINE_CHARS = 300  # a headline and its credit fit before the dateline
CREDIT_BEFORE_RE = re.compile(
    rf"(?:\b[A-Z]{{2,}}(?:/[A-Za-z]+)*|\b(?:{'|'.join(WIRE_NAMES)}|Agencies))[ \t]*[,|–—-]?\s*$")
CREDIT_REACH = 40  # chars before the weekday where the credit stands
# A dateline stands on its own: the story (a capital, a quote, a bracket) or a line end follows it.
# Prose that names a broadcaster or group before a date goes on in lower case ("told CBS Sunday 14
# Sep 2014 that more countries would join", "ISIS Tuesday 19 Aug 2014 released a video"; rev11r R11).
DATELINE_END_RE = re.compile(r"[ \t]*(?:$|\n|[,.|–—-]?[ \t]*[A-Z\"“‘'(\[])")
ENGLISH_WEEKDAY_RE = re.compile(r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+", re.I)
WEEKDAY_ABBR = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # date.weekday()'s order, not the locale's


def _credited_dateline(head: str, today: date) -> DateCandidate | None:
    """The text's first date (within DATELINE_CHARS) when it opens with its own weekday, follows
    a wire's credit (CREDIT_BEFORE_RE) and ends where the story starts (DATELINE_END_RE), else None."""
    cands = [c for _, _, c in rank_candidates(head[:DATELINE_CHARS], today=today)]
    if not cands:
        return None
    c = min(cands, key=lambda c: c.start)
    w = ENGLISH_WEEKDAY_RE.match(head, c.start)
    if w is None or w.group(1).lower() != WEEKDAY_ABBR[c.value.weekday()]:
        return None
    if not DATELINE_END_RE.match(head, c.end):
        return None
    return c if CREDIT_BEFORE_RE.search(head, max(0, c.start - CREDIT_REACH), c.start) else None


# An opening date that a sentence goes on from names an event the article looks back to, not the
# record's dateline: "March 15, 2011 marked the start of the uprising", "September 11, 2001's
# attacks". Only positive evidence counts: a possessive, or a verb right after the date. Any
# lower-case word was too wide: a dateline goes on "via AFP", "last updated 14:00", "in Damascus",
# "from our correspondent", ", filed by Reuters", and those are still checked.
_EVENT_VERB = (r"marked|marks|was|were|is|saw|sees|changed|changes|will|would|became|began|begins|brought|"
               r"witnessed|shook|remains|remained|ended|started|set|sparked|triggered|led|left|killed|claimed")
EVENT_GOES_ON_RE = re.compile(rf"(?:['\u2019]s\b|,?[ \t]+(?:{_EVENT_VERB})\b)")


def _names_an_event(head: str, c: DateCandidate, meta: date) -> bool:
    """The opening date is a past event the text goes on about (EVENT_GOES_ON_RE), earlier than
    the metadata date: a later one cannot be looked back to, so it still contradicts."""
    return c.value < meta and bool(EVENT_GOES_ON_RE.match(head, c.end))


# The warning's one home: written here, read back by articles.text_date_conflicts for the index.
TEXT_DATE_WARNING = "metadata date {meta} kept, but the text states {stated!r} ({value})"
TEXT_DATE_WARNING_RE = re.compile(r"metadata date (\d{4}-\d{2}-\d{2}) kept, but the text states .*? \((\d{4}-\d{2}-\d{2})\)")
FAR_DATE_DAYS = 180  # a text date this far from the metadata's is another story's date, not a time zone or a late upload


def date_in_doubt(warnings: object) -> bool:
    """An article's warnings hold a text date more than FAR_DATE_DAYS from its metadata date:
    its publication date may belong to another story."""
    m = TEXT_DATE_WARNING_RE.search(warnings if isinstance(warnings, str) else "")
    return bool(m) and abs((date.fromisoformat(m[1]) - date.fromisoformat(m[2])).days) > FAR_DATE_DAYS


def _text_disagrees(text: str, meta: date, today: date) -> list[str]:
    """A warning when the text's own labelled publication date (or, with no label, the date it
    opens with, unless a sentence goes on from it: _names_an_event; or else a wire-credited dateline
    under the headline: _credited_dateline) is another day than the metadata's. A label wins over the opening date: a page may open with an event's date above
    "Published: ..."."""
    head = text[:METADATA_CHECK_CHARS]
    labelled = []
    if PUBLISHED_WORD_RE.search(head) or BYLINE_RE.search(head):  # else nothing _says_published could accept
        labelled = [c for _, kind, c in rank_candidates(head, today=today)
                    if kind in LABELLED_KINDS and _says_published(head, c)]
    if not labelled:
        labelled = [c for c in (_lead_date(head, today),) if c is not None and not _names_an_event(head, c, meta)]
    if not labelled:
        labelled = [c for c in (_credited_dateline(head, today),) if c is not None]
    c = labelled[0] if labelled else None  # the first label: an "Updated" date after it is not a contradiction
    if c is not None and abs((c.value - meta).days) > SAME_PUBLICATION_DAYS:
        return [TEXT_DATE_WARNING.format(meta=meta, stated=head[c.start:c.end], value=c.value)]
    return []


# A date placed like a byline or dateline in the page's own text (score at least this) may beat
# htmldate when htmldate's date is not written anywhere on the page, and only on strong evidence
# (`_overrides`): labelled as the publication date or byline (score at least HTML_TEXT_LABELLED),
# or the only date the page shows. Measured on WCXB and on htmldate's and trafilatura's own
# evaluation pages (benchmarks/bench_dates.py --peer).
HTML_TEXT_OVERRIDE = 2.0
HTML_TEXT_LABELLED = 3.0
# htmldate reads machine-written markup; a page text date a day off is the same publication seen
# in another time zone ("November 8, 2023, 11:15 PM" local is November 9 UTC), not a better date.
SAME_PUBLICATION_DAYS = 1


def _acceptable(d: date, low, high, today: date) -> bool:
    return not (d > today or (low and d < low - timedelta(days=3)) or (high and d > high + timedelta(days=3)))


def _reads_as(c: DateCandidate, d: date) -> bool:
    """The candidate is d, or is an all-number date whose other day/month reading is d."""
    if c.value == d:
        return True
    return c.numeric_order in ("dm", "md") and c.value.day <= 12 and safe_date(c.value.year, c.value.day, c.value.month) == d


# Kinds of place that are never a page's date stamp: a date in a sentence tells of an event.
PROSE_KINDS = ("prose", "event")
# Kinds never taken as the page's date from plain text: an event's date, another article's in a
# related-links block.
NOT_THE_PAGES_KINDS = ("event", "related")
# Kinds of line that do not state an htmldate guess: an event's date, a reader's comment.
GUESS_NOT_STATED_BY = PROSE_KINDS + ("comment",)


def _overrides(top, page: date | None, line_ranked, url: str | None, lines: str = "") -> bool:
    """Whether the page text's best date should replace htmldate's (see HTML_TEXT_OVERRIDE).
    Unlabelled, it must be the page's only date stamp: no words before it in its segment of the
    line, or a label ("Updated Mar 12, 2020"; a citation's "Enzyklika ..., 25. Dezember 2005:" has
    neither), and
    no other date stands outside sentences of prose."""
    if top is None or top[0] < HTML_TEXT_OVERRIDE:
        return False
    if page is None:
        return True
    d = top[2].value
    if any(_reads_as(c, page) for _, _, c in line_ranked) or abs((d - page).days) <= SAME_PUBLICATION_DAYS:
        return False
    if url_date(url) == page:  # the URL states htmldate's day: two independent sources agree
        return False
    c0 = top[2]
    seg_before, _ = _segment(lines, *_line_bounds(lines, c0.start), c0)
    stamp = top[1] != "dateline" or not _WORD.search(seg_before)  # '• November 4th, 2025', 'Org | October 15, 2025'
    only_date = stamp and all(c.value == d for _, kind, c in line_ranked if kind not in PROSE_KINDS)
    return top[0] >= HTML_TEXT_LABELLED or only_date


def _html_choice(html, url, text, ranked, low, high, today, warnings, conflict_start, slash=None):
    """For HTML input: htmldate's reading of markup, unless the page's visible lines give strong
    evidence for another date (`_overrides`). A line's slash date that reads either way is read
    as on a .txt page (date_order, the page's cues, else month first), not in htmldate's guess of the order."""
    lines = html_to_lines(html)
    line_ranked = rank_candidates(lines, conflict_start, low, high, today, slash)
    raw = html_markup_date(html, url)
    stated = guessed = written = None  # a guess of htmldate's extensive search: kept where the page writes it
    if raw is None and (guess := _parse_iso(html_page_date(html, url))) is not None:
        # a page line that writes that very day as a stamp (a sentence's or a comment's date tells
        # of an event, and a date a day away is another day: the evidence must name the date used)
        stated = next((c for _, kind, c in line_ranked if kind not in GUESS_NOT_STATED_BY and _reads_as(c, guess)), None)
        # htmldate fills a missing day with the 1st and a missing month with January (a copyright
        # year becomes Jan 1): a guess on the 1st that no line and nothing in the page's code or
        # URL writes in full is a year or month padded out; a full date there ("/2017/03/01/") is not
        written = None if stated is not None else _written_in_source(html, url, guess)
        guessed = stated is None and (guess.day != 1 or written is not None)
        if stated is None and not guessed:
            warnings.append(f"htmldate guessed {guess} from the page (no markup or line of it states that day): not used")
        raw = guess.isoformat() if stated is not None or guessed else None
    page = _parse_iso(raw) if raw else None
    if page is not None and stated is None and _markup_evidence(html, url, page).endswith(MARKUP_UNNAMED):
        # no tag writes it: htmldate's fast mode read a visible line ("Published: 03/04/2016"), in
        # its own guess of the order; that line states it, read in date_order or warned as on a .txt
        stated = next((c for _, kind, c in line_ranked if kind not in GUESS_NOT_STATED_BY and _reads_as(c, page)), None)
    if page is not None and not _acceptable(page, low, high, today) and any(
        _acceptable(c.value, low, high, today) for _, _, c in line_ranked
    ):  # when nothing on the page fits the war-age phrases, they are likely about another war
        warnings.append(f"htmldate date {page} rejected: future or outside the war-age interval")
        page = None
    top = line_ranked[0] if line_ranked else None
    if _overrides(top, page, line_ranked, url, lines):
        d, label = top[2].value, "page text: " + lines[top[2].start:top[2].end]
        warnings.extend(page_slash_warning(lines, top[2], slash))
    elif page is not None and stated is not None:
        if stated.value != page and _either_way(lines, stated):
            # htmldate guessed the order; the line is read as a .txt page's is (_numeric_order: date_order,
            # the page's own cues, else the US habit), so a page reads alike as HTML and as text
            page = stated.value
        d, label = page, "page text: " + lines[stated.start:stated.end]
        warnings.extend(page_slash_warning(lines, stated, slash, page))
    elif page is not None and guessed:
        d, label = page, ("page code: " + written) if written else HTMLDATE_GUESS
        warnings.append(f"date {page} is htmldate's guess from the page's " + (
            "code (written there in full); no visible line or tag states it" if written else "text; no line or tag of the page states it"))
    elif page is not None:
        d, label = page, _markup_evidence(html, url, page)
        if label.endswith(MARKUP_UNNAMED) and (c := next((c for _, _, c in line_ranked if c.value == page), None)):
            label = "page text: " + lines[c.start:c.end]  # htmldate's fast mode also reads visible text ("Aleppo, 1.3.2017")
    elif top is not None:
        d, label = top[2].value, "page text: " + lines[top[2].start:top[2].end]
        warnings.extend(page_slash_warning(lines, top[2], slash))
    else:
        return None
    span = next((c for _, _, c in ranked if c.value == d), None)  # where the body text states it, if it does
    return d, label, span
