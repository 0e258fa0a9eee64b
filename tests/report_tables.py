"""Processed tables of any size built directly (no pipeline run), shaped like the real ones,
for testing figures and tables at 5, 400, 10,000 and 100,000 articles."""

from __future__ import annotations

import numpy as np
import pandas as pd

ACTORS = ["Syrian government", "Opposition/rebels", "Islamic State", "Russia", "United States", "Iran",
          "Turkey", "Kurdish forces", "United Nations", "Hezbollah"]
VICTIMS = ["people", "people", "people", "civilians", "children", "journalists", "soldiers", "workers"]
ATTRIBUTIONS = [None, None, "Syrian Observatory for Human Rights", "the U.N.", "SANA", "AFP",
                "the Syrian Center for Policy Research"]


def n_outlets(n: int) -> int:
    """Real corpora: 5 articles from 5 outlets, 381 from 15, 10,000 from hundreds of sites."""
    return max(1, min(n, 5 + n // 25))


def outlet_names(k: int) -> list[str]:
    # long and short names, one with a dollar sign (must not start mathtext)
    base = ["alalam", "the-daily-$-report.example.com", "reuters", "sana", "aljazeera international edition"]
    return [base[i] if i < len(base) else f"outlet-{i:04d}.example.org" for i in range(k)]


def articles(n: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    names = outlet_names(n_outlets(n))
    weights = 1 / np.arange(1, len(names) + 1)  # a few big outlets, a long tail
    outlet = rng.choice(names, size=n, p=weights / weights.sum())
    start = pd.Timestamp("2011-03-15") if n < 50_000 else pd.Timestamp("1995-01-01")
    days = rng.integers(0, (pd.Timestamp("2019-12-31") - start).days, size=n)
    published = (start + pd.to_timedelta(days, unit="D")).to_series().reset_index(drop=True)
    source = rng.choice(["metadata", "text", "inferred", "none"], size=n, p=[0.6, 0.25, 0.1, 0.05])
    published = published.where(source != "none")
    status = np.where(rng.random(n) < 0.03, "empty: no text", "ok")
    return pd.DataFrame({
        "article_id": [f"corpus:{i}" for i in range(n)], "outlet": outlet, "published": published,
        "date_source": source, "date_low": published - pd.Timedelta(days=180),
        "date_high": published + pd.Timedelta(days=180), "status": status,
        "n_words": rng.integers(50, 3000, size=n), "title": [f"Title {i} with $5 and 50%" for i in range(n)],
        "warnings": "",  # as notebook 01 writes it: the index reads it
    })


def tolls(arts: pd.DataFrame, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed + 1)
    n = len(arts) * 2
    idx = rng.integers(0, len(arts), size=n)
    scope = rng.choice(["incident", "cumulative", "other"], size=n, p=[0.8, 0.12, 0.08])
    value = np.where(scope == "cumulative", rng.integers(100_000, 500_000, size=n), rng.integers(1, 300, size=n)).astype(float)
    victims = rng.choice(VICTIMS, size=n)
    value = np.where((scope == "cumulative") & (victims != "people"), rng.integers(10, 20_000, size=n), value)
    value[: max(1, n // 100)] = 1.0  # misreads
    return pd.DataFrame({
        "article_id": arts["article_id"].to_numpy()[idx], "value": value, "low": value, "high": value * 1.1,
        "qualifier": rng.choice(["exact", "more_than", "about", "at_least"], size=n), "scope": scope,
        "victims": victims, "attributed_to": rng.choice(np.array(ATTRIBUTIONS, dtype=object), size=n),
        "is_headline": rng.random(n) < 0.4, "sentence": ["At least 5 people were killed."] * n,
        "start": rng.integers(0, 1000, size=n), "end": rng.integers(1000, 2000, size=n),
        "published": arts["published"].to_numpy()[idx], "outlet": arts["outlet"].to_numpy()[idx],
    }).sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


def article_tone(arts: pd.DataFrame, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed + 2)
    n = len(arts)
    quot = rng.normal(-0.05, 0.1, size=n)
    quot[rng.random(n) < 0.2] = np.nan
    return pd.DataFrame({
        "article_id": arts["article_id"], "outlet": arts["outlet"], "published": arts["published"],
        "n_sentences": rng.integers(3, 80, size=n),
        "textblob_polarity": rng.normal(0, 0.1, size=n), "textblob_polarity_narration": rng.normal(0, 0.1, size=n),
        "textblob_polarity_quotation": quot,
    })


def by_source(tone: pd.DataFrame) -> pd.DataFrame:
    g = tone.groupby("outlet")["textblob_polarity"]
    out = pd.DataFrame({"n_articles": g.size(), "mean": g.mean(), "sd": g.std()}).reset_index()
    half = 1.96 * out["sd"] / np.sqrt(out["n_articles"])
    out["ci_low"], out["ci_high"] = out["mean"] - half, out["mean"] + half
    out["engine"] = "textblob"
    return out


def actor_tone(tone: pd.DataFrame, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed + 3)
    rows = []
    for outlet, n in tone.groupby("outlet").size().items():
        for actor in ACTORS:
            k = int(rng.poisson(max(n * 0.5, 0.3)))
            if k:
                rows.append({"outlet": outlet, "actor": actor, "n_sentences": k, "n_articles": min(k, n),
                             "textblob_polarity": float(rng.normal(0, 0.2))})
    return pd.DataFrame(rows, columns=["outlet", "actor", "n_sentences", "n_articles", "textblob_polarity"])


def pairwise(by: pd.DataFrame, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed + 4)
    outs = list(by["outlet"])[:40]
    rows = [(a, b) for i, a in enumerate(outs) for b in outs[i + 1:]]
    n = len(rows)
    p = rng.random(n)
    if n:
        p[n // 2] = 1e-5  # one significant pair, in the middle of the table
    return pd.DataFrame({
        "outlet_a": [a for a, _ in rows], "outlet_b": [b for _, b in rows], "n_a": 10, "n_b": 12,
        "difference": rng.normal(0, 0.05, size=n), "cohens_d": rng.normal(0, 0.3, size=n),
        "cliffs_delta": rng.normal(0, 0.2, size=n), "p_perm": p, "p_holm": np.minimum(p * max(n, 1), 1.0),
        "significant": np.minimum(p * max(n, 1), 1.0) < 0.05,
    })


def index_tolls_section(folder, arts: pd.DataFrame, death_tolls: pd.DataFrame, on_topic_only: bool = False) -> str:
    """The index's Death tolls section for these tables, written to `folder` as the pipeline
    writes them (articles.parquet, death_tolls.csv)."""
    from analysis import report

    arts.to_parquet(folder / "articles.parquet")
    death_tolls.to_csv(folder / "death_tolls.csv", index=False)
    page = report.summary_html(folder, on_topic_only=on_topic_only)
    return page.split("<h2>Death tolls</h2>", 1)[1].split("<h2>", 1)[0]
