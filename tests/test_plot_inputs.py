"""Figures drawn from hostile table values: '$...$' in outlets and article ids is text (not
mathtext), and dates outside 1990..tomorrow are left out with a warning instead of crashing."""

from __future__ import annotations

import warnings
from datetime import date
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from analysis import plots

PROCESSED = Path(__file__).resolve().parents[1] / "data" / "processed"
MATH = "Al $\\undefined$ Times"


def _draw(fig, tmp_path):
    fig.savefig(tmp_path / "f.png", dpi=50)
    texts = [t.get_text() for t in fig.findobj(plt.Text)]
    plt.close(fig)
    return texts


def test_mathtext_in_labels_is_drawn_as_text(tmp_path):
    articles = pd.read_parquet(PROCESSED / "articles.parquet")
    articles["outlet"] = [f"{MATH} {i}" for i in range(len(articles))]  # the chart counts by outlet (legend)
    assert any(MATH in t for t in _draw(plots.plot_publication_dates(articles), tmp_path))
    tolls = pd.read_csv(PROCESSED / "death_tolls.csv", parse_dates=["published"])
    tolls["published"] = tolls["published"].dt.date
    tolls["outlet"] = MATH
    _draw(plots.plot_incident_tolls(tolls), tmp_path)
    _draw(plots.plot_cumulative_tolls(tolls), tmp_path)
    tone = pd.read_csv(PROCESSED / "tone.csv").assign(outlet=MATH)
    by_source = pd.read_csv(PROCESSED / "tone_by_source.csv")
    by_source["outlet"] = [f"{MATH} {i}" for i in range(len(by_source))]
    assert any(MATH in t for t in _draw(plots.plot_tone_by_source(by_source, tone), tmp_path))
    _draw(plots.plot_narration_vs_quotation(tone), tmp_path)
    actors = pd.read_csv(PROCESSED / "tone_actors.csv")
    actors["outlet"] = MATH + actors["outlet"].fillna("")
    _draw(plots.plot_actor_heatmap(actors), tmp_path)


@pytest.mark.parametrize("bad", [date(1, 1, 1), date(9999, 12, 31), date(1989, 12, 31), "not a date"])
def test_implausible_dates_are_left_out_with_a_warning(tmp_path, bad):
    articles = pd.read_parquet(PROCESSED / "articles.parquet")
    articles.loc[0, "published"] = bad
    with pytest.warns(UserWarning, match="outside 1990-01-01"):
        _draw(plots.plot_publication_dates(articles), tmp_path)
    tolls = pd.read_csv(PROCESSED / "death_tolls.csv")
    tolls["published"] = [bad] + [date.fromisoformat(v) for v in tolls["published"][1:]]
    with pytest.warns(UserWarning, match="outside"):
        _draw(plots.plot_cumulative_tolls(tolls), tmp_path)
    kept = plots.plausible_dates(pd.DataFrame({"published": [date(2015, 1, 1), None, pd.NaT]}))
    assert list(kept["published"])[:2] == [date(2015, 1, 1), None] and pd.isna(kept["published"][2])
