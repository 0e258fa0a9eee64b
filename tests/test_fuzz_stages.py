"""Whole raw inputs, generated (Hypothesis), pushed through every stage the pipeline runs, with
the package functions the notebooks call (no kernel, so an example takes a second or two):
build_articles (ingest, clean, dates) -> stages.death_tolls -> tone.tone_tables -> report.write_index.

test_properties.py generates hostile folders (names, links, FIFOs, raw bytes) and checks the
figures; this file generates what a researcher's exports look like: corpus files whose columns
carry any of the usual names (corpus_columns.COLUMN_ALIASES) spelled as spreadsheets spell them,
duplicate headers, tab or semicolon separators, quoted newlines, empty cells, numbers and JSON as
text, dates in odd forms, BOMs, UTF-16, cp1252, a file whose encoding changes part way, NUL bytes,
very long lines, non-English, right-to-left, emoji and zero-width text, and pages and plain texts
made of real-looking toll sentences. Asserted for every folder:
- no traceback from any stage, no index section that failed in its own code;
- every input file and every corpus record is accounted for: a row that is ok or that says why
  not (a reason on the rejected list), nothing silently dropped;
- every death_tolls row's span reads back from its article: the number is in body[start:end],
  inside its sentence, inside the body;
- the same folder read twice gives the same tables;
- index.html lists the rejected inputs with their reasons.

Deterministic for CI: derandomized, a modest number of examples, no deadline."""

from __future__ import annotations

import csv
import html
import io
import json
import tempfile
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analysis import report, stages, tables, tolls, tone
from analysis.articles import build_articles
from analysis.corpus_columns import COLUMN_ALIASES
from analysis.display import MAX_TEXT_CHARS
from analysis.ingest import display_path
from analysis.tables import rejected_rows, status_kind

FUZZ_SETTINGS = settings(
    max_examples=25, derandomize=True, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
BOOT = 20  # bootstrap and permutation rounds: the code runs, cheaply

# --- text: sentences a news article has, and the characters scrapes carry
TOLL_SENTENCES = [
    "At least 40 civilians were killed in air strikes on Aleppo on Tuesday, the monitor said.",
    "The Syrian Observatory for Human Rights said 1,200 people had died since January.",
    "Clashes killed twelve fighters and 3 civilians near the border.",
    "The war has killed more than 350,000 people since 2011.",
    "Between 20 and 30 soldiers were killed in Homs.",
    "The death toll rose to 57 on Monday.",
]
FILLER = [
    "Residents fled towards the border as the shelling continued into the night.",
    "Aid agencies warned that food and medical supplies were running out in the besieged districts.",
    "Officials in Damascus did not respond to requests for comment on the offensive.",
    "Talks resume in Geneva on 5 March 2017, diplomats said.",
    "The convoy of 30 trucks reached the city on Sunday morning.",
]
OTHER_SCRIPTS = [
    "\u0642\u0627\u0644 \u0627\u0644\u0645\u0631\u0635\u062f \u0625\u0646 40 \u0645\u062f\u0646\u064a\u0627 \u0642\u062a\u0644\u0648\u0627 \u0641\u064a \u062d\u0644\u0628.",  # Arabic, right to left
    "\u05d4\u05e6\u05d1\u05d0 \u05d4\u05d5\u05d3\u05d9\u05e2 \u05e2\u05dc 12 \u05d4\u05e8\u05d5\u05d2\u05d9\u05dd.",  # Hebrew
    "L'Observatoire a indiqu\u00e9 qu'au moins 40 civils avaient \u00e9t\u00e9 tu\u00e9s \u00e0 Alep.",
    "\u5728\u963f\u52d2\u9887\u7684\u7a7a\u88ad\u4e2d\u81f3\u5c1140\u540d\u5e73\u6c11\u6b7b\u4ea1\u3002",
    "\u0412 \u0410\u043b\u0435\u043f\u043f\u043e \u043f\u043e\u0433\u0438\u0431\u043b\u0438 40 \u043c\u0438\u0440\u043d\u044b\u0445 \u0436\u0438\u0442\u0435\u043b\u0435\u0439.",
]
ODD_TEXT = [
    "\U0001f4a5\U0001f1f8\U0001f1fe 40 killed \U0001f622",  # emoji, a flag
    "forty\u200b people\u200d were\u2060 killed\ufeff in\u200e Idlib\u200f.",  # zero-width and direction marks
    "\u202eevil reversed\u202c text.",  # a right-to-left override
    '{"text": "nested JSON 5 people were killed", "n": 3}',  # a text field that is JSON
    "12345", "2016", "...!", "-", "0", "",
    "=HYPERLINK(\"http://x\")", "@SUM(1)", "+1 killed",
    "<script>alert(1)</script> 7 people were killed.",
    "Caf\u00e9 \u201cquoted\u201d \u2014 na\u00efve \u00bd \u20ac5",
    "\u0660\u0661\u0662 \u0968\u0966\u0967\u096c",  # Arabic-Indic and Devanagari digits
]
sentence = st.one_of(
    st.sampled_from(TOLL_SENTENCES), st.sampled_from(TOLL_SENTENCES), st.sampled_from(FILLER),
    st.sampled_from(OTHER_SCRIPTS), st.sampled_from(ODD_TEXT),
    st.text(st.characters(exclude_categories=["Cs"]), max_size=40),
)


@st.composite
def article_text(draw) -> str:
    """An article: a few paragraphs of sentences; now and then one sentence, or one very long line."""
    shape = draw(st.sampled_from(["article", "article", "article", "one_sentence", "long_line"]))
    if shape == "one_sentence":
        return draw(st.sampled_from(TOLL_SENTENCES + FILLER))
    if shape == "long_line":
        return " ".join([draw(st.sampled_from(TOLL_SENTENCES + FILLER))] * draw(st.integers(200, 1200)))
    paras = draw(st.lists(st.lists(sentence, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=5))
    return "\n\n".join(paras)


DATES = ["2016-03-15", "2016-03-15T10:00:00Z", "15/03/2016", "03/04/2016", "3/15/16", "15-Mar-16", "42444",
         "42444,5", "20161115T120000Z", "20161115120000", "Wed, 05 Apr 2017 10:00:00 +0000", "5 April 2016",
         "April 5, 2016", "0001-01-01", "9999-12-31", "2099-06-01", "yesterday", "2016", "1e5", "", " ",
         "\u0662\u0660\u0661\u0666-\u0660\u0663-\u0661\u0665", "\uff12\uff10\uff11\uff16\u5e743\u670815\u65e5",
         "2016-02-30", "31/31/2016", "NaN", "null", "None", "-1", "1461110400", "1461110400000"]
LABELS = ["Reuters", "SANA", "Al Jazeera", "", "(unknown)", "$x^$", "=cmd", "\u0627\u0644\u062c\u0632\u064a\u0631\u0629",
          "Le Monde \U0001f30d", "outlet\u200bzero", "x" * 300, "12345", "null"]
IDS = ["1", "01", "1.0", "a1", "", "1e3", "id with space", "\u0661", "http://example.com/a?b=1", "a1", "=1"]

FIELDS = ["text", "title", "outlet", "published", "id", "url", "html"]
EXTRA_COLUMNS = ["notes", "lang", "category", "Unnamed: 0", "", "source.id", "tags"]


@st.composite
def header_name(draw, field: str) -> str:
    """One of the field's usual names, spelled as an export or a hand-edited sheet spells it."""
    name = draw(st.sampled_from(COLUMN_ALIASES[field]))
    spell = draw(st.sampled_from(["as is", "as is", "upper", "title spaces", "padded", "hyphens"]))
    if spell == "upper":
        return name.upper()
    if spell == "title spaces":
        return name.replace("_", " ").title()
    if spell == "padded":
        return f" {name} "
    if spell == "hyphens":
        return name.replace("_", "-")
    return name


def field_value(field: str):
    if field == "text":
        return article_text()
    if field == "html":
        return st.one_of(article_text().map(lambda t: "<html><body>" + "".join(f"<p>{html.escape(p)}</p>" for p in t.split("\n\n")) + "</body></html>"),
                         st.sampled_from(["", "<p>", "-"]))
    if field == "title":
        return st.one_of(st.sampled_from(FILLER + OTHER_SCRIPTS + ODD_TEXT), st.just(""))
    if field == "outlet":
        return st.sampled_from(LABELS)
    if field == "published":
        return st.sampled_from(DATES)
    if field == "id":
        return st.sampled_from(IDS)
    return st.sampled_from(["http://example.com/a", "https://www.bbc.co.uk/news/world-1", "", "not a url", "http://example.com/a"])


@st.composite
def columns(draw) -> list[tuple[str, str]]:
    """(header, field) pairs: mostly a text column, some other fields, extras, a duplicate now and then."""
    fields = draw(st.lists(st.sampled_from(FIELDS), min_size=1, max_size=5, unique=True))
    if draw(st.integers(0, 9)) < 8 and "text" not in fields:
        fields.insert(0, "text")
    cols = [(draw(header_name(f)), f) for f in fields]
    for extra in draw(st.lists(st.sampled_from(EXTRA_COLUMNS), max_size=2, unique=True)):
        cols.append((extra, "extra"))
    if draw(st.booleans()) and draw(st.booleans()):  # a duplicate header: the same field under two spellings
        head, field = draw(st.sampled_from(cols))
        cols.append((draw(st.sampled_from([head, head.upper(), f" {head}"])), field))
    return draw(st.permutations(cols))


@st.composite
def record(draw, cols) -> list[object]:
    cells = []
    for head, field in cols:
        if field == "extra":
            cells.append(draw(st.one_of(st.sampled_from(ODD_TEXT), st.integers(-5, 10**6).map(str))))
        elif draw(st.integers(0, 9)) == 0:
            cells.append("")  # an empty cell
        else:
            cells.append(draw(field_value(field)))
    return cells


ENCODINGS = ["utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "mixed"]


def encode(text: str, encoding: str) -> bytes:
    """The text as a file of that encoding; characters it cannot hold become '?', as an export's do.
    'mixed': the first half UTF-8 and the rest cp1252 (two exports pasted together)."""
    if encoding == "mixed":
        cut = len(text) // 2
        return text[:cut].encode("utf-8", "replace") + text[cut:].encode("cp1252", "replace")
    return text.encode(encoding, "replace")


@st.composite
def csv_file(draw) -> tuple[str, bytes, int]:
    cols = draw(columns())
    rows = draw(st.lists(record(cols), max_size=6))
    delimiter = draw(st.sampled_from([",", ",", ";", "\t"]))
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator=draw(st.sampled_from(["\n", "\r\n"])),
                        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])))
    writer.writerow([h for h, _ in cols])
    writer.writerows(rows)
    text = buf.getvalue()
    expected = sum(1 for r in rows if any(str(c).strip() for c in r)) or 1
    return ".csv", encode(text, draw(st.sampled_from(ENCODINGS))), expected


@st.composite
def jsonl_file(draw) -> tuple[str, bytes, int]:
    lines = []
    for _ in range(draw(st.integers(0, 6))):
        cols = draw(columns())
        rec = dict(zip([h for h, _ in cols], draw(record(cols))))
        shape = draw(st.sampled_from(["flat", "flat", "flat", "nested source", "number text", "json text", "blank"]))
        if shape == "nested source":
            rec["source"] = {"id": None, "name": draw(st.sampled_from(LABELS))}
        elif shape == "number text":
            rec["text"] = draw(st.sampled_from([12345, 2016.5, [1, 2], None, True]))
        elif shape == "json text":
            rec["text"] = {"body": draw(article_text()), "lang": "en"}
        elif shape == "blank":
            lines.append("   ")
            continue
        lines.append(json.dumps(rec, ensure_ascii=draw(st.booleans())))
    text = "\n".join(lines) + draw(st.sampled_from(["", "\n", "\r\n"]))
    expected = sum(1 for line in lines if line.strip()) or 1
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "mixed"]))
    return ".jsonl", encode(text, encoding), expected


@st.composite
def page_file(draw) -> tuple[str, bytes, int]:
    body = draw(article_text())
    title = html.escape(draw(st.sampled_from(FILLER + OTHER_SCRIPTS + ODD_TEXT)))
    charset = draw(st.sampled_from(["utf-8", "cp1252", "utf-16", "latin-1"]))
    date_meta = draw(st.sampled_from(DATES))
    page = (f"<!doctype html><html><head><meta charset=\"{draw(st.sampled_from([charset, 'utf-8', 'utf-16']))}\">"
            f"<title>{title}</title><meta property=\"og:site_name\" content=\"{html.escape(draw(st.sampled_from(LABELS)))}\">"
            f"<meta property=\"article:published_time\" content=\"{html.escape(date_meta)}\"></head><body>"
            + draw(st.sampled_from(["<nav><a href='/'>Home</a></nav>", "", "<div dir='rtl'>"]))
            + "<article>" + "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n")) + "</article></body></html>")
    return draw(st.sampled_from([".html", ".htm"])), encode(page, charset), 1


@st.composite
def text_file(draw) -> tuple[str, bytes, int]:
    text = draw(st.sampled_from(FILLER + OTHER_SCRIPTS)) + "\n\n" + draw(article_text())
    return ".txt", encode(text, draw(st.sampled_from(ENCODINGS))), 1


@st.composite
def other_file(draw) -> tuple[str, bytes, int]:
    """Formats a researcher has at hand that are not read: each is one row saying what to do."""
    kind = draw(st.sampled_from([".json", ".tsv", ".ndjson", ".xlsx"]))
    recs = [{"text": draw(article_text()), "title": "t"} for _ in range(draw(st.integers(0, 2)))]
    data = json.dumps(recs) if kind == ".json" else "text\ttitle\n" + "\n".join(f"{r['text'][:50]}\tt" for r in recs)
    return kind, data.encode(), 1


def with_nuls(data: bytes, where: int) -> bytes:
    """A NUL byte spliced in (a scrape saved by a tool that pads fields)."""
    at = where % (len(data) + 1)
    return data[:at] + b"\x00" + data[at:]


@st.composite
def raw_folder(draw) -> list[tuple[str, bytes, int]]:
    """(file name, bytes, records expected) for up to six files."""
    files = []
    for i in range(draw(st.integers(1, 6))):
        suffix, data, n = draw(st.one_of(csv_file(), jsonl_file(), page_file(), text_file(), other_file()))
        if draw(st.integers(0, 9)) == 0:
            data = with_nuls(data, draw(st.integers(0, 10**6)))
        files.append((f"f{i}{suffix}", data, n))
    pages = [name for name, _, _ in files if name.endswith((".txt", ".html", ".htm"))]
    if pages and draw(st.booleans()):
        files.append(("metadata.csv", draw(sidecar(pages)), 0))
    return files


@st.composite
def sidecar(draw, pages: list[str]) -> bytes:
    """metadata.csv for some of the pages (and a file that is not there), its dates and outlets odd."""
    head = draw(st.sampled_from([["file", "outlet", "published", "url"], ["filename", "source", "date"],
                                 ["File", "Outlet", "Published", "Note"], ["file", "file", "outlet"]]))
    rows = []
    for name in draw(st.lists(st.sampled_from(pages + ["ghost.txt", "./" + pages[0]]), min_size=1, max_size=4)):
        rows.append([name] + [draw(st.sampled_from(LABELS if "out" in h.lower() or h == "source" else DATES if "ate" in h or "ublish" in h.lower()
                                                   else ["", "http://example.com/x", "a note"])) for h in head[1:]])
    buf = io.StringIO()
    csv.writer(buf, delimiter=draw(st.sampled_from([",", ";"]))).writerows([head] + rows)
    return encode(buf.getvalue(), draw(st.sampled_from(ENCODINGS)))


# --- the stages, as the notebooks call them

def run_stages(raw: Path, processed: Path, reports: Path) -> dict[str, pd.DataFrame]:
    """Notebook 01's, 02's and 03's calls and the pipeline's index, on raw; every table by name."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # left-out dates and rejected tolls warn; they must not fail
        articles, removed, problems = build_articles(raw, progress=False)
        tables.write_tables(processed, {"articles.parquet": articles, "removed_lines.csv": removed,
                                        tables.INPUT_NOTES: tables.notes_table(problems)})
        death_tolls = stages.death_tolls(articles, processed_dir=processed)
        tables.write_table(tables.whole_numbers(death_tolls, tables.TOLL_COUNT_COLUMNS), processed / "death_tolls.csv")
        t = tone.tone_tables(articles, engine="textblob", engines=("textblob",), n_boot=BOOT, n_perm=BOOT, min_articles=2)
        tables.write_tables(processed, {name: t[key] for key, name in tables.TONE_FILES.items()})
    reports.mkdir(parents=True, exist_ok=True)
    report.write_index(reports, [], processed=processed)
    return {"articles": articles, "removed": removed, "death_tolls": death_tolls,
            **{key: t[key] for key in tables.TONE_FILES}}


# Statuses that reject a whole file before its records are read: one row says why for all of them.
WHOLE_FILE_KINDS = {"binary", "undecodable", "empty", "unsupported_format", "unreadable", "too_large"}


def _expected_rows(files) -> dict[str, int]:
    return {display_path(name): n for name, _, n in files if name != "metadata.csv"}  # the sidecar describes the others


def check_accounting(articles: pd.DataFrame, files) -> None:
    """Every file has its rows: one per record (a corpus whose bytes stop decoding part way ends
    with one 'undecodable' row for the rest), every row ok or with a reason; nothing else."""
    assert articles["article_id"].is_unique
    counts = articles["source_path"].value_counts().to_dict()
    for path, n in _expected_rows(files).items():
        got = counts.get(path, 0)
        rows = articles[articles["source_path"] == path]
        stopped = len(rows) and status_kind(rows["status"].iloc[-1]) == "undecodable"
        whole_file = got == 1 and status_kind(rows["status"].iloc[0]) in WHOLE_FILE_KINDS  # e.g. mostly NUL bytes
        assert got == n or whole_file or (path.endswith((".csv", ".jsonl")) and 1 <= got < n and stopped), (
            path, got, n, rows["status"].tolist())
    assert set(counts) == set(_expected_rows(files)), set(counts) ^ set(_expected_rows(files))
    statuses = articles["status"]
    assert statuses.notna().all() and (statuses != "").all()
    assert not statuses.str.startswith("error").any(), statuses.tolist()
    not_ok = statuses[statuses != "ok"]
    assert not_ok.str.contains(":").all(), "a status other than ok says why: " + repr(not_ok.tolist())


def check_spans(death_tolls: pd.DataFrame, articles: pd.DataFrame) -> None:
    """Each toll row's number reads back from its article: body[start:end] holds a number, and
    lies in the row's sentence, which is in the body."""
    bodies = articles.set_index("article_id")["body"]
    for row in death_tolls.itertuples(index=False):
        body = bodies[row.article_id]
        assert 0 <= row.start < row.end <= len(body), row
        span = body[row.start:row.end]
        assert list(tolls.number_phrases(span)), (span, row)
        i = body.find(row.sentence)
        found = False
        while i >= 0 and not found:
            found = i <= row.start and row.end <= i + len(row.sentence)
            i = body.find(row.sentence, i + 1)
        assert found, (row.sentence, span, row.start)


def check_index(reports: Path, articles: pd.DataFrame) -> None:
    """index.html is written, no section failed in its own code, and it lists the rejected inputs."""
    assert not (reports / report.INDEX_ERRORS_FILE).exists(), (reports / report.INDEX_ERRORS_FILE).read_text()
    page = html.unescape((reports / "index.html").read_text(encoding="utf-8"))
    rejected = articles[rejected_rows(articles["status"])].sort_values(["article_id", "source_path"])
    assert "could not show this section" not in page
    if len(rejected):
        assert "rejected input" in page
    for row in rejected.head(report.REJECTED_LISTED).itertuples():  # a reason past MAX_TEXT_CHARS is cut, whole in the table
        assert row.source_path in page and row.status[:MAX_TEXT_CHARS // 2] in page, (row.source_path, row.status)


def _same(a: pd.DataFrame, b: pd.DataFrame, name: str) -> None:
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), obj=name)


@FUZZ_SETTINGS
@given(raw_folder())
def test_any_export_goes_through_every_stage_accounted_for_and_reproducible(files):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        raw = tmp / "raw"
        raw.mkdir()
        for name, data, _ in files:
            (raw / name).write_bytes(data)
        first = run_stages(raw, tmp / "p1", tmp / "r1")
        check_accounting(first["articles"], files)
        check_spans(first["death_tolls"], first["articles"])
        check_index(tmp / "r1", first["articles"])
        second = run_stages(raw, tmp / "p2", tmp / "r2")
        for name in first:
            _same(first[name], second[name], name)


# --- characters that print as nothing: a CMS's soft hyphens (&shy;), zero-width spaces, word joiners
# and a BOM pasted mid-text sit inside words and numbers of scraped text; a toll they split was lost
INVISIBLE = ["\u00ad", "\u200b", "\u2060", "\ufeff"]


@st.composite
def sprinkled(draw, text: str) -> str:
    """text with invisible characters put at a few random places (inside words and numbers too)."""
    chars = list(text)
    for _ in range(draw(st.integers(1, 6))):
        chars.insert(draw(st.integers(0, len(chars))), draw(st.sampled_from(INVISIBLE)))
    return "".join(chars)


def _claims(raw: Path) -> list[tuple]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles, _, _ = build_articles(raw, progress=False)
        found = stages.death_tolls(articles)
    return sorted(zip(found["article_id"], found["value"], found["qualifier"], found["scope"]))


@settings(FUZZ_SETTINGS, max_examples=15)
@given(st.lists(st.sampled_from(TOLL_SENTENCES), min_size=1, max_size=3).map(" ".join), st.data())
@example("At least 40 civil\u00adians were killed in Aleppo on Monday, the monitor said.", None)
@example("At least 4\u200b0 people were killed in Aleppo on Monday, the monitor said.", None)
def test_invisible_characters_hide_no_toll(story, data):
    """The same story with invisible characters sprinkled in, as a .txt, a corpus record and a page,
    gives the claims the plain story gives."""
    lead = "Residents fled towards the border as the shelling continued into the night. "
    plain = lead + "".join(c for c in story if c not in INVISIBLE)
    marked = lead + (story if data is None else data.draw(sprinkled(story)))
    with tempfile.TemporaryDirectory() as tmp:
        got = {}
        for name, text in (("plain", plain), ("marked", marked)):
            raw = Path(tmp) / name
            raw.mkdir()
            (raw / "a.txt").write_text(text, encoding="utf-8")
            (raw / "c.jsonl").write_text(json.dumps({"id": "1", "text": text + " Aid groups called for a truce."}) + "\n")
            (raw / "p.html").write_text(f"<html><body><article><p>{html.escape(text)}</p><p>Aid agencies warned that "
                                        "food was running out.</p></article></body></html>", encoding="utf-8")
            got[name] = _claims(raw)
        assert got["plain"], "the plain story states a toll"
        assert got["marked"] == got["plain"]


# --- the known bad inputs (../shared/adversarial) through the same stages and checks
from test_adversarial import ADVERSARIAL, cases  # noqa: E402,F401 (the fixture: a writable copy, special files made)

# the folders there and the ones make_special.sh makes (links, a FIFO, an undecodable name)
MADE_CASES = ["broken_jsonl_link", "non_utf8_filename", "silent_skips"]
ADVERSARIAL_CASES = sorted({p.name for p in ADVERSARIAL.iterdir() if p.is_dir()} | set(MADE_CASES)) if ADVERSARIAL.is_dir() else []


@pytest.mark.parametrize("case", ADVERSARIAL_CASES)
def test_adversarial_case_goes_through_every_stage(cases, case, tmp_path):
    """Each case: no traceback, every row ok or saying why, spans read back, the index lists the
    rejected inputs, and a second run gives the same tables."""
    first = run_stages(cases / case, tmp_path / "p1", tmp_path / "r1")
    statuses = first["articles"]["status"]
    assert len(statuses) and statuses.notna().all() and not statuses.str.startswith("error").any()
    assert statuses[statuses != "ok"].str.contains(":").all()
    check_spans(first["death_tolls"], first["articles"])
    check_index(tmp_path / "r1", first["articles"])
    second = run_stages(cases / case, tmp_path / "p2", tmp_path / "r2")
    for name in first:
        _same(first[name], second[name], name)
