"""QA11 F7: each notebook opens with what its stage found, in the index's own words (report.found_*,
built by the index's sections: one home for the wording), right after the cell that computes the
stage's table; notebook 02 shows the latest war-total claim per counter (only its chart before)
and a first table of headline tolls by date (the first ten rows by article id before); notebook
01 says where this run's dates came from before quoting the plain-text date figure."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import report_tables as rt
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import accuracy, report

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = REPO / "notebooks"
STAGES = {"01_clean_articles.ipynb": ("articles, removed, sidecar_problems = build_articles", "report.found_articles("),
          "02_death_tolls.ipynb": ("death_tolls = stages.death_tolls", "report.found_tolls("),
          "03_source_tone.ipynb": ("t = stages.source_tone", "report.found_tone(")}


def _code(name: str) -> list[str]:
    nb = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


@pytest.mark.parametrize("name", sorted(STAGES))
def test_found_in_this_run_follows_the_cell_that_computes_the_stage(name):
    computes, found = STAGES[name]
    code = _code(name)
    at = next(i for i, s in enumerate(code) if computes in s)
    assert found in code[at + 1], (name, code[at + 1])


@settings(max_examples=15, deadline=None)
@given(st.integers(12, 60))
def test_found_is_the_index_sections_wording(n):
    arts = rt.articles(n)
    tolls = rt.tolls(arts)
    assert report.found_articles(arts).html.endswith(
        (report.inputs_section(arts) + report.coverage_section(arts)).replace("<h2>", "<h3>").replace("</h2>", "</h3>"))
    page = report.found_tolls(tolls, arts, Path("/nonexistent")).html
    assert page.startswith(f"<h2>{report.FOUND_HEADING}</h2>")
    assert page.replace("<h3>", "<h2>").replace("</h3>", "</h2>").removeprefix(f"<h2>{report.FOUND_HEADING}</h2>") == \
        report.tolls_section(tolls, None, arts, trust=False)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["metadata", "text", "inferred", "none"]), min_size=1, max_size=30),
       st.lists(st.booleans(), min_size=30, max_size=30))
def test_the_date_trust_line_says_where_this_runs_dates_came_from(sources, html_pages):
    arts = pd.DataFrame({"status": "ok", "date_source": sources,
                         "input_format": ["html" if h else "text" for h in html_pages[:len(sources)]]})
    line = accuracy.dates_titles_trust_line(arts)
    plain = sum(s == "text" and not h for s, h in zip(sources, html_pages))
    meta = sources.count("metadata")
    assert line.index(f"This run's {len(sources):,} articles") < line.index("a publication date read from plain text is right")
    if meta:
        assert f"{meta:,} from metadata" in line
    if plain:
        assert f"{plain:,} read from plain text" in line
    else:
        assert "does not apply to any date of this run" in line


@pytest.mark.slow  # the pipeline on the bundled articles (~50 s): not in make test-quick
def test_each_notebook_page_opens_with_what_it_found(tmp_path):
    """The bundled articles through the pipeline: each report page has "Found in this run" before
    its first table of rows, 02 the latest claim per counter, 01 where its dates came from."""
    res = subprocess.run([sys.executable, "-m", "analysis.pipeline", "--no-progress", "--processed-dir", str(tmp_path / "p"),
                          "--reports-dir", str(tmp_path / "r")], cwd=REPO, capture_output=True, text=True, timeout=900)
    assert res.returncode == 0, res.stderr[-3000:]
    pages = {nb: html.unescape((tmp_path / "r" / f"{nb}.html").read_text(encoding="utf-8"))
             for nb in ("01_clean_articles", "02_death_tolls", "03_source_tone")}
    for nb, page in pages.items():
        assert report.FOUND_HEADING in page, nb
    one = pages["01_clean_articles"]
    assert one.index(report.FOUND_HEADING) < one.index("rows: each kind of input status")
    assert re.search(r"This run's 5 articles got their dates: \d+ from metadata", one)
    two = pages["02_death_tolls"]
    assert "The latest claim of the war's total by each counter" in two
    assert two.index(report.FOUND_HEADING) < two.index("Headline tolls, by date") < two.index("reported tolls")
    three = pages["03_source_tone"]
    assert three.index(report.FOUND_HEADING) < three.index("Nothing can be ranked")
