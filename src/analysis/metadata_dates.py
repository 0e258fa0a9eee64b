"""Publication dates given as metadata (a corpus column, the sidecar): read in the formats
corpus exports use, checked for plausibility, and named so a reader can see how a file's
dates were read.

Text dates ("on Tuesday, 5 April") are the dates module's job; this one only reads a field
that is meant to be a date.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime

from .corpus_columns import COLUMNS_OPTION, DATE_ORDER_KEY
from .dates import EARLIEST_PLAUSIBLE, MONTHS, read_date, safe_date, year_as_written
from .words import Worded, agreeing, counted

ISO = "ISO (yyyy-mm-dd)"
US_SLASH = "m/d/y"
EU_SLASH = "d/m/y"
DAY_MONTH = "d Month yyyy"
MONTH_DAY = "Month d, yyyy"
RFC_2822 = "RFC 2822"
COMPACT = "yyyymmdd"
ISO_BASIC = "yyyymmddThhmmssZ"
DIGIT_STAMP = "yyyymmddhhmmss"
DAY_MON_DASHED = "d-mmm-yy"  # Excel's default short date in en-GB/en-US exports (15-Mar-16, 15-Mar-2016)
EXCEL_SERIAL = "Excel serial day"

ISO_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])")
SLASH_RE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})(?:$|[ T])")
DAY_MONTH_RE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\.? ([A-Za-z]{3,9})\.?,? (\d{4})$")
# 20240620: exports and file names write dates so; GDELT writes ISO 8601's basic format with
# its time, 20161115T120000Z (QA8 3), read for its date as ISO_RE reads 2016-11-15T12:00:00Z
COMPACT_RE = re.compile(r"(\d{4})(\d{2})(\d{2})(T\d{2}(?:\d{2}){0,2}(?:[.,]\d+)?(?:Z|[+-]\d{2}(?:\d{2})?)?)?$")
# GDELT 2.0 Events' DATEADDED and GKG's DATE write the time without the 'T': 20161115120000
# (review 8 item 10); read only with a valid clock, so that 14 digits of anything else are not a date
DIGIT_STAMP_RE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:[01]\d|2[0-3])[0-5]\d[0-5]\d$")
MONTH_DAY_RE = re.compile(r"([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$")
DAY_MON_DASHED_RE = re.compile(r"(\d{1,2})-([A-Za-z]{3,9})-(\d{2}|\d{4})$")
# A date cell Excel saved unformatted is its serial day number (42444 = 2016-03-15), with a time
# as the fraction (42444.5). Excel's 1900 date system counts 1900-01-01 as day 1 and keeps Lotus's
# false 1900-02-29, so from March 1900 on the count runs from 1899-12-30.
EXCEL_EPOCH = date(1899, 12, 30)
# Five digits: 1990-01-01 (EARLIEST_PLAUSIBLE) is serial 32874 and 2173 is the first year past 99999,
# so every plausible day is a five-digit serial; read only when a whole column is such numbers
# (excel_serial_column), never one bare number among other dates (an id, a count). The fraction
# mark is ',' in the comma-decimal locales that also write ';'-separated exports (42444,520833).
EXCEL_SERIAL_RE = re.compile(r"(\d{5})(?:[.,]\d+)?$")


def _slash_tally(values) -> tuple[list[str], list[str], list[str]]:
    """A file's slash dates by what their numbers allow: only day first (18/11/2016), only month
    first (11/18/2016), and either way (07/09/25, two different numbers up to 12)."""
    day_first: list[str] = []
    month_first: list[str] = []
    either: list[str] = []
    for value in values:
        s = " ".join(str(value).split()) if value is not None else ""
        m = SLASH_RE.match(s)
        if m:
            a, b = int(m[1]), int(m[2])
            if a > 12 >= b:
                day_first.append(s)
            elif b > 12 >= a:
                month_first.append(s)
            elif a != b and a <= 12 and b <= 12:
                either.append(s)
    return day_first, month_first, either


def _excel_serial(value) -> date | None:
    """The day an Excel serial number (see EXCEL_EPOCH) stands for, or None for another value."""
    m = EXCEL_SERIAL_RE.match(" ".join(str(value).split()) if value is not None else "")
    return EXCEL_EPOCH + timedelta(days=int(m[1])) if m else None


def excel_serial_column(values, today: date | None = None) -> bool:
    """Whether a date column holds Excel serial day numbers: every value given is one, and each
    stands for a day in plausible_range (a column of five-digit ids or counts is no date column)."""
    low, high = plausible_range(today)
    given = [v for v in values if v is not None and str(v).strip()]
    return bool(given) and all((d := _excel_serial(v)) is not None and low <= d <= high for v in given)


def serial_hint(value, today: date | None = None) -> str:
    """For a date value no format reads: what to do when it is an Excel serial day among other
    forms of date (excel_serial_column reads a column of them only whole), else ''."""
    d = _excel_serial(value)
    low, high = plausible_range(today)
    if d is None or not low <= d <= high:
        return ""
    return (f" (an Excel serial day, {d}? a column of them is read only when every date in it is one: "
            f"format the column as a date in Excel before saving)")


def slash_order(values) -> str:
    """How a file writes its slash dates, decided once from all its values (an export writes
    every date the same way): "dm" when more of them can only be day first (18/11/2016) than
    only month first (11/18/2016), else "md" (the US habit of most exports)."""
    day_first, month_first, _ = _slash_tally(values)
    return "dm" if len(day_first) > len(month_first) else "md"


def mixed_slash_note(values) -> str | None:
    """A warning when a file's slash dates are provably written in both orders (a day above 12
    first in one value and second in another): then its dates that read either way may be
    misread, and the user must check them. None when one order fits every value."""
    values = list(values)
    day_first, month_first, either = _slash_tally(values)
    if not (day_first and month_first):
        return None
    order = EU_SLASH if slash_order(values) == "dm" else US_SLASH
    other = month_first if order == EU_SLASH else day_first
    note = (f"slash dates written in both orders ({len(day_first)} only day first, e.g. {day_first[0]!r}; "
            f"{len(month_first)} only month first, e.g. {month_first[0]!r}); read as {order}, except the "
            f"{len(other)} that can only be read the other way (e.g. {other[0]!r}), read so")
    if either:
        return note + (f"; {len(either)} that read either way (first {either[0]!r}) {agreeing(len(either), Worded('were', 'was'))} "
                       f"read as {order}: check them, or export the dates as yyyy-mm-dd")
    return note + ": export the dates as yyyy-mm-dd"


# How ambiguous_slash_note begins its message (tables.column_notes finds it by this, so the
# pipeline prints it after notebook 01 and the index shows it among the warnings on inputs).
ORDER_ASSUMED = " could be d/m/y or m/d/y"


def ambiguous_slash_note(values, given: str | None = None) -> str | None:
    """A warning when a file's slash dates all read either way (03/04/2016: every day 1-12), so
    no value decides the order and slash_order's m/d/y is a guess (QA9 9: a European export read
    every date a month or more off, with a note only in notebook 01); None when a value decides
    it, or when `given` ("dm"/"md", --columns date_order=) does.
    The file's `;` separator is not taken as evidence for day first: Excel writes `;` where the
    decimal mark is a comma, which says nothing of how the dates are written (German exports
    write 03.04.2016, Brazilian ones and many scripts use `;` with ISO dates, and a US-locale
    user may choose `;`); flipping the order on it would misread those files without a word.
    The user, who knows where the file came from, says the order instead."""
    day_first, month_first, either = _slash_tally(values)
    if given or day_first or month_first or not either:
        return None
    first = either[0]
    as_md, _ = parse_metadata_date(first, "md")
    as_dm, _ = parse_metadata_date(first, "dm")
    return (f"{counted(len(either), 'dates')}{ORDER_ASSUMED} (every day is 1-12, none decides the order; first "
            f"{first!r}); read as {US_SLASH} ({first!r} = {as_md}, not {as_dm}): if the file writes the day first, "
            f"run with {COLUMNS_OPTION} {DATE_ORDER_KEY}={EU_SLASH} (or export the dates as yyyy-mm-dd)")


def says_order_assumed(note: str) -> bool:
    """Whether a note is ambiguous_slash_note's."""
    return ORDER_ASSUMED + " (every day is 1-12" in note


def parse_metadata_date(value, slash: str | None = None, serial: bool = False) -> tuple[date | None, str | None]:
    """(date, format name), or (None, None) when the value is in none of the known formats.
    `serial`: the value's column is Excel serial day numbers (excel_serial_column).
    A slash date is read in the file's order `slash` ("dm"/"md", see `slash_order`); without it,
    in the order this one value allows (month first unless its first number can only be a day).
    A value the file's order cannot read (a 13th month) is read in the one order that can read it
    (13/02/2016 is 13 February in any file), named by that order."""
    s = " ".join(str(value).split())
    if not s:
        return None, None
    if serial and (d := _excel_serial(s)) is not None:
        return d, EXCEL_SERIAL
    m = ISO_RE.match(s)
    if m:
        return safe_date(int(m[1]), int(m[2]), int(m[3])), ISO
    m = COMPACT_RE.match(s)
    if m and (d := safe_date(int(m[1]), int(m[2]), int(m[3]))):
        return d, ISO_BASIC if m[4] else COMPACT
    m = DIGIT_STAMP_RE.match(s)
    if m and (d := safe_date(int(m[1]), int(m[2]), int(m[3]))):
        return d, DIGIT_STAMP
    m = SLASH_RE.match(s)
    if m:
        a, b, y = int(m[1]), int(m[2]), year_as_written(m[3])
        if ((slash or slash_order([s])) == "dm" and b <= 12) or a > 12:
            return safe_date(y, b, a), EU_SLASH
        return safe_date(y, a, b), US_SLASH
    m = DAY_MONTH_RE.match(s)
    if m and m[2].lower() in MONTHS:
        return safe_date(int(m[3]), MONTHS[m[2].lower()], int(m[1])), DAY_MONTH
    m = MONTH_DAY_RE.match(s)
    if m and m[1].lower() in MONTHS:
        return safe_date(int(m[3]), MONTHS[m[1].lower()], int(m[2])), MONTH_DAY
    m = DAY_MON_DASHED_RE.match(s)
    if m and m[2].lower() in MONTHS:
        return safe_date(year_as_written(m[3]), MONTHS[m[2].lower()], int(m[1])), DAY_MON_DASHED
    try:
        return parsedate_to_datetime(s).date(), RFC_2822
    except (TypeError, ValueError, IndexError, OverflowError):
        return None, None


def plausible_range(today: date | None = None) -> tuple[date, date]:
    """Dates a news article can carry: from EARLIEST_PLAUSIBLE to tomorrow (time zones)."""
    return EARLIEST_PLAUSIBLE, (today or date.today()) + timedelta(days=1)


def _as_date(value):
    """A date, None for missing, or False for a value that is no date at all."""
    import pandas as pd

    if value is None or value is pd.NaT or (not isinstance(value, (str, date)) and pd.isna(value)):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return False


def plausible_dates(df, columns=("published", "date_low", "date_high", "date"), warn: bool = True):
    """df with dates outside `plausible_range` set to missing, and (with `warn`) a warning naming
    how many: a sentinel like 0001-01-01 is not a publication date, matplotlib cannot place it,
    and a claim so dated must neither be drawn nor set a counter's bound in a table of the
    charted claims (articles.backwards_on_chart). Data, not plotting: the charts and the tables
    beside them screen with this one function."""
    import warnings

    low, high = plausible_range()
    df = df.copy()
    dropped = 0
    for col in columns:
        if col not in df:
            continue
        parsed = [_as_date(v) for v in df[col]]
        bad = [d is False or (d is not None and not low <= d <= high) for d in parsed]
        dropped += sum(bad)
        if any(bad):
            df[col] = [None if b else v for v, b in zip(df[col], bad)]
    if dropped and warn:
        warnings.warn(f"{counted(dropped, 'dates')} outside {low}..{high} left out of the figure", stacklevel=2)
    return df


def normalize_published(value, today: date | None = None, slash: str | None = None,
                        serial: bool = False) -> tuple[str | None, str | None, str | None]:
    """(ISO date or the value unchanged, format name, warning). A date outside the plausible
    range (a 0001-01-01 sentinel, 9999-12-31) is dropped with a warning, so it never reaches a
    table or a figure; a value in no known format is passed on for the dates stage to try.
    `slash`: the file's slash-date order (`slash_order` of all its values); `serial`: its date
    column is Excel serial days (`excel_serial_column`)."""
    if value is None:
        return None, None, None
    d, fmt = parse_metadata_date(value, slash, serial)
    if d is None:
        return str(value), None, None
    low, high = plausible_range(today)
    if not low <= d <= high:
        return None, fmt, f"published date {value!r} is outside {low}..{high}; ignored"
    return d.isoformat(), fmt, None


def unreadable(value) -> bool:
    """No reader can make a date of this metadata value: neither these formats nor the dates
    stage's (which also reads a date written in words inside a longer value)."""
    return value is not None and parse_metadata_date(value)[0] is None and read_date(value) is None


def mixed_file_slash_warning(value, slash: str) -> str | None:
    """For a file that writes slash dates in both orders: a value that reads either way
    (03/04/2016) is named with the reading taken, for the user to check."""
    day_first, month_first, either = _slash_tally([value])
    if not either:
        return None
    d, order = parse_metadata_date(value, slash)
    return f"date {either[0]!r} reads either way in a file that writes both orders; read as {order} ({d}): check it"
