"""Which column of a corpus export holds which field.

Publishers name their columns as they like (FA-KES: `article_content`, `article_title`,
`source`, `date`), so a corpus is read as it is shipped: each field takes the first of its
usual names the file has, and a researcher can name a column explicitly with
`--columns text=article_content,outlet=source` (the notebooks' `columns` parameter). A named
column is read from the files that have it; a file without it reads that field from its usual
names (two exports of different shapes in one folder are both read, QA8 4). A JSONL record's
nested object is read as dotted columns: {"source": {"name": "Reuters"}} is `source.name`.
"""

from __future__ import annotations

import re
import shlex

from .outlet_names import OUTLET_SPELLINGS, OUTLET_SPELLINGS_KEY
from .words import Worded, agreeing, counted

# Field -> the names corpus exports use for it, in order of preference.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "article_content", "body", "article_text", "maintext"),
    "html": ("html", "raw_html"),
    "title": ("title", "headline", "article_title"),
    # source.name: NewsAPI's and many scrapers' {"source": {"id": ..., "name": "Reuters"}} (QA8 1),
    # before `source`: where both are columns (a CSV's `source.name` header, or records mixing a
    # nested and a flat source), the name is the outlet and `source` often a URL (review 8 item 9)
    "outlet": ("outlet", "source.name", "source", "publisher", "site", "domain", "source_domain", "media_name"),
    # publishedat: NewsAPI's publishedAt; seendate: GDELT's
    "published": ("published", "date", "publish_date", "pubdate", "date_publish", "datetime", "publishedat", "seendate"),
    "id": ("id", "unit_id", "article_id", "guid", "url"),
    "url": ("url", "link"),
}
# Names a researcher may type for a field in --columns.
FIELD_NAMES = {**{f: f for f in COLUMN_ALIASES}, "date": "published", "body": "text", "source": "outlet"}
# What --help and the errors list as the fields (the aliases above are accepted too).
FIELDS_HELP = ", ".join(COLUMN_ALIASES) + " (date = published, body = text, source = outlet)"
COLUMNS_OPTION = "--columns"


# Spaces and hyphens inside a column's name, as a hand-edited spreadsheet header writes it
# ('Article Text'), mean the underscore of the usual names ('article_text', QA8 10a).
_NAME_GAPS = re.compile(r"[\s\-]+")


# A BOM of a header cell's own ('\ufeffid' in a UTF-16 file, whose first BOM the decoder took; a
# pasted UTF-8 header) is no part of the name: it hid the id column (fuzz11 3).
_HEADER_BOMS = "\ufeff"


def column_key(name) -> str:
    """A column's name as the readers match it: BOMs and spaces stripped, lower case, spaces and
    hyphens as '_'."""
    return _NAME_GAPS.sub("_", str(name).strip().lstrip(_HEADER_BOMS).strip().lower())


class ColumnSpecError(ValueError):
    """A --columns value that cannot be read."""


# Not a field: `--columns date_order=d/m/y` says how the export writes slash dates when none of its
# values decides it (every day 1-12; QA9 9), the one thing a column name cannot say about a column.
DATE_ORDER_KEY = "date_order"
DATE_ORDERS = {"d/m/y": "dm", "dmy": "dm", "m/d/y": "md", "mdy": "md"}  # as typed -> metadata_dates' slash order


class ColumnMapping(dict):
    """Field -> column as the readers match it (stripped, lower case), remembering each column
    as the researcher typed it (`typed`), so a message names 'Body', not 'body'; `date_order`:
    the slash-date order --columns date_order= gave ("dm"/"md"), or None to decide from the values;
    `outlet_spellings`: "merge" (one outlet's spellings are one outlet) or "keep" (as written)."""

    def __init__(self, *args, typed: dict[str, str] | None = None, date_order: str | None = None,
                 outlet_spellings: str = "merge", **kwargs):
        super().__init__(*args, **kwargs)
        self.typed = dict(typed or {})
        self.date_order = date_order
        self.outlet_spellings = outlet_spellings


def spelling(column: str, spelled: dict[str, str] | None = None, mapping: dict[str, str] | None = None) -> str:
    """A column as a message names it: as the file's header spells it, else as --columns
    typed it (a column the file does not have), else as matched."""
    return (spelled or {}).get(column) or getattr(mapping, "typed", {}).get(column) or column


def parse_column_mapping(spec: str | dict | None) -> dict[str, str]:
    """'text=article_content, outlet=source' -> {'text': 'article_content', 'outlet': 'source'}
    (column names compared as the readers normalise them: stripped, lowercase; a ColumnMapping,
    which keeps them as typed for messages)."""
    if not spec:
        return ColumnMapping()
    if isinstance(spec, dict):
        pairs = list(spec.items())
    else:
        pairs = []
        for part in str(spec).split(","):
            if not part.strip():
                continue
            if "=" not in part:
                raise ColumnSpecError(f"{COLUMNS_OPTION} {spec!r}: {part.strip()!r} is not FIELD=COLUMN (e.g. text=article_content)")
            pairs.append(tuple(part.split("=", 1)))
    mapping, typed = {}, {}
    given: dict[str, str] = {}  # field -> the FIELD=COLUMN that named it, as typed
    date_order = None
    outlet_spellings = "merge"
    for field, column in pairs:
        if str(field).strip().lower() == OUTLET_SPELLINGS_KEY:
            outlet_spellings = str(column).strip().lower()
            if outlet_spellings not in OUTLET_SPELLINGS:
                raise ColumnSpecError(f"{COLUMNS_OPTION}: {OUTLET_SPELLINGS_KEY}={str(column).strip()} is neither "
                                      f"{' nor '.join(OUTLET_SPELLINGS)}")
            continue
        if str(field).strip().lower() == DATE_ORDER_KEY:
            date_order = DATE_ORDERS.get(str(column).strip().lower())
            if date_order is None:
                raise ColumnSpecError(f"{COLUMNS_OPTION}: {DATE_ORDER_KEY}={str(column).strip()} is neither d/m/y nor m/d/y")
            continue
        key = FIELD_NAMES.get(str(field).strip().lower())
        if key is None:
            raise ColumnSpecError(
                f"{COLUMNS_OPTION}: unknown field {str(field).strip()!r}; fields are {FIELDS_HELP}"
            )
        if not str(column).strip():
            raise ColumnSpecError(f"{COLUMNS_OPTION}: no column named for {key}")
        said = f"{str(field).strip()}={str(column).strip()}"
        if key in given:  # the last one won silently (review 8 item 7)
            raise ColumnSpecError(f"{COLUMNS_OPTION}: {given[key]} and {said} both name a column for the {key} field; "
                                  f"give one column for it")
        given[key] = said
        mapping[key] = column_key(column)
        typed[mapping[key]] = str(column).strip()
    _one_field_per_column(mapping, given)
    return ColumnMapping(mapping, typed=typed, date_order=date_order, outlet_spellings=outlet_spellings)


# Fields that may share one column: a URL is also an article's id when nothing else is.
SHARED_COLUMN_FIELDS = {"id", "url"}


def _one_field_per_column(mapping: dict[str, str], given: dict[str, str]) -> None:
    """Raise ColumnSpecError for one column named for two fields (text=text,title=text made the
    whole article its title, review 8 item 7): a column serves one field (resolve_columns)."""
    fields_of: dict[str, list[str]] = {}
    for key, column in mapping.items():
        fields_of.setdefault(column, []).append(key)
    for column, fields in fields_of.items():
        if len(fields) > 1 and not set(fields) <= SHARED_COLUMN_FIELDS:
            raise ColumnSpecError(f"{COLUMNS_OPTION}: {' and '.join(given[f] for f in fields)} name one column for "
                                  f"{len(fields)} fields; a column holds one field: name another column for "
                                  f"{' or '.join(fields[1:])}")


def resolve_columns(present, mapping: dict[str, str] | None = None, file_columns=None,
                    beside: dict[str, set[str]] | None = None) -> dict[str, str]:
    """Field -> the column of `present` that holds it: the explicit mapping first, then (for a
    field whose named column this file lacks too: a folder may mix exports) the first usual name
    present. A column serves one field only (the explicit or earlier one), except `url`, which
    may also be the id when nothing else is. `file_columns`: all columns of the file a JSONL
    record `present` is one of; whether the file has a named column is decided on them, so a
    record that omits the key (exporters leave out nulls) reads that field as empty, never
    from a usual name some record has beside the named one: that is another field (`domain`
    beside `media_name`: one outlet under two names, review 8 item 22). `beside`: named column
    -> every column of the file's records that have it. A usual name no record has beside the
    named column is the same field renamed (an export whose later records write `source.name`
    or `outlet` for the first records' `source`): a record without the named column reads it."""
    present = list(present)
    have = set(present)
    in_file = have | set(file_columns or ())
    mapping = mapping or {}
    out: dict[str, str] = {}
    taken: set[str] = set()
    for field, column in mapping.items():
        if column in in_file:
            out[field] = column
            taken.add(column)
    named = set(mapping.values())
    for field, column in mapping.items():
        if beside is None or out.get(field) != column or column in have:
            continue
        for name in COLUMN_ALIASES.get(field, ()):
            if name in have and name not in beside.get(column, ()) and name not in named and name not in taken:
                out[field] = name
                taken.add(name)
                break
    for field, names in COLUMN_ALIASES.items():
        if field in out:
            continue
        for name in names:
            if name in have and (name not in taken or name == "url"):
                out[field] = name
                taken.add(name)
                break
    if "id" not in out and "url" in out:  # a named url column (GDELT's DocumentIdentifier) is the id as `url` is (QA10 F5)
        out["id"] = out["url"]
    return out


def _as_spelled(present, spelled: dict[str, str] | None) -> str:
    """The columns as the file's header spells them ('Text, ID'), not as matched ('id, text')."""
    return ", ".join(sorted((spelling(c, spelled) for c in present), key=str.casefold)) or "none"  # a reader's order: case aside


def missing_text_message(rel: str, present, mapping: dict[str, str] | None = None, spelled: dict[str, str] | None = None) -> str:
    """The one line that says a corpus file has no usable text column and how to name one;
    `spelled` maps each column as matched (lower case) to the header's own spelling. The
    other fields without a column are named at once, with a guess for each (QA6 A1: a user
    who named only the text lost every outlet and date without a word)."""
    found = _as_spelled(present, spelled)
    wanted = (mapping or {}).get("text")
    asked = f"the column {spelling(wanted, spelled, mapping)!r} given for text is not there; " if wanted else ""
    missing, unused = _unfilled(present, mapping)
    wanted_too, optional = _worth_naming(missing, unused) if unused else (missing, [])
    also = (f"; no {_or_list(wanted_too[1:])} column found either, so name them at once: {COLUMNS_OPTION} "
            f"{_suggestion(wanted_too, unused, spelled)}") if len(wanted_too) > 1 else ""
    # only the text missing: still a guess when a column's name says text (QA8 10b)
    guess = None if also else likely_columns(["text"], [c for c in unused if "," not in c]).get("text")
    perhaps = f" (perhaps {COLUMNS_OPTION} {shlex.quote('text=' + spelling(guess, spelled))})" if guess else ""
    return (
        f"{rel} has no text column ({asked}columns found: {found}); name the one holding the article text "
        f"with {COLUMNS_OPTION} text=COLUMN{perhaps}{also}{_optional_remark(optional)}"
    )


# What a file without a column for an optional field gets instead (QA10 F4: a suggested
# 'id=COLUMN' for an export with no id column left a user guessing what to put there).
OPTIONAL_INSTEAD = {"id": "records are named by their row (row2, row3, ... as a spreadsheet numbers them)",
                    "title": "each title is read from the text's own lines, as for a .txt file"}


def _worth_naming(fields: list[str], unused: list[str]) -> tuple[list[str], list[str]]:
    """(fields a suggestion names, optional fields it leaves out): an optional field (QUIET_FIELDS)
    is named only when an unused column looks like it, never as FIELD=COLUMN for a user to guess."""
    chosen = likely_columns(fields, [c for c in unused if "," not in c])
    optional = [f for f in fields if f in QUIET_FIELDS and f not in chosen]
    return [f for f in fields if f not in optional], optional


def _optional_remark(optional: list[str]) -> str:
    """'; no column looks like an id, and none is needed: records are named by their row ...'."""
    if not optional:
        return ""
    what = " or ".join({"id": "an id", "title": "a title"}[f] for f in optional)
    return (f"; no column looks like {what}, and {agreeing(len(optional), Worded('neither is', 'none is'))} needed: "
            + "; ".join(OPTIONAL_INSTEAD[f] for f in optional))


def absent_mapping_message(rel: str, present, mapping: dict[str, str] | None, spelled: dict[str, str] | None = None,
                           others: int = 0) -> str | None:
    """The one line for --columns naming columns this corpus file does not have, or None;
    `others`: how many other corpus files lack them too (the caller names a column only when no
    file has it: a file without it reads the field from its usual names)."""
    have = set(present)
    absent = [f"{field}={spelling(column, spelled, mapping)}" for field, column in (mapping or {}).items() if column not in have]
    if not absent:
        return None
    nor = f"; {counted(others, Worded('other corpus files here lack it too', 'other corpus file here lacks it too'))}" if others else ""
    return (f"{rel}: {COLUMNS_OPTION} {','.join(absent)} names a column the file does not have{nor} "
            f"(columns found: {_as_spelled(have, spelled)}); name one of those")


def _tokens(name: str) -> set[str]:
    return {t for t in re.split(r"[^a-z0-9]+", name.lower()) if t}


# Fields whose missing column a researcher is told about (text: the missing_column error), in
# the order a suggestion names them, each as --columns spells it for a reader ('date').
NOTED_FIELDS = ("text", "title", "outlet", "published", "id")
SHOWN_FIELD = {"published": "date"}
# Words in a column's name, besides those of the field's usual names, that suggest the field:
# publishers' own names for it ('newspaper', 'pub_day', 'story_no'). A guess only: the message
# shows it for the researcher to check.
HINT_WORDS: dict[str, set[str]] = {
    "title": {"head", "heading"},
    "outlet": {"newspaper", "paper", "media", "publication", "channel", "agency", "press", "outlet"},
    "published": {"day", "pub", "time", "dated", "when"},
    "id": {"no", "number", "key", "uid", "identifier"},
}


# Fields clean_html reads from the page itself when a corpus gives its html: no column is missing
# for them (naming one, e.g. date=crawl_date, would replace the page's own date).
PAGE_FIELDS = ("title", "outlet", "published")
# Starts of words that say a date column records when the page was collected, not published.
COLLECTION_WORDS = ("crawl", "scrap", "fetch", "download", "retriev")


def _field_words(field: str) -> set[str]:
    return set().union(*(_tokens(n) for n in COLUMN_ALIASES[field])) | HINT_WORDS.get(field, set())


def _unfilled(present, mapping: dict[str, str] | None, used: set[str] | None = None) -> tuple[list[str], list[str]]:
    """(fields of NOTED_FIELDS no column is read for, the columns no field reads), the latter sorted."""
    present = list(present)
    where = resolve_columns(present, mapping)
    used = set(where.values()) if used is None else used
    from_page = set(PAGE_FIELDS) | {"text"} if "html" in where else set()
    missing = [f for f in NOTED_FIELDS if f not in where and f not in from_page]
    return missing, sorted(c for c in present if c not in used and c)


def _collection_date(column: str) -> bool:
    """Whether a column's name says it holds when the page was collected ('crawl_date')."""
    return any(t.startswith(COLLECTION_WORDS) for t in _tokens(column))


def _or_list(fields: list[str]) -> str:
    shown = [SHOWN_FIELD.get(f, f) for f in fields]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} or {shown[-1]}"


# Fields a file may well lack (records without ids get their own note, a title is optional):
# unused_columns_note names them only when an unused column looks like one, so that one extra
# column ('colour') does not turn every file without ids into a warning.
QUIET_FIELDS = ("id", "title")
# A field's own words: a column naming one is surely that field ('story_id', 'paper').
OWN_WORDS: dict[str, set[str]] = {
    "text": {"text", "body"}, "title": {"title", "headline", "heading"}, "published": {"date"},
    "outlet": {"source", "paper", "outlet"}, "id": {"id"},
}
# Words of the fields' aliases that say too little on their own: 'article_no' is no title,
# 'top_image_url' no id.
VAGUE_WORDS: dict[str, set[str]] = {f: {"article", "url"} for f in ("title", "id", "text")}
# Scores of a column's words for a field: its own word beats a shared one, the name's last word
# (what a column is: '..._id', '..._date', '..._no') beats an earlier one (what it is about).
OWN_SCORE, LAST_WORD_SCORE, OTHER_WORD_SCORE = 4, 2, 1
# Below this a guess is weak (only an earlier, shared word, as in 'media_type'): COLUMN is shown.
SURE_SCORE = LAST_WORD_SCORE


def column_score(field: str, column: str) -> int:
    """How surely a column's name says it holds a field (0: not at all)."""
    if field == "published" and _collection_date(column):
        return 0
    words = re.findall(r"[a-z0-9]+", column.lower())
    evidence = _field_words(field) - VAGUE_WORDS.get(field, set())
    if not words or not evidence & set(words):
        return 0
    return (OWN_SCORE * bool(OWN_WORDS.get(field, set()) & set(words))
            + LAST_WORD_SCORE * (words[-1] in evidence) + OTHER_WORD_SCORE * bool(evidence & set(words[:-1])))


def likely_columns(fields, columns) -> dict[str, str]:
    """Field -> the column its name most surely says holds it, each column once, the surest
    pairs first (not in field order); a field no column surely names is left out."""
    pairs = sorted(((column_score(f, c), -i, c, f) for i, f in enumerate(fields) for c in columns), reverse=True)
    chosen: dict[str, str] = {}
    for score, _, column, field in pairs:
        if score >= SURE_SCORE and field not in chosen and column not in chosen.values():
            chosen[field] = column
    return chosen


def _suggestion(fields: list[str], unused: list[str], spelled: dict[str, str] | None) -> str:
    """'outlet=newspaper,date=pub_day,id=story_no': each field with the column likely_columns
    gives it, FIELD=COLUMN where none."""
    chosen = likely_columns(fields, [c for c in unused if "," not in c])
    value = ",".join(f"{SHOWN_FIELD.get(f, f)}={spelling(chosen[f], spelled) if f in chosen else 'COLUMN'}" for f in fields)
    commas = [spelling(c, spelled) for c in unused if "," in c]
    cannot = (f" ({', '.join(map(repr, commas))} cannot be named: {COLUMNS_OPTION} splits its value at commas; "
              f"rename the column in the file's header)") if commas else ""
    return shlex.quote(value) + cannot  # a header with spaces or quotes, pasted into a shell


def unused_columns_note(rel: str, present, mapping: dict[str, str] | None = None,
                        used: set[str] | None = None, spelled: dict[str, str] | None = None) -> str | None:
    """'export.csv: no outlet or date column found; columns not used: newspaper, pub_day; name
    them with --columns outlet=newspaper,date=pub_day' (QA6 A1: outlets and dates were lost
    without a word), or, when every field has its column, 'columns not used: colour'; None when
    every column is used. `used`: the columns some record used, when records differ in their
    fields (JSONL); by default those `present` resolves to. Columns are named as `spelled`
    (the header) writes them."""
    missing, unused = _unfilled(present, mapping, used)
    if not unused:
        return None
    missing = [f for f in _worth_naming(missing, unused)[0] if f != "text"]  # no text: a missing_column error
    listed = ", ".join(spelling(c, spelled) for c in unused)
    if not missing:
        return f"{rel}: columns not used: {listed}"
    return (f"{rel}: no {_or_list(missing)}{NO_COLUMN_FOUND}{listed}; name them with "
            f"{COLUMNS_OPTION} {_suggestion(missing, unused, spelled)}")


def fallback_note(rel: str, present, mapping: dict[str, str] | None, spelled: dict[str, str] | None = None) -> str | None:
    """'b.csv: has no column 'body_text' (--columns text=body_text); its text is read from
    'content'': a file of a mixed folder reads a named field from its usual names, which a
    researcher who named a column to avoid one (a teaser `content`) must see (review 8 item 6)."""
    have = set(present)
    absent = {f: c for f, c in (mapping or {}).items() if c not in have}
    if not absent:
        return None
    where = resolve_columns(present, mapping)
    parts = []
    for f, c in absent.items():
        shown = SHOWN_FIELD.get(f, f)
        read = f"read from {spelling(where[f], spelled)!r}" if f in where else "left empty"
        parts.append(f"no column {spelling(c, spelled, mapping)!r} ({COLUMNS_OPTION} {shown}={spelling(c, spelled, mapping)}), "
                     f"so its {shown} is {read}")
    return f"{rel}: " + "; ".join(parts)


# How untitled_note says a corpus file's titles come from its texts (QA10 F5: every title was
# None without a word; a .txt of the same text has its title picked from its lines).
TITLES_FROM_TEXT = ": no title column; each title is read from the text's own lines"


def untitled_note(rel: str, fields) -> str | None:
    """'g.csv: no title column; each title is read from ...' for a file whose records give a text
    and no title (an html page gives its own title), else None."""
    fields = set(fields)
    if "title" in fields or "html" in fields or "text" not in fields:
        return None
    return (f"{rel}{TITLES_FROM_TEXT}, as for a .txt file, and left empty where the text has no headline line "
            f"of its own (a record of one paragraph); name a title column with {COLUMNS_OPTION} title=COLUMN")


# How page_date_note says a named date column wins over the pages' dates (replaces_page_dates finds it).
PAGE_DATE_REPLACED = " replaces the date each HTML page states"


def page_date_note(rel: str, present, mapping: dict[str, str] | None, spelled: dict[str, str] | None = None) -> str | None:
    """'export.jsonl: --columns date=crawl_date replaces the date each HTML page states ...' when
    the researcher named the date column of a file whose records are HTML pages: a column's date
    wins over the page's own, and a crawl date typed there silently moved every article (note 6).
    None when no date column was named or the records are not pages."""
    column = (mapping or {}).get("published")
    where = resolve_columns(present, mapping)
    if not column or where.get("published") != column or "html" not in where:
        return None
    shown = spelling(column, spelled, mapping)
    return (f"{rel}: {COLUMNS_OPTION} date={shown}{PAGE_DATE_REPLACED} with the column's; if {shown} is when the page "
            f"was collected, not published, leave date out of {COLUMNS_OPTION} to read each page's own date")


def replaces_page_dates(note: str) -> bool:
    """Whether a note is page_date_note's."""
    return PAGE_DATE_REPLACED in note


# How unused_columns_note says a field has no column: the pipeline prints such notes before
# the run, the index shows them (leaves_field_unread finds them by it).
NO_COLUMN_FOUND = " column found; columns not used: "


def leaves_field_unread(note: str) -> bool:
    """Whether a note (of unused_columns_note) says a field has no column, not only that some
    columns are not used."""
    return NO_COLUMN_FOUND in note


# How a note says values of a column could not be read (tables.column_notes finds it, so the
# pipeline prints it after notebook 01): a GDELT date column in a format no reader knew lost
# every date, and a JSON list became its repr as an outlet, without a word (QA8 1, 3).
VALUES_UNREAD = " could not be read"


def unread_values_note(rel: str, field: str, column: str, unread: int, total: int, first: str, listed: bool = False) -> str:
    """'export.csv: 7 of 7 dates in column 'seendate' could not be read (first: ...); what to do',
    or, `listed`, values that are JSON lists or objects, not text (their repr is no outlet)."""
    shown = SHOWN_FIELD.get(field, field)
    if not listed:
        return (f"{rel}: {unread} of {total} dates in column {column!r}{VALUES_UNREAD} (first: {first}); those articles "
                f"are dated from their text only: export the dates as yyyy-mm-dd (or another format the README lists), "
                f"or name another column with {COLUMNS_OPTION} date=COLUMN")
    # objects are read as dotted columns first (flatten_record), so only a list reaches here;
    # the dotted example fits the outlet only (NewsAPI's source.name), not a date or title (review 8 item 21)
    example = f" (a nested field as a dotted path, e.g. {shown}=source.name)" if field == "outlet" else ""
    return (f"{rel}: {unread} of {total} values in column {column!r}{VALUES_UNREAD}: each is a JSON list, "
            f"not text (first: {first}); their {shown} is left empty: name a column of plain text with "
            f"{COLUMNS_OPTION} {shown}=COLUMN{example}, or, for several values in one cell, keep one "
            f"or join them into one string before the export")


# How truncated_texts_note says an export cut its texts short (says_values_unread finds it, so
# the pipeline prints it after notebook 01 and the index shows it).
TEXTS_CUT = " cut short by the export"
# NewsAPI's `content` is the article's first ~200 characters and then "[+3461 chars]", the count left out.
CUT_MARK_RE = re.compile(r"\s*\[\+\d+ chars\]\s*$")


def truncated_texts_note(rel: str, cut: int, total: int, first: str) -> str:
    """'n.jsonl: 5 of 5 texts are cut short by the export ...': the tolls and tone of such an
    article read its first lines only (review 8 item 23: NewsAPI's content was read as whole)."""
    return (f"{rel}: {cut} of {total} texts are{TEXTS_CUT} (they end in NewsAPI's '[+N chars]', first: {first}; the mark "
            f"is taken off): the tolls and tone read only their first lines. Fetch the pages (their url column) and "
            f"put the HTML in an html column, or export the full texts")


def says_values_unread(note: str) -> bool:
    """Whether a note is unread_values_note's or truncated_texts_note's (values read in part)."""
    return f"{VALUES_UNREAD} (first: " in note or f"{VALUES_UNREAD}: each is a JSON list" in note or TEXTS_CUT in note


# How renamed_column_note says records read a field from another column than the one named
# (reads_field_elsewhere finds it, so the pipeline prints it after notebook 01 and the index shows it).
RENAMED_COLUMN = " (the same field renamed in the export): "


def renamed_column_note(rel: str, field: str, column: str, read: dict[str, list], spelled: dict[str, str] | None = None,
                        mapping: dict[str, str] | None = None) -> str:
    """'e.jsonl: 2 records have no column 'source' (--columns outlet=source), and no record has
    'source.name' or 'outlet' beside it, so their outlet is read from those (the same field renamed in the
    export): ...': which records
    read a named field from another column (resolve_columns' `beside`), by count and first line.
    `read`: column -> [records, first line]."""
    shown, named = SHOWN_FIELD.get(field, field), spelling(column, spelled, mapping)
    total = sum(n for n, _ in read.values())
    others = [repr(spelling(c, spelled)) for c in read]
    parts = ", ".join(f"{spelling(c, spelled)!r} ({counted(n, 'records')}, first: line {first})" for c, (n, first) in read.items())
    # a text under another name may be an export's teaser or summary, studied as if whole: the
    # researcher who named a text column must look (a date or outlet renamed is the same value)
    check = (f"; check {agreeing(total, Worded('they hold whole articles', 'it holds a whole article'))}, not a summary "
             f"or teaser" if field == "text" else "")
    return (f"{rel}: {counted(total, Worded('records have', 'record has'))} no column {named!r} ({COLUMNS_OPTION} "
            f"{shown}={named}), and no record has {' or '.join(others)} beside it, so "
            f"{agreeing(total, Worded('their', 'its'))} {shown} is read from "
            f"{agreeing(len(read), Worded('those', 'it'))}{RENAMED_COLUMN}{parts}{check}")


def reads_field_elsewhere(note: str) -> bool:
    """Whether a note is renamed_column_note's."""
    return RENAMED_COLUMN in note


# How omitted_key_note says records lack a field's key (omits_key finds it, so the pipeline prints
# it after notebook 01 and the index shows it).
KEY_OMITTED = Worded("records omit the key ", "record omits the key ")
# What an empty field means for a study, said after the count.
OMITTED_EFFECT = {
    "text": Worded("so they have no text and are not studied (each is a row with its reason in notebook 01)",
                   "so it has no text and is not studied (a row with its reason in notebook 01)"),
    "published": Worded("so their date is read from their text, if it states one",
                        "so its date is read from its text, if it states one"),
    "outlet": Worded("so their outlet is empty (counted as an unknown outlet)",
                     "so its outlet is empty (counted as an unknown outlet)"),
}


def omitted_key_note(rel: str, field: str, keys: list[str], count: int, lines: list[int], named: bool,
                     spelled: dict[str, str] | None = None, mapping: dict[str, str] | None = None) -> str:
    """'e.jsonl: 3 records omit the key 'date' (first: lines 4, 7, 9), so their date is read from
    their text ...': records without the key a field is read from (the --columns name, or every key
    the file's other records hold it under) read it empty, as a null does, which was said nowhere."""
    shown = SHOWN_FIELD.get(field, field)
    keyed = " or ".join(repr(spelling(k, spelled, mapping)) for k in keys)
    given = f" ({COLUMNS_OPTION} {shown}={spelling(keys[0], spelled, mapping)})" if named else ""
    first = f"{agreeing(len(lines), Worded('lines', 'line'))} {', '.join(map(str, lines))}"
    return (f"{rel}: {counted(count, KEY_OMITTED)}{keyed}{given} (first: {first}), "
            f"{agreeing(count, OMITTED_EFFECT.get(field, Worded(f'so their {shown} is empty', f'so its {shown} is empty')))}; "
            f"if {agreeing(count, Worded('they hold', 'it holds'))} the {shown} under another key, name it with "
            f"{COLUMNS_OPTION} {shown}=COLUMN")


def omits_key(note: str) -> bool:
    """Whether a note is omitted_key_note's."""
    return any(f" {words}" in note for words in (str(KEY_OMITTED), KEY_OMITTED.singular))
