"""The training-time probes of scripts/probe_tone_students.py (docs/accuracy.md, Tone, What was tried): the
tokenlearn fit solves its least-squares problem, and its pooling is the engine's own mean of
word vectors, so the probe measures vectors the engine would read the same way."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import probe_tone_students as probe  # noqa: E402
from analysis import tone  # noqa: E402

WORDS = ["good", "bad", "war", "peace", "talks", "army", "rebels", "the"]


def _random_problem(seed: int, n_sent: int = 300, n_words: int = 40, dims: int = 5):
    rng = np.random.default_rng(seed)
    vocab = [f"w{i}" for i in range(n_words)]
    index = {w: i for i, w in enumerate(vocab)}
    sentences = [list(rng.choice(vocab, size=rng.integers(3, 12))) for _ in range(n_sent)]
    return probe.pool_matrix(sentences, index), rng.normal(size=(n_words, dims)), rng.normal(size=(n_words, dims))


def test_tokenlearn_fit_recovers_vectors_that_explain_the_sentences():
    A, W_true, W0 = _random_problem(0)
    W = probe.fit_vectors(A, A @ W_true, W0, lam=1e-9, iters=2000)
    assert np.abs(W - W_true).max() < 1e-3


def test_tokenlearn_fit_stays_at_the_prior_under_a_heavy_penalty_and_solves_the_normal_equations():
    A, W_true, W0 = _random_problem(1)
    Y = A @ W_true
    assert np.abs(probe.fit_vectors(A, Y, W0, lam=1e9) - W0).max() < 1e-6
    lam = 0.05
    W = probe.fit_vectors(A, Y, W0, lam=lam, iters=2000)
    gradient = A.T @ (A @ W - Y) + lam * (W - W0)
    assert np.abs(gradient).max() < 1e-6


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["not_good", "not_war", "unknownword", "not_unknown"]), max_size=15))
def test_probe_pooling_is_the_engines_mean_word_vector(tokens):
    table = np.arange(len(WORDS) * 3, dtype=float).reshape(-1, 3) - 7
    vectors = tone.WordVectors(WORDS, table, 1.0, 1.0)  # negation sign 1, as the probe pools
    A = probe.pool_matrix([tokens], {w: i for i, w in enumerate(WORDS)})
    assert np.allclose((A @ table)[0], vectors.mean(tokens))


def test_blend_weights_never_see_the_folds_own_ratings():
    rng = np.random.default_rng(3)
    y, hybrid, extra = rng.normal(size=(3, 200))
    fold = np.repeat(np.arange(5), 40)
    before = probe.blend_scores(y, fold, hybrid, extra)
    y2 = y.copy()
    y2[fold == 2] = rng.normal(size=40) * 10  # only fold 3's own ratings change
    after = probe.blend_scores(y2, fold, hybrid, extra)
    assert np.allclose(before[fold == 2], after[fold == 2])
    assert not np.allclose(before[fold != 2], after[fold != 2])


def test_probe_reads_the_trainers_constants_without_importing_it(monkeypatch):
    import train_tone_hybrid as trainer
    monkeypatch.setattr(probe, "trainer", None)  # as in the training venv
    for name in ("TEACHER_ALPHA", "D_ALPHA", "DENSE_SCALE"):
        assert probe.trainer_constant(name) == getattr(trainer, name)
