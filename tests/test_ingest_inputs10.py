"""inputs10's input leftovers: --columns date_order= reads metadata.csv's slash dates too, and says
so when it has nothing to read; records that omit the key a field is read from are counted per
file; text read from a renamed key is said with the key and the count."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, strategies as st

from analysis import tables
from analysis.articles import build_articles
from analysis.ingest import iter_raw, read_sidecar, says_order_unused
from analysis.metadata_dates import says_order_assumed

from export_records import FAST, TEXT

# day and month both 1-12 and different: a slash date that reads either way
either_way = st.tuples(st.integers(1, 12), st.integers(1, 12), st.integers(2012, 2020)).filter(lambda t: t[0] != t[1])


def _folder_with_sidecar(raw, dates):
    raw.mkdir(parents=True, exist_ok=True)
    rows = ["file,published"]
    for i, (a, b, y) in enumerate(dates):
        (raw / f"a{i}.txt").write_text(TEXT.format(n=i + 2), encoding="utf-8")
        rows.append(f"a{i}.txt,{a:02d}/{b:02d}/{y}")
    (raw / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return raw


@FAST
@given(st.lists(either_way, min_size=1, max_size=6))
def test_date_order_reads_metadata_csv_day_first(tmp_path_factory, dates):
    """`--columns date_order=d/m/y` was applied to corpus exports only: metadata.csv's 03/04/2016
    stayed 4 March. Without the option, its guess of m/d/y is said, as a corpus file's is."""
    raw = _folder_with_sidecar(tmp_path_factory.mktemp("raw"), dates)
    docs = {d.source_path: d.published for d in iter_raw(raw, columns="date_order=d/m/y")}
    assert docs == {f"a{i}.txt": f"{y}-{b:02d}-{a:02d}" for i, (a, b, y) in enumerate(dates)}
    docs = {d.source_path: d.published for d in iter_raw(raw, columns="date_order=m/d/y")}
    assert docs == {f"a{i}.txt": f"{y}-{a:02d}-{b:02d}" for i, (a, b, y) in enumerate(dates)}
    _, problems = read_sidecar(raw)
    warned = tables.column_notes(pd.DataFrame({"note": problems}))  # the console after notebook 01, and the index
    assert len(warned) == 1 and warned[0].startswith("metadata.csv: ") and says_order_assumed(warned[0]), problems
    assert "--columns date_order=d/m/y" in warned[0]
    _, problems = read_sidecar(raw, date_order="dm")
    assert not tables.column_notes(pd.DataFrame({"note": problems}))


def _unused(problems):
    return [n for n in tables.column_notes(pd.DataFrame({"note": problems})) if says_order_unused(n)]


@FAST
@given(order=st.sampled_from(["d/m/y", "m/d/y"]), sidecar=st.sampled_from(["none", "no dates", "dates"]),
       corpus=st.booleans(), suffix=st.sampled_from([".txt", ".html", ".rtf"]))
def test_date_order_with_nothing_to_read_is_said(tmp_path_factory, order, sidecar, corpus, suffix):
    """Over a folder with no corpus file and no date in metadata.csv, date_order was ignored
    without a word: notebook 01's notes say it (the pipeline prints them, the index shows them).
    A text or HTML file's own slash dates are read in its order too (QA10 F13): no note then."""
    raw = tmp_path_factory.mktemp("raw")
    (raw / f"a{suffix}").write_text(TEXT.format(n=3), encoding="utf-8")
    if sidecar != "none":
        (raw / "metadata.csv").write_text(f"file,outlet,published\na{suffix},SANA," + ("03/04/2016" if sidecar == "dates" else "")
                                          + "\n", encoding="utf-8")
    if corpus:
        (raw / "e.jsonl").write_text('{"id": "1", "text": "Shelling killed 4 people in Idlib."}\n', encoding="utf-8")
    _, _, problems = build_articles(raw, progress=False, columns=f"date_order={order}")
    unused = _unused(problems)
    if sidecar == "dates" or corpus or suffix != ".rtf":
        assert not unused, problems
        return
    assert len(unused) == 1, problems
    assert unused[0].startswith(f"option --columns date_order={order} is not used") and "metadata.csv" in unused[0]
    # as input_notes.csv gives it back to the console and the index: a note opening with "-" came
    # back behind the formula guard's "'"
    path = tables.write_table(tables.notes_table(problems), raw.parent / f"{raw.name}_notes.csv")
    assert _unused(tables.read_table(path)["note"].tolist()) == unused
    _, _, problems = build_articles(raw, progress=False)  # no option, no note
    assert not _unused(problems)


KEYS = {"text": "body", "published": "pub", "outlet": "paper"}
SHOWN = {"text": "text", "published": "date", "outlet": "outlet"}


def _record(i, keep: set[str]) -> dict:
    values = {"text": TEXT.format(n=i + 2), "published": "2016-01-02", "outlet": "SANA"}
    return {"id": str(i), **{KEYS[f]: v for f, v in values.items() if f in keep}}


def _omitted(notes):
    from analysis.corpus_columns import omits_key
    return [n for n in tables.column_notes(pd.DataFrame({"note": notes})) if omits_key(n)]


@FAST
@given(st.lists(st.sets(st.sampled_from(sorted(KEYS))), min_size=1, max_size=12), st.booleans())
def test_records_omitting_a_fields_key_are_counted_per_file(tmp_path_factory, kept, named):
    """A JSONL record that leaves out the key a field is read from (exporters drop nulls) read that
    field empty without a word: a note per file and field names the key, the count and the first
    lines, as the console after notebook 01 and the index show them; a null says nothing."""
    from export_records import write_jsonl

    kept = [set(k) for k in kept]
    records = [_record(i, {"text", "published", "outlet"}) for i in range(2)]  # every key, in the first records
    records += [_record(i + 2, keep) for i, keep in enumerate(kept)]
    records.append({"id": "null", "body": TEXT.format(n=9), "pub": None, "paper": None})  # a null: no note
    raw = write_jsonl(tmp_path_factory.mktemp("raw"), records)
    columns = ",".join(f"{SHOWN[f]}={k}" for f, k in KEYS.items()) if named else None
    if not named:  # the usual names
        for rec in records:
            for f, k in KEYS.items():
                if k in rec:
                    rec[{"text": "text", "published": "date", "outlet": "source"}[f]] = rec.pop(k)
        write_jsonl(raw, records)
    notes: list[str] = []
    docs = list(iter_raw(raw, columns=columns, notes=notes))
    assert len(docs) == len(records)
    said = _omitted(notes)
    for f in KEYS:
        lines = [i + 3 for i, keep in enumerate(kept) if f not in keep]  # line 3 onward: records 0-1 have all
        mine = [n for n in said if f"=COLUMN" in n and f"{SHOWN[f]} under another key" in n]
        if not lines:
            assert not mine, said
            continue
        assert len(mine) == 1, said
        n_rec = len(lines)
        assert mine[0].startswith(f"export.jsonl: {n_rec} record{'s omit' if n_rec > 1 else ' omits'} the key ")
        assert f"(first: line{'s' if len(lines[:3]) > 1 else ''} {', '.join(map(str, lines[:3]))})" in mine[0]
        assert ("--columns " in mine[0].split("(first")[0]) == named
    assert len(said) == sum(any(f not in keep for keep in kept) for f in KEYS)


def test_text_read_from_a_renamed_key_names_the_key_and_the_count(tmp_path):
    """Item 3: records that omit the text column named with --columns read their text from a usual
    name no record has beside it (the field renamed in a later export); the note says which key,
    how many records and the first, and asks to check they hold whole articles, not teasers."""
    from analysis.corpus_columns import reads_field_elsewhere
    from export_records import write_jsonl

    records = [{"id": "1", "body": TEXT.format(n=3)}, {"id": "2", "content": TEXT.format(n=4)},
               {"id": "3", "content": TEXT.format(n=5)}, {"id": "4", "body": TEXT.format(n=6)}]
    raw = write_jsonl(tmp_path / "raw", records)
    notes: list[str] = []
    docs = list(iter_raw(raw, columns="text=body", notes=notes))
    assert [d.status for d in docs] == ["ok"] * 4
    renamed = [n for n in tables.column_notes(pd.DataFrame({"note": notes})) if reads_field_elsewhere(n)]
    assert len(renamed) == 1, notes
    assert "2 records have no column 'body' (--columns text=body)" in renamed[0]
    assert "'content' (2 records, first: line 2)" in renamed[0]
    assert "whole" in renamed[0] and "summar" in renamed[0]  # text, unlike a date, may be a teaser under that name
