"""TextBlob and VADER scores: the fast ports on library versions they were verified on, the
libraries' own scorers on any other.

textblob_port and vader_port re-implement the libraries' scoring with the libraries' private
names and data; their equality (==) was checked on textblob 0.17-0.20 and vaderSentiment
3.3.1-3.3.2 (peer-suite comparisons, fuzzed and exhaustive short strings: see
benchmarks/bench_sentiment_ports.py). A different installed version may have moved those
names or changed the algorithm, so there a warning is issued once and the library's own
(slower, always correct) scorer is used. Ports are imported lazily, so an old
vaderSentiment does not stop a TextBlob user from importing analysis.tone.

Public API: textblob_sentiment, vader_polarity_scores, vader_lexicon, port_in_use,
VERIFIED_VERSIONS.
"""

from __future__ import annotations

import importlib
import re
import warnings
from functools import lru_cache
from importlib import metadata

__all__ = ["VERIFIED_VERSIONS", "port_in_use", "textblob_sentiment", "vader_polarity_scores", "vader_lexicon"]

# distribution -> (lowest, highest) release the port was checked equal to the library on,
# compared on the leading numeric parts of the version.
VERIFIED_VERSIONS = {
    "textblob": ((0, 17), (0, 20)),
    "vaderSentiment": ((3, 3, 1), (3, 3, 2)),
}
_LEADING_NUMBERS_RE = re.compile(r"\d+(?:\.\d+)*")


def installed_version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _verified(dist: str, version: str | None) -> bool:
    m = _LEADING_NUMBERS_RE.match(version or "")
    if not m:
        return False
    low, high = VERIFIED_VERSIONS[dist]
    parts = tuple(int(x) for x in m.group().split("."))
    return low <= parts[:len(low)] and parts[:len(high)] <= high


@lru_cache(maxsize=None)
def port_in_use(dist: str) -> bool:
    """True when the installed `dist` is a verified version (the port is used); otherwise
    warns once and returns False (the library's own scorer is used)."""
    version = installed_version(dist)
    if _verified(dist, version):
        return True
    low, high = (".".join(map(str, v)) for v in VERIFIED_VERSIONS[dist])
    warnings.warn(
        f"{dist} {version} is installed; analysis' fast port was verified on {low} to {high} only, "
        f"so {dist}'s own scorer is used (same scores, slower). Install a verified version "
        f"(requirements.lock) for speed.",
        RuntimeWarning, stacklevel=2,
    )
    return False


@lru_cache(maxsize=1)
def _vader_analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=None)
def _port(module: str):
    """A port module, imported on first use: a `from . import` in the scorers ran once per
    sentence, 1.2 us each, twice per sentence (~1 M sentences at 10,000 articles)."""
    return importlib.import_module(f"{__package__}.{module}")


def textblob_sentiment(text: str) -> tuple[float, float]:
    """TextBlob(text).sentiment as (polarity, subjectivity)."""
    if port_in_use("textblob"):
        return _port("textblob_port").sentiment(text)
    from textblob import TextBlob

    s = TextBlob(text).sentiment
    return s.polarity, s.subjectivity


def vader_polarity_scores(text: str) -> dict[str, float]:
    """SentimentIntensityAnalyzer().polarity_scores(text)."""
    if port_in_use("vaderSentiment"):
        return _port("vader_port").polarity_scores(text)
    return _vader_analyzer().polarity_scores(text)


def vader_lexicon() -> dict[str, float]:
    """VADER's word valences: the installed library's own table."""
    return _vader_analyzer().lexicon
