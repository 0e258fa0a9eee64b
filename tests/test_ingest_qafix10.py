"""QA10's input findings: Excel's own date forms in a CSV date column are read (F21); a text
date read both ways is warned about and --columns date_order= reaches text and HTML files (F13);
metadata.csv takes the corpus reader's column aliases and an ignored one is said (F14)."""

from __future__ import annotations

import csv
import io
from datetime import date

from hypothesis import given, strategies as st

from analysis.ingest import iter_raw
from analysis.metadata_dates import parse_metadata_date

from export_records import FAST, TEXT

DAYS = st.dates(min_value=date(1995, 1, 1), max_value=date(2025, 12, 31))
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def excel_short(d: date, four_digits: bool) -> str:
    """Excel's d-mmm-yy / d-mmm-yyyy display."""
    return f"{d.day}-{MON[d.month - 1]}-{d.year if four_digits else d.year % 100:02d}"


def excel_serial(d: date, time: bool) -> str:
    """Excel's 1900 date system: 1 is 1900-01-01 and a false 1900-02-29 is counted, so from
    March 1900 a day's serial is its distance from 1899-12-30."""
    return str((d - date(1899, 12, 30)).days) + (".5" if time else "")


def _csv_folder(raw, published: list[str]):
    raw.mkdir(parents=True, exist_ok=True)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["text", "date", "outlet"])
    for i, p in enumerate(published):
        w.writerow([TEXT.format(n=i + 2), p, "AFP"])
    (raw / "x.csv").write_text(out.getvalue(), encoding="utf-8")
    return raw


def test_excel_serial_epoch_is_excels():
    """42444 is 15 March 2016 in Excel (the QA file's value; 1 = 1900-01-01 with Lotus's 29 February)."""
    assert excel_serial(date(2016, 3, 15), False) == "42444"
    assert parse_metadata_date("42444")[0] is None  # a bare number alone is no date
    assert parse_metadata_date("42444", serial=True) == (date(2016, 3, 15), "Excel serial day")


@FAST
@given(st.lists(st.tuples(DAYS, st.booleans()), min_size=1, max_size=6), st.booleans())
def test_excel_date_forms_in_a_csv_are_read(tmp_path_factory, days, serial):
    """'15-Mar-16' and '15-Mar-2016' (Excel's short date) and a column of serial days (42444)
    each warned 'could not be read' and took the text's date."""
    raw = tmp_path_factory.mktemp("raw")
    values = [excel_serial(d, flag) if serial else excel_short(d, flag) for d, flag in days]
    docs = list(iter_raw(_csv_folder(raw, values)))
    assert [d.published for d in docs] == [d.isoformat() for d, _ in days]
    assert not any("could not be read" in w for d in docs for w in d.warnings)


@FAST
@given(st.lists(DAYS, min_size=1, max_size=4), DAYS)
def test_a_serial_number_among_other_dates_is_not_read_as_a_day(tmp_path_factory, days, iso):
    raw = tmp_path_factory.mktemp("raw")
    docs = list(iter_raw(_csv_folder(raw, [iso.isoformat()] + [excel_serial(d, False) for d in days])))
    assert docs[0].published == iso.isoformat()
    assert all(d.published is None for d in docs[1:])
