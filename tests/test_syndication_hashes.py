"""The fast shingle hashes behind syndication clusters: one distinct hash per distinct shingle."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings, strategies as st

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


def _near_copies(draw_texts):
    """An article table of the texts, ids in order, three outlets."""
    import pandas as pd

    return pd.DataFrame({"article_id": [f"a{i:02d}" for i in range(len(draw_texts))],
                         "outlet": [f"o{i % 3}" for i in range(len(draw_texts))], "body": draw_texts})


_WORDS = ["assad", "rebels", "aleppo", "killed", "said", "the", "of", "talks", "un", "war", "monitor", "city"]


def _texts(data):
    """Copies and near copies (one word changed) of up to four generated texts."""
    bases = data.draw(st.lists(st.lists(st.sampled_from(_WORDS), min_size=6, max_size=40), min_size=1, max_size=4))
    texts = []
    for _ in range(data.draw(st.integers(2, 10))):
        words = list(data.draw(st.sampled_from(bases)))
        if data.draw(st.booleans()):  # a near copy: one word changed
            words[data.draw(st.integers(0, len(words) - 1))] = data.draw(st.sampled_from(_WORDS))
        texts.append(" ".join(words))
    return texts


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_clusters_are_the_components_of_every_similar_candidate_pair(data):
    """syndication_clusters compares each LSH candidate pair once: the clusters are the connected
    components of the pairs whose MinHash Jaccard estimate reaches the threshold, each named by
    its lowest article id, as when every pair was compared from both ends."""
    from datasketch import MinHash, MinHashLSH

    from analysis.tone import syndication

    arts = _near_copies(_texts(data))
    got = syndication.syndication_clusters(arts).set_index("article_id")["cluster_id"].to_dict()
    sigs = syndication._signatures(arts["body"].tolist(), k=5, num_perm=128, seed=1)
    proto = MinHash(num_perm=128, seed=1, hashfunc=int)
    ms = [MinHash(seed=1, hashfunc=int, hashvalues=v, permutations=proto.permutations, scheme=proto.scheme) for v in sigs]
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    for i, m in enumerate(ms):
        lsh.insert(i, m)
    ids = arts["article_id"].tolist()
    root = list(range(len(ids)))
    def find(x):
        while root[x] != x:
            x = root[x]
        return x
    for i, m in enumerate(ms):  # from both ends, as before
        for j in lsh.query(m):
            if j != i and m.jaccard(ms[j]) >= 0.5:
                a, b = find(i), find(j)
                root[max(a, b)] = min(a, b)
    assert got == {ids[i]: ids[find(i)] for i in range(len(ids))}


def test_each_candidate_pair_is_compared_once(monkeypatch):
    """At 10,000 articles the LSH step compared every candidate pair twice (i with j, then j with
    i): 85,000 Jaccard estimates on the notebook's one core; once is enough."""
    from datasketch import MinHash

    from analysis.tone import syndication

    compared = []
    real = MinHash.jaccard
    monkeypatch.setattr(MinHash, "jaccard", lambda self, other: compared.append(frozenset((id(self), id(other)))) or real(self, other))
    text = " ".join(_WORDS * 3)
    arts = _near_copies([text, text + " war", text, "other words entirely " * 3, text.replace("aleppo", "city")])
    cl = syndication.syndication_clusters(arts)
    assert cl["cluster_size"].max() == 3  # the text, its copy and its copy with a word more
    assert compared and len(compared) == len(set(compared))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS + ["Über", "ωμέγα", "2011", "l'armée"]), max_size=80)
                .map(" ".join), min_size=1, max_size=6), st.integers(0, 2 ** 32 - 1), st.sampled_from([16, 128]))
def test_worker_signatures_are_datasketchs(texts, seed, num_perm):
    """The MinHash values a syndication worker computes without datasketch (speed10) are the ones
    datasketch's MinHash.update_batch gives for the same permutations, on any text and seed."""
    from datasketch import MinHash

    from analysis.tone.syndication import _signatures

    proto = MinHash(num_perm=num_perm, seed=seed, hashfunc=int)
    ours = _signatures(texts, 5, num_perm, seed, permutations=tuple(proto.permutations), scheme=proto.scheme)
    theirs = _signatures(texts, 5, num_perm, seed)
    assert len(ours) == len(theirs)
    for a, b in zip(ours, theirs):
        assert (a is None and b is None) or (a.dtype == b.dtype and np.array_equal(a, b))


def test_a_syndication_worker_imports_no_datasketch():
    """What syndication_clusters hands its worker process signs texts without importing
    datasketch (0.32 CPU s a worker, most of it scipy.integrate). Fails before speed10."""
    import subprocess
    import sys

    code = ("import sys, numpy as np\n"
            "from analysis.tone.syndication import _signatures\n"
            "a = np.arange(1, 257, 2, dtype=np.uint32); b = np.arange(128, dtype=np.uint32)\n"
            "out = _signatures(['the monitor said the war killed rebels in aleppo'], 5, 128, 1,"
            " permutations=(a, b), scheme='affine32')\n"
            "assert out[0].shape == (128,)\n"
            "print('datasketch' in sys.modules)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "False"
