"""Metadata dates a file writes in both slash orders are flagged once per file; yyyymmdd is read."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given, settings, strategies as st

from analysis import ingest
from analysis.metadata_dates import COMPACT, mixed_slash_note, parse_metadata_date

DAYS = st.dates(min_value=date(2011, 3, 1), max_value=date(2025, 12, 31))
LATE_DAY = DAYS.filter(lambda d: d.day > 12)  # only one order can read it
EITHER = DAYS.filter(lambda d: d.day <= 12 and d.day != d.month)  # both orders read it, as different days


def day_first(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def month_first(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"


def write_corpus(tmp_path, published: list[str]):
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": "Shelling in Aleppo killed 12 people.", "published": p}) + "\n"
                            for i, p in enumerate(published)), encoding="utf-8")
    notes: list[str] = []
    docs = list(ingest.read_corpus(path, tmp_path, "export", notes=notes))
    return docs, [n for n in notes if "both orders" in n]


@settings(max_examples=25, deadline=None)
@given(st.lists(LATE_DAY, min_size=1, max_size=4), st.lists(LATE_DAY, min_size=1, max_size=4),
       st.lists(EITHER, min_size=1, max_size=4), st.randoms(use_true_random=False))
def test_a_file_with_both_slash_orders_is_flagged_once_with_the_ambiguous_count(tmp_path_factory, dm, md, either, rnd):
    tmp_path = tmp_path_factory.mktemp("mixed")
    ambiguous = [rnd.choice([day_first, month_first])(d) for d in either]
    published = [day_first(d) for d in dm] + [month_first(d) for d in md] + ambiguous
    rnd.shuffle(published)
    docs, flagged = write_corpus(tmp_path, published)
    assert len(docs) == len(published)
    assert len(flagged) == 1, flagged
    first = next(p for p in published if p in ambiguous)
    assert f"{len(ambiguous)} that read either way (first {first!r})" in flagged[0]
    # and what became of the dates written in the order the file was not read in: each is read the
    # only way it can be, as the note says (QA7 item 11: the note said they got no date)
    read_dm = "read as d/m/y" in flagged[0]
    other = len(md) if read_dm else len(dm)
    assert f"except the {other} that can only be read the other way" in flagged[0]
    by_value = {p: doc for p, doc in zip(published, docs)}
    for d in dm + md:
        for written in (day_first(d), month_first(d)):
            if written in by_value:
                assert by_value[written].published == d.isoformat()
    # each row that reads either way carries its own warning, naming the reading taken
    for p, doc in by_value.items():
        flagged_row = [w for w in doc.warnings if "reads either way" in w]
        assert bool(flagged_row) == (p in ambiguous), (p, doc.warnings)
        if flagged_row:
            assert flagged_row[0].startswith("export.jsonl line ") and f"{p!r}" in flagged_row[0]


def test_an_unreadable_corpus_date_is_named_with_its_file_and_line(tmp_path):
    """QA7 item 5: the file's own date column, not a 'metadata date', and the line it is on."""
    docs, _ = write_corpus(tmp_path, ["2016-03-01", "31/02/2016", "yesterday"])
    assert docs[0].published == "2016-03-01" and not docs[0].warnings
    for line, (doc, value) in enumerate(zip(docs[1:], ["31/02/2016", "yesterday"]), start=2):
        assert doc.published is None
        assert f"export.jsonl line {line}: date {value!r} could not be read; date taken from the text" in doc.warnings


@settings(max_examples=25, deadline=None)
@given(st.lists(st.one_of(LATE_DAY, EITHER), min_size=1, max_size=8), st.sampled_from([day_first, month_first]))
def test_a_file_in_one_slash_order_is_not_flagged(days, fmt):
    assert mixed_slash_note(fmt(d) for d in days) is None


@given(DAYS)
def test_yyyymmdd_is_read_as_a_date(d):
    assert parse_metadata_date(f"{d:%Y%m%d}") == (d, COMPACT)
    assert parse_metadata_date(f"{d.year}13{d.day:02d}") == (None, None)  # a 13th month is no date
