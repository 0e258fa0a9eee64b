"""Figures for the notebooks. Each function takes a processed table and returns a
matplotlib Figure, so notebooks stay thin and tests can check a figure was drawn."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg") if matplotlib.get_backend().lower() == "" else None

import matplotlib.pyplot as plt  # noqa: E402
import seaborn as sns  # noqa: E402

sns.set_theme(style="whitegrid", context="notebook")
# Labels come from file names and outlets written by strangers: "$...$" in them is text, not
# matplotlib mathtext (which raises on what it cannot parse and would stop the figure).
matplotlib.rcParams["text.parse_math"] = False


def _as_date(value):
    """A date, None for missing, or False for a value that is no date at all."""
    from datetime import date, datetime

    import pandas as pd

    if value is None or value is pd.NaT or (not isinstance(value, (str, date)) and pd.isna(value)):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return False


def plausible_dates(df, columns=("published", "date_low", "date_high", "date")):
    """df with dates outside 1990..tomorrow set to missing, and a warning naming how many:
    a sentinel like 0001-01-01 is not a publication date, and matplotlib cannot place it."""
    import warnings

    from .metadata_dates import plausible_range

    low, high = plausible_range()
    df = df.copy()
    dropped = 0
    for col in columns:
        if col not in df:
            continue
        parsed = [_as_date(v) for v in df[col]]
        bad = [d is False or (d is not None and not low <= d <= high) for d in parsed]
        dropped += sum(bad)
        if any(bad):
            df[col] = [None if b else v for v, b in zip(df[col], bad)]
    if dropped:
        warnings.warn(f"{dropped} date(s) outside {low}..{high} left out of the figure", stacklevel=2)
    return df


def plot_publication_dates(articles):
    """Each article's chosen date with the interval its war-age evidence allows, so a
    reader sees at a glance which dates are pinned and which are only bounded."""
    import pandas as pd

    df = plausible_dates(articles).sort_values("article_id").reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(10, 0.5 * max(len(df), 3) + 1.5))
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
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize="small", frameon=False)
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


TOLL_MARKERS = {"lower bound": "^", "estimate": "o", "exact": "s"}


def plot_cumulative_tolls(tolls):
    """Cumulative death tolls by publication date, marker by what the wording allows, with
    the running maximum of lower bounds as a step line and backwards claims circled in red.
    Undated claims cannot be placed; the title says how many were left off."""
    from .tolls import backwards_claims, cumulative_timeline, undated_claims

    tolls = plausible_dates(tolls)
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

    monthly = monthly_incident_totals(plausible_dates(tolls))
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


def _no_data(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="0.4")
    ax.set_xticks([])
    ax.set_yticks([])


def plot_tone_by_source(by_source, article_tone=None, engine: str = "textblob"):
    """Mean article tone per outlet with its bootstrap 95% CI (outlets with one article have
    no interval and are drawn hollow), over the individual articles when given, so a reader
    sees how few articles stand behind each mean."""
    from .tone import ENGINE_SCORE, UNKNOWN_OUTLET

    df = by_source.sort_values(["mean", "outlet"], na_position="last").reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8, 0.45 * max(len(df), 3) + 1.2))
    if df.empty:
        _no_data(ax, "no scored articles")
        return fig
    y = {o: i for i, o in enumerate(df["outlet"])}
    col = ENGINE_SCORE.get(engine, engine)
    if article_tone is not None and col in article_tone:
        pts = article_tone.assign(outlet=article_tone["outlet"].fillna(UNKNOWN_OUTLET)).dropna(subset=[col])
        pts = pts[pts["outlet"].isin(y)]
        ax.scatter(pts[col], pts["outlet"].map(y), s=12, color="0.6", alpha=0.6, label="article")
    for r in df.itertuples(index=False):
        i = y[r.outlet]
        has_ci = r.ci_low == r.ci_low and r.ci_high == r.ci_high  # not NaN
        if has_ci:
            ax.plot([r.ci_low, r.ci_high], [i, i], color="C0", linewidth=2)
        ax.plot(r.mean, i, "o", color="C0", markerfacecolor="C0" if has_ci else "white")
    ax.plot([], [], "o-", color="C0", label="mean, 95% bootstrap CI")
    ax.axvline(0, color="0.3", linewidth=0.8)
    ax.set_yticks(range(len(df)), [f"{o} (n={n})" for o, n in zip(df["outlet"], df["n_articles"])])
    ax.set_xlabel(f"mean sentence tone per article ({col})")
    ax.set_title("Tone by outlet")
    ax.legend(loc="best", fontsize="small")
    fig.tight_layout()
    return fig


def plot_narration_vs_quotation(article_tone, engine: str = "textblob"):
    """Per outlet, mean tone of the outlet's own narration next to the tone of the voices it
    quotes: a negative outlet may only be quoting negative people."""
    import numpy as np

    from .tone import ENGINE_SCORE, UNKNOWN_OUTLET

    col = ENGINE_SCORE.get(engine, engine)
    fig, ax = plt.subplots(figsize=(8, 4.5))
    need = [f"{col}_narration", f"{col}_quotation"]
    if article_tone is None or article_tone.empty or not set(need) <= set(article_tone.columns):
        _no_data(ax, "no narration/quotation scores")
        return fig
    df = article_tone.assign(outlet=article_tone["outlet"].fillna(UNKNOWN_OUTLET))
    means = df.groupby("outlet")[need].mean().sort_index()
    counts = df.groupby("outlet")[need].count().sort_index()
    if means.dropna(how="all").empty:
        _no_data(ax, "no scored sentences")
        return fig
    x = np.arange(len(means))
    for k, (c, label) in enumerate(zip(need, ["narration (outlet's voice)", "quotation (quoted voices)"])):
        ax.bar(x + (k - 0.5) * 0.4, means[c].fillna(0), width=0.4, label=label, color=f"C{k}")
        for xi, n, v in zip(x, counts[c], means[c]):
            if v != v:  # NaN: no such sentences
                ax.text(xi + (k - 0.5) * 0.4, 0, "none", ha="center", va="bottom", fontsize="x-small", rotation=90)
    ax.axhline(0, color="0.3", linewidth=0.8)
    ax.set_xticks(x, [f"{o}\n(n={int(counts.loc[o].max())})" for o in means.index], rotation=45, ha="right")
    ax.set_ylabel(f"mean {col}")
    ax.set_title("Own voice vs quoted voices, per outlet")
    ax.legend(loc="best", fontsize="small")
    fig.tight_layout()
    return fig


def plot_actor_heatmap(actor_tone, value: str = "textblob_polarity", min_sentences: int = 1):
    """Outlet x actor mean tone of the sentences mentioning the actor; each cell is annotated
    with its number of sentences, and cells under `min_sentences` are left blank."""
    fig, ax = plt.subplots(figsize=(9, 5))
    if actor_tone is None or actor_tone.empty or value not in actor_tone or "outlet" not in actor_tone:
        _no_data(ax, "no actor mentions")
        return fig
    df = actor_tone[actor_tone["n_sentences"] >= min_sentences]
    if df.empty:
        _no_data(ax, f"no outlet-actor pair with {min_sentences}+ sentences")
        return fig
    grid = df.pivot(index="outlet", columns="actor", values=value).sort_index().sort_index(axis=1)
    counts = df.pivot(index="outlet", columns="actor", values="n_sentences").reindex_like(grid)
    annot = counts.map(lambda n: "" if n != n else f"n={int(n)}")
    lim = max(float(abs(grid).max().max()), 1e-6)
    sns.heatmap(grid, ax=ax, cmap="RdBu", vmin=-lim, vmax=lim, annot=annot, fmt="", annot_kws={"fontsize": 7},
                cbar_kws={"label": f"mean {value}"})
    ax.set_title("Tone of sentences mentioning each actor, by outlet")
    ax.set_xlabel("")
    ax.set_ylabel("")
    fig.tight_layout()
    return fig
