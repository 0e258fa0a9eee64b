"""The ports' version guard: verified versions use the port, any other the library's scorer."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pytest

from analysis.tone import ports as scorers

SENTENCES = ["The attack was horrific and cruel.", "He met Gov. Brown. He left happy!", "Not bad at all :)"]


@pytest.fixture
def fresh_guard(monkeypatch):
    scorers.port_in_use.cache_clear()
    yield monkeypatch
    scorers.port_in_use.cache_clear()


@pytest.mark.parametrize("dist, version, ok", [
    ("textblob", "0.17.1", True), ("textblob", "0.20.1", True), ("textblob", "0.16.0", False),
    ("textblob", "0.21.0", False), ("vaderSentiment", "3.3.2", True), ("vaderSentiment", "3.3.1", True),
    ("vaderSentiment", "3.2.1", False), ("vaderSentiment", "3.4.0", False), ("vaderSentiment", None, False),
    ("textblob", "garbage", False),
])
def test_verified_ranges(dist, version, ok):
    assert scorers._verified(dist, version) is ok


def test_installed_versions_are_the_verified_ones(fresh_guard):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert scorers.port_in_use("textblob") and scorers.port_in_use("vaderSentiment")


def test_unverified_version_warns_once_and_uses_the_library(fresh_guard):
    from textblob import TextBlob
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    fresh_guard.setattr(scorers, "installed_version", lambda dist: "0.0.1")
    with pytest.warns(RuntimeWarning, match="own scorer is used") as caught:
        got_tb = [scorers.textblob_sentiment(s) for s in SENTENCES]
        got_vd = [scorers.vader_polarity_scores(s) for s in SENTENCES]
    assert len([w for w in caught if "textblob" in str(w.message)]) == 1
    assert len([w for w in caught if "vaderSentiment" in str(w.message)]) == 1
    assert got_tb == [tuple(TextBlob(s).sentiment) for s in SENTENCES]
    analyzer = SentimentIntensityAnalyzer()
    assert got_vd == [analyzer.polarity_scores(s) for s in SENTENCES]


def test_port_and_library_agree_on_verified_version(fresh_guard):
    from textblob import TextBlob

    assert [scorers.textblob_sentiment(s) for s in SENTENCES] == [tuple(TextBlob(s).sentiment) for s in SENTENCES]


def test_importing_tone_does_not_import_the_ports():
    code = "import sys, analysis.tone; print('analysis.tone.vader_port' in sys.modules, 'analysis.tone.textblob_port' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]
