"""fuzz11 3: the index cut a rejected input's reason at display.MAX_TEXT_CHARS (400), so a
missing-column message lost the end of its --columns advice. Generated: exports with many
columns, none holding text; the index shows each reason whole."""

from __future__ import annotations

import html

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import report
from analysis.corpus_columns import missing_text_message
from analysis.display import MAX_TEXT_CHARS

COLUMN = st.from_regex(r"[a-z]{3,12}_(?:code|flag|count|rank|score)", fullmatch=True)


@settings(max_examples=30, deadline=None)
@given(st.lists(COLUMN, min_size=12, max_size=40, unique=True), st.integers(1, 3))
def test_the_index_shows_a_rejected_inputs_reason_whole(columns, n_files):
    reasons = [f"missing_column: {missing_text_message(f'export{i}.csv', columns + ['pub_date', 'newspaper'])}"
               for i in range(n_files)]
    assert max(map(len, reasons)) > MAX_TEXT_CHARS  # the case the cut broke
    arts = pd.DataFrame({"article_id": [f"export{i}" for i in range(n_files)], "status": reasons, "outlet": None,
                         "published": None, "warnings": "", "source_path": [f"export{i}.csv" for i in range(n_files)]})
    page = report.inputs_section(arts)
    for reason in reasons:
        assert html.escape(reason) in page, reason[-120:]
