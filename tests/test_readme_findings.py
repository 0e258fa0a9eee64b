"""The README's findings on FA-KES are what the code finds: each figure quoted in the section
"What the study finds on FA-KES" is read from the README and recomputed from a run of the
stages on `fakes_dev.csv` exactly as shipped. A change to tolls or tone that moves a finding
fails here until the README says the new figure. Skips when the corpora are absent."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis.tone import MIN_ARTICLES

REPO = Path(__file__).resolve().parents[1]
NUMBER_WORDS = {w: i for i, w in enumerate("none one two three four five six seven eight nine ten".split())} | {"no": 0}
ALPHA = 0.05


def _section() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    m = re.search(r"^## What the study finds on FA-KES\n(.*?)^## ", text, re.S | re.M)
    assert m, "README has no 'What the study finds on FA-KES' section"
    return " ".join(m.group(1).split())


def _int(word: str) -> int:
    word = word.strip().lower()
    return NUMBER_WORDS[word] if word in NUMBER_WORDS else int(word.replace(",", ""))


def _find(pattern: str, text: str) -> re.Match:
    m = re.search(pattern, text)
    assert m, f"README findings no longer say {pattern!r}: update this test with the prose"
    return m


@pytest.fixture(scope="module")
def run(fakes, tmp_path_factory):
    """Stage 1, tolls and tone (textblob and hybrid) on the shipped FA-KES file."""
    from corpora import FAKES, corpus_path

    from analysis import stages
    from analysis.articles import build_articles

    tmp = tmp_path_factory.mktemp("fakes")
    raw = tmp / "raw"
    raw.mkdir()
    shutil.copy(corpus_path(FAKES), raw / FAKES)
    articles, removed, _ = build_articles(raw, progress=False)
    tolls = stages.death_tolls(articles)
    tone = {eng: stages.source_tone(articles, tmp / eng, tone_engine=eng) for eng in ("textblob", "hybrid")}
    articles.attrs["removed"] = removed
    return articles, tolls, tone


def test_inputs_and_toll_counts(run):
    articles, tolls, _ = run
    s = _section()
    m = _find(r"\((\d[\d,]*) articles from (\d+) outlets", s)
    assert (_int(m[1]), _int(m[2])) == (len(articles), articles["outlet"].nunique())
    m = _find(r"\((\d[\d,]*) ok; the (\w+) other rows repeat an article.*?\); (\d[\d,]*) mentions of a death toll in (\d[\d,]*) articles", s)
    ok = int((articles["status"] == "ok").sum())
    assert (_int(m[1]), _int(m[2])) == (ok, len(articles) - ok)
    assert (_int(m[3]), _int(m[4])) == (len(tolls), tolls["article_id"].nunique())
    from analysis.clean.link_tail import LINK_TAIL_REASON

    removed = articles.attrs["removed"]
    cut = removed.loc[removed["reason"].str.startswith(LINK_TAIL_REASON), "article_id"].nunique()
    assert _int(_find(r"run into the end of (\d[\d,]*) one-line\s+articles is cut", s)[1]) == cut


def test_latest_war_total_per_counter(run):
    from analysis.tolls import timeline

    _, tolls, _ = run
    s = _section()
    said = _find(r"\*\*The war's toll, by who counted\*\*:(.*?) - \*\*", s)[1]
    quoted = re.findall(r"(\d[\d,]*) \((?:[^()]*?, )?([A-Z][^,()]*), ([A-Z][a-z]{2} \d{4})\)", said)
    assert quoted, "no 'N (counter, Mon YYYY)' in the war-toll finding"
    latest = timeline.latest_war_total(tolls).set_index("counter")
    for value, counter, month in quoted:
        assert counter in latest.index, f"{counter} has no war-total claim"
        row = latest.loc[counter]
        assert (_int(value), month) == (int(row["value"]), row["date"].strftime("%b %Y")), counter
    named = [c for c in latest.index if timeline.judged(c)]
    assert sorted(c for _, c, _ in quoted) == sorted(named), "every named counter's latest total is quoted"
    cum = timeline.classify_cumulative(tolls)
    unattributed = int(((cum["claim_kind"] == timeline.WAR_TOTAL) & (cum["counter"] == timeline.UNATTRIBUTED)).sum())
    assert _int(_find(r"(\d[\d,]*) war totals name no counter", said)[1]) == unattributed
    if "No counter ever reports a war total below one it reported earlier" in said:
        assert timeline.backwards_by_counter(tolls).empty


def _compared(t: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    by = t["by_source"]
    by = by[by["voice"] == "all"] if "voice" in by else by
    big = set(by.loc[by["n_articles"] >= MIN_ARTICLES, "outlet"])  # the verdict compares only these
    pw = t["pairwise"]
    tested = pw[pw["outlet_a"].isin(big) & pw["outlet_b"].isin(big)]
    return by[by["outlet"].isin(big)], tested


def test_tone_findings(run):
    _, _, tone = run
    s = _section()
    m = _find(r"with the default TextBlob (\w+) pairs? of outlets differs? after Holm correction"
              r"(?: \(\*(\w+)\*(?: and \*(\w+)\*)? more negative than \*(\w+)\*\))?", s)
    _, tested = _compared(tone["textblob"])
    sig = tested[tested["p_holm"] < ALPHA]
    assert _int(m[1]) == len(sig)
    said = {(low, m[4]) for low in (m[2], m[3]) if low}  # (more negative, than)
    assert len(said) == len(sig)
    for low, high in said:
        row = sig[(sig["outlet_a"].isin([low, high])) & (sig["outlet_b"].isin([low, high]))]
        assert len(row) == 1, f"{low} vs {high} is not a significant pair"
        row = row.iloc[0]
        assert (row["outlet_a"] if row["difference"] < 0 else row["outlet_b"]) == low

    m = _find(r"with `hybrid`.*?(\d+) of the (\d+) pairs of outlets with at least (\d+) articles differ"
              r" \(\*(\w+)\* and \*(\w+)\* most negative, \*(\w+)\* and \*(\w+)\* least\)", s)
    by, tested = _compared(tone["hybrid"])
    assert _int(m[3]) == MIN_ARTICLES
    assert (_int(m[1]), _int(m[2])) == (int((tested["p_holm"] < ALPHA).sum()), len(tested))
    ranked = by.sort_values(["mean", "outlet"], kind="stable")["outlet"].tolist()
    assert {m[4], m[5]} == set(ranked[:2]) and {m[6], m[7]} == set(ranked[-2:])


def test_tone_pairs_re_tested(run):
    # rev11r R3/R4: the narration and each-story-once re-tests as the README quotes them, and the
    # number of copies that makes the second near the same data
    _, _, tone = run
    s = _section()
    m = _find(r"Holm over the same (\d+) pairs, (\w+) of the (\d+) also differ on narration only .*?"
              r"and (?:all )?(\w+) with each syndicated story once.*?(\d[\d,]*) of the compared outlets' (\d[\d,]*)\s+articles are copies", s)
    by, tested = _compared(tone["hybrid"])
    sig = tested[tested["p_holm"] < ALPHA]
    assert _int(m[1]) == len(tested) and _int(m[3]) == len(sig)
    assert (_int(m[2]), _int(m[4])) == (int(sig["holds_in_narration"].eq("holds").sum()),
                                   int(sig["holds_deduplicated"].eq("holds").sum()))
    assert (_int(m[5]), _int(m[6])) == (int(by["n_copies"].sum()), int(by["n_articles"].sum()))
