"""How much the tone measure matters: do engines rank outlets alike, and which differences survive them all?

A difference between outlets found with one engine is a finding about the outlets only if the
other engines find it too; if the ranking of outlets changes with the engine, the conclusion
depends on the instrument. For one corpus's article tone table (scored with several engines) this
gives the Spearman rank correlation of outlet means between each pair of engines, and every pair
of outlets that differs significantly (Holm-corrected permutation test) with at least one engine,
marked `robust` when it differs, in the same direction, with every engine.

Public API: engine_agreement (notebook 03's one call), rank_agreement, robust_pairs,
agreement_summary, scored_engines, outlet_means.
"""

from __future__ import annotations

from itertools import combinations

import pandas as pd

from ..schema import UNKNOWN_OUTLET
from ..words import Worded, counted
from .compare import MAX_COMPARED_OUTLETS, MIN_ARTICLES, N_PERMUTATIONS, compared_articles, pairwise_source_differences
from .scoring import ENGINE_SCORE, ENGINES

RANK_COLUMNS = ["engine_a", "engine_b", "n_outlets", "spearman_rho"]


def scored_engines(article_tone_df: pd.DataFrame, engines=ENGINES) -> list[str]:
    """The engines whose score column the article tone table has, in `engines` order."""
    return [e for e in engines if ENGINE_SCORE[e] in article_tone_df.columns]


def outlet_means(article_tone_df: pd.DataFrame, engines, min_articles: int = MIN_ARTICLES) -> pd.DataFrame:
    """Mean article tone per outlet (rows) and engine (columns): the compared outlets (see
    compare.compared_outlets: at most MAX_COMPARED_OUTLETS, as the pairwise tests and the verdict
    use) with `min_articles` or more articles scored by every engine."""
    cols = {ENGINE_SCORE[e]: e for e in engines}
    df = compared_articles(article_tone_df, min_articles).dropna(subset=list(cols))
    g = df.groupby(df["outlet"].fillna(UNKNOWN_OUTLET))
    means = g[list(cols)].mean().rename(columns=cols)
    return means[g.size() >= min_articles].sort_index()


def rank_agreement(article_tone_df: pd.DataFrame, engines=None, min_articles: int = MIN_ARTICLES) -> pd.DataFrame:
    """Spearman rank correlation of outlet means for each pair of engines (NaN with fewer than
    three outlets, where a rank correlation says nothing)."""
    engines = scored_engines(article_tone_df, engines or ENGINES)
    means = outlet_means(article_tone_df, engines, min_articles)
    rows = []
    for a, b in combinations(engines, 2):
        rho = means[a].corr(means[b], method="spearman") if len(means) >= 3 else float("nan")
        rows.append({"engine_a": a, "engine_b": b, "n_outlets": len(means), "spearman_rho": float(rho)})
    return pd.DataFrame(rows, columns=RANK_COLUMNS)


def robust_pairs(article_tone_df: pd.DataFrame, engines=None, seed: int = 0, n_perm: int = N_PERMUTATIONS,
                 min_articles: int = MIN_ARTICLES, clusters: pd.DataFrame | None = None, alpha: float = 0.05,
                 max_perm: int | None = None) -> pd.DataFrame:
    """Every outlet pair significant after Holm with at least one engine: per engine the
    difference (a - b) and whether it is significant, the number of engines that find it and
    `robust` (significant, same sign, with every engine)."""
    engines = scored_engines(article_tone_df, engines or ENGINES)
    key = ["outlet_a", "outlet_b"]
    table = None
    # the outlets with most articles only: every pair of 700 outlets is 245,000 tests per engine
    compared = compared_articles(article_tone_df, min_articles)
    for e in engines:
        pw = pairwise_source_differences(compared, engine=e, seed=seed, n_perm=n_perm,
                                              min_articles=min_articles, clusters=clusters, alpha=alpha, max_perm=max_perm)
        part = pw[key + ["difference", "significant"]].rename(
            columns={"difference": f"difference_{e}", "significant": f"significant_{e}"})
        table = part if table is None else table.merge(part, on=key, how="outer")
    cols = key + [f"{k}_{e}" for e in engines for k in ("difference", "significant")] + ["n_engines_significant", "robust"]
    if table is None or table.empty:
        return pd.DataFrame(columns=cols)
    sig = table[[f"significant_{e}" for e in engines]].fillna(False).astype(bool)
    signs = table[[f"difference_{e}" for e in engines]].apply(lambda c: c.gt(0))
    table["n_engines_significant"] = sig.sum(axis=1).astype(int)
    same_sign = signs.all(axis=1) | (~signs).all(axis=1)
    table["robust"] = sig.all(axis=1) & same_sign
    out = table[table["n_engines_significant"] > 0]
    out = out.sort_values(["robust", "n_engines_significant"] + key, ascending=[False, False, True, True], kind="stable")
    return out[cols].reset_index(drop=True)


def agreement_summary(ranks: pd.DataFrame, pairs: pd.DataFrame, engines, min_articles: int = MIN_ARTICLES) -> str:
    """In words: how far the engines agree, and which conclusions do not depend on the engine.
    Names the outlets compared (those with `min_articles` or more), the same ones the verdict ranks."""
    engines = list(engines)
    if len(engines) < 2:
        return "Only one engine was scored, so nothing shows whether the conclusions depend on it."
    lines = []
    rho = ranks["spearman_rho"].dropna()
    n_outlets = int(ranks["n_outlets"].iloc[0]) if len(ranks) else 0
    if rho.empty:
        lines.append(f"Fewer than three outlets have {min_articles} or more articles ({n_outlets} do), "
                     "too few to compare how the engines rank outlets.")
    else:
        low, high = f"{rho.min():.2f}", f"{rho.max():.2f}"
        pairs_of_engines = "one pair of engines" if len(ranks) == 1 else f"{len(ranks)} pairs of engines"
        lines.append(f"Rank correlation of outlet means between engines: {low if low == high else f'{low} to {high}'} "
                     f"(Spearman, the {n_outlets} outlets with "
                     + (f"most articles among those with {min_articles} or more" if n_outlets >= MAX_COMPARED_OUTLETS
                        else f"{min_articles} or more articles")  # compared_outlets caps them
                     + f", {pairs_of_engines}).")
    n_any, n_robust = len(pairs), int(pairs["robust"].sum()) if len(pairs) else 0
    per = ", ".join(f"{e} {int(pairs[f'significant_{e}'].fillna(False).astype(bool).sum())}" for e in engines) if len(pairs) else ""
    lines.append(f"{counted(n_any, Worded('pairs of those outlets differ', 'pair of those outlets differs'))} significantly with at least one engine ({per or 'none'}); "
                 f"{n_robust or 'none'} with every engine in the same direction.")
    for r in pairs[pairs["robust"]].itertuples(index=False) if n_robust else []:
        d = getattr(r, f"difference_{engines[0]}")
        lower, higher = (r.outlet_a, r.outlet_b) if d < 0 else (r.outlet_b, r.outlet_a)
        lines.append(f"- {lower} is more negative than {higher} with every engine.")
    if n_any > n_robust:
        lines.append("The other differences depend on the choice of tone measure: report them with the engine named.")
    return "\n".join(lines)


def engine_agreement(article_tone_df: pd.DataFrame, engines=None, seed: int = 0, n_perm: int = N_PERMUTATIONS,
                     min_articles: int = MIN_ARTICLES, clusters: pd.DataFrame | None = None) -> dict:
    """One call for notebook 03: `ranks` (rank_agreement), `pairs` (robust_pairs) and `summary` in words."""
    engines = scored_engines(article_tone_df, engines or ENGINES)
    ranks = rank_agreement(article_tone_df, engines, min_articles)
    pairs = robust_pairs(article_tone_df, engines, seed=seed, n_perm=n_perm, min_articles=min_articles, clusters=clusters)
    return {"ranks": ranks, "pairs": pairs, "summary": agreement_summary(ranks, pairs, engines, min_articles)}
