"""Probes behind the README's 'What was tried' rows for the hybrid tone engine (training time only).

Two routes to more of the transformer's reading at today's run-time cost, measured on the NYT
editorial sentences with 5-fold CV grouped by editorial (as scripts/train_tone_hybrid.py does):

- collect: unlabelled news sentences (FA-KES dev articles, WCXB dev bodies; 40-300 characters, six
  or more words, deduplicated, shuffled with a fixed seed) as a sentence-only JSON for
  distill_tone_vectors.py --sentences; the trainer's --unlabelled reads them (pseudo-labels for D).
- tokenlearn: word vectors fitted so that the mean of a sentence's word vectors matches its full
  all-MiniLM-L6-v2 embedding (PCA to the shipped 64 dimensions; the tokenlearn/model2vec idea),
  a ridge shrunk towards the word-alone vectors the engine ships. Fitted on the snippets, NewsMTSC
  train and unlabelled sentences, never on an NYT or devtest sentence, and probed by a ridge on
  the mean vectors alone (the shipped and the ideal vectors probed the same way).

    nice .venv/bin/python scripts/probe_tone_students.py collect /tmp/unl.json
    HF_HUB_OFFLINE=1 nice TRAIN-VENV/bin/python scripts/distill_tone_vectors.py /tmp/unl.json /tmp/unl.npz --sentences
    nice .venv/bin/python scripts/probe_tone_students.py tokenlearn RAW.npz /tmp/unl.json /tmp/unl.npz [--limit N]

RAW.npz: distill_tone_vectors.py --sentences on the trainer's --dump-words file (word and sentence vectors).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from scipy.stats import pearsonr
from sklearn.decomposition import PCA
from sklearn.linear_model import Ridge
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))  # corpora.py (development only)
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora  # noqa: E402
import train_tone_hybrid as trainer  # noqa: E402
from analysis import tone  # noqa: E402
from analysis.text.sentences import split_sentences  # noqa: E402

MIN_CHARS, MAX_CHARS, MIN_WORDS = 40, 300, 6  # a sentence, not a caption, dateline or run-on page text
SEED = 0
LAMBDAS = (0.01, 0.1, 0.3, 1.0)  # shrinkage towards the word-alone vectors
PROBE_ALPHAS = (1, 3, 10, 30)


def collect(out: Path) -> None:
    seen, sentences = set(), []
    texts = [str(t) for t in corpora.load_fakes()["article_content"]]
    texts += [r.get("gold_body") or r.get("text") or "" for r in corpora.load_wcxb()]
    for text in texts:
        for a, b in split_sentences(text):
            s = " ".join(text[a:b].split())
            if MIN_CHARS <= len(s) <= MAX_CHARS and len(tone.model_tokens(s)) >= MIN_WORDS and s not in seen:
                seen.add(s)
                sentences.append(s)
    random.Random(SEED).shuffle(sentences)
    out.write_text(json.dumps({"vocab": [], "texts": sentences}), encoding="utf-8")
    print(f"wrote {out}: {len(sentences)} sentences")


def pool_matrix(token_lists, index) -> csr_matrix:
    """Sentences x vocabulary: the mean over known tokens (tone.WordVectors.mean, negation sign 1)."""
    r, c, v = [], [], []
    for k, toks in enumerate(token_lists):
        ids = [index[w] for w in (t[4:] if t.startswith("not_") else t for t in toks) if w in index]
        if ids:  # no known word: a zero row, as WordVectors.mean gives a zero vector
            r += [k] * len(ids)
            c += ids
            v += [1.0 / len(ids)] * len(ids)
    return csr_matrix((v, (r, c)), shape=(len(token_lists), len(index)))


def quantize(E: np.ndarray) -> np.ndarray:
    """As trainer.reduce_vectors ships them: unit sd, int8 with one scale."""
    E = E / E.std()
    scale = np.abs(E).max() / 127
    return np.round(E / scale) * scale


def fit_vectors(A: csr_matrix, Y: np.ndarray, W0: np.ndarray, lam: float, iters: int = 300) -> np.ndarray:
    """argmin ||A W - Y||^2 + lam ||W - W0||^2 by conjugate gradients (one per column, vectorized)."""
    At = A.T.tocsr()
    op = lambda X: At @ (A @ X) + lam * X  # noqa: E731
    B = At @ (Y - A @ W0)
    X = np.zeros_like(B)
    R = B.copy()
    P = R.copy()
    rs = (R * R).sum(0)
    stop = 1e-7 * np.sqrt((B * B).sum(0).max())
    for _ in range(iters):
        AP = op(P)
        step = rs / np.maximum((P * AP).sum(0), 1e-300)
        X += P * step
        R -= AP * step
        rs_new = (R * R).sum(0)
        if np.sqrt(rs_new.max()) < stop:
            break
        P = R + P * (rs_new / rs)
        rs = rs_new
    return W0 + X


def tokenlearn(raw: Path, unl_json: Path, unl_npz: Path, limit: int) -> None:
    data = trainer.load_data()
    with np.load(raw, allow_pickle=False) as z:
        vocab, W_alone, S = list(z["vocab"]), z["word_vectors"].astype(float), z["sentence_vectors"].astype(float)
    with np.load(unl_npz, allow_pickle=False) as z:
        U = z["sentence_vectors"][:limit].astype(float)
    unl_tokens = [tone.model_tokens(s) for s in json.loads(unl_json.read_text(encoding="utf-8"))["texts"][:len(U)]]
    index = {w: i for i, w in enumerate(vocab)}
    nyt = np.flatnonzero(data.kind == "nyt")
    y, folds = data.y[nyt], list(GroupKFold(trainer.FOLDS).split(nyt, groups=data.group[nyt]))

    def probe(name, X):
        rs = []
        for alpha in PROBE_ALPHAS:
            oof = np.zeros(len(nyt))
            for tr, te in folds:
                oof[te] = Ridge(alpha=alpha).fit(X[tr], y[tr]).predict(X[te])
            rs.append(pearsonr(oof, y)[0])
        print(f"{name}: NYT grouped CV r " + ", ".join(f"{r:.3f} (alpha {a})" for r, a in zip(rs, PROBE_ALPHAS)), flush=True)

    fit_rows = np.flatnonzero(np.isin(data.kind, ["snippet", "newsmtsc"]))
    A = pool_matrix([data.tokens[i] for i in fit_rows] + unl_tokens, index)
    Y_raw = np.vstack([S[fit_rows], U])
    pca = PCA(trainer.VECTOR_DIMS, svd_solver="full").fit(Y_raw)
    A_nyt = pool_matrix([data.tokens[i] for i in nyt], index)
    probe(f"full MiniLM sentence embedding, PCA {trainer.VECTOR_DIMS} (the ideal)", pca.transform(S[nyt]))
    probe("word-alone vectors as shipped (PCA of the words, int8)",
          A_nyt @ quantize(PCA(trainer.VECTOR_DIMS, svd_solver="full").fit_transform(W_alone)))
    Y, W0 = pca.transform(Y_raw), pca.transform(W_alone)
    print(f"tokenlearn fit on {len(fit_rows)} rated + {len(U)} unlabelled sentences", flush=True)
    for lam in LAMBDAS:
        probe(f"tokenlearn vectors, lambda {lam}", A_nyt @ quantize(fit_vectors(A, Y, W0, lam)))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("out", type=Path)
    t = sub.add_parser("tokenlearn")
    t.add_argument("raw", type=Path)
    t.add_argument("unl_json", type=Path)
    t.add_argument("unl_npz", type=Path)
    t.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    if args.cmd == "collect":
        collect(args.out)
    else:
        tokenlearn(args.raw, args.unl_json, args.unl_npz, args.limit)


if __name__ == "__main__":
    main()
