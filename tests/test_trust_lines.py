"""The reports a reader shares say how far tolls, dates and titles can be trusted (QA9 12), from
the one home of those figures (analysis.accuracy), never typed into a notebook or the index."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import report_tables as rt
from hypothesis import given, strategies as st

from analysis import accuracy, report

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def _sources(name: str) -> list[str]:
    nb = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in nb["cells"]]


def _k_of_n(m: accuracy.Measured) -> str:
    return f"{m.k:,} of {m.n:,}"


def test_index_death_tolls_section_carries_the_toll_trust_line():
    arts = rt.articles(40)
    for tolls in (rt.tolls(arts), rt.tolls(arts).iloc[0:0]):  # with tolls, and with a table of none
        page = report.tolls_section(tolls)
        assert accuracy.TOLLS_TRUST in page and _k_of_n(accuracy.TOLLS_HELD) in page
        assert "not measured" in page  # counter and scope: no figure, said so


def test_toll_line_gives_the_unseen_figure_and_the_range_by_fold_of_outlets():
    line = accuracy.tolls_trust_line()
    assert f"{accuracy.TOLLS_HELD.share:.3f}" in line
    shares = sorted(f.share for f in accuracy.TOLL_FOLDS)
    # QA10 F2: the range is over folds (groups of outlets), not single outlets
    assert f"{shares[0]:.2f} to {shares[-1]:.2f} by fold of outlets" in line and "by outlet" not in line
    assert "bench_tolls.py" in line


def test_held_toll_figure_is_the_sum_of_its_folds():
    assert accuracy.TOLLS_HELD.k == sum(f.k for f in accuracy.TOLL_FOLDS)
    assert accuracy.TOLLS_HELD.n == sum(f.n for f in accuracy.TOLL_FOLDS)


def test_dates_and_titles_line_gives_each_figure_with_its_k_and_n():
    line = accuracy.dates_titles_trust_line()
    for m in (accuracy.DATES_GIVEN, accuracy.TITLE_SITES, accuracy.TITLE_OTHER_SOURCE, accuracy.TITLE_OTHER_LANGUAGES):
        assert _k_of_n(m) in line and m.command in line
    assert f"{accuracy.DATES_NONE.k} of {accuracy.DATES_NONE.n} pages get none" in line


def test_notebooks_01_and_02_show_their_trust_line_from_the_module():
    for name, call, heading in (("01_clean_articles.ipynb", "accuracy.dates_titles_trust_line(articles)", accuracy.DATES_TITLES_TRUST),
                                ("02_death_tolls.ipynb", "accuracy.tolls_trust_line()", accuracy.TOLLS_TRUST)):
        sources = _sources(name)
        assert any(call in s for s in sources), name
        assert any(s.startswith(f"## {heading}") for s in sources), name


def test_no_notebook_types_a_trust_figure():
    figures = [accuracy.TOLLS_HELD, *accuracy.TOLL_FOLDS, accuracy.DATES_GIVEN, accuracy.TITLE_SITES, accuracy.TITLE_OTHER_SOURCE]
    for nb in sorted(NOTEBOOKS.glob("*.ipynb")):
        text = "\n".join(_sources(nb.name))
        for m in figures:
            assert _k_of_n(m) not in text and f"{m.share:.3f}" not in text, (nb.name, m)


@given(st.integers(1, 5000).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_wilson_interval_holds_the_share(kn):
    k, n = kn
    low, high = accuracy.Measured(k, n, "", "").interval()
    assert -1e-12 <= low <= k / n + 1e-12 <= high + 2e-12 <= 1 + 3e-12


def test_the_readme_quotes_the_figures_the_reports_quote():
    """accuracy.py and the README's table "How far the numbers can be trusted" write the same
    figures down twice (the reports cannot read the README); a benchmark run that changes one
    must change both, so a figure the reports quote that the README does not is an error."""
    from pathlib import Path

    from analysis import accuracy

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## How far the numbers can be trusted"):readme.index("What this means for a study")]
    for m in (accuracy.TOLLS_HELD, accuracy.DATES_GIVEN, accuracy.TITLE_SITES, accuracy.TITLE_OTHER_SOURCE,
              accuracy.TITLE_OTHER_LANGUAGES):
        assert f"{m.k} of {m.n}" in table, m
    assert f"of {accuracy.DATES_NONE.n} right" in table and f"{accuracy.DATES_NONE.k} no date" in table
    # QA10 F2: the toll range is by fold (a group of outlets), in the table and in what it means
    study = readme[readme.index("What this means for a study"):]
    tolls = study[study.index("**Tolls**"):study.index("**Dates**")]
    assert "by fold" in tolls and "by outlet" not in tolls, tolls
