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


TOLL_MARKERS = {"lower bound": "^", "estimate": "o", "exact": "s"}


def plot_cumulative_tolls(tolls):
    """Cumulative death tolls by publication date, marker by what the wording allows, with
    the running maximum of lower bounds as a step line and backwards claims circled in red.
    Undated claims cannot be placed; the title says how many were left off."""
    from .tolls import backwards_claims, cumulative_timeline, undated_claims

    cum = cumulative_timeline(tolls)
    back = backwards_claims(tolls)
    n_undated = int((undated_claims(tolls)["scope"] == "cumulative").sum()) if len(tolls) else 0
    fig, ax = plt.subplots(figsize=(9, 5))
    for kind, marker in TOLL_MARKERS.items():
        pts = cum[cum["marker"] == kind]
        ax.plot(pts["date"], pts["value"], marker, linestyle="none", markersize=8, label=f"{kind} ({len(pts)})")
    steps = cum.dropna(subset=["running_max_low"]).drop_duplicates("date")
    if len(steps):
        ax.step(steps["date"], steps["running_max_low"], where="post", color="0.3",
                label="running max of lower bounds")
    if len(back):
        ax.plot(back["date"], back["value"], "o", markersize=16, markerfacecolor="none",
                markeredgecolor="red", label=f"backwards claim ({len(back)})")
    if cum.empty:
        ax.text(0.5, 0.5, "no dated cumulative toll", ha="center", va="center", transform=ax.transAxes)
    ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))
    ax.set_xlabel("publication date")
    ax.set_ylabel("reported deaths (war to date)")
    title = "Cumulative death tolls as reported"
    ax.set_title(title + (f" ({n_undated} undated claim(s) not shown)" if n_undated else ""))
    ax.legend(loc="best", fontsize="small")
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


def plot_incident_tolls(tolls):
    """Monthly totals of headline (main incident) tolls by outlet, as grouped bars."""
    from .tolls import monthly_incident_totals

    monthly = monthly_incident_totals(tolls)
    fig, ax = plt.subplots(figsize=(10, 5))
    if monthly.empty:
        ax.text(0.5, 0.5, "no dated headline toll", ha="center", va="center", transform=ax.transAxes)
        ax.set_xticks([])
    else:
        table = monthly.pivot(index="month", columns="outlet", values="total").fillna(0).sort_index()
        width = 0.8 / max(len(table.columns), 1)
        for j, outlet in enumerate(table.columns):
            ax.bar([i + j * width for i in range(len(table))], table[outlet], width=width, label=outlet)
        ax.set_xticks([i + 0.4 - width / 2 for i in range(len(table))], [m.strftime("%Y-%m") for m in table.index],
                      rotation=45, ha="right")
        ax.legend(title="outlet", fontsize="small", loc="best")
    ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))
    ax.set_xlabel("publication month")
    ax.set_ylabel("deaths in headline tolls")
    ax.set_title("Incident death tolls by month and outlet")
    fig.tight_layout()
    return fig
