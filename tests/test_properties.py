"""Generated raw folders (Hypothesis): random names (undecodable bytes included), bytes,
encodings, nesting, links, FIFOs and corpus records. Whatever the folder holds, ingestion and
cleaning end cleanly, every input is accounted for exactly once (one row per file, one per
corpus record), every CSV cell is spreadsheet-safe, tables store, and every figure the notebooks
draw (FIGURES) is drawn: from the death-toll and tone stages run on the generated articles, and
from death-toll and tone tables generated directly with hostile strings, extreme values, NaN and
empty frames.

Deterministic for CI: derandomized, a bounded number of examples, no deadline (a shared
machine is slow at times; speed is measured by benchmarks, not here)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
import warnings
from datetime import date
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import plots, tolls, tone
from analysis.articles import build_articles
from analysis.ingest import display_path
from analysis.schema import TOLL_COLUMNS
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


# Every figure function the notebooks call, by the tables it draws from: (name, draw).
FIGURES = [
    ("01_publication_dates", lambda a, d, by, at, act: plots.plot_publication_dates(a[a["status"] == "ok"])),
    ("02_cumulative_tolls", lambda a, d, by, at, act: plots.plot_cumulative_tolls(d)),
    ("02_incident_tolls", lambda a, d, by, at, act: plots.plot_incident_tolls(d)),
    ("03_tone_by_source", lambda a, d, by, at, act: plots.plot_tone_by_source(by, at, engine="textblob")),
    ("03_narration_vs_quotation", lambda a, d, by, at, act: plots.plot_narration_vs_quotation(at, engine="textblob")),
    ("03_actor_heatmap", lambda a, d, by, at, act: plots.plot_actor_heatmap(act, value="textblob_polarity")),
]
BOOT = 20  # bootstrap and permutation rounds: enough to exercise the code, cheap enough for 30 examples


def draw_every_figure(articles, death_tolls, by_source, article_tone, actor_tone, out: Path) -> None:
    """Each figure saved to PNG at a low dpi; a failure names the figure."""
    for name, draw in FIGURES:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. dates outside 1990..tomorrow are left out with a warning
            try:
                fig = draw(articles, death_tolls, by_source, article_tone, actor_tone)
                fig.savefig(out / f"{name}.png", dpi=20)
            except Exception as exc:
                raise AssertionError(f"figure {name} failed: {type(exc).__name__}: {exc}") from exc
            finally:
                plt.close("all")


def test_figures_cover_every_plot_the_notebooks_draw():
    """FIGURES must list every plot_* call in the notebooks, so a new figure is not left out."""
    called = set()
    for nb in (Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"):
        for cell in json.loads(nb.read_text(encoding="utf-8"))["cells"]:
            called.update(re.findall(r"plots\.(plot_\w+)\(", "".join(cell["source"])))
    drawn = {name.split("_", 1)[1] for name, _ in FIGURES}
    assert called and called == {f"plot_{n}" for n in drawn}, (called, drawn)


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

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # rejected tolls and left-out dates warn; drawing must not fail
            death_tolls = tolls.build_death_tolls(articles)
            t = tone.tone_tables(articles, engine="textblob", engines=("textblob",), n_boot=BOOT, n_perm=BOOT,
                                 min_articles=2)
        draw_every_figure(articles, death_tolls, t["by_source"], t["article_tone"], t["actor_tone"], out)


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


# --- tables generated directly: what the figures must survive whatever the stages produce
finite = st.floats(-1e15, 1e15, allow_nan=False)
extreme = st.one_of(finite, st.sampled_from([float("nan"), float("inf"), -float("inf"), 0.0, 1e300, -1e300, 5e-324]))
MATH = "$\\undefined$ Times"  # mathtext that fails to parse: drawn as text, or the figure fails
# a lone surrogate never reaches a table (ingestion repairs it)
label = st.one_of(st.none(), st.just(MATH), st.sampled_from(HOSTILE[1:] + ["", " ", "(unknown)", "x" * 300]), prose)
day = st.one_of(st.none(), st.dates(), st.sampled_from([date(1, 1, 1), date(9999, 12, 31), date(1989, 12, 31),
                                                          date(2016, 2, 29)]))
QUALIFIERS = ["", "exact", "more_than", "at_least", "about", "nearly", "up_to", "range", "=evil"]
SCOPES = ["cumulative", "incident", "", "$x$"]
VICTIMS = ["people", "civilians", "children", "soldiers", "rebels", "", "@SUM(1)"]
COUNTERS = [None, "", "United Nations", "Syrian Observatory for Human Rights", "the monitor", "$\\undefined$"]


@st.composite
def death_toll_table(draw):
    rows = []
    for i in range(draw(st.integers(0, 12))):
        value = draw(extreme)
        rows.append({
            "article_id": draw(st.sampled_from(["a", "b", "$a$", "=c", f"id{i}"])), "value": value,
            "low": draw(st.one_of(st.just(value), extreme)), "high": draw(st.one_of(st.just(value), extreme)),
            "qualifier": draw(st.sampled_from(QUALIFIERS)), "scope": draw(st.sampled_from(SCOPES)),
            "victims": draw(st.sampled_from(VICTIMS)), "attributed_to": draw(st.sampled_from(COUNTERS)),
            "is_headline": draw(st.booleans()), "sentence": draw(label), "start": i, "end": i + 1,
            "published": draw(day), "outlet": draw(label), "sentence_no": i,
        })
    df = pd.DataFrame(rows, columns=TOLL_COLUMNS)
    df = df.astype({"value": "float64", "low": "float64", "high": "float64", "start": "int64", "end": "int64",
                    "sentence_no": "int64"})
    df["is_headline"] = df["is_headline"].astype(bool)
    return df


SCORE = "textblob_polarity"
score = st.one_of(st.floats(-1, 1), st.just(float("nan")), st.sampled_from([-1e9, 1e9]))


@st.composite
def tone_table(draw):
    """article_tone rows (outlets from a few hostile labels so some repeat) and actor rows."""
    outlets = draw(st.lists(label, min_size=1, max_size=4))
    rows = []
    for i in range(draw(st.integers(0, 15))):
        n = draw(st.integers(0, 40))
        rows.append({"article_id": f"a{i}", "outlet": draw(st.sampled_from(outlets)), "published": draw(day),
                     "n_sentences": n, "n_quote_sentences": draw(st.integers(0, n)), SCORE: draw(score),
                     f"{SCORE}_narration": draw(score), f"{SCORE}_quotation": draw(score)})
    article_tone = pd.DataFrame(rows, columns=["article_id", "outlet", "published", "n_sentences", "n_quote_sentences",
                                               SCORE, f"{SCORE}_narration", f"{SCORE}_quotation"])
    # actor_tone is grouped by (outlet, actor): each pair once, actor named, outlet filled in
    pairs = draw(st.lists(st.tuples(st.sampled_from([o if o is not None else "(unknown)" for o in outlets]),
                                    label.filter(lambda a: bool(a))), max_size=15, unique=True))
    actors = [{"outlet": o, "actor": a, "n_sentences": draw(st.integers(0, 50)), "n_articles": draw(st.integers(0, 10)),
               SCORE: draw(score)} for o, a in pairs]
    actor_tone = pd.DataFrame(actors, columns=["outlet", "actor", "n_sentences", "n_articles", SCORE])
    return article_tone, actor_tone


@settings(PROPERTY_SETTINGS, max_examples=40)
@given(death_toll_table(), tone_table())
def test_every_figure_is_drawn_from_any_toll_and_tone_table(death_tolls, tone_tables):
    article_tone, actor_tone = tone_tables
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        by_source = tone.tone_by_source(article_tone.dropna(subset=["article_id"]), engine="textblob", n_boot=BOOT)
    articles = article_tone.assign(status="ok", date_source="generated")
    with tempfile.TemporaryDirectory() as tmp:
        draw_every_figure(articles, death_tolls, by_source, article_tone, actor_tone, Path(tmp))
