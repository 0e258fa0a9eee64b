"""The index at half a screen (800 px): a table wider than the page scrolls inside its own box
with the notebook pages' cue, the page itself never runs off the right edge, and text keeps a
side margin (QA9 21)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import report
from test_report_safety import CHROMIUM, probe_script, settled_dom

WINDOW = (800, 2400)


def _data(dom: str, name: str) -> str:
    """The body's data-`name` attribute, as the probe wrote it."""
    return dom.split(f'data-{name}="', 1)[1].split('"', 1)[0]


def test_a_wide_table_scrolls_in_its_box_with_a_cue_and_text_has_a_margin(tmp_path):
    if CHROMIUM is None:
        pytest.skip("chromium not installed (.ci/run installs it)")
    wide = pd.DataFrame([{"counter": "Syrian Observatory for Human Rights", "counter_kind": "monitoring group",
                          "date": "2016-08-01", "value": 470000 + i, "as_worded": "more than", "outlet": "dailysabah",
                          "article_id": f"fakes_dev:19240581{i:02d}", "never_names_the_conflict": "yes"} for i in range(4)])
    narrow = pd.DataFrame({"outlet": ["ahram"], "articles": [57]})
    (tmp_path / "reports").mkdir()
    index = report.write_index(tmp_path / "reports", [], processed=None)
    body = (report._p("A paragraph of findings that runs the width of the page. " * 6)
            + report._table(wide, numeric={"value"}) + report._table(narrow, numeric={"articles"}))
    probe = probe_script("const d = document.body.dataset; "
                         "d.pagewidth = document.documentElement.scrollWidth; d.inner = window.innerWidth; "
                         "d.left = Math.round(document.querySelector('p').getBoundingClientRect().left); "
                         "d.cues = [...document.querySelectorAll('.scroll-cue')]"
                         ".map(c => getComputedStyle(c, '::after').content).join('|');")
    index.write_text(index.read_text().replace("</body>", body + probe + "</body>"))

    dom = settled_dom(index, tmp_path, lambda dom: "Scroll sideways" in _data(dom, "cues"), window=WINDOW)
    assert int(_data(dom, "pagewidth")) <= int(_data(dom, "inner")) == WINDOW[0]  # nothing runs off the page
    assert int(_data(dom, "left")) >= 8  # a side margin, not text flush to the edge
    wide_cue, narrow_cue = _data(dom, "cues").split("|")
    assert "Scroll sideways" in wide_cue and narrow_cue == "none"
