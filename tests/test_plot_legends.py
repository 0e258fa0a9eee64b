"""What the charts show matches what they say (QA5 B9, B13): a legend entry stands for
something drawn, a count axis has whole-number ticks, and a chart with nothing to draw is one
line of text, not an empty frame."""

from __future__ import annotations

from datetime import date, timedelta

import matplotlib.pyplot as plt
import pandas as pd
from hypothesis import given, settings, strategies as st

from analysis import plots

COUNTERS = ["Syrian Observatory for Human Rights", "United Nations", "Syrian government", None]
QUALIFIERS = ["exact", "more_than", "at_least", "about", "nearly"]


def claims(rows) -> pd.DataFrame:
    """Cumulative claims of the war's total: (value, qualifier, counter, days after 2013-01-01)."""
    out = []
    for i, (value, qualifier, counter, days) in enumerate(rows):
        low = value + 1 if qualifier == "more_than" else value
        out.append({"article_id": f"a{i}", "value": value, "low": low, "high": value if qualifier == "exact" else None,
                    "qualifier": qualifier, "scope": "cumulative", "victims": "people", "attributed_to": counter,
                    "published": (date(2013, 1, 1) + timedelta(days=days)).isoformat(), "start": 0, "end": 5,
                    "outlet": "o", "is_headline": False, "sentence": "s"})
    return pd.DataFrame(out)


def _drawn_lines(ax):
    """(marker, has a line) of every line drawn with data."""
    return [(ln.get_marker(), ln.get_linestyle() not in ("None", "none", "", " "))
            for ln in ax.get_lines() if len(ln.get_xdata())]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(60_000, 600_000), st.sampled_from(QUALIFIERS), st.sampled_from(COUNTERS),
                          st.integers(0, 2000)), min_size=1, max_size=8))
def test_every_legend_entry_of_the_cumulative_chart_is_drawn(rows):
    """The 02 chart listed "counter's running max of lower bounds" with no such line drawn
    (each counter with one claim), and every marker kind whether or not a claim had it."""
    fig = plots.plot_cumulative_tolls(claims(rows))
    try:
        ax = fig.axes[0]
        drawn = _drawn_lines(ax)
        legend = ax.get_legend()
        for handle, label in zip(legend.legend_handles, [t.get_text() for t in legend.get_texts()]):
            line_style = handle.get_linestyle() not in ("None", "none", "", " ")
            if line_style:  # a line entry: a line with data is drawn
                assert any(has_line for _, has_line in drawn), (label, drawn)
            elif handle.get_marker() not in ("o",):  # a marker kind (counters' entries are 'o' swatches)
                assert any(m == handle.get_marker() and not has_line for m, has_line in drawn), (label, drawn)
    finally:
        plt.close(fig)


@settings(max_examples=15, deadline=None)
@given(st.lists(st.integers(0, 1500), min_size=1, max_size=6), st.integers(1, 3))
def test_count_axes_tick_whole_numbers(days, n_outlets):
    """"Articles per month" ticked 0.2, 0.4, ... for a count of 1."""
    arts = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(days))],
                         "published": [date(2014, 1, 1) + timedelta(days=d) for d in days],
                         "outlet": [f"outlet {i % n_outlets}" for i in range(len(days))],
                         "date_source": "metadata", "status": "ok"})
    tolls = pd.DataFrame({"article_id": arts["article_id"], "published": arts["published"], "outlet": arts["outlet"],
                          "value": 12, "low": 12, "high": 12, "qualifier": "exact", "scope": "incident",
                          "victims": "people", "attributed_to": None, "is_headline": True, "start": 0, "end": 2,
                          "sentence": "12 killed"})
    for fig, count_axes in ((plots.plot_publication_dates(arts), [0, 1]), (plots.plot_incident_tolls(tolls), [1])):
        try:
            fig.canvas.draw()
            for i in count_axes:
                ticks = fig.axes[i].get_yticks()
                assert all(float(t).is_integer() for t in ticks), (fig.axes[i].get_ylabel(), ticks)
        finally:
            plt.close(fig)


def test_a_chart_with_nothing_to_draw_is_one_line_of_text():
    """An empty "no cumulative toll" frame took half a screen (QA5 B13)."""
    no_tolls = claims([(100_000, "exact", None, 5)]).iloc[:0]
    incident_only = claims([(12, "exact", None, 5)]).assign(scope="incident", published=None)
    undated = pd.DataFrame({"article_id": ["a"], "published": [None], "outlet": ["o"], "date_source": ["none"], "status": ["ok"]})
    for fig in (plots.plot_cumulative_tolls(no_tolls), plots.plot_cumulative_tolls(incident_only),
                plots.plot_incident_tolls(incident_only), plots.plot_publication_dates(undated)):
        try:
            assert fig.get_size_inches()[1] <= 1, fig.get_size_inches()
            assert not any(ax.axison for ax in fig.axes)  # no empty frame
            assert [t.get_text() for ax in fig.axes for t in ax.texts]
            from IPython.core.pylabtools import print_figure

            assert print_figure(fig, "png")  # Jupyter shows it as an image, not "<Figure size ...>"
            assert not plots.text_overlaps(fig)
        finally:
            plt.close(fig)
