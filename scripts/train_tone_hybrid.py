"""Train the `hybrid` tone engine and write src/analysis/models/tone.json with its CV figures.

Trains on every human-rated text in ../shared/corpora (see the hybrid section of analysis.tone.scoring for the parts):
vader_human_rated_snippets.csv (18,513 tweets and review snippets, mean of 20 ratings), the NYT
editorial sentences (dev half) and NewsMTSC train. NewsMTSC devtest is evaluation only.

Cross-validated figures (never in-sample), each fold's model scored through the run-time code:
- NYT: 5-fold CV grouped by editorial (the snippet and NewsMTSC parts see no NYT sentence).
- NewsMTSC devtest: trained without every NewsMTSC train sentence from an article or AllSides
  event that devtest also draws from (group: the event for AllSides, the article for POLUSA).
- NewsMTSC train: 5-fold CV grouped the same way (per target).
The sentence-label thresholds (tone.tone_label) are chosen on the grouped out-of-fold sentence
scores of NewsMTSC train. Deterministic: closed-form/lbfgs solvers, no sampling.

Word vectors (every part reads the sentence's mean word vector) and the teacher of part D (the
full all-MiniLM-L6-v2 sentence embedding of every training text): computed in a separate training
venv (torch stays out of the project's dependencies); the word vectors are reduced here (PCA, int8)
into src/analysis/models/tone_vectors.npz, the sentence embeddings are used only while training:

    nice .venv/bin/python scripts/train_tone_hybrid.py --dump-words /tmp/tone_words.json
    python -m venv /tmp/train-venv && /tmp/train-venv/bin/python -m pip install -r scripts/requirements-train.txt
    HF_HUB_OFFLINE=1 nice /tmp/train-venv/bin/python scripts/distill_tone_vectors.py /tmp/tone_words.json /tmp/tone_words.npz --sentences
    nice .venv/bin/python scripts/probe_tone_students.py collect /tmp/unl.json
    HF_HUB_OFFLINE=1 nice /tmp/train-venv/bin/python scripts/distill_tone_vectors.py /tmp/unl.json /tmp/unl.npz --sentences
    nice .venv/bin/python scripts/train_tone_hybrid.py --vectors /tmp/tone_words.npz --teacher /tmp/tone_words.npz --unlabelled /tmp/unl.json /tmp/unl.npz

The shipped model is the last line's output (D also learns the teacher's scores of the first
24,000 unlabelled FA-KES/WCXB sentences; only D reads them). Without --vectors the shipped tone_vectors.npz is
reused (--no-vectors: the engine without them); without --teacher part D is left out (zero weights).

    nice .venv/bin/python scripts/train_tone_hybrid.py [--no-cv] [--vectors RAW.npz | --no-vectors] [--teacher RAW.npz]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from scipy.stats import pearsonr
from sklearn.decomposition import PCA
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))  # corpora.py (development only)

import corpora  # noqa: E402
from analysis import tone  # noqa: E402
from analysis.tone import ports  # noqa: E402

OUT = Path(tone.__file__).resolve().parents[1] / "models" / tone.HYBRID_RESOURCE  # analysis/models/
VECTORS_OUT = OUT.parent / tone.VECTORS_RESOURCE
MIN_DF = 3          # a term seen in fewer training texts gets no weight
DENSE_SCALE = 3.0   # engine/lexicon features weigh more against the L2 penalty than one word
S_ALPHA = 30.0      # ridge penalty, snippet model
M_C = 0.1           # inverse L2 penalty, NewsMTSC sentence model
STACK_ALPHA = 100.0  # ridge penalty of the NYT stacker (its bag of terms)
STACK_SCALE = 10.0  # stacker inputs S, M and engine features weigh more than one term
T_C = 0.3           # inverse L2 penalty, target model
TEACHER_ALPHA = 3.0  # ridge penalty of the teacher (NYT ratings on 384-d MiniLM sentence embeddings)
D_ALPHA = 30.0      # ridge penalty of D, the run-time student of the teacher
D_NYT_WEIGHT = 0.0  # weight of the NYT training sentences (cross-fitted teacher scores) among D's texts; 0: not read
FOLDS = 5
WEIGHT_DECIMALS = 5
VECTOR_DIMS = 64      # PCA dimensions kept of the 384 distilled ones (table size vs. accuracy)
VECTOR_SCALE = 1.0    # mean-vector features against the engine features (components have unit sd)
NEGATED_SIGN = 1.0    # a negation-marked word's vector counts this many times (negation is in the bag)
VOCAB_MIN_COUNT = 2   # a word needs this many occurrences in the training texts (or a VADER entry)
DESCRIPTION = "The `hybrid` tone engine: lexicon scores plus word and word-pair weights learned from human ratings."


@dataclass
class Data:
    """Every training text with its features; targets only for NewsMTSC rows."""
    texts: list
    tokens: list
    dense: np.ndarray
    kind: np.ndarray      # "snippet", "nyt", "newsmtsc", "devtest"
    group: np.ndarray     # editorial, event/article or snippet id: CV never splits one
    y: np.ndarray         # rating (-4..4) or the sign of the mean target polarity
    targets: list         # per row: [(start, end, label -1/0/1)]
    vectors: object = None  # tone.WordVectors or None
    vec: np.ndarray = None  # per row: the model's vector features (zero columns without vectors)
    teacher: np.ndarray = None  # per row: MiniLM sentence embedding (training time only), or None

    def with_vectors(self, vectors) -> "Data":
        self.vectors = vectors
        if vectors is None:
            self.vec = np.zeros((len(self.texts), 0))
        else:
            self.vec = np.array([vectors.mean(t) for t in self.tokens]) * VECTOR_SCALE
        return self


def read_teacher(raw: Path, data: Data) -> np.ndarray:
    """The sentence embeddings distill_tone_vectors.py --sentences wrote for data.texts (same order)."""
    with np.load(raw, allow_pickle=False) as z:
        if "sentence_vectors" not in z:
            sys.exit(f"{raw} has no sentence_vectors: rerun distill_tone_vectors.py with --sentences")
        emb = z["sentence_vectors"].astype(float)
    if len(emb) != len(data.texts):
        sys.exit(f"{raw} embeds {len(emb)} texts, the corpora give {len(data.texts)}: rerun --dump-words and the distillation")
    return emb


def add_unlabelled(data: Data, texts_json: Path, raw: Path, limit: int) -> Data:
    """Append unlabelled sentences (scripts/probe_tone_students.py collect, embedded by
    distill_tone_vectors.py --sentences) as rows D learns the teacher's reading of; no other part
    reads them. Call after the teacher is set and before with_vectors."""
    texts = json.loads(texts_json.read_text(encoding="utf-8"))["texts"][:limit]
    with np.load(raw, allow_pickle=False) as z:
        emb = z["sentence_vectors"][:limit].astype(float)
    if len(emb) != len(texts):
        sys.exit(f"{raw} embeds {len(emb)} sentences, {texts_json} gives {len(texts)}: rerun the distillation")
    tokens = [tone.model_tokens(s) for s in texts]
    data.texts += texts
    data.tokens += tokens
    data.dense = np.vstack([data.dense, np.array([tone.dense_features(s, tokens=k) for s, k in zip(texts, tokens)]).reshape(-1, data.dense.shape[1])])
    data.kind = np.concatenate([data.kind, ["unlabelled"] * len(texts)])
    data.group = np.concatenate([data.group, [f"unlabelled_{i}" for i in range(len(texts))]])
    data.y = np.concatenate([data.y, np.zeros(len(texts))])
    data.targets += [[] for _ in texts]
    data.teacher = np.vstack([data.teacher, emb])
    return data


def vocabulary(data: Data) -> list[str]:
    """Words the vector table covers: training words seen VOCAB_MIN_COUNT times, and VADER's words."""
    from collections import Counter
    counts = Counter(t[4:] if t.startswith("not_") else t for toks in data.tokens for t in toks)
    lex = [w for w in ports.vader_lexicon() if w.isalpha()]
    return sorted({w for w, n in counts.items() if n >= VOCAB_MIN_COUNT} | set(lex))


def reduce_vectors(raw: Path, out: Path):
    """PCA to VECTOR_DIMS, unit sd, int8 with one scale: the shipped table."""
    with np.load(raw, allow_pickle=False) as z:
        words, W = z["vocab"], z["word_vectors"].astype(float)
    E = PCA(VECTOR_DIMS, svd_solver="full").fit_transform(W)
    E /= E.std()
    scale = np.abs(E).max() / 127
    table = np.round(E / scale).astype(np.int8)
    np.savez_compressed(out, words=np.asarray(words, dtype=str), vectors=table, scale=np.float64(scale),
                        negated_sign=np.float64(NEGATED_SIGN))
    return tone.WordVectors.from_npz(out)


def newsmtsc_group(gid: str) -> str:
    """AllSides gids read allsides_ARTICLE_EVENT_...: the event (covered by 1-3 outlets) is the
    group; POLUSA gids read polusa_v1_ARTICLE_...: the article is."""
    parts = gid.split("_")
    return f"{parts[0]}_{parts[2]}"


def load_data() -> Data:
    texts, kind, group, y, targets = [], [], [], [], []
    snip = corpora.load_vader_snippets()
    for c, sid, h, t in zip(snip["corpus"], snip["snippet_id"], snip["human_mean"], snip["text"]):
        texts.append(str(t)); kind.append("snippet"); group.append(f"{c}_{sid}"); y.append(float(h)); targets.append([])
    nyt = corpora.load_nyt()
    for e, h, s in zip(nyt["editorial"], nyt["human_mean"], nyt["sentence"]):
        texts.append(s); kind.append("nyt"); group.append(f"nyt_{e}"); y.append(float(h)); targets.append([])
    for name, k in [(corpora.NEWSMTSC_TRAIN, "newsmtsc"), (corpora.NEWSMTSC_DEVTEST, "devtest")]:
        for r in corpora.load_newsmtsc(name):
            pol = [t["polarity"] for t in r["targets"]]
            texts.append(r["sentence_normalized"]); kind.append(k); group.append(newsmtsc_group(r["primary_gid"]))
            y.append(float(np.sign(np.mean(pol) - 4)))
            targets.append([(t["from"], t["to"], int(np.sign(t["polarity"] - 4))) for t in r["targets"]])
    tb = [tone.textblob_scores(s) for s in texts]
    vd = [tone.vader_scores(s) for s in texts]
    tokens = [tone.model_tokens(s) for s in texts]
    dense = np.array([tone.dense_features(s, a, b, k) for s, a, b, k in zip(texts, tb, vd, tokens)])
    return Data(texts, tokens, dense, np.array(kind), np.array(group), np.array(y), targets)


def target_rows(data: Data, rows) -> tuple[list, np.ndarray, np.ndarray, np.ndarray]:
    """One row per target: (row, T terms), clause lexicon features, labels, groups."""
    out, lex, lab, grp = [], [], [], []
    for i in rows:
        for start, end, label in data.targets[i]:
            before, after, clause = tone.target_context(data.texts[i], start, end)
            ct = tone.model_tokens(clause)
            out.append((i, tone.target_terms(tone.model_tokens(before), tone.model_tokens(after), ct)))
            lex.append(tone.lexicon_features(ct))
            lab.append(label)
            grp.append(data.group[i])
    return out, np.array(lex, float).reshape(-1, 3), np.array(lab), np.array(grp)


def _proba_diff(clf, X) -> np.ndarray:
    p = clf.predict_proba(X)
    c = list(clf.classes_)
    return p[:, c.index(1)] - p[:, c.index(-1)]


def fit(data: Data, rows: np.ndarray, with_target: bool = True) -> dict:
    """The model's JSON spec trained on `rows` (indices into data)."""
    kind = data.kind[rows]
    snip, mt, nyt = rows[kind == "snippet"], rows[kind == "newsmtsc"], rows[kind == "nyt"]
    unl = rows[kind == "unlabelled"]
    vec = CountVectorizer(analyzer=tone.sentence_terms, min_df=MIN_DF, binary=True)
    vec.fit([data.tokens[i] for i in rows[kind != "unlabelled"]])
    bag = vec.transform(data.tokens)
    dense = np.hstack([data.dense, data.vec])
    X = hstack([bag, csr_matrix(dense * DENSE_SCALE)]).tocsr()
    nv, nd = bag.shape[1], dense.shape[1]

    s = Ridge(alpha=S_ALPHA, solver="lsqr", tol=1e-6).fit(X[snip], data.y[snip] / 4)
    m = LogisticRegression(C=M_C, max_iter=5000).fit(X[mt], data.y[mt].astype(int))
    d_coef, d_b = np.zeros(X.shape[1]), 0.0
    if data.teacher is not None:
        # D learns the teacher's reading of the snippets and NewsMTSC sentences (the teacher sees
        # only the NYT rows of `rows`), so its score on an NYT sentence is out of sample for it
        teacher = Ridge(alpha=TEACHER_ALPHA).fit(data.teacher[nyt], data.y[nyt])
        pl = np.concatenate([snip, mt, unl])
        target, weight = teacher.predict(data.teacher[pl]) / 4, np.ones(len(pl))
        if D_NYT_WEIGHT:
            # in-domain texts for D: each NYT sentence rated by a teacher that never saw its editorial
            cf = np.zeros(len(nyt))
            for a, b in GroupKFold(FOLDS).split(nyt, groups=data.group[nyt]):
                cf[b] = Ridge(alpha=TEACHER_ALPHA).fit(data.teacher[nyt[a]], data.y[nyt[a]]).predict(data.teacher[nyt[b]])
            pl, target = np.concatenate([pl, nyt]), np.concatenate([target, cf / 4])
            weight = np.concatenate([weight, np.full(len(nyt), D_NYT_WEIGHT)])
        d = Ridge(alpha=D_ALPHA, solver="lsqr", tol=1e-6).fit(X[pl], target, sample_weight=weight if D_NYT_WEIGHT else None)
        d_coef, d_b = d.coef_, float(d.intercept_)
    feats = np.column_stack([s.predict(X[nyt]), _proba_diff(m, X[nyt]), X[nyt] @ d_coef + d_b, dense[nyt]])
    st = Ridge(alpha=STACK_ALPHA, solver="lsqr", tol=1e-6).fit(
        hstack([csr_matrix(feats * STACK_SCALE), bag[nyt]]).tocsr(), data.y[nyt])
    n_parts = len(tone.scoring.STACK_PARTS)

    m_order = [list(m.classes_).index(c) for c in (-1, 0, 1)]
    W = np.zeros((nv, tone.N_TERM_COLS))
    W[:, tone.S_COL] = s.coef_[:nv]
    W[:, tone.M_COLS] = m.coef_[m_order, :nv].T
    W[:, tone.NYT_COL] = st.coef_[n_parts + nd:]
    W[:, tone.D_COL] = d_coef[:nv]
    spec = {
        "s_intercept": float(s.intercept_), "s_dense": s.coef_[nv:].tolist(),
        "m_intercept": m.intercept_[m_order].tolist(), "m_dense": m.coef_[m_order, nv:].T.tolist(),
        "d_intercept": d_b, "d_dense": d_coef[nv:].tolist(),
        "stack_intercept": float(st.intercept_), "stack_coef": st.coef_[: n_parts + nd].tolist(),
        "stack_scale": STACK_SCALE, "dense_scale": DENSE_SCALE,
        "t_intercept": [0.0, 0.0, 0.0], "t_dense": np.zeros((nd + 3, 3)).tolist(), "target_terms": {},
        "thresholds": [0.0, 0.0], "vector_dims": int(data.vec.shape[1]), "vector_scale": VECTOR_SCALE,
    }
    if with_target:
        trows, lex, lab, _ = target_rows(data, mt)
        tvec = CountVectorizer(analyzer=lambda x: x, min_df=MIN_DF, binary=True).fit([t for _, t in trows])
        XT = hstack([X[[i for i, _ in trows]], tvec.transform([t for _, t in trows]), csr_matrix(lex * DENSE_SCALE)]).tocsr()
        t = LogisticRegression(C=T_C, max_iter=5000).fit(XT, lab)
        order = [list(t.classes_).index(c) for c in (-1, 0, 1)]
        coef = t.coef_[order]
        W[:, tone.T_COLS] = coef[:, :nv].T
        nt = len(tvec.vocabulary_)
        spec.update(t_intercept=t.intercept_[order].tolist(),
                    t_dense=np.vstack([coef[:, nv:nv + nd].T, coef[:, nv + nd + nt:].T]).tolist(),
                    target_terms={str(k): [round(float(w), WEIGHT_DECIMALS) for w in coef[:, nv + nd + j]]
                                  for j, k in enumerate(tvec.get_feature_names_out())})
    spec["terms"] = {str(k): [round(float(w), WEIGHT_DECIMALS) for w in W[j]]
                     for j, k in enumerate(vec.get_feature_names_out()) if np.abs(W[j]).max() >= 10 ** -WEIGHT_DECIMALS}
    return spec


def hybrid_model(data: Data, spec: dict) -> tone.HybridModel:
    """The run-time model of a spec, with the vectors it was trained on."""
    return tone.HybridModel(spec, data.vectors)


def sentence_scores(model: tone.HybridModel, data: Data, rows) -> np.ndarray:
    return np.array([model.sentence_score(data.tokens[i], data.dense[i]) for i in rows])


def target_predictions(model: tone.HybridModel, data: Data, rows) -> tuple[np.ndarray, np.ndarray]:
    """(predicted label, gold label) per target, through the run-time code."""
    trows, lex, lab, _ = target_rows(data, rows)
    pred = [int(np.argmax(model.target_probabilities(data.tokens[i], data.dense[i], terms, lx))) - 1
            for (i, terms), lx in zip(trows, lex)]
    return np.array(pred), lab


def per_target(data: Data, rows, scores) -> tuple[np.ndarray, np.ndarray]:
    s = [sc for i, sc in zip(rows, scores) for _ in data.targets[i]]
    g = [lab for i in rows for *_, lab in data.targets[i]]
    return np.asarray(s), np.asarray(g)


def cross_validate(data: Data, oof_out: Path | None = None) -> tuple[dict, list]:
    """Grouped CV figures (see the module docstring) and the thresholds from out-of-fold scores."""
    idx = np.arange(len(data.texts))
    nyt, dev = idx[data.kind == "nyt"], idx[data.kind == "devtest"]
    train = idx[data.kind != "devtest"]
    oof = np.zeros(len(nyt))
    folds = list(GroupKFold(FOLDS).split(nyt, groups=data.group[nyt]))
    for k, (_, test) in enumerate(folds):
        keep = train[~np.isin(train, nyt[test])]
        oof[test] = sentence_scores(hybrid_model(data, fit(data, keep, with_target=False)), data, nyt[test])
        print(f"  NYT fold {k + 1}/{FOLDS}: r = {pearsonr(oof[test], data.y[nyt[test]])[0]:.3f}", flush=True)
    cv = {"nyt_pearson_r": round(float(pearsonr(oof, data.y[nyt])[0]), 4),
          "nyt_fold_r": [round(float(pearsonr(oof[t], data.y[nyt[t]])[0]), 4) for _, t in folds],
          "nyt_grouping": f"{FOLDS}-fold by editorial ({len(set(data.group[nyt]))} editorials, {len(nyt)} sentences)"}
    if oof_out is not None:  # for scripts/probe_tone_students.py (dan, context)
        np.save(oof_out, oof)

    clean = train[~np.isin(data.group[train], data.group[dev])]
    pred, gold = target_predictions(hybrid_model(data, fit(data, clean)), data, dev)
    cv["newsmtsc_devtest_macro_f1"] = round(float(f1_score(gold, pred, average="macro")), 4)
    cv["newsmtsc_devtest_targets"] = int(len(gold))
    cv["newsmtsc_devtest_dropped_train_sentences"] = int(len(train) - len(clean))

    mt = train[data.kind[train] == "newsmtsc"]
    other = train[data.kind[train] != "newsmtsc"]
    preds, golds, s_oof = [], [], np.zeros(len(mt))
    for k, (_, test) in enumerate(GroupKFold(FOLDS).split(mt, groups=data.group[mt])):
        model = hybrid_model(data, fit(data, np.concatenate([other, np.delete(mt, test)])))
        p, g = target_predictions(model, data, mt[test])
        preds.append(p); golds.append(g)
        s_oof[test] = sentence_scores(model, data, mt[test])
        print(f"  NewsMTSC train fold {k + 1}/{FOLDS}: macro-F1 = {f1_score(g, p, average='macro'):.3f}", flush=True)
    cv["newsmtsc_train_cv_macro_f1"] = round(float(f1_score(np.concatenate(golds), np.concatenate(preds), average="macro")), 4)
    cv["newsmtsc_grouping"] = "AllSides event / POLUSA article"
    lo, hi, f = corpora.best_thresholds(*per_target(data, mt, s_oof))
    cv["sentence_score_newsmtsc_train_oof_macro_f1"] = round(f, 4)
    return cv, [lo, hi]


def main(argv=None) -> None:
    global D_NYT_WEIGHT
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--no-cv", action="store_true", help="skip CV (keeps the thresholds and CV figures of --out)")
    ap.add_argument("--dump-words", type=Path, help="write the vocabulary and texts for distill_tone_vectors.py, then stop")
    ap.add_argument("--vectors", type=Path, help="distilled word vectors (distill_tone_vectors.py) to reduce and ship")
    ap.add_argument("--no-vectors", action="store_true", help="train without word vectors")
    ap.add_argument("--teacher", type=Path, help="sentence embeddings (distill_tone_vectors.py --sentences) for part D")
    ap.add_argument("--unlabelled", type=Path, nargs=2, metavar=("TEXTS.json", "RAW.npz"),
                    help="with --teacher: unlabelled sentences D also learns from (docs/accuracy.md, Tone: tried, not shipped)")
    ap.add_argument("--unlabelled-limit", type=int, default=24000, help="the first N of --unlabelled")
    ap.add_argument("--oof", type=Path, help="also save the NYT out-of-fold sentence scores (.npy) for the probes")
    ap.add_argument("--d-nyt-weight", type=float, default=D_NYT_WEIGHT,
                    help="D also learns cross-fitted teacher scores of the NYT training sentences at this weight (docs/accuracy.md, Tone: tried, not shipped)")
    args = ap.parse_args(argv)
    if args.unlabelled and not args.teacher:
        ap.error("--unlabelled needs --teacher (only part D reads unlabelled sentences)")
    D_NYT_WEIGHT = args.d_nyt_weight
    data = load_data()
    if args.dump_words:
        args.dump_words.write_text(json.dumps({"vocab": vocabulary(data), "texts": data.texts}), encoding="utf-8")
        print(f"wrote {args.dump_words}")
        return
    if args.teacher:
        data.teacher = read_teacher(args.teacher, data)
    else:
        print("no --teacher: part D left out (the shipped model is trained with it)")
    if args.unlabelled:
        add_unlabelled(data, *args.unlabelled, args.unlabelled_limit)
    if args.no_vectors:
        data.with_vectors(None)
    elif args.vectors:
        data.with_vectors(reduce_vectors(args.vectors, VECTORS_OUT))
        print(f"wrote {VECTORS_OUT} ({VECTORS_OUT.stat().st_size // 1024} KB)")
    else:
        data.with_vectors(tone.load_word_vectors())
    if args.no_cv:
        old = json.loads(gzip.decompress(args.out.read_bytes()).decode("utf-8"))  # the model ships gzipped
        cv, thresholds = old["cv"], old["thresholds"]
    else:
        cv, thresholds = cross_validate(data, args.oof)
    spec = fit(data, np.flatnonzero(data.kind != "devtest"))
    spec.update(thresholds=thresholds, cv=cv)
    kinds, counts = np.unique(data.kind, return_counts=True)
    spec = {"description": DESCRIPTION, "created_by": "scripts/train_tone_hybrid.py",
            "date": date.today().isoformat(), "trained_on": {str(k): int(c) for k, c in zip(kinds, counts) if k != "devtest"},
            "params": {"min_df": MIN_DF, "s_alpha": S_ALPHA, "m_C": M_C, "stack_alpha": STACK_ALPHA, "t_C": T_C,
                       "teacher": "all-MiniLM-L6-v2" if data.teacher is not None else None,
                       "teacher_alpha": TEACHER_ALPHA, "d_alpha": D_ALPHA,
                       "vector_dims": int(data.vec.shape[1]), "vector_scale": VECTOR_SCALE, "negated_sign": NEGATED_SIGN},
            "dense_features": tone.DENSE_FEATURES, **spec}
    for key in ("s_dense", "m_dense", "m_intercept", "d_dense", "t_dense", "t_intercept", "stack_coef"):
        spec[key] = np.round(np.asarray(spec[key], float), 6).tolist()
    # mtime=0: the same weights give the same bytes, so a retrain that changes nothing shows no diff
    args.out.write_bytes(gzip.compress((json.dumps(spec, separators=(",", ":")) + "\n").encode("utf-8"), mtime=0))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(spec['terms'])} terms, "
          f"{len(spec['target_terms'])} target terms)")
    print(json.dumps(cv, indent=1))


if __name__ == "__main__":
    main()
