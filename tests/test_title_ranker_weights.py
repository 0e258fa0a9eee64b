"""The headline ranker's row weights (scripts/title_cv.py --markup-weight: pages labelled by their
markup count less than gold ones) reach the trees: scaling every weight alike changes nothing, and
a heavier row pulls the score its way. Generated rows and labels."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import train_line_model as tlm  # noqa: E402

N_FEATURES = 4
FAR = 10.0  # a probe row outside the generated values, so the trees can give it a leaf of its own


@st.composite
def _rows(draw):
    n = draw(st.integers(8, 20))
    X = np.array(draw(st.lists(st.lists(st.integers(-5, 5), min_size=N_FEATURES, max_size=N_FEATURES),
                               min_size=n, max_size=n)), dtype=float)
    y = np.array(draw(st.lists(st.integers(0, 1), min_size=n, max_size=n)))
    y[0], y[1] = 0, 1  # both classes
    return X, y


def _scores(trees, X):
    return [tlm._tree_logit(trees, list(r)) for r in X]


# no shrinking: each example fits 400 trees several times
@settings(max_examples=4, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(_rows(), st.sampled_from([0.5, 2.0, 4.0]))  # powers of two: every sum and ratio of the fit scales exactly (3.0 moved a tied split)
def test_weights_reach_the_ranker(data, scale):
    X, y = data
    plain = tlm.fit_trees(X, y)
    assert plain == tlm.fit_trees(X, y, None)  # no weights: the shipped ranker's fit
    assert np.allclose(_scores(tlm.fit_trees(X, y, np.full(len(y), scale)), X), _scores(plain, X), atol=1e-4)
    # the same far row twice, once a headline and once not: weighting the headline up raises its score
    Xp = np.vstack([X, np.full((2, N_FEATURES), FAR), np.full((2, N_FEATURES), FAR)])
    yp = np.r_[y, 1, 0, 1, 0]
    even = tlm.fit_trees(Xp, yp)
    heavy = tlm.fit_trees(Xp, yp, np.r_[np.ones(len(y)), 4.0, 1.0, 4.0, 1.0])
    probe = [[FAR] * N_FEATURES]
    assert _scores(heavy, probe)[0] > _scores(even, probe)[0]


@settings(max_examples=3, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(_rows(), st.integers(2, 3))
def test_bagged_ranker_is_the_mean_of_its_seeds(data, bag):
    """title_cv.py --bag: one exported ensemble scores every row as the mean of the `bag` single-seed
    ensembles of seeds SEED * bag ... SEED * bag + bag - 1; bag 1 is the shipped single ensemble."""
    X, y = data
    assert tlm.fit_trees(X, y, bag=1) == tlm.fit_trees(X, y)
    saved = tlm.SEED
    try:
        singles = []
        for j in range(bag):
            tlm.SEED = saved * bag + j
            singles.append(_scores(tlm.fit_trees(X, y, bag=1), X))
    finally:
        tlm.SEED = saved
    bagged = tlm.fit_trees(X, y, bag=bag)
    assert len(bagged["value"]) == bag * tlm.TITLE_TREES
    assert np.allclose(_scores(bagged, X), np.mean(singles, axis=0), atol=1e-4)
