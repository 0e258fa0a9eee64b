"""Probes behind docs/accuracy.md's 'What was tried' rows for the hybrid tone engine (training time only).

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

- student-data / dan: a non-linear student (a deep averaging network: the mean of learned vectors
  of the engine's own terms plus the engine features and mean word vector, through one tanh layer)
  trained with torch on the teacher's scores of the snippets, NewsMTSC train and unlabelled
  sentences (the teacher fitted on each fold's NYT training editorials only), scored alone and
  blended with the trainer's out-of-fold hybrid scores (blend weights fitted on the other folds).
- fidelity: a ridge student as D fitted on 0 to 24,000 unlabelled sentences, its r with the teacher
  and with the ratings on the first NYT fold (does a larger unlabelled pool help?).
- context: the same blend with the mean hybrid score of the editorial's other sentences.

    nice .venv/bin/python scripts/train_tone_hybrid.py --teacher RAW.npz --unlabelled UNL.json UNL.npz --out /tmp/m.json.gz --oof /tmp/oof.npy
    nice .venv/bin/python scripts/probe_tone_students.py student-data RAW.npz UNL.json UNL.npz /tmp/student.npz
    nice TRAIN-VENV/bin/python scripts/probe_tone_students.py dan /tmp/student.npz /tmp/oof.npy [--hidden 32 --epochs 4]
    nice .venv/bin/python scripts/probe_tone_students.py fidelity /tmp/student.npz
    nice .venv/bin/python scripts/probe_tone_students.py context /tmp/student.npz /tmp/oof.npy

RAW.npz: distill_tone_vectors.py --sentences on the trainer's --dump-words file (word and sentence vectors).
`dan` needs only numpy, scipy, scikit-learn and torch (run it in the training venv); `fidelity` and `context` run in either.
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

try:  # absent in the training venv, which runs only `dan`
    import corpora  # noqa: E402
    import train_tone_hybrid as trainer  # noqa: E402
    from analysis import tone  # noqa: E402
    from analysis.text.sentences import split_sentences  # noqa: E402
except ImportError:
    corpora = trainer = tone = split_sentences = None

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


def student_data(raw: Path, unl_json: Path, unl_npz: Path, out: Path, limit: int) -> None:
    """Everything `dan` and `context` read, as plain arrays (no pickle): the engine's terms per text
    (ids into a vocabulary of terms in MIN_DF non-devtest texts), engine features and mean word
    vector, kind, rating, NYT fold (the trainer's GroupKFold by editorial; -1 elsewhere), editorial
    and the teacher's sentence embedding."""
    data = trainer.load_data()
    data.teacher = trainer.read_teacher(raw, data)
    trainer.add_unlabelled(data, unl_json, unl_npz, limit)
    data.with_vectors(tone.load_word_vectors())
    terms = [tone.sentence_terms(t) for t in data.tokens]
    df = {}
    for i, ts in enumerate(terms):
        if data.kind[i] != "devtest":
            for x in set(ts):
                df[x] = df.get(x, 0) + 1
    index = {k: i for i, k in enumerate(sorted(k for k, n in df.items() if n >= trainer.MIN_DF))}
    ids = [sorted({index[x] for x in ts if x in index}) for ts in terms]
    nyt = np.flatnonzero(data.kind == "nyt")
    fold = np.full(len(data.texts), -1)
    for k, (_, te) in enumerate(GroupKFold(trainer.FOLDS).split(nyt, groups=data.group[nyt])):
        fold[nyt[te]] = k
    np.savez(out, indptr=np.cumsum([0] + [len(i) for i in ids]), indices=np.array([j for i in ids for j in i], dtype=np.int64),
             features=np.hstack([data.dense, data.vec]), kind=data.kind.astype(str), y=data.y, fold=fold,
             group=data.group.astype(str), teacher=data.teacher.astype(np.float32), n_terms=len(index))
    print(f"wrote {out}: {len(data.texts)} texts, {len(index)} terms")


def blend_scores(y: np.ndarray, fold: np.ndarray, hybrid: np.ndarray, extra: np.ndarray) -> np.ndarray:
    """hybrid + extra per fold, with weights fitted on the other folds only (a fold's ratings never
    choose its own weights)."""
    from sklearn.linear_model import LinearRegression
    blend = np.zeros(len(y))
    for k in np.unique(fold):
        o, s = fold != k, fold == k
        lr = LinearRegression().fit(np.column_stack([hybrid[o], extra[o]]), y[o])
        blend[s] = lr.predict(np.column_stack([hybrid[s], extra[s]]))
    return blend


def _blend_report(name: str, y: np.ndarray, fold: np.ndarray, hybrid: np.ndarray, extra: np.ndarray) -> None:
    """r of `extra` alone and of hybrid + extra (blend_scores), overall and per fold."""
    blend = blend_scores(y, fold, hybrid, extra)
    per = lambda v: " / ".join(f"{pearsonr(v[fold == k], y[fold == k])[0]:.3f}" for k in np.unique(fold))  # noqa: E731
    print(f"{name}: alone r {pearsonr(extra, y)[0]:.4f}; hybrid {pearsonr(hybrid, y)[0]:.4f} ({per(hybrid)}) "
          f"-> blended {pearsonr(blend, y)[0]:.4f} ({per(blend)})", flush=True)


def dan(student: Path, oof: Path, hidden: int, epochs: int, weight_decay: float, lr: float) -> None:
    import torch
    torch.set_num_threads(1)
    torch.manual_seed(SEED)
    z = np.load(student, allow_pickle=False)
    indptr, indices, kind, y, fold = z["indptr"], z["indices"], z["kind"], z["y"], z["fold"]
    emb, n_terms = z["teacher"].astype(float), int(z["n_terms"])
    X = z["features"]
    X = (X - X.mean(0)) / (X.std(0) + 1e-9)
    nyt = np.flatnonzero(kind == "nyt")
    pool = np.flatnonzero(np.isin(kind, ["snippet", "newsmtsc", "unlabelled"]))

    class DAN(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.bag = torch.nn.EmbeddingBag(n_terms, hidden, mode="mean")
            torch.nn.init.normal_(self.bag.weight, 0, 0.1)
            self.inp, self.out, self.skip = torch.nn.Linear(X.shape[1], hidden), torch.nn.Linear(hidden, 1), torch.nn.Linear(X.shape[1], 1)

        def forward(self, ind, off, x):
            return (self.out(torch.tanh(self.bag(ind, off) + self.inp(x))) + self.skip(x)).squeeze(1)

    def batch(rows):
        lens = indptr[rows + 1] - indptr[rows]
        ind = np.concatenate([indices[indptr[r]:indptr[r + 1]] for r in rows] + [np.zeros(0, np.int64)])
        return (torch.from_numpy(ind), torch.from_numpy(np.concatenate([[0], np.cumsum(lens)[:-1]]).astype(np.int64)),
                torch.from_numpy(X[rows]).float())

    scores = np.zeros(len(nyt))
    for k in range(fold.max() + 1):
        test, train = nyt[fold[nyt] == k], nyt[fold[nyt] != k]
        teacher = Ridge(alpha=trainer_constant("TEACHER_ALPHA")).fit(emb[train], y[train])
        target = torch.from_numpy(teacher.predict(emb[pool]) / 4).float()
        model = DAN()
        opt = torch.optim.Adam(model.parameters(), lr=lr, weight_decay=weight_decay)
        rng = np.random.default_rng(SEED)
        for _ in range(epochs):
            perm = rng.permutation(len(pool))
            for i in range(0, len(perm), 256):
                b = perm[i:i + 256]
                loss = torch.mean((model(*batch(pool[b])) - target[b]) ** 2)
                opt.zero_grad()
                loss.backward()
                opt.step()
        model.eval()
        with torch.no_grad():
            scores[fold[nyt] == k] = model(*batch(test)).numpy()
        t = teacher.predict(emb[test])
        print(f"fold {k + 1}: student r {pearsonr(scores[fold[nyt] == k], y[test])[0]:.4f}, with the teacher "
              f"{pearsonr(scores[fold[nyt] == k], t)[0]:.4f}; teacher r {pearsonr(t, y[test])[0]:.4f}", flush=True)
    _blend_report(f"DAN student (hidden {hidden}, {epochs} epochs)", y[nyt], fold[nyt], np.load(oof), scores)


def trainer_constant(name: str) -> float:
    """The trainer's constant, also where the trainer cannot be imported (training venv)."""
    if trainer is not None:
        return getattr(trainer, name)
    import re
    src = (Path(__file__).resolve().parent / "train_tone_hybrid.py").read_text(encoding="utf-8")
    return float(re.search(rf"^{name} = ([0-9.]+)", src, re.M).group(1))


def fidelity(student: Path, sizes: list[int]) -> None:
    """Does D gain from more unlabelled sentences? A ridge student as D (the engine's terms, features
    and mean vector; alpha D_ALPHA) of the NYT-fold-1 teacher, fitted on the snippets, NewsMTSC train
    and the first N unlabelled sentences: its r with the teacher and with the human ratings on fold 1."""
    from scipy.sparse import hstack
    z = np.load(student, allow_pickle=False)
    kind, y, fold, emb = z["kind"], z["y"], z["fold"], z["teacher"].astype(float)
    X = z["features"]
    X = (X - X.mean(0)) / (X.std(0) + 1e-9)
    bag = csr_matrix((np.ones(len(z["indices"])), z["indices"], z["indptr"]), shape=(len(kind), int(z["n_terms"])))
    A = hstack([bag, csr_matrix(X * trainer_constant("DENSE_SCALE"))]).tocsr()
    nyt = np.flatnonzero(kind == "nyt")
    test, train = nyt[fold[nyt] == 0], nyt[fold[nyt] != 0]
    rated, unl = np.flatnonzero(np.isin(kind, ["snippet", "newsmtsc"])), np.flatnonzero(kind == "unlabelled")
    teacher = Ridge(alpha=trainer_constant("TEACHER_ALPHA")).fit(emb[train], y[train])
    t = teacher.predict(emb[test])
    for n in sizes:
        rows = np.concatenate([rated, unl[:n]])
        d = Ridge(alpha=trainer_constant("D_ALPHA"), solver="lsqr", tol=1e-6).fit(A[rows], teacher.predict(emb[rows]))
        p = d.predict(A[test])
        print(f"{n} unlabelled: student r with the teacher {pearsonr(p, t)[0]:.4f}, with the ratings {pearsonr(p, y[test])[0]:.4f}", flush=True)


def context(student: Path, oof: Path) -> None:
    z = np.load(student, allow_pickle=False)
    nyt = np.flatnonzero(z["kind"] == "nyt")
    y, fold, group, hybrid = z["y"][nyt], z["fold"][nyt], z["group"][nyt], np.load(oof)
    ctx = np.zeros(len(nyt))
    for g in np.unique(group):
        i = np.flatnonzero(group == g)
        ctx[i] = (hybrid[i].sum() - hybrid[i]) / max(len(i) - 1, 1)
    _blend_report("mean hybrid score of the editorial's other sentences", y, fold, hybrid, ctx)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("out", type=Path)
    t = sub.add_parser("tokenlearn")
    t.add_argument("raw", type=Path)
    t.add_argument("unl_json", type=Path)
    t.add_argument("unl_npz", type=Path)
    t.add_argument("--limit", type=int, default=None)
    sd = sub.add_parser("student-data")
    for a in ("raw", "unl_json", "unl_npz", "out"):
        sd.add_argument(a, type=Path)
    sd.add_argument("--limit", type=int, default=24000)
    d = sub.add_parser("dan")
    d.add_argument("student", type=Path)
    d.add_argument("oof", type=Path, help="the trainer's --oof file: out-of-fold hybrid scores of the NYT sentences")
    d.add_argument("--hidden", type=int, default=32)
    d.add_argument("--epochs", type=int, default=4)
    d.add_argument("--weight-decay", type=float, default=1e-5)
    d.add_argument("--lr", type=float, default=3e-3)
    fi = sub.add_parser("fidelity")
    fi.add_argument("student", type=Path)
    fi.add_argument("--sizes", type=int, nargs="+", default=[0, 6000, 12000, 24000])
    c2 = sub.add_parser("context")
    c2.add_argument("student", type=Path)
    c2.add_argument("oof", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "collect":
        collect(args.out)
    elif args.cmd == "tokenlearn":
        tokenlearn(args.raw, args.unl_json, args.unl_npz, args.limit)
    elif args.cmd == "student-data":
        student_data(args.raw, args.unl_json, args.unl_npz, args.out, args.limit)
    elif args.cmd == "dan":
        dan(args.student, args.oof, args.hidden, args.epochs, args.weight_decay, args.lr)
    elif args.cmd == "fidelity":
        fidelity(args.student, args.sizes)
    else:
        context(args.student, args.oof)


if __name__ == "__main__":
    main()
