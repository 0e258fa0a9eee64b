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
