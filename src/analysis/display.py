"""Tables for people: how a processed table is shown in a notebook and its HTML report.

Processed tables keep machine values (floats, NaN, timestamps); what a reader sees is
formatted here, in one place: whole numbers with thousands separators, dates as dates, blank
for missing, long text wrapped in a readable column, rows in natural order ("file 2" before
"file 10"). A table longer than MAX_ROWS is shown as a summary line plus a sample (the first
rows, the largest, the flagged) and the name of the file holding all of it. A table wider than
the page shows the columns that fit (in the caller's order: the ones a reader needs first) and
names the rest and the file that holds them; a long id (a URL) is shown short (host, ellipsis,
last meaningful path part), its full value in a tooltip and in the processed table.

Public API: people_table, PeopleTable, for_people, format_column, natural_sort, natural_order, natural_key,
sample_rows, split_reasons, reason_summary, pairwise_first, Prose, short_id, short_ids, ID_COLUMNS.
"""

from __future__ import annotations

import datetime
import html
import re
import textwrap

import numpy as np
import pandas as pd

from .words import counted

__all__ = [
    "people_table", "PeopleTable", "for_people", "format_column", "natural_sort", "natural_order", "natural_key", "sample_rows",
    "split_reasons", "reason_summary", "pairwise_first", "Prose", "short_id", "short_ids", "with_short_ids", "ID_COLUMNS",
]

MAX_ROWS = 60  # a longer table is summarised and sampled: every row embedded made a 7.5 MB page at 2,000 articles
SAMPLE_EACH = 10  # rows per part of a sample (first, largest, flagged)
WRAP_CHARS = 70  # long text is wrapped to lines of about this many characters
LONG_TEXT = 40  # a text column whose values run longer than this is shown as wrapped text
MAX_TEXT_CHARS = 400  # longer text is cut with an ellipsis: the full text is in the processed table
WRAP_CLASS = "ap-wrap"  # report CSS gives this a readable width (report.REPORT_CSS)
TEXT_CLASS = "ap-text"  # short text: left-aligned, kept on one line
MID_CLASS = "ap-mid"  # other text columns: left-aligned, wrapped at a narrower width
SHORT_TEXT = 24  # text up to this long stays on one line
ID_CLASS = "ap-id"  # a short id: wrapped anywhere, lines filled (at hyphens it took three lines), report.REPORT_CSS
HEAD_LEFT_CLASS = "ap-head-left"  # the header of a text column, left-aligned over its text (report.REPORT_CSS)
SHOWN_AS = "shown as"
# Columns of ids: a URL id ("u:https://www.site.com/2017/04/05/long-slug?utm_source=...") is shown
# short, SHORT_ID_CHARS at most; the processed table keeps it whole (every number traces back).
ID_COLUMNS = ("article_id", "cluster_id")
SHORT_ID_CHARS = 50  # a 20-character FA-KES id and a file name stay whole; a URL's host and a slug's ends fit (and pandas' plain text cuts cells past 50)
ELLIPSIS = "\u2026"
# Page width a shown table is fitted to, in em of the table's type: a 1,300-px window (a laptop)
# less the page margins is about 105 em at JupyterLab's 12-px table text; the rest is margin for
# the estimate below, which counts characters, not pixels. Checked in Chromium at 1,300 px on
# FA-KES's pages: tone.csv's sample (96 estimated) is 1,258 px wide, death_tolls' (97) 1,230 px.
PAGE_EM = 98.0
CHAR_EM = 0.6  # mean width of a character of the table's sans-serif, in em (digits 0.55, capitals more)
CELL_PAD_EM = 1.0  # left and right padding of a cell
WRAP_MIN_EM, WRAP_MAX_EM, MID_MIN_EM, MID_MAX_EM = 16.0, 40.0, 10.0, 18.0  # as report.REPORT_CSS sets them

_DIGITS = re.compile(r"([0-9]+)")  # ASCII digit runs: "¹" is a digit to \d and str.isdigit, not to int()


def natural_key(value) -> tuple:
    """Sort key that orders digit runs by number: 'a2' < 'a10'; missing values last."""
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
        return (1, ())
    parts = _DIGITS.split(str(value).casefold())
    return (0, tuple((0, int(p), "") if p.isascii() and p.isdigit() else (1, 0, p) for p in parts if p != ""))


def natural_order(df: pd.DataFrame, by: list[str] | str) -> np.ndarray:
    """Positions of df's rows in natural order of the columns, stable; no copy of df."""
    by = [by] if isinstance(by, str) else list(by)
    if not by or df.empty:
        return np.arange(len(df))
    ranks = []
    for c in by:  # each distinct value keyed once (a million removed lines hold ten thousand ids)
        codes, uniques = pd.factorize(df[c], use_na_sentinel=True)
        order = sorted(range(len(uniques)), key=lambda i: natural_key(uniques[i]))
        rank = np.empty(len(uniques) + 1, dtype=np.int64)
        rank[order] = np.arange(len(uniques))
        rank[-1] = len(uniques)  # missing (code -1) last
        ranks.append(rank[codes])
    return np.lexsort(ranks[::-1], axis=0) if len(ranks) > 1 else np.argsort(ranks[0], kind="stable")


def natural_sort(df: pd.DataFrame, by: list[str] | str) -> pd.DataFrame:
    """df sorted by the columns in natural order, stable."""
    return df.iloc[natural_order(df, by)]


def _is_whole(s: pd.Series) -> bool:
    v = s.dropna()
    return len(v) > 0 and bool(np.all(np.isfinite(v))) and bool((v == np.round(v)).all())


def _format_number(v, whole: bool, probability: bool = False) -> str:
    if v is None or v != v:
        return ""
    v = float(v) + 0.0  # -0.0 + 0.0 is 0.0: a mean of exactly zero shows as 0, not -0
    if whole or (abs(v) >= 1 and v == round(v)):  # a toll of 195000.0 is 195,000 even beside 1.5
        return f"{v:,.0f}"
    if probability and v != 0 and abs(v) < 0.001:  # a small p-value keeps its size: 4e-05, not 0.000
        return f"{v:.2g}"
    return f"{round(v, 3) + 0.0:,.3f}"  # -0.0004 rounds to -0.0, shown as 0.000, not -0.000


def _missing(v) -> bool:
    """None, NaN, NaT, pd.NA (any of them may sit in an object column)."""
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):  # a list or array in a cell is not missing
        return False


def _format_date(v) -> str:
    if _missing(v):
        return ""
    ts = pd.Timestamp(v)
    return ts.strftime("%Y-%m-%d") if ts == ts.normalize() else ts.strftime("%Y-%m-%d %H:%M")


def _format_text(v) -> str:
    if _missing(v):
        return ""
    s = str(v)
    return s if len(s) <= MAX_TEXT_CHARS else s[: MAX_TEXT_CHARS - 1].rstrip() + "\u2026"


def format_column(s: pd.Series) -> pd.Series:
    """One column as strings for people."""
    if pd.api.types.is_bool_dtype(s):
        return s.map(lambda v: "yes" if v is True or v == 1 else ("no" if v is False or v == 0 else ""))
    if pd.api.types.is_datetime64_any_dtype(s):
        return s.map(_format_date)
    if pd.api.types.is_numeric_dtype(s):
        whole = _is_whole(s.astype("float64"))
        probability = str(s.name).startswith("p_")
        return s.astype("float64").map(lambda v: _format_number(v, whole, probability))
    if s.map(lambda v: isinstance(v, (pd.Timestamp, np.datetime64, datetime.date))).any():
        return s.map(_format_date)
    return s.map(_format_text)


def for_people(df: pd.DataFrame, whole: frozenset[str] = frozenset()) -> pd.DataFrame:
    """df with every cell as the string a reader should see (index reset). Object dtype
    always: mapping an empty datetime column keeps its dtype, and the string checks after
    this (`text_columns`) cannot reduce a datetime column. Ids (ID_COLUMNS) and the columns
    named in `whole` (advice a reader acts on: a rejected input's reason ends with the
    --columns to give, which MAX_TEXT_CHARS cut, fuzz11 3) are kept whole."""
    return pd.DataFrame({c: (df[c].map(lambda v: "" if _missing(v) else str(v)) if c in ID_COLUMNS or c in whole
                             else format_column(df[c])).astype(object)
                         for c in df.columns}).reset_index(drop=True)  # an id whole, never cut: PeopleTable shows it short


def _long_columns(shown: pd.DataFrame) -> list[str]:
    return [c for c in shown.columns if len(shown) and shown[c].map(len).max() > LONG_TEXT and " " in "".join(shown[c].head(50))]


_URL = re.compile(r"^(?P<head>.*?)(?P<scheme>[a-z][a-z0-9+.-]*://)(?P<host>[^/?#]+)(?P<path>[^?#]*)", re.I)


def _middle_cut(s: str, width: int) -> str:
    """s with its middle replaced by an ellipsis, width characters at most (head and tail kept:
    a slug's start says what, its end often holds the publisher's number)."""
    if len(s) <= width:
        return s
    tail = (width - 1) // 2
    return s[: width - 1 - tail] + ELLIPSIS + s[len(s) - tail:]


# Path parts that name a page's form, not the page: an AMP copy (".../slug/amp"), a directory's
# index file (".../slug/index.html"), a print view. The part before them says which page it is.
GENERIC_PARTS = frozenset({"amp", "index", "default", "print", "output"})
PAGE_FILE = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cfm)$", re.I)  # a file ending stripped before the check
# A bare number this short is a date part (2017/04/05) or a page number, not the page's id;
# publishers' article numbers run longer (BBC 8 digits, Al Jazeera 6-7).
GENERIC_NUMBER_DIGITS = 4
TRACKING_PARAM = re.compile(r"(?:utm_[a-z]+|fbclid|gclid|ocid)=", re.I)  # says where a reader came from, not which page


def _generic(part: str) -> bool:
    stem = PAGE_FILE.sub("", part).lower()
    return stem in GENERIC_PARTS or (stem.isdigit() and len(stem) <= GENERIC_NUMBER_DIGITS)


def _short_forms(s: str, width: int) -> list[str]:
    """Ways to show id `s`, shortest first, the whole id last: a URL (after any 'file:' prefix) as its
    host (no www.) and last meaningful path part (GENERIC_PARTS and short numbers skipped) with
    the query, tracking parameters dropped; then with the parts after it too; then cut in its
    middle; then whole. short_ids takes the first that no other id shares."""
    if len(s) <= width:
        return [s]
    forms = []
    m = _URL.match(s)
    if m:
        host = m["head"] + m["host"].removeprefix("www.")
        parts = [p for p in m["path"].split("/") if p]
        # a fragment ('#comments') names a place in the page, not the page: dropped
        query = "&".join(q for q in re.split(r"[?&]", s[m.end():].split("#", 1)[0]) if q and not TRACKING_PARAM.match(q))
        at = max((i for i, p in enumerate(parts) if not _generic(p)), default=None)
        named = "?" + query if query else ""  # a query left after tracking names the page (?id=123, ?story=slug)
        if at is not None:  # a script's name before its query (article.php?id=1) is the same for every page: left out
            own = "" if named and at == len(parts) - 1 and PAGE_FILE.search(parts[at]) else "/" + parts[at]
            forms.append(_host_and_tail(host, at > 0 or not own, own + named, width))
        if at is None or at < len(parts) - 1:
            tail = "/" + "/".join(parts[(at or 0):]) if parts else ""
            forms.append(_host_and_tail(host, bool(at), tail + named, width))
    forms.append(_middle_cut(s, width))
    forms.append(s)
    return forms


def _host_and_tail(host: str, skipped: bool, tail: str, width: int) -> str:
    """host, an ellipsis for skipped path parts, then tail: cut in its middle while the host is
    kept whole and leaves room, else the whole form cut in its middle."""
    s = host + ("/" + ELLIPSIS if skipped else "") + tail
    keep = width - (len(s) - len(tail))
    if len(s) > width and keep >= 12:
        return s[: len(s) - len(tail)] + _middle_cut(tail, keep)
    return _middle_cut(s, width)


def short_id(value, width: int = SHORT_ID_CHARS) -> str:
    """An id as a reader sees it alone: up to `width` characters; a URL as its host and last
    meaningful path part (_short_forms). In a table use short_ids: it keeps ids apart."""
    return _short_forms("" if _missing(value) else str(value), width)[0]


def short_ids(values: pd.Series, width: int = SHORT_ID_CHARS) -> pd.Series:
    """short_id of each value; where different ids would look alike, each of them takes its next
    fuller form (_short_forms) until none does: unique in the table, the same for the same set of ids."""
    full = values.map(lambda v: "" if _missing(v) else str(v))
    forms = {v: _short_forms(v, width) for v in full.unique()}
    level = dict.fromkeys(forms, 0)
    while True:
        shown = {v: f[min(level[v], len(f) - 1)] for v, f in forms.items()}
        seen: dict[str, list[str]] = {}
        for v, sh in shown.items():
            seen.setdefault(sh, []).append(v)
        clashing = [v for group in seen.values() if len(group) > 1 for v in group]
        if not clashing:
            return full.map(shown)
        for v in clashing:
            level[v] += 1


def _cell_classes(shown: pd.DataFrame, text: set[str]) -> dict[str, str | None]:
    """Each column's CSS class: the one with the longest text wraps in a wide block (WRAP_CLASS),
    other text columns in a narrower one (MID_CLASS), short text stays on one line (TEXT_CLASS);
    numbers get none (right-aligned)."""
    long = _long_columns(shown)
    widest = max(long, key=lambda c: shown[c].map(len).mean(), default=None)
    if widest is not None and shown[widest].map(len).mean() <= SHORT_TEXT:
        widest = None  # mostly short or blank (names, with one long one): the narrower wrap will do
    out = {}
    for c in shown.columns:
        short = c in text and shown[c].map(len).max() <= SHORT_TEXT
        out[c] = WRAP_CLASS if c == widest else MID_CLASS if c in text and not short else TEXT_CLASS if short else None
        if c in ID_COLUMNS and out[c] in (WRAP_CLASS, MID_CLASS):
            out[c] = ID_CLASS  # MID_CLASS's width (column_widths)
    return out


def _header_em(name: str) -> float:
    """A header's width: headers wrap at spaces and after underscores (pipeline.breakable_headers)."""
    return max((len(w) + 1 for w in re.split(r"(?<=_)|\s+", str(name)) if w), default=1) * CHAR_EM


def column_widths(shown: pd.DataFrame, text: set[str] | None = None) -> dict[str, float]:
    """Each column's width on the page in em, estimated from its longest value and its class."""
    text = set(_text_columns(shown)) if text is None else text
    classes = _cell_classes(shown, text)
    out = {}
    for c in shown.columns:
        longest = float(shown[c].map(len).max()) * CHAR_EM if len(shown) else 0.0
        if classes[c] == WRAP_CLASS:
            longest = min(max(longest, WRAP_MIN_EM), WRAP_MAX_EM)
        elif classes[c] in (MID_CLASS, ID_CLASS):
            longest = min(max(longest, MID_MIN_EM), MID_MAX_EM)
        out[c] = max(longest, _header_em(c)) + CELL_PAD_EM
    return out


def fit_columns(shown: pd.DataFrame, keep: set[str] = frozenset(), page_em: float = PAGE_EM) -> list[str]:
    """The columns of `shown` (in order) that fit the page: those in `keep` always, the others
    while they fit, first come first (a caller lists the ones a reader needs first)."""
    widths = column_widths(with_short_ids(shown))
    used = sum(widths[c] for c in shown.columns if c in keep)
    out, dropped = [], set()
    for c in shown.columns:
        if c in out or c in dropped:
            continue
        unit = _bounds_pair(c, shown.columns)  # an interval's two ends are shown or left out together
        if not keep.intersection(unit):
            if used + sum(widths[u] for u in unit) > page_em:
                dropped.update(unit)
                continue
            used += sum(widths[u] for u in unit)
        out.extend(unit)
    return [c for c in shown.columns if c in out]


BOUNDS = ("_low", "_high")  # an interval's columns (date_low, date_high): one without the other misreads as the value


def _bounds_pair(column: str, columns) -> list[str]:
    """The column with its interval partner when both are in `columns`, else the column alone."""
    for end, other in (BOUNDS, BOUNDS[::-1]):
        if column.endswith(end) and column[: -len(end)] + other in columns:
            return [column, column[: -len(end)] + other]
    return [column]


def _text_columns(shown: pd.DataFrame) -> list[str]:
    """Columns that are not numbers (left-aligned; numbers stay right-aligned)."""
    num = re.compile(r"^-?[\d,]*\.?\d*(?:e-?\d+)?$|^$")
    return [c for c in shown.columns if not shown[c].map(lambda v: bool(num.match(v))).all()]


def with_short_ids(shown: pd.DataFrame) -> pd.DataFrame:
    """shown with each id column (ID_COLUMNS) as short_ids shows it: the notebooks' tables and the index alike."""
    out = shown.copy()
    for c in ID_COLUMNS:
        if c in out:
            out[c] = short_ids(out[c])
    return out


class PeopleTable:
    """A formatted table with a caption: HTML for notebooks and reports (long text in a
    wrapping block), plain text for terminals and nbval."""

    def __init__(self, shown: pd.DataFrame, caption: str = "", footer: str = ""):
        self.shown = shown
        self.caption = caption
        self.footer = footer  # under the table: the columns left out for width, and where they are

    def _repr_html_(self) -> str:
        seen = with_short_ids(self.shown)
        out = seen.copy()
        classes = _cell_classes(seen, set(self.text_columns()))
        for c in out.columns:
            esc = out[c].map(html.escape)
            if c in ID_COLUMNS:  # the whole id on hover
                esc = pd.Series([f'<span title="{html.escape(f)}">{v}</span>' if f != s else v
                                 for v, s, f in zip(esc, seen[c], self.shown[c])], index=esc.index, dtype=object)
            cls = classes[c]
            out[c] = esc.map(lambda v, cls=cls: f'<div class="{cls}">{v}</div>') if cls else esc
        cap = f"<p>{html.escape(self.caption)}</p>" if self.caption else ""
        if out.empty:  # the caption says "no ..."; an empty header row says nothing more
            return cap
        foot = f"<p>{html.escape(self.footer)}</p>" if self.footer else ""
        table = out.to_html(index=False, escape=False, border=0)
        head, rest = table.split("</thead>", 1) if "</thead>" in table else ("", table)
        lefts = iter([c in classes and classes[c] is not None for c in out.columns])  # a text column's header over its text
        head = re.sub(r"<th>", lambda m: f'<th class="{HEAD_LEFT_CLASS}">' if next(lefts, False) else m.group(0), head)
        return cap + head + ("</thead>" if head else "") + rest + foot

    def text_columns(self) -> list[str]:
        """Columns that are not numbers (left-aligned; numbers stay right-aligned)."""
        return _text_columns(self.shown)

    def __repr__(self) -> str:
        out = with_short_ids(self.shown)
        long = _long_columns(out)
        for c in long:
            out[c] = out[c].map(lambda v: textwrap.shorten(v, WRAP_CHARS, placeholder="\u2026") if v else v)
        if out.empty:
            return self.caption or "(no rows)"
        return (self.caption + "\n" if self.caption else "") + out.to_string(index=False) + ("\n" + self.footer if self.footer else "")

    def __len__(self) -> int:
        return len(self.shown)


def sample_rows(df: pd.DataFrame, largest: str | None = None, flagged: pd.Series | None = None,
                flag_label: str = "flagged", each: int = SAMPLE_EACH, order: np.ndarray | None = None) -> pd.DataFrame:
    """The first `each` rows (in `order`, positions), the `each` largest by `largest`, the first
    `each` flagged, each row once, with a column saying why it is shown. Only the sampled rows
    are copied: a million removed lines stay where they are."""
    order = np.arange(len(df)) if order is None else np.asarray(order)
    parts = [(order[:each], "first rows")]
    if largest is not None and largest in df:
        values = df[largest].astype("float64").to_numpy()
        ranked = order[np.argsort(-np.nan_to_num(values[order], nan=-np.inf), kind="stable")]
        parts.append((ranked[:each], f"largest {largest}"))
    if flagged is not None:
        mask = np.asarray(flagged.fillna(False).astype(bool).to_numpy() if isinstance(flagged, pd.Series) else flagged)
        parts.append((order[mask[order]][:each], flag_label))
    seen: dict = {}
    for positions, why in parts:
        for i in positions.tolist():
            seen.setdefault(i, why)
    out = df.iloc[list(seen)].copy()
    out.insert(0, SHOWN_AS, list(seen.values()))
    return out


def people_table(df: pd.DataFrame, columns: list[str] | None = None, sort_by: list[str] | str | None = None,
                 largest: str | None = None, flagged: pd.Series | None = None, flag_label: str = "flagged",
                 full_table: str | None = None, what: str = "rows", max_rows: int = MAX_ROWS) -> PeopleTable:
    """df (or its `columns`) for reading: natural order by `sort_by`, formatted; when longer than
    max_rows, a summary line and a sample (first, largest by `largest`, `flagged`) naming the
    file that holds the full table."""
    by = [] if sort_by is None else [c for c in ([sort_by] if isinstance(sort_by, str) else sort_by) if c in df.columns]
    order = natural_order(df, by)  # sort columns need not be shown
    if flagged is not None:
        flagged = flagged.reindex(df.index) if isinstance(flagged, pd.Series) else pd.Series(flagged, index=df.index)
    keep = list(df.columns) if columns is None else [c for c in columns if c in df.columns]
    keep += [largest] if largest and largest not in keep and largest in df.columns else []
    n = len(df)
    # a column blank in every row (p_body where no model removed a line) is said under the table,
    # not shown; a blank `largest` would pick its rows at random
    blank = [c for c in keep if n and c not in (*keep[:1], *ID_COLUMNS) and _all_blank(df[c])]
    keep = [c for c in keep if c not in blank]
    largest = None if largest in blank else largest
    must = {SHOWN_AS, *keep[:1], *ID_COLUMNS, *([largest] if largest else [])}  # what a row is, its id, why it is shown
    if n <= max_rows:
        return _said_blank(_fitted(PeopleTable(for_people(df.iloc[order][keep]), counted(n, what) if n else "no " + counted(0, what).removeprefix("0 ")),
                                   must, full_table), blank)
    sample = sample_rows(df if keep == list(df.columns) else df[keep], largest=largest, flagged=flagged,
                         flag_label=flag_label, order=order)
    n_flagged = int(flagged.fillna(False).astype(bool).sum()) if flagged is not None else 0
    first_all_flagged = bool(n_flagged) and bool(flagged.fillna(False).astype(bool).to_numpy()[order[:SAMPLE_EACH]].all())
    parts = _sample_parts(sample[SHOWN_AS], n, largest if largest is not None and largest in df else None,
                          flag_label if flagged is not None and n_flagged else None, n_flagged, first_all_flagged)
    caption = counted(n, what) + (f", {n_flagged:,} {flag_label}" if flagged is not None else "")
    caption += f"; showing {len(sample)}: " + (", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0])
    caption += f". The full table is {full_table}." if full_table else "."
    return _said_blank(_fitted(PeopleTable(for_people(sample), caption), must, full_table), blank)


def _all_blank(s: pd.Series) -> bool:
    """Whether every value of a column is missing or empty text."""
    rest = s.dropna()
    if rest.empty:
        return True
    first = rest.iloc[0]
    return isinstance(first, str) and first == "" and bool((rest.astype(str) == "").all())


def _said_blank(table: PeopleTable, blank: list[str]) -> PeopleTable:
    """The table with a line under it naming the columns left out as blank in every row."""
    if blank:
        note = f"{', '.join(blank)}: blank in every row, not shown."
        table.footer = f"{table.footer} {note}" if table.footer else note
    return table


def _sample_parts(shown_as: pd.Series, n: int, largest: str | None, flag_label: str | None, n_flagged: int,
                  first_all_flagged: bool) -> list[str]:
    """What the sample shows, each set of rows named once: 'the first 10 (all significant)' where
    the first rows are the flagged ones (notebook 03's pairs put the significant first), not
    'the first 10 and the first 10 significant'. A set that added no row of its own is named in
    brackets after the first set."""
    first = f"the first {min(n, SAMPLE_EACH)}"
    parts = {"first rows": first}
    if largest is not None:
        parts[f"largest {largest}"] = f"the {SAMPLE_EACH} with the largest {largest}"
    if flag_label is not None:
        parts[flag_label] = f"the first {min(n_flagged, SAMPLE_EACH)} {flag_label}"
    added = set(shown_as)
    named = [phrase for why, phrase in parts.items() if why in added]
    folded = [phrase for why, phrase in parts.items() if why not in added]
    if folded:
        named[0] += " (" + ", ".join(f"all {flag_label}" if p == parts.get(flag_label) and first_all_flagged
                                     else "among them " + p for p in folded) + ")"
    return named


def _fitted(table: PeopleTable, must: set[str], full_table: str | None) -> PeopleTable:
    """The table with the columns that fit the page (fit_columns), and under it the names of
    those left out and the file that holds them: a wider table scrolled, its last columns
    unseen on a laptop."""
    cols = fit_columns(table.shown, must)
    if len(cols) == len(table.shown.columns):
        return table
    left = [c for c in table.shown.columns if c not in cols]
    where = f"; every column is in {full_table}" if full_table else ""
    footer = f"{counted(len(left), 'more columns')} not shown, to fit the page{where}: {', '.join(left)}."
    return PeopleTable(table.shown[cols], table.caption, footer)


# --------------------------------------------------------------------------- specific tables

REASON_RE = re.compile(r"^(?P<kind>.*?)\s*(?:\((?P<prob>p_\w+)=(?P<p>[0-9.]+)\))?\s*(?::\s*(?P<detail>.*))?$", re.S)


def split_reasons(removed: pd.DataFrame) -> pd.DataFrame:
    """removed_lines with the reason split into `kind` ('boilerplate', 'image id', ...), the
    body probability `p_body` in its own column (blank when the rule was not a model) and `detail`."""
    reasons = removed["reason"].fillna("").astype(str)
    codes, uniques = pd.factorize(reasons)
    parts = pd.Series(uniques).str.extract(REASON_RE)  # each distinct reason parsed once
    out = removed.drop(columns=["reason"])  # copy-on-write: the text column is not copied
    out["kind"] = parts["kind"].fillna("").str.strip().to_numpy()[codes] if len(uniques) else ""
    out["p_body"] = pd.to_numeric(parts["p"], errors="coerce").to_numpy()[codes] if len(uniques) else np.nan
    out["detail"] = parts["detail"].fillna("").to_numpy()[codes] if len(uniques) else ""
    return out


def reason_summary(removed: pd.DataFrame) -> pd.DataFrame:
    """Removed lines per kind of reason: lines, articles, and the range of p_body where a model
    decided, most lines first."""
    r = split_reasons(removed)
    if r.empty:
        return pd.DataFrame(columns=["kind", "lines", "articles", "p_body_median", "p_body_max"])
    g = r.groupby("kind")
    out = pd.DataFrame({"lines": g.size(), "articles": g["article_id"].nunique(),
                        "p_body_median": g["p_body"].median(), "p_body_max": g["p_body"].max()}).reset_index()
    return out.sort_values(["lines", "kind"], ascending=[False, True], kind="stable").reset_index(drop=True)


def pairwise_first(pairwise: pd.DataFrame) -> pd.DataFrame:
    """Pairs of outlets with the significant ones first, then by Holm p."""
    if pairwise.empty or "p_holm" not in pairwise:
        return pairwise
    sig = pairwise["significant"].fillna(False).astype(bool) if "significant" in pairwise else pairwise["p_holm"] < 0.05
    return pairwise.assign(_s=~sig).sort_values(["_s", "p_holm", "p_perm"], kind="stable").drop(columns="_s")


class Prose:
    """Findings in words (the tone verdict): paragraphs and "- " bullet lines rendered as HTML
    paragraphs and a list, proportional type that wraps at words; the plain text unchanged."""

    def __init__(self, text: str):
        self.text = text

    def _repr_html_(self) -> str:
        out, items = [], []
        for line in self.text.splitlines():
            if line.startswith("- "):
                items.append(f"<li>{html.escape(line[2:])}</li>")
                continue
            if items:
                out.append("<ul>" + "".join(items) + "</ul>")
                items = []
            if line.strip():
                out.append(f"<p>{html.escape(line)}</p>")
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
        return "".join(out)

    def __repr__(self) -> str:
        return self.text
