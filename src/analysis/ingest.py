"""Raw directory to documents: one `RawDoc` per input file or corpus record.

Raw data is immutable, so this module only reads. Nothing is dropped: a file or record that
cannot be read still yields a `RawDoc` whose `status` says why, so the article accounting in
notebook 01 adds up to the number of inputs.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import charset_normalizer

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
CORPUS_SUFFIXES = {".jsonl", ".csv"}
SIDECAR_NAME = "metadata.csv"
SIDECAR_COLUMNS = ("file", "outlet", "url", "published", "note")
# Files a researcher may keep beside the articles that are not articles.
IGNORED_NAMES = {SIDECAR_NAME, "README.md", "README.txt", ".gitkeep", ".DS_Store"}
# Magic numbers of formats that are certainly not text (a renamed image or archive).
BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"BM")


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


def decode_bytes(data: bytes) -> tuple[str | None, str | None, str | None]:
    """Return (text, encoding, problem). Scrapes come in any common encoding, so try the
    BOM, then strict UTF-8, then charset detection; refuse what looks binary."""
    if not data.strip():
        return None, None, "empty"
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc, None
            except UnicodeDecodeError:
                return None, None, f"undecodable: starts with a {enc} byte-order mark but is not {enc}"
    if data.startswith(BINARY_MAGIC) or b"\x00" in data[:4096]:
        return None, None, "binary: not text (looks like an image, archive or other binary file)"
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None, None, "undecodable: no text encoding fits these bytes"
    encoding = best.encoding
    # Western news sites mislabelled as latin-1 are nearly always cp1252 (curly quotes).
    if encoding in {"latin_1", "iso8859_1"}:
        encoding = "cp1252"
    try:
        return data.decode(encoding), encoding, None
    except UnicodeDecodeError:
        return str(best), best.encoding, None


def normalize_newlines(text: str) -> str:
    """Mixed CRLF/CR/LF line endings become LF, so spans mean the same on every platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _empty(value) -> bool:
    return value is None or (isinstance(value, float) and value != value) or str(value).strip() == ""


def _clean_str(value) -> str | None:
    return None if _empty(value) else str(value).strip()


def read_sidecar(raw_dir: Path) -> tuple[dict[str, dict], list[str]]:
    """Read `metadata.csv` (what a scrape lost). Returns rows by file name and problems
    (unknown columns, files that do not exist) for the notebook to show."""
    path = Path(raw_dir) / SIDECAR_NAME
    if not path.exists():
        return {}, []
    text, _, problem = decode_bytes(path.read_bytes())
    if text is None:
        return {}, [f"{SIDECAR_NAME}: ignored ({problem})"]
    rows: dict[str, dict] = {}
    problems: list[str] = []
    reader = csv.DictReader(io.StringIO(normalize_newlines(text)))
    fields = reader.fieldnames or []
    if "file" not in fields:
        return {}, [f"{SIDECAR_NAME}: ignored (no 'file' column; expected columns {', '.join(SIDECAR_COLUMNS)})"]
    unknown = [c for c in fields if c not in SIDECAR_COLUMNS]
    if unknown:
        problems.append(f"{SIDECAR_NAME}: unknown columns ignored: {', '.join(unknown)}")
    for line_no, row in enumerate(reader, start=2):
        name = _clean_str(row.get("file"))
        if name is None:
            problems.append(f"{SIDECAR_NAME} line {line_no}: no file name; row ignored")
            continue
        if name in rows:
            problems.append(f"{SIDECAR_NAME} line {line_no}: {name} listed twice; later row wins")
        rows[name] = {k: _clean_str(row.get(k)) for k in SIDECAR_COLUMNS if k != "file"}
        if not (Path(raw_dir) / name).exists():
            problems.append(f"{SIDECAR_NAME} line {line_no}: {name} does not exist in {raw_dir}")
    return rows, problems


def list_inputs(raw_dir: Path) -> list[Path]:
    """Every file under raw_dir that could be an article, sorted for determinism."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise InputError(
            f"raw directory {raw_dir} does not exist or is not a directory: "
            "pass --raw-dir with the folder holding your .txt/.html/.jsonl/.csv articles"
        )
    files = [
        p
        for p in raw_dir.rglob("*")
        if p.is_file() and p.name not in IGNORED_NAMES and not any(part.startswith(".") for part in p.relative_to(raw_dir).parts)
    ]
    return sorted(files, key=lambda p: p.relative_to(raw_dir).as_posix())


def _file_ids(files: list[Path], raw_dir: Path) -> dict[Path, str]:
    """Article id = path without suffix (stable across runs); the suffix is kept only when
    two inputs would otherwise share an id."""
    stems = [p.relative_to(raw_dir).with_suffix("").as_posix() for p in files]
    return {
        p: (s if stems.count(s) == 1 else p.relative_to(raw_dir).as_posix())
        for p, s in zip(files, stems)
    }


def _apply_sidecar(doc: RawDoc, row: dict | None) -> RawDoc:
    """The sidecar is the researcher's own correction, so it overrides what the file says."""
    if row:
        for key in ("outlet", "url", "published"):
            if row.get(key):
                setattr(doc, key, row[key])
    return doc


def _corpus_records(path: Path, text: str) -> Iterator[tuple[int, dict | None, str | None]]:
    """Yield (row number, record or None, problem) for a .jsonl or .csv corpus."""
    if path.suffix.lower() == ".jsonl":
        for n, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield n, None, f"malformed: line {n} is not valid JSON ({exc.msg})"
                continue
            if not isinstance(rec, dict):
                yield n, None, f"malformed: line {n} is not a JSON object"
                continue
            yield n, rec, None
    else:
        try:
            reader = csv.DictReader(io.StringIO(text))
            for n, rec in enumerate(reader, start=2):
                if None in rec:  # more cells than header columns
                    yield n, None, f"malformed: row {n} has more cells than the header"
                    continue
                yield n, rec, None
        except csv.Error as exc:
            yield -1, None, f"malformed: CSV could not be parsed ({exc})"


def read_corpus(path: Path, raw_dir: Path, stem_id: str) -> Iterator[RawDoc]:
    """One RawDoc per record of a corpus file: `id`, `text` or `html`, optional `title`,
    `outlet`, `published`, `url`. Bad rows become docs with a status, never vanish."""
    rel = path.relative_to(raw_dir).as_posix()
    text, encoding, problem = decode_bytes(path.read_bytes())
    if text is None:
        yield RawDoc(article_id=stem_id, source_path=rel, status=problem or "unreadable")
        return
    seen: dict[str, int] = {}
    any_record = False
    for n, rec, problem in _corpus_records(path, normalize_newlines(text)):
        any_record = True
        if rec is None:
            yield RawDoc(article_id=f"{stem_id}:row{n}", source_path=rel, status=problem, encoding=encoding)
            continue
        rid = _clean_str(rec.get("id"))
        if rid is None:
            rid = f"row{n}"
            status_missing_id = True
        else:
            status_missing_id = False
        seen[rid] = seen.get(rid, 0) + 1
        article_id = f"{stem_id}:{rid}" if seen[rid] == 1 else f"{stem_id}:{rid}#{seen[rid]}"
        doc = RawDoc(
            article_id=article_id,
            source_path=rel,
            record_id=rid,
            text=_clean_str(rec.get("text")) and normalize_newlines(str(rec.get("text"))),
            html=_clean_str(rec.get("html")) and str(rec.get("html")),
            title=_clean_str(rec.get("title")),
            outlet=_clean_str(rec.get("outlet")),
            published=_clean_str(rec.get("published")),
            url=_clean_str(rec.get("url")),
            encoding=encoding,
        )
        if status_missing_id:
            doc.warnings.append(f"record has no 'id'; using {rid}")
        if seen[rid] > 1:
            doc.status = f"duplicate_id: id {rid!r} already used earlier in {rel}"
        elif doc.text is None and doc.html is None:
            doc.status = "missing_text: record has neither a 'text' nor an 'html' value"
        yield doc
    if not any_record:
        yield RawDoc(article_id=stem_id, source_path=rel, status="empty: corpus file has no records", encoding=encoding)


def read_file(path: Path, raw_dir: Path, article_id: str) -> Iterator[RawDoc]:
    """Docs from one input file, whatever its format."""
    suffix = path.suffix.lower()
    if suffix in CORPUS_SUFFIXES:
        yield from read_corpus(path, raw_dir, article_id)
        return
    rel = path.relative_to(raw_dir).as_posix()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        yield RawDoc(
            article_id=article_id,
            source_path=rel,
            status=f"unsupported_format: {suffix or 'no suffix'} (accepted: .txt .html .htm .jsonl .csv)",
        )
        return
    text, encoding, problem = decode_bytes(path.read_bytes())
    if text is None:
        yield RawDoc(article_id=article_id, source_path=rel, status=problem or "unreadable")
        return
    doc = RawDoc(article_id=article_id, source_path=rel, encoding=encoding)
    if suffix in HTML_SUFFIXES:
        doc.html = text
    else:
        doc.text = normalize_newlines(text)
    yield doc


def iter_raw(raw_dir: str | Path) -> Iterator[RawDoc]:
    """All documents in raw_dir, in a stable order, with sidecar metadata applied."""
    raw_dir = Path(raw_dir)
    files = list_inputs(raw_dir)
    sidecar, _ = read_sidecar(raw_dir)
    ids = _file_ids(files, raw_dir)
    for path in files:
        row = sidecar.get(path.relative_to(raw_dir).as_posix()) or sidecar.get(path.name)
        for doc in read_file(path, raw_dir, ids[path]):
            yield _apply_sidecar(doc, row)
