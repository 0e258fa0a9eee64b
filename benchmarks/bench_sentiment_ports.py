"""Are the fast ports of TextBlob's and VADER's scorers identical to the libraries, and how fast?

Scoring every sentence with TextBlob and VADER is most of the tone stage, and the scale issue
asks the whole analysis to cost at most 3x a bare TextBlob loop. `analysis.tone.textblob_port` and
`analysis.tone.vader_port` reimplement the two scorers with the libraries' own lexicons; a port is
only usable if it gives exactly (==) the library's numbers. This script scores every sentence
of the reference corpora (FA-KES and WCXB bodies split by text.split_sentences, NYT and
NewsMTSC sentences) and every whole FA-KES article with both, counts the texts whose scores
differ (target 0) and prints library time / port time on the same texts.

    python benchmarks/bench_sentiment_ports.py [--limit N]
"""

from __future__ import annotations

import argparse
import functools
import importlib
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import corpora  # noqa: E402
from analysis import tone  # noqa: E402
from analysis.text import split_sentences  # noqa: E402


def library_textblob(text: str):
    from textblob.en import sentiment

    return tuple(sentiment(text))


@functools.lru_cache(maxsize=1)
def _vader_library():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def library_vader(text: str):
    return _vader_library().polarity_scores(text)


# engine: (library scorer, port module, port function)
PORTS = {
    "textblob": (library_textblob, "analysis.tone.textblob_port", "sentiment"),
    "vader": (library_vader, "analysis.tone.vader_port", "polarity_scores"),
}


def corpus_texts(limit: int | None = None) -> dict[str, list[str]]:
    """Texts to compare on, by source; sources whose corpus is absent are left out."""
    texts: dict[str, list[str]] = {}

    def split(bodies):
        return [b[s:e] for b in bodies for s, e in split_sentences(b)]

    loaders = {
        "fakes sentences": lambda: split(corpora.load_fakes()["article_content"].dropna().astype(str)),
        "fakes articles": lambda: list(corpora.load_fakes()["article_content"].dropna().astype(str)),
        "wcxb sentences": lambda: split(p["gold_body"] or "" for p in corpora.load_wcxb()),
        "nyt sentences": lambda: list(corpora.load_nyt()["sentence"].dropna().astype(str)),
        "newsmtsc sentences": lambda: [r["sentence_normalized"] for r in corpora.load_newsmtsc(corpora.NEWSMTSC_TRAIN)],
    }
    for name, load in loaders.items():
        try:
            texts[name] = load()[:limit]
        except corpora.CorpusMissing as exc:
            print(f"skipped {name}: {exc}")
    return texts


def compare(engine: str, texts: dict[str, list[str]], show: int = 3) -> None:
    library, module, fn = PORTS[engine]
    try:
        port = getattr(importlib.import_module(module), fn)
    except (ImportError, AttributeError) as exc:
        print(f"{engine}: no port ({exc})")
        return
    library("warm up"), port("warm up")
    for name, items in texts.items():
        t0 = time.perf_counter()
        want = [library(t) for t in items]
        t_lib = time.perf_counter() - t0
        t0 = time.perf_counter()
        got = [port(t) for t in items]
        t_port = time.perf_counter() - t0
        bad = [i for i, (w, g) in enumerate(zip(want, got)) if w != g]
        print(f"{engine:8s} {name:20s} {len(items):6,d} texts  differ {len(bad):4d}  "
              f"library {t_lib:6.2f}s  port {t_port:6.2f}s  speed-up {t_lib / max(t_port, 1e-9):.2f}x")
        for i in bad[:show]:
            print(f"    {items[i][:120]!r}: library {want[i]} port {got[i]}")


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--limit", type=int, default=None, help="at most N texts per source")
    p.add_argument("--engine", choices=sorted(PORTS), action="append")
    a = p.parse_args(argv)
    texts = corpus_texts(a.limit)
    for engine in a.engine or sorted(PORTS):
        compare(engine, texts)


if __name__ == "__main__":
    main()
