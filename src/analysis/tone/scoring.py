"""Tone scores of one sentence: TextBlob, VADER (fast ports behind a version guard, in
tone.ports), the shipped linear model and the shipped hybrid model (HybridModel, below).

Public API: ENGINES, DEFAULT_ENGINES, BEST_ENGINE, ENGINE_COLUMNS, ENGINE_SCORE, SCORE_SCALES, score_sentence,
tone_towards, textblob_scores, vader_scores, model_tokens, lexicon_features, dense_features,
ToneModel, load_model, HybridModel, load_hybrid, HYBRID_RESOURCE, WordVectors, load_word_vectors,
sentence_terms, target_context, target_terms, tone_label.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from functools import lru_cache
from importlib import resources

import numpy as np

from . import ports as scorers


ENGINES = ("textblob", "vader", "model", "hybrid")
DEFAULT_ENGINES = ("textblob", "vader")
ENGINE_COLUMNS = {
    "textblob": ["textblob_polarity", "textblob_subjectivity"],
    "vader": ["vader_compound"],
    "model": ["model_score"],
    "hybrid": ["hybrid_score"],
}
# The column each engine is compared on when one number per engine is wanted.
ENGINE_SCORE = {"textblob": "textblob_polarity", "vader": "vader_compound", "model": "model_score",
                "hybrid": "hybrid_score"}
# The engine a published comparison should use: best cross-validated agreement with human readers
# (docs/accuracy.md, Tone; notebook 03 names it). TextBlob stays the default, as the design card asks.
BEST_ENGINE = "hybrid"
DEFAULT_TONE_ENGINE = "textblob"  # what notebook 03 scores when --tone-engine is not given (= the pipeline's default, tested)
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


# --------------------------------------------------------------------------- hybrid engine
# The `hybrid` tone engine: lexicon scores plus word and word-pair weights learned from human ratings.
#
# Why: TextBlob and VADER agree with news readers only moderately (Pearson r 0.31 and 0.50 on NYT
# editorial sentences), and the older `model` engine learned from NewsMTSC alone. `hybrid` is
# trained by scripts/train_tone_hybrid.py on every human-rated text in ../shared/corpora and
# shipped as gzipped JSON (models/tone_hybrid.json.gz), so nothing is downloaded at run time. It stacks:
#
# - S: a ridge regression on 18,513 rated tweets and review snippets (general tone words);
# - M: a logistic regression on NewsMTSC train sentences (news wording), P(positive) - P(negative);
# - D: a ridge regression that mimics a teacher on the snippets, NewsMTSC sentences and 24,000
#   unlabelled FA-KES/WCXB news sentences: the teacher
#   is a ridge on the full all-MiniLM-L6-v2 sentence embeddings fitted to the NYT ratings, run at
#   training time only, so D carries some of the transformer's reading in word and pair weights;
# - a ridge stacker on the NYT editorial sentences over S, M, D, the TextBlob/VADER features and a
#   word-pair bag, so the sentence score is on the human -4..+4 scale of the NYT ratings;
# - T: a logistic regression on NewsMTSC targets that adds the words around a named target and the
#   lexicon balance of its clause, for tone *towards* a mention ("X praised Y, who ... attacked Z").
#
# Every part also reads the mean of the sentence's static word vectors (WordVectors): vectors
# distilled at training time from the transformer all-MiniLM-L6-v2 (scripts/distill_tone_vectors.py),
# PCA-reduced and int8-quantized into models/tone_vectors.npz, so run time needs numpy only.
#
# score_sentence hands HybridModel the tokens (model_tokens) and engine features (dense_features),
# so TextBlob and VADER run once per sentence whichever engines are requested.

HYBRID_RESOURCE = "tone_hybrid.json.gz"  # gzip-compressed JSON: 3.1 MB of weights pack to a third
# Term weight columns of the JSON (public: the trainer writes them): S, M(-1, 0, +1), NYT stacker
# bag, T(-1, 0, +1), D
S_COL, M_COLS, NYT_COL, T_COLS, D_COL = 0, slice(1, 4), 4, slice(5, 8), 8
N_TERM_COLS = 9
# Order of the stacker's inputs ahead of the dense features (stack_coef).
STACK_PARTS = ("S", "M", "D")
# Words either side of a target that get their own weights in T ("L:" before, "R:" after).
TARGET_WINDOW = 4
# A clause ends at these: the target's clause is the text between the nearest ones around it.
CLAUSE_BREAK_RE = re.compile(r"[,;:()\u2014\u2013]|\b(?:but|while|whereas|though|although)\b", re.IGNORECASE)


def sentence_terms(tokens: list[str]) -> list[str]:
    """The bag the engine weighs: words (negation-marked by tone.model_tokens) and adjacent pairs."""
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]


def target_context(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(text before the target, text after it, the target's clause without the target)."""
    before, after = text[:start], text[end:]
    clause = CLAUSE_BREAK_RE.split(before)[-1] + " " + CLAUSE_BREAK_RE.split(after)[0]
    return before, after, clause


def target_terms(before: list[str], after: list[str], clause: list[str]) -> list[str]:
    """T's own terms from the tokens of target_context's three pieces."""
    return ([f"L:{t}" for t in before[-TARGET_WINDOW:]] + [f"R:{t}" for t in after[:TARGET_WINDOW]]
            + [f"C:{t}" for t in clause])


class WordVectors:
    """Static word vectors (word -> d numbers, int8 x one scale) read from an .npz (no pickle).
    A sentence's vector is the mean over its known tokens; a negation-marked token ("not_good")
    counts as its word times `negated_sign`."""

    def __init__(self, words, table: np.ndarray, scale: float, negated_sign: float):
        self.words = [str(w) for w in words]
        self.index = {w: i for i, w in enumerate(self.words)}
        self.table = np.asarray(table, dtype=float) * float(scale)
        self.negated_sign = float(negated_sign)

    def rows(self, tokens: list[str]) -> tuple[list[int], list[float]]:
        """(row, sign) of every known token, in token order."""
        rows, signs = [], []
        for t in tokens:
            negated = t.startswith("not_")
            i = self.index.get(t[4:] if negated else t)
            if i is not None:
                rows.append(i)
                signs.append(self.negated_sign if negated else 1.0)
        return rows, signs

    def mean(self, tokens: list[str]) -> np.ndarray:
        rows, signs = self.rows(tokens)
        if not rows:
            return np.zeros(self.table.shape[1])
        return np.asarray(signs) @ self.table[rows] / len(rows)

    @classmethod
    def from_npz(cls, source) -> "WordVectors":
        with np.load(source, allow_pickle=False) as z:
            return cls(z["words"], z["vectors"], float(z["scale"]), float(z["negated_sign"]))


VECTORS_RESOURCE = "tone_vectors.npz"


@lru_cache(maxsize=1)
def load_word_vectors() -> WordVectors:
    """The shipped word vectors, read from the installed package (no network)."""
    with resources.files("analysis").joinpath("models", VECTORS_RESOURCE).open("rb") as f:
        return WordVectors.from_npz(f)


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max())
    return e / e.sum()


class HybridModel:
    """The stacked model read from JSON (see the module docstring); pure numpy at run time."""

    def __init__(self, spec: dict, vectors: WordVectors | None = None):
        """`vectors`: the word vectors the spec was trained with (default: the shipped ones when
        the spec names them, none otherwise)."""
        self.spec = spec
        n_vec = int(spec.get("vector_dims", 0))
        if n_vec and vectors is None:
            vectors = load_word_vectors()
        if n_vec and vectors.table.shape[1] != n_vec:
            raise ValueError("tone word vectors do not match the hybrid model; rerun scripts/train_tone_hybrid.py")
        self.vectors = vectors if n_vec else None
        self.vector_scale = float(spec.get("vector_scale", 1.0))
        self.index = {k: i for i, k in enumerate(spec["terms"])}
        self.weights = np.asarray(list(spec["terms"].values()), dtype=float).reshape(-1, N_TERM_COLS)
        self.t_index = {k: i for i, k in enumerate(spec["target_terms"])}
        self.t_weights = np.asarray(list(spec["target_terms"].values()), dtype=float).reshape(-1, 3)
        scale = float(spec["dense_scale"])
        self.s_dense = np.asarray(spec["s_dense"], float) * scale
        self.m_dense = np.asarray(spec["m_dense"], float) * scale  # features x 3
        self.t_dense = np.asarray(spec["t_dense"], float) * scale  # (features + clause) x 3
        self.d_dense = np.asarray(spec["d_dense"], float) * scale
        self.s_b, self.m_b, self.t_b = float(spec["s_intercept"]), np.asarray(spec["m_intercept"]), np.asarray(spec["t_intercept"])
        self.d_b = float(spec["d_intercept"])
        self.stack = np.asarray(spec["stack_coef"], float) * float(spec["stack_scale"])
        self.stack_b = float(spec["stack_intercept"])
        self.thresholds = tuple(spec["thresholds"])
        self._fold_sentence_score()

    def _fold_sentence_score(self) -> None:
        """The sentence score is linear in S, D and the stacker's bag, and M's softmax only needs
        the logits' differences from the neutral class, so each term folds into three numbers
        (linear part, negative - neutral, positive - neutral) summed in plain Python: the same
        score as the stacked formula, 3x cheaper than numpy on a sentence's few dozen terms."""
        n_parts = len(STACK_PARTS)
        c_s, c_m, c_dd, c_d = self.stack[0], self.stack[1], self.stack[2], self.stack[n_parts:]
        w = self.weights
        lin = c_s * w[:, S_COL] + c_dd * w[:, D_COL] + w[:, NYT_COL]
        neg = w[:, M_COLS][:, 0] - w[:, M_COLS][:, 1]
        pos = w[:, M_COLS][:, 2] - w[:, M_COLS][:, 1]
        self._rows = list(zip(lin.tolist(), neg.tolist(), pos.tolist()))
        self._const = self.stack_b + c_s * self.s_b + c_dd * self.d_b
        self._c_m = float(c_m)
        self._d_lin = (c_s * self.s_dense + c_dd * self.d_dense + c_d).tolist()
        self._d_neg = (self.m_dense[:, 0] - self.m_dense[:, 1]).tolist()
        self._d_pos = (self.m_dense[:, 2] - self.m_dense[:, 1]).tolist()
        self._b_neg = float(self.m_b[0] - self.m_b[1])
        self._b_pos = float(self.m_b[2] - self.m_b[1])
        # The mean word vector enters linearly, so each word folds into the same three numbers
        # (to be averaged over the sentence's known tokens); the engine features stay in _d_*.
        nd = len(DENSE_FEATURES)
        if self.vectors is not None:
            head = np.column_stack([self._d_lin[nd:], self._d_neg[nd:], self._d_pos[nd:]]) * self.vector_scale
            self._vec_rows = [tuple(r) for r in (self.vectors.table @ head).tolist()]
        self._d_lin, self._d_neg, self._d_pos = self._d_lin[:nd], self._d_neg[:nd], self._d_pos[:nd]

    def vector_features(self, tokens: list[str]) -> np.ndarray:
        """The mean word vector as the model's extra dense features (empty without vectors)."""
        if self.vectors is None:
            return np.zeros(0)
        return self.vectors.mean(tokens) * self.vector_scale

    def _bag(self, tokens: list[str]) -> np.ndarray:
        # sorted: a set's order varies between processes, and so would the float sum
        idx = sorted(i for i in map(self.index.get, set(sentence_terms(tokens))) if i is not None)
        return self.weights[idx].sum(axis=0) if idx else np.zeros(N_TERM_COLS)

    def sentence_score(self, tokens: list[str], dense) -> float:
        """Tone of a sentence on the -4..+4 scale of the NYT human ratings."""
        lin, neg, pos = self._const, self._b_neg, self._b_pos
        # sorted: a set's order varies between processes, and so would the float sums
        for i in sorted(i for i in map(self.index.get, set(sentence_terms(tokens))) if i is not None):
            a, b, c = self._rows[i]
            lin += a
            neg += b
            pos += c
        for x, a, b, c in zip(dense, self._d_lin, self._d_neg, self._d_pos):
            lin += x * a
            neg += x * b
            pos += x * c
        if self.vectors is not None:
            rows, signs = self.vectors.rows(tokens)
            if rows:
                v_lin = v_neg = v_pos = 0.0
                for i, sign in zip(rows, signs):
                    a, b, c = self._vec_rows[i]
                    v_lin += sign * a
                    v_neg += sign * b
                    v_pos += sign * c
                n = len(rows)
                lin += v_lin / n
                neg += v_neg / n
                pos += v_pos / n
        top = max(0.0, neg, pos)  # P(pos) - P(neg) of M's softmax, shifted against overflow
        en, ep, e0 = math.exp(neg - top), math.exp(pos - top), math.exp(-top)
        return float(lin + self._c_m * (ep - en) / (e0 + en + ep))

    def stacked_sentence_score(self, tokens: list[str], dense) -> float:
        """The same score computed part by part as trained (S, M, D, stacker); sentence_score is the
        folded form of this, kept to check the folding."""
        bag = self._bag(tokens)
        d = np.concatenate([np.asarray(dense, float), self.vector_features(tokens)])
        s = self.s_b + bag[S_COL] + d @ self.s_dense
        p = _softmax(self.m_b + bag[M_COLS] + d @ self.m_dense)
        dd = self.d_b + bag[D_COL] + d @ self.d_dense
        feats = np.concatenate([[s, p[2] - p[0], dd], d])
        return float(self.stack_b + feats @ self.stack + bag[NYT_COL])

    def target_probabilities(self, tokens: list[str], dense, t_terms: list[str], clause_lex) -> np.ndarray:
        """P(negative), P(neutral), P(positive) of the tone towards one mention in the sentence."""
        bag = self._bag(tokens)
        idx = sorted(i for i in map(self.t_index.get, set(t_terms)) if i is not None)
        t_bag = self.t_weights[idx].sum(axis=0) if idx else np.zeros(3)
        d = np.concatenate([np.asarray(dense, float), self.vector_features(tokens), np.asarray(clause_lex, float)])
        return _softmax(self.t_b + bag[T_COLS] + t_bag + d @ self.t_dense)


def hybrid_spec() -> dict:
    """The shipped hybrid model's JSON (weights, features, its CV figures), from the installed package."""
    packed = resources.files("analysis").joinpath("models", HYBRID_RESOURCE).read_bytes()
    return json.loads(gzip.decompress(packed).decode("utf-8"))


@lru_cache(maxsize=1)
def load_hybrid() -> HybridModel:
    """The shipped hybrid model, read from the installed package (no network)."""
    return HybridModel(hybrid_spec())


def tone_label(score: float, engine: str = "textblob") -> str:
    """'negative', 'neutral' or 'positive' with the thresholds chosen on NewsMTSC train."""
    lo, hi = load_hybrid().thresholds if engine == "hybrid" else load_model().thresholds[engine]
    return "negative" if score < lo else ("positive" if score > hi else "neutral")


def score_sentence(text: str, engines=DEFAULT_ENGINES) -> dict[str, float]:
    """Scores of one sentence for the requested engines; TextBlob and VADER run once even
    when the model reuses them."""
    unknown = set(engines) - set(ENGINES)
    if unknown:
        raise ValueError(f"unknown tone engine(s) {sorted(unknown)}; choose from {ENGINES}")
    out: dict[str, float] = {}
    learned = "model" in engines or "hybrid" in engines
    tb = textblob_scores(text) if ("textblob" in engines or learned) else None
    vd = vader_scores(text) if ("vader" in engines or learned) else None
    if "textblob" in engines:
        out["textblob_polarity"], out["textblob_subjectivity"] = tb
    if "vader" in engines:
        out["vader_compound"] = vd["compound"]
    if "model" in engines:
        out["model_score"] = load_model().score(text, tb, vd)
    if "hybrid" in engines:
        tokens = model_tokens(text)
        out["hybrid_score"] = load_hybrid().sentence_score(tokens, dense_features(text, tb, vd, tokens))
    return out


def tone_towards(text: str, start: int, end: int) -> dict[str, float]:
    """The hybrid engine's tone of `text` towards the mention text[start:end] (NewsMTSC-style
    target-dependent tone): P(negative), P(neutral), P(positive) and the label."""
    tokens = model_tokens(text)
    before, after, clause = target_context(text, start, end)
    clause_tokens = model_tokens(clause)
    terms = target_terms(model_tokens(before), model_tokens(after), clause_tokens)
    p = load_hybrid().target_probabilities(tokens, dense_features(text, tokens=tokens), terms,
                                           lexicon_features(clause_tokens))
    return {"negative": float(p[0]), "neutral": float(p[1]), "positive": float(p[2]),
            "label": ("negative", "neutral", "positive")[int(np.argmax(p))]}


# What one sentence's score can be, per engine (the engines above): a reader comparing a hybrid
# mean of -0.8 with a TextBlob mean of -0.05 must know they are on different scales.
SCORE_SCALES = {
    "textblob": (-1.0, 1.0, "TextBlob polarity, -1 (negative) to +1 (positive)"),
    "vader": (-1.0, 1.0, "VADER compound, -1 to +1"),
    "model": (-1.0, 1.0, "the model's P(positive) - P(negative), -1 to +1"),
    "hybrid": (-4.0, 4.0, "the hybrid model's estimate of the NYT readers' rating, -4 (very negative) to +4 "
                          "(very positive); a regression, not clipped to that range"),
}
