"""Notebook 02's table of claims below their counter's earlier lower bound and the index's come
from one function (articles.backwards_on_chart, note 8 Left): with --chart-on-topic-only the
index read the charted rows and the notebook every row, so an article that never names the
conflict could set a counter's bound in one table and not in the other. Generated: a counter's
claims from on-topic and off-topic articles, the off-topic ones higher and earlier."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
from hypothesis import given, settings, strategies as st

from analysis import tolls
from analysis.articles import backwards_on_chart, chart_rows, off_topic_warning
from analysis.schema import TOLL_COLUMNS
from report_tables import index_tolls_section

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "02_death_tolls.ipynb"
OFF_WARNING = off_topic_warning(None, "Floods in Kansas killed 3.", "Syria")
COUNTER = st.sampled_from(["UN", "Syrian Observatory for Human Rights", "Syrian Network for Human Rights"])


def _tables(counter, on_values, off_values, start):
    """One article per claim, all by `counter`: the off-topic claims first (a week apart, rising), then the
    on-topic ones, rising (none below another on-topic one) and within a fifth of the others (none
    too small to be the war's total)."""
    arts, rows = [], []
    for i, (value, off) in enumerate([(v, True) for v in off_values] + [(v, False) for v in on_values]):
        day = (start + timedelta(days=7 * i)).isoformat()
        aid = f"{'off' if off else 'on'}{i}"
        arts.append({"article_id": aid, "status": "ok", "outlet": "o", "published": day, "warnings": OFF_WARNING if off else ""})
        rows.append({"article_id": aid, "value": value, "low": value, "high": None, "qualifier": "more_than",
                     "scope": "cumulative", "victims": "people", "attributed_to": counter, "is_headline": True,
                     "sentence": f"The war has killed more than {value:,} people, the {counter} says.", "start": 0,
                     "end": 10, "published": day, "outlet": "o", "sentence_no": 0})
    return pd.DataFrame(arts), pd.DataFrame(rows, columns=TOLL_COLUMNS)


def _notebook_backwards(death_tolls, articles, chart_on_topic_only):
    """Notebook 02's own line that makes its table, run on these tables."""
    cells = ["".join(c["source"]) for c in json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
    line = next(ln for src in cells for ln in src.splitlines() if ln.startswith("backwards = "))
    names = {"tolls": tolls, "chart_rows": chart_rows, "backwards_on_chart": backwards_on_chart, "death_tolls": death_tolls,
             "articles": articles, "chart_on_topic_only": chart_on_topic_only}
    exec(line, names)  # noqa: S102 - the notebook's own code, read from the repository
    return names["backwards"]


@settings(max_examples=20, deadline=None)
@given(COUNTER, st.lists(st.integers(200_000, 300_000), min_size=1, max_size=3).map(sorted),
       st.lists(st.integers(400_000, 600_000), min_size=1, max_size=2).map(sorted), st.dates(date(2013, 1, 1), date(2017, 12, 31)),
       st.booleans())
def test_the_notebook_and_the_index_list_the_same_backwards_claims(tmp_path_factory, counter, on_values, off_values,
                                                                   start, on_topic_only):
    arts, death_tolls = _tables(counter, on_values, off_values, start)
    nb = _notebook_backwards(death_tolls, arts, on_topic_only)
    listed = set(nb["article_id"])
    section = index_tolls_section(tmp_path_factory.mktemp("p"), arts, death_tolls, on_topic_only)
    if on_topic_only:  # the off-topic claims are off the chart: they set no bound, so nothing falls below one
        assert listed == set(), nb
        assert "No claim falls below an earlier lower bound" in section, section
    else:  # every on-topic claim is below the earlier off-topic bound, in both tables
        assert listed == set(death_tolls.loc[death_tolls["article_id"].str.startswith("on"), "article_id"]), nb
        for aid in listed:
            assert f">{aid}</td>" in section, (aid, section)


def _circled(tolls_table):
    """The claims the cumulative chart circles in red: the points of its "below the counter's
    earlier lower bound" series, as (date, value) pairs."""
    import warnings

    import matplotlib.pyplot as plt

    from analysis import plots

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the chart's own note on dates left out
        fig = plots.plot_cumulative_tolls(tolls_table)
    lines = [ln for ax in fig.axes for ln in ax.get_lines() if str(ln.get_label()).startswith("below the counter")]
    points = sorted((pd.Timestamp(x).date(), float(y)) for ln in lines for x, y in zip(*ln.get_data()))
    plt.close(fig)
    return points


# dates no article carries: metadata_dates.plausible_range screens them from chart and tables
IMPLAUSIBLE = st.one_of(st.dates(date(1, 1, 1), date(1989, 12, 31)), st.dates(date(2200, 1, 1), date(9999, 12, 31)))


@settings(max_examples=20, deadline=None)
@given(COUNTER, st.lists(st.integers(240_000, 300_000), min_size=1, max_size=4),
       st.integers(400_000, 600_000), IMPLAUSIBLE, st.dates(date(2013, 1, 1), date(2017, 12, 31)))
def test_the_tables_list_the_claims_the_chart_circles(counter, values, odd_value, odd_date, start):
    """rev9t 6: a claim dated outside the plausible range is off the chart, so it sets no bound in
    the tables either (it did in the index and notebook 02 but not on the chart): the tables
    list exactly the claims the chart circles, whatever the dates. `values` in any order, so
    some fall below an earlier one."""
    arts, death_tolls = _tables(counter, values, [], start)
    alone = backwards_on_chart(death_tolls, arts, False)  # the plausibly dated claims by themselves
    a2, t2 = _tables(counter, [odd_value], [], odd_date)
    a2["article_id"] = t2["article_id"] = "odd0"
    arts, death_tolls = pd.concat([arts, a2], ignore_index=True), pd.concat([death_tolls, t2], ignore_index=True)
    table = backwards_on_chart(death_tolls, arts, False)
    assert table["article_id"].tolist() == alone["article_id"].tolist()  # the odd one is on no date: no bound
    circled = _circled(chart_rows(death_tolls, arts, False)[0])
    listed = sorted((pd.Timestamp(d).date(), float(v)) for d, v in zip(table["date"], table["value"]))
    assert circled == listed
    assert _notebook_backwards(death_tolls, arts, False)["article_id"].tolist() == table["article_id"].tolist()
