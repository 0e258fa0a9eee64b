"""A .txt that is a tab-separated table (Excel's "Unicode Text (*.txt)" export, QA10 F15) is
rejected with what to do, not read as one article; an article with a tab or two is still one."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.ingest import iter_raw
from analysis.tables import status_kind

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=9)
HEADER_CELL = st.lists(WORD, min_size=1, max_size=3).map(" ".join)
# A cell or an article line: words and the punctuation articles hold, quotes included.
LINE = st.lists(st.one_of(WORD, st.sampled_from(['"', "'", ",", ".", "said", "2016", "--", "(AFP)"])),
                min_size=1, max_size=25).map(" ".join)


def _only(raw: Path):
    docs = list(iter_raw(raw))
    assert len(docs) == 1, docs
    return docs[0]


@st.composite
def tables(draw):
    """Header and rows; past the first two rows a row may end in empty cells whose tabs are dropped,
    as Excel and editors that trim trailing whitespace write them (rev10r), leaving a tab in it."""
    header = draw(st.lists(HEADER_CELL, min_size=2, max_size=6, unique_by=str.lower))
    rows = draw(st.lists(st.lists(LINE.map(lambda s: s.replace('"', "")).filter(str.strip), min_size=len(header), max_size=len(header)),
                         min_size=2, max_size=20))
    for i, row in enumerate(rows[2:], start=2):
        empty = draw(st.integers(0, len(header) - 1))
        kept = len(header) - empty
        rows[i] = row[:kept] + ([] if draw(st.booleans()) and kept >= 2 else [""] * empty)
    return header, rows



def _rejected_export(tmp_path_factory, lines: list[list[str]], excel: bool):
    """The one article read from an export.txt of tab-separated `lines`, checked to be rejected as a
    tab table naming the fix. Excel's "Unicode Text" is UTF-16LE with BOM and CRLF; also plain UTF-8 with LF."""
    text = "\n".join("\t".join(cells) for cells in lines) + "\n"
    raw = tmp_path_factory.mktemp("raw")
    data = ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-16-le") if excel else text.encode("utf-8")
    (raw / "export.txt").write_bytes(data)
    doc = _only(raw)
    assert status_kind(doc.status) == "unsupported_format", doc.status
    assert "tab-separated table" in doc.status and "rename export.txt to export.csv" in doc.status
    return doc

@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=tables(), excel=st.booleans())
def test_tab_separated_txt_is_rejected_naming_the_file_and_the_fix(tmp_path_factory, table, excel):
    header, rows = table
    doc = _rejected_export(tmp_path_factory, [header, *rows], excel)
    assert header[0] in doc.status and f"{len(rows)} rows" in doc.status


def test_reviewer_example_table_whose_last_rows_drop_their_empty_cell_is_rejected(tmp_path):
    # rev10r: 20 rows of title, date, text and an empty note; the last two rows end without the tab.
    rows = ["title\tdate\ttext\tnote"] + [f"Headline {i}\t2016-03-{i + 1:02d}\tSome text about Aleppo number {i}.\t"
                                           for i in range(20)]
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "export.txt").write_text("\n".join(rows[:18] + [r.rstrip("\t") for r in rows[18:]]) + "\n", encoding="utf-8")
    doc = _only(raw)
    assert status_kind(doc.status) == "unsupported_format", doc.status
    assert "20 rows" in doc.status


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(LINE, min_size=3, max_size=12), tabs=st.lists(st.tuples(st.integers(0, 11), st.integers(0, 200)),
                                                                   min_size=1, max_size=2))
def test_article_with_a_tab_or_two_is_one_article(tmp_path_factory, lines, tabs):
    lines = list(lines)
    for line_no, at in tabs:
        i = line_no % len(lines)
        cut = at % (len(lines[i]) + 1)
        lines[i] = lines[i][:cut] + "\t" + lines[i][cut:]
    raw = tmp_path_factory.mktemp("raw")
    (raw / "story.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = _only(raw)
    assert status_kind(doc.status) == "ok", doc.status


# The text column's names a header may spell (as corpus_columns reads them) and how a hand-made
# header writes them: 'Text', 'ARTICLE TEXT', 'article-content'.
TEXT_HEADER = st.tuples(st.sampled_from(["text", "content", "article_content", "body", "article_text", "maintext"]),
                        st.sampled_from([str, str.title, str.upper]), st.sampled_from(["_", " ", "-"])
                        ).map(lambda t: t[1](t[0].replace("_", t[2])))


@st.composite
def one_row_tables(draw):
    """Excel's export of a sheet with one article: a header naming its text column among others, and one row."""
    others = draw(st.lists(HEADER_CELL, min_size=1, max_size=5, unique_by=str.lower))
    header = draw(st.permutations([draw(TEXT_HEADER), *others]))
    row = draw(st.lists(LINE.map(lambda s: s.replace('"', "")).filter(str.strip), min_size=len(header), max_size=len(header)))
    return header, row


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=one_row_tables(), excel=st.booleans())
def test_one_row_tab_table_is_rejected_as_the_multi_row_case(tmp_path_factory, table, excel):
    # small11 (note 10 Left): a header and one row still read as one article.
    header, row = table
    doc = _rejected_export(tmp_path_factory, [header, row], excel)
    assert f"{len(header)} columns" in doc.status and "; 1 row)" in doc.status


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.tuples(LINE, LINE), second=st.tuples(LINE, LINE))
def test_two_tabbed_lines_naming_no_text_column_are_one_article(tmp_path_factory, first, second):
    # A title and a line of prose, each with a tab, is an article: one row needs a header that names the text column.
    raw = tmp_path_factory.mktemp("raw")
    (raw / "story.txt").write_text("\t".join(first) + "\n" + "\t".join(second) + "\n", encoding="utf-8")
    doc = _only(raw)
    assert status_kind(doc.status) == "ok", doc.status
