"""Reading raw inputs: every file or corpus record becomes one RawDoc, readable text decoded
correctly, everything else with a status that names the problem."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import ingest
from analysis.ingest import decode_bytes, iter_raw
from analysis.tables import status_kind

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
# Curly quotes, an em dash and accented names: the bytes cp1252 and latin-1 differ on are 0x80-0x9f.
WESTERN = "Jos\u00e9 Mar\u00eda L\u00f3pez said \u201cthe shelling stopped\u201d \u2014 Fran\u00e7ois H\u00e9bert agreed.\n"
LATIN1 = "Se\u00f1ora Mu\u00f1oz and J\u00fcrgen Sch\u00e4fer reported from the caf\u00e9 in Damascus.\n"


def _docs(raw: Path) -> dict[str, ingest.RawDoc]:
    docs = list(iter_raw(raw))
    return {d.source_path if ":" not in d.article_id else d.article_id: d for d in docs}


def _one(tmp_path: Path, name: str, data: bytes) -> ingest.RawDoc:
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    (raw / name).write_bytes(data)
    docs = [d for d in iter_raw(raw) if d.source_path == name]
    assert len(docs) == 1, docs
    return docs[0]


# ---------------------------------------------------------------- decoding

@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "  \n ".encode("utf-16")])
def test_empty_and_whitespace_only_files_are_status_empty(tmp_path, data):
    doc = _one(tmp_path, "blank.txt", data)
    assert status_kind(doc.status) == "empty"
    assert doc.text is None


def test_png_renamed_txt_is_binary(tmp_path):
    doc = _one(tmp_path, "photo.txt", PNG_HEADER + bytes(range(256)) * 20)
    assert status_kind(doc.status) == "binary"
    assert doc.text is None


@given(st.sampled_from(["BMW recalls", "BM,0,1", "BM", "BMJ study"]), st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=60),
       st.sampled_from(["a.txt", "c.csv"]))
def test_text_that_opens_with_bm_is_text_not_a_bitmap(tmp_path_factory, start, rest, name):
    """'BM' alone was taken for a bitmap's signature, so a text or CSV opening with it ("BMW
    recalls ...", a header "BM,0") was refused as binary (Hypothesis drew "BM,0" in a CSV)."""
    raw = tmp_path_factory.mktemp("raw")
    body = start + rest + " Shelling killed 12 people in the town.\n"
    (raw / name).write_bytes(((("id,text\n1,\"" + body.replace('"', '""') + '"\n') if name.endswith(".csv") else body)).encode())
    assert all(status_kind(d.status) != "binary" for d in iter_raw(raw))


def test_a_bitmap_renamed_txt_is_binary(tmp_path):
    header = b"BM" + (70_000).to_bytes(4, "little") + b"\x00" * 4 + (54).to_bytes(4, "little") + (40).to_bytes(4, "little")
    doc = _one(tmp_path, "scan.txt", header + bytes(range(1, 256)) * 20)
    assert status_kind(doc.status) == "binary"


def test_random_bytes_without_magic_are_not_taken_for_text(tmp_path):
    data = bytes((i * 37 + 11) % 256 for i in range(5000)).replace(b"\x00", b"\x01")
    doc = _one(tmp_path, "noise.txt", data)
    assert doc.status != "ok"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_encodings_with_and_without_bom(tmp_path, encoding):
    text = "Syrian Observatory: \u201c40 killed\u201d in \u0627\u0644\u0631\u0642\u0629 and Jos\u00e9's village.\n" * 3
    doc = _one(tmp_path, "a.txt", text.encode(encoding))
    assert doc.status == "ok"
    assert doc.text == text


@pytest.mark.parametrize("text, encoding", [(WESTERN, "cp1252"), (LATIN1, "latin-1"), (WESTERN * 50, "cp1252"), (LATIN1 * 50, "latin-1")])
def test_cp1252_and_latin1_decode_to_the_right_characters(tmp_path, text, encoding):
    doc = _one(tmp_path, "western.txt", text.encode(encoding))
    assert doc.status == "ok"
    assert doc.text == text
    assert doc.encoding == "cp1252"


def test_cyrillic_single_byte_text_is_still_detected(tmp_path):
    text = "\u0412 \u0421\u0438\u0440\u0438\u0438 \u043f\u043e\u0433\u0438\u0431\u043b\u0438 \u043b\u044e\u0434\u0438 \u0432\u043e \u0432\u0440\u0435\u043c\u044f \u0430\u0432\u0438\u0430\u0443\u0434\u0430\u0440\u043e\u0432 \u043f\u043e \u0410\u043b\u0435\u043f\u043f\u043e.\n" * 5
    doc = _one(tmp_path, "ru.txt", text.encode("cp1251"))
    assert doc.status == "ok"
    assert doc.text == text


def test_html_declared_charset_is_honoured(tmp_path):
    page = f"<html><head><meta charset=\"iso-8859-1\"><title>T</title></head><body><p>{LATIN1}</p></body></html>"
    doc = _one(tmp_path, "page.html", page.encode("latin-1"))
    assert doc.status == "ok"
    assert LATIN1.strip() in doc.html


def test_mixed_line_endings_become_lf(tmp_path):
    doc = _one(tmp_path, "mixed.txt", b"Title line\r\nFirst paragraph.\rSecond paragraph.\nThird.\r\n")
    assert doc.text == "Title line\nFirst paragraph.\nSecond paragraph.\nThird.\n"


def test_decode_bytes_reports_a_bom_that_lies():
    text, enc, problem = decode_bytes(b"\xff\xfe" + b"a")
    assert text is None and problem.startswith("undecodable")


# ---------------------------------------------------------------- size

def test_50_mb_file_is_recorded_too_large_without_reading_it(tmp_path, request):
    raw = tmp_path / "raw"
    raw.mkdir()
    line = b"The shelling of the city continued through the night, residents said.\n"
    request.addfinalizer((raw / "huge.txt").unlink)  # 50 MB: do not keep it in pytest's tmp
    with open(raw / "huge.txt", "wb") as fh:
        for _ in range(50_000_000 // (len(line) * 1000) + 1):
            fh.write(line * 1000)
    assert (raw / "huge.txt").stat().st_size >= 50_000_000
    import tracemalloc

    tracemalloc.start()
    try:
        docs = list(iter_raw(raw))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000, "a too-large file must not be read or decoded"
    assert len(docs) == 1
    assert status_kind(docs[0].status) == "too_large"
    assert "MB" in docs[0].status and docs[0].text is None


def test_file_just_under_the_limit_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", 1000)
    assert _one(tmp_path, "a.txt", b"x" * 1000).status == "ok"
    assert status_kind(_one(tmp_path, "b.txt", b"x" * 1001).status) == "too_large"


def test_oversized_corpus_record_is_too_large_and_its_neighbours_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", 100)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "c.jsonl").write_text(
        json.dumps({"id": "small", "text": "short"}) + "\n" + json.dumps({"id": "big", "text": "y" * 200}) + "\n"
    )
    docs = {d.record_id: d for d in iter_raw(raw)}
    assert docs["small"].status == "ok"
    assert status_kind(docs["big"].status) == "too_large" and docs["big"].text is None


# ---------------------------------------------------------------- corpora

def test_csv_without_text_or_html_column_names_the_missing_column(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "c.csv").write_text("id,title,words\n1,A,some words\n2,B,more words\n")
    docs = list(iter_raw(raw))
    assert len(docs) == 2
    for d in docs:
        assert status_kind(d.status) == "missing_column"
        assert "no text column" in d.status and "words" in d.status and "--columns text=" in d.status
    named = list(iter_raw(raw, columns="text=words"))
    assert [d.status for d in named] == ["ok", "ok"] and named[0].text == "some words"


def test_jsonl_record_without_text_field_names_it(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "c.jsonl").write_text('{"id": "a", "words": "x"}\n{"id": "b", "text": ""}\n{"id": "c", "text": "fine"}\n')
    docs = {d.record_id: d for d in iter_raw(raw)}
    assert status_kind(docs["a"].status) == "missing_column" and "no text column" in docs["a"].status
    assert status_kind(docs["b"].status) == "missing_text"
    assert docs["c"].status == "ok" and docs["c"].text == "fine"


def test_column_names_are_matched_case_and_space_insensitively(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "c.csv").write_text("ID, Text ,Title\n7,Body text here.,Headline\n")
    (doc,) = iter_raw(raw)
    assert doc.status == "ok" and doc.record_id == "7" and doc.text == "Body text here." and doc.title == "Headline"


def test_malformed_csv_rows_are_reported_and_reading_goes_on(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    rows = 'id,text\n1,good one\n2,too,many,cells\n3\n4,"also good"\n'
    (raw / "c.csv").write_text(rows)
    notes: list[str] = []
    docs = list(iter_raw(raw, notes=notes))
    # a row with too few cells is padded (its missing text makes it missing_text), with a note
    assert [d.status.split(":")[0] for d in docs] == ["ok", "malformed", "missing_text", "ok"]
    assert "line 3" in docs[1].status and any("line 4" in n for n in notes)
    assert docs[3].text == "also good"
    assert len({d.article_id for d in docs}) == 4


def test_csv_field_longer_than_the_csv_module_default_is_read(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    long_text = "word " * 40_000  # 200 000 chars > csv's default 131 072 limit
    (raw / "c.csv").write_text(f'id,text\n1,"{long_text}"\n2,short\n')
    docs = list(iter_raw(raw))
    assert [d.status for d in docs] == ["ok", "ok"]
    assert docs[0].text == long_text


def test_malformed_jsonl_lines_are_reported_and_reading_goes_on(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "c.jsonl").write_text('{"id": "a", "text": "ok"}\n{not json\n[1, 2]\n{"id": "d", "text": ["a list"]}\n\n{"id": "e", "text": "ok"}\n')
    docs = list(iter_raw(raw))
    assert [status_kind(d.status) for d in docs] == ["ok", "malformed", "malformed", "malformed", "ok"]
    assert "line 2" in docs[1].status and "line 3" in docs[2].status


# lines json cannot parse: CSV rows, prose, a broken object (each non-blank, none valid JSON)
NOT_JSON_LINE = st.one_of(
    st.lists(st.text(st.characters(categories=("L", "N", "Zs"), exclude_characters="\u2028\u2029\x85"), min_size=1, max_size=12),
             min_size=2, max_size=4).map(",".join),
    st.from_regex(r"[A-Za-z][A-Za-z ]{2,40}[.!?]", fullmatch=True),
    st.just("{broken"),
).filter(lambda s: s.strip() and not _parses(s))


def _parses(line: str) -> bool:
    try:
        json.loads(line)
        return True
    except ValueError:
        return False


@given(st.lists(NOT_JSON_LINE, min_size=2, max_size=30))
def test_a_file_that_is_not_json_lines_is_one_row_not_one_per_line(tmp_path_factory, lines):
    """A CSV or a text saved as .jsonl (or a link named .jsonl to one) gave a 'malformed' row
    for every line: one row now says the file is not JSON Lines and what to do."""
    raw = tmp_path_factory.mktemp("raw")
    (raw / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = list(iter_raw(raw))
    assert len(docs) == 1, [d.status for d in docs]
    assert status_kind(docs[0].status) == "malformed" and "not JSON Lines" in docs[0].status
    assert ".csv" in docs[0].status


@given(st.lists(NOT_JSON_LINE, min_size=1, max_size=ingest.NOT_JSONL_LINES - 1))
def test_damaged_lines_before_a_good_record_are_each_their_own_row(tmp_path_factory, bad):
    """A file is 'not JSON Lines' only when none of its first NOT_JSONL_LINES lines is JSON: a
    few damaged records at the top are a row each, and the good records after them are read
    (the first version of the rule threw the file away after two bad lines; found in review)."""
    raw = tmp_path_factory.mktemp("raw")
    (raw / "c.jsonl").write_text("\n".join(bad) + '\n{"id": "a", "text": "ok"}\nnot json either\n{"id": "b", "text": "ok"}\n',
                                 encoding="utf-8")
    docs = list(iter_raw(raw))
    assert [status_kind(d.status) for d in docs] == ["malformed"] * len(bad) + ["ok", "malformed", "ok"]
    assert all(f"line {i}" in d.status for i, d in enumerate(docs[: len(bad)], start=1))


def test_duplicate_ids_keep_both_records_with_distinct_article_ids(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "c.jsonl").write_text('{"id": "x", "text": "first"}\n{"id": "x", "text": "second"}\n{"text": "no id"}\n')
    docs = list(iter_raw(raw))
    assert len(docs) == 3 and len({d.article_id for d in docs}) == 3
    assert docs[0].status == "ok" and docs[0].text == "first"
    assert status_kind(docs[1].status) == "duplicate_id" and docs[1].text == "second"
    assert docs[2].status == "ok" and "no 'id'" in docs[2].warnings[0]


def test_a_repeated_record_is_one_article_read_once(tmp_path):
    """FA-KES repeats an article once per incident it codes (same id, same text): counted as two
    articles it added its tolls and its tone to its outlet twice."""
    raw = tmp_path / "raw"
    raw.mkdir()
    rows = ['{"id": "x", "text": "Shelling killed 12 people."}', '{"id": "y", "text": "Talks resumed."}',
            '{"id": "x", "text": "Shelling killed 12 people."}']
    (raw / "c.jsonl").write_text("\n".join(rows) + "\n")
    docs = list(iter_raw(raw))
    assert [status_kind(d.status) for d in docs] == ["ok", "ok", "duplicate_record"]
    assert "line 1" in docs[2].status and docs[2].article_id == "c:x#2"
    assert "--columns id=" in next(d for d in iter_raw(_dup_id_raw(tmp_path))
                                   if status_kind(d.status) == "duplicate_id").status


def _dup_id_raw(tmp_path):
    raw = tmp_path / "raw2"
    raw.mkdir()
    (raw / "c.jsonl").write_text('{"id": "x", "text": "first"}\n{"id": "x", "text": "second"}\n')
    return raw


def test_corpus_with_header_only_is_one_empty_record(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "c.csv").write_text("id,text\n")
    (doc,) = iter_raw(raw)
    assert status_kind(doc.status) == "empty"


def test_article_ids_never_clash(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("one")
    (raw / "a.html").write_text("<p>two</p>")
    (raw / "c.jsonl").write_text('{"id": "row2", "text": "x"}\n{"text": "y"}\n')
    (raw / "c:row2.txt").write_text("three")
    ids = [d.article_id for d in iter_raw(raw)]
    assert len(ids) == 5 and len(set(ids)) == 5


# ---------------------------------------------------------------- files and sidecar

def test_unknown_suffix_is_unsupported_format(tmp_path):
    doc = _one(tmp_path, "notes.docx", b"PK\x03\x04 whatever")
    assert status_kind(doc.status) == "unsupported_format" and ".docx" in doc.status


def test_broken_symlink_is_reported_not_lost(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    os.symlink(tmp_path / "gone.txt", raw / "link.txt")
    (doc,) = iter_raw(raw)
    assert status_kind(doc.status) == "unreadable"


def test_sidecar_naming_missing_files_is_a_reported_problem(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("An article.")
    (raw / "metadata.csv").write_text("file,outlet,published\na.txt,Reuters,2015-01-02\nmissing.txt,AP,2015-01-03\n")
    rows, problems = ingest.read_sidecar(raw)
    assert any("missing.txt does not exist" in p for p in problems)
    (doc,) = iter_raw(raw)
    assert doc.outlet == "Reuters" and doc.published == "2015-01-02"


@pytest.mark.parametrize("content", [b"", b"\x89PNG\r\n\x1a\n\x00\x00", b'file,outlet\n"unterminated,x\n'])
def test_unusable_sidecar_is_reported_and_articles_still_read(tmp_path, content):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("An article.")
    (raw / "metadata.csv").write_bytes(content)
    _, problems = ingest.read_sidecar(raw)
    assert [d.status for d in iter_raw(raw)] == ["ok"]
    assert content == b"" or problems


def test_missing_raw_dir_is_an_input_error(tmp_path):
    with pytest.raises(ingest.InputError, match="--raw-dir"):
        list(iter_raw(tmp_path / "nope"))


# ---------------------------------------------------------------- streaming corpora

def _raw_with(tmp_path: Path, files: dict[str, bytes]) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    for name, data in files.items():
        (raw / name).write_bytes(data)
    return raw


def _fields(docs) -> list[tuple]:
    return [(d.article_id, d.record_id, d.text, d.html, d.title, d.status, d.encoding, tuple(d.warnings)) for d in docs]


def test_60_mb_jsonl_corpus_streams_in_bounded_memory(tmp_path, request):
    import tracemalloc

    raw = tmp_path / "raw"
    raw.mkdir()
    body = "Shelling hit the market in the old city, the observatory said. " * 32  # ~2 KB
    n = 60_000_000 // len(body) + 1
    request.addfinalizer((raw / "big.jsonl").unlink)  # 60 MB: do not keep it in pytest's tmp
    with open(raw / "big.jsonl", "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"r{i}", "text": body}) + "\n")
    assert (raw / "big.jsonl").stat().st_size >= 60_000_000
    tracemalloc.start()
    try:
        count = last = 0
        for d in iter_raw(raw):
            count += d.status == "ok" and d.text == body
            last = d.record_id
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == n and last == f"r{n - 1}"
    # Reading it whole took ~190 MB here; streamed it holds one record plus the ids (~7 MB).
    assert peak < 50_000_000, f"peak {peak / 1e6:.0f} MB while reading a 60 MB corpus"


SMALL_CORPORA = {
    "lf.jsonl": b'{"id": "a", "text": "one\\r\\ntwo"}\n{not json\n\n[1]\n{"id": "a", "text": "dup"}\n{"text": "no id"}\n',
    "crlf.jsonl": b'{"id": "a", "text": "x"}\r\n\r\n{broken\r\n{"id": "b", "title": " T ", "text": "y"}\r\n',
    "cr.jsonl": b'{"id": "a", "text": "x"}\r{broken\r{"id": "b", "text": "y"}\r',
    "quoted.csv": b'ID, Text ,title\r\n1,"line one\r\nline two",A\r\n2,too,many,cells\r\n3,"caf\xc3\xa9 \xe2\x80\x94 ok",B\r\n\r\n4,,C\r\n',
    "nocol.csv": b"id,body\n1,x\n2,y\n",
    "bom.csv": "id,text\nx,Jos\u00e9 \u201cquoted\u201d\n".encode("utf-8-sig"),
    "u16.jsonl": ('{"id": "a", "text": "\u0627\u0644\u0631\u0642\u0629 \u201c40 killed\u201d"}\r\n{bad\r\n{"id": "b", "text": "\U0001F600 emoji"}\n').encode("utf-16"),
    "u16le.jsonl": ('{"id": "a", "text": "Jos\u00e9"}\n{"id": "b", "text": "second"}\n' * 3).encode("utf-16-le"),
    "header_only.csv": b"id,text\r\n",
}


@pytest.mark.parametrize("name", sorted(SMALL_CORPORA))
def test_streamed_corpus_gives_the_same_records_as_reading_it_whole(tmp_path, monkeypatch, name):
    """A corpus longer than HEAD_BYTES is streamed through TextIOWrapper; a tiny HEAD_BYTES
    sends these small corpora down that path, which must agree with decoding them whole."""
    raw = _raw_with(tmp_path, {name: SMALL_CORPORA[name]})
    whole = _fields(iter_raw(raw))
    monkeypatch.setattr(ingest, "HEAD_BYTES", 40)
    streamed = _fields(iter_raw(raw))
    assert streamed == whole
    assert whole and all(d[6] is not None or d[5].startswith("empty") for d in whole)


def test_crlf_corpus_keeps_line_numbers_and_normalises_text(tmp_path, monkeypatch):
    data = b'{"id": "a", "text": "x\\r\\ny"}\r\n{broken\r\n\r\n[2]\r\n{"id": "b", "text": "z"}\r\n'
    raw = _raw_with(tmp_path, {"c.jsonl": data})
    for head in (ingest.HEAD_BYTES, 16):
        monkeypatch.setattr(ingest, "HEAD_BYTES", head)
        docs = list(iter_raw(raw))
        assert [status_kind(d.status) for d in docs] == ["ok", "malformed", "malformed", "ok"]
        assert "line 2" in docs[1].status and "line 4" in docs[2].status
        assert docs[0].text == "x\ny" and docs[3].text == "z"


def test_utf16_corpus_is_decoded_when_streamed(tmp_path, monkeypatch):
    text = "\u0627\u0644\u0631\u0642\u0629: \u201c40 killed\u201d, Jos\u00e9 said \U0001F600"
    lines = "".join(json.dumps({"id": f"r{i}", "text": text}, ensure_ascii=False) + "\r\n" for i in range(200))
    raw = _raw_with(tmp_path, {"c.jsonl": lines.encode("utf-16")})
    monkeypatch.setattr(ingest, "HEAD_BYTES", 1001)  # odd, and cuts mid-record
    docs = list(iter_raw(raw))
    assert [d.record_id for d in docs] == [f"r{i}" for i in range(200)]
    assert all(d.status == "ok" and d.text == text and d.encoding == "utf-16" for d in docs)


@pytest.mark.parametrize("bad_at", [3, 150])
def test_bad_bytes_mid_file_end_it_with_one_undecodable_record_after_the_good_ones(tmp_path, monkeypatch, bad_at):
    """The bad line may sit in the same 8 KB decode buffer as good lines before it (bad_at=3)
    or far from the head the encoding was chosen from (bad_at=150)."""
    good = [json.dumps({"id": f"r{i}", "text": f"Record {i} \u2014 fine."}).encode() + b"\n" for i in range(200)]
    data = b"".join(good[:bad_at]) + b'{"id": "bad", "text": "caf\xe9"}\n' + b"".join(good[bad_at:])
    raw = _raw_with(tmp_path, {"c.jsonl": data})
    monkeypatch.setattr(ingest, "HEAD_BYTES", 64)
    docs = list(iter_raw(raw))
    assert [d.record_id for d in docs[:-1]] == [f"r{i}" for i in range(bad_at)]
    assert all(d.status == "ok" for d in docs[:-1])
    last = docs[-1]
    assert status_kind(last.status) == "undecodable" and f"line {bad_at + 1} " in last.status
    assert last.text is None and last.record_id == f"row{bad_at + 1}"


def test_bad_bytes_mid_csv_end_it_after_the_good_rows(tmp_path, monkeypatch):
    rows = b"".join(f'{i},"text {i}\r\nsecond line"\r\n'.encode() for i in range(50))
    raw = _raw_with(tmp_path, {"c.csv": b"id,text\r\n" + rows + b'50,"bad \xff"\r\n51,never read\r\n'})
    monkeypatch.setattr(ingest, "HEAD_BYTES", 64)
    docs = list(iter_raw(raw))
    assert [d.record_id for d in docs[:-1]] == [str(i) for i in range(50)]
    assert docs[0].text == "text 0\nsecond line"
    assert status_kind(docs[-1].status) == "undecodable" and "line 102 " in docs[-1].status


def test_whole_small_file_in_a_legacy_encoding_still_decodes(tmp_path):
    raw = _raw_with(tmp_path, {"c.jsonl": ('{"id": "a", "text": "' + WESTERN.strip() + '"}\n').encode("cp1252")})
    (doc,) = iter_raw(raw)
    assert doc.status == "ok" and doc.text == WESTERN.strip() and doc.encoding == "cp1252"


def test_runaway_jsonl_line_is_too_large_without_being_parsed(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", 10)
    raw = _raw_with(tmp_path, {"c.jsonl": b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "' + b"x" * 200 + b'"}\n{"id": "c", "text": "ok"}\n'})
    docs = list(iter_raw(raw))
    assert [status_kind(d.status) for d in docs] == ["ok", "too_large", "ok"]
    assert "line 2" in docs[1].status


def _reference_ids(raw: Path) -> list[str]:
    """Article ids as iter_raw made them when it remembered every id it had given out."""
    files = ingest.list_inputs(raw)
    ids = ingest._file_ids(files, raw)
    used, out = set(), []
    for path in files:
        for doc in ingest.read_file(path, raw, ids[path]):
            base, n = doc.article_id, 1
            while doc.article_id in used:
                n += 1
                doc.article_id = f"{base}#{n}"
            used.add(doc.article_id)
            out.append(doc.article_id)
    return out


def test_pruned_id_memory_gives_the_same_ids_as_remembering_all(tmp_path):
    jl = lambda *ids: "".join(json.dumps({"id": i, "text": "t"}) + "\n" for i in ids).encode()
    raw = _raw_with(tmp_path, {
        "a.jsonl": jl("x", "x", "x#2", "b:y", "b:y"),
        "a:x.txt": b"clash with a record",
        "a:x#2.txt": b"clash with a renamed record",
        "a:b.jsonl": jl("y", "y#2", "z"),
        "a:b:z.txt": b"clash across two corpora",
        "z.csv": b"id,text\n1,a\n1,b\n",
        "z:1#2.txt": b"clash with a duplicate csv id",
        # Stems m.txt (twice, so full names) and m.txt, m.txt#2: whole-file ids that clash.
        "m.txt": b"m", "m.html": b"<p>m</p>", "m.txt.md": b"unsupported", "m.txt#2.md": b"unsupported",
    })
    got = [d.article_id for d in iter_raw(raw)]
    assert got == _reference_ids(raw)
    assert len(got) == len(set(got)) == 18
    assert {"a:x#3", "a:x#2#3", "a:b:y#3", "a:b:z#2", "z:1#2#2", "m.txt#3"} <= set(got)


C1 = "".join(chr(c) for c in range(0x80, 0xA0))


def _is_subsequence(part: list[str], whole: str) -> bool:
    it = iter(whole)
    return all(c in it for c in part)


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x2FF), max_size=200))
def test_no_c1_control_character_survives_and_other_text_is_untouched(text):
    fixed = ingest.fix_c1_controls(text)
    assert not any(c in C1 for c in fixed)
    assert len(fixed) <= len(text)  # each C1 character became one character or none
    assert _is_subsequence([c for c in text if c not in C1], fixed)  # the rest kept, in order
    if not any(c in C1 for c in text):
        assert fixed == text


def test_a_corpus_with_c1_quotes_reads_as_punctuation(tmp_path):
    """FA-KES stores some quotes as U+0095 (a Windows-1252 bullet read as Latin-1): a report showed
    them as empty boxes in titles."""
    raw = tmp_path / "raw"
    raw.mkdir()
    rows = [{"id": "a", "title": "Outrage as \x93chemical attack\x94 kills \x95\x81 dozens",
             "text": "Rebels said \x93twelve people were killed\x94 \x96 the monitor agreed.\r\n"}]
    with open(raw / "c.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    (doc,) = iter_raw(raw)
    assert doc.title == "Outrage as \u201cchemical attack\u201d kills \u2022 dozens"
    assert doc.text == "Rebels said \u201ctwelve people were killed\u201d \u2013 the monitor agreed.\n"


def test_compressed_input_says_decompress_it(tmp_path):
    (tmp_path / "export.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00" + bytes(20))
    (doc,) = list(iter_raw(tmp_path))
    assert status_kind(doc.status) == "unsupported_format"
    assert "compressed" in doc.status and "gunzip export.jsonl.gz" in doc.status


@pytest.mark.parametrize("sep", [";", "\t"])
def test_semicolon_or_tab_separated_csv_is_read(tmp_path, sep):
    rows = [["unit_id", "article_title", "article_content", "source", "date"],
            ["7", "Talks; again", "Five people were killed, officials said.", "Reuters", "2016-01-02"]]
    with open(tmp_path / "export.csv", "w", newline="") as fh:
        csv.writer(fh, delimiter=sep).writerows(rows)
    (doc,) = list(iter_raw(tmp_path))
    assert doc.status == "ok" and doc.record_id == "7" and doc.title == "Talks; again"
    assert doc.text.startswith("Five people were killed, officials said.") and doc.outlet == "Reuters"


@given(st.lists(st.text(alphabet='ab "\n,;', max_size=30), min_size=1, max_size=12))
def test_progress_total_counts_csv_records_not_lines(texts):
    """The 'clean' bar's total: a CSV whose text cells span lines (quotes, commas, blank
    lines inside them) counts one per record, as the reader yields them."""
    import tempfile

    from analysis.articles import count_inputs

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "export.csv"
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["id", "text"])
            w.writerows([[str(i), f"x{t}"] for i, t in enumerate(texts)])
        assert count_inputs([path]) == len(texts) == len(list(iter_raw(d)))


def test_a_csv_without_an_id_column_gets_one_note_not_a_warning_per_record(tmp_path):
    (tmp_path / "export.csv").write_text("headline,body\nA,One text\nB,Two text\nC,Three text\n")
    notes: list[str] = []
    docs = list(iter_raw(tmp_path, notes=notes))
    assert [d.record_id for d in docs] == ["row2", "row3", "row4"]  # ids unchanged: line numbers
    assert not any("'id'" in w for d in docs for w in d.warnings)
    assert [n for n in notes if "--columns id=COLUMN" in n] == [n for n in notes if n.startswith("export.csv: no id column")]
    assert len([n for n in notes if "id=COLUMN" in n]) == 1
    (tmp_path / "export.csv").write_text("id,body\n7,One text\n,Two text\n")
    notes = []
    docs = list(iter_raw(tmp_path, notes=notes))
    assert docs[0].record_id == "7" and docs[1].record_id == "row3" and "no 'id'" in docs[1].warnings[0]
    assert not any("id=COLUMN" in n for n in notes)


def test_notes_say_nothing_about_a_metadata_csv_that_is_not_there(tmp_path):
    from analysis.tables import inputs_not_read, notes_message

    assert notes_message([], tmp_path) == ""
    (tmp_path / "metadata.csv").write_text("file,outlet\n")
    assert notes_message([], tmp_path) == "metadata.csv: no problems"
    assert notes_message(["x.csv: dates read as ISO (3)"], tmp_path) == "x.csv: dates read as ISO (3)"
    assert inputs_not_read(pd.Series(["binary: x"])) == "input not read"
    assert inputs_not_read(pd.Series(["binary: x", "empty: y"])) == "inputs not read"


def test_caption_does_not_call_a_repeated_record_not_read():
    """A duplicate_record row is read (once, as its first copy's article): the caption over the
    rows that are not `ok` says so instead of counting it among inputs not read."""
    from analysis.tables import inputs_not_read

    what = inputs_not_read(pd.Series(["binary: x", "duplicate_record: repeats line 2", "duplicate_record: repeats line 3"]))
    assert what.startswith("inputs not read as articles of their own") and "2 repeat an earlier record" in what
    from analysis.words import counted
    # the caption is counted(n, what): one repeat reads in the singular, verb included
    assert counted(1, inputs_not_read(pd.Series(["duplicate_record: repeats line 2"]))) == "1 record repeats an earlier record or file, whose article is read once"
    assert counted(2, inputs_not_read(pd.Series(["duplicate_record: a", "duplicate_record: b"]))).startswith("2 records repeat an earlier")
    assert "(1 repeats an earlier record" in inputs_not_read(pd.Series(["empty: x", "duplicate_record: a"]))


@given(st.lists(st.tuples(st.sampled_from(["ok", "binary", "empty", "duplicate_record", "missing_column"]),
                          st.text(alphabet="ab :,", max_size=12)), max_size=8))
def test_article_list_shows_each_status_as_its_keyword(rows):
    """Notebook 01's article list (tables.status_keywords): the keyword before the reason, 'ok'
    as it is; every other column and the table it was given unchanged."""
    from analysis.tables import status_keywords

    statuses = [kind if kind == "ok" else f"{kind}: {reason}" for kind, reason in rows]
    articles = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(rows))], "status": statuses}, dtype=object)
    before = articles.copy()
    shown = status_keywords(articles)
    assert shown["status"].tolist() == [kind for kind, _ in rows]
    pd.testing.assert_frame_equal(articles, before)
    pd.testing.assert_frame_equal(shown.drop(columns="status"), articles.drop(columns="status"))


# A JSONL record has its own fields: the first record must not speak for the file.
_JSONL_RECORD = st.fixed_dictionaries({
    "has_id": st.booleans(),
    "text_key": st.sampled_from(["text", "content", "body", None]),  # None: no text field at all
    "has_site": st.booleans(),
})


@given(st.lists(_JSONL_RECORD, min_size=1, max_size=8))
def test_jsonl_records_with_differing_fields_are_each_read_by_their_own(records):
    """Whatever the first record holds: every record gives one doc, a record with text is read,
    one without names its line, ids are the record's own or row<line>, the no-id note and the
    per-record warnings follow what the whole file holds, and the pipeline's checks (text column,
    --columns) stop a run only when no record at all has the column."""
    import tempfile

    from analysis.ingest import corpus_mapping_problems, corpus_text_problems

    lines = []
    for i, r in enumerate(records):
        rec = {"outlet": "X"}
        if r["has_id"]:
            rec["id"] = f"a{i}"
        if r["text_key"]:
            rec[r["text_key"]] = f"Article {i}: five people were killed, officials said."
        if r["has_site"]:
            rec["site"] = "example.org"
        lines.append(json.dumps(rec))
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        notes: list[str] = []
        docs = list(iter_raw(d, notes=notes))
        assert len(docs) == len(records)
        any_id = any(r["has_id"] for r in records)
        for line, (r, doc) in enumerate(zip(records, docs), start=1):
            assert doc.record_id == (f"a{line - 1}" if r["has_id"] else f"row{line}")
            if r["text_key"]:
                assert doc.status == "ok", doc.status
            else:
                assert doc.status.startswith(f"missing_column: c.jsonl line {line} has no text column"), doc.status
            warned = any("has no 'id'" in w for w in doc.warnings)
            assert warned == (any_id and not r["has_id"])
        assert any("no id column" in n for n in notes) == (not any_id)
        any_text = any(r["text_key"] for r in records)
        assert bool(corpus_text_problems(d)) == (not any_text)
        assert bool(corpus_mapping_problems(d, "outlet=site")) == (not any(r["has_site"] for r in records))


def test_unused_columns_note_counts_a_column_any_jsonl_record_used(tmp_path):
    """The note is about the file's records, not its first: a column only a later record has
    and none uses (pub_day) is named; one some record reads its text from (text, content) is not."""
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "1", "content": "Six died."}) + "\n"
                                      + json.dumps({"id": "2", "text": "Five died.", "pub_day": "x"}) + "\n")
    notes: list[str] = []
    assert [d.status for d in iter_raw(tmp_path, notes=notes)] == ["ok", "ok"]
    (note,) = [n for n in notes if "not used" in n]
    assert "pub_day" in note and "content" not in note and "text" not in note.split(":", 1)[1]


@given(st.lists(st.text(alphabet='ab "\n,;', max_size=30), min_size=1, max_size=12))
def test_csv_row_ids_number_records_not_lines(cells):
    """Without an id column, a CSV record is row<N>, N its row as a spreadsheet numbers it
    (header row 1): consecutive however many lines a quoted text runs over, and equal to the
    line number when every record is one line, as ids were before."""
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "export.csv"
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["title", "text"])
            w.writerows([[f"t{i}", f"x{t}"] for i, t in enumerate(cells)])
        docs = list(iter_raw(d))
        assert [doc.record_id for doc in docs] == [f"row{k}" for k in range(2, len(cells) + 2)]
        assert [doc.title for doc in docs] == [f"t{i}" for i in range(len(cells))]
        if not any("\n" in t for t in cells):
            lines = path.read_text(encoding="utf-8").splitlines()
            assert all(lines[int(doc.record_id[3:]) - 1].startswith(doc.title + ",") for doc in docs)


@given(st.integers(min_value=2, max_value=6), st.data())
def test_a_csv_row_missing_its_trailing_cells_is_read_with_them_empty(n_columns, data):
    """Exporters often leave a row's trailing empty cells off; pandas and csv.DictReader pad
    them, so the row is read (its text kept) and a warning names the columns read as empty.
    A row with more cells than the header stays malformed: which cell is extra is unknowable."""
    import tempfile

    header = ["id", "text", "outlet", "published", "title", "url"][:n_columns]
    kept = data.draw(st.integers(min_value=2, max_value=n_columns))
    row = ["a1", "Five people were killed, officials said."] + ["x"] * (kept - 2)
    with tempfile.TemporaryDirectory() as d:
        with open(Path(d) / "export.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            w.writerow(row)
            w.writerow(row[:1] + ["2"] + row[1:] + ["extra"] * (n_columns - kept))
        notes: list[str] = []
        first, second = list(iter_raw(d, notes=notes))
    assert first.status == "ok" and first.text.startswith("Five people were killed")
    padded = [n for n in notes if ingest.PADDED_ROW in n]
    assert len(padded) == (kept < n_columns)  # one note for the file, not a warning a row
    assert all("export.csv: 1 row with" in n and "line 2" in n for n in padded)
    assert status_kind(second.status) == "malformed"


@given(st.integers(min_value=3, max_value=6), st.data())
def test_a_record_split_by_an_unquoted_line_break_is_malformed_not_two_shifted_records(n_columns, data):
    """Padding short rows must not turn a record broken in two by a line break in an unquoted
    field into two records with shifted columns (a fake outlet, a fake article): two short
    rows whose cells add up to the header's plus the split one are both malformed."""
    import tempfile

    header = ["id", "text", "outlet", "published", "title", "url"][:n_columns]
    cells = ["1", "Five people were killed in Aleppo on Monday the monitor said", "Reuters", "2017-01-02",
             "Strikes", "http://x"][:n_columns]
    # the tail after the break holds several words: a one-word tail ("said") looks like an id,
    # and two rows opening with ids are rows that left off cells, which are read
    cut = data.draw(st.integers(min_value=1, max_value=cells[1].rindex(" ", 0, cells[1].rindex(" "))))
    split = ",".join(cells[:1] + [cells[1][:cut]]) + "\n" + ",".join([cells[1][cut:]] + cells[2:])
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "export.csv").write_text(",".join(header) + "\n" + split + "\n2,A second article,AP\n")
        docs = list(iter_raw(d))
    assert [status_kind(x.status) for x in docs[:2]] == ["malformed", "malformed"]
    assert "line break" in docs[0].status and docs[2].status == "ok" and docs[2].outlet == "AP"


@given(st.sampled_from(["jsonl", "csv"]), st.booleans(), st.booleans())
def test_a_record_with_both_text_and_html_says_which_is_read(kind, has_text, has_html):
    """The HTML wins (it carries title and date); a record that has both is warned, not
    silently read from one of them."""
    import tempfile

    rec = {"id": "a1", "text": "Five people were killed, officials said." if has_text else "",
           "html": "<html><body><p>Five people were killed, officials said.</p></body></html>" if has_html else ""}
    with tempfile.TemporaryDirectory() as d:
        if kind == "jsonl":
            (Path(d) / "c.jsonl").write_text(json.dumps(rec) + "\n")
        else:
            with open(Path(d) / "c.csv", "w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh, lineterminator="\n")
                w.writerow(list(rec))
                w.writerow(list(rec.values()))
        notes: list[str] = []
        (doc,) = list(iter_raw(d, notes=notes))
    warned = [n for n in notes if "both a text and an html" in n]
    assert len(warned) == (has_text and has_html) and not any("html" in w for w in doc.warnings)
    if has_html:
        assert doc.html is not None


def test_bad_bytes_late_in_a_streamed_jsonl_do_not_hide_its_columns_from_the_checks(tmp_path):
    """The pre-run checks (no text column, a --columns name the file lacks) read a JSONL file's
    records until they know enough; bad bytes after the first records used to drop the file
    from the checks, so a corpus without text ran notebook 01 over every record."""
    rec = json.dumps({"body_txt": "Five people were killed, officials said. " * 10}) + "\n"
    n = ingest.HEAD_BYTES // len(rec) + 50  # past the decoded head: the file is streamed
    (tmp_path / "c.jsonl").write_bytes(rec.encode() * n + b'{"body_txt": "bad \xff byte"}\n')
    assert any("c.jsonl" in p for p in ingest.corpus_text_problems(tmp_path))
    assert any("c.jsonl" in p for p in ingest.corpus_mapping_problems(tmp_path, "outlet=site"))


@given(st.integers(min_value=3, max_value=6), st.data())
def test_consecutive_rows_that_leave_off_trailing_cells_are_all_read(n_columns, data):
    """Short rows one after another whose cell counts happen to add up to the header's plus one
    (two 2-cell rows under 'id,text,outlet') are not a split record: each opens with its id."""
    import tempfile

    header = ["id", "text", "outlet", "published", "title", "url"][:n_columns]
    kept = data.draw(st.lists(st.integers(min_value=2, max_value=n_columns - 1), min_size=2, max_size=4))
    with tempfile.TemporaryDirectory() as d:
        with open(Path(d) / "export.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            for i, k in enumerate(kept):
                w.writerow([f"a{i}", "Five people were killed, officials said."] + ["x"] * (k - 2))
        docs = list(iter_raw(d))
    assert [x.status for x in docs] == ["ok"] * len(kept) and [x.record_id for x in docs] == [f"a{i}" for i in range(len(kept))]


def test_a_semicolon_separated_sidecar_is_read_like_a_semicolon_separated_corpus(tmp_path):
    """The sidecar's header was read with the separator guessed and its rows with commas, so a
    ';' file passed the column check and then lost every row ('no file name')."""
    (tmp_path / "a.txt").write_text("Five people were killed in Aleppo on Monday, a monitor said.\n")
    (tmp_path / "metadata.csv").write_text("file;outlet\na.txt;Reuters\n")
    sidecar, problems = ingest.read_sidecar(tmp_path)
    assert not problems and [row["outlet"] for row in sidecar.values()] == ["Reuters"]


@given(st.integers(1, 200), st.sampled_from(["n", "id", "nested"]))
def test_a_number_too_long_to_read_gets_advice_a_reader_can_act_on(extra, where):
    """Python's 'use sys.set_int_max_str_digits() to increase the limit' reached the article
    list: the status now says the line is probably damaged and what to do with it."""
    import sys
    import tempfile

    digits = "7" * (sys.get_int_max_str_digits() + extra)
    value = f'{{"x": {digits}}}' if where == "nested" else digits
    with tempfile.TemporaryDirectory() as d:
        Path(d, "c.jsonl").write_text('{"id": "ok1", "text": "Forty people were killed."}\n'
                                      f'{{"{where}": {value}, "text": "x"}}\n', encoding="utf-8")
        bad = [doc.status for doc in iter_raw(Path(d)) if doc.status != "ok"]
    assert len(bad) == 1 and status_kind(bad[0]) == "malformed" and "line 2" in bad[0]
    assert "sys." not in bad[0] and "fix or delete that line" in bad[0]


@given(st.lists(st.sampled_from(["ID", "Id", "id", "TEXT", "Text", "text", "Title", "DATE", "Source"]), min_size=1, max_size=6,
                unique_by=str.lower))
def test_the_columns_error_lists_the_header_as_the_file_spells_it(header):
    """'--columns text=body ... (columns found: date, id, source, text, title)' for a header
    'Text,ID,...': the reader looks for the names in the file, so they are shown as written."""
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        Path(d, "a.csv").write_text(",".join(header) + "\n" + ",".join("x" for _ in header) + "\n", encoding="utf-8")
        absent, textless = ingest.corpus_column_problems(Path(d), "text=body")
    assert len(absent) == 1 and f"(columns found: {', '.join(sorted(header, key=str.casefold))})" in absent[0]
    # a usual text column is read when the named one is in no file (QA8 4: the absent line stops the run)
    has_text = any(h.lower() == "text" for h in header)
    assert len(textless) == (not has_text)
    assert has_text or f"columns found: {', '.join(sorted(header, key=str.casefold))})" in textless[0]


@pytest.mark.parametrize("kind", ["fifo", "folder", "broken_link", "link_to_fifo"])
def test_a_sidecar_that_is_not_a_file_is_ignored_with_its_reason_never_opened(tmp_path, kind):
    """A metadata.csv that is a FIFO hung the run (opening a FIFO waits for a writer forever);
    Hypothesis drew one in a CI run. Like any input, the sidecar is used only as a regular file."""
    import threading

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Shelling in Aleppo killed 12 people on Monday, the monitor said.")
    side = raw / ingest.SIDECAR_NAME
    if kind == "fifo":
        os.mkfifo(side)
    elif kind == "folder":
        side.mkdir()
    elif kind == "broken_link":
        os.symlink(raw / "gone.csv", side)
    else:
        os.mkfifo(tmp_path / "pipe")
        os.symlink(tmp_path / "pipe", side)
    result: list = []
    worker = threading.Thread(target=lambda: result.append(ingest.read_sidecar(raw)), daemon=True)
    worker.start()
    worker.join(10)
    assert result, "read_sidecar blocked"
    rows, problems = result[0]
    assert rows == {} and len(problems) == 1 and problems[0].startswith(f"{ingest.SIDECAR_NAME}: ignored ("), problems


def test_a_record_left_out_for_its_duplicate_id_keeps_its_date_and_outlet(tmp_path):
    """QA6 B4: the second record of a reused id is left out (duplicate_id: a number traced to
    'a1' could not be found by its id), but its row kept no date although the record had one."""
    from analysis.articles import article_record

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "c.jsonl").write_text('{"id": "a1", "text": "First.", "date": "2015-03-02", "outlet": "A"}\n'
                                 '{"id": "a1", "text": "Second.", "date": "2016-01-01", "outlet": "B"}\n')
    rows = [article_record(doc)[0] for doc in iter_raw(raw)]
    assert status_kind(rows[1]["status"]) == "duplicate_id"
    assert [(str(r["published"]), r["outlet"]) for r in rows] == [("2015-03-02", "A"), ("2016-01-01", "B")]
