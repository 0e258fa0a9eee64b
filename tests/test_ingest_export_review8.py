"""Corpus-export reading after the eighth review (rev8 items 22, 5, 9, 7, 6, 11, 10, 17, 21, 23):
a --columns name decided per file, header folds that merge columns, conflicting --columns."""

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.ingest import iter_raw

TEXT = "Air strikes killed at least {n} civilians in Aleppo on Tuesday, the monitor said."
names = st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=12).map(str.strip).filter(bool)
FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _write_jsonl(folder: Path, records: list[dict], name: str = "export.jsonl") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return folder


@FAST
@given(rows=st.lists(st.tuples(st.sampled_from(["named", "null", "omitted"]), names, names), min_size=1, max_size=6)
       .filter(lambda rows: any(kind == "named" for kind, _, _ in rows)))
def test_a_jsonl_with_the_named_column_anywhere_reads_that_field_only_from_it(tmp_path_factory, rows):
    """Review 8 item 22: records omitting the --columns key read the outlet from `domain`, so one
    outlet appeared under two names. A file's columns are all its records' keys."""
    records = []
    for i, (kind, media, domain) in enumerate(rows):
        rec = {"id": str(i), "text": TEXT.format(n=i + 2), "domain": domain}
        if kind != "omitted":
            rec["media_name"] = media if kind == "named" else None
        records.append(rec)
    raw = _write_jsonl(tmp_path_factory.mktemp("raw"), records)
    notes: list[str] = []
    docs = list(iter_raw(raw, columns="outlet=media_name", notes=notes))
    assert [d.outlet for d in docs] == [media if kind == "named" else None for kind, media, _ in rows]
    assert any("domain" in n for n in notes), notes  # the usual-name column is said to be unused
