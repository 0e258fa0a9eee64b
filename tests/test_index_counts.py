"""The index and the charts count the same things the same way (QA9 S1, U1): war totals dated
and undated as the war-total chart's title counts them, outlets as the tone section counts them,
the counters drawn above the unattributed claims, and the conflict the run was given named on the index."""

from __future__ import annotations

import html
import re
from pathlib import Path

import matplotlib.colors as mcolors
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
import report_tables as rt

from analysis import plots, report, tone
from analysis.tolls import timeline
from analysis.on_topic import OFF_TOPIC_WARNING
from analysis.tables import UNKNOWN_OUTLET

REPO = Path(__file__).resolve().parents[1]
GREYS = {mcolors.to_rgba("0.45"), mcolors.to_rgba("0.72")}  # plot_cumulative_tolls' unattributed / unclear


def _study(seed: int, n: int = 400, undated_share: float = 0.2, unknown_share: float = 0.0):
    """Articles and tolls with some articles undated (their tolls too) and some of unknown outlet."""
    rng = np.random.default_rng(seed)
    arts = rt.articles(n, seed=seed)
    arts.loc[rng.random(n) < undated_share, "published"] = pd.NaT
    arts.loc[rng.random(n) < unknown_share, "outlet"] = None
    tolls = rt.tolls(arts[arts["status"] == "ok"], seed=seed)
    # the toll rows carry their article's date and outlet, as notebook 02 writes them
    by_id = arts.set_index("article_id")
    tolls["published"] = tolls["article_id"].map(by_id["published"])
    tolls["outlet"] = tolls["article_id"].map(by_id["outlet"])
    return arts, tolls


def _number(pattern: str, text: str) -> int:
    found = re.search(pattern, text)
    assert found, (pattern, text)
    return int(found.group(1).replace(",", ""))


@settings(max_examples=8, deadline=None)
@given(st.integers(0, 10_000), st.floats(0.05, 0.5))
def test_war_totals_on_the_index_agree_with_the_charts_titles(seed, undated_share):
    """QA9 S1: the index said "1,804 give the war's total", the chart "n = 1,704 dated claims; 120
    undated not shown", the 120 being every kind of cumulative claim: they could not be made to agree."""
    arts, tolls = _study(seed, undated_share=undated_share)
    cum = timeline.classify_cumulative(tolls)
    war = cum[cum["claim_kind"] == timeline.WAR_TOTAL]
    sub = cum[cum["claim_kind"] == timeline.SUB_POPULATION]
    page = html.unescape(report.tolls_section(tolls, None, arts))
    total = _number(r"([\d,]+) gives? the war's total over all victims", page)
    assert total == len(war)
    fig = plots.plot_cumulative_tolls(tolls)
    try:
        title = " ".join(fig.axes[0].get_title().split())
        sub_title = " ".join(fig.axes[1].get_title().split()) if len(fig.axes) > 1 and sub["date"].notna().any() else ""
    finally:
        plt.close(fig)
    counts = re.search(r"n = ([\d,]+) dated claims(?:; ([\d,]+) undated not shown)?", title)
    assert counts, title
    dated, undated = (int((g or "0").replace(",", "")) for g in counts.groups())
    assert dated + undated == total, (title, page)
    assert dated == war["date"].notna().sum()
    if undated:
        assert f"({dated:,} dated, on the chart; {undated:,} with no date, not charted)" in page
    if sub_title:
        n_sub = _number(r"\(n = ([\d,]+) dated", sub_title)
        sub_undated = _number(r"([\d,]+) undated not shown", sub_title) if "undated" in sub_title else 0
        assert n_sub + sub_undated == _number(r"([\d,]+) (?:are|is) a total for one group", page) == len(sub)


def test_the_index_counts_only_the_rows_the_chart_draws_with_the_on_topic_flag():
    arts, tolls = _study(3, undated_share=0.0)
    off_ids = set(arts["article_id"][::4])
    arts["warnings"] = [OFF_TOPIC_WARNING if a in off_ids else "" for a in arts["article_id"]]
    charted = tolls[~tolls["article_id"].isin(off_ids)]
    page = html.unescape(report.tolls_section(tolls, None, arts, on_topic_only=True))
    n_cum = int((tolls["scope"] == "cumulative").sum())
    n_charted = int((charted["scope"] == "cumulative").sum())
    assert f"Of the {n_charted:,} cumulative claims the charts draw ({n_cum - n_charted:,} from articles" in page
    war = timeline.classify_cumulative(charted)["claim_kind"].eq(timeline.WAR_TOTAL).sum()
    assert f"{war:,} give the war's total" in page


def test_named_counters_are_drawn_above_the_unattributed_greys():
    """QA9 S1: at 10,000 articles 1,343 grey unattributed points were drawn over the counters' series."""
    _, tolls = _study(5, undated_share=0.0)
    fig = plots.plot_cumulative_tolls(tolls)
    try:
        drawn = [line for line in fig.axes[0].lines if len(line.get_xdata())]
        greys = [line.get_zorder() for line in drawn if mcolors.to_rgba(line.get_color()) in GREYS]
        named = [line.get_zorder() for line in drawn if mcolors.to_rgba(line.get_color()) not in GREYS
                 and mcolors.to_rgba(line.get_color()) != mcolors.to_rgba("red")]
        assert greys and named
        assert max(greys) < min(named)
    finally:
        plt.close(fig)


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 10_000), st.floats(0.0, 0.6))
def test_coverage_counts_outlets_as_the_tone_section_does(seed, unknown_share):
    """QA9 S1: Coverage said "17 outlets" counting "(unknown)" as one; Tone "16 named outlets plus 176 of
    unknown outlet"."""
    arts, _ = _study(seed, n=120, undated_share=0.0, unknown_share=unknown_share)
    ok = arts[arts["status"] == "ok"]
    page = html.unescape(report.coverage_section(arts))
    named, unknown = ok["outlet"].nunique(), int(ok["outlet"].isna().sum())
    if unknown:
        assert f"{named:,} named outlet{'s' if named != 1 else ''}, plus {unknown:,} article{'s' if unknown != 1 else ''} whose outlet is unknown" in page
        by = rt.by_source(rt.article_tone(ok.assign(outlet=ok["outlet"].fillna(UNKNOWN_OUTLET))))
        verdict = tone.tone_verdict(by, rt.pairwise(by))
        assert f"from {named:,} named outlet" in verdict
    else:
        assert f"{named:,} outlet" in page and "unknown" not in page


def test_the_latest_claims_table_names_an_unknown_outlet_as_coverage_does():
    """QA9 S1: the latest-claims table left the outlet cell blank where Coverage writes "(unknown)"."""
    arts, tolls = _study(7, undated_share=0.0, unknown_share=1.0)
    page = report.tolls_section(tolls, None, arts)
    table = page[page.index("The latest claim of the war"):]
    assert f"<td>{html.escape(UNKNOWN_OUTLET)}</td>" in table
    assert not re.search(r"<td>\s*</td>", table.split("</table>")[0])


def test_the_index_names_the_conflict_it_was_given(tmp_path):
    """QA9 U1: a run with --conflict-name Ukraine|Kyiv|Russia was headed "Syrian war coverage" and
    never said which conflict it studied."""
    page = report.write_index(tmp_path, [], conflict_name="Ukraine|Kyiv|Russia",
                              conflict_start="2022-02-24").read_text(encoding="utf-8")
    text = html.unescape(page)
    assert "<h1>War coverage (Ukraine): what the study found</h1>" in text and "Syria" not in text
    assert "Conflict studied: Ukraine (also written Kyiv, Russia), from 2022-02-24" in text
    assert "--conflict-name Ukraine|Kyiv|Russia, --conflict-start 2022-02-24" in text
    plain = report.write_index(tmp_path, []).read_text(encoding="utf-8")
    assert "<h1>War coverage: what the study found</h1>" in plain and "Syria" not in plain


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=1, max_size=30))
def test_any_conflict_name_heads_the_page_escaped(tmp_path_factory, name):
    page = report.write_index(tmp_path_factory.mktemp("index"), [], conflict_name=name,
                              conflict_start="2011-03-15").read_text(encoding="utf-8")
    first = next((" ".join(n.split()) for n in name.split("|") if n.strip()), None)
    heading = re.search(r"<h1>(.*): what the study found</h1>", page)[1]
    if first is None:
        assert heading == "War coverage"
    else:
        assert heading == html.escape(f"War coverage ({first})")
    # a name of blanks only ('\r') is no name: no line names it (the test escaped None there)
    assert ("Conflict studied: " in page) == (first is not None)
    assert first is None or f"Conflict studied: {html.escape(first)}" in page


PLACES = st.sampled_from(["Syria", "Ukraine", "Tigray", "Yemen", "Gaza", "Sudan", "Darfur", "Balkans", "Boko Haram",
                          "ISIS", "Central African Republic", "Donbas", "Iraq"])
FORMS = st.sampled_from(["{p}", "the {p} war", "{p} war", "the war in {p}", "{p} conflict", "{p}-Hamas", "War in {p}",
                         "{p}'s civil war", "{p} war 2003", "The {p} Crisis", "the {p} civil war", "{p}\u2019s war"])


@given(PLACES, FORMS, st.sampled_from(["", "|Damascus|Assad"]))
def test_the_heading_names_the_conflict_as_given_and_adds_no_words(place, form, aliases):
    """The index was headed "Syria war coverage" for the default conflict; then a rule that made the
    name English read "the Yemen's civil war", "the War in Donbas" without "the", "the war in Boko
    Haram", "the war in Balkans" (rev10r): no rule can know which names are places, groups or wars,
    so the heading shows the first name exactly as given, adding no "the" and no "war in"."""
    name = form.format(p=place)
    assert report.conflict_heading(name + aliases) == f"War coverage ({name})"


def test_the_reviewers_names_and_the_default_are_headed_as_given():
    assert report.conflict_heading("Yemen's civil war") == "War coverage (Yemen's civil war)"
    assert report.conflict_heading("War in Donbas") == "War coverage (War in Donbas)"
    assert report.conflict_heading("Iraq war 2003") == "War coverage (Iraq war 2003)"
    assert report.conflict_heading("Boko Haram") == "War coverage (Boko Haram)"
    assert report.conflict_heading("Central African Republic") == "War coverage (Central African Republic)"
    assert report.conflict_heading("Syria|Assad") == "War coverage (Syria)"
    assert report.conflict_heading(None) == report.conflict_heading(" | ") == "War coverage"


@settings(max_examples=40, deadline=None)
@given(counts=st.lists(st.integers(0, 3), min_size=4, max_size=4))
def test_the_cumulative_kinds_agree_with_their_counts(counts):
    """QA10 F20's index read "1 are too small to be the war's total": each kind of cumulative
    claim is said in the singular for one claim and the plural otherwise, with its count."""
    from analysis.report import cumulative_counts_line
    from analysis.tolls import timeline

    kinds = [timeline.WAR_TOTAL, timeline.SUB_POPULATION, timeline.IMPLAUSIBLE, timeline.VAGUE_TOTAL]
    cum = pd.DataFrame({"claim_kind": [k for k, n in zip(kinds, counts) for _ in range(n)]}, dtype=object)
    cum["date"] = pd.Timestamp("2016-01-01")
    line = cumulative_counts_line(cum, len(cum))
    for n, (plural, singular) in zip(counts, [("give", "gives"), ("are a total", "is a total"),
                                              ("are too small", "is too small"), ("are vague words", "is a vague word")]):
        assert f"{n:,} {singular if n == 1 else plural}" in line, line
