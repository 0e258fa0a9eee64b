"""The fast shingle hashes behind syndication clusters: one distinct hash per distinct shingle."""

from __future__ import annotations

import numpy as np

from analysis.tone.syndication import shingle_hashes, shingles


def test_one_hash_per_distinct_shingle():
    rng = np.random.default_rng(0)
    words = ["assad", "rebels", "aleppo", "killed", "said", "the", "of", "talks", "un", "war"]
    for _ in range(200):  # generated texts, with repeats so some shingles recur
        n = int(rng.integers(0, 60))
        text = " ".join(rng.choice(words, size=n))
        assert len(shingle_hashes(text)) == len(shingles(text))


def test_hashes_do_not_depend_on_the_cache():
    text = "More than 300,000 people have been killed since the war began, the monitor said."
    vocab: dict = {}
    shingle_hashes("other words the war began", vocab=vocab)
    assert np.array_equal(shingle_hashes(text, vocab=vocab), shingle_hashes(text))
