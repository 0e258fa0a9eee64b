"""Train the `model` tone engine from NewsMTSC train and write src/analysis/models/tone_model.json.

Only newsmtsc_train.jsonl is read: the NYT sentences and NewsMTSC devtest are evaluation data
(benchmarks/bench_tone.py). The model is a multinomial logistic regression (negative / neutral /
positive) over TextBlob and VADER sentence scores, VADER-lexicon sums and a bag of lower-cased
words with negation marking. Strong L2 regularisation (C=0.03) on a feature scale of 3 for the
engine/lexicon features keeps the lexicon evidence in charge and lets the bag of words only
correct it, because the score has to transfer from US political news to war reporting.
Thresholds that turn a score into a label are chosen for every engine on train (for the model,
on 5-fold out-of-fold predictions), by macro-F1 over the per-target labels.

    .venv/bin/python scripts/train_tone_model.py
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))  # corpora.py (development only)

import corpora  # noqa: E402
from analysis import tone  # noqa: E402

C = 0.03
DENSE_SCALE = 3.0
MIN_DF = 3
OUT = Path(tone.__file__).resolve().parents[1] / "models" / tone.MODEL_RESOURCE


def sentence_label(row: dict) -> int:
    """-1/0/+1 from the mean of the row's target polarities (2 negative, 4 neutral, 6 positive)."""
    return int(np.sign(np.mean([t["polarity"] for t in row["targets"]]) - 4))


def per_target(rows: list[dict], scores) -> tuple[np.ndarray, np.ndarray]:
    """One (sentence score, target label) pair per target, as NewsMTSC is scored."""
    s, y = [], []
    for r, sc in zip(rows, scores):
        for t in r["targets"]:
            s.append(sc)
            y.append(int(np.sign(t["polarity"] - 4)))
    return np.asarray(s), np.asarray(y)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)

    rows = corpora.load_newsmtsc(corpora.NEWSMTSC_TRAIN)
    sents = [r["sentence_normalized"] for r in rows]
    y = np.array([sentence_label(r) for r in rows])
    tb = [tone.textblob_scores(s) for s in sents]
    vd = [tone.vader_scores(s) for s in sents]
    dense = np.array([tone.dense_features(s, t, v) for s, t, v in zip(sents, tb, vd)])

    vec = CountVectorizer(analyzer=tone.model_tokens, min_df=MIN_DF, binary=True)
    bow = vec.fit_transform(sents)
    X = hstack([bow, csr_matrix(dense * DENSE_SCALE)]).tocsr()
    clf = LogisticRegression(C=C, max_iter=5000)
    oof = cross_val_predict(clf, X, y, cv=StratifiedKFold(5, shuffle=True, random_state=0), method="predict_proba")
    clf.fit(X, y)
    classes = [int(c) for c in clf.classes_]
    oof_score = oof[:, classes.index(1)] - oof[:, classes.index(-1)]

    thresholds, train_f1 = {}, {}
    for engine, scores in [
        ("textblob", [t[0] for t in tb]),
        ("vader", [v["compound"] for v in vd]),
        ("model", oof_score),
    ]:
        lo, hi, f = corpora.best_thresholds(*per_target(rows, scores))
        thresholds[engine], train_f1[engine] = [lo, hi], round(f, 4)

    n_vocab = bow.shape[1]
    coef = clf.coef_  # classes x features
    names = vec.get_feature_names_out()
    vocab = {
        str(names[j]): [round(float(w), 5) for w in coef[:, j]]
        for j in range(n_vocab)
        if np.abs(coef[:, j]).max() >= 1e-4
    }
    spec = {
        "description": "Sentence tone: multinomial logistic regression; score = P(positive) - P(negative).",
        "trained_on": corpora.NEWSMTSC_TRAIN,
        "n_sentences": len(rows),
        "created_by": "scripts/train_tone_model.py",
        "date": date.today().isoformat(),
        "params": {"C": C, "min_df": MIN_DF},
        "classes": classes,
        "intercept": [round(float(b), 6) for b in clf.intercept_],
        "dense_features": tone.DENSE_FEATURES,
        "dense_scale": DENSE_SCALE,
        "dense_weights": [[round(float(w), 6) for w in coef[:, n_vocab + k]] for k in range(len(tone.DENSE_FEATURES))],
        "vocab": dict(sorted(vocab.items())),
        "thresholds": thresholds,
        "train_macro_f1": train_f1,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(spec, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(vocab)} words)")
    print("thresholds", thresholds)
    print("train macro-F1 (model out-of-fold)", train_f1)


if __name__ == "__main__":
    main()
