"""Syndicated wire copies: MinHash shingles of article bodies clustered, so one story printed by
several outlets is not counted as several.

Public API: shingles, shingle_hashes, syndication_clusters.
"""

from __future__ import annotations

import functools
import zlib

import numpy as np
import pandas as pd

from ..backend import DEFAULT_CHUNK, chunked, local_map
from ..schema import UNKNOWN_OUTLET
from ..text.patterns import WORD_RE



def shingles(text: str, k: int = 5) -> set[bytes]:
    words = WORD_RE.findall((text or "").lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant (golden ratio): spreads word hashes over all bits
_FMIX1, _FMIX2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)  # splitmix64's constants


def shingle_hashes(text: str, k: int = 5, vocab: dict | None = None) -> np.ndarray:
    """32-bit hashes of the word k-shingles of text, distinct and sorted: each word hashed once
    (crc32, cached in `vocab`), a shingle's hash mixed from its words' in numpy. The same shingle
    set as `shingles`, hashed about 20x faster than sha1 per shingle (88 s of 10,000 articles)."""
    return np.unique(_shingle_hash_values(text, k, vocab))


def _shingle_hash_values(text: str, k: int = 5, vocab: dict | None = None) -> np.ndarray:
    """shingle_hashes in text order, repeats kept: a MinHash (a minimum) needs them neither
    distinct nor sorted, and sorting was a sixth of its time."""
    vocab = {} if vocab is None else vocab
    words = WORD_RE.findall((text or "").lower())
    if not words:
        return np.empty(0, dtype=np.uint64)
    found = list(map(vocab.get, words))
    if None in found:  # words not seen before: hash them once
        found = [h if h is not None else vocab.setdefault(w, zlib.crc32(w.encode("utf-8"))) for h, w in zip(found, words)]
    ids = np.array(found, dtype=np.uint64)
    n = max(len(ids) - k + 1, 1)
    h = np.zeros(n, dtype=np.uint64)
    for j in range(min(k, len(ids))):  # h = (h ^ word) * MIX over the shingle's words, wrapping at 2**64
        h = (h ^ ids[j:j + n]) * _MIX
    h = (h ^ (h >> np.uint64(30))) * _FMIX1  # splitmix64's finalizer: every word reaches the top 32 bits
    h = (h ^ (h >> np.uint64(27))) * _FMIX2
    return (h ^ (h >> np.uint64(31))) >> np.uint64(32)


def _signatures(texts: list[str], k: int, num_perm: int, seed: int) -> list:
    """The MinHash values of each text's word k-shingles (None for a text without words)."""
    from datasketch import MinHash

    vocab: dict = {}
    proto = MinHash(num_perm=num_perm, seed=seed, hashfunc=int)
    out = []
    for text in texts:
        hv = _shingle_hash_values(text, k, vocab)
        if not len(hv):
            out.append(None)
            continue
        m = MinHash(num_perm=num_perm, seed=seed, hashfunc=int, permutations=proto.permutations, scheme=proto.scheme)
        m.update_batch(hv.tolist())  # already hashed: datasketch applies its permutations
        out.append(m.hashvalues)
    return out


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
    proto = MinHash(num_perm=num_perm, seed=seed, hashfunc=int)  # permutations drawn once, not per article
    # each article's signature is its own work (most of the time): computed by backend.local_map
    # with its default worker count (backend.default_workers()), whatever engine the caller chose
    signatures = local_map(functools.partial(_signatures, k=k, num_perm=num_perm, seed=seed),
                           chunked(df[text_column].tolist(), DEFAULT_CHUNK))
    i = 0  # positions as keys: ids may repeat in a corpus
    for chunk in signatures:
        for values in chunk:
            if values is not None:
                m = MinHash(seed=seed, hashfunc=int, hashvalues=values, permutations=proto.permutations, scheme=proto.scheme)
                hashes[i] = m
                lsh.insert(i, m)
            i += 1
    parent = list(range(len(ids)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # LSH candidates and the Jaccard estimate are symmetric, and a union keeps the lower root, so
    # each candidate pair is compared once, from its lower position (it was compared from both)
    for i, m in hashes.items():
        for j in sorted(lsh.query(m)):
            if j > i and m.jaccard(hashes[j]) >= threshold:
                ri, rj = find(i), find(j)
                parent[max(ri, rj)] = min(ri, rj)
    out = df[["article_id", "outlet"]].copy() if "outlet" in df else df[["article_id"]].assign(outlet=None)
    out["cluster_id"] = [ids[find(i)] for i in range(len(ids))]
    out["outlet"] = out["outlet"].fillna(UNKNOWN_OUTLET)
    grp = out.groupby("cluster_id")
    out["cluster_size"] = grp["article_id"].transform("size").astype(int)
    out["n_outlets"] = grp["outlet"].transform("nunique").astype(int)
    return out.sort_values(["cluster_id", "article_id"], kind="stable").reset_index(drop=True)
