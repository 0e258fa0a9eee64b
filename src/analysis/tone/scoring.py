"""Tone scores of one sentence: TextBlob, VADER (fast ports behind a version guard, in
tone.ports) and the shipped linear model.

Public API: ENGINES, DEFAULT_ENGINES, ENGINE_COLUMNS, ENGINE_SCORE, score_sentence,
textblob_scores, vader_scores, model_tokens, lexicon_features, dense_features, ToneModel,
load_model, tone_label.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

import numpy as np

from . import ports as scorers


ENGINES = ("textblob", "vader", "model")
DEFAULT_ENGINES = ("textblob", "vader")
ENGINE_COLUMNS = {
    "textblob": ["textblob_polarity", "textblob_subjectivity"],
    "vader": ["vader_compound"],
    "model": ["model_score"],
}
# The column each engine is compared on when one number per engine is wanted.
ENGINE_SCORE = {"textblob": "textblob_polarity", "vader": "vader_compound", "model": "model_score"}
MODEL_RESOURCE = "tone_model.json"


def textblob_scores(text: str) -> tuple[float, float]:
    """TextBlob's (polarity, subjectivity), from textblob_port (on a verified textblob; see
    scorers): the library's algorithm and
    lexicon, 4-5x faster, equal (==) to `TextBlob(text).sentiment` on every corpus sentence
    (benchmarks/bench_sentiment_ports.py, tests/test_textblob_port.py)."""
    pol, subj = scorers.textblob_sentiment(text)
    return float(pol), float(subj)


def vader_scores(text: str) -> dict[str, float]:
    """VADER's scores, from vader_port (on a verified vaderSentiment; see scorers): the
    library's algorithm and lexicon, 3-5x faster per
    sentence, equal (==) to SentimentIntensityAnalyzer().polarity_scores on every corpus
    sentence (benchmarks/bench_sentiment_ports.py, tests/test_vader_port.py)."""
    return scorers.vader_polarity_scores(text)


TOKEN_RE = re.compile(r"[a-z]+(?:['’][a-z]+)?|[.,;:!?]")
NEGATORS = {"not", "no", "never", "nor", "without", "cannot", "hardly"}


def model_tokens(text: str) -> list[str]:
    """Lower-cased words; up to three words after a negator get a 'not_' prefix, so
    "not good" and "good" are different features."""
    out, scope = [], 0
    for t in TOKEN_RE.findall(text.lower()):
        if t in ".,;:!?":
            scope = 0
            continue
        t = t.replace("’", "'")
        if t in NEGATORS or t.endswith("n't"):
            out.append(t)
            scope = 3
            continue
        out.append("not_" + t if scope > 0 else t)
        scope = max(scope - 1, 0)
    return out


def lexicon_features(tokens: list[str]) -> tuple[float, float, float]:
    """Sums of VADER-lexicon positive and negative valence (negated words flip at half
    strength) and their length-normalised balance: domain-general evidence the bag of
    words cannot learn from a few thousand training sentences."""
    lex = scorers.vader_lexicon()
    pos = neg = 0.0
    for t in tokens:
        negated = t.startswith("not_")
        w = lex.get(t[4:] if negated else t, 0.0)
        if negated:
            w = -0.5 * w
        if w > 0:
            pos += w
        else:
            neg -= w
    return pos / 4, neg / 4, (pos - neg) / math.sqrt(max(len(tokens), 1)) / 4


DENSE_FEATURES = ["tb_polarity", "tb_subjectivity", "vd_compound", "vd_pos", "vd_neg", "lex_pos", "lex_neg", "lex_balance"]


def dense_features(text: str, tb: tuple[float, float] | None = None, vd: dict | None = None, tokens=None) -> list[float]:
    """The model's engine and lexicon features; pass engine scores already computed to reuse them."""
    tb = tb if tb is not None else textblob_scores(text)
    vd = vd if vd is not None else vader_scores(text)
    tokens = tokens if tokens is not None else model_tokens(text)
    return [tb[0], tb[1], vd["compound"], vd["pos"], vd["neg"], *lexicon_features(tokens)]


class ToneModel:
    """Multinomial logistic regression read from JSON; score = P(positive) - P(negative)."""

    def __init__(self, spec: dict):
        self.spec = spec
        self.classes = spec["classes"]
        self.intercept = np.asarray(spec["intercept"], dtype=float)
        self.dense = np.asarray(spec["dense_weights"], dtype=float) * float(spec["dense_scale"])
        self.index = {k: i for i, k in enumerate(spec["vocab"])}
        self.weights = np.asarray(list(spec["vocab"].values()), dtype=float).reshape(-1, len(self.classes))
        self._pos, self._neg = self.classes.index(1), self.classes.index(-1)
        self.thresholds = {k: tuple(v) for k, v in spec.get("thresholds", {}).items()}
        if spec["dense_features"] != DENSE_FEATURES:
            raise ValueError("tone model was trained on other features; rerun scripts/train_tone_model.py")

    def score(self, text: str, tb=None, vd=None) -> float:
        tokens = model_tokens(text)
        z = self.intercept + np.asarray(dense_features(text, tb, vd, tokens)) @ self.dense
        # sorted: a set's order varies between processes, and so would the float sum
        idx = sorted(i for i in map(self.index.get, set(tokens)) if i is not None)
        if idx:
            z = z + self.weights[idx].sum(axis=0)
        z = np.exp(z - z.max())
        return float((z[self._pos] - z[self._neg]) / z.sum())


@lru_cache(maxsize=1)
def load_model() -> ToneModel:
    """The shipped model, read from the installed package (no network)."""
    text = resources.files("analysis").joinpath("models", MODEL_RESOURCE).read_text(encoding="utf-8")
    return ToneModel(json.loads(text))


def tone_label(score: float, engine: str = "textblob") -> str:
    """'negative', 'neutral' or 'positive' with the thresholds chosen on NewsMTSC train."""
    lo, hi = load_model().thresholds[engine]
    return "negative" if score < lo else ("positive" if score > hi else "neutral")


def score_sentence(text: str, engines=DEFAULT_ENGINES) -> dict[str, float]:
    """Scores of one sentence for the requested engines; TextBlob and VADER run once even
    when the model reuses them."""
    unknown = set(engines) - set(ENGINES)
    if unknown:
        raise ValueError(f"unknown tone engine(s) {sorted(unknown)}; choose from {ENGINES}")
    out: dict[str, float] = {}
    tb = textblob_scores(text) if ("textblob" in engines or "model" in engines) else None
    vd = vader_scores(text) if ("vader" in engines or "model" in engines) else None
    if "textblob" in engines:
        out["textblob_polarity"], out["textblob_subjectivity"] = tb
    if "vader" in engines:
        out["vader_compound"] = vd["compound"]
    if "model" in engines:
        out["model_score"] = load_model().score(text, tb, vd)
    return out
