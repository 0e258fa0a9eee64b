"""The index counts notebook 01's notes on metadata.csv and says where they are (QA7 6)."""

from __future__ import annotations


def test_the_index_counts_every_note_on_metadata_csv_and_says_where_they_are():
    """QA7 6: 'metadata.csv line 3: missing.txt does not exist' and a sidecar date it could not
    read were only in notebook 01; the index said nothing of them."""
    from analysis.report import notes_line
    from analysis.tables import notes_table

    notes = ["metadata.csv line 3: missing.txt does not exist in raw",
             "metadata.csv line 5: date '31/02/2016' could not be read",
             "u.jsonl: dates read as m/d/y (15)"]
    line = notes_line(notes_table(notes))
    assert "2 notes on metadata.csv" in line and "notebook 01" in line and "missing.txt" in line
    assert "ignored" not in line
    line = notes_line(notes_table(["metadata.csv line 4: no file name; row ignored", *notes]))
    assert "1 note on the inputs says something was ignored" in line and "2 more notes on metadata.csv" in line
    assert notes_line(notes_table(notes[2:])) == ""


def test_how_metadata_csvs_dates_were_read_is_no_note_and_never_the_first(tmp_path):
    """Review 9: 'metadata.csv: dates read as d/m/y (3)' is information, not a problem; it was
    counted as a note on a clean metadata.csv and shown as 'the first' before a missing file."""
    import html

    from analysis.ingest import read_sidecar
    from analysis.report import notes_line
    from analysis.tables import notes_table

    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.txt").write_text("y")
    rows = "file,outlet,published\na.txt,Reuters,09/07/2016\nb.txt,AFP,25/07/2016\n"
    (tmp_path / "metadata.csv").write_text(rows)
    _, problems = read_sidecar(tmp_path)
    assert any("dates read as" in p for p in problems)  # the note exists, for notebook 01
    assert notes_line(notes_table(problems)) == ""
    (tmp_path / "metadata.csv").write_text(rows + "missing.txt,AFP,26/07/2016\n")
    _, problems = read_sidecar(tmp_path)
    line = html.unescape(notes_line(notes_table(problems)))
    assert "1 note on metadata.csv: " in line and "missing.txt" in line and "dates read as" not in line
