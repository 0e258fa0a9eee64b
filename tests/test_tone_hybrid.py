"""The hybrid tone engine: shipped offline, scores every sentence, same score in every process,
tone towards a mention, and its recorded cross-validated agreement beats the lexicons'."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from analysis import pipeline, tone

REPO = Path(__file__).resolve().parents[1]
SPEC_PATH = REPO / "src" / "analysis" / "models" / tone.HYBRID_RESOURCE
from analysis.tone.scoring import hybrid_spec  # noqa: E402


def test_loads_from_the_package_without_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the hybrid tone model must not touch the network")

    monkeypatch.setattr(socket, "socket", no_network)
    tone.load_hybrid.cache_clear()
    model = tone.load_hybrid()
    assert hybrid_spec()["dense_features"] == tone.DENSE_FEATURES
    lo, hi = model.thresholds
    assert lo <= hi
    assert np.isfinite(tone.score_sentence("Rebels shelled the city.", ("hybrid",))["hybrid_score"])


def test_pipeline_offers_every_tone_engine():
    assert pipeline.TONE_ENGINES == tone.ENGINES
    assert tone.BEST_ENGINE in tone.ENGINES


@pytest.mark.parametrize("seed", range(3))
def test_every_generated_sentence_gets_a_finite_score(seed):
    """Random strings of words, punctuation, digits and non-Latin letters: never NaN, never an error."""
    rng = np.random.default_rng(seed)
    alphabet = list("abcdefghij klmnop,.;!?'’\"-0123456789") + ["é", "ß", "я", "ش", "😀", "\n"]
    words = ["not", "good", "bad", "never", "killed", "peace", "no", "great", "terrible", "the"]
    for _ in range(200):
        pieces = [rng.choice(words) if rng.random() < 0.5 else "".join(rng.choice(alphabet, rng.integers(0, 8)))
                  for _ in range(rng.integers(0, 12))]
        text = " ".join(pieces)
        score = tone.score_sentence(text, ("hybrid",))["hybrid_score"]
        assert np.isfinite(score)
        assert tone.tone_label(score, "hybrid") in ("negative", "neutral", "positive")


def test_negation_lowers_a_positive_sentence():
    score = lambda s: tone.score_sentence(s, ("hybrid",))["hybrid_score"]  # noqa: E731
    assert score("The talks were a success.") > score("The talks were not a success.")


def test_tone_towards_a_mention_sums_to_one_and_reads_the_clause():
    text = "Analysts praised Smith for the ceasefire, but they condemned Jones for the massacre."
    smith = tone.tone_towards(text, text.index("Smith"), text.index("Smith") + 5)
    jones = tone.tone_towards(text, text.index("Jones"), text.index("Jones") + 5)
    for t in (smith, jones):
        assert abs(t["negative"] + t["neutral"] + t["positive"] - 1) < 1e-9
    assert smith["positive"] - smith["negative"] > jones["positive"] - jones["negative"]


def test_hybrid_score_is_identical_across_processes():
    """Python's string hashing differs per process; the score must not."""
    code = ("from analysis import tone; print(repr(tone.score_sentence("
            "'The brutal assault killed many civilians, officials said.', ('hybrid',))['hybrid_score']))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout
            for seed in (1, 2, 3)}
    assert len(outs) == 1, outs


def test_spec_records_grouped_cross_validation():
    cv = hybrid_spec()["cv"]
    assert "editorial" in cv["nyt_grouping"] and "article" in cv["newsmtsc_grouping"]
    assert len(cv["nyt_fold_r"]) == 5
    assert cv["newsmtsc_devtest_dropped_train_sentences"] > 0  # devtest's articles/events left out


@pytest.mark.corpus
def test_cross_validated_agreement_beats_the_lexicons_measured_now():
    """The trainer's CV figures (written into the spec) against VADER and TextBlob measured here."""
    from scipy.stats import pearsonr

    from conftest import corpus_or_skip

    import corpora  # benchmarks/corpora.py (development only)

    nyt = corpus_or_skip(corpora.load_nyt)
    cv = hybrid_spec()["cv"]
    for engine in ("vader", "textblob"):
        col = tone.ENGINE_SCORE[engine]
        r = pearsonr([tone.score_sentence(s, (engine,))[col] for s in nyt["sentence"]], nyt["human_mean"])[0]
        assert cv["nyt_pearson_r"] > r + 0.03, (engine, r)


def test_word_vectors_ship_small_and_load_without_torch(monkeypatch):
    """The distilled vectors are a small int8 table read by numpy alone: no torch, no network."""
    path = SPEC_PATH.parent / tone.VECTORS_RESOURCE
    assert path.stat().st_size < 3_000_000
    monkeypatch.setitem(sys.modules, "torch", None)  # importing torch would now fail
    monkeypatch.setattr(socket, "socket", lambda *a, **k: (_ for _ in ()).throw(AssertionError("network")))
    tone.load_word_vectors.cache_clear()
    vectors = tone.load_word_vectors()
    assert vectors.table.shape == (len(vectors.words), hybrid_spec()["vector_dims"])
    assert np.isfinite(vectors.table).all()
    assert "peace" in vectors.index and "massacre" in vectors.index


def test_word_vector_mean_ignores_unknown_words_and_marks_negation():
    vectors = tone.WordVectors(["good", "bad"], np.array([[2, 0], [0, 4]], dtype=np.int8), 0.5, negated_sign=-1.0)
    assert vectors.mean([]).tolist() == [0.0, 0.0]
    assert vectors.mean(["zzz", "good"]).tolist() == [1.0, 0.0]
    assert vectors.mean(["good", "bad"]).tolist() == [0.5, 1.0]
    assert vectors.mean(["not_good"]).tolist() == [-1.0, 0.0]


def test_folded_sentence_score_equals_the_stacked_formula():
    """sentence_score folds each word's vector into three numbers; it must give the trained score."""
    model = tone.load_hybrid()
    for text in ["The brutal assault killed many civilians, officials said.", "Peace talks were not a success.",
                 "", "zzqx", "Hope returned to the city after the ceasefire held."]:
        tokens = tone.model_tokens(text)
        dense = tone.dense_features(text, tokens=tokens)
        assert model.sentence_score(tokens, dense) == pytest.approx(model.stacked_sentence_score(tokens, dense), abs=1e-9)


def test_shipped_model_carries_the_distilled_teacher_part():
    """Part D (the run-time student of the MiniLM sentence-embedding teacher) is trained and weighed:
    a retrain without --teacher would silently ship the weaker engine."""
    spec = hybrid_spec()
    assert spec["params"]["teacher"] == "all-MiniLM-L6-v2"
    model = tone.load_hybrid()
    assert np.abs(model.weights[:, tone.D_COL]).max() > 0
    assert model.stack[tone.scoring.STACK_PARTS.index("D")] != 0
