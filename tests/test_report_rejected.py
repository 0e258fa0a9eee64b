"""The index names each rejected input with its reason (QA10 F16: it said "each with its reason
below" and showed only counts per status), and the console says after notebook 01 how many were
rejected and where they are listed."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import report
from analysis.ingest import input_problem
from analysis.pipeline import rejected_inputs_line

_REASONS = st.sampled_from(["empty: file has no content", "undecodable: no text encoding fits these bytes",
                            "no_body: nothing left after removing boilerplate",
                            "unsupported_format: .pdf (accepted: .txt .html .htm .jsonl .csv)"])
_REPEAT = "duplicate_record: repeats record 1 of a.csv"


def _ignored_statuses() -> list[str]:
    """What ingest says of a Finder .DS_Store, a README.md and a hidden folder: read from
    input_problem itself, so the test follows its wording."""
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
        (Path(folder) / "README.md").write_text("# notes on this folder\n")
        (Path(folder) / ".ipynb_checkpoints").mkdir()
        statuses = [input_problem(Path(folder) / name) for name in (".DS_Store", "README.md", ".ipynb_checkpoints")]
    assert all(statuses)
    return statuses


_IGNORED = _ignored_statuses()


@st.composite
def inputs(draw):
    names = draw(st.lists(st.from_regex(r"[a-z]{1,8}", fullmatch=True), min_size=1, max_size=45, unique=True))
    kinds = draw(st.lists(st.sampled_from(["ok", "rejected", "repeat", "ignored"]), min_size=len(names), max_size=len(names)))
    rows = []
    for name, kind in zip(names, kinds):
        status = ("ok" if kind == "ok" else _REPEAT if kind == "repeat" else draw(st.sampled_from(_IGNORED))
                  if kind == "ignored" else draw(_REASONS))
        rows.append({"article_id": name, "source_path": f"{name}.txt", "status": status, "outlet": None,
                     "published": None, "warnings": ""})
    return pd.DataFrame(rows)


def _rejected(articles: pd.DataFrame) -> pd.DataFrame:
    kinds = articles["status"].str.split(":").str[0]
    return articles[~kinds.isin(["ok", "duplicate_record", "ignored"])].sort_values("article_id")


@settings(max_examples=60, deadline=None)
@given(inputs())
def test_the_index_lists_rejected_inputs_with_their_reason(articles):
    page = html.unescape(report.inputs_section(articles))
    rejected = _rejected(articles)
    listed = rejected.head(report.REJECTED_LISTED)
    for row in listed.itertuples():
        assert f"<td>{row.source_path}</td>" in page and row.status in page
    for row in rejected.iloc[report.REJECTED_LISTED:].itertuples():
        assert f"<td>{row.source_path}</td>" not in page
    for row in articles[articles["status"] == _REPEAT].itertuples():  # read once, not rejected
        assert f"<td>{row.source_path}</td>" not in page
    for row in articles[articles["status"].isin(_IGNORED)].itertuples():  # not articles on purpose
        assert f"<td>{row.source_path}</td>" not in page
    if rejected.empty:
        assert "rejected input" not in page
    if len(rejected) > report.REJECTED_LISTED:
        assert f"The first {report.REJECTED_LISTED} of {len(rejected)} rejected inputs" in page and "notebook 01" in page
    elif len(rejected):
        assert f"{len(rejected)} rejected input" in page


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(inputs())
def test_the_console_says_how_many_inputs_were_rejected(tmp_path_factory, articles):
    processed = tmp_path_factory.mktemp("processed")
    articles.to_parquet(processed / "articles.parquet")
    line = rejected_inputs_line(processed)
    rejected = _rejected(articles)
    if rejected.empty or not (articles["status"] == "ok").any():  # none, or all: the run's own error lists them
        assert line is None
    else:
        assert line.startswith(f"warning: {len(rejected)} of {len(articles)} inputs rejected")
        assert "the index's Inputs section" in line


def test_a_readme_and_a_ds_store_are_not_warned_about(tmp_path):
    """rev10r's example: a raw folder of aleppo.txt, page.html, a README.md and Finder's empty
    .DS_Store said "warning: 2 of 4 inputs rejected (ignored 2)" on every run, and the index
    listed both as "2 rejected inputs, each with its reason". They are counted, not rejected."""
    articles = pd.DataFrame([
        {"article_id": "aleppo", "source_path": "aleppo.txt", "status": "ok"},
        {"article_id": "page", "source_path": "page.html", "status": "ok"},
        {"article_id": "README", "source_path": "README.md", "status": _IGNORED[1]},
        {"article_id": ".DS_Store", "source_path": ".DS_Store", "status": _IGNORED[0]},
    ]).assign(outlet=None, published=None, warnings="")
    articles.to_parquet(tmp_path / "articles.parquet")
    assert rejected_inputs_line(tmp_path) is None
    page = html.unescape(report.inputs_section(articles))
    assert "rejected input" not in page and "<td>README.md</td>" not in page
    assert "4 inputs: 2 read and cleaned, 2 ignored as not articles" in page
    assert ">ignored<" in page  # still counted in the accounting table
    articles.loc[3, "status"] = "empty: file has no content"
    articles.to_parquet(tmp_path / "articles.parquet")
    assert rejected_inputs_line(tmp_path).startswith("warning: 1 of 4 inputs rejected (empty 1)")
