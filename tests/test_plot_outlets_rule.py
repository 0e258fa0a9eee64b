"""One rule for outlet names and small outlets in every chart (QA11 F14, F15): a long outlet name is
shortened in every legend as on the tone charts; the narration-vs-quotation chart draws the
tone-by-outlet chart's bootstrap intervals and leaves outlets under tone.MIN_ARTICLES hollow; a
report page's chart links to the full-size PNG its cell saved."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings, strategies as st
import report_tables as rt

from analysis import plots

LONG = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -"),
               min_size=plots.MAX_LABEL_CHARS + 1, max_size=90).filter(lambda s: s.strip() == s and s)


def _legend_texts(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes if ax.get_legend() for t in ax.get_legend().get_texts()]


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=st.lists(LONG, min_size=1, max_size=3, unique=True))
def test_long_outlet_names_are_shortened_in_every_legend(names):
    """QA11 F14: a 73-character outlet name in the incident and publication-date legends took
    half the figure; the tone charts cut it at MAX_LABEL_CHARS. Every outlet legend entry now does."""
    arts = rt.articles(400)
    big = arts["outlet"].value_counts().index[: len(names)]
    rename = dict(zip(big, names))
    arts = arts.assign(outlet=arts["outlet"].replace(rename))
    tolls = rt.tolls(arts)
    tolls = tolls.assign(outlet=tolls["outlet"].replace(rename))
    for fig in (plots.plot_publication_dates(arts[arts["status"] == "ok"]), plots.plot_incident_tolls(tolls)):
        try:
            texts = _legend_texts(fig)
            assert texts and all(len(t) <= plots.MAX_LABEL_CHARS for t in texts if not t.startswith("other ("))
            assert not any(n in texts for n in names)
            assert any(t in texts for t in map(plots._short, names))
        finally:
            plt.close(fig)


@settings(max_examples=10, deadline=None)
@given(sizes=st.lists(st.integers(2, 30), min_size=1, max_size=6), seed=st.integers(0, 2**16))
def test_narration_chart_has_intervals_and_marks_small_outlets(sizes, seed):
    """QA11 F15: tass (n=4) was drawn like ahram (n=57). Each voice's bar of an outlet with at
    least MIN_ARTICLES articles with such sentences has tone_by_source's interval; the others
    are hollow, without one, and the title says why."""
    from analysis.tone import MIN_ARTICLES, tone_by_source

    rng = np.random.default_rng(seed)
    rows = [{"article_id": f"o{i}_{j}", "outlet": f"o{i}", "published": None,
             "textblob_polarity_narration": rng.normal(0, 0.3), "textblob_polarity_quotation": rng.normal(-0.2, 0.3)}
            for i, n in enumerate(sizes) for j in range(n)]
    at = pd.DataFrame(rows).assign(textblob_polarity=lambda d: d["textblob_polarity_narration"])
    fig = plots.plot_narration_vs_quotation(at, seed=seed)
    try:
        ax = fig.axes[0]
        bars = [b for b in ax.patches if b.get_height() > 0]  # not the legend's empty swatch
        hollow = [b for b in bars if b.get_facecolor()[:3] == (1.0, 1.0, 1.0)]
        errorbars = [c.errorbar for c in ax.containers if getattr(c, "errorbar", None) is not None and len(c.patches)]
        small = sum(n < MIN_ARTICLES for n in sizes)
        assert len(hollow) == 2 * small
        assert sum(len(c.lines[2][0].get_segments()) for c in errorbars if c.lines[2]) == 2 * (len(sizes) - small)
        assert (f"fewer than {MIN_ARTICLES} articles" in ax.get_title()) == bool(small)
        # the interval drawn is tone_by_source's, from the same seed
        big = [f"o{i}" for i, n in sorted(enumerate(sizes), key=lambda t: (-t[1], f"o{t[0]}")) if n >= MIN_ARTICLES]  # top row first
        if big:
            want = tone_by_source(at, seed=seed, voice="narration").set_index("outlet").loc[big[0]]
            segs = errorbars[0].lines[2][0].get_segments()
            assert np.allclose(sorted(segs[0][:, 0]), [want["ci_low"], want["ci_high"]])
    finally:
        plt.close(fig)


def test_a_report_pages_chart_links_to_the_png_its_cell_saved():
    """QA11 F15: report pages' charts were bare images (the heatmap unreadable at 800 px); the
    index's thumbnails link. A cell that saves figures/NAME.png shows its chart inside a link to it."""
    import nbformat

    from analysis.pipeline import link_figures

    cell = nbformat.v4.new_code_cell('fig = plot()\nfig.savefig(figures / "03_actor_heatmap.png", dpi=100)')
    cell.outputs = [nbformat.v4.new_output("display_data", data={"image/png": "iVBORw0KGgo=\n", "text/plain": "<Figure>"})]
    link_figures(cell)
    markup = cell.outputs[0]["data"]["text/html"]
    assert markup.startswith('<a href="figures/03_actor_heatmap.png"') and 'src="data:image/png;base64,iVBORw0KGgo="' in markup
    assert "image/png" not in cell.outputs[0]["data"]
    other = nbformat.v4.new_code_cell("plot()")
    other.outputs = [nbformat.v4.new_output("display_data", data={"image/png": "iVBORw0KGgo="})]
    link_figures(other)
    assert "text/html" not in other.outputs[0]["data"]
