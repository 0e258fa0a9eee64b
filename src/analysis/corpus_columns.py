"""Which column of a corpus export holds which field.

Publishers name their columns as they like (FA-KES: `article_content`, `article_title`,
`source`, `date`), so a corpus is read as it is shipped: each field takes the first of its
usual names the file has, and a researcher can name a column explicitly with
`--columns text=article_content,outlet=source` (the notebooks' `columns` parameter).
"""

from __future__ import annotations

import re

# Field -> the names corpus exports use for it, in order of preference.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "article_content", "body", "article_text", "maintext"),
    "html": ("html", "raw_html"),
    "title": ("title", "headline", "article_title"),
    "outlet": ("outlet", "source", "publisher", "site", "domain", "source_domain"),
    "published": ("published", "date", "publish_date", "pubdate", "date_publish", "datetime"),
    "id": ("id", "unit_id", "article_id", "guid", "url"),
    "url": ("url", "link"),
}
# Names a researcher may type for a field in --columns.
FIELD_NAMES = {**{f: f for f in COLUMN_ALIASES}, "date": "published", "body": "text", "source": "outlet"}
# What --help and the errors list as the fields (the aliases above are accepted too).
FIELDS_HELP = ", ".join(COLUMN_ALIASES) + " (date = published, body = text, source = outlet)"
COLUMNS_OPTION = "--columns"


class ColumnSpecError(ValueError):
    """A --columns value that cannot be read."""


class ColumnMapping(dict):
    """Field -> column as the readers match it (stripped, lower case), remembering each column
    as the researcher typed it (`typed`), so a message names 'Body', not 'body'."""

    def __init__(self, *args, typed: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.typed = dict(typed or {})


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
    for field, column in pairs:
        key = FIELD_NAMES.get(str(field).strip().lower())
        if key is None:
            raise ColumnSpecError(
                f"{COLUMNS_OPTION}: unknown field {str(field).strip()!r}; fields are {FIELDS_HELP}"
            )
        if not str(column).strip():
            raise ColumnSpecError(f"{COLUMNS_OPTION}: no column named for {key}")
        mapping[key] = str(column).strip().lower()
        typed[mapping[key]] = str(column).strip()
    return ColumnMapping(mapping, typed=typed)


def resolve_columns(present, mapping: dict[str, str] | None = None) -> dict[str, str]:
    """Field -> the column of `present` that holds it: the explicit mapping first, then the
    first usual name present. A column serves one field only (the explicit or earlier one),
    except `url`, which may also be the id when nothing else is."""
    present = list(present)
    have = set(present)
    mapping = mapping or {}
    out: dict[str, str] = {}
    taken: set[str] = set()
    for field, column in mapping.items():
        if column in have:
            out[field] = column
            taken.add(column)
    for field, names in COLUMN_ALIASES.items():
        if field in out or field in mapping:
            continue
        for name in names:
            if name in have and (name not in taken or name == "url"):
                out[field] = name
                taken.add(name)
                break
    return out


def _as_spelled(present, spelled: dict[str, str] | None) -> str:
    """The columns as the file's header spells them ('Text, ID'), not as matched ('id, text')."""
    return ", ".join(sorted((spelling(c, spelled) for c in present), key=str.casefold)) or "none"  # a reader's order: case aside


def missing_text_message(rel: str, present, mapping: dict[str, str] | None = None, spelled: dict[str, str] | None = None) -> str:
    """The one line that says a corpus file has no usable text column and how to name one;
    `spelled` maps each column as matched (lower case) to the header's own spelling."""
    found = _as_spelled(present, spelled)
    wanted = (mapping or {}).get("text")
    asked = f"the column {spelling(wanted, spelled, mapping)!r} given for text is not there; " if wanted else ""
    return (
        f"{rel} has no text column ({asked}columns found: {found}); name the one holding the article text "
        f"with {COLUMNS_OPTION} text=COLUMN"
    )


def absent_mapping_message(rel: str, present, mapping: dict[str, str] | None, spelled: dict[str, str] | None = None) -> str | None:
    """The one line for --columns naming columns this corpus file does not have, or None."""
    have = set(present)
    absent = [f"{field}={spelling(column, spelled, mapping)}" for field, column in (mapping or {}).items() if column not in have]
    if not absent:
        return None
    return (f"{rel}: {COLUMNS_OPTION} {','.join(absent)} names a column the file does not have "
            f"(columns found: {_as_spelled(have, spelled)}); name one of those")


def _tokens(name: str) -> set[str]:
    return {t for t in re.split(r"[^a-z0-9]+", name.lower()) if t}


def unused_columns_note(rel: str, present, mapping: dict[str, str] | None = None,
                        used: set[str] | None = None, spelled: dict[str, str] | None = None) -> str | None:
    """'export.csv: columns not used: pub_date; map them with --columns published=pub_date',
    so a researcher learns the option; the example maps an unused column to a field left
    unread whose usual names share a word with it (no example when none does), or None.
    `used`: the columns some record used, when records differ in their fields (JSONL);
    by default those `present` resolves to. Columns are named as `spelled` (the header) writes them."""
    present = list(present)
    where = resolve_columns(present, mapping)
    used = set(where.values()) if used is None else used
    unused = sorted(c for c in present if c not in used and c)
    if not unused:
        return None
    example = None
    for field, names in COLUMN_ALIASES.items():
        if field in where:
            continue
        words = set().union(*(_tokens(n) for n in names))
        match = next((c for c in unused if _tokens(c) & words), None)
        if match:
            example = f"{field}={spelling(match, spelled)}"
            break
    hint = f"; map them with {COLUMNS_OPTION} {example}" if example else ""
    return f"{rel}: columns not used: {', '.join(spelling(c, spelled) for c in unused)}{hint}"
