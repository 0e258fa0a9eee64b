"""Reading raw inputs: every file or corpus record becomes one RawDoc, readable text decoded
correctly, everything else with a status that names the problem."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

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
    start = time.perf_counter()
    docs = list(iter_raw(raw))
    assert time.perf_counter() - start < 2.0, "a too-large file must not be read or decoded"
    assert len(docs) == 1
    assert status_kind(docs[0].status) == "too_large"
    assert "MB" in docs[0].status and docs[0].text is None


def test_file_just_under_the_limit_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", 1000)
    assert _one(tmp_path, "a.txt", b"x" * 1000).status == "ok"
    assert status_kind(_one(tmp_path, "b.txt", b"x" * 1001).status) == "too_large"


def test_50_mb_jsonl_corpus_is_read_record_by_record(tmp_path, request):
    raw = tmp_path / "raw"
    raw.mkdir()
    body = "Residents of the besieged town said food had run out. " * 36  # ~2 KB
    n = 50_000_000 // len(body) + 1
    request.addfinalizer((raw / "big.jsonl").unlink)  # 50 MB: do not keep it in pytest's tmp
    with open(raw / "big.jsonl", "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"r{i}", "text": body}) + "\n")
    assert (raw / "big.jsonl").stat().st_size >= 50_000_000
    start = time.perf_counter()
    count = sum(1 for d in iter_raw(raw) if d.status == "ok")
    assert count == n
    assert time.perf_counter() - start < 60


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
    (raw / "c.csv").write_text("id,title,body\n1,A,some words\n2,B,more words\n")
    docs = list(iter_raw(raw))
    assert len(docs) == 2
    for d in docs:
        assert status_kind(d.status) == "missing_column"
        assert "'text' or 'html'" in d.status and "body" in d.status


def test_jsonl_record_without_text_field_names_it(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "c.jsonl").write_text('{"id": "a", "body": "x"}\n{"id": "b", "text": ""}\n{"id": "c", "text": "fine"}\n')
    docs = {d.record_id: d for d in iter_raw(raw)}
    assert status_kind(docs["a"].status) == "missing_column" and "'text'" in docs["a"].status
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
    docs = list(iter_raw(raw))
    assert [d.status.split(":")[0] for d in docs] == ["ok", "malformed", "malformed", "ok"]
    assert "line 3" in docs[1].status and "line 4" in docs[2].status
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


def test_duplicate_ids_keep_both_records_with_distinct_article_ids(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "c.jsonl").write_text('{"id": "x", "text": "first"}\n{"id": "x", "text": "second"}\n{"text": "no id"}\n')
    docs = list(iter_raw(raw))
    assert len(docs) == 3 and len({d.article_id for d in docs}) == 3
    assert docs[0].status == "ok" and docs[0].text == "first"
    assert status_kind(docs[1].status) == "duplicate_id" and docs[1].text == "second"
    assert docs[2].status == "ok" and "no 'id'" in docs[2].warnings[0]


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
