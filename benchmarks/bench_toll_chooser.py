"""Could a learned chooser pick the FA-KES headline toll better than the rules? (issue 14)

Prints, per outlet fold of bench_tolls.py (every outlet wholly in one fold):
- the ceiling: the share of articles whose coded toll (nb_civilians + nb_noncivilians) is the
  value of some incident toll `extract_tolls` finds, of any toll, and of a toll or the sum of
  two; and what any chooser over the incident tolls can reach, which is lower: identical texts
  get one headline, and FA-KES codes some texts once per sub-incident, each with its own toll;
- the hand rules (`choose_headline`, the package default);
- learned choosers over the incident tolls of an article, trained on the other four folds
  and scored on the held-out fold: a logistic regression (C chosen by leave-one-fold-out
  inside the four training folds, never on the test fold), the same without the rules' pick
  as a feature, a conditional logit (softmax over an article's tolls; same inner choice of
  C) and gradient-boosted trees (settings fixed before the first run).

Candidate features read only what extraction fills in (position, qualifier, scope flags,
victims, value, repeats), never an outlet's wording. scikit-learn and scipy are development
dependencies; nothing here is shipped. Deterministic (lbfgs on convex losses, seeded trees).

    .venv/bin/python benchmarks/bench_toll_chooser.py [--by-article] [--extra-features]

`--by-article` splits into 5 folds by article instead (identical texts kept together, seeded
shuffle): outlets then appear on both sides, as in FA-KES's own held-back half.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from collections import Counter
from itertools import combinations

import numpy as np
from scipy.optimize import minimize
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

from analysis import tolls
from analysis.tolls.extract import _is_vague  # the rules' own test of "dozens"-like estimates
from bench_tolls import N_FOLDS, READ_FOLDS, outlet_folds
from corpora import CorpusMissing, load_fakes

C_GRID = (0.01, 0.1, 1.0, 10.0)  # fixed before any run; the smaller C wins a tie
TREES = {"n_estimators": 200, "max_depth": 2, "learning_rate": 0.05, "random_state": 0}  # fixed a priori
QUALIFIERS = ("exact", "at_least", "more_than", "about", "nearly", "up_to", "range")
LEAD_SENTENCES = 3  # title + first two sentences
CIVILIAN = frozenset("people civilians children women men boys girls residents villagers family families".split())
COMBATANT = frozenset("soldiers troops fighters rebels militants jihadists terrorists insurgents gunmen "
                      "members officers policemen commanders forces".split())
ADDED_RE = re.compile(r"\b(?:another|also|more|further|additional|other|others)\b", re.I)  # "another five"
PERIOD_RE = re.compile(r"\b(?:since|past|last|over\s+the|in\s+24\s+hours|in\s+(?:one|a|two|three)\s+(?:days?|weeks?))\b",
                       re.I)  # a total over a period
WINDOW = 60
RULE_FEATURES = ("rule_pick", "rule_value", "log_ratio_to_rule")
FEATURES = (
    *RULE_FEATURES, "first_stated", "log_order", "log_sentence_no", "in_first_sentence", "in_lead",
    "relative_position", "first_in_sentence", *[f"qualifier_{q}" for q in QUALIFIERS], "vague", "part", "total",
    "update", "is_sum", "summed_part", "log_value", "is_largest", "is_smallest", "is_one", "log_value_rank",
    "log_repeats", "log_repeats_in_lead", "is_lead_largest", "civilian_victims", "combatant_victims", "attributed",
    "added_cue_before", "period_cue_near",
)
# --extra-features (tolls7): the shapes of the misses the rules leave on the read folds, as features
# a model may weigh (the rules cannot: each goes both ways in the coding)
EXTRA_FEATURES = (
    "part_of_pick_total",  # this toll plus another toll in the next two sentences is the rules' pick
    "same_victims_as_pick",  # same victim words as the rules' pick
    "lead_restates_title",  # in the second sentence, differing from the rules' pick in the first (the title)
)
BREAKDOWN_SENTENCES = 2  # sentences after the toll where the other part of the pick's total may stand


def candidates(claims) -> list[int]:
    return [i for i, c in enumerate(claims) if c.scope == "incident"]


def extra_features(claims, rule_pick) -> list[list[float]]:
    """One row of EXTRA_FEATURES per candidate toll."""
    cand = candidates(claims)
    pick = claims[rule_pick] if rule_pick is not None else None
    rows = []
    for i in cand:
        c = claims[i]
        if pick is None or i == rule_pick:
            rows.append([0.0] * len(EXTRA_FEATURES))
            continue
        s_no, p_no = c.sentence_no or 0, pick.sentence_no or 0
        others = [claims[j].value for j in cand if j != i and j != rule_pick
                  and 0 <= (claims[j].sentence_no or 0) - s_no <= BREAKDOWN_SENTENCES]
        rows.append([
            float(c.value < pick.value and any(c.value + v == pick.value for v in others)),
            float(c.victims == pick.victims),
            float(s_no == 1 and p_no == 0 and c.value != pick.value),
        ])
    return rows


def features(claims, rule_pick, body: str) -> list[list[float]]:
    """One row of FEATURES per candidate toll."""
    cand = candidates(claims)
    values = [claims[i].value for i in cand]
    lead = [claims[i].value for i in cand if (claims[i].sentence_no or 0) < LEAD_SENTENCES]
    rule_value = claims[rule_pick].value if rule_pick is not None else None
    summed = {s for c in claims if c.is_sum for s in c.sum_of}
    stated = [i for i in cand if not claims[i].is_sum]
    rank = {v: r for r, v in enumerate(sorted(set(values), reverse=True))}
    first_in: dict = {}
    for i in cand:
        first_in.setdefault(claims[i].sentence_no, i)
    rows = []
    for i in cand:
        c = claims[i]
        order = sum(1 for j in stated if j < i)
        s_no = c.sentence_no or 0
        before = re.split(r"[.!?]\s", body[max(0, c.start - WINDOW):c.start])[-1]
        near = before + body[c.start:c.end + WINDOW]
        parts = c.victims.split("+")
        civ, com = any(p in CIVILIAN for p in parts), any(p in COMBATANT for p in parts)
        rows.append([
            float(i == rule_pick), float(c.value == rule_value),
            max(-3.0, min(3.0, math.log(c.value / rule_value))) if rule_value else 0.0,
            float(order == 0), math.log1p(order), math.log1p(s_no), float(s_no == 0), float(s_no < LEAD_SENTENCES),
            c.start / max(1, len(body)), float(first_in[c.sentence_no] == i),
            *[float(c.qualifier == q) for q in QUALIFIERS],
            float(_is_vague(c)), float(c.part), float(c.total), float(c.update), float(c.is_sum),
            float(c.start in summed and not c.is_sum),
            math.log1p(c.value), float(c.value == max(values)), float(c.value == min(values)), float(c.value == 1),
            math.log1p(rank[c.value]), math.log1p(values.count(c.value) - 1),
            math.log1p(sum(1 for j in cand if j != i and claims[j].value == c.value
                           and (claims[j].sentence_no or 0) < LEAD_SENTENCES)),
            float(bool(lead) and c.value == max(lead)),
            float(civ and not com), float(com and not civ), float(c.attributed_to is not None),
            float(bool(ADDED_RE.search(before))), float(bool(PERIOD_RE.search(near))),
        ])
    return rows


def article_folds(texts: list[str], k: int = N_FOLDS, seed: int = 0) -> dict[str, int]:
    """Text -> fold: distinct texts shuffled with a fixed seed, dealt round-robin."""
    distinct = sorted(set(texts))
    random.Random(seed).shuffle(distinct)
    return {t: i % k for i, t in enumerate(distinct)}


def articles(by_article: bool = False, extra: bool = False) -> list[dict]:
    fakes = load_fakes()
    fakes = fakes.assign(gold=fakes["nb_civilians"] + fakes["nb_noncivilians"])
    df = fakes[fakes["gold"] > 0].reset_index(drop=True)
    bodies = df["article_content"].fillna("").tolist()
    if by_article:
        by_text = article_folds(bodies)
        fold_of = [by_text[b] for b in bodies]
    else:
        by_outlet = outlet_folds(df["source"].tolist())
        fold_of = [by_outlet[s] for s in df["source"]]
    out = []
    for body, gold, fold in zip(bodies, df["gold"].astype(float), fold_of):
        claims = tolls.extract_tolls(body, keep_internal=True)
        pick = next((i for i, c in enumerate(claims) if c.is_headline), None)
        cand = candidates(claims)
        rows = features(claims, pick, body)
        if extra:
            rows = [r + x for r, x in zip(rows, extra_features(claims, pick))]
        width = len(FEATURES) + (len(EXTRA_FEATURES) if extra else 0)
        out.append({"fold": fold, "gold": gold, "body": body, "claims": claims, "rule": pick, "cand": cand,
                    "X": np.array(rows, dtype=float).reshape(len(cand), width),
                    "y": np.array([claims[i].value == gold for i in cand], dtype=float)})
    return out


def ceilings(a) -> tuple[bool, bool, bool]:
    values = [c.value for c in a["claims"]]
    incident = a["y"].any()
    return incident, a["gold"] in values, a["gold"] in values or any(
        x + y == a["gold"] for x, y in combinations(values, 2))


def one_headline_ceiling(arts) -> int:
    """Rows any chooser can get right: identical texts get one headline, so of the rows sharing a
    text coded with several tolls (one row per sub-incident) at most those with one coded value
    can match; per text, the most rows sharing a coded toll that is among its incident tolls."""
    by_text: dict[str, Counter] = {}
    for a in arts:
        hits = by_text.setdefault(a["body"], Counter())
        if a["y"].any():
            hits[a["gold"]] += 1
    return sum(max(hits.values(), default=0) for hits in by_text.values())


class Standard:
    def __init__(self, X):
        self.mean, self.scale = X.mean(axis=0), X.std(axis=0)
        self.scale[self.scale == 0] = 1.0

    def __call__(self, X):
        return (X - self.mean) / self.scale


def _pick_scores(arts, scorer) -> float:
    """Exact accuracy when each article's headline is its best-scoring candidate (ties: earlier)."""
    ok = 0
    for a in arts:
        if a["cand"]:
            s = scorer(a["X"])
            k = max(range(len(s)), key=lambda j: (s[j], -j))
            ok += a["y"][k] == 1
    return ok / len(arts)


def fit_logistic(arts, C, cols):
    X = np.vstack([a["X"][:, cols] for a in arts if a["cand"]])
    y = np.concatenate([a["y"] for a in arts if a["cand"]])
    std = Standard(X)
    clf = LogisticRegression(C=C, max_iter=5000).fit(std(X), y)
    return lambda Z: clf.decision_function(std(Z[:, cols]))


def fit_conditional_logit(arts, C, cols):
    """Softmax over an article's candidates; the likelihood of the coded value (any toll with it)."""
    groups = [(a["X"][:, cols], a["y"]) for a in arts if a["y"].any()]
    std = Standard(np.vstack([X for X, _ in groups]))
    groups = [(std(X), y > 0) for X, y in groups]

    def loss(w):
        total, grad = 0.5 * w @ w / C, w / C
        for X, pos in groups:
            s = X @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            pp = p[pos].sum()
            total -= math.log(pp)
            grad = grad - X.T @ (np.where(pos, p, 0.0) / pp - p)
        return total, grad

    w = minimize(loss, np.zeros(len(cols)), jac=True, method="L-BFGS-B").x
    return lambda Z: std(Z[:, cols]) @ w


def fit_trees(arts, C, cols):
    X = np.vstack([a["X"][:, cols] for a in arts if a["cand"]])
    y = np.concatenate([a["y"] for a in arts if a["cand"]])
    clf = GradientBoostingClassifier(**TREES).fit(X, y)
    return lambda Z: clf.predict_proba(Z[:, cols])[:, 1]


def inner_c(arts, fitter, cols, folds) -> float:
    best = None
    for C in C_GRID:
        accs = [_pick_scores([a for a in arts if a["fold"] == f],
                             fitter([a for a in arts if a["fold"] in folds and a["fold"] != f], C, cols))
                for f in folds]
        if best is None or np.mean(accs) > best[0] + 1e-12:
            best = (np.mean(accs), C)
    return best[1]


def line(name: str, scores: list[float]) -> str:
    held = [s for f, s in enumerate(scores) if f not in READ_FOLDS]
    return (f"{name:44s} " + " ".join(f"{s:.3f}" for s in scores)
            + f"   {np.mean(scores):.3f}   {np.mean(held):.3f}")  # "held": folds outside READ_FOLDS


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--by-article", action="store_true", help="folds by article, not by outlet")
    ap.add_argument("--extra-features", action="store_true", help=f"add {', '.join(EXTRA_FEATURES)}")
    args = ap.parse_args(argv)
    try:
        arts = articles(args.by_article, args.extra_features)
    except CorpusMissing as exc:
        print(f"skipped: {exc}")
        return 0
    by_fold = [[a for a in arts if a["fold"] == f] for f in range(N_FOLDS)]
    split = "article (outlets on both sides)" if args.by_article else f"outlet; read folds {READ_FOLDS}"
    print(f"FA-KES dev: {len(arts)} coded articles, {sum(len(a['cand']) for a in arts)} incident tolls found; "
          f"folds by {split}")
    print(f"{'exact, by fold':44s} " + " ".join(f"  f{f} " for f in range(N_FOLDS)) + "   mean   held mean")
    for k, name in enumerate(("ceiling: coded toll among incident tolls", "ceiling: among any toll",
                              "ceiling: a toll or the sum of two")):
        print(line(name, [sum(ceilings(a)[k] for a in fa) / len(fa) for fa in by_fold]))
    print(line("ceiling: any chooser, one headline per text", [one_headline_ceiling(fa) / len(fa) for fa in by_fold])
          + "   rows " + " ".join(str(one_headline_ceiling(fa)) for fa in by_fold))
    print(line("rules (choose_headline, package default)",
               [sum(a["rule"] is not None and a["claims"][a["rule"]].value == a["gold"] for a in fa) / len(fa)
                for fa in by_fold]))
    names = FEATURES + (EXTRA_FEATURES if args.extra_features else ())
    every = list(range(len(names)))
    no_rule = [k for k, n in enumerate(names) if n not in RULE_FEATURES]
    for name, fitter, cols, tune in (
        ("logistic, C by inner CV", fit_logistic, every, True),
        ("logistic without the rules' pick", fit_logistic, no_rule, True),
        ("conditional logit, C by inner CV", fit_conditional_logit, every, True),
        ("gradient-boosted trees (fixed settings)", fit_trees, every, False),
    ):
        scores, cs = [], []
        for f in range(N_FOLDS):
            rest = [g for g in range(N_FOLDS) if g != f]
            C = inner_c(arts, fitter, cols, rest) if tune else 1.0
            cs.append(C)
            scores.append(_pick_scores(by_fold[f], fitter([a for a in arts if a["fold"] != f], C, cols)))
        print(line(name, scores) + (f"   C per fold {cs}" if tune else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
