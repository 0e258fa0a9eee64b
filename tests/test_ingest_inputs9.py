"""Note 8's input leftovers: the --columns checks read a big JSONL once at most, and a JSONL
whose later records carry the outlet under another name keeps it (and says so)."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import ingest
from analysis.corpus_columns import reads_field_elsewhere
from analysis.ingest import check_named_columns, corpus_column_problems, iter_raw

from export_records import FAST, TEXT, names
from export_records import write_jsonl as _write_jsonl


def _counting_reads(monkeypatch) -> list[int]:
    """How many JSONL records the readers parse (a record read twice counts twice)."""
    parsed = [0]
    real = ingest._jsonl_rows

    def rows(lines, spelled=None):
        for row in real(lines, spelled):
            parsed[0] += 1
            yield row

    monkeypatch.setattr(ingest, "_jsonl_rows", rows)
    return parsed


@FAST
@given(n=st.integers(2, 40), mixed=st.booleans())
def test_the_pre_run_check_reads_each_jsonl_record_once_at_most(tmp_path_factory, monkeypatch, n, mixed):
    """Note 8: a file whose first records leave a field without a column ('pub_day' unused,
    no date) was scanned to its first record with text and then read again from the start."""
    records = [{"id": str(i), "text": TEXT.format(n=i), "source": "SANA", "pub_day": "2016-01-02"} for i in range(n)]
    raw = _write_jsonl(tmp_path_factory.mktemp("raw"), records)
    columns = None
    if mixed:  # a named column only another export has: no record of the big file settles the scan
        (raw / "other.csv").write_text("id,text,media_name\nm1,Shelling killed 4 people.,Enab Baladi\n", encoding="utf-8")
        columns = "outlet=media_name"
    parsed = _counting_reads(monkeypatch)
    notes: list[str] = []
    corpus_column_problems(raw, columns, notes)
    assert parsed[0] <= n
    assert any("pub_day" in note for note in notes), notes  # the note still looks at every record


def test_notebook_01s_check_stops_once_every_named_column_is_found(tmp_path, monkeypatch):
    """Its check read a big JSONL without the named column to its end, although the CSV beside
    it has the column (the name is no typo, the run goes on)."""
    records = [{"id": str(i), "text": TEXT.format(n=i), "source": "SANA"} for i in range(30)]
    raw = _write_jsonl(tmp_path / "raw", records, "a.jsonl")
    (raw / "b.csv").write_text("id,text,media_name\nm1,Shelling killed 4 people.,Enab Baladi\n", encoding="utf-8")
    parsed = _counting_reads(monkeypatch)
    check_named_columns(raw, "outlet=media_name")
    assert parsed[0] == 0
    try:  # a name no file has is still found out, naming the first file as before
        check_named_columns(raw, "outlet=media_nam")
    except ingest.ColumnsError as exc:
        assert "a.jsonl" in str(exc) and "media_nam" in str(exc)
    else:
        raise AssertionError("a name no file has must stop the run")


@FAST
@given(rows=st.lists(st.tuples(st.sampled_from(["source", "source.name", "outlet", "none"]), names), min_size=2, max_size=8)
       .filter(lambda rows: rows[0][0] == "source"))
def test_records_carrying_the_outlet_under_a_renamed_column_keep_it_and_say_so(tmp_path_factory, rows):
    """Note 8: with --columns outlet=source, later records writing the outlet as a nested
    source.name or as 'outlet' lost it, traced only by 'columns not used'. A usual name no
    record has beside the named column is the same field renamed: read per record, and a note
    names the columns, counts and first lines."""
    records = []
    for i, (kind, name) in enumerate(rows):
        rec = {"id": str(i), "text": TEXT.format(n=i + 2)}
        if kind == "source":
            rec["source"] = name
        elif kind == "source.name":
            rec["source"] = {"id": None, "name": name}
        elif kind == "outlet":
            rec["outlet"] = name
        records.append(rec)
    raw = _write_jsonl(tmp_path_factory.mktemp("raw"), records)
    notes: list[str] = []
    docs = list(iter_raw(raw, columns="outlet=source", notes=notes))
    assert [d.outlet for d in docs] == [None if kind == "none" else name for kind, name in rows]
    renamed = [n for n in notes if reads_field_elsewhere(n)]
    others = sorted({kind for kind, _ in rows} - {"source", "none"})
    if not others:
        assert not renamed, renamed
        return
    assert len(renamed) == 1, notes
    for kind in others:
        first = next(i for i, (k, _) in enumerate(rows) if k == kind) + 1
        count = sum(k == kind for k, _ in rows)
        assert f"'{kind}' ({count} record{'s' if count > 1 else ''}, first: line {first})" in renamed[0]
    assert not any("columns not used" in n and ("outlet" in n or "source.name" in n) for n in notes), notes


def test_a_usual_name_beside_the_named_column_in_some_record_is_another_field(tmp_path):
    """Review 8 item 22 still holds: 'domain' beside 'media_name' is a domain, not the outlet of
    the records that omit media_name; such a record's outlet stays empty and no note says it
    was read elsewhere."""
    records = [{"id": "1", "text": TEXT.format(n=3), "media_name": "SANA", "domain": "sana.sy"},
               {"id": "2", "text": TEXT.format(n=4), "domain": "enabbaladi.net"}]
    raw = _write_jsonl(tmp_path / "raw", records)
    notes: list[str] = []
    docs = list(iter_raw(raw, columns="outlet=media_name", notes=notes))
    assert [d.outlet for d in docs] == ["SANA", None]
    assert not any(reads_field_elsewhere(n) for n in notes)


PAGE = "<html><body><p>" + TEXT.format(n=3) + "</p></body></html>"


@FAST
@given(cells=st.lists(st.tuples(st.text(st.sampled_from("0123456789 ,.-:/+%!\u2014"), min_size=1, max_size=20)
                                .filter(str.strip), st.booleans()), min_size=1, max_size=4),
       as_jsonl=st.booleans())
def test_a_text_of_digits_and_marks_only_is_malformed_with_its_reason(tmp_path_factory, cells, as_jsonl):
    """Note 8: a CSV text "12345" was an article (ok) while the JSON number 12345 is malformed:
    a text with no word in any script is no article, in a CSV cell or a JSON string. Unless the
    record carries its page as HTML (rev9r 2): exports fill such a record's text with "-" or "0",
    and it is read from its HTML like any record with both fields, said in the file's note."""
    import csv
    raw = tmp_path_factory.mktemp("raw")
    rows = [{"id": str(i), "text": c, **({"html": PAGE} if with_html else {})} for i, (c, with_html) in enumerate(cells)]
    rows += [{"id": "w", "text": "Ten people were killed."}]
    if as_jsonl:
        _write_jsonl(raw, rows, "n.jsonl")
    else:
        with open(raw / "n.csv", "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, ["id", "text", "html"], restval="")
            writer.writeheader()
            writer.writerows(rows)
    notes: list[str] = []
    docs = list(iter_raw(raw, notes=notes))
    assert [d.status.split(":")[0] for d in docs] == ["ok" if h else "malformed" for _, h in cells] + ["ok"]
    assert all("'text'" in d.status and "no word" in d.status and "--columns text=" in d.status
               for d, (_, h) in zip(docs, cells) if not h)
    n_html = sum(h for _, h in cells)
    both = [n for n in notes if "both a text and an html field" in n]
    assert len(both) == (1 if n_html else 0), notes
    if n_html:
        assert both[0].startswith(f"n.{'jsonl' if as_jsonl else 'csv'}: {n_html} record")


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 5), st.integers(1, 5), st.booleans())
def test_the_renamed_column_note_agrees_with_its_count(n_a, n_b, two_columns):
    """rev9r 12: "1 record has ... so their date is read from it": the possessive follows the
    number of records, the pronoun the number of columns read."""
    from analysis.corpus_columns import reads_field_elsewhere, renamed_column_note

    read = {"datetime": [n_a, 2]} | ({"pubDate": [n_b, 7]} if two_columns else {})
    note = renamed_column_note("e.jsonl", "date", "pub", read)
    total = n_a + (n_b if two_columns else 0)
    assert f", so {'its' if total == 1 else 'their'} date is read from {'those' if two_columns else 'it'} (" in note
    assert reads_field_elsewhere(note)


@settings(max_examples=15, deadline=None)
@given(text=st.text(st.sampled_from("0123456789 ,.-:/+%!"), min_size=1, max_size=20).filter(lambda t: any(c.isdigit() for c in t)))
def test_a_file_with_no_word_is_no_article_either(text):
    """rev9r 8: a corpus cell '12345' is malformed, but a .txt or an .html page holding only it
    was an ok article (its number went on to tolls and tone). Its cleaned text has no word: no_body,
    showing it, whatever the container."""
    from analysis.articles import article_record
    from analysis.ingest import RawDoc

    for doc in (RawDoc(article_id="a", source_path="a.txt", text=text),
                RawDoc(article_id="b", source_path="b.html", html=f"<html><body><p>{text}</p></body></html>")):
        status = article_record(doc)[0]["status"]
        assert status.startswith("no_body"), (doc.source_path, text, status)
