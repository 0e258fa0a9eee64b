"""Generated raw folders (Hypothesis): random names (undecodable bytes included), bytes,
encodings, nesting, links, FIFOs and corpus records. Whatever the folder holds, ingestion and
cleaning end cleanly, every input is accounted for exactly once (one row per file, one per
corpus record), every CSV cell is spreadsheet-safe, tables store, and the figure is drawn.

Deterministic for CI: derandomized, a bounded number of examples, no deadline (a shared
machine is slow at times; speed is measured by benchmarks, not here)."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import plots
from analysis.articles import build_articles
from analysis.ingest import display_path
from analysis.tables import FORMULA_STARTS, NUMBER_RE, write_table

PROPERTY_SETTINGS = settings(
    max_examples=30, derandomize=True, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SUFFIXES = [".txt", ".html", ".htm", ".jsonl", ".csv", ".md", ""]
SPECIAL_NAMES = ["README.txt", "metadata.csv", ".hidden.txt", "a.txt", "A.txt", "a.jsonl", "$x^$.txt", "=cmd.txt"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]
FIELDS = ["id", "unit_id", "text", "article_content", "body", "html", "title", "headline", "outlet", "source",
          "published", "date", "url", "other"]

printable = st.characters(categories=["L", "N", "P", "Zs", "S"], exclude_characters="\r\n")
name_text = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="/\0"), min_size=1, max_size=10).filter(
    lambda s: s not in (".", "..") and len(s.encode("utf-8")) < 100)
undecodable_name = st.binary(min_size=1, max_size=8).filter(lambda b: b"/" not in b and b"\0" not in b and b not in (b".", b"..")).map(os.fsdecode)
stem = st.one_of(name_text, undecodable_name)
file_name = st.one_of(st.sampled_from(SPECIAL_NAMES), st.tuples(stem, st.sampled_from(SUFFIXES)).map("".join))
folders = st.lists(st.one_of(name_text.filter(lambda s: not s.startswith(".")), st.just("sub")), max_size=2)

prose = st.text(printable, max_size=200)
HOSTILE = ["\ud83d lone half", "=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "@SUM(1)", "$\\undefined$ Times",
           "4/5/17", "0001-01-01", "9999-12-31", "5 April 2016", "Wed, 05 Apr 2017 10:00:00 +0000",
           "Forty people were killed in Aleppo on Monday, the monitor said. Aid groups called for a truce."]
values = st.one_of(
    st.sampled_from(HOSTILE), prose, st.integers(), st.none(), st.booleans(), st.floats(allow_nan=True),
    st.lists(st.integers(), max_size=3),
)
records = st.tuples(
    st.sampled_from(["text", "article_content", "body", "html", "other"]), values,
    st.dictionaries(st.sampled_from(FIELDS), values, max_size=5),
).map(lambda t: {t[0]: t[1], **t[2]})


@st.composite
def jsonl_file(draw):
    lines = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["record"] * 5 + ["garbage", "array", "deep", "bigint"]))
        if kind == "record":
            lines.append(json.dumps(draw(records), ensure_ascii=draw(st.booleans())))
        elif kind == "garbage":
            lines.append(draw(prose))
        elif kind == "array":
            lines.append(json.dumps([1, 2]))
        elif kind == "deep":
            lines.append("[" * 3000)
        else:
            lines.append('{"id": ' + "9" * 5000 + "}")
    expected = sum(1 for line in lines if line.strip()) or 1
    return "\n".join(lines).encode("utf-8", "surrogatepass"), expected


@st.composite
def csv_file(draw):
    header = draw(st.lists(st.sampled_from(FIELDS), min_size=1, max_size=4, unique=True))
    rows = draw(st.lists(st.lists(st.one_of(st.sampled_from(HOSTILE[1:] + ["-x", "\tq", "line\nbreak", "a\"b"]), prose),
                                  min_size=len(header), max_size=len(header) + 1), max_size=5))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=draw(st.sampled_from(["\n", "\r\n"])))
    writer.writerow(header)
    writer.writerows(rows)
    encoding = draw(st.sampled_from(ENCODINGS))
    try:
        data = buf.getvalue().encode(encoding)
    except UnicodeEncodeError:
        encoding, data = "utf-8", buf.getvalue().encode("utf-8")
    expected = sum(1 for r in rows if any(c.strip() for c in r)) or 1
    return data, expected


@st.composite
def plain_file(draw):
    kind = draw(st.sampled_from(["bytes", "text"]))
    if kind == "bytes":
        return draw(st.binary(max_size=600)), 1
    text = draw(st.text(max_size=600).map(lambda s: s.encode("utf-8", "replace").decode("utf-8")))
    encoding = draw(st.sampled_from(ENCODINGS))
    return text.encode(encoding, "replace"), 1


@st.composite
def raw_folder(draw):
    """A list of (relative path, kind, payload, expected rows)."""
    entries = []
    for _ in range(draw(st.integers(0, 7))):
        rel = Path(*draw(folders), draw(file_name))
        kind = draw(st.sampled_from(["file", "file", "corpus", "corpus", "corpus", "link", "broken_link", "folder_link", "fifo"]))
        if kind == "corpus" or (kind == "file" and rel.suffix in (".jsonl", ".csv")):
            rel = rel.with_name(rel.name + draw(st.sampled_from([".jsonl", ".csv"])))
            data, n = draw(jsonl_file() if rel.suffix == ".jsonl" else csv_file())
            entries.append((rel, "file", data, n))
        elif kind == "file":
            data, n = draw(plain_file())
            entries.append((rel, "file", data, n))
        else:
            entries.append((rel, kind, None, 1))
    return entries


def _make(raw: Path, entries) -> dict[str, int]:
    """Create the entries; return display path -> expected rows for those that exist."""
    expected: dict[str, int] = {}
    made_dirs = set()
    for rel, kind, data, n in entries:
        path = raw / rel
        if any(str(raw / p) in expected for p in rel.parents) or str(path) in made_dirs:
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if os.path.lexists(path):
                continue
            if kind == "file":
                path.write_bytes(data)
            elif kind == "link":
                os.symlink(next(iter(expected), "/nonexistent"), path)
            elif kind == "broken_link":
                os.symlink(raw / "gone" / "nothing.jsonl", path)
            elif kind == "folder_link":
                os.symlink(raw, path)  # a loop back to the raw folder
            else:
                os.mkfifo(path)
        except OSError:
            continue
        made_dirs.update(str(raw / p) for p in rel.parents)
        if rel.as_posix() == "metadata.csv":
            continue  # the sidecar describes the others
        expected[str(path)] = n if kind == "file" else 1
    return {display_path(Path(p).relative_to(raw).as_posix()): n for p, n in expected.items()}


def _safe_cell(cell: str) -> bool:
    return not cell.startswith(FORMULA_STARTS) or bool(NUMBER_RE.fullmatch(cell))


@PROPERTY_SETTINGS
@given(raw_folder())
def test_any_raw_folder_is_read_to_one_row_per_input_and_stored_safely(entries):
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        expected = _make(raw, entries)
        articles, removed, problems = build_articles(raw, progress=False)

        assert articles["article_id"].is_unique
        counts = articles["source_path"].value_counts().to_dict()
        for path, n in expected.items():
            got = counts.get(path, 0)
            # a corpus whose bytes stop decoding mid-file ends with one 'undecodable' row
            assert got == n or (path.endswith((".csv", ".jsonl")) and 1 <= got <= n), (path, got, n)
        assert set(counts) == set(expected), set(counts) ^ set(expected)
        assert not articles["status"].str.startswith("error").any(), articles["status"].tolist()

        out = Path(tmp) / "out"
        write_table(articles, out / "articles.parquet")
        write_table(articles.drop(columns=["body"]), out / "articles.csv")
        write_table(removed, out / "removed_lines.csv")
        for name in ("articles.csv", "removed_lines.csv"):
            with open(out / name, newline="", encoding="utf-8") as fh:
                bad = [c for row in csv.reader(fh) for c in row if not _safe_cell(c)]
            assert bad == [], (name, bad)
        assert len(pd.read_parquet(out / "articles.parquet")) == len(articles)

        fig = plots.plot_publication_dates(articles[articles["status"] == "ok"])
        fig.savefig(out / "dates.png", dpi=20)
        plt.close(fig)


@settings(max_examples=60, derandomize=True, deadline=None, database=None)
@given(st.lists(records, min_size=1, max_size=8), st.booleans())
def test_any_corpus_record_becomes_one_storable_row(recs, ascii_only):
    """Every JSONL record gives exactly one doc, in order, whose every text field can be
    stored (no lone surrogates), whatever its keys and values."""
    from analysis.ingest import iter_raw

    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp)
        lines = [json.dumps(r, ensure_ascii=ascii_only) for r in recs]
        (raw / "c.jsonl").write_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))
        docs = list(iter_raw(raw))
        undecodable = [d for d in docs if d.status.startswith("undecodable")]
        assert len(docs) == len(recs) or (undecodable and len(docs) <= len(recs))
        for d in docs:
            for value in (d.article_id, d.record_id, d.text, d.html, d.title, d.outlet, d.published, d.url,
                          d.status, *d.warnings):
                (value or "").encode("utf-8")
