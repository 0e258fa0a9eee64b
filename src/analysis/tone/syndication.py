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


# datasketch's default MinHash scheme (2.0): a 32-bit input premixed by MurmurHash3's finalizer,
# then permuted by a * h + b wrapping at 2**32 (its minhash.py). Written out here so a worker
# signing texts needs no datasketch: its import (scipy.integrate, for LSH's parameters) cost each
# syndication worker 0.32 of its CPU seconds. tests/test_syndication_hashes.py checks these values
# are datasketch's own; with another scheme the signatures are datasketch's (_signatures).
AFFINE32 = "affine32"
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def _affine32_minhash(hv: np.ndarray, permutations: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """A MinHash's values (scheme AFFINE32) of the 32-bit hashes hv under permutations (a, b)."""
    s1, m1, s2, m2, s3 = _FMIX32
    h = hv.astype(np.uint32).reshape(-1, 1)
    h = (h ^ (h >> s1)) * m1
    h = (h ^ (h >> s2)) * m2
    h = h ^ (h >> s3)
    a, b = permutations
    return (h * a + b).min(axis=0)


def _signatures(texts: list[str], k: int, num_perm: int, seed: int,
                permutations: tuple[np.ndarray, np.ndarray] | None = None, scheme: str | None = None) -> list:
    """The MinHash values of each text's word k-shingles (None for a text without words).
    Given the permutations of a MinHash of scheme AFFINE32 (as syndication_clusters passes its
    workers), computed here without datasketch; else with datasketch."""
    vocab: dict = {}
    if permutations is not None and scheme == AFFINE32:
        sign = functools.partial(_affine32_minhash, permutations=permutations)
    else:
        from datasketch import MinHash

        proto = MinHash(num_perm=num_perm, seed=seed, hashfunc=int)

        def sign(hv: np.ndarray) -> np.ndarray:
            m = MinHash(num_perm=num_perm, seed=seed, hashfunc=int, permutations=proto.permutations, scheme=proto.scheme)
            m.update_batch(hv.tolist())  # already hashed: datasketch applies its permutations
            return m.hashvalues
    out = []
    for text in texts:
        hv = _shingle_hash_values(text, k, vocab)
        out.append(sign(hv) if len(hv) else None)
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
    signatures = local_map(functools.partial(_signatures, k=k, num_perm=num_perm, seed=seed,
                                             permutations=tuple(proto.permutations), scheme=proto.scheme),
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
