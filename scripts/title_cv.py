"""Site-grouped cross-validation of the plain-text title only, fast enough to compare title changes.

Why: a full `train_line_model.py` CV refits the body models of every fold (25+ minutes on the
shared machine). A title change moves only the headline ranker and what `clean_plain_text` does
with its choice, so this caches each fold's body models (`fit`'s stages 1-2 and the out-of-fold
body scores its ranker learns from) once, then per run refits only the ranker as `fit` does and
scores the fold's held pages with the real `clean_plain_text`. Same folds (GroupKFold by site),
same title pages and same figures as `train_line_model.py`'s CV (it gave 0.821, folds
122/117/117/119/109, on main 9263cea). Rebuild the cache when the body model or its features change.

    .venv/bin/python scripts/title_cv.py --cache /tmp/title_cv.json --build   # once (~5 min)
    .venv/bin/python scripts/title_cv.py --cache /tmp/title_cv.json           # every fold (~10 min)
    .venv/bin/python scripts/title_cv.py --cache /tmp/title_cv.json --folds 1,2,3 --misses misses.json
    .venv/bin/python scripts/title_cv.py --unseen   # shipped model on the trafilatura pages it never learnt from
    .venv/bin/python scripts/title_cv.py --cache /tmp/title_cv.json --markup-pages  # + markup-labelled pages
    .venv/bin/python scripts/title_cv.py --cache /tmp/title_cv.json --markup-pages --markup-weight 0.3  # weighted below gold
    .venv/bin/python scripts/title_cv.py --cache /tmp/title_cv.json --seed 1  # judge a change under seeds 0, 1, 2
    .venv/bin/python scripts/title_cv.py --cache /tmp/title_cv.json --bag 3 --seed 1  # 3 rankers averaged (seeds 3-5)
    .venv/bin/python scripts/title_cv.py --cache /tmp/title_cv.json --min-leaf 20  # a stronger regulariser

Folds are numbered 1-5; 4-5 are the held folds whose misses are not read to make rules.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import train_line_model as tlm  # sets one BLAS thread before numpy loads
import numpy as np  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

from analysis import clean  # noqa: E402

FOLDS = 5
HELD_FOLDS = (4, 5)


def body_models(pages: list[tlm.Page]) -> tuple[dict, list[list[float]]]:
    """fit()'s body stages on `pages`: the line model parts and each page's out-of-fold body scores."""
    vocab = tlm.learn_vocab(pages)
    base = [clean.base_features(pg.lines, vocab) for pg in pages]
    y = np.array([t for pg in pages for t in pg.labels])
    sw = tlm.sample_weights(pages)
    stage1 = tlm.fit_lr(np.array([r for b in base for r in b]), y, sw)
    oof = tlm.oof_probabilities(pages, base)
    rows2 = [[b + c for b, c in zip(base[i], clean.context_features(list(oof[i])))] for i in range(len(pages))]
    stage2 = tlm.fit_lr(np.array([r for rs in rows2 for r in rs]), y, sw)
    return {"vocab": vocab, "stage1": stage1, "stage2": stage2}, [list(p) for p in tlm.oof_probabilities(pages, rows2)]


def with_ranker(lines_model: dict, pages: list[tlm.Page], p2: list[list[float]], title_pages: list,
                weak_pages: list = (), weak_weight: float = 1.0) -> dict:
    """The fold's model dict with a ranker fitted as fit() fits it; `weak_pages` (markup-labelled)
    add rows weighted `weak_weight` against a gold page's 1."""
    tX, ty = [], []
    for pg, pr in zip(pages, p2):
        tlm.title_examples(pg.lines, clean.base_features(pg.lines, lines_model["vocab"]), pr, pg.rec["text"],
                           pg.title_norm, tX, ty)
    for tp in title_pages:
        pr, rows = clean.line_probabilities(tp.lines, lines_model)
        tlm.title_examples(tp.lines, rows, pr, tp.text, tp.title_norm, tX, ty)
    n_gold = len(tX)
    for tp in weak_pages:
        pr, rows = clean.line_probabilities(tp.lines, lines_model)
        tlm.title_examples(tp.lines, rows, pr, tp.text, tp.title_norm, tX, ty)
    sw = np.r_[np.ones(n_gold), np.full(len(tX) - n_gold, weak_weight)] if len(tX) > n_gold else None
    title = tlm.fit_trees(np.array(tX), np.array(ty), sw)
    title["threshold"] = tlm.TITLE_NULL_P
    return {"base_features": clean.BASE_FEATURES, "stage2_features": clean.STAGE2_FEATURES,
            "title_features": clean.TITLE_FEATURES, **lines_model, "threshold": tlm.THRESHOLD,
            "extend_threshold": tlm.EXTEND_THRESHOLD, "isolated_threshold": tlm.ISOLATED_THRESHOLD, "title": title}


def unseen_counts() -> tuple[int, int]:
    """(titles right, pages) of the shipped model on trafilatura's evaluation pages not in English,
    rendered as text: the ranker learns from the English ones only, so these are pages it has never
    seen (analysis.accuracy.TITLE_OTHER_LANGUAGES)."""
    ok = n = 0
    for rec in tlm.load_peer_pages():
        if not (rec.get("gold_title") or "").strip():
            continue
        text = tlm.render_text(rec["html"] or "")
        if not clean.split_lines(text) or clean.detect_language(text, ngram=False) == tlm.TITLE_PAGE_LANGUAGE:
            continue
        n += 1
        ok += tlm.title_match(clean.clean_plain_text(text).title, rec["gold_title"])
    return ok, n


def unseen_pages() -> str:
    ok, n = unseen_counts()
    return f"shipped model, trafilatura pages not in English (never trained on): title {ok}/{n} = {ok / n:.3f}"


class CVFolds:
    """The WCXB pages, the titled peer pages, and their site-grouped folds, as every run splits them."""

    def __init__(self, markup: bool = False):
        self.recs = tlm.load_wcxb()
        self.pages = [tlm.Page(r) for r in self.recs]
        self.title_pages = tlm.load_title_pages()
        self.markup_pages = tlm.load_markup_title_pages() if markup else []
        self.groups = [tlm.domain(r["url"]) for r in self.recs]
        self.splits = list(GroupKFold(n_splits=FOLDS).split(self.recs, groups=self.groups))
        self.tfold = np.zeros(len(self.title_pages), dtype=int)
        sites = [tp.site for tp in self.title_pages]
        for k, (_, te) in enumerate(GroupKFold(n_splits=FOLDS).split(self.title_pages, groups=sites)):
            self.tfold[te] = k


def cv_folds(markup: bool = False) -> CVFolds:
    return CVFolds(markup)


def score_folds(folds: CVFolds, cache: list, wanted: list[int], misses: list[dict] | None = None,
                markup_weight: float = 1.0) -> list[tuple[int, int, int, int, int]]:
    """(fold, WCXB titles right, WCXB pages, English trafilatura titles right, those pages) per
    wanted fold, each fold's ranker refitted on its body models `cache[k - 1]` (body_models):
    analysis.accuracy.TITLE_SITES quotes the held folds' WCXB counts, TITLE_OTHER_SOURCE the
    trafilatura counts of every fold (check_trust_figures.py compares them). `misses` gets the
    misses of the folds that are not held; markup-labelled pages (folds.markup_pages) weigh
    `markup_weight` against a gold page's 1."""
    recs, title_pages, tfold = folds.recs, folds.title_pages, folds.tfold
    res = []
    for k, (tr, te) in enumerate(folds.splits, start=1):
        if k not in wanted:
            continue
        t0 = time.time()
        test_sites = {folds.groups[i] for i in te}
        train_tp = [tp for j, tp in enumerate(title_pages) if tfold[j] != k - 1 and tp.site not in test_sites]
        # markup-labelled pages from no site this fold scores (a WCXB test site or a held titled page's)
        scored_sites = test_sites | {tp.site for j, tp in enumerate(title_pages) if tfold[j] == k - 1}
        weak = [mp for mp in folds.markup_pages if mp.site not in scored_sites]
        model = with_ranker(cache[k - 1][0], [folds.pages[i] for i in tr], cache[k - 1][1], train_tp, weak, markup_weight)
        ok = 0
        for i in te:
            title = clean.clean_plain_text(recs[i]["text"] or "", model=model).title
            hit = tlm.title_match(title, recs[i]["gold_title"])
            ok += hit
            if not hit and k not in HELD_FOLDS and misses is not None:
                misses.append({"fold": k, "page": int(i), "url": recs[i]["url"], "gold": recs[i]["gold_title"], "title": title})
        held = [j for j in range(len(title_pages)) if tfold[j] == k - 1]
        peer = sum(tlm.title_match(clean.clean_plain_text(title_pages[j].text, model=model).title,
                                   title_pages[j].rec["gold_title"]) for j in held)
        res.append((k, ok, len(te), peer, len(held)))
        print(f"fold {k}: WCXB title {ok}/{len(te)} = {ok / len(te):.3f}; English trafilatura pages {peer}/{len(held)} "
              f"({time.time() - t0:.0f}s)", file=sys.stderr, flush=True)
    return res


def _plain(o):
    """numpy values in the fitted models as JSON numbers and lists."""
    return o.tolist() if hasattr(o, "tolist") else o.item()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", help="JSON of each fold's body models (never commit it; the project unpickles nothing)")
    ap.add_argument("--build", action="store_true", help="fit and write the cache, then stop")
    ap.add_argument("--folds", default="1,2,3,4,5", help="which folds to score, e.g. 1,2,3")
    ap.add_argument("--misses", help="write the misses of the scored folds that are not held folds here (JSON)")
    ap.add_argument("--unseen", action="store_true", help="only the shipped model on the pages not in English")
    ap.add_argument("--markup-pages", action="store_true",
                    help="also train each fold's ranker on the untitled English peer pages labelled by their markup "
                         "(train_line_model.load_markup_title_pages; not what the shipped model learns from)")
    ap.add_argument("--markup-weight", type=float, default=1.0,
                    help="with --markup-pages: each markup-labelled row's weight against a gold page's 1")
    ap.add_argument("--seed", type=int, default=tlm.SEED,
                    help="the ranker's seed (which half of the features each split sees); report several")
    ap.add_argument("--bag", type=int, default=tlm.TITLE_BAG,
                    help="average this many rankers of seeds seed*bag ... seed*bag+bag-1 (variance reduction)")
    ap.add_argument("--trees", type=int, default=tlm.TITLE_TREES, help="trees per ranker")
    ap.add_argument("--learning-rate", type=float, default=tlm.TITLE_LEARNING_RATE, help="the ranker's step")
    ap.add_argument("--min-leaf", type=int, default=tlm.TITLE_MIN_LEAF, help="rows a ranker leaf must hold")
    args = ap.parse_args(argv)
    tlm.SEED = args.seed
    tlm.TITLE_BAG, tlm.TITLE_TREES, tlm.TITLE_LEARNING_RATE = args.bag, args.trees, args.learning_rate
    tlm.TITLE_MIN_LEAF = args.min_leaf
    if args.unseen:
        print(unseen_pages())
        return 0
    folds = cv_folds(markup=args.markup_pages)
    if not args.cache:
        ap.error("--cache is required unless --unseen")
    if args.build:
        cache = [body_models([folds.pages[i] for i in tr]) for tr, _ in folds.splits]
        Path(args.cache).write_text(json.dumps(cache, default=_plain), encoding="utf-8")
        print(f"wrote {args.cache}")
        return 0
    cache = json.loads(Path(args.cache).read_text(encoding="utf-8"))
    misses: list[dict] = []
    res = score_folds(folds, cache, [int(k) for k in args.folds.split(",")], misses, markup_weight=args.markup_weight)
    def share(rows):
        ok, n = sum(r[1] for r in rows), sum(r[2] for r in rows)
        return f"{ok}/{n} = {ok / n:.3f}" if n else "-"
    print(f"seed {args.seed} bag {args.bag} trees {args.trees} lr {args.learning_rate} min-leaf {args.min_leaf}: title {share(res)} (pages by fold {'/'.join(str(r[1]) for r in res)}); "
          f"folds 1-3 {share([r for r in res if r[0] not in HELD_FOLDS])}; "
          f"held folds 4-5 {share([r for r in res if r[0] in HELD_FOLDS])}; "
          f"English trafilatura pages {sum(r[3] for r in res)}/{sum(r[4] for r in res)}")
    if args.misses:
        Path(args.misses).write_text(json.dumps(misses, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
