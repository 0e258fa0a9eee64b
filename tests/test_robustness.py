"""Bad input through the whole cleaning stage: every input gets a row in the articles table,
either a correct record or a status with the reason, and the run keeps going. Plus: nothing
lost, same input gives the same table, and no code path unpickles or evaluates data."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pandas as pd
import pytest

from analysis import clean, ingest
from analysis.articles import build_articles
from analysis.tables import status_accounting, status_kind

REPO = Path(__file__).resolve().parents[1]
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4

PARAGRAPHS = [
    "Government forces pushed into the eastern districts of the city on Tuesday after weeks of heavy "
    "bombardment, according to residents and a monitoring group based in Britain.",
    "The Syrian Observatory for Human Rights said at least 40 civilians had been killed in the past two "
    "days, many of them in air strikes on residential buildings near the old market.",
    "Aid agencies warned that food and medical supplies were running out and called on all sides to allow "
    "convoys to reach the thousands of families who remain trapped in the area.",
    "Officials in Damascus did not respond to requests for comment, but state media said the army was "
    "targeting armed groups and that it had opened corridors for civilians to leave.",
]


def article(title: str = "Syrian army advances in Aleppo as civilians flee", *extra: str) -> str:
    """A plain-text scrape: headline, then prose paragraphs."""
    return "\n\n".join([title, *PARAGRAPHS, *extra]) + "\n"


def build(raw: Path):
    articles, removed, problems = build_articles(raw, progress=False)
    return articles, removed, problems


def row(articles: pd.DataFrame, source_path: str) -> pd.Series:
    rows = articles[articles["source_path"] == source_path]
    assert len(rows) == 1, f"{source_path}: {len(rows)} rows"
    return rows.iloc[0]


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    d = tmp_path / "raw"
    d.mkdir()
    return d


# ---------------------------------------------------------------- one bad input at a time

@pytest.mark.parametrize(
    "name, data, kind",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\n\t \r\n", "empty"),
        ("image.txt", PNG, "binary"),
        ("notes.docx", b"PK\x03\x04....", "unsupported_format"),
        ("README", b"no suffix at all", "unsupported_format"),
        ("utf16.txt", (article() + "\nSaved as UTF-16.").encode("utf-16"), "ok"),  # not good.txt's text: that is a duplicate_file
        ("mixed_endings.txt", (article() + "\n\nSaved with mixed line ends.").replace("\n\n", "\r\n\r\n", 2).replace("\n\n", "\r\r").encode(), "ok"),
        ("nav.txt", b"Home\nWorld\nMiddle East\nSport\nContact us\n", "no_body"),
        ("headlines.txt", b"Syria talks end without a deal\nRussia announces new truce in Aleppo\nUN warns of famine in Idlib\n", "no_body"),
        ("symbols.txt", "* * *\n----\n\u2022 \u2022 \u2022\n|||\n".encode(), "no_body"),
    ],
)
def test_each_bad_input_has_a_record_with_a_status(raw, name, data, kind):
    (raw / "good.txt").write_text(article())
    (raw / name).write_bytes(data)
    articles, _, _ = build(raw)
    assert len(articles) == 2
    assert row(articles, "good.txt")["status"] == "ok", "one bad input must not affect the others"
    got = status_kind(row(articles, name)["status"])
    # An article with no sentence has no body to measure, whatever the cleaner calls it.
    assert got == kind or (kind == "no_body" and got == "no_sentences"), row(articles, name)["status"]


def test_utf16_article_is_cleaned_like_its_utf8_copy(raw):
    (raw / "a.txt").write_text(article())
    (raw / "b.txt").write_bytes(article().encode("utf-16"))
    (raw / "metadata.csv").write_text("file,outlet\na.txt,A\nb.txt,B\n")  # two outlets: not one article saved twice (duplicate_file)
    articles, _, _ = build(raw)
    a, b = row(articles, "a.txt"), row(articles, "b.txt")
    assert (a["body"], a["title"], a["n_words"]) == (b["body"], b["title"], b["n_words"])


def test_mixed_line_endings_give_the_same_record_as_lf(raw):
    text = article()
    (raw / "lf.txt").write_text(text)
    (raw / "mixed.txt").write_bytes(text.replace("\n", "\r\n", 3).replace("\n\n", "\r\r").encode())
    articles, _, _ = build(raw)
    lf, mixed = row(articles, "lf.txt"), row(articles, "mixed.txt")
    assert (lf["body"], lf["title"]) == (mixed["body"], mixed["title"])
    assert "\r" not in mixed["body"]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_western_single_byte_text_keeps_accented_names(raw, encoding):
    quote = "\u201cWe have nothing left,\u201d said Jos\u00e9 Mu\u00f1oz" if encoding == "cp1252" else "Jos\u00e9 Mu\u00f1oz"
    extra = f"{quote}, a volunteer with the Fran\u00e7ois H\u00e9bert foundation who has worked in the city for years."
    (raw / "w.txt").write_bytes(article("Syrian army advances in Aleppo as civilians flee", extra).encode(encoding))
    articles, _, _ = build(raw)
    r = row(articles, "w.txt")
    assert r["status"] == "ok"
    assert "Jos\u00e9 Mu\u00f1oz" in r["body"] and "Fran\u00e7ois H\u00e9bert" in r["body"]
    if encoding == "cp1252":
        assert "\u201cWe have nothing left,\u201d" in r["body"]


def test_50_mb_file_has_a_too_large_record(raw, request):
    request.addfinalizer((raw / "huge.txt").unlink)  # 50 MB: do not keep it in pytest's tmp
    with open(raw / "huge.txt", "wb") as fh:
        fh.write(article().encode() * (50_000_000 // len(article()) + 1))
    (raw / "good.txt").write_text(article())
    articles, _, _ = build(raw)
    assert status_kind(row(articles, "huge.txt")["status"]) == "too_large"
    assert row(articles, "good.txt")["status"] == "ok"


HOSTILE_HTML = """<!doctype html><html><head><title>Syrian army advances in Aleppo</title>
<script>document.title = 'HACKED'; var secret = "SCRIPT-TEXT-MARKER";</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Syrian army advances in Aleppo</h1>
{paras}
<img src="x" onerror="alert('ONERROR-MARKER')">
<p onmouseover="alert('HANDLER-MARKER')">Residents said the shelling continued into the night and that many families had fled to villages further north.</p>
<script type="text/javascript">alert("INLINE-SCRIPT-MARKER")</script>
<noscript>NOSCRIPT-MARKER</noscript>
</article></body></html>"""


def test_html_scripts_and_event_handlers_never_reach_the_body(raw):
    paras = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    (raw / "page.html").write_text(HOSTILE_HTML.format(paras=paras))
    articles, _, _ = build(raw)
    r = row(articles, "page.html")
    assert r["status"] == "ok", r["status"]
    assert PARAGRAPHS[1] in r["body"]
    fields = " ".join(str(r[c]) for c in ("body", "title", "outlet"))
    for marker in ("SCRIPT-TEXT-MARKER", "ONERROR-MARKER", "HANDLER-MARKER", "INLINE-SCRIPT-MARKER", "alert(", "HACKED"):
        assert marker not in fields


def test_corpus_without_text_column_reports_the_missing_column_for_every_record(raw):
    (raw / "c.csv").write_text("id,title,prose\n1,A,words\n2,B,more words\n3,C,even more\n")
    articles, _, _ = build(raw)
    assert len(articles) == 3
    assert set(articles["status"].map(status_kind)) == {"missing_column"}
    assert all("no text column" in s and "prose" in s for s in articles["status"])


def test_malformed_rows_and_duplicate_ids_in_corpora(raw):
    lines = [
        json.dumps({"id": "a1", "text": article(), "outlet": "Reuters"}),
        "{broken json",
        json.dumps({"id": "a1", "text": article("A copy with the same id")}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a2", "html": "<html><body>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>"}),
    ]
    (raw / "c.jsonl").write_text("\n".join(lines) + "\n")
    (raw / "d.csv").write_text('id,text\nx1,"' + article().replace('"', '""') + '"\nx2,a,b,c\n')
    articles, _, _ = build(raw)
    kinds = dict(zip(articles["article_id"], articles["status"].map(status_kind)))
    assert kinds == {
        "c:a1": "ok", "c:row2": "malformed", "c:a1#2": "duplicate_id", "c:row4": "malformed", "c:a2": "ok",
        "d:x1": "ok", "d:row3": "malformed",  # a bad row's id is its row: x1's quoted newlines do not count
    }
    assert articles.set_index("article_id").loc["c:a1", "outlet"] == "Reuters"


FRENCH = (
    "Les forces gouvernementales sont entr\u00e9es dans les quartiers est de la ville mardi, selon les habitants.\n\n"
    "L'Observatoire syrien des droits de l'homme a indiqu\u00e9 qu'au moins 40 civils avaient \u00e9t\u00e9 tu\u00e9s "
    "dans les frappes a\u00e9riennes sur des immeubles r\u00e9sidentiels pr\u00e8s du vieux march\u00e9.\n\n"
    "Les agences humanitaires ont averti que la nourriture et les m\u00e9dicaments manquaient et ont appel\u00e9 "
    "toutes les parties \u00e0 laisser passer les convois pour les milliers de familles qui sont pi\u00e9g\u00e9es dans la zone.\n"
)
ARABIC = (
    "\u0642\u0627\u0644 \u0627\u0644\u0645\u0631\u0635\u062f \u0627\u0644\u0633\u0648\u0631\u064a \u0644\u062d\u0642\u0648\u0642 "
    "\u0627\u0644\u0625\u0646\u0633\u0627\u0646 \u0625\u0646 \u0623\u0631\u0628\u0639\u064a\u0646 \u0645\u062f\u0646\u064a\u0627 "
    "\u0642\u062a\u0644\u0648\u0627 \u0641\u064a \u063a\u0627\u0631\u0627\u062a \u062c\u0648\u064a\u0629 \u0639\u0644\u0649 "
    "\u0627\u0644\u0623\u062d\u064a\u0627\u0621 \u0627\u0644\u0633\u0643\u0646\u064a\u0629 \u0641\u064a \u0645\u062f\u064a\u0646\u0629 "
    "\u062d\u0644\u0628 \u062e\u0644\u0627\u0644 \u0627\u0644\u064a\u0648\u0645\u064a\u0646 \u0627\u0644\u0645\u0627\u0636\u064a\u064a\u0646.\n"
) * 4


@pytest.mark.parametrize("text", [FRENCH, ARABIC], ids=["french", "arabic"])
def test_non_english_article_is_not_english(raw, text):
    (raw / "x.txt").write_text(text)
    articles, _, _ = build(raw)
    r = row(articles, "x.txt")
    assert status_kind(r["status"]) == "not_english", r["status"]
    assert r["language"] in ("fr", "ar")


OTHER_LANGUAGES = {
    "italian": "Le forze governative sono entrate nei quartieri orientali della citt\u00e0 marted\u00ec, secondo i residenti. "
    "L'Osservatorio siriano ha detto che almeno 40 civili sono stati uccisi negli attacchi aerei sugli edifici "
    "residenziali vicino al vecchio mercato.",
    "turkish": "H\u00fck\u00fcmet g\u00fc\u00e7leri sal\u0131 g\u00fcn\u00fc \u015fehrin do\u011fu mahallelerine girdi, sakinlere g\u00f6re. "
    "Suriye \u0130nsan Haklar\u0131 G\u00f6zlemevi, eski \u00e7ar\u015f\u0131n\u0131n yak\u0131n\u0131ndaki konut binalar\u0131na d\u00fczenlenen "
    "hava sald\u0131r\u0131lar\u0131nda en az 40 sivilin \u00f6ld\u00fc\u011f\u00fcn\u00fc s\u00f6yledi.",
    "dutch": "Regeringstroepen zijn dinsdag de oostelijke wijken van de stad binnengetrokken, volgens bewoners. Het Syrisch "
    "Observatorium zei dat ten minste 40 burgers zijn gedood bij luchtaanvallen op woongebouwen in de buurt van de oude markt.",
    "greek": "\u039f\u03b9 \u03ba\u03c5\u03b2\u03b5\u03c1\u03bd\u03b7\u03c4\u03b9\u03ba\u03ad\u03c2 \u03b4\u03c5\u03bd\u03ac\u03bc\u03b5\u03b9\u03c2 "
    "\u03b5\u03b9\u03c3\u03ae\u03bb\u03b8\u03b1\u03bd \u03c3\u03c4\u03b9\u03c2 \u03b1\u03bd\u03b1\u03c4\u03bf\u03bb\u03b9\u03ba\u03ad\u03c2 "
    "\u03c3\u03c5\u03bd\u03bf\u03b9\u03ba\u03af\u03b5\u03c2 \u03c4\u03b7\u03c2 \u03c0\u03cc\u03bb\u03b7\u03c2 \u03c4\u03b7\u03bd "
    "\u03a4\u03c1\u03af\u03c4\u03b7, \u03c3\u03cd\u03bc\u03c6\u03c9\u03bd\u03b1 \u03bc\u03b5 \u03ba\u03b1\u03c4\u03bf\u03af\u03ba\u03bf\u03c5\u03c2 "
    "\u03ba\u03b1\u03b9 \u03c4\u03bf\u03c5\u03bb\u03ac\u03c7\u03b9\u03c3\u03c4\u03bf\u03bd 40 \u03ac\u03bc\u03b1\u03c7\u03bf\u03b9 "
    "\u03c3\u03ba\u03bf\u03c4\u03ce\u03b8\u03b7\u03ba\u03b1\u03bd \u03c3\u03b5 \u03b1\u03b5\u03c1\u03bf\u03c0\u03bf\u03c1\u03b9\u03ba\u03ad\u03c2 "
    "\u03b5\u03c0\u03b9\u03b4\u03c1\u03bf\u03bc\u03ad\u03c2.",
}


@pytest.mark.parametrize("name", sorted(OTHER_LANGUAGES))
def test_articles_in_other_languages_are_not_english(raw, name):
    text = "\n\n".join([OTHER_LANGUAGES[name]] * 4) + "\n"
    (raw / "x.txt").write_text(text)
    articles, _, _ = build(raw)
    assert status_kind(row(articles, "x.txt")["status"]) == "not_english"


@pytest.mark.parametrize("value", ["2099-06-01", "0001-01-01", "9999-12-31", "1/1/1989"])
def test_implausible_date_from_sidecar_is_rejected_with_a_warning(raw, value):
    (raw / "a.txt").write_text(article())
    (raw / "metadata.csv").write_text(f"file,published\na.txt,{value}\n")
    articles, _, problems = build(raw)
    r = row(articles, "a.txt")
    assert r["status"] == "ok"
    assert r["published"] is None or str(r["published"]) != "2099-06-01" and r["date_source"] != "metadata"
    assert "outside 1990-01-01.." in r["warnings"]
    assert any(value in p for p in problems)


def test_future_date_in_the_text_is_a_warning(raw):
    (raw / "a.txt").write_text(article("Syrian army advances in Aleppo", "Talks are scheduled for March 3, 2091 in Geneva, diplomats said on Tuesday."))
    articles, _, _ = build(raw)
    r = row(articles, "a.txt")
    assert r["status"] == "ok"
    assert str(r["published"]) == "2091-03-03", "the only date in the text"
    assert "future" in r["warnings"]


def test_sidecar_naming_files_that_do_not_exist_is_reported(raw):
    (raw / "a.txt").write_text(article())
    (raw / "metadata.csv").write_text("file,outlet,published\na.txt,AP,2014-02-03\nghost.txt,AFP,2014-02-04\n")
    articles, _, problems = build(raw)
    assert len(articles) == 1 and row(articles, "a.txt")["outlet"] == "AP"
    assert any("ghost.txt" in p and "does not exist" in p for p in problems)


# ---------------------------------------------------------------- nothing lost

def make_messy_raw(raw: Path) -> dict[str, int]:
    """Every kind of bad input in one directory; returns how many records each file holds."""
    expected: dict[str, int] = {}

    def put(name: str, data: bytes | str, records: int = 1) -> None:
        path = raw / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        expected[name] = records

    put("good.txt", article())
    put("empty.txt", b"")
    put("blank.txt", b"  \n \r\n")
    put("image.txt", PNG)
    put("utf16.txt", article().encode("utf-16"))
    put("cp1252.txt", article("Jos\u00e9 Mu\u00f1oz: \u201cwe stay\u201d").encode("cp1252"))
    put("latin1.txt", article("Fran\u00e7ois H\u00e9bert reports").encode("latin-1"))
    put("mixed.txt", article().replace("\n\n", "\r\n\r\n", 2).replace("\n\n", "\r\r"))
    put("page.html", HOSTILE_HTML.format(paras="".join(f"<p>{p}</p>" for p in PARAGRAPHS)))
    put("french.txt", FRENCH)
    put("nav.txt", "Home\nWorld\nSport\n")
    put("notes.docx", b"PK\x03\x04")
    put("sub/nested.txt", article("A nested article about the siege"))
    put("nocol.csv", "id,title\n1,a\n2,b\n", 2)
    put("bad.jsonl", "\n".join([
        json.dumps({"id": "a", "text": article()}), "{nope", json.dumps({"id": "a", "text": article("A different article")}),
        json.dumps({"text": article()}), json.dumps({"id": "e", "text": ""}), "",
    ]) + "\n", 5)
    put("rows.csv", 'id,text\n1,"' + article().replace('"', '""') + '"\n2,x,y\n3\n', 3)
    put("header_only.csv", "id,text\n", 1)
    with open(raw / "huge.txt", "wb") as fh:
        fh.truncate(ingest.MAX_ARTICLE_BYTES + 1)
    expected["huge.txt"] = 1
    put("metadata.csv", "file,published\ngood.txt,2099-01-01\nghost.txt,2014-01-01\n", 0)
    return expected


def test_every_input_file_and_record_appears_exactly_once(raw):
    expected = {k: v for k, v in make_messy_raw(raw).items() if v}
    articles, _, problems = build(raw)
    assert articles["article_id"].is_unique
    assert articles["source_path"].value_counts().sort_index().to_dict() == dict(sorted(expected.items()))
    assert articles["status"].notna().all() and (articles["status"] != "").all()
    assert any("ghost.txt" in p for p in problems)


def test_status_accounting_adds_up(raw):
    expected = make_messy_raw(raw)
    articles, _, _ = build(raw)
    acc = status_accounting(articles).set_index("status")["articles"]
    n_inputs = sum(expected.values())
    assert acc["all inputs"] == n_inputs == len(articles)
    assert acc.drop("all inputs").sum() == n_inputs
    assert acc["ok"] == (articles["status"] == "ok").sum()
    kinds = set(acc.index) - {"all inputs"}
    for kind in ("ok", "empty", "binary", "unsupported_format", "missing_column", "malformed", "duplicate_id",
                 "missing_text", "too_large", "not_english"):
        assert kind in kinds, f"{kind} missing from {sorted(kinds)}"
    assert kinds & {"no_body", "no_sentences"}, f"nav.txt (no sentences) must be rejected: {sorted(kinds)}"


# ---------------------------------------------------------------- reproducible, never evaluated

def test_build_articles_twice_gives_identical_tables(raw):
    make_messy_raw(raw)
    first = build(raw)
    second = build(raw)
    pd.testing.assert_frame_equal(first[0], second[0])
    pd.testing.assert_frame_equal(first[1], second[1])
    assert first[2] == second[2]


def test_bundled_articles_twice_give_identical_tables():
    a1, r1, p1 = build(REPO / "data" / "raw")
    a2, r2, p2 = build(REPO / "data" / "raw")
    pd.testing.assert_frame_equal(a1, a2)
    pd.testing.assert_frame_equal(r1, r2)
    assert p1 == p2


UNSAFE_MODULES = {"pickle", "cPickle", "_pickle", "dill", "cloudpickle", "joblib", "shelve", "marshal"}
UNSAFE_CALLS = {"eval", "exec", "compile", "__import__"}
UNSAFE_ATTRS = {"read_pickle", "to_pickle", "load_pickle", "unsafe_load", "full_load"}


def _unsafe_uses(source: str, filename: str) -> list[str]:
    """Imports of pickle-like modules, eval/exec, pandas pickles, yaml.load and
    numpy loads that allow pickles, found in the syntax tree (so docstrings saying
    'never pickle' do not count)."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        where = f"{filename}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Import):
            found += [f"{where} import {a.name}" for a in node.names if a.name.split(".")[0] in UNSAFE_MODULES]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in UNSAFE_MODULES:
            found.append(f"{where} from {node.module} import")
        elif isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Name) and f.id in UNSAFE_CALLS:
                found.append(f"{where} {f.id}()")
            if isinstance(f, ast.Attribute):
                if f.attr in UNSAFE_ATTRS:
                    found.append(f"{where} .{f.attr}()")
                if f.attr == "load" and isinstance(f.value, ast.Name) and f.value.id == "yaml":
                    found.append(f"{where} yaml.load()")
            for kw in node.keywords:
                if kw.arg == "allow_pickle" and not (isinstance(kw.value, ast.Constant) and kw.value.value is False):
                    found.append(f"{where} allow_pickle")
    return found


def _python_sources():
    for folder in ("src", "scripts", "benchmarks"):
        for path in sorted((REPO / folder).rglob("*.py")):
            yield path.relative_to(REPO).as_posix(), path.read_text(encoding="utf-8")
    for path in sorted((REPO / "notebooks").glob("*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        for i, cell in enumerate(nb["cells"]):
            if cell["cell_type"] == "code":
                src = "".join(cell["source"])
                src = "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in src.split("\n"))
                yield f"{path.relative_to(REPO).as_posix()}[cell {i}]", src


def test_no_code_unpickles_or_evaluates_data():
    found = [hit for name, src in _python_sources() for hit in _unsafe_uses(src, name)]
    assert not found, "unsafe deserialisation or evaluation:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "snippet",
    ["import pickle", "from joblib import load", "eval(s)", "df = pd.read_pickle(p)", "np.load(p, allow_pickle=True)", "yaml.load(f)"],
)
def test_the_unsafe_use_scan_can_fail(snippet):
    assert _unsafe_uses(snippet, "x.py")


def test_a_body_longer_than_any_news_article_is_read_with_a_warning(monkeypatch):
    """A 3 MB field (a whole export pasted into one cell) is read as one article, but its
    row says so: its tolls and tone would otherwise weigh as one article's without a word."""
    from analysis import articles as articles_module
    from analysis.ingest import RawDoc

    doc = RawDoc(article_id="c:1", source_path="c.jsonl", record_id="1", text=article())
    record, _ = articles_module.article_record(doc)
    n_words = record["n_words"]
    assert record["status"] == "ok" and n_words > 1
    monkeypatch.setattr(articles_module, "LONG_ARTICLE_WORDS", n_words - 1)
    record, _ = articles_module.article_record(doc)
    assert record["status"] == "ok" and f"{n_words:,} words" in record["warnings"]
    monkeypatch.setattr(articles_module, "LONG_ARTICLE_WORDS", n_words)
    assert "words, more than" not in articles_module.article_record(doc)[0]["warnings"]
