"""Syndicated wire copies: MinHash shingles of article bodies clustered, so one story printed by
several outlets is not counted as several.

Public API: shingles, syndication_clusters.
"""

from __future__ import annotations

import pandas as pd

from ..schema import UNKNOWN_OUTLET
from ..text.patterns import WORD_RE


def shingles(text: str, k: int = 5) -> set[bytes]:
    words = WORD_RE.findall((text or "").lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def syndication_clusters(articles: pd.DataFrame, threshold: float = 0.5, num_perm: int = 128, k: int = 5,
                         seed: int = 1, text_column: str = "body") -> pd.DataFrame:
    """Near-duplicate articles (the same wire copy printed by several outlets): MinHash of
    word 5-shingles with a fixed seed, LSH candidates kept when the estimated Jaccard
    similarity is >= threshold, joined transitively. One row per article: cluster_id (the
    lowest article_id in the cluster), cluster_size, n_outlets."""
    from datasketch import MinHash, MinHashLSH

    df = articles[articles[text_column].notna()].sort_values("article_id", kind="stable")
    ids = df["article_id"].astype(str).tolist()
    hashes: dict[int, object] = {}
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    for i, text in enumerate(df[text_column]):  # positions as keys: ids may repeat in a corpus
        sh = shingles(text, k)
        if not sh:
            continue
        m = MinHash(num_perm=num_perm, seed=seed)
        m.update_batch(sorted(sh))
        hashes[i] = m
        lsh.insert(i, m)
    parent = list(range(len(ids)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, m in hashes.items():
        for j in sorted(lsh.query(m)):
            if j != i and m.jaccard(hashes[j]) >= threshold:
                ri, rj = find(i), find(j)
                parent[max(ri, rj)] = min(ri, rj)
    out = df[["article_id", "outlet"]].copy() if "outlet" in df else df[["article_id"]].assign(outlet=None)
    out["cluster_id"] = [ids[find(i)] for i in range(len(ids))]
    out["outlet"] = out["outlet"].fillna(UNKNOWN_OUTLET)
    grp = out.groupby("cluster_id")
    out["cluster_size"] = grp["article_id"].transform("size").astype(int)
    out["n_outlets"] = grp["outlet"].transform("nunique").astype(int)
    return out.sort_values(["cluster_id", "article_id"], kind="stable").reset_index(drop=True)
