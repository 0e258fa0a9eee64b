"""Paths and loaders for the labelled reference corpora used by benchmarks, tests and scripts
(development only: not part of the runtime package; they put benchmarks/ on sys.path).

The corpora live outside the repo (their licences ask for attribution, and part of each is
held back), so they are found through ANALYSIS_CORPORA, defaulting to ../shared/corpora next
to the checkout. Callers skip cleanly when they are absent.
"""

from __future__ import annotations

import gzip
import json
import os
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

REPO_ROOT = Path(__file__).resolve().parents[1]
FAKES = "fakes_dev.csv"
WCXB = "wcxb_articles_dev.jsonl.gz"
NYT = "nyt_editorial_sentences_dev.csv"
NEWSMTSC_TRAIN = "newsmtsc_train.jsonl"
NEWSMTSC_DEVTEST = "newsmtsc_devtest_mt.jsonl"
VADER_SNIPPETS = "vader_human_rated_snippets.csv"
PEER_PAGES = "peer_html_pages_dev.jsonl.gz"


class CorpusMissing(FileNotFoundError):
    """A reference corpus is not on this machine."""


def corpora_dir() -> Path:
    """ANALYSIS_CORPORA, else shared/corpora beside the checkout (or beside the folder holding a
    git worktree one level down)."""
    env = os.environ.get("ANALYSIS_CORPORA")
    if env:
        return Path(env)
    for up in (REPO_ROOT.parent, REPO_ROOT.parent.parent):
        if (up / "shared" / "corpora").is_dir():
            return up / "shared" / "corpora"
    return REPO_ROOT.parent / "shared" / "corpora"


def adversarial_dir() -> Path:
    """The bad-input cases (../shared/adversarial): ANALYSIS_ADVERSARIAL, else beside the corpora."""
    return Path(os.environ.get("ANALYSIS_ADVERSARIAL", corpora_dir().parent / "adversarial"))


def corpus_path(name: str) -> Path:
    path = corpora_dir() / name
    if not path.exists():
        raise CorpusMissing(f"{path} not found: set ANALYSIS_CORPORA to the folder holding {name}")
    return path


def _jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_fakes(**read_csv) -> pd.DataFrame:
    """FA-KES dev: article_content, source, date (m/d/yy), casualty counts (keyword arguments go
    to pandas.read_csv, e.g. dtype=str, keep_default_na=False for the cells as written)."""
    return pd.read_csv(corpus_path(FAKES), **read_csv)


def load_wcxb() -> list[dict]:
    """WCXB dev pages: html, text (plain-text dump), gold_title, gold_date, gold_body."""
    return _jsonl(corpus_path(WCXB))


def load_peer_pages() -> list[dict]:
    """Half of htmldate's and trafilatura's evaluation pages: id, set, url, html, gold_date
    (trafilatura's also gold_title, with, without)."""
    return _jsonl(corpus_path(PEER_PAGES))


def load_nyt() -> pd.DataFrame:
    """NYT editorial sentences with the mean of 20 human tone ratings (-4..+4)."""
    return pd.read_csv(corpus_path(NYT))


def load_vader_snippets() -> pd.DataFrame:
    """Tweets, movie- and product-review snippets (`corpus`, `snippet_id`, `text`) with the mean of
    20 human tone ratings (`human_mean`, -4..+4): the VADER paper's other rated texts."""
    return pd.read_csv(corpus_path(VADER_SNIPPETS), keep_default_na=False, dtype={"text": str})


def load_newsmtsc(name: str = NEWSMTSC_DEVTEST) -> list[dict]:
    """NewsMTSC sentences with per-target polarity (2 negative, 4 neutral, 6 positive)."""
    return _jsonl(corpus_path(name))


# Scoring as issue 3 defines it, shared by benchmarks/bench_clean.py and the line-model trainer.
TOKEN_RE = re.compile(r"\w+")


def norm_title(text: str | None) -> str:
    """Casefolded words joined by single spaces: titles compare equal despite punctuation/space."""
    return " ".join(TOKEN_RE.findall((text or "").casefold()))


def body_scores(pred: str | None, gold: str | None) -> tuple[float, float, float]:
    """Precision, recall, F1 of the multiset of lowercase \\w+ tokens of an extracted body."""
    p = Counter(TOKEN_RE.findall((pred or "").lower()))
    g = Counter(TOKEN_RE.findall((gold or "").lower()))
    ov = sum((p & g).values())
    P = ov / max(sum(p.values()), 1)
    R = ov / max(sum(g.values()), 1)
    return P, R, (2 * P * R / (P + R) if P + R else 0.0)


# NewsMTSC labels from a sentence score, shared by the two tone-model trainers.
def labels(scores, lo, hi) -> np.ndarray:
    """-1 below lo, +1 above hi, else 0."""
    return np.where(scores < lo, -1, np.where(scores > hi, 1, 0))


def best_thresholds(scores, y) -> tuple[float, float, float]:
    """(lo, hi, macro-F1): the pair of score quantiles with the best macro-F1."""
    from sklearn.metrics import f1_score  # development dependency

    qs = np.unique(np.round(np.quantile(scores, np.linspace(0.02, 0.98, 49)), 4))
    best = (-1.0, 0.0, 0.0)
    for i, lo in enumerate(qs):
        for hi in qs[i:]:
            f = f1_score(y, labels(scores, lo, hi), average="macro")
            if f > best[0]:
                best = (f, float(lo), float(hi))
    return best[1], best[2], best[0]
