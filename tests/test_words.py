"""Counts in words: '1 pairs were compared', '1 articles with a warning', 'claim(s)' and 'pair(s)'
went to readers; one helper (words.counted) writes every count."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import display, tone
from analysis.words import Worded, counted

# captions the notebooks and the index pass as `what` (plural), and the singular each must give
PHRASES = {
    "articles with a warning": "article with a warning", "kinds of input status": "kind of input status",
    "engine pair(s): Spearman rho of outlet means": "engine pair: Spearman rho of outlet means",
    "removed lines": "removed line", "outlets, each story once": "outlet, each story once",
    "pairs of outlets": "pair of outlets", "claims below their counter's earlier lower bound":
    "claim below their counter's earlier lower bound", "input not read": "input not read", "processes": "process",
    "matches": "match", "boxes": "box",
}


@pytest.mark.parametrize("phrase", sorted(PHRASES))
def test_one_of_each_caption_is_singular(phrase):
    """Every caption at n=1, not left to a draw: a CI run drew 'processes' at 1 and got
    '1 processe' ('-es' after ss/sh/ch/x/z goes as a whole)."""
    assert counted(1, phrase) == f"1 {PHRASES[phrase]}"


@given(st.integers(0, 10**7), st.sampled_from(sorted(PHRASES)))
def test_a_count_agrees_with_its_noun(n, phrase):
    text = counted(n, phrase)
    assert "(s)" not in text
    assert text == (f"1 {PHRASES[phrase]}" if n == 1 else f"{n:,} {phrase.replace('(s)', 's')}")


def test_table_captions_and_the_verdict_say_1_article_and_1_pair():
    table = display.people_table(pd.DataFrame({"article_id": ["a"]}), what="articles with a warning")
    assert table.caption == "1 article with a warning"
    at = pd.DataFrame({"article_id": [f"{o}{i}" for o in "ab" for i in range(12)], "outlet": ["a"] * 12 + ["b"] * 12,
                       "published": None, tone.ENGINE_SCORE["textblob"]: [-0.5 + 0.01 * i for i in range(12)] + [0.5] * 12})
    verdict = tone.tone_verdict(tone.tone_by_source(at, n_boot=100), tone.pairwise_source_differences(at, n_perm=999))
    assert "1 pair was compared" in verdict and "1 pair differs after correction" in verdict
    assert not re.search(r"\b1 \w+s (were|differ)\b|\(s\)", verdict), verdict


def test_a_worded_phrase_reads_in_its_own_singular():
    """Notebook 01's caption for one repeated record read '1 record repeat an earlier record':
    inputs_not_read gave the singular and counted cut the verb's s. A Worded phrase carries both."""
    import pandas as pd

    from analysis.tables import inputs_not_read

    what = inputs_not_read(pd.Series(["duplicate_record: repeats line 2"]))
    assert counted(1, what) == "1 record repeats an earlier record, whose article is read once"
    assert counted(3, what) == "3 records repeat an earlier record, whose article is read once"
    assert counted(1, Worded("news outlets", "news outlet")) == "1 news outlet"
