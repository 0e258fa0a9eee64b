"""The actor heatmap's colour scale comes from cells with enough sentences; smaller coloured
cells are hatched and clipped, not allowed to wash out the large ones (QA9 18)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from analysis import plots  # noqa: E402


def _hatched(fig) -> int:
    return sum(1 for p in fig.axes[0].patches if p.get_hatch())


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(big=st.lists(st.floats(-0.03, 0.03), min_size=4, max_size=12),
       small_n=st.integers(plots.MIN_CELL_SENTENCES, plots.SCALE_MIN_SENTENCES - 1),
       small_value=st.floats(0.06, 0.5), sign=st.sampled_from([-1, 1]))
def test_a_small_cell_does_not_set_the_scale(big, small_n, small_value, sign):
    outlets = [f"outlet{i}" for i in range(len(big))]
    rows = [{"outlet": o, "actor": "Russia", "n_sentences": 300 + 50 * i, "textblob_polarity": v}
            for i, (o, v) in enumerate(zip(outlets, big))]
    rows.append({"outlet": "tiny agency", "actor": "UN", "n_sentences": small_n, "textblob_polarity": sign * small_value})
    fig = plots.plot_actor_heatmap(pd.DataFrame(rows))
    try:
        vmax = fig.axes[0].collections[0].norm.vmax
        assert abs(vmax - max(max(abs(v) for v in big), 1e-6)) < 1e-9  # from the large cells only
        assert _hatched(fig) == 1
        assert "hatched" in " ".join(fig.axes[0].get_title().split())
    finally:
        plt.close(fig)


def test_without_any_large_cell_every_coloured_cell_sets_the_scale_and_none_is_hatched():
    rows = [{"outlet": o, "actor": a, "n_sentences": n, "textblob_polarity": v}
            for o, a, n, v in [("x", "A", 6, 0.2), ("x", "B", 9, -0.05), ("y", "A", 12, 0.01)]]
    fig = plots.plot_actor_heatmap(pd.DataFrame(rows))
    try:
        assert abs(fig.axes[0].collections[0].norm.vmax - 0.2) < 1e-9
        assert _hatched(fig) == 0
    finally:
        plt.close(fig)
