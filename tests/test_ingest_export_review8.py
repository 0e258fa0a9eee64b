"""Corpus-export reading after the eighth review (rev8 items 22, 5, 9, 7, 6, 11, 10, 17, 21, 23):
a --columns name decided per file, header folds that merge columns, conflicting --columns."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest import corpus_column_problems, iter_raw

from export_records import FAST, TEXT, names
from export_records import write_jsonl as _write_jsonl


@FAST
@given(rows=st.lists(st.tuples(st.sampled_from(["named", "null", "omitted"]), names, names), min_size=1, max_size=6)
       .filter(lambda rows: any(kind == "named" for kind, _, _ in rows)))
def test_a_jsonl_with_the_named_column_anywhere_reads_that_field_only_from_it(tmp_path_factory, rows):
    """Review 8 item 22: records omitting the --columns key read the outlet from `domain`, so one
    outlet appeared under two names. A file's columns are all its records' keys."""
    records = []
    for i, (kind, media, domain) in enumerate(rows):
        rec = {"id": str(i), "text": TEXT.format(n=i + 2), "domain": domain}
        if kind != "omitted":
            rec["media_name"] = media if kind == "named" else None
        records.append(rec)
    raw = _write_jsonl(tmp_path_factory.mktemp("raw"), records)
    notes: list[str] = []
    docs = list(iter_raw(raw, columns="outlet=media_name", notes=notes))
    assert [d.outlet for d in docs] == [media if kind == "named" else None for kind, media, _ in rows]
    assert any("domain" in n for n in notes), notes  # the usual-name column is said to be unused


def _csv(folder: Path, name: str, header: list[str], rows: list[list[str]]) -> Path:
    import csv
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / name, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([header, *rows])
    return folder


def _spelled(name: str, gaps: list[str], cases: list[bool]) -> str:
    """`name` as a hand-edited header writes it: its underscores as spaces or hyphens, words capitalised or not."""
    words = name.split("_")
    words = [w.capitalize() if up else w for w, up in zip(words, cases + [False] * len(words))]
    return "".join(w + (gaps[i % len(gaps)] if i < len(words) - 1 else "") for i, w in enumerate(words))


@FAST
@given(name=st.sampled_from(["article_text", "article_title", "source_domain"]),
       variants=st.lists(st.tuples(st.lists(st.sampled_from([" ", "-", "_"]), min_size=1, max_size=2),
                                   st.lists(st.booleans(), min_size=2, max_size=2)), min_size=1, max_size=3),
       exact_at=st.integers(0, 3))
def test_header_cells_folding_to_one_name_read_the_exact_one_and_say_so(tmp_path_factory, name, variants, exact_at):
    """Review 8 item 5: 'Article Text' beside 'article_text' were merged silently (the last cell
    read). The cell spelled as the name is read, and a note names the file and every cell."""
    spelled = [s for s in dict.fromkeys(_spelled(name, g, c) for g, c in variants) if s != name]
    if not spelled:
        return
    header = spelled[:exact_at] + [name] + spelled[exact_at:]
    cells = [f"cell {i} " + TEXT.format(n=i) for i in range(len(header))]
    raw = _csv(tmp_path_factory.mktemp("raw"), "b.csv", ["id", "text", *header], [["1", TEXT.format(n=9), *cells]])
    notes: list[str] = []
    columns = {"article_text": "text", "article_title": "title", "source_domain": "outlet"}[name]
    docs = list(iter_raw(raw, columns=f"{columns}={name}", notes=notes))
    assert getattr(docs[0], columns) == cells[header.index(name)]
    said = [n for n in notes if n.startswith("b.csv:") and all(repr(s) in n for s in header)]
    assert said, notes
    console: list[str] = []
    corpus_column_problems(raw, f"{columns}={name}", console)
    assert any("b.csv" in n and all(repr(s) in n for s in header) for n in console), console


@FAST
@given(outlet=names, url=st.sampled_from(["http://x", "https://www.reuters.com/world", "reuters.com"]),
       name_first=st.booleans(), jsonl=st.booleans())
def test_source_name_is_the_outlet_before_a_flat_source(tmp_path_factory, outlet, url, name_first, jsonl):
    """Review 8 item 9: beside a `source.name` column (a CSV header, or a JSONL nested source),
    a flat `source` (often a URL) was read as the outlet."""
    folder = tmp_path_factory.mktemp("raw")
    pairs = [("source.name", outlet), ("source", url)]
    pairs = pairs if name_first else pairs[::-1]
    if jsonl:
        _write_jsonl(folder, [{"id": "1", "text": TEXT.format(n=3), **dict(pairs)}])
    else:
        _csv(folder, "a.csv", ["id", "text", *(k for k, _ in pairs)], [["1", TEXT.format(n=3), *(v for _, v in pairs)]])
    assert [d.outlet for d in iter_raw(folder)] == [outlet]


FIELD_SPELLINGS = {"text": ["text", "body"], "title": ["title"], "outlet": ["outlet", "source"],
                   "published": ["published", "date"], "html": ["html"]}
columns_typed = st.text(st.characters(categories=["Ll", "Nd"], max_codepoint=0x7a), min_size=1, max_size=8)


@FAST
@given(field=st.sampled_from(sorted(FIELD_SPELLINGS)), data=st.data(), first=columns_typed, second=columns_typed)
def test_a_field_given_twice_in_columns_is_an_error_naming_both(field, data, first, second):
    """Review 8 item 7: outlet=domain,outlet=media_name and date=...,published=... kept the last, silently."""
    from analysis.corpus_columns import ColumnSpecError, parse_column_mapping

    one, two = (data.draw(st.sampled_from(FIELD_SPELLINGS[field])) for _ in range(2))
    with pytest.raises(ColumnSpecError) as err:
        parse_column_mapping(f"{one}={first}, {two}={second}")
    assert f"{one}={first}" in str(err.value) and f"{two}={second}" in str(err.value)


@FAST
@given(fields=st.lists(st.sampled_from(sorted(FIELD_SPELLINGS)), min_size=2, max_size=2, unique=True), column=columns_typed)
def test_one_column_named_for_two_fields_is_an_error(fields, column):
    """Review 8 item 7: text=text,title=text made the whole article its title."""
    from analysis.corpus_columns import ColumnSpecError, parse_column_mapping

    with pytest.raises(ColumnSpecError) as err:
        parse_column_mapping(",".join(f"{f}={column}" for f in fields))
    assert all(f"{f}={column}" in str(err.value) for f in fields)
    assert parse_column_mapping(f"id={column},url={column}")  # a URL may be the id too


def test_a_columns_conflict_stops_the_pipeline_with_exit_2(tmp_path):
    import subprocess
    import sys

    raw = _csv(tmp_path / "raw", "a.csv", ["id", "text", "source"], [["1", TEXT.format(n=3), "S"]])
    res = subprocess.run([sys.executable, "-m", "analysis.pipeline", "--raw-dir", str(raw), "--processed-dir",
                          str(tmp_path / "p"), "--reports-dir", str(tmp_path / "r"), "--no-progress",
                          "--columns", "outlet=source,title=source"], capture_output=True, text=True, timeout=120)
    assert res.returncode == 2 and "outlet=source and title=source" in res.stderr, res.stderr


@FAST
@given(field_usual=st.sampled_from([("text", "content"), ("outlet", "domain"), ("title", "headline"), ("date", "pubdate")]),
       named=st.sampled_from(["body_x", "media_name", "Story Col"]), value=names)
def test_a_file_reading_a_named_field_from_a_usual_name_says_which(tmp_path_factory, field_usual, named, value):
    """Review 8 item 6: in a folder mixing exports, the file without the --columns column read the
    field from a usual name without a word (a teaser `content` scored as the article)."""
    field, usual = field_usual
    folder = tmp_path_factory.mktemp("raw")
    cell = {"date": "2016-03-01", "text": TEXT.format(n=5)}.get(field, value)
    _csv(folder, "a.csv", ["id", "text", named], [["1", TEXT.format(n=3), cell]])
    if field == "text":
        _csv(folder, "b.csv", ["id", usual], [["2", TEXT.format(n=4)]])
    else:
        _csv(folder, "b.csv", ["id", "text", usual], [["2", TEXT.format(n=4), cell]])
    notes: list[str] = []
    list(iter_raw(folder, columns=f"{field}={named}", notes=notes))
    console: list[str] = []
    corpus_column_problems(folder, f"{field}={named}", console)
    for said, prefix in ((notes, "b.csv:"), (console, str(folder / "b.csv") + ":")):
        told = [n for n in said if n.startswith(prefix) and repr(named) in n and repr(usual) in n]
        assert told, said
        assert not [n for n in said if "a.csv" in n and repr(named) in n]


@FAST
@given(suffixes=st.lists(st.sampled_from([".txt", ".html", ".htm"]), min_size=1, max_size=3),
       spec=st.sampled_from(["outlet=media_name", "text=Body", "date=seendate,title=headline"]))
def test_columns_over_a_folder_without_a_corpus_file_is_a_warning(tmp_path_factory, suffixes, spec):
    """Review 8 item 11: --columns with only .txt/.html inputs was ignored without a word."""
    folder = tmp_path_factory.mktemp("raw")
    for i, suffix in enumerate(suffixes):
        (folder / f"a{i}{suffix}").write_text(TEXT.format(n=i + 2), encoding="utf-8")
    notes: list[str] = []
    corpus_column_problems(folder, spec, notes)
    assert any(spec.split(",")[0] in n and str(folder) in n and "not used" in n for n in notes), notes
    _csv(folder, "c.csv", ["id", "text"], [["1", TEXT.format(n=9)]])
    later: list[str] = []
    corpus_column_problems(folder, "id=id", later)
    assert not any("not used" in n and "id=id" in n for n in later), later


@FAST
@given(moment=st.datetimes(min_value=__import__("datetime").datetime(1990, 1, 1), max_value=__import__("datetime").datetime(2030, 12, 31)))
def test_gdelt_fourteen_digit_stamps_are_read_for_their_date(moment):
    """Review 8 item 10: GDELT Events' DATEADDED / GKG's DATE (20161115120000) could not be read."""
    from analysis.metadata_dates import parse_metadata_date

    assert parse_metadata_date(moment.strftime("%Y%m%d%H%M%S"))[0] == moment.date()
    assert parse_metadata_date(moment.strftime("%Y%m%d") + "250000")[0] is None  # no clock: not a date


@pytest.mark.parametrize("suffix, words", [(".ndjson", ".jsonl"), (".tsv", ".csv"), (".json", "jq -c"),
                                           (".parquet", "read_parquet"), (".docx", "Plain Text")])
def test_other_exports_get_their_own_save_as_hint(suffix, words):
    """Review 8 item 17: .ndjson, .tsv, .json, .parquet, .docx were told to copy text out of a PDF."""
    from analysis.ingest import unsupported_status

    status = unsupported_status(Path(f"export{suffix}"))
    assert words in status and "copied out of a PDF" not in status


@FAST
@given(cut=st.lists(st.booleans(), min_size=1, max_size=6).filter(any), left=st.integers(1, 99999),
       ellipsis=st.sampled_from(["...", "\u2026", ""]))
def test_texts_an_export_cut_short_lose_the_mark_and_the_file_says_so(tmp_path_factory, cut, left, ellipsis):
    """Review 8 item 23: NewsAPI's content ('... [+3461 chars]') was read as the whole article."""
    from analysis.corpus_columns import says_values_unread

    records = [{"source": {"id": None, "name": "Reuters"}, "url": f"http://r/{i}",
                "content": TEXT.format(n=i + 2) + (f"{ellipsis} [+{left} chars]" if c else "")} for i, c in enumerate(cut)]
    notes: list[str] = []
    docs = list(iter_raw(_write_jsonl(tmp_path_factory.mktemp("raw"), records), notes=notes))
    assert [d.status for d in docs] == ["ok"] * len(cut)
    assert not any("chars]" in d.text for d in docs)
    said = [n for n in notes if n.startswith("export.jsonl:") and f"{sum(cut)} of {len(cut)} texts" in n and says_values_unread(n)]
    assert said and f"line {cut.index(True) + 1}" in said[0], notes


@pytest.mark.parametrize("field", ["published", "title", "id", "outlet"])
def test_the_json_list_note_gives_a_dotted_example_only_where_it_fits(field):
    """Review 8 item 21: the note suggested date=source.name, title=source.name; and said 'list or object'."""
    from analysis.corpus_columns import says_values_unread, unread_values_note

    note = unread_values_note("a.jsonl", field, "x", 2, 2, "line 1", listed=True)
    assert says_values_unread(note) and "or object" not in note
    assert ("source.name" in note) == (field == "outlet")
