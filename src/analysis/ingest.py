"""Raw directory to documents: one `RawDoc` per input file or corpus record.

Raw data is immutable, so this module only reads. Nothing is dropped: a file or record that
cannot be read still yields a `RawDoc` whose `status` says why (`empty`, `binary`,
`undecodable`, `unreadable`, `too_large`, `unsupported_format`, `malformed`, `missing_column`,
`missing_text`, `duplicate_id`, `duplicate_record`), so the article accounting in notebook 01 adds up to the
number of inputs. Text in any common encoding is decoded (see `decode_bytes`); an article file
above `MAX_ARTICLE_BYTES` is recorded without being read. Corpus files (.jsonl, .csv) of any
size are streamed record by record.

A corpus record's id is its id column's value; a record without one is named `rowN`, N its
row as a spreadsheet numbers it: in a CSV the header is row 1 and each record one row, even
when a quoted field in it runs over several lines (so the ids do not skip numbers, and match
the line numbers of a file whose records are one line each); in a JSONL file, its line.
Messages about a record name its line, where an editor finds it.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import os
import posixpath
import re
import stat
import sys
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Callable, Iterator

import charset_normalizer

from .corpus_columns import (
    COLUMN_ALIASES, COLUMNS_OPTION, CUT_MARK_RE, DATE_ORDER_KEY, SHOWN_FIELD, absent_mapping_message, column_key, fallback_note, leaves_field_unread, missing_text_message, omitted_key_note, page_date_note,
    parse_column_mapping,
    renamed_column_note, resolve_columns, spelling, truncated_texts_note, unread_values_note, unused_columns_note,
)
from .corpus_columns import untitled_note  # its own line: another branch edits the list above
from .corpus_columns import likely_columns  # its own line, as untitled_note above
from .metadata_dates import EU_SLASH, ISO, US_SLASH, ambiguous_slash_note, excel_serial_column, mixed_file_slash_warning, mixed_slash_note, normalize_published, serial_hint, slash_order, unreadable
from .words import Worded, counted

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
CORPUS_SUFFIXES = {".jsonl", ".csv"}
SIDECAR_NAME = "metadata.csv"
SIDECAR_COLUMNS = ("file", "outlet", "url", "published", "note")
# The names metadata.csv's columns may have: a corpus file's for outlet, url and published (one
# list, corpus_columns.COLUMN_ALIASES: a researcher writes `source,date` in both, QA10 F14), and
# the usual names of a file-name column for `file`.
SIDECAR_ALIASES: dict[str, tuple[str, ...]] = {
    "file": ("file", "filename", "file_name", "path", "filepath", "file_path", "source_path"),
    **{f: COLUMN_ALIASES[f] for f in ("outlet", "url", "published")},
    "note": ("note",),
}
# How read_sidecar's notes begin when it ignores the whole file (says_sidecar_ignored finds them,
# so the pipeline prints them after notebook 01 and the index shows them).
SIDECAR_IGNORED = f"{SIDECAR_NAME}: ignored ("
# Files a researcher may keep beside the articles that are not articles.
IGNORED_NAMES = {"README.md", "README.txt"}
# Magic numbers of formats that are certainly not text (a renamed image or archive).
BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b")
# A bitmap's "BM" is two letters text can open with ("BMW recalls ...", a CSV header "BM,0"),
# so it counts only with the header's four reserved bytes after the file size, zero in any BMP.
BMP_MAGIC, BMP_RESERVED = b"BM", slice(6, 10)


def _binary_signature(data: bytes) -> bool:
    """A known binary format's signature at the start of the bytes."""
    return data.startswith(BINARY_MAGIC) or (data.startswith(BMP_MAGIC) and data[BMP_RESERVED] == b"\x00" * 4)


@dataclass
class RawDoc:
    """One article as read from disk, before any cleaning."""

    article_id: str
    source_path: str
    record_id: str | None = None
    text: str | None = None
    html: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    encoding: str | None = None
    status: str = "ok"
    warnings: list[str] = field(default_factory=list)


class InputError(ValueError):
    """Bad input the pipeline cannot start with (as opposed to one bad article)."""


# One article file above this size is not an article (a log, a dump, a whole site): it is
# recorded as `too_large` without being read, so a stray file cannot exhaust memory or time.
# The longest real news pages (inline scripts included) are a few hundred KB.
MAX_ARTICLE_BYTES = 5_000_000
# A corpus file is streamed record by record, so it has no size limit; its encoding is detected
# from this many leading bytes (a file no longer than this is decoded whole, as an article is).
HEAD_BYTES = 1 << 20
# A corpus line or CSV field longer than MAX_ARTICLE_BYTES times this many characters cannot
# hold an article under MAX_ARTICLE_BYTES (JSON escapes take at most 6 characters a byte), so it
# is `too_large` without being parsed: one runaway line cannot exhaust memory.
MAX_RECORD_CHARS_PER_ARTICLE_BYTE = 8
BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
# Labels browsers treat as windows-1252 (WHATWG): pages that say latin-1 nearly always are cp1252.
CP1252_LABELS = {"latin_1", "latin-1", "latin1", "iso8859_1", "iso-8859-1", "iso_8859_1", "ascii", "us-ascii", "cp1252", "windows-1252"}


def _canonical(encoding: str) -> str:
    return "cp1252" if encoding.lower() in CP1252_LABELS else encoding


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: NULs fill every other byte of Latin text."""
    head = data[:4096]
    even, odd = head[0::2], head[1::2]
    if len(head) < 4 or len(head) % 2:
        return None
    for zeros, other, enc in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.6 * len(zeros) and other.count(0) == 0:
            return enc
    return None


WESTERN_PUNCT = set("\u00a0\u201c\u201d\u2018\u2019\u201a\u201e\u2013\u2014\u2026\u2022\u20ac\u00ab\u00bb\u00b0\u00a9\u00ae\u2122\u00a3\u00b7\u00bf\u00a1\u00b4\u00a7\u00bd")


def _western_cp1252(data: bytes) -> str | None:
    """cp1252 text when the bytes look like Western prose: mostly ASCII, and the rest decode
    to letters and typographic punctuation (a cp1250 or cp1251 text gives symbols like ¹ ³)."""
    sample = data[:200_000]
    if sum(b < 0x80 for b in sample) < 0.75 * len(sample):
        return None
    text = _try_decode(data, "cp1252")
    if text is None:
        return None
    high = [c for c in text[:200_000] if ord(c) >= 0x80]
    plausible = sum(c.isalpha() or c in WESTERN_PUNCT for c in high)
    return text if plausible >= 0.95 * len(high) else None


def _looks_binary(text: str) -> bool:
    """Control characters other than tab, newline, CR and form feed do not occur in prose."""
    sample = text[:20_000]
    ctrl = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f") or c == "\x7f")
    return ctrl > 0.01 * len(sample)


# Up to this share of NUL bytes in otherwise textual data is noise from a broken scraper or
# copy (two NULs in a page), dropped; more means a binary file or UTF-16 without a BOM.
STRAY_NUL_SHARE = 0.01


def decode_bytes(data: bytes, html: bool = False) -> tuple[str | None, str | None, str | None]:
    """Return (text, encoding, problem). Scrapes come in any common encoding: try the BOM,
    strict UTF-8, the page's declared charset, then windows-1252 for mostly-ASCII bytes
    (Western news with curly quotes and accents, where detectors guess cp1250), and charset
    detection last. Refuse what looks binary."""
    if not data.strip():
        return None, None, "empty: file has no content"
    text = encoding = None
    for bom, enc in BOMS:
        if data.startswith(bom):
            text, encoding = _try_decode(data, enc), enc
            if text is None:
                return None, None, f"undecodable: starts with a {enc} byte-order mark but is not {enc}"
            break
    if text is None:
        if _binary_signature(data):
            return None, None, "binary: not text (looks like an image, archive or other binary file)"
        if b"\x00" in data[:4096]:
            encoding = _utf16_without_bom(data)
            text = _try_decode(data, encoding) if encoding else None
            if text is None and data.count(b"\x00") <= STRAY_NUL_SHARE * len(data):
                data = data.replace(b"\x00", b"")  # a few stray NULs in a text file, not a binary one
            elif text is None:
                return None, None, "binary: not text (contains NUL bytes)"
    if text is None:
        text, encoding = _try_decode(data, "utf-8"), "utf-8"
    if text is None and html:
        m = META_CHARSET_RE.search(data[:8192])
        if m:
            encoding = _canonical(m.group(1).decode("ascii", "replace"))
            # A page whose bytes carry an ASCII <meta> cannot be UTF-16/32, whatever it says
            # (browsers ignore such a declaration too); the checks below find its encoding.
            text = None if encoding.lower().replace("_", "-").startswith(("utf-16", "utf-32", "utf16", "utf32")) \
                else _try_decode(data, encoding)
    if text is None:
        text, encoding = _western_cp1252(data), "cp1252"
    if text is None:
        best = charset_normalizer.from_bytes(data).best()
        if best is None:
            return None, None, "undecodable: no text encoding fits these bytes"
        encoding = _canonical(best.encoding)
        text = _try_decode(data, encoding)
        if text is None:
            text, encoding = str(best), best.encoding
    if not text.strip():
        return None, None, "empty: file has only whitespace"
    if _looks_binary(text):
        return None, None, "binary: not text (many control characters)"
    return text, encoding, None


def normalize_newlines(text: str) -> str:
    """Mixed CRLF/CR/LF line endings become LF, so spans mean the same on every platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


# C1 control characters (U+0080-U+009F) never occur in prose: they are Windows-1252 punctuation
# (curly quotes, dashes, bullets) decoded as Latin-1 somewhere before the scrape reached us, and
# they show as empty boxes in a report (FA-KES has 45). Each becomes the character it stands for;
# the five bytes Windows-1252 leaves undefined are dropped.
C1_RE = re.compile("[\x80-\x9f]")
_C1_TO_CP1252 = {c: (bytes([c]).decode("cp1252", errors="ignore") or None) for c in range(0x80, 0xA0)}


def fix_c1_controls(text: str) -> str:
    """text with C1 control characters replaced by their Windows-1252 characters (see C1_RE)."""
    return text.translate(_C1_TO_CP1252) if C1_RE.search(text) else text


# Characters that print as nothing and mean nothing in English prose: a CMS's soft hyphens (&shy;),
# zero-width spaces, word joiners and a byte-order mark pasted mid-text. Scrapes carry them inside
# words and numbers ("civil\u00adians", "4\u200b0"), where they hid the toll from every pattern
# (fuzz11). Joiners that shape a script or an emoji (U+200C, U+200D) and direction marks are kept.
INVISIBLE_RE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def readable_text(text: str) -> str:
    """A raw text as the stages read it: LF line endings, no C1 control characters, no invisible
    characters (INVISIBLE_RE)."""
    return INVISIBLE_RE.sub("", fix_c1_controls(normalize_newlines(text)))


def _empty(value) -> bool:
    return value is None or (isinstance(value, float) and value != value) or str(value).strip() == ""


def _clean_str(value) -> str | None:
    return None if _empty(value) else fix_c1_controls(str(value)).strip()


def read_sidecar(raw_dir: Path, files: list[Path] | None = None,
                 date_order: str | None = None) -> tuple[dict[str, dict], list[str]]:
    """Read `metadata.csv` (what a scrape lost). Returns rows by file name and problems
    (unknown columns, files that do not exist) for the notebook to show. `files`: the
    folder's inputs when the caller has listed them already (a folder is listed once a run).
    `date_order`: "dm"/"md" from --columns date_order=, which reads its slash dates as it reads
    a corpus export's (it was applied to corpus files only); else decided from its values."""
    path = Path(raw_dir) / SIDECAR_NAME
    if not os.path.lexists(path):
        return {}, []
    unusable = input_problem(path)  # a FIFO is never opened (opening one waits for a writer forever)
    if unusable:
        return {}, [f"{SIDECAR_IGNORED}{unusable})"]
    data, problem = _read_bytes(path)
    text, _, problem = decode_bytes(data) if data is not None else (None, None, problem)
    if text is None:
        return {}, [f"{SIDECAR_IGNORED}{problem})"]
    problems: list[str] = []
    text = normalize_newlines(text)
    try:
        # separated as its header says, as a corpus CSV is (csv_columns reads the header so)
        parsed = [_normalize_keys(r) for r in csv.DictReader(io.StringIO(text), delimiter=csv_delimiter(text.split("\n", 1)[0]))]
    except csv.Error as exc:
        return {}, [f"{SIDECAR_IGNORED}CSV could not be parsed: {exc})"]
    fields = csv_columns(text)
    where = _sidecar_columns(fields)
    if "file" not in where:
        return {}, [f"{SIDECAR_IGNORED}no column names the files: it needs one named "
                    f"{' or '.join(SIDECAR_ALIASES['file'])}; columns it reads: {', '.join(SIDECAR_COLUMNS)} "
                    f"(or a corpus file's names for them, as source for outlet or date for published); "
                    f"its columns: {', '.join(fields)})"]
    renamed = [f"{c} as {f}" for f, c in where.items() if c != f]
    if renamed:
        problems.append(f"{SIDECAR_NAME}: columns read under other names: {', '.join(renamed)}")
    unknown = [c for c in fields if c not in where.values()]
    if unknown:
        problems.append(f"{SIDECAR_NAME}: unknown columns ignored: {', '.join(unknown)}")
    parsed = [{f: row.get(c) for f, c in where.items()} for row in parsed]
    named: dict[str, tuple[int, dict]] = {}
    dates_read: Counter = Counter()
    published = [row.get("published") for row in parsed]
    slash = date_order or slash_order(published)  # one order for the file's slash dates
    serial = excel_serial_column(published)  # a column of Excel serial days (42444), read as such only whole
    mixed = mixed_slash_note(published)
    if mixed:
        problems.append(f"{SIDECAR_NAME}: {mixed}")
    if assumed := ambiguous_slash_note(published, date_order):  # as a corpus file's: m/d/y was a silent guess
        problems.append(f"{SIDECAR_NAME}: {assumed}")
    for line_no, row in enumerate(parsed, start=2):
        name = _clean_str(row.get("file"))
        if name is None:
            problems.append(f"{SIDECAR_NAME} line {line_no}: no file name; row ignored")
            continue
        key = _sidecar_key(name)
        if key is None:
            problems.append(f"{SIDECAR_NAME} line {line_no}: {name} is not a path inside the raw folder "
                            "(absolute or leading out with ..); give it relative to the raw folder; row ignored")
            continue
        if key in named:
            problems.append(f"{SIDECAR_NAME} line {line_no}: {name} listed twice; later row wins")
        values = {k: _clean_str(row.get(k)) for k in SIDECAR_COLUMNS if k != "file"}
        values["published"], date_format, date_warning = normalize_published(values["published"], slash=slash, serial=serial)
        if date_format:
            dates_read[date_format] += 1
        if date_warning:
            problems.append(f"{SIDECAR_NAME} line {line_no}: {date_warning}")
            values["date_warning"] = f"{SIDECAR_NAME}: {date_warning}"
        named[key] = (line_no, values)
    if set(dates_read) - {ISO}:
        problems.append(dates_note(SIDECAR_NAME, dates_read))
    files = list_inputs(Path(raw_dir)) if files is None else files
    rows = _match_sidecar(named, [_rel(p, Path(raw_dir)) for p in files], raw_dir, problems)
    return rows, problems


def _sidecar_columns(fields: list[str]) -> dict[str, str]:
    """metadata.csv's field -> the column it is read from: the first of SIDECAR_ALIASES[field]
    the header has that no earlier field took."""
    where: dict[str, str] = {}
    for field, names in SIDECAR_ALIASES.items():
        column = next((n for n in names if n in fields and n not in where.values()), None)
        if column is not None:
            where[field] = column
    return where


def says_sidecar_ignored(note: str) -> bool:
    """Whether a note is read_sidecar's for a metadata.csv it ignored whole."""
    return note.startswith(SIDECAR_IGNORED)


def _sidecar_key(name: str) -> str | None:
    """A sidecar file name as a normalised relative path ('./a.txt' and 'sub/../a.txt' are
    'a.txt'), or None when it points outside the raw folder."""
    if name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:[\\/]", name):
        return None
    key = posixpath.normpath(name.replace("\\", "/"))
    return None if key == ".." or key.startswith("../") else key


def _match_sidecar(named: dict[str, tuple[int, dict]], inputs: list[str], raw_dir, problems: list[str]) -> dict[str, dict]:
    """Sidecar rows by the input path they describe. A row matches its relative path; a bare
    name matches by base name only when exactly one input has it (two sub/a.txt files make
    'a.txt' ambiguous, and it is applied to neither). Every row that describes no input is a
    problem, with the input it probably meant when only the letter case differs."""
    paths = set(inputs)
    by_base: dict[str, list[str]] = {}
    for rel in inputs:
        by_base.setdefault(posixpath.basename(rel), []).append(rel)
    by_fold = {rel.casefold(): rel for rel in inputs}
    rows: dict[str, dict] = {}
    for key, (line_no, row) in named.items():
        where = f"{SIDECAR_NAME} line {line_no}: {key}"
        if key in paths:
            rows[key] = row
        elif "/" not in key and len(by_base.get(key, [])) == 1:
            rows.setdefault(by_base[key][0], row)
        elif "/" not in key and by_base.get(key):
            problems.append(f"{where} matches {', '.join(by_base[key])}; give the path of the one it describes; row ignored")
        elif key.casefold() in by_fold:
            problems.append(f"{where} does not exist in {raw_dir} (did you mean {by_fold[key.casefold()]}? letter case differs); row ignored")
        else:
            problems.append(f"{where} does not exist in {raw_dir}")
    return rows


def check_raw_dir(raw_dir: Path) -> None:
    """InputError unless raw_dir is a folder, saying how both ways in set it (QA8 7: a notebook
    user was told to pass --raw-dir)."""
    if not Path(raw_dir).is_dir():
        raise InputError(
            f"raw directory {raw_dir} does not exist or is not a directory: "
            "give the folder holding your .txt/.html/.jsonl/.csv articles (python -m analysis.pipeline --raw-dir "
            "FOLDER; in a notebook, set raw_dir in its parameters cell or run papermill with -p raw_dir FOLDER)"
        )


def list_inputs(raw_dir: Path) -> list[Path]:
    """Every entry under raw_dir that a researcher may expect to be read, sorted for
    determinism: regular files, links, FIFOs and other special files, hidden files and folders
    (listed, not entered), links to folders (listed, not followed) and folders that cannot be
    listed. `input_problem` says why one of them is not read, so each still gets a row. Only
    the top-level metadata.csv (the sidecar) is left out: it describes the others."""
    raw_dir = Path(raw_dir)
    check_raw_dir(raw_dir)
    found: list[Path] = []
    pending = [raw_dir]
    while pending:
        folder = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            found.append(folder)  # input_problem names it: a folder that could not be listed
            continue
        for entry in entries:
            path = Path(entry.path)
            if folder == raw_dir and entry.name == SIDECAR_NAME:
                continue
            try:
                real_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                real_dir = False
            if real_dir and not entry.name.startswith("."):
                pending.append(path)
            else:
                found.append(path)
    return sorted(found, key=lambda p: p.relative_to(raw_dir).as_posix())


# Status of a corpus record that repeats an earlier one's id and text: the article is read once.
DUPLICATE_RECORD = "duplicate_record"
# Status of an article file whose text (and title, outlet and date) an earlier file in sorted order
# already has: a page saved twice under two names ("x.html", "x copy.html") is one article, read
# once, as the earlier; counted twice it added its tolls and tone twice (QA7 4).
DUPLICATE_FILE = "duplicate_file"
REPEAT_STATUSES = (DUPLICATE_RECORD, DUPLICATE_FILE)  # read once, as the article they repeat: not rejected
# Status of an entry that is listed but deliberately not read (see input_problem).
IGNORED_STATUS = "ignored"


def input_problem(path: Path) -> str | None:
    """Why an entry of the raw folder is not read as an article, or None for a readable
    file (or a link to one). Decided from the directory entry alone: a FIFO is never opened
    (opening it would wait forever) and a link to a folder is never followed (a loop, or a
    folder outside the raw folder read as if it were inside)."""
    name = path.name
    if name.startswith("."):
        return f"{IGNORED_STATUS}: hidden file or folder (its name starts with '.'); rename it to read it"
    try:
        st = os.lstat(path)
    except OSError as exc:
        return f"unreadable: {type(exc).__name__}: {exc.strerror or exc}"
    if stat.S_ISLNK(st.st_mode):
        try:
            target = os.stat(path)
        except OSError:
            return "unreadable: broken symbolic link"
        if stat.S_ISDIR(target.st_mode):
            return (f"{IGNORED_STATUS}: symbolic link to a folder, not followed (a loop or a folder outside "
                    "the raw folder would be read); copy or move the folder in to read it")
        st = target
    if stat.S_ISDIR(st.st_mode):
        return "unreadable: folder could not be listed (check its permissions)"
    if not stat.S_ISREG(st.st_mode):
        return "unreadable: not a regular file (a FIFO, socket or device); save the article as a file"
    if name in IGNORED_NAMES:
        return f"{IGNORED_STATUS}: {name} is taken as notes, not an article; rename it to read it"
    return None


def display_path(rel: str) -> str:
    """A relative path as text that can be stored: a name that is not UTF-8 (bytes from an
    unpacked archive, held by Python as lone surrogates) gets its bytes as \\x escapes, so it
    stays unique and readable and can be written to any table."""
    try:
        rel.encode("utf-8")
        return rel
    except UnicodeEncodeError:
        return os.fsencode(rel).decode("utf-8", "backslashreplace")


def _rel(path: Path, raw_dir: Path) -> str:
    return display_path(path.relative_to(raw_dir).as_posix())


def _file_ids(files: list[Path], raw_dir: Path) -> dict[Path, str]:
    """Article id = path without suffix (stable across runs); the suffix is kept only when
    two inputs would otherwise share an id."""
    stems = [display_path(p.relative_to(raw_dir).with_suffix("").as_posix()) for p in files]
    counts = Counter(stems)
    return {p: (s if counts[s] == 1 else _rel(p, raw_dir)) for p, s in zip(files, stems)}


def _apply_sidecar(doc: RawDoc, row: dict | None) -> RawDoc:
    """The sidecar is the researcher's own correction, so it overrides what the file says."""
    if row:
        for key in ("outlet", "url", "published"):
            if row.get(key):
                setattr(doc, key, row[key])
        if row.get("date_warning"):
            doc.warnings.append(row["date_warning"])
    return doc


def _read_bytes(path: Path) -> tuple[bytes | None, str | None]:
    """File contents, or the reason they cannot be read (permissions, broken link, I/O error)."""
    try:
        return path.read_bytes(), None
    except OSError as exc:
        return None, f"unreadable: {type(exc).__name__}: {exc.strerror or exc}"


def _too_large(size: int, limit: int, what: str) -> str:
    return (
        f"too_large: {what} is {size / 1e6:.1f} MB, above the {limit / 1e6:.0f} MB limit "
        "(split it into articles or a .jsonl corpus)"
    )


def _normalize_keys(rec: dict, spelled: dict[str, str] | None = None) -> dict:
    """Column names as a researcher types them ('Text', ' id ') mean the canonical ones; each
    name's first spelling is put in `spelled` (for messages: 'Body', not 'body')."""
    if spelled is not None:
        for k in rec:
            if k is not None:
                spelled.setdefault(column_key(k), str(k).strip())
    return {column_key(k): v for k, v in rec.items() if k is not None}


class _LineFeed:
    """The lines a csv.reader reads, remembering those of the current record so that a
    record broken by a stray quote can be read again line by line (see _csv_records), and
    how many lines records read so far took beyond their first (`extra`: line - extra = row)."""

    def __init__(self, lines: Iterator[str]):
        self.lines = lines
        self.pushed: list[str] = []
        self.record: list[str] = []
        self.line_no = 0
        self.extra = 0

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self.pushed.pop() if self.pushed else next(self.lines)
        self.line_no += 1
        self.record.append(line)
        return line

    def start_record(self) -> int:
        """The number of the next record's first line."""
        self.record = []
        return self.line_no + 1

    def reread_after_first(self) -> None:
        """Read the current record's lines after its first one again, as new records."""
        rest = self.record[1:]
        self.pushed.extend(reversed(rest))
        self.line_no -= len(rest)
        self.record = self.record[:1]


# Separators of CSV exports: spreadsheets in many locales write ';', some tools a tab.
CSV_DELIMITERS = (",", ";", "\t")


def csv_delimiter(header_line: str) -> str:
    """The separator the header line uses most (',' on a tie or when it has none): a header
    names columns, and names rarely hold these characters."""
    return max(CSV_DELIMITERS, key=lambda d: (header_line.count(d), d == ","))


def _csv_records(lines: Iterator[str], header_out: list[str],
                 spelled: dict[str, str] | None = None,
                 folded: list[tuple[str, list[str]]] | None = None) -> Iterator[tuple[int, int, dict | None, str | None]]:
    """Yield (line number, row number, record or None, problem); a bad row is reported and
    reading goes on (with a record, the problem is a warning: a short row is padded). The normalised header is put in `header_out` before the first record,
    and each name as the header spells it in `spelled`. Header cells that fold to one name
    ('Article Text', 'article_text') are one column: the cell spelled as the name is read
    (else the last), and `folded` gets (that cell, the others) for the file's note.
    The row is the record's row as a spreadsheet numbers it (the header is row 1): the line it
    starts on less the lines that quoted fields of earlier records ran over (see the module docstring).

    Quotes are read strictly: one unbalanced quote would otherwise swallow the records after
    it into one text field. When a record spanning several lines breaks on a quote, its first
    line is reported as malformed and the lines after it are read again as records of their own."""
    csv.field_size_limit(max(csv.field_size_limit(), MAX_ARTICLE_BYTES * MAX_RECORD_CHARS_PER_ARTICLE_BYTE))
    lines = iter(lines)
    try:
        first = next(lines)
    except StopIteration:
        return
    feed = _LineFeed(chain([first], lines))
    reader = csv.reader(feed, strict=True, delimiter=csv_delimiter(first))
    try:
        raw_header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        yield 1, 1, None, f"malformed: the CSV header could not be parsed ({exc})"
        return
    header = [column_key(h) for h in raw_header]  # duplicates kept: a row's cells line up with the header's
    keep = _kept_cells(raw_header, header, folded)
    _normalize_keys(dict.fromkeys(raw_header[i] for i in keep), spelled)
    feed.extra += len(feed.record) - 1
    header_out.extend(header)
    short: tuple[int, int, list[str]] | None = None  # a short row held until the next row is seen

    def held() -> Iterator[tuple[int, int, dict, str]]:
        """The held short row, padded, once: the next row did not join it into one record."""
        nonlocal short
        if short:
            kept, short = short, None
            yield _padded(*kept, header, keep)

    while True:
        n = feed.start_record()
        row = n - feed.extra
        try:
            cells = next(reader)
        except StopIteration:
            yield from held()
            return
        except _StreamError as exc:
            yield from held()
            exc.row = row
            raise
        except csv.Error as exc:
            yield from held()
            if len(feed.record) > 1:
                feed.reread_after_first()
                yield n, row, None, (f"malformed: line {n}: a quote opened here is not closed where the record "
                                     f"ends ({exc}); the lines after it are read as records of their own")
            else:
                yield n, row, None, f"malformed: line {n}: CSV could not be parsed ({exc})"
            continue
        feed.extra += len(feed.record) - 1
        if not any(c.strip() for c in cells):
            continue
        if short:
            sn, srow, scells = short
            if (len(cells) < len(header) and len(scells) + len(cells) == len(header) + 1
                    and _WORDS_RE.search(cells[0].strip()) and not _WORDS_RE.search(scells[0].strip())):
                # two short rows whose cells add up to one record and a cell split in two, the
                # second opening with the tail of a text where the first opens with an id-like
                # cell: a line break in an unquoted field, not two records (padded, they would
                # shift columns). Two rows that merely leave off trailing cells open alike.
                problem = (f"malformed: lines {sn}-{n}: a line break in an unquoted field splits one record "
                           f"in two ({len(scells)} + {len(cells)} cells, the header has {len(header)}); "
                           f"quote that field")
                short = None
                yield sn, srow, None, problem
                yield n, row, None, problem
                continue
        yield from held()
        if len(cells) > len(header):
            yield n, row, None, f"malformed: line {n} has {len(cells)} cells but the header has {len(header)}"
        elif len(cells) < len(header):
            short = (n, row, cells)
        else:
            yield n, row, {header[i]: cells[i] for i in keep}, None


_WORDS_RE = re.compile(r"\S\s+\S")  # a cell of several words: text, not an id
# What read_corpus recognises as a padded row's note (it counts them into one note per file).
PADDED_ROW = "fewer cells than the header"


def _kept_cells(raw_header: list[str], header: list[str], folded: list[tuple[str, list[str]]] | None = None) -> list[int]:
    """The header cells a row is read from, one per name as matched: where several cells fold
    to one name (a cleaned 'article_text' beside the original 'Article Text', review 8 item 5)
    the cell spelled exactly as the name (else the last one, as before the fold); `folded` gets
    (that cell, the others) as the header spells them. Identical cells stay as they were read."""
    cells: dict[str, list[int]] = {}
    for i, key in enumerate(header):
        cells.setdefault(key, []).append(i)
    keep = []
    for key, where in cells.items():
        exact = [i for i in where if str(raw_header[i]).strip() == key]
        kept = (exact or where)[-1]
        keep.append(kept)
        others = [str(raw_header[i]).strip() for i in where if str(raw_header[i]).strip() != str(raw_header[kept]).strip()]
        if others and folded is not None:
            folded.append((str(raw_header[kept]).strip(), others))
    return sorted(keep)


def folded_header_note(rel: str, folded: list[tuple[str, list[str]]]) -> list[str]:
    """A note per name several header cells fold to: which is read, which are not, what to do."""
    return [f"{rel}: columns {', '.join(repr(c) for c in others)} and {kept!r} are one name once spaces, hyphens and "
            f"case are set aside; only {kept!r} is read: rename the others in the header (e.g. add _2) "
            f"to keep them" for kept, others in folded]


def _padded(n: int, row: int, cells: list[str], header: list[str], keep: list[int]) -> tuple[int, int, dict, str]:
    """A row that leaves off trailing cells: many exporters omit empty ones, and pandas and
    csv.DictReader read them as empty, so a researcher expects the row, not its loss."""
    full = cells + [""] * (len(header) - len(cells))
    return n, row, {header[i]: full[i] for i in keep}, (
        f"line {n} has {PADDED_ROW} ({len(cells)} of {len(header)})")


def csv_columns(text: str) -> list[str]:
    """The header of a CSV corpus, normalised like its records' keys."""
    try:
        return [column_key(h) for h in next(csv.reader(io.StringIO(text), delimiter=csv_delimiter(text.split("\n", 1)[0])))]
    except (StopIteration, csv.Error):
        return []


def _jsonl_records(lines: Iterator[str], spelled: dict[str, str] | None = None) -> Iterator[tuple[int, int, dict | None, str | None]]:
    """Yield (line number, row number, record or None, problem), as _csv_records does; a JSONL
    record is one line, so its row is its line. A file none of whose first NOT_JSONL_LINES lines
    is JSON (a CSV or a text saved as .jsonl, or a link named .jsonl to one) is not JSON Lines:
    one row says so, not one per line; one good record among them and every line is its own row."""
    rows = _jsonl_rows(lines, spelled)
    held: list = []  # the lines so far, while none is JSON
    json_seen = False
    try:
        for row in rows:
            held.append(row)
            if row[2] is not None or _NOT_JSON not in (row[3] or ""):
                json_seen = True
                break
            if len(held) == NOT_JSONL_LINES:
                break
    except _StreamError:
        yield from held
        raise
    if json_seen:
        yield from held
        yield from rows
    elif held:
        first, last = held[0][0], held[-1][0]
        yield first, first, None, (
            f"malformed: not JSON Lines (no line of {first}-{last} is JSON), so the file is not read; "
            "if it is a CSV or a plain text, give it a .csv or .txt name")


# Lines a .jsonl file may open with that are not JSON before it is called 'not JSON Lines' (one
# row for the file): a few damaged records still leave the rest read, each bad line its own row.
NOT_JSONL_LINES = 20
_NOT_JSON = " is not valid JSON ("  # in _jsonl_rows' problem for a line json cannot parse


def _jsonl_rows(lines: Iterator[str], spelled: dict[str, str] | None = None) -> Iterator[tuple[int, int, dict | None, str | None]]:
    """_jsonl_records' rows, one per non-blank line (keys' spellings put in `spelled`)."""
    limit = MAX_ARTICLE_BYTES * MAX_RECORD_CHARS_PER_ARTICLE_BYTE
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if len(line) > limit:
            yield n, n, None, _too_large(len(line), limit, f"line {n}")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield n, n, None, f"malformed: line {n}{_NOT_JSON}{exc.msg})"
            continue
        except (ValueError, RecursionError) as exc:  # an integer over 4,300 digits; nesting past the stack
            what = (_DEEP_NESTING if isinstance(exc, RecursionError) else _LONG_NUMBER if "digits" in str(exc)
                    else f"cannot be read ({str(exc)[:100]}), {_FIX_LINE}")
            yield n, n, None, f"malformed: line {n} {what}"[:300]
            continue
        if not isinstance(rec, dict):
            yield n, n, None, f"malformed: line {n} is a JSON {type(rec).__name__}, not an object"
            continue
        yield n, n, _normalize_keys(flatten_record(rec), spelled), None


# How a JSONL record's nested object is named: its fields under dotted paths, as --columns names
# them (outlet=source.name) and as pandas.json_normalize and jq write them.
NESTED_SEPARATOR = "."


def flatten_record(rec: dict) -> dict:
    """A JSON record with each nested object's fields under dotted names, in the order written:
    {"source": {"id": null, "name": "Reuters"}} -> {"source.id": None, "source.name": "Reuters"}.
    The object's Python repr became an outlet name (QA8 1) and a nested text could not be named
    (QA8 2). An empty object is an empty value; a list is left as it is (_record_doc says so).
    Iterative: json.loads reads nesting deeper than recursion here would allow."""
    if not any(isinstance(v, dict) for v in rec.values()):
        return rec
    out: dict = {}
    stack = [("", iter(rec.items()))]
    while stack:
        prefix, items = stack[-1]
        for key, value in items:
            name = f"{prefix}{key}"
            if isinstance(value, dict) and value:
                stack.append((name + NESTED_SEPARATOR, iter(value.items())))
                break
            out.setdefault(name, None if isinstance(value, dict) else value)
        else:
            stack.pop()
    return out


class _StreamError(Exception):
    """Reading a corpus stopped at `line` (bytes that do not decode, or an I/O error), in the
    record of `row` (its line, unless a CSV reader says otherwise)."""

    def __init__(self, line: int, status: str):
        super().__init__(status)
        self.line, self.status, self.row = line, status, line


# Bytes that do not decode become this lone surrogate, which no strict decoder ever produces,
# so the line holding them is found without losing the lines decoded before them in the same
# buffer (TextIOWrapper decodes 8 KB at a time; a strict error would lose the whole buffer).
BAD_BYTES_MARK = "\udfff"
codecs.register_error("analysis-ingest-mark", lambda exc: (BAD_BYTES_MARK, exc.end))


SKIP_CHARS = 1 << 20  # characters read at a time while skipping the rest of an overlong line


def _bounded_lines(fh) -> Iterator[str]:
    """Lines of a text stream, each cut to one character past the record limit: a 600 MB
    line is never held whole (the readers see it is too long and report it as too_large or
    malformed); the rest of it is read in blocks and dropped."""
    limit = MAX_ARTICLE_BYTES * MAX_RECORD_CHARS_PER_ARTICLE_BYTE
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            while True:
                rest = fh.readline(SKIP_CHARS)
                if not rest or rest.endswith("\n"):
                    break
        yield line


def _checked_lines(fh, encoding: str | None) -> Iterator[str]:
    """Lines of a text stream (see _bounded_lines); raises _StreamError at the first line
    that did not decode."""
    n = 0
    try:
        for n, line in enumerate(_bounded_lines(fh), start=1):
            if BAD_BYTES_MARK in line:
                raise _StreamError(n, f"undecodable: line {n} is not valid {encoding}; reading stopped here "
                                      "(the records before it are kept)")
            yield line
    except OSError as exc:
        raise _StreamError(n + 1, f"unreadable: line {n + 1}: {type(exc).__name__}: {exc.strerror or exc}") from exc


def _head_cut(head: bytes) -> bytes:
    """The head up to its last line end, so its last character is not cut in half (UTF-16/32
    code units and surrogate pairs are kept whole). Without a line end, cut at the last space."""
    unit = 1
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        unit = 4
    elif head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head[:4096]:
        unit = 2
    end = head.rfind(b"\n")
    if end < 0:
        end = max(head.rfind(b" "), head.rfind(b"\t"))
    end = len(head) - 1 if end < 0 else end
    end = min(-(-(end + 1) // unit) * unit, len(head) // unit * unit)
    if unit == 2 and end >= 2:
        little = head.startswith(b"\xff\xfe") or head[1:2] == b"\x00"
        if 0xD8 <= head[end - 1 if little else end - 2] <= 0xDB:
            end -= 2  # a high surrogate whose pair is cut off
    return head[:end]


def _corpus_lines(path: Path) -> tuple[Iterator[str] | None, str | None, str | None]:
    """(lines, encoding, problem): the file's lines with newlines made LF, decoded with the
    encoding `decode_bytes` finds in its first HEAD_BYTES. A file that short is decoded whole
    (exactly as an article is); a longer one is streamed and never held in memory."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES + 1)
    except OSError as exc:
        return None, None, f"unreadable: {type(exc).__name__}: {exc.strerror or exc}"
    whole = len(head) <= HEAD_BYTES
    text, encoding, problem = decode_bytes(head if whole else _head_cut(head))
    if text is None:
        return None, None, problem
    if whole:
        return _checked_lines(io.StringIO(text, newline=None), encoding), encoding, None
    return _stream_lines(path, encoding), encoding, None


def _stream_lines(path: Path, encoding: str) -> Iterator[str]:
    try:
        raw = open(path, "rb")
    except OSError as exc:
        raise _StreamError(1, f"unreadable: {type(exc).__name__}: {exc.strerror or exc}") from exc
    with io.TextIOWrapper(raw, encoding=encoding, errors="analysis-ingest-mark", newline=None) as fh:
        yield from _checked_lines(fh, encoding)


def _text_field(rec: dict, key: str, column: str | None = None) -> tuple[str | None, str | None]:
    """(value, problem): a text field must be a string (a JSON number is no article either, QA8
    14: 12345 went on to tolls and tone); the problem names the `column` it was read from (QA8 2:
    'text' was named for a file's 'content')."""
    value = rec.get(key)
    if _empty(value):
        return None, None
    if isinstance(value, (dict, list, bool, int, float)):
        what = {list: "JSON list", dict: "JSON object", bool: "JSON true/false"}.get(type(value), "JSON number")
        return None, (f"malformed: column {column or key!r} holds a {what}, not text; name the column holding the "
                      f"article {key} with {COLUMNS_OPTION} {key}=COLUMN")
    return str(value), None


def _wordless_text(text: str, column: str) -> str | None:
    """The problem of a text with no word in any script: a CSV cell or JSON string "12345" is the
    JSON number's case, no article (it went on to tolls and tone as one, note 8). Asked only of a
    record with no usable HTML: exports fill the text of a record carrying its page with "-" or
    "0", and such a record is read from its HTML like any with both fields (rev9r 2)."""
    shown = wordless_shown(text)
    if shown is None:
        return None
    return (f"malformed: column {column!r} holds {shown}, a number or marks with no word, not text; "
            f"name the column holding the article text with {COLUMNS_OPTION} text=COLUMN")


NO_WORDS_SHOWN = 40  # characters of a wordless text a status shows: enough to recognise a number or date


def wordless_shown(text: str) -> str | None:
    """A text with no word in any script ('12345', '2016 - 12 - 03', '...!') as a status shows it
    (quoted, cut at NO_WORDS_SHOWN); None for a text with a word. No such text is an article,
    whatever holds it: a corpus cell (malformed, naming its column) or a file (no_body, rev9r 8)."""
    if any(ch.isalpha() for ch in text):
        return None
    shown = text.strip()
    return repr(shown if len(shown) <= NO_WORDS_SHOWN else shown[:NO_WORDS_SHOWN] + "...")


def _structured(value) -> bool:
    """A JSON list or object: no text for a field, and its repr is no outlet or title (QA8 1)."""
    return isinstance(value, (list, dict))


LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _without_surrogates(rec: dict) -> tuple[dict, list[str]]:
    """JSON may spell half a character ("\\ud83d"), which no table can store: each becomes
    U+FFFD, and the fields it happened in are named."""
    out, hit = {}, []
    for key, value in rec.items():
        if isinstance(value, str) and LONE_SURROGATE_RE.search(value):
            value = LONE_SURROGATE_RE.sub("\ufffd", value)
            hit.append(key)
        clean_key = LONE_SURROGATE_RE.sub("\ufffd", key)
        if clean_key != key:
            hit.append(clean_key)
        out[clean_key] = value
    return out, hit


def _record_doc(rec: dict, n: int, rel: str, encoding: str | None, columns: set[str] | None,
                mapping: dict[str, str] | None = None, dates_read: Counter | None = None,
                slash: str | None = None, warn_no_id: bool = True, row: int | None = None,
                spelled: dict[str, str] | None = None, mixed_slash: bool = False,
                unread: dict | None = None, file_columns=None, beside: dict[str, set[str]] | None = None,
                read_instead: dict | None = None, omitted: dict | None = None,
                field_columns: dict[str, list[str]] | None = None, serial: bool = False) -> RawDoc:
    """One corpus record as a RawDoc, its status naming what is wrong with it. Fields are
    taken from the columns `resolve_columns` picks (usual names or the explicit mapping), and
    `published` is read in the common date formats (tallied in `dates_read`; slash dates in the
    file's order `slash`). A record without an id is warned about unless `warn_no_id` is off
    (a file with no id column at all gets one note instead, from read_corpus); such a record
    is named rowN by its `row` (its line `n` when not given; see the module docstring).
    `unread`: (field, column) -> [values not read, values, first such, whether it is a list] for the file's note.
    `file_columns`: a JSONL file's columns (all its records' keys), on which a --columns name is
    looked up: a file that has the named column anywhere reads that field from it, or, in a record
    without it, from a usual name no record has beside it (`beside`, see resolve_columns), which
    `read_instead` tallies: (field, named column) -> {column read: [records, first line]}.
    `omitted` tallies the records that omit the key a field of KEYED_FIELDS is read from (the named
    column, or every key other records hold it under, `field_columns`), which read that field empty
    as a null does: field -> [records, their first lines]. `serial`: the file's date column is
    Excel serial days (metadata_dates.excel_serial_column)."""
    row = n if row is None else row
    rec, broken = _without_surrogates(rec)
    present = set(rec) if columns is None else columns
    where = resolve_columns(present, mapping, file_columns, beside)
    if read_instead is not None and beside is not None:
        for f, c in (mapping or {}).items():
            if where.get(f) not in (None, c) and c in beside:
                read_instead.setdefault((f, c), {}).setdefault(where[f], [0, n])[0] += 1
    if omitted is not None:
        for f in KEYED_FIELDS:
            named = (mapping or {}).get(f)
            if (named and where.get(f) == named and named not in rec) or (
                    f not in where and (field_columns or {}).get(f) and not (f == "text" and "html" in where)):
                tally = omitted.setdefault(f, [0, []])
                tally[0] += 1
                if len(tally[1]) < OMITTED_LINES_SHOWN:
                    tally[1].append(n)
    field = {f: None if _structured(v) and not v else v for f, c in where.items() for v in [rec.get(c)]}
    lost = [f for f in where if f not in ("text", "html") and _structured(field[f])]
    for f in lost:  # a list's repr is no outlet: left empty, said per record and for the file
        field[f] = None
    rid = _clean_str(field.get("id"))
    published, date_format, date_warning = normalize_published(_clean_str(field.get("published")), slash=slash, serial=serial)
    date_lost = unreadable(published)
    if date_lost:  # said here, where the file and line are known, not as a "metadata date"
        date_warning, published = f"date {published!r} could not be read{serial_hint(published)}; date taken from the text", None
    elif mixed_slash and published is not None:
        date_warning = mixed_file_slash_warning(field.get("published"), slash or "md")
    if unread is not None:
        for f, c in where.items():
            value = rec.get(c)
            if f in ("text", "html") or _empty(value) or (_structured(value) and not value):
                continue
            tally = unread.setdefault((f, spelling(c, spelled)), [0, 0, "", False])
            tally[1] += 1
            if f in lost or (f == "published" and date_lost):
                tally[0] += 1
                if not tally[2]:
                    tally[2:] = [f"line {n}" if f in lost else f"{str(value)!r} on line {n}", f in lost]
    doc = RawDoc(
        article_id="", source_path=rel, record_id=rid or f"row{row}", title=_clean_str(field.get("title")),
        outlet=_clean_str(field.get("outlet")), published=published,
        url=_clean_str(field.get("url")), encoding=encoding,
    )
    if dates_read is not None and date_format:
        dates_read[date_format] += 1
    if date_warning:
        doc.warnings.append(f"{rel} line {n}: {date_warning}")
    for f in lost:
        doc.warnings.append(f"{rel} line {n}: column {spelling(where[f], spelled)!r} holds a JSON list, "
                            f"not text; {SHOWN_FIELD.get(f, f)} left empty")
    if rid is None and warn_no_id:
        doc.warnings.append(f"record on line {n} has no 'id'; using row{row}")
    if broken:
        doc.warnings.append(f"line {n}: half a character (a lone surrogate) in {', '.join(broken)} replaced by U+FFFD")
    text_column = spelling(where.get("text", "text"), spelled)
    text, text_problem = _text_field(field, "text", text_column)
    html, html_problem = _text_field(field, "html", spelling(where.get("html", "html"), spelled))
    if text is not None and (html is None or html_problem):
        text_problem = _wordless_text(text, text_column)
    doc.text = readable_text(text) if text is not None else None
    doc.html = html
    if "text" not in where and "html" not in where:
        # a JSONL record has its own fields (the file's others may have a text): name its line
        doc.status = f"missing_column: {missing_text_message(rel if columns is not None else f'{rel} line {n}', present, mapping, spelled)}"
    elif text_problem or html_problem:
        doc.status = text_problem or html_problem
    elif doc.text is None and doc.html is None:
        doc.status = "missing_text: record has an empty text and html"
    else:
        size = len((doc.text or "").encode("utf-8")) + len((doc.html or "").encode("utf-8"))
        if size > MAX_ARTICLE_BYTES:
            doc.status = _too_large(size, MAX_ARTICLE_BYTES, f"record on line {n}")
            doc.text = doc.html = None
    return doc


# Fields whose key a JSONL record may omit (exporters leave out nulls) that a study misses:
# such a record's text, date or outlet is empty without a word, as a null's is.
KEYED_FIELDS = ("text", "published", "outlet")
OMITTED_LINES_SHOWN = 3  # the first lines of the records that omit a key, named in the file's note


DATES_READ_AS = ": dates read as "


def dates_note(rel: str, dates_read: Counter) -> str | None:
    """How a file's dates were read, e.g. 'fakes_dev.csv: dates read as m/d/y (381)'."""
    if not dates_read:
        return None
    parts = ", ".join(f"{fmt} ({n})" for fmt, n in sorted(dates_read.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"{rel}{DATES_READ_AS}{parts}"


def is_dates_note(note: str, rel: str) -> bool:
    """Whether a note is dates_note's for file rel: information on how its dates were read, not a problem."""
    return note.startswith(rel + DATES_READ_AS)


@dataclass
class _Survey:
    """What read_corpus must know of a whole corpus file before its first record is named:
    the slash-date order of its `published` values (a record's 03/04/2017 is read as the file's
    other dates say), and the columns of all its records (a JSONL record has its own fields, so
    its first one does not speak for the file): every column, the fields some record has, and
    the columns some record uses."""

    slash: str
    columns: list[str]
    fields: set[str]
    used: set[str]
    mixed_slash: str | None = None  # metadata_dates.mixed_slash_note: the file writes both orders
    spelled: dict[str, str] = field(default_factory=dict)  # column as matched -> as the file spells it
    folded: list[tuple[str, list[str]]] = field(default_factory=list)  # header cells read as one name (_kept_cells)
    beside: dict[str, set[str]] | None = None  # a JSONL's named column -> the columns of its records with it (resolve_columns)
    order_assumed: str | None = None  # metadata_dates.ambiguous_slash_note: no value decides the slash order
    field_columns: dict[str, list[str]] = field(default_factory=dict)  # a JSONL's field -> the keys its records hold it under
    serial: bool = False  # metadata_dates.excel_serial_column: the dates are Excel serial days


def _add_keys(columns: dict[str, None], rec: dict) -> bool:
    """Add the keys of a JSONL record that `columns` lacks (a file's columns are every record's
    keys, in the order first seen: each record has its own); whether there were any."""
    if columns.keys() >= rec.keys():
        return False
    columns.update(dict.fromkeys(rec))
    return True


def _beside(key_sets, mapping: dict[str, str] | None) -> dict[str, set[str]]:
    """Each --columns name some record has -> every column of the records that have it
    (resolve_columns' `beside`: a usual name never beside it is the same field renamed)."""
    named = set((mapping or {}).values())
    out: dict[str, set[str]] = {}
    for keys in key_sets:
        for column in named.intersection(keys):
            out.setdefault(column, set()).update(keys)
    return out


def _jsonl_fields(key_sets, mapping: dict[str, str] | None, columns,
                  field_columns: dict[str, list[str]] | None = None) -> tuple[set[str], set[str], dict[str, set[str]]]:
    """(fields some record has, columns some record uses, _beside) of a JSONL file, from its
    records' distinct key sets, resolved once all its `columns` are known; `field_columns` gets
    each field's columns, in the order first used (what a record omitting them lacks)."""
    beside = _beside(key_sets, mapping)
    fields: set[str] = set()
    used: set[str] = set()
    for keys in key_sets:
        where = resolve_columns(keys, mapping, columns, beside)
        fields.update(where)
        used.update(where.values())
        if field_columns is not None:
            for f, c in where.items():
                if c in keys and c not in field_columns.setdefault(f, []):
                    field_columns[f].append(c)
    return fields, used, beside


def _survey(path: Path, mapping: dict[str, str] | None) -> _Survey:
    """One pass over a corpus file before read_corpus's own. It cannot be folded into that pass
    without holding the file in memory (a corpus is streamed, one record at a time) or naming
    records out of order: a date early in the file is read in an order its last record may
    decide, and whether the file has an id column decides how its first id-less record is named."""
    header: list[str] = []
    columns: dict[str, None] = {}  # every column, in the order first seen
    fields: set[str] = set()
    used: set[str] = set()
    values: list = []
    lines, _, _ = _corpus_lines(path)
    jsonl = path.suffix.lower() == ".jsonl"
    spelled: dict[str, str] = {}
    folded: list[tuple[str, list[str]]] = []
    records = iter(()) if lines is None else _jsonl_records(lines, spelled) if jsonl else _csv_records(lines, header, spelled, folded)
    where: dict[str, str] = {}
    keys: tuple = ()
    key_sets: dict[tuple, None] = {}  # a JSONL file's distinct record key sets, resolved once its columns are all known
    named_date = (mapping or {}).get("published")
    named_values: list = []  # the named date column's values, read if the file has it anywhere (item 22)
    try:
        for _, _, rec, _ in records:
            if rec is None:
                continue
            if not jsonl and not columns:
                columns = dict.fromkeys(header)
                where = resolve_columns(header, mapping)
                fields.update(where)
                used.update(where.values())
            elif jsonl and tuple(rec) != keys:  # records of one export mostly share their keys
                keys = tuple(rec)
                _add_keys(columns, rec)
                key_sets[keys] = None
                where = resolve_columns(keys, mapping)
            if "published" in where:
                values.append(rec.get(where["published"]))
            named_values.append(rec.get(named_date) if named_date else None)
    except _StreamError:  # read_corpus reports it
        pass
    beside = None
    field_columns: dict[str, list[str]] = {}
    if jsonl:
        fields, used, beside = _jsonl_fields(key_sets, mapping, columns, field_columns)
    if jsonl and named_date in columns:
        values = named_values
    given = getattr(mapping, "date_order", None)  # --columns date_order=d/m/y
    return _Survey(given or slash_order(values), list(columns), fields, used, mixed_slash_note(values), spelled, folded,
                   beside, order_assumed=ambiguous_slash_note(values, given), field_columns=field_columns,
                   serial=excel_serial_column(values))


def _record_digest(*fields: str | None) -> bytes:
    """A short digest of a record's fields (None and '' apart), to find a repeated record."""
    joined = "\x00".join("\x01" if f is None else f for f in fields)
    return hashlib.blake2b(joined.encode("utf-8", "replace"), digest_size=8).digest()


def read_corpus(path: Path, raw_dir: Path, stem_id: str, mapping: dict[str, str] | None = None,
                notes: list[str] | None = None) -> Iterator[RawDoc]:
    """One RawDoc per record of a corpus file: `id`, `text` or `html`, optional `title`,
    `outlet`, `published`, `url`. Bad rows become docs with a status, never vanish. The file
    is streamed: memory holds one record, plus the record ids seen so far in this file and a short
    digest of each record without an id (to name duplicates). Bytes that do not decode stop the file with an `undecodable` record."""
    rel = _rel(path, raw_dir)
    lines, encoding, problem = _corpus_lines(path)
    if lines is None:
        yield RawDoc(article_id=stem_id, source_path=rel, status=problem or "unreadable")
        return
    header: list[str] = []
    if path.suffix.lower() == ".jsonl":
        records, columns = _jsonl_records(lines), None
    else:
        records, columns = _csv_records(lines, header), set()
    seen: Counter = Counter()
    first_text: dict[str, tuple[int, bytes]] = {}  # id -> line and text digest of its first ok record
    first_unnamed: dict[bytes, int] = {}  # a record without id: digest of its text and fields -> its line
    dates_read: Counter = Counter()
    unread: dict[tuple[str, str], list] = {}  # (field, column) -> [values not read, values, first, a list?]
    read_instead: dict[tuple[str, str], dict] = {}  # (field, named column) -> {column read instead: [records, first line]}
    omitted: dict[str, list] = {}  # field -> [records omitting its key, their first lines]
    survey = _survey(path, mapping)
    # whether any record has an id column: if none does, one note for the file, not a warning a record
    has_ids = "id" in survey.fields
    any_record = any_fields = False
    # rows read with trailing cells left off, and records with a text and an html: one note
    # for the file each, with a count and the first
    n_padded, first_padded, n_both, first_both = 0, "", 0, 0
    n_texts, n_cut, first_cut = 0, 0, 0  # texts, and texts an export cut short (CUT_MARK_RE), for one note
    n_url_again, first_url_again = 0, 0  # records repeating a url (taken as the id) with another text, for one note
    url_texts: dict[tuple[str, bytes], int] = {}  # (url, text digest) of such a record -> its line
    while True:
        try:
            n, row, rec, problem = next(records)
        except StopIteration:
            break
        except _StreamError as exc:
            n, row, rec, problem = exc.line, exc.row, None, exc.status
            records = iter(())
        if columns is not None and not columns:
            columns.update(header)
        any_record = True
        any_fields = any_fields or rec is not None
        if rec is None:
            doc = RawDoc(article_id="", source_path=rel, record_id=f"row{row}", status=problem, encoding=encoding)
        else:
            doc = _record_doc(rec, n, rel, encoding, columns, mapping, dates_read, survey.slash,
                              warn_no_id=has_ids, row=row, spelled=survey.spelled, mixed_slash=bool(survey.mixed_slash),
                              unread=unread, file_columns=survey.columns, beside=survey.beside,
                              read_instead=read_instead, omitted=omitted, field_columns=survey.field_columns,
                              serial=survey.serial)
            if problem:
                n_padded, first_padded = n_padded + 1, first_padded or problem
            if doc.text is not None and doc.html is not None:
                n_both, first_both = n_both + 1, first_both or n
            if doc.text is not None:
                n_texts += 1
                if (cut := CUT_MARK_RE.search(doc.text)) and cut.start():
                    doc.text = doc.text[:cut.start()]
                    n_cut, first_cut = n_cut + 1, first_cut or n
        rid = doc.record_id
        seen[rid] += 1
        doc.article_id = f"{stem_id}:{rid}" if seen[rid] == 1 else f"{stem_id}:{rid}#{seen[rid]}"
        if doc.status == "ok" and rec is not None and rid == f"row{row}":  # no id: named by its row
            # A repeat is recognised without ids too (QA6 A1: an export whose id column went
            # unnamed counted FA-KES's repeated rows twice). Without an id, "the same article"
            # is the same text under the same title, outlet and date: a wire text two outlets
            # ran stays two articles, as it does under two ids.
            same = _record_digest(doc.text or doc.html, doc.title, doc.outlet, doc.published)
            if same in first_unnamed:
                doc.status = (f"{DUPLICATE_RECORD}: repeats the article of line {first_unnamed[same]} "
                              f"(no id; same text, title, outlet and date), which is read once")
            else:
                first_unnamed[same] = n
        elif doc.status == "ok":
            digest = _record_digest(doc.text or doc.html)
            if seen[rid] == 1:
                first_text[rid] = (n, digest)
            elif (earlier := first_text[rid][0] if first_text.get(rid, (0, None))[1] == digest
                  else url_texts.get((rid, digest))):
                # Same id, same article: exports that code several incidents per article repeat it.
                # It is one article, so it is read once: counted again it would add its tolls and
                # its tone to its outlet a second time.
                doc.status = (f"{DUPLICATE_RECORD}: repeats the article of line {earlier} "
                              f"(same id and text), which is read once")
            elif not (mapping or {}).get("id") and rid == doc.url:
                # The url stands in for an id nobody named (QA10 F5), and GDELT lists a page again
                # when it is updated: another text under it is another article, read as url#N (rev10r).
                url_texts[(rid, digest)] = n
                n_url_again, first_url_again = n_url_again + 1, first_url_again or n
            else:
                doc.status = (f"duplicate_id: id {rid!r} already used earlier in {rel} for a different text; "
                              f"give each article its own id (or name another id column with --columns id=COLUMN)")
        yield doc
    if not any_record:
        yield RawDoc(article_id=stem_id, source_path=rel, status="empty: corpus file has no records", encoding=encoding)
    if notes is not None and any_fields:
        has_text = "text" in survey.fields or "html" in survey.fields
        unused = unused_columns_note(rel, survey.columns, mapping, used=survey.used, spelled=survey.spelled) if has_text else None
        no_ids = None if has_ids else (f"{rel}: no id column; records are named rowN by their row as a spreadsheet "
                                       f"numbers it (name the column holding ids with {COLUMNS_OPTION} id=COLUMN)")
        short = (f"{rel}: {counted(n_padded, 'rows')} with {PADDED_ROW} read with the missing last cells empty, "
                 f"as pandas reads them (first: {first_padded})") if n_padded else None
        both = (f"{rel}: {counted(n_both, Worded('records have', 'record has'))} both a text and an html field (first: line {first_both}); "
                f"the HTML is read (it carries the title and date), the text is not") if n_both else None
        mixed = f"{rel}: {survey.mixed_slash}" if survey.mixed_slash else None
        assumed = f"{rel}: {survey.order_assumed}" if survey.order_assumed else None
        page_dates = page_date_note(rel, survey.columns, mapping, survey.spelled)
        notes.extend(folded_header_note(rel, survey.folded))
        if n_cut:
            notes.append(truncated_texts_note(rel, n_cut, n_texts, f"line {first_cut}"))
        if fallback := fallback_note(rel, survey.columns, mapping, survey.spelled):
            notes.append(fallback)
        if untitled := untitled_note(rel, survey.fields):
            notes.append(untitled)
        if n_url_again:
            notes.append(f"{rel}: {counted(n_url_again, Worded('records repeat', 'record repeats'))} an earlier record's url "
                         f"with another text (first: line {first_url_again}); with no id column the url is the id, so "
                         f"each is read as an article of its own, named url#N (an updated page listed again); if the "
                         f"file has ids, name their column with {COLUMNS_OPTION} id=COLUMN")
        notes.extend(n for n in (dates_note(rel, dates_read), mixed, assumed, page_dates, unused, no_ids, short, both) if n)
        notes.extend(_unread_notes(rel, unread))
        notes.extend(renamed_column_note(rel, f, c, read, survey.spelled, mapping) for (f, c), read in read_instead.items())
        notes.extend(omitted_key_note(rel, f, (mapping or {}).get(f) and [mapping[f]] or survey.field_columns.get(f, []),
                                      count, lines, bool((mapping or {}).get(f)), survey.spelled, mapping)
                     for f, (count, lines) in omitted.items())


def _unread_notes(rel: str, unread: dict[tuple[str, str], list]) -> list[str]:
    """A note for each column whose values could not be read: dates when most of them (a few
    odd ones are each row's warning; most is a format no reader knows, QA8 3), any JSON lists or
    objects in another field (QA8 1)."""
    return [unread_values_note(rel, f, column, bad, total, first, listed) for (f, column), (bad, total, first, listed)
            in unread.items() if bad and (listed or 2 * bad > total)]


# What to do with a JSONL line json cannot read at all (a number or nesting past Python's limits):
# one home for the advice, so every such status says what to do, not only what is wrong (QA6 B12).
_FIX_LINE = "so the export is probably damaged there; fix or delete that line in the file (the other lines are read)"
# What a line with an integer past Python's digit limit gets instead of Python's own advice
# ("use sys.set_int_max_str_digits()"), which a journalist cannot act on.
_LONG_NUMBER = (f"cannot be read: it holds a number of more than {sys.get_int_max_str_digits():,} digits, longer than any "
                f"real field, {_FIX_LINE}")
_DEEP_NESTING = f"is nested too deeply to read (more levels than any real record has), {_FIX_LINE}"


# Suffixes of compressed files and the command that unpacks each (a user's .jsonl.gz export).
COMPRESSED_SUFFIXES = {".gz": "gunzip", ".bz2": "bunzip2", ".xz": "unxz", ".zst": "unzstd", ".zip": "unzip"}


def unsupported_status(path: Path) -> str:
    """The `unsupported_format` status of a file whose suffix is not read, with what to do."""
    suffix = path.suffix.lower()
    accepted = "accepted: .txt .html .htm .jsonl .csv"
    if suffix in COMPRESSED_SUFFIXES:
        return (f"unsupported_format: {path.name} is compressed ({suffix}); decompress it first "
                f"({COMPRESSED_SUFFIXES[suffix]} {path.name}) and run again ({accepted})")
    example = SAVE_AS_HINTS.get(suffix, "e.g. text copied out of a PDF as .txt").format(name=path.name, stem=path.stem)
    return f"unsupported_format: {suffix or 'no suffix'} ({accepted}); save it as one of these ({example})"


# How to save a spreadsheet's file as a corpus (QA8 10c: an .xlsx was told to copy text out of a PDF).
SPREADSHEET_HINT = "a spreadsheet: File > Save As > CSV UTF-8, one article a row"
SAVE_AS_HINTS = dict.fromkeys((".xlsx", ".xls", ".xlsm", ".ods", ".numbers"), SPREADSHEET_HINT)
# Other exports a researcher has at hand (review 8 item 17: all were told to copy text out of a
# PDF); {name} and {stem} are the file's. Word-processor files are one article each, as a .txt is.
SAVE_AS_HINTS.update({
    ".ndjson": "the same one-JSON-object-a-line format as .jsonl: rename {name} to {stem}.jsonl",
    ".tsv": "a tab-separated CSV is read as .csv: rename {name} to {stem}.csv",
    ".json": "one JSON object a line as .jsonl; for NewsAPI's response file: jq -c '.articles[]' {name} > {stem}.jsonl",
    ".parquet": "a Parquet table: read it with pandas.read_parquet('{name}') and save it with DataFrame.to_csv as {stem}.csv",
    **dict.fromkeys((".docx", ".doc", ".odt", ".rtf"), "a document: File > Save As > Plain Text (.txt), one article a file"),
})


# A header cell is a column name: short and one line (an article's first line that holds a tab
# is a sentence or a headline longer than this, or ends in a full stop).
MAX_HEADER_CELL_CHARS = 40
# Full data rows (as many cells as the header) a table needs: with two, header and rows take three
# tabbed lines, which an article with a tab or two never has (with one, a tab in the title and a
# quote opening a tabbed line could pass).
MIN_TABLE_ROWS = 2
# A header and one row (Excel's export of a sheet holding one article) are two tabbed lines, as a
# title and a line of prose with a tab each may be: so one row is a table only when its header names
# the column the CSV reader would read as the text ('Text', 'article_content') and both lines parse
# as strict tab-separated CSV (no quote merging prose lines into a row).
ONE_ROW = 1


def tab_table_shape(text: str) -> tuple[list[str], int] | None:
    """(header cells, data rows) when a .txt is a tab-separated table, not one article (QA10 F15: Excel's
    "Unicode Text (*.txt)" export became one article of 30 rows): its first line splits on tabs
    into two or more short column names; every other record, read as tab-separated CSV (Excel
    quotes a cell holding a line break), has at most that many cells, most records split on a tab
    and MIN_TABLE_ROWS or more are full. Rows may be short because Excel (and any editor that trims
    trailing whitespace) drops the tabs of empty trailing cells. An article with a tab or two has
    mostly untabbed lines, so it is never caught."""
    first = text.split("\n", 1)[0].strip("\r")
    if "\t" not in first:
        return None
    try:
        rows = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter="\t") if any(c.strip() for c in row)]
    except csv.Error:
        return None
    header = [cell.strip() for cell in rows[0]] if rows else []
    data = rows[1:]
    full = sum(len(row) == len(header) for row in data)
    tabbed = sum(len(row) > 1 for row in data)
    one_row = len(data) == full == ONE_ROW and _names_text_column(header) and _strict_tab_csv(text)
    if (len(header) < 2 or (full < MIN_TABLE_ROWS and not one_row) or 2 * tabbed <= len(data)
            or any(len(row) > len(header) for row in data)
            or not all(0 < len(cell) <= MAX_HEADER_CELL_CHARS and not cell.endswith(".") for cell in header)):
        return None
    return header, len(data)


def _names_text_column(header: list[str]) -> bool:
    """Whether a header names the text column as the corpus reader finds it (a usual name, or a name
    likely_columns surely reads as the text: 'Article Text')."""
    return "text" in resolve_columns([column_key(c) for c in header]) or "text" in likely_columns(["text"], header)


def _strict_tab_csv(text: str) -> bool:
    """Whether `text` parses as tab-separated CSV with strict quoting (a cell's quotes close it)."""
    try:
        for _ in csv.reader(io.StringIO(text, newline=""), delimiter="\t", strict=True):
            pass
    except csv.Error:
        return False
    return True


def table_status(path: Path, columns: list[str], rows: int) -> str:
    """The `unsupported_format` status of a .txt that is a tab-separated table, with what to do."""
    shown = ", ".join(columns[:6]) + (", ..." if len(columns) > 6 else "")
    return (f"unsupported_format: {path.name} looks like a tab-separated table ({len(columns)} columns: {shown}; "
            f"{counted(rows, 'rows')}), not one article: rename {path.name} to {path.stem}.csv to read one article a row "
            f"(a tab-separated CSV is read as .csv)")


def read_file(path: Path, raw_dir: Path, article_id: str, mapping: dict[str, str] | None = None,
              notes: list[str] | None = None) -> Iterator[RawDoc]:
    """Docs from one input file, whatever its format."""
    suffix = path.suffix.lower()
    rel = _rel(path, raw_dir)
    problem = input_problem(path)
    if problem is not None:
        yield RawDoc(article_id=article_id, source_path=rel, status=problem)
        return
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | CORPUS_SUFFIXES:
        yield RawDoc(article_id=article_id, source_path=rel, status=unsupported_status(path))
        return
    if suffix in CORPUS_SUFFIXES:
        yield from read_corpus(path, raw_dir, article_id, mapping, notes)
        return
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        yield RawDoc(article_id=article_id, source_path=rel, status=_too_large(size, MAX_ARTICLE_BYTES, "file"))
        return
    data, problem = _read_bytes(path)
    text, encoding, decode_problem = decode_bytes(data, html=suffix in HTML_SUFFIXES) if data is not None else (None, None, problem)
    if text is None:
        yield RawDoc(article_id=article_id, source_path=rel, status=decode_problem or "unreadable")
        return
    table = tab_table_shape(text) if suffix in TEXT_SUFFIXES else None
    if table is not None:
        yield RawDoc(article_id=article_id, source_path=rel, encoding=encoding, status=table_status(path, *table))
        return
    doc = RawDoc(article_id=article_id, source_path=rel, encoding=encoding)
    if suffix in HTML_SUFFIXES:
        doc.html = text
    else:
        doc.text = readable_text(text)
    yield doc


# The names file managers and browsers give a second copy of "name.ext": "name copy.ext" and
# "name copy 2.ext" (macOS), "name - Copy.ext" and "name - Copy (2).ext" (Windows), "name (1).ext"
# (downloads), "name-2.ext" / "name_2.ext" (save-as dialogs). Only a name whose original is
# also an input counts as a copy's name.
COPY_NAME_RE = re.compile(r"^(?P<original>.+?)(?: copy(?: \d+)?| - copy(?: \(\d+\))?| \(\d+\)|[-_]\d+)$", re.IGNORECASE)
# What metadata.csv may give a file: two files with one text are two articles when one of these,
# given for both, differs (a wire text two outlets ran, each at its own address and date).
TELLS_APART = ("title", "outlet", "published", "url")


def copies_after_originals(files: list[Path]) -> list[Path]:
    """files in sorted order, except that a copy's name ("report copy.txt", "report (1).txt",
    "report-2.txt") comes right after its original ("report.txt") when both are inputs, so that
    of two identical files the original is the one kept (" " and "(" sort before ".")."""
    present = {p.as_posix() for p in files}

    def key(path: Path) -> tuple[str, int, str]:
        match = COPY_NAME_RE.match(path.stem)
        original = match and path.with_name(match["original"] + path.suffix).as_posix()
        return (original, 1, path.as_posix()) if original in present else (path.as_posix(), 0, "")
    return sorted(files, key=key)


def _repeated_file(doc: RawDoc, rel: str, first_file: dict[bytes, list[tuple]]) -> RawDoc:
    """doc with status DUPLICATE_FILE when an earlier file has the same text or page and no
    title, outlet, date or url that both state differs (a file metadata.csv does not describe, a
    stray copy, is the same article as its described original; a wire text two outlets ran, told
    apart by metadata.csv, stays two articles); else doc, remembered. A corpus record is a
    DUPLICATE_RECORD when an earlier corpus file has a record with its id (or row), text, title,
    outlet, date and url: a corpus saved twice ("fakes_dev (1).csv") doubled every count and made
    a tone finding of it (QA7 1); repeats inside one file are read_corpus's."""
    if doc.status != "ok":
        return doc
    same = _record_digest("html" if doc.html is not None else "text", doc.html if doc.html is not None else doc.text)
    fields = tuple(getattr(doc, f) for f in TELLS_APART)
    for earlier, stated, rid in first_file.get(same, []):
        if doc.record_id is not None:
            if earlier != rel and rid == doc.record_id and fields == stated:
                doc.status = (f"{DUPLICATE_RECORD}: the same record (id {rid}, same text, title, outlet and date) "
                              f"as in {display_path(earlier)}, which is read once")
                return doc
        elif rid is None and all(a is None or b is None or a == b for a, b in zip(fields, stated)):
            doc.status = (f"{DUPLICATE_FILE}: same article as {display_path(earlier)} (same text; metadata.csv "
                          "gives them no other title, outlet, date or url), which is read once")
            return doc
    first_file.setdefault(same, []).append((rel, fields, doc.record_id))
    return doc


def _later_roots(files: list[Path], ids: dict[Path, str]) -> tuple[dict[str, int], dict[str, int]]:
    """For each input id, the index of the last input with that id; the same for corpus stems.
    An input with id x makes only ids x and x#n (and x:... if it is a corpus), so an id can
    clash with a later input only if such a root, cut at '#' or ':', is a later input's."""
    last_any: dict[str, int] = {}
    last_corpus: dict[str, int] = {}
    for i, path in enumerate(files):
        last_any[ids[path]] = i
        if path.suffix.lower() in CORPUS_SUFFIXES:
            last_corpus[ids[path]] = i
    return last_any, last_corpus


def _may_recur(article_id: str, after: int, last_any: dict[str, int], last_corpus: dict[str, int]) -> bool:
    """Whether an input after index `after` can make this article id."""
    if last_any.get(article_id, -1) > after:
        return True
    for k, ch in enumerate(article_id):
        if ch == "#" and last_any.get(article_id[:k], -1) > after:
            return True
        if ch == ":" and last_corpus.get(article_id[:k], -1) > after:
            return True
    return False


def iter_raw(raw_dir: str | Path, files: list[Path] | None = None, sidecar: dict[str, dict] | None = None,
             columns: str | dict | None = None, notes: list[str] | None = None) -> Iterator[RawDoc]:
    """All documents in raw_dir, in a stable order, with sidecar metadata applied. Article ids
    are unique: a clash (say `a.jsonl` record `x` and a file `a:x.txt`) gets a `#n` suffix.

    Memory: the ids of the current input are remembered (a corpus's duplicate ids are named
    within the file), and after each input only the ids a later input could also make (see
    `_may_recur`; usually none), so a directory of many files holds a handful of ids and one
    big corpus file holds its own ids only (about 100 bytes each, twice: here and in
    `read_corpus`)."""
    raw_dir = Path(raw_dir)
    mapping = parse_column_mapping(columns)
    if files is None:  # a caller that already listed the folder / read the sidecar passes them
        files = list_inputs(raw_dir)
    if sidecar is None:
        sidecar, _ = read_sidecar(raw_dir, files, mapping.date_order)
    files = copies_after_originals(files)
    ids = _file_ids(files, raw_dir)
    last_any, last_corpus = _later_roots(files, ids)
    used: set[str] = set()
    first_file: dict[bytes, list[tuple]] = {}  # a text digest -> the files (and record ids) kept with it and their fields
    for i, path in enumerate(files):
        rel = _rel(path, raw_dir)
        row = sidecar.get(rel)
        for doc in read_file(path, raw_dir, ids[path], mapping, notes):
            if rel != path.relative_to(raw_dir).as_posix():
                doc.warnings.append("file name is not valid UTF-8; its bytes are shown as \\x escapes")
            base, n = doc.article_id, 1
            while doc.article_id in used:
                n += 1
                doc.article_id = f"{base}#{n}"
            used.add(doc.article_id)
            yield _repeated_file(_apply_sidecar(doc, row), rel, first_file)
        used = {a for a in used if _may_recur(a, i, last_any, last_corpus)}


class _KeysSoFar:
    """A JSONL file's columns as far as its pre-run scan read, which `rest` reads on from where
    the scan stopped (never from the start again: one pass over a big file at most)."""

    def __init__(self, records: Iterator):
        self.records = records
        self.columns: dict[str, None] = {}  # every record key, in the order first seen
        self.key_sets: dict[tuple, None] = {}  # the distinct key sets (resolve_columns per record shape)

    def add(self, rec: dict) -> bool:
        """Take a record's keys; whether the file's columns grew."""
        self.key_sets[tuple(rec)] = None
        return _add_keys(self.columns, rec)

    def scan(self, enough: Callable[[list[str]], bool] | None = None) -> None:
        """Read records up to the first at which enough(columns so far) holds, or to the end."""
        try:
            for _, _, rec, _ in self.records:
                if rec is not None and self.add(rec) and enough is not None and enough(list(self.columns)):
                    return
        except _StreamError:
            # bad bytes later in the file: read_file reports them; the columns seen before
            # them still speak for the file (a mistyped --columns must not slip through)
            pass
        self.records = iter(())

    def rest(self) -> "_KeysSoFar":
        self.scan()
        return self


def _corpus_files_columns(raw_dir: Path, enough: Callable[[list[str]], bool],
                          folded: dict[Path, list] | None = None,
                          files: list[Path] | None = None) -> Iterator[tuple[Path, list[str], dict[str, str], _KeysSoFar | None]]:
    """Each readable corpus file in raw_dir (or of `files`) with its columns: the CSV header; for
    JSONL, where each record has its own fields, the fields of its records up to the first at
    which `enough(columns so far)` holds (all of them when it never does), so one odd first
    record does not speak for the file, and the scan (_KeysSoFar) to read on with. Files that
    cannot be read are left to read_file to report. Also each column's spelling in a CSV header
    ('Text' for 'text'), for the messages; `folded` gets a CSV's header cells read as one name
    (_kept_cells)."""
    for path in list_inputs(raw_dir) if files is None else files:
        if path.suffix.lower() not in CORPUS_SUFFIXES or input_problem(path):
            continue
        lines, _, _ = _corpus_lines(path)
        if lines is None:
            continue
        present: list[str] = []
        spelled: dict[str, str] = {}
        scan = None
        if path.suffix.lower() == ".csv":
            cells: list[tuple[str, list[str]]] = []
            try:
                next(_csv_records(lines, present, spelled, cells), None)
            except _StreamError:  # read_file reports it; the header read speaks for the file
                pass
            if cells and folded is not None:
                folded[path] = cells
        else:
            scan = _KeysSoFar(_jsonl_records(lines, spelled))
            scan.scan(enough)
            present = list(scan.columns)
        if present:
            yield path, present, spelled, scan


def corpus_column_problems(raw_dir: str | Path, columns: str | dict | None = None,
                           notes: list[str] | None = None) -> tuple[list[str], list[str]]:
    """One pass over the columns of each corpus file in raw_dir (the CSV header, the JSONL
    records' fields up to the first record at which both checks are settled), for two lists
    of one line per file: (1) files that lack a column the --columns mapping names (in a JSONL
    file: that no record has), as a mistyped name would otherwise be ignored and the field read
    from a usual name; (2) files whose columns hold no article text under any usual name or the
    mapping: a run on it would give nothing but missing_column rows. `notes` gets, for files
    with a text column, the unused_columns_note of those that leave a field without its column
    (the pipeline prints them before the run, where the user looks), and the page_date_note of
    those whose pages' own dates a named date column replaces."""
    raw_dir = Path(raw_dir)
    mapping = parse_column_mapping(columns)
    if not raw_dir.is_dir():
        return [], []
    named = set(mapping.values())

    def has_text(seen: list[str]) -> bool:
        return bool({"text", "html"} & set(resolve_columns(seen, mapping)))

    textless = []
    surveyed = []  # (file as shown, its columns, their spelling)
    folded: dict[Path, list] = {}
    for path, present, spelled, scan in _corpus_files_columns(raw_dir, lambda seen: named <= set(seen) and has_text(seen), folded):
        shown = display_path(str(path))
        surveyed.append((shown, present, spelled))
        if notes is not None:
            notes.extend(folded_header_note(shown, folded.get(path, [])))
            if has_text(present) and (fallback := fallback_note(shown, present, mapping, spelled)):
                notes.append(fallback)
        if not has_text(present):
            textless.append(missing_text_message(shown, present, mapping, spelled))
        elif notes is not None:
            note = unused_columns_note(shown, present, mapping, spelled=spelled)
            if note and leaves_field_unread(note) and scan is not None:
                # the scan stopped at the first record with text; a field a later record has
                # is no missing column: before warning, read on to the last record, as
                # read_corpus's survey does (only then, and from where the scan stopped: one pass)
                present = list(scan.rest().columns)
                _, used, _ = _jsonl_fields(scan.key_sets, mapping, present)
                note = unused_columns_note(shown, present, mapping, used=used, spelled=spelled)
            if note and leaves_field_unread(note):
                notes.append(note)
            if page_dates := page_date_note(shown, present, mapping, spelled):
                notes.append(page_dates)
    if mapping and notes is not None and not any(p.suffix.lower() in CORPUS_SUFFIXES for p in list_inputs(raw_dir)):
        notes.append(no_corpus_note(raw_dir, mapping))
    return _absent_everywhere(surveyed, mapping), textless


# How date_order_unused_note says --columns date_order= had nothing to read (says_order_unused finds
# it, so the pipeline prints it after notebook 01 and the index shows it).
ORDER_UNUSED = " is not used: it says how the slash dates of "


def date_order_unused_note(files: list[Path], sidecar: dict[str, dict], date_order: str | None) -> str | None:
    """The warning for --columns date_order= over a folder where it reads nothing: no corpus file,
    no text or HTML file (whose own slash dates it reads too) and no date from metadata.csv (it was
    ignored without a word); None when it applies."""
    read = CORPUS_SUFFIXES | TEXT_SUFFIXES | HTML_SUFFIXES
    if not date_order or any(p.suffix.lower() in read for p in files) \
            or any(row.get("published") or row.get("date_warning") for row in sidecar.values()):
        return None
    typed = f"{DATE_ORDER_KEY}={EU_SLASH if date_order == 'dm' else US_SLASH}"
    # "option" first: a note opening with "-" is written to input_notes.csv behind a "'" (a formula guard)
    return (f"option {COLUMNS_OPTION} {typed}{ORDER_UNUSED}{' and '.join(sorted(CORPUS_SUFFIXES))} corpus files' date columns, "
            f"of {SIDECAR_NAME}'s published column and in text and HTML files are written, and this raw folder has "
            f"none of those files and {SIDECAR_NAME} gives none of its files a date; drop the option")


def says_order_unused(note: str) -> bool:
    """Whether a note is date_order_unused_note's."""
    return ORDER_UNUSED in note


def no_corpus_note(raw_dir: Path, mapping) -> str:
    """The warning for --columns given over a folder without a corpus file: it names columns of
    .csv/.jsonl files only, and was ignored without a word (review 8 item 11)."""
    given = ",".join(f"{SHOWN_FIELD.get(f, f)}={spelling(c, None, mapping)}" for f, c in mapping.items())
    return (f"{display_path(str(raw_dir))}: {COLUMNS_OPTION} {given} is not used: it names columns of "
            f"{' and '.join(sorted(CORPUS_SUFFIXES))} corpus files, and this raw folder has none "
            f"(its other files are read as they are); drop the option or put the corpus export in the folder")


def _absent_everywhere(surveyed: list[tuple[str, list[str], dict[str, str]]], mapping) -> list[str]:
    """The lines for --columns names that no corpus file has (a typo): a name some file has is
    read there, and the others read that field from their usual names (QA8 4: one name stopped
    a folder mixing two exports, and switched off the other file's own column)."""
    have = set().union(*(set(present) for _, present, _ in surveyed)) if surveyed else set()
    nowhere = type(mapping)({f: c for f, c in mapping.items() if c not in have}, typed=mapping.typed)
    if not nowhere:
        return []
    return [m for shown, present, spelled in surveyed
            if (m := absent_mapping_message(shown, present, nowhere, spelled, others=len(surveyed) - 1))][:1]


class ColumnsError(InputError):
    """A --columns (notebook `columns`) name that no corpus file in the raw folder has."""


def check_named_columns(raw_dir: str | Path, columns: str | dict | None) -> None:
    """Raise ColumnsError when a column `columns` names is in no corpus file: the pipeline's
    check before its run, made where notebook 01 reads, so a papermill run of the notebook
    stops too (QA8 6: it ran on, the field silently read from the usual names)."""
    mapping = parse_column_mapping(columns)
    raw_dir = Path(raw_dir)
    if not mapping or not raw_dir.is_dir():
        return
    named, found = set(mapping.values()), set()
    inputs = list_inputs(raw_dir)
    # CSV headers first (one line each), then JSONL records only until every name is found in
    # some file: a big JSONL without the name was read to its end although a CSV beside it had it
    order = sorted(inputs, key=lambda p: p.suffix.lower() == ".jsonl")
    surveyed: dict[Path, tuple[str, list[str], dict[str, str]]] = {}
    for path, present, spelled, _ in _corpus_files_columns(raw_dir, lambda seen: named <= found | set(seen), files=order):
        surveyed[path] = (display_path(str(path)), present, spelled)
        found.update(present)
        if named <= found:
            return
    absent = _absent_everywhere([surveyed[p] for p in inputs if p in surveyed], mapping)
    if absent:
        raise ColumnsError(absent[0])


def corpus_mapping_problems(raw_dir: str | Path, columns: str | dict | None = None) -> list[str]:
    """The first list of corpus_column_problems: files lacking a column --columns names."""
    return corpus_column_problems(raw_dir, columns)[0]


def corpus_text_problems(raw_dir: str | Path, columns: str | dict | None = None) -> list[str]:
    """The second list of corpus_column_problems: files with no article text column."""
    return corpus_column_problems(raw_dir, columns)[1]
