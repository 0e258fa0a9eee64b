"""A corpus export whose slash dates all read either way (days 1-12) is read m/d/y with a warning
on the console and the index saying so, and `--columns date_order=d/m/y` reads it day first (QA9 9)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, strategies as st

from analysis import tables
from analysis.corpus_columns import ColumnSpecError, parse_column_mapping
from analysis.ingest import read_corpus
from analysis.metadata_dates import ambiguous_slash_note, says_order_assumed

# day and month both 1-12 and different: a date that reads either way
either_way = st.tuples(st.integers(1, 12), st.integers(1, 12), st.integers(2011, 2020)).filter(lambda t: t[0] != t[1])


def _slash(t) -> str:
    return f"{t[0]:02d}/{t[1]:02d}/{t[2]}"


@given(st.lists(either_way, min_size=1, max_size=30))
def test_only_either_way_dates_are_warned_with_their_count_and_the_option(dates):
    values = [_slash(t) for t in dates]
    note = ambiguous_slash_note(values)
    assert note and says_order_assumed(note)
    assert note.startswith(f"{len(values):,} date") and values[0] in note
    assert "--columns date_order=d/m/y" in note
    assert ambiguous_slash_note(values, given="dm") is None and ambiguous_slash_note(values, given="md") is None


@given(st.lists(either_way, max_size=30), st.integers(13, 31), st.integers(1, 12), st.booleans())
def test_one_date_that_decides_the_order_means_no_warning(dates, big, small, day_first):
    decider = f"{big}/{small:02d}/2016" if day_first else f"{small:02d}/{big}/2016"
    assert ambiguous_slash_note([_slash(t) for t in dates] + [decider]) is None


def _export(tmp_path, dates):
    """An export as Excel writes "CSV" on a European-locale machine: BOM, `;`, CRLF."""
    rows = ["ID;Date;Title;Text"] + [f"a{i};{d};Title {i};Air strikes killed {i + 3} civilians in Idlib, Syria, on Saturday."
                                     for i, d in enumerate(dates)]
    path = tmp_path / "export.csv"
    path.write_bytes(("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8"))
    return path


def _read(path, columns=""):
    notes: list[str] = []
    docs = list(read_corpus(path, path.parent, "export", parse_column_mapping(columns), notes))
    return {d.article_id: d.published for d in docs}, notes


def test_semicolon_export_with_days_1_to_12_is_read_month_first_and_said(tmp_path):
    path = _export(tmp_path, ["03/04/2016", "05/06/2016", "10/11/2016"])
    published, notes = _read(path)
    assert sorted(published.values()) == ["2016-03-04", "2016-05-06", "2016-10-11"]  # the `;` alone flips nothing
    warned = tables.column_notes(pd.DataFrame({"note": notes}))  # the console after notebook 01, and the index
    assert len(warned) == 1 and warned[0].startswith("export.csv: 3 dates could be d/m/y or m/d/y")
    assert "'03/04/2016' = 2016-03-04, not 2016-04-03" in warned[0]


def test_date_order_option_reads_day_first_without_the_warning(tmp_path):
    path = _export(tmp_path, ["03/04/2016", "05/06/2016", "10/11/2016"])
    published, notes = _read(path, "date_order=d/m/y")
    assert sorted(published.values()) == ["2016-04-03", "2016-06-05", "2016-11-10"]
    assert not tables.column_notes(pd.DataFrame({"note": notes}))
    published, _ = _read(_export(tmp_path, ["03/04/2016", "25/12/2016"]), "date_order=m/d/y")
    assert published["export:a0"] == "2016-03-04"  # the option wins over the file's day-first value


def test_date_order_takes_only_the_two_orders():
    with pytest.raises(ColumnSpecError, match="date_order=y/m/d"):
        parse_column_mapping("date_order=y/m/d")
    mapping = parse_column_mapping("text=body,date_order=D/M/Y")
    assert dict(mapping) == {"text": "body"} and mapping.date_order == "dm"
