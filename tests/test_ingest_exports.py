"""Corpus exports of other shapes (QA8): nested JSONL objects (NewsAPI's source), GDELT's ISO
basic dates, a folder mixing two exports under one --columns, and what a notebook user is told."""

import json
from datetime import date, datetime, time
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import ingest, tables
from analysis.ingest import corpus_column_problems, iter_raw
from analysis.metadata_dates import parse_metadata_date

TEXT = "Air strikes killed at least {n} civilians in Aleppo on Tuesday, the monitor said."
names = st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=12).map(str.strip).filter(bool)
keys = st.text(st.characters(categories=["Ll"], max_codepoint=0x7a), min_size=1, max_size=8)
# JSON values a record's other fields may hold: nested objects and lists among them
junk = st.recursive(st.none() | st.integers() | names, lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(keys, inner, max_size=3), max_leaves=6)
FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _write_jsonl(folder: Path, records: list[dict], name: str = "export.jsonl") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return folder


def _repr_like(value) -> bool:
    return value is not None and value.lstrip()[:1] in ("{", "[")


@FAST
@given(outlets=st.lists(names, min_size=1, max_size=5), ids=st.lists(st.none() | names, min_size=5, max_size=5),
       extra=st.dictionaries(keys.filter(lambda k: k not in ("source", "content", "title", "id")), junk, max_size=3))
def test_a_nested_source_object_gives_its_name_as_the_outlet(tmp_path_factory, outlets, ids, extra):
    """QA8 1: NewsAPI's {"source": {"id": null, "name": "Reuters"}} became the outlet
    "{'id': None, 'name': 'Reuters'}" silently; no field is ever a dict's or list's repr."""
    records = [{**extra, "source": {"id": ids[i], "name": o}, "title": f"T{i}", "content": TEXT.format(n=i + 2)}
               for i, o in enumerate(outlets)]
    raw = _write_jsonl(tmp_path_factory.mktemp("raw"), records)
    docs = list(iter_raw(raw))
    assert [d.status for d in docs] == ["ok"] * len(outlets)
    assert [d.outlet for d in docs] == outlets
    for d in docs:
        assert not any(_repr_like(v) for v in (d.outlet, d.title, d.record_id, d.published, d.url)), d


@FAST
@given(path=st.lists(keys, min_size=2, max_size=4, unique=True), outlet=names)
def test_a_nested_text_is_named_by_its_dotted_path(tmp_path_factory, path, outlet):
    """QA8 2: a text inside an object could not be named (--columns text=content.body said the
    file has no such column) and the error named 'text', a field the file does not have."""
    record: dict = {"meta": {"paper": {"name": outlet}}}
    inner = record
    for key in path[:-1]:
        inner = inner.setdefault(key, {})
    inner[path[-1]] = TEXT.format(n=5)
    raw = _write_jsonl(tmp_path_factory.mktemp("raw"), [record])
    dotted = ".".join(path)
    (plain,) = iter_raw(raw)
    if plain.status != "ok":  # no usual name: the message lists the dotted column to name
        assert plain.status.startswith("missing_column") and dotted in plain.status, plain.status
    (doc,) = iter_raw(raw, columns=f"text={dotted},outlet=meta.paper.name")
    assert doc.status == "ok" and doc.text == TEXT.format(n=5) and doc.outlet == outlet
    assert corpus_column_problems(raw, f"text={dotted},outlet=meta.paper.name") == ([], [])


@FAST
@given(field=st.sampled_from(["outlet", "title", "date", "id"]), values=st.lists(st.lists(names, max_size=3), min_size=1, max_size=4))
def test_a_list_in_a_field_is_left_empty_with_a_note_naming_file_and_column(tmp_path_factory, field, values):
    """A JSON list is no outlet, title, date or id: the field is left empty, each record and the
    file's note (printed by the pipeline) name the file and column and say what to do."""
    column = {"outlet": "publisher", "title": "headline", "date": "pubdate", "id": "guid"}[field]
    records = [{"text": TEXT.format(n=i + 2), column: v} for i, v in enumerate(values)]
    raw = _write_jsonl(tmp_path_factory.mktemp("raw"), records)
    notes: list[str] = []
    docs = list(iter_raw(raw, notes=notes))
    assert all(d.status == "ok" for d in docs)
    for d in docs:
        assert not any(_repr_like(v) for v in (d.outlet, d.title, d.record_id, d.published)), d
    lists = sum(1 for v in values if v)
    said = [n for n in tables.column_notes(pd.DataFrame({"note": notes}))]
    if lists:
        (note,) = said
        assert note.startswith("export.jsonl: ") and repr(column) in note and f"--columns {field}=COLUMN" in note
        assert f"{lists} of {lists} values" in note
        assert sum(any(repr(column) in w for w in d.warnings) for d in docs) == lists
    else:
        assert said == []


def test_a_dict_text_names_its_column_and_the_option():
    """The text field's problem names the column it was read from, not the field."""
    text, problem = ingest._text_field({"text": ["a", "b"]}, "text", "Content")
    assert text is None and "'Content'" in problem and "--columns text=COLUMN" in problem


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)), st.times(),
       st.sampled_from(["Z", "", "+0300", "-05"]), st.sampled_from(["%H%M%S", "%H%M", "%H"]))
def test_iso_basic_dates_with_a_time_are_read(d, t, zone, clock):
    """QA8 3: GDELT's seendate 20161115T120000Z was read by no format: every date was lost."""
    value = f"{d:%Y%m%d}T{t.strftime(clock)}{zone}"
    assert parse_metadata_date(value)[0] == d


def _csv(folder: Path, name: str, header: list[str], rows: list[list[str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(rows, columns=header).to_csv(folder / name, index=False)


@FAST
@given(values=st.lists(st.sampled_from(["20161115T120000Z", "2016-11-15", "soon", "Q3/2016", "n.d."]), min_size=1, max_size=8))
def test_a_date_column_mostly_unread_is_one_note_with_count_and_first(tmp_path_factory, values):
    """A named date column whose values no format reads: one note for the file (printed on the
    console by the pipeline) with the count and the first, when most of them are unread."""
    raw = tmp_path_factory.mktemp("raw")
    _csv(raw, "gdelt.csv", ["text", "seendate"], [[TEXT.format(n=i + 2), v] for i, v in enumerate(values)])
    notes: list[str] = []
    docs = list(iter_raw(raw, columns="date=seendate", notes=notes))
    bad = [i for i, v in enumerate(values) if v not in ("20161115T120000Z", "2016-11-15")]
    assert [d.published for i, d in enumerate(docs) if i not in bad] == ["2016-11-15"] * (len(values) - len(bad))
    said = tables.column_notes(pd.DataFrame({"note": notes}))
    if 2 * len(bad) > len(values):
        (note,) = said
        assert note.startswith("gdelt.csv: ") and f"{len(bad)} of {len(values)} dates in column 'seendate'" in note
        assert repr(values[bad[0]]) in note and "--columns date=COLUMN" in note
    else:
        assert said == []


@FAST
@given(outlets=st.lists(names, min_size=1, max_size=3), named_first=st.booleans())
def test_a_named_column_applies_to_the_files_that_have_it(tmp_path_factory, outlets, named_first):
    """QA8 4, 6: --columns is for a whole folder: a name one export has is read there, another
    export keeps its usual names; only a name no file has stops the run (a typo), and a file
    with a usual column gets no false 'no outlet column found' note."""
    raw = tmp_path_factory.mktemp("raw")
    rows = [[TEXT.format(n=i + 2), o] for i, o in enumerate(outlets)]
    _csv(raw, "a.csv" if named_first else "b.csv", ["text", "newspaper_name"], rows)
    _csv(raw, "b.csv" if named_first else "a.csv", ["text", "outlet"], rows)
    notes: list[str] = []
    absent, textless = corpus_column_problems(raw, "outlet=newspaper_name", notes)
    assert absent == [] == textless and not any("no outlet" in n for n in notes), notes
    assert [d.outlet for d in iter_raw(raw, columns="outlet=newspaper_name")] == outlets * 2
    absent, _ = corpus_column_problems(raw, "outlet=newspaper", notes)
    (problem,) = absent
    assert "--columns outlet=newspaper" in problem and "1 other corpus file here lacks it too" in problem


def test_a_notebook_run_stops_on_a_column_no_file_has(tmp_path):
    """QA8 6: the check lived in the command line only; papermill runs of notebook 01 (which
    call build_articles) went on with the field read from the usual names."""
    from analysis.articles import build_articles

    _csv(tmp_path / "raw", "a.csv", ["text", "domain"], [[TEXT.format(n=3), "x.org"]])
    with pytest.raises(ingest.ColumnsError, match="a.csv.*outlet=media"):
        build_articles(tmp_path / "raw", columns="outlet=media", progress=False)
    articles, _, _ = build_articles(tmp_path / "raw", columns="outlet=domain", progress=False)
    assert list(articles["outlet"]) == ["x.org"]


def test_a_notebook_without_its_raw_folder_names_the_parameter_and_makes_no_folder(tmp_path):
    """QA8 7: the error told a notebook user to 'pass --raw-dir', and the failed run left an
    empty reports/figures folder behind."""
    from analysis import notebook

    figures = tmp_path / "reports" / "figures"
    with pytest.raises(ingest.InputError) as info:
        notebook.setup(tmp_path / "p", figures, tmp_path / "missing")
    assert "raw_dir in its parameters cell" in str(info.value) and "-p raw_dir" in str(info.value)
    assert str(tmp_path / "missing") in str(info.value)
    assert not (tmp_path / "reports").exists()


@FAST
@given(number=st.integers() | st.floats(allow_nan=False, allow_infinity=False), listed=st.lists(names, min_size=1, max_size=3))
def test_a_json_number_or_list_as_text_is_malformed_naming_its_column(tmp_path_factory, number, listed):
    """QA8 14: a text 12345 was an ok article that went on to tolls and tone."""
    raw = _write_jsonl(tmp_path_factory.mktemp("raw"), [{"id": "e", "body": number}, {"id": "f", "body": listed}])
    statuses = [d.status for d in iter_raw(raw)]
    assert [s.split(":", 1)[0] for s in statuses] == ["malformed", "malformed"], statuses
    assert all("'body'" in s and "--columns text=COLUMN" in s for s in statuses)


@FAST
@given(name=st.sampled_from(["article_text", "article_title", "publish_date", "source_domain"]),
       gap=st.sampled_from([" ", "  ", "-", " - "]), case=st.sampled_from([str.title, str.upper, str.lower]))
def test_a_header_with_spaces_for_underscores_is_its_usual_name(tmp_path_factory, name, gap, case):
    """QA8 10a: 'Article Text' in a hand-edited header was not article_text (case and padding
    were folded, spaces were not); --columns with the header's spelling reads it too."""
    header = case(name.replace("_", gap))
    raw = tmp_path_factory.mktemp("raw")
    cols = ["text", header] if name != "article_text" else [header]
    _csv(raw, "a.csv", cols, [[TEXT.format(n=3)] * len(cols)])
    (doc,) = iter_raw(raw)
    assert doc.status == "ok" and doc.text == TEXT.format(n=3)
    assert corpus_column_problems(raw, f"{ {'article_text': 'text', 'article_title': 'title', 'publish_date': 'date', 'source_domain': 'outlet'}[name]}={header}") == ([], [])


def test_a_spreadsheet_file_is_told_to_save_as_csv(tmp_path):
    """QA8 10c: an .xlsx was told to save text copied out of a PDF."""
    assert "Save As > CSV" in ingest.unsupported_status(tmp_path / "corpus.xlsx")
    assert "PDF" in ingest.unsupported_status(tmp_path / "report.pdf")


def test_a_file_without_text_column_gets_a_guess_for_it():
    """QA8 10b: with only the text missing, no column was guessed although one's name says text."""
    from analysis.corpus_columns import missing_text_message

    assert "perhaps --columns text=story_text_raw" in missing_text_message("a.csv", ["id", "story_text_raw", "title", "outlet", "date"])
