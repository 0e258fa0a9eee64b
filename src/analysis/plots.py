"""Figures for the notebooks. Each function takes a processed table and returns a
matplotlib Figure, so notebooks stay thin and tests can check a figure was drawn.

Every figure stays readable from five articles to 100,000: its size is bounded (MAX_INCHES at
SAVE_DPI), it draws aggregates (counts per period, means per outlet), never one mark or label
per article; categories that explode are cut to the largest few plus "other"; legends sit
outside the plotting area; n is in the titles. `text_overlaps` checks a drawn figure.
"""

from __future__ import annotations

import textwrap

import matplotlib

matplotlib.use("Agg") if matplotlib.get_backend().lower() == "" else None

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.patches as mpatches  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

# seaborn is imported plainly, SciPy and all (0.8 CPU s per kernel): it decides once, at its own
# import, whether SciPy is there, so importing it with SciPy blocked switched off clustermap,
# dendrogram and cumulative KDE for the rest of a researcher's kernel ("requires scipy").
import seaborn as sns  # noqa: E402

from .metadata_dates import plausible_dates  # noqa: E402 - the date screen: data, shared with the tables
from .tables import UNKNOWN_OUTLET  # noqa: E402
from .words import Worded, counted, plural  # noqa: E402

sns.set_theme(style="whitegrid", context="notebook")
# Outlet names, titles and actors come from article data: a "$" in them must print as a dollar
# sign, never start mathtext (which can also fail to parse and stop the notebook).
plt.rcParams["text.parse_math"] = False
plt.rcParams["text.usetex"] = False

SAVE_DPI = 100  # notebooks save at this dpi; sizes below are in inches
MAX_INCHES = 24  # 2400 px at SAVE_DPI: the largest side a saved figure may have
TOP_STACKED = 8  # outlets drawn as their own colour in stacked bars; the rest are "other"
TOP_ROWS = 30  # outlets drawn as their own row in per-outlet charts (those with most articles)
MIN_CELL_SENTENCES = 5  # a heatmap cell from fewer sentences is masked: one sentence is not a tone
# The actor heatmap's colour scale is set by cells from at least this many sentences, when any
# has that many: a cell's mean moves by chance about SD/sqrt(n), and sentence scores spread with
# SD 0.18 (textblob, on the 10,000-article run), so a 6-sentence cell's mean is +-0.07 by chance
# and set the scale, leaving the 300-1,300-sentence cells the chart compares pale (QA9 18); from
# 30 sentences the chance part is under 0.035. Smaller cells are hatched, their colour clipped.
SCALE_MIN_SENTENCES = 30
ROW_INCHES = 0.32  # height of one outlet row
OTHER = "other"
TOLL_MARKERS = {"lower bound": "^", "estimate": "o", "exact": "s"}
# War-total chart layers: unattributed and unclear claims (grey) under the named counters' points
# and step lines (matplotlib draws lines at zorder 2), and lighter, so a counter under a crowd of
# greys still shows through
UNJUDGED_ZORDER, NAMED_ZORDER = 2.0, 3.0
UNJUDGED_ALPHA = 0.6


def _thousands(ax, axis: str = "y") -> None:
    fmt = matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}")
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(fmt)


def _date_axis(ax) -> None:
    """Date ticks chosen by matplotlib for the span, labelled concisely (no crowding, no rotation)."""
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


# Room either side of the claims drawn on a date axis: matplotlib widens a single date to two
# years either side, so one 2016 claim sat on a 2015-2019 axis that looked set by other rows (QA8 8).
MIN_DATE_PAD = pd.Timedelta(days=60)


def _date_span(ax, dates: pd.Series) -> None:
    """The x axis spans the dates drawn, padded by 5% of their span (MIN_DATE_PAD at least)."""
    dates = pd.to_datetime(dates).dropna()
    if dates.empty:
        return
    lo, hi = dates.min(), dates.max()
    pad = max((hi - lo) * 0.05, MIN_DATE_PAD)
    ax.set_xlim(lo - pad, hi + pad)


def _legend_right(ax, **kw):
    """Legend outside the plotting area, to the right, so it never covers data; none when nothing
    drawn has a label (the cumulative chart with no dated war total: matplotlib warned 'No artists
    with labels found to put in legend' and drew an empty box)."""
    if not ax.get_legend_handles_labels()[0]:
        return None
    kw.setdefault("fontsize", "small")
    return ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), borderaxespad=0, frameon=False, **kw)


MAX_LABEL_CHARS = 40  # longer outlet names are cut with an ellipsis, so the plot keeps its width


def _short(name, limit: int = MAX_LABEL_CHARS) -> str:
    name = str(name)
    return name if len(name) <= limit else name[: limit - 1] + "\u2026"


def _value_ticks(ax, axis: str = "x") -> None:
    """At most five value ticks: a narrow axis next to long outlet names still reads."""
    (ax.xaxis if axis == "x" else ax.yaxis).set_major_locator(matplotlib.ticker.MaxNLocator(nbins=5))


def _no_data(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="0.4")
    ax.set_xticks([])
    ax.set_yticks([])


NOTE_INCHES = (12, 0.6)  # a chart with nothing to draw is one line of text, not an empty frame half a screen high


def note_figure(message: str):
    """A figure of one line saying why there is no chart: the notebook still saves a figure
    (its thumbnail on the index), but a reader does not scroll past an empty frame."""
    fig = plt.figure(figsize=NOTE_INCHES)
    ax = fig.add_axes((0, 0, 1, 1))  # Jupyter draws no image of a figure without axes, only its repr
    ax.set_axis_off()
    ax.text(0.01, 0.5, message, ha="left", va="center", color="0.3", fontsize="large", transform=ax.transAxes)
    return fig


def count_axis(ax, axis: str = "y") -> None:
    """An axis of counts (articles, claims): whole-number ticks with thousands separators; a
    count of 1 was labelled 0.2, 0.4, ... (QA5)."""
    which = ax.yaxis if axis == "y" else ax.xaxis
    which.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True, nbins=5))
    _thousands(ax, axis)


def _bounded(width: float, height: float) -> tuple[float, float]:
    return min(width, MAX_INCHES), min(height, MAX_INCHES)


def top_categories(values: pd.Series, n: int, weights: pd.Series | None = None, other: str = OTHER) -> pd.Series:
    """values with all but the n largest categories (by count, or by summed weights; ties by
    name) replaced by `other`, so a legend or axis holds at most n + 1 entries."""
    values = values.fillna(UNKNOWN_OUTLET).astype(str)
    size = (weights if weights is not None else pd.Series(1, index=values.index)).groupby(values).sum()
    order = sorted(size.index, key=lambda k: (-size[k], k))
    if len(order) <= n + 1:  # an "other" of one category hides a name for nothing
        return values
    keep = set(order[:n])
    return values.where(values.isin(keep), other)


def _period(dates: pd.Series) -> tuple[str, str, float]:
    """Bin by month while that gives at most ~100 bars, else by quarter, else by year:
    (pandas period code, word for titles, bar width in days)."""
    span_months = (dates.max().year - dates.min().year) * 12 + dates.max().month - dates.min().month + 1
    if span_months <= 100:
        return "M", "month", 25
    if span_months <= 300:
        return "Q", "quarter", 80
    return "Y", "year", 330


def _is_other(category) -> bool:
    return str(category) == OTHER or str(category).startswith(f"{OTHER} (")


def _stacked_period_bars(ax, dates: pd.Series, groups: pd.Series, weights: pd.Series | None = None,
                         order: list | None = None, colors: dict | None = None) -> str:
    """Bars per period stacked by group (weights summed, else counted); returns the period word."""
    code, word, width = _period(dates)
    period = dates.dt.to_period(code).dt.start_time
    w = weights if weights is not None else pd.Series(1, index=dates.index)
    table = w.groupby([period, groups]).sum().unstack(fill_value=0).sort_index()
    cols = order if order is not None else sorted(table.columns, key=lambda c: (_is_other(c), -table[c].sum(), c))
    bottom = np.zeros(len(table))
    palette = sns.color_palette("tab10", 10)
    tallest = float(table.sum(axis=1).max()) if len(table) else 0.0
    for i, col in enumerate(c for c in cols if c in table.columns):
        color = (colors or {}).get(col, "0.75" if _is_other(col) else palette[i % 10])
        # a group whose bars are slivers gets no legend entry: on WCXB eight colours were listed
        # for a chart of one grey "other" bar (QA6 B11); matplotlib leaves "_" labels out
        seen = float(table[col].max()) >= VISIBLE_SHARE * tallest
        # outlet names shortened as on the tone charts (QA11 F14: a 73-character name took half the width)
        ax.bar(table.index, table[col].to_numpy(), width=width, bottom=bottom, label=_short(col) if seen else f"_{_short(col)}",
               color=color, align="edge", linewidth=0)
        bottom += table[col].to_numpy()
    pad = pd.Timedelta(days=2 * width)  # a single period is a bar, not a wall across the axis
    ax.set_xlim(table.index.min() - pad, table.index.max() + pd.Timedelta(days=width) + pad)
    _date_axis(ax)
    if weights is None:  # bars of counts
        count_axis(ax)
    return word


VISIBLE_SHARE = 0.01  # a bar under 1% of the tallest stack is a pixel or two high: not worth a legend entry


def _other_label(groups: pd.Series, original: pd.Series) -> pd.Series:
    """Name "other" with how many categories it holds."""
    n_other = original.fillna(UNKNOWN_OUTLET).astype(str)[groups == OTHER].nunique()
    return groups.replace({OTHER: f"{OTHER} ({n_other} outlets)"}) if n_other else groups


# --------------------------------------------------------------------------- notebook 01


DATE_SOURCE_LABELS = {"metadata": "date from metadata", "text": "date from the text",
                      "inferred": "inferred from war-age evidence"}


def plot_publication_dates(articles):
    """Articles per month (quarter, year on long spans): stacked by outlet (largest outlets plus
    other) and by where the date came from, so a reader sees coverage over time and how much of
    it rests on dates read from the text. Undated articles are counted in the title."""
    articles = plausible_dates(articles)
    dates = pd.to_datetime(articles.get("published"), errors="coerce") if len(articles) else pd.Series(dtype="datetime64[ns]")
    dated = articles[dates.notna().to_numpy()] if len(articles) else articles
    n_undated = len(articles) - len(dated)
    if dated.empty:
        return note_figure(f"Publication dates: none of {len(articles):,} articles has a date, so there is nothing to chart.")
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(12, 7.5), sharex=True, height_ratios=[2, 1])
    d = dates[dates.notna()]
    outlets = top_categories(dated["outlet"], TOP_STACKED)
    word = _stacked_period_bars(top, d, _other_label(outlets, dated["outlet"]))
    top.set_ylabel(f"articles per {word}")
    _legend_right(top, title="outlet")
    top.set_title(f"Articles per {word} by outlet (n = {len(dated):,} dated"
                  + (f"; {n_undated:,} undated not shown)" if n_undated else ")"))
    source = dated["date_source"].fillna("none").map(lambda s: DATE_SOURCE_LABELS.get(s, s))
    _stacked_period_bars(bottom, d, source, order=list(DATE_SOURCE_LABELS.values()) + sorted(set(source) - set(DATE_SOURCE_LABELS.values())))
    bottom.set_ylabel(f"articles per {word}")
    bottom.set_title("Where each date came from")
    _legend_right(bottom)
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------- notebook 02


COUNTER_STYLE_ORDER = ("monitoring group", "UN body", "government", "other source", "unattributed")


def plot_cumulative_tolls(tolls):
    """Two panels. Top: claims of the war's total over all victims, one colour per counter,
    marker by what the wording allows, each named counter's running maximum of lower bounds as
    a step line and claims below their own counter's earlier lower bound circled in red.
    Bottom: totals for one group (children, journalists, ...), which are not the war's total.
    Implausible totals and undated claims are counted in the titles and listed in tables."""
    from .articles import backwards_on_chart
    from .claim_counts import dated_and_undated, undated_words
    from .tolls import timeline as tl

    tolls = plausible_dates(tolls)
    cum = tl.classify_cumulative(tolls) if len(tolls) else None
    if cum is None or cum.empty:
        return note_figure("The war's toll as reported: no cumulative claim (a total over the war so far), so no chart.")
    sub = cum[(cum["claim_kind"] == tl.SUB_POPULATION) & cum["date"].notna()]
    if sub.empty:  # one panel; the title says there is no group total
        fig, ax = plt.subplots(figsize=(12, 5.5))
        sub_ax = None
    else:
        # one date range for both panels: a date sits at the same place in each
        fig, (ax, sub_ax) = plt.subplots(2, 1, figsize=(12, 9), height_ratios=[3, 2], sharex=True)
        ax.tick_params(labelbottom=True)  # sharex hides the top panel's dates
    war = tl.war_total_timeline(tolls)
    back = backwards_on_chart(tolls, None, False)  # the one home of the circled claims (index, notebook 02)
    n_implausible = int((cum["claim_kind"] == tl.IMPLAUSIBLE).sum())
    counters = sorted(war["counter"].unique(), key=lambda c: (COUNTER_STYLE_ORDER.index(
        war.loc[war["counter"] == c, "counter_kind"].iloc[0]), c))
    palette = sns.color_palette("tab10", 10)
    unjudged = {tl.UNATTRIBUTED: "0.45", tl.OTHER_COUNTER: "0.72"}  # two greys: neither is one series
    colors = {c: unjudged.get(c, palette[i % 10]) for i, c in enumerate(counters)}
    drawn_kinds, stepped = set(), False  # the legend lists only what is drawn
    for c in counters:
        part = war[war["counter"] == c]
        # named counters above the greys: unattributed claims outnumber them (49 of 65 on FA-KES,
        # 1,343 at 10,000 articles) and, drawn last, hid the series the chart is about (QA9 S1)
        z = NAMED_ZORDER if tl.judged(c) else UNJUDGED_ZORDER
        for kind, marker in TOLL_MARKERS.items():
            pts = part[part["marker"] == kind]
            if len(pts):
                ax.plot(pts["date"], pts["value"], marker, linestyle="none", markersize=7, color=colors[c],
                        alpha=0.85 if tl.judged(c) else UNJUDGED_ALPHA, zorder=z)
                drawn_kinds.add(kind)
        steps = part.dropna(subset=["running_max_low"]).drop_duplicates("date", keep="last")
        if tl.judged(c) and len(steps) > 1:
            ax.step(steps["date"], steps["running_max_low"], where="post", color=colors[c], linewidth=1, zorder=z)
            stepped = True
    for c in counters:  # legend: one entry per counter with its n, then one per marker kind drawn
        ax.plot([], [], "o", color=colors[c], label=f"{_short(c)} ({int((war['counter'] == c).sum())})")
    for kind, marker in TOLL_MARKERS.items():
        if kind in drawn_kinds:
            ax.plot([], [], marker, color="0.3", markerfacecolor="none", label=kind)
    if stepped:  # a named counter with two or more dated claims
        ax.plot([], [], "-", color="0.3", linewidth=1, label="counter's running max of lower bounds")
    if len(back):
        ax.plot(back["date"], back["value"], "o", markersize=15, markerfacecolor="none", markeredgecolor="red",
                label=f"below the counter's earlier lower bound ({len(back)})", zorder=NAMED_ZORDER + 1)
    if war.empty:
        _no_data(ax, "no dated claim of the war's total")
    else:
        _date_axis(ax)
        _date_span(ax, pd.concat([war["date"], sub["date"]]))
        _thousands(ax)
        ax.set_ylim(bottom=0)  # from 190,000 up, growth looked steeper than it was (QA6 B6)
    notes = [f"n = {len(war):,} dated claims" + undated_words(dated_and_undated(cum, tl.WAR_TOTAL)[1])]
    n_vague = int((cum["claim_kind"] == tl.VAGUE_TOTAL).sum())
    off = [f"{n_implausible:,} too small for a war total"] * bool(n_implausible) + [
        f"{n_vague:,} vague words ('hundreds of thousands')"] * bool(n_vague)
    if off:
        notes.append(" and ".join(off) + ", in the table below")
    if sub_ax is None:
        n_sub_undated = dated_and_undated(cum, tl.SUB_POPULATION)[1]
        notes.append(counted(n_sub_undated, Worded("undated totals for one group of victims, not shown",
                                                   "undated total for one group of victims, not shown"))
                     if n_sub_undated else "no total for one group of victims")
    ax.set_title("The war's total toll as reported, by who counted\n"
                 + "\n".join(textwrap.wrap("(" + "; ".join(notes) + ")", 90)))
    ax.set_ylabel("reported deaths, all victims, war to date")
    _legend_right(ax, title="counter (claims)")

    if sub_ax is not None:
        groups = sorted(sub["group"].unique())
        for i, g in enumerate(groups):
            part = sub[sub["group"] == g]
            sub_ax.plot(part["date"], part["value"], "o", linestyle="none", color=palette[i % 10], alpha=0.85,
                        label=f"{_short(g)} ({len(part)})")
        if sub["value"].max() / max(sub["value"].min(), 1) > 100:
            sub_ax.set_yscale("log")
        _thousands(sub_ax)
        _date_axis(sub_ax)
        sub_ax.set_title("Totals for one group of victims, not the war's total\n" + "\n".join(textwrap.wrap(
            f"(n = {len(sub):,} dated" + undated_words(dated_and_undated(cum, tl.SUB_POPULATION)[1]) + ")", 90)))
        _legend_right(sub_ax, title="victims (claims)")
        sub_ax.set_ylabel("reported deaths in the group")
    fig.tight_layout()
    return fig


def plot_incident_tolls(tolls, articles=None):
    """Headline (main incident) tolls per month (quarter, year): above, the largest toll one
    article reported and the median; below, the articles reporting one, stacked by outlet.
    Never summed across articles: one massacre reported by twenty articles is not twenty.
    With `articles`, a largest toll from an article whose own text gives a date far from the
    metadata's (articles.dates_in_doubt) is hatched "date in doubt": on FA-KES a 2013 attack
    charted in Jul 2015 looked like a separate mass-casualty month (QA6 A4)."""
    from .articles import FAR_DATE_DAYS, dates_in_doubt
    from .tolls import dated_headline_tolls, headline_tolls_by_period

    head = dated_headline_tolls(plausible_dates(tolls))
    dates = head["date"]
    if head.empty:
        return note_figure("Incident death tolls: no dated headline toll, so no chart (undated claims are listed below).")
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(12, 7), sharex=True, height_ratios=[3, 2])
    code, word, width = _period(dates)
    by = headline_tolls_by_period(head, code)
    doubt = dates_in_doubt(articles) if articles is not None else set()
    # hatched only when every article reaching the period's largest is in doubt: a confirmed one vouches for the bar
    in_doubt = by["largest_from"].map(lambda ids: bool(doubt) and set(ids) <= doubt).to_numpy(dtype=bool)
    red = sns.color_palette("tab10")[3]
    if not in_doubt.all():  # an empty solid series still drew its legend entry
        top.bar(by["period"][~in_doubt], by["largest"][~in_doubt], width=width, align="edge", color=red, linewidth=0,
                label="largest headline toll in one article")
    if in_doubt.any():
        top.bar(by["period"][in_doubt], by["largest"][in_doubt], width=width, align="edge", color=(*red, 0.35),
                edgecolor=red, hatch="///", linewidth=0.8, label="date in doubt (the text gives another)")
    top.plot(by["period"] + pd.Timedelta(days=width / 2), by["median"], "o", color="black", markersize=4,
             label="median headline toll")
    _thousands(top)
    _legend_right(top, title=f"per {word}")
    top.set_ylabel("deaths in one article's headline toll")
    top.set_title(f"Largest and median headline (main incident) toll reported per {word}\n"
                  "not a sum: an incident reported by several articles is not added up"
                  + (f"\nhatched ({int(in_doubt.sum())}): date in doubt, the article's own text gives a date more than "
                     f"{FAR_DATE_DAYS} days\nfrom its metadata date, so the bar may be an older event" if in_doubt.any() else ""))
    outlets = top_categories(head["outlet"], TOP_STACKED)
    _stacked_period_bars(bottom, dates, _other_label(outlets, head["outlet"]))
    _legend_right(bottom, title="outlet")
    bottom.set_ylabel(f"articles per {word}")
    bottom.set_title(f"Articles with a headline toll per {word}, by outlet ({plural(len(head), 'article')})")
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------- notebook 03


def _top_outlets(counts: pd.Series, n: int = TOP_ROWS) -> list:
    """The n outlets with the largest `counts` (articles, or sentences for the heatmap; ties by name)."""
    return sorted(counts.index, key=lambda o: (-counts[o], str(o)))[:n]


def _rows_height(n_rows: int) -> float:
    return ROW_INCHES * max(n_rows, 3) + 1.8


def _shown_note(shown: int, total: int, what: str = "outlets", by: str = "articles") -> str:
    """'120 outlets', or 'the 30 of 120 outlets with most articles': `by`, what chose the rows."""
    return counted(total, what) if shown >= total else f"the {shown} of {total:,} {what} with most {by}"


def plot_tone_by_source(by_source, article_tone=None, engine: str = "textblob"):
    """Mean article tone per outlet with its bootstrap 95% CI (outlets with fewer than
    tone.MIN_ARTICLES articles, the verdict's floor, have no interval and are drawn hollow grey), over the individual articles when given, so a reader
    sees how few articles stand behind each mean. At most TOP_ROWS outlets (most articles)."""
    from .tone import ENGINE_SCORE, MIN_ARTICLES  # the verdict's floor: no interval for an outlet it will not compare

    col = ENGINE_SCORE.get(engine, engine)
    total = len(by_source)
    shown = by_source[by_source["outlet"].isin(_top_outlets(by_source.set_index("outlet")["n_articles"]))] if total else by_source
    df = shown.sort_values(["mean", "outlet"], na_position="last").reset_index(drop=True)
    fig, ax = plt.subplots(figsize=_bounded(12, _rows_height(len(df))))
    if df.empty:
        _no_data(ax, "no scored articles")
        return fig
    y = {o: i for i, o in enumerate(df["outlet"])}
    if article_tone is not None and col in article_tone:
        pts = article_tone.assign(outlet=article_tone["outlet"].fillna(UNKNOWN_OUTLET)).dropna(subset=[col])
        pts = pts[pts["outlet"].isin(y)]
        alpha = 0.6 if len(pts) < 2000 else 0.15
        ax.scatter(pts[col], pts["outlet"].map(y), s=10, color="0.6", alpha=alpha, linewidths=0, label="article")
    few = 0
    for r in df.itertuples(index=False):
        i = y[r.outlet]
        has_ci = r.ci_low == r.ci_low and r.ci_high == r.ci_high and r.n_articles >= MIN_ARTICLES  # not NaN, enough articles
        if has_ci:
            ax.plot([r.ci_low, r.ci_high], [i, i], color="C0", linewidth=2)
            ax.plot(r.mean, i, "o", color="C0")
        else:
            ax.plot(r.mean, i, "o", color="0.5", markerfacecolor="white")
            few += 1
    if few < len(df):  # the legend lists only what is drawn
        ax.plot([], [], "o-", color="C0", label="mean, 95% bootstrap CI")
    if few:
        ax.plot([], [], "o", color="0.5", markerfacecolor="white", label=f"fewer than {MIN_ARTICLES} articles: mean only")
    title = f"Tone by outlet ({_shown_note(len(df), total)})"
    if few:
        title += few_articles_note(few)
    _outlet_rows_frame(fig, ax, [f"{_short(o)} (n={n:,})" for o, n in zip(df["outlet"], df["n_articles"])],
                       f"mean sentence tone per article ({col})", title)
    return fig


def _outlet_rows_frame(fig, ax, labels: list[str], xlabel: str, title: str) -> None:
    """What the per-outlet tone charts share: a zero line, one labelled row per outlet from the
    top down, value ticks, the legend right of the plot."""
    ax.axvline(0, color="0.3", linewidth=0.8)
    ax.set_yticks(range(len(labels)), labels)
    _value_ticks(ax)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    _legend_right(ax)
    fig.tight_layout()


def few_articles_note(few: int) -> str:
    """The title line of a per-outlet tone chart with outlets under tone.MIN_ARTICLES articles."""
    from .tone import MIN_ARTICLES

    return (f"\nhollow grey ({few}): fewer than {MIN_ARTICLES} articles, no interval drawn: "
            "a bootstrap of so few articles looks precise but is not")


def plot_narration_vs_quotation(article_tone, engine: str = "textblob", seed: int = 0):
    """Per outlet, mean tone of the outlet's own narration next to the tone of the voices it
    quotes: a negative outlet may only be quoting negative people. One row per outlet (at most
    TOP_ROWS, those with most articles); an outlet without quotations gets a cross, not a bar.
    Each bar has tone_by_source's seeded bootstrap 95% interval over the articles with such
    sentences, and a voice of fewer than tone.MIN_ARTICLES articles is a hollow grey bar with
    none, as on the tone-by-outlet chart (QA11 F15: tass's n=4 gap looked as solid as ahram's)."""
    from .tone import ENGINE_SCORE, MIN_ARTICLES, tone_by_source

    col = ENGINE_SCORE.get(engine, engine)
    need = [f"{col}_narration", f"{col}_quotation"]
    if article_tone is None or article_tone.empty or not set(need) <= set(article_tone.columns):
        fig, ax = plt.subplots(figsize=(10, 4.5))
        _no_data(ax, "no narration/quotation scores")
        return fig
    df = article_tone.assign(outlet=article_tone["outlet"].fillna(UNKNOWN_OUTLET))
    n_articles = df.groupby("outlet").size()
    keep = _top_outlets(n_articles)
    order = sorted(keep, key=lambda o: (-n_articles[o], str(o)))
    shown = df[df["outlet"].isin(keep)]
    voices = {v: tone_by_source(shown, engine=engine, seed=seed, voice=v).set_index("outlet").reindex(order)
              for v in ("narration", "quotation")}
    fig, ax = plt.subplots(figsize=_bounded(12, _rows_height(len(order))))
    if all(t["mean"].dropna().empty for t in voices.values()):
        _no_data(ax, "no scored sentences")
        return fig
    y = np.arange(len(order))
    height = 0.4
    labels = ["narration (outlet's voice)", "quotation (quoted voices)"]
    few = 0
    for k, ((voice, t), label) in enumerate(zip(voices.items(), labels)):
        pos = y + (k - 0.5) * height
        vals = t["mean"].to_numpy(float)
        small = (t["n_articles"].fillna(0).to_numpy() < MIN_ARTICLES) & ~np.isnan(vals)
        solid = ~small & ~np.isnan(vals)
        few += int(small.sum())
        ax.barh(pos[solid], vals[solid], height=height, label=label, color=f"C{k}",
                xerr=[vals[solid] - t["ci_low"].to_numpy(float)[solid], t["ci_high"].to_numpy(float)[solid] - vals[solid]],
                error_kw={"ecolor": "0.2", "elinewidth": 1, "capsize": 2})
        if small.any():
            ax.barh(pos[small], vals[small], height=height, color="white", edgecolor=f"C{k}", linewidth=1.2, hatch="")
        missing = np.isnan(vals)
        if missing.any():
            ax.plot(np.zeros(missing.sum()), pos[missing], "x", color=f"C{k}", markersize=6)
    ax.plot([], [], "x", color="0.3", label="no such sentences")
    ax.plot([], [], "|-", color="0.2", linewidth=1, label="95% bootstrap CI")
    if few:
        ax.add_patch(mpatches.Rectangle((0, 0), 0, 0, facecolor="white", edgecolor="0.5",
                                         label=f"fewer than {MIN_ARTICLES} articles: mean only"))  # legend entry only
    _outlet_rows_frame(fig, ax, [f"{_short(o)} (n={int(n_articles[o]):,})" for o in order],
                       f"mean {col} of the outlet's articles",
                       f"Own voice vs quoted voices ({_shown_note(len(order), len(n_articles))})"
                       + (few_articles_note(few).replace("hollow grey", "hollow bars") if few else ""))
    return fig


def plot_actor_heatmap(actor_tone, value: str = "textblob_polarity", min_sentences: int = MIN_CELL_SENTENCES):
    """Outlet x actor mean tone of the sentences mentioning the actor. Cells from fewer than
    `min_sentences` sentences are masked (grey), not coloured: one sentence is not a tone. Rows
    are the TOP_ROWS outlets with most such sentences; cells are annotated with their number of
    sentences while they are large enough to hold it."""
    if actor_tone is None or actor_tone.empty or value not in actor_tone or "outlet" not in actor_tone:
        fig, ax = plt.subplots(figsize=(10, 4.5))
        _no_data(ax, "no actor mentions")
        return fig
    per_outlet = actor_tone.groupby("outlet")["n_sentences"].sum()
    keep = _top_outlets(per_outlet)
    df = actor_tone[actor_tone["outlet"].isin(keep)]
    grid = df.pivot(index="outlet", columns="actor", values=value).reindex(keep).sort_index(axis=1)
    counts = df.pivot(index="outlet", columns="actor", values="n_sentences").reindex_like(grid)
    n_rows, n_cols = grid.shape
    row_labels = [f"{_short(o)} ({int(per_outlet[o]):,} sentences)" for o in grid.index]
    # the width holds the longest outlet label, the cells and the colour bar: a fixed margin
    # squeezed the cells under long outlet names and pushed the bar's ticks and label off the
    # right edge ("−0", no label: QA6 A2)
    fig, ax = plt.subplots(figsize=_bounded(HEATMAP_BAR_INCHES + _label_inches(row_labels) + 1.1 * n_cols,
                                            _rows_height(n_rows) + 1.5))
    mask = ~(counts.fillna(0) >= min_sentences)
    if mask.all().all():
        _no_data(ax, f"no outlet-actor pair with {min_sentences}+ sentences")
        return fig
    ax.set_facecolor("0.88")  # masked cells show the background
    ax.grid(False)
    large = ~mask & (counts.fillna(0) >= SCALE_MIN_SENTENCES)
    scaled = large if large.any().any() else ~mask  # no cell that large (a small corpus): every coloured cell
    small = ~mask & ~scaled  # hatched: coloured, but not setting the scale
    lim = max(float(grid.where(scaled).abs().max().max()), 1e-6)
    clipped = bool((grid.where(~mask).abs() > lim).any().any())
    annot = counts.map(lambda n: "" if n != n else f"{int(n):,}") if n_rows <= TOP_ROWS and n_cols <= 15 else False
    sns.heatmap(grid, ax=ax, mask=mask, cmap="RdBu", vmin=-lim, vmax=lim, annot=annot, fmt="",
                annot_kws={"fontsize": 7}, cbar_kws={"label": f"mean {value}", **_bar_ticks(lim), **({"extend": "both"} if clipped else {})},
                linewidths=0.5, linecolor="white")
    for i, j in zip(*np.nonzero(small.to_numpy())):
        ax.add_patch(mpatches.Rectangle((j, i), 1, 1, fill=False, hatch="///", edgecolor="0.35", linewidth=0))
    if annot is not False:  # masked cells still say how few sentences they hold
        for (i, j), n in np.ndenumerate(counts.to_numpy()):
            if mask.iat[i, j] and n == n:
                ax.text(j + 0.5, i + 0.5, f"{int(n):,}", ha="center", va="center", fontsize=7, color="0.45")
    ax.set_xticks(np.arange(n_cols) + 0.5, [textwrap.fill(str(a), 11) for a in grid.columns], rotation=0)
    ax.set_yticks(np.arange(n_rows) + 0.5, row_labels, rotation=0)
    ax.set_xlabel("")
    ax.set_ylabel("")
    fig.tight_layout()
    _fit_title(fig, ax, f"Tone of sentences mentioning each actor ({_shown_note(n_rows, len(per_outlet), by='such sentences')}); "
               f"numbers: sentences per cell; grey: fewer than {min_sentences}, not coloured"
               + (f"; hatched: fewer than {SCALE_MIN_SENTENCES}, colour scale set without them" if small.any().any() else ""))
    return fig


TITLE_PAD = 12  # points: the colour bar's top tick label reaches above the cells, a title at the default 6 touched it
HEATMAP_BAR_INCHES = 2.2  # the colour bar, its ticks and its label, right of the cells
LABEL_CHAR_INCHES = 0.085  # width of one character of a tick label at the notebook's font size


def _label_inches(labels: list[str]) -> float:
    """Width the longest label needs (an estimate from its length; tight_layout does the rest)."""
    return LABEL_CHAR_INCHES * max((len(s) for s in labels), default=0) + 0.3


BAR_TICKS = 6  # at most this many colour-bar intervals: a readable handful over -lim..lim


def _bar_ticks(lim: float) -> dict:
    """Colour-bar ticks and their format (colorbar keywords): the decimals come from the step
    between the ticks actually drawn, so that each label is its tick. Decimals from lim/3 printed
    ticks at +-0.025 and +-0.075 (matplotlib's own finer step) as 0.02 and 0.08."""
    locator = matplotlib.ticker.MaxNLocator(nbins=BAR_TICKS)
    ticks = locator.tick_values(-lim, lim)
    exact = [d for d in range(1, 16) if np.allclose(np.round(ticks, d), ticks, rtol=0, atol=1e-9 * lim)]
    decimals = exact[0] if exact else 1  # no colour (nothing unmasked): any format
    return {"ticks": locator,
            "format": matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:.{decimals}f}".replace("-", "\u2212"))}


def _fit_title(fig, ax, title: str) -> None:
    """Set ax's title wrapped to the figure's width (long outlet names make the plot narrow
    and a one-line title ran off the edge), then lay the figure out again."""
    for chars in range(max(len(title), 20), 19, -5):
        ax.set_title(textwrap.fill(title, chars), pad=TITLE_PAD)
        fig.tight_layout()
        own = f"text {ax.title.get_text()[:40]!r}"  # how text_overlaps names the title
        if not any(own in pair for pair in text_overlaps(fig)):
            break


# --------------------------------------------------------------------------- checks


def _drawn_texts(fig):
    """(kind, bbox) of every visible piece of text as drawn, legends as one box each."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = []
    legends = [lg for ax in fig.axes if (lg := ax.get_legend()) is not None and lg.get_visible()]
    legends += list(fig.legends)
    in_legend = {id(t) for lg in legends for t in lg.findobj(matplotlib.text.Text)}
    for ax in fig.axes:
        if not ax.get_visible():
            continue
        for axis, (lo, hi) in ((ax.xaxis, sorted(ax.get_xlim())), (ax.yaxis, sorted(ax.get_ylim()))):
            for tick in axis.get_major_ticks():
                if not lo - 1e-9 <= tick.get_loc() <= hi + 1e-9:  # ticks outside the view are not drawn
                    continue
                for label in (tick.label1, tick.label2):
                    if label.get_visible() and label.get_text():
                        boxes.append((f"tick {label.get_text()!r}", label.get_window_extent(renderer)))
        for t in ax.texts + [ax.title, ax._left_title, ax._right_title, ax.xaxis.label, ax.yaxis.label,
                             ax.xaxis.get_offset_text(), ax.yaxis.get_offset_text()]:
            if t.get_visible() and t.get_text() and id(t) not in in_legend:
                boxes.append((f"text {t.get_text()[:40]!r}", t.get_window_extent(renderer)))
    for lg in legends:
        boxes.append(("legend", lg.get_window_extent(renderer)))
    return boxes, renderer


def text_overlaps(fig, tolerance: float = 0.5) -> list[tuple[str, str]]:
    """Pairs of drawn texts (tick labels, titles, labels, annotations, legends) whose boxes
    overlap, plus legends that cover a plotting area and text outside the figure: empty when
    a reader can read everything. Each item names its texts ("tick 'alalam'", "legend", ...)."""
    boxes, renderer = _drawn_texts(fig)
    found = []
    for i in range(len(boxes)):
        ki, a = boxes[i]
        for kj, b in boxes[i + 1:]:
            if min(a.x1, b.x1) - max(a.x0, b.x0) > tolerance and min(a.y1, b.y1) - max(a.y0, b.y0) > tolerance:
                found.append((ki, kj))
    for kind, box in boxes:
        if kind.startswith("legend"):
            for ax in fig.axes:
                if ax.get_visible() and ax.get_label() != "<colorbar>":
                    p = ax.get_window_extent(renderer)
                    if min(p.x1, box.x1) - max(p.x0, box.x0) > tolerance and min(p.y1, box.y1) - max(p.y0, box.y0) > tolerance:
                        found.append((kind, "axes"))
    W, H = fig.canvas.get_width_height()
    for kind, box in boxes:
        if box.x0 < -tolerance or box.y0 < -tolerance or box.x1 > W + tolerance or box.y1 > H + tolerance:
            found.append((kind, "outside the figure"))
    return found


def saved_size(fig, dpi: int = SAVE_DPI) -> tuple[int, int]:
    """Width and height in pixels of fig saved at dpi."""
    w, h = fig.get_size_inches()
    return int(round(w * dpi)), int(round(h * dpi))
