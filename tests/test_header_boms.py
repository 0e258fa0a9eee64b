"""fuzz11 3: a header cell that starts with a BOM of its own ('\\ufeffid' inside a UTF-16 file,
whose first BOM the decoder takes; a spreadsheet that pasted a UTF-8 header into a cell) hid the
id column: records were named rowN. Column names are matched without BOMs
(corpus_columns.column_key, the one home of header-name normalisation)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.corpus_columns import column_key
from analysis.ingest import iter_raw

BOM = "\ufeff"
NAMES = ["id", "text", "title", "outlet", "published", "article_text", "Pub Date"]


@given(st.sampled_from(NAMES), st.integers(1, 3), st.sampled_from(["", " "]))
def test_a_bom_before_a_column_name_is_not_part_of_it(name, boms, pad):
    assert column_key(BOM * boms + pad + name) == column_key(name)


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 2), st.sampled_from(["utf-16", "utf-8-sig", "utf-8"]), st.sampled_from(["csv", "jsonl"]),
       st.lists(st.from_regex(r"[a-z][a-z0-9]{2,8}", fullmatch=True), min_size=1, max_size=3, unique=True))
def test_a_header_cell_with_its_own_bom_still_names_the_id_column(boms, encoding, kind, ids):
    key = BOM * boms + "id"
    body = "Forty people were killed in Aleppo on Monday the monitor said."
    if kind == "csv":
        text = f"{key},text\n" + "".join(f"{i},{body} {n}\n" for n, i in enumerate(ids))
    else:
        text = "".join(json.dumps({key: i, "text": f"{body} {n}"}) + "\n" for n, i in enumerate(ids))
    with tempfile.TemporaryDirectory() as d:
        Path(d, f"export.{kind}").write_bytes(text.encode(encoding))
        docs = list(iter_raw(Path(d), notes=[]))
    assert [doc.status for doc in docs] == ["ok"] * len(ids), [doc.status for doc in docs]
    assert [doc.record_id for doc in docs] == ids
