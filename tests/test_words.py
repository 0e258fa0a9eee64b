"""Counts in words: '1 pairs were compared', '1 articles with a warning', 'claim(s)' and 'pair(s)'
went to readers; one helper (words.counted) writes every count."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import display, tone
from analysis.words import Worded, agreeing, counted

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
    assert counted(1, what) == "1 record repeats an earlier record or file, whose article is read once"
    assert counted(3, what) == "3 records repeat an earlier record or file, whose article is read once"
    assert counted(1, Worded("news outlets", "news outlet")) == "1 news outlet"


def _by_hand_plurals(source: str) -> list[int]:
    """`'names' if n == 1 else 'name'`: a conditional on a count being 1 between two strings."""
    import ast

    return [node.lineno for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.IfExp) and isinstance(node.test, ast.Compare)
            and any(isinstance(c, ast.Constant) and c.value == 1 for c in node.test.comparators)
            and all(isinstance(b, ast.Constant) and isinstance(b.value, str) for b in (node.body, node.orelse))]


def test_a_count_picks_its_words_through_words_worded_not_by_hand():
    """chart_rows and the index's coverage lines chose 'names'/'name', 'is'/'are', 'it'/'them'
    by hand beside counted(): one home for a count's words (words.Worded)."""
    from pathlib import Path

    pkg = Path(__file__).resolve().parents[1] / "src" / "analysis"
    found = {}
    for path in sorted(pkg.rglob("*.py")):
        name = "analysis." + ".".join(path.relative_to(pkg).with_suffix("").parts)
        if name != "analysis.words" and (lines := _by_hand_plurals(path.read_text(encoding="utf-8"))):
            found[name] = lines
    assert not found, found  # none left: ingest, metadata_dates, tables and tone's agreement and verdict were the last


def test_the_by_hand_check_finds_a_by_hand_plural():
    """The check above can fail: the choices the last modules made, as they were written."""
    for line in ("f\"{counted(n, 'pairs')} {'was' if n == 1 else 'were'} compared\"",
                 "noun = 'input' if len(statuses) == 1 else 'inputs'", "verb = 'get' if n != 1 else 'gets'"):
        assert _by_hand_plurals(line) == [1], line
    assert _by_hand_plurals("noun = agreeing(len(statuses), 'inputs')") == []


@pytest.mark.parametrize("n", [0, 1, 2, 1234])
def test_agreeing_is_counted_without_its_count(n):
    for phrase in [*PHRASES, Worded("records repeat", "record repeats")]:
        assert counted(n, phrase) == f"{n:,} {agreeing(n, phrase)}"


def test_an_error_in_one_line_has_one_home():
    """Review 7: report and pipeline each had their own _one_line (limits 160 and 200)."""
    from analysis import pipeline, report
    from analysis.words import ONE_LINE_LIMIT, one_line

    assert pipeline.one_line is one_line and report.one_line is one_line
    assert not hasattr(pipeline, "_one_line") and not hasattr(report, "_one_line")
    said = one_line(ValueError("a\n b  " + "x" * (2 * ONE_LINE_LIMIT)))
    assert said.startswith("ValueError: a b x") and said.endswith("...") and "\n" not in said
    assert len(said) == len("ValueError: ") + ONE_LINE_LIMIT + len("...")
