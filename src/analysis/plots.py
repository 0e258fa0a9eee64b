"""Figures for the notebooks. Each function takes a processed table and returns a
matplotlib Figure, so notebooks stay thin and tests can check a figure was drawn."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg") if matplotlib.get_backend().lower() == "" else None

import matplotlib.pyplot as plt  # noqa: E402
import seaborn as sns  # noqa: E402

sns.set_theme(style="whitegrid", context="notebook")


def plot_publication_dates(articles):
    """Each article's chosen date with the interval its war-age evidence allows, so a
    reader sees at a glance which dates are pinned and which are only bounded."""
    import pandas as pd

    df = articles.sort_values("article_id").reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8, 0.5 * max(len(df), 3) + 1))
    for i, row in df.iterrows():
        lo, hi = row.get("date_low"), row.get("date_high")
        if pd.notna(lo) and pd.notna(hi):
            ax.plot([lo, hi], [i, i], color="0.7", linewidth=6, solid_capstyle="butt",
                    label="interval from war-age evidence" if i == 0 else None)
        if pd.notna(row.get("published")):
            ax.plot(row["published"], i, "o", color="C0" if row["date_source"] == "metadata" else "C1")
    ax.plot([], [], "o", color="C0", label="date from metadata")
    ax.plot([], [], "o", color="C1", label="date from the text")
    ax.set_yticks(range(len(df)), df["article_id"])
    ax.invert_yaxis()
    ax.set_xlabel("publication date")
    ax.set_title("Publication dates and the interval the text allows")
    ax.legend(loc="best", fontsize="small")
    fig.tight_layout()
    return fig
