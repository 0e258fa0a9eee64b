"""A war total of another war quoted in an article about the study's conflict ("The Yemen war has
killed an estimated 377,000 people, according to the UN.") is scoped "other", never charted as the
conflict's total; the conflict is a parameter (--conflict-name), Syria by default (QA9 1, issue 14:
"scope rules that work for any war"). Sentences are generated from war names x toll shapes x
counters; the countries and demonyms below are written from a list of wars in the news, not from
the rule's gazetteer."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import pipeline, tolls

# (country, demonym) of wars reported beside Syria's and Ukraine's
WARS = [("Yemen", "Yemeni"), ("Iraq", "Iraqi"), ("Afghanistan", "Afghan"), ("Libya", "Libyan"),
        ("Sudan", "Sudanese"), ("Somalia", "Somali"), ("Ethiopia", "Ethiopian"), ("Lebanon", "Lebanese"),
        ("Mali", "Malian"), ("Nigeria", "Nigerian"), ("Colombia", "Colombian"), ("Myanmar", "Burmese"),
        ("Syria", "Syrian"), ("Ukraine", "Ukrainian")]
STUDIES = {"Syria": ("Syria", "Syrian"), "Ukraine": ("Ukraine", "Ukrainian")}

# How the war is named: by its country, its country's possessive, its demonym, or its place
WAR_NAMES = [
    lambda c, d: f"the {c} war", lambda c, d: f"{c}'s war", lambda c, d: f"{c}'s civil war",
    lambda c, d: f"the {d} conflict", lambda c, d: f"the war in {c}", lambda c, d: f"the conflict in {c}",
    lambda c, d: f"the war in neighbouring {c}",
]
# The toll's shape around the war's name
SHAPES = [
    lambda war, n: f"{war[0].upper() + war[1:]} has killed more than {n:,} people",
    lambda war, n: f"{war[0].upper() + war[1:]} has killed an estimated {n:,} civilians",
    lambda war, n: f"{war[0].upper() + war[1:]} has claimed {n:,} lives",
    lambda war, n: f"More than {n:,} people have been killed in {war}",
    lambda war, n: f"At least {n:,} people have died in {war} since it began",
]
# Who counted: none of them names a country
COUNTERS = ["", ", according to the UN", ", the United Nations says", ", the monitor said",
            ", according to the World Health Organization", ", researchers estimate"]
counts = st.integers(10_000, 900_000)
other_war = st.sampled_from(WARS)


def _scopes(text: str, conflict: str) -> list[str]:
    return [c["scope"] for c in tolls.extract_tolls(text, conflict_name=conflict)]


def _sentence(war: str, shape, n: int, counter: str) -> str:
    return f"{shape(war, n)}{counter}."


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(STUDIES)), other_war, st.sampled_from(WAR_NAMES), st.sampled_from(SHAPES), counts,
       st.sampled_from(COUNTERS))
def test_another_wars_total_is_other(study, war, name, shape, n, counter):
    if war[0] == study:
        return
    text = _sentence(name(*war), shape, n, counter)
    assert _scopes(text, study) == ["other"], (study, text)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(STUDIES)), st.sampled_from(WAR_NAMES), st.sampled_from(SHAPES), counts,
       st.sampled_from(COUNTERS))
def test_the_study_conflicts_total_stays_cumulative(study, name, shape, n, counter):
    text = _sentence(name(*STUDIES[study]), shape, n, counter)
    assert _scopes(text, study) == ["cumulative"], (study, text)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(STUDIES)), st.sampled_from(SHAPES[:3]), counts, st.sampled_from(COUNTERS))
def test_a_war_named_by_no_country_keeps_its_scope(study, shape, n, counter):
    """No country named ("The war", "The uprising"): today's scope, whatever the study."""
    text = _sentence("the war", shape, n, counter)
    assert _scopes(text, study) == ["cumulative"], (study, text)


def test_default_conflict_is_syria():
    text = "The Yemen war has killed an estimated 377,000 people, according to the UN."
    assert [c["scope"] for c in tolls.extract_tolls(text)] == ["other"]
    own = "The Syrian war has killed more than 500,000 people, the Syrian Observatory says."
    assert [c["scope"] for c in tolls.extract_tolls(own)] == ["cumulative"]


def test_a_named_war_of_no_country_keeps_its_scope():
    """'the Assad regime's war', 'World War II': no other country's war."""
    for text in ("The Assad regime's war has killed more than 400,000 people, the monitor says.",
                 "The war has killed more than 400,000 people, the highest toll in the region since World War II."):
        assert _scopes(text, "Syria") == ["cumulative"], text


def test_an_article_comparing_wars_keeps_its_own_total():
    """QA9 1's article: a Syrian strike story that quotes Iraq's and Yemen's totals."""
    body = ("Air strikes killed 12 people in rebel-held parts of Aleppo on Friday, the Syrian Observatory for Human "
            "Rights said. More than 250,000 people have been killed in Syria's civil war since 2011. "
            "The war in neighbouring Iraq has killed more than 100,000 civilians since 2003. "
            "The Yemen war has killed an estimated 377,000 people, according to the UN.")
    got = [(c["value"], c["scope"]) for c in tolls.extract_tolls(body)]
    assert got == [(12, "incident"), (250_000, "cumulative"), (100_000, "other"), (377_000, "other")]


def test_read_death_tolls_passes_the_conflict():
    arts = pd.DataFrame([{"article_id": "a", "status": "ok", "published": "2023-05-01", "outlet": "x", "warnings": None,
                          "body": "The Syrian war has killed more than 500,000 people, the Syrian Observatory says."}])
    assert list(tolls.read_death_tolls(arts)[0]["scope"]) == ["cumulative"]
    assert list(tolls.read_death_tolls(arts, conflict_name="Ukraine")[0]["scope"]) == ["other"]


def test_notebook_02_takes_the_conflict_name():
    """The pipeline passes only the parameters a notebook declares: 02 must declare conflict_name."""
    nb = Path(__file__).resolve().parents[1] / "notebooks" / "02_death_tolls.ipynb"
    assert "conflict_name" in pipeline.declared_parameters(nb)
    assert "conflict_name=conflict_name" in "".join(
        "".join(c["source"]) for c in json.loads(nb.read_text())["cells"])


# A second counter's figure right after the war's total, with no cue of its own
SECOND_COUNTERS = ["The Syrian Observatory for Human Rights", "The Observatory", "The monitor", "Activists",
                   "The opposition", "Another monitoring group"]
SECOND_VERBS = ["said more than {n:,} people had been killed", "put the number of dead at {n:,}",
                "said {n:,} people had died", "says more than {n:,} people have been killed"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(SECOND_COUNTERS), st.sampled_from(SECOND_VERBS), counts, counts)
def test_a_second_count_right_after_the_war_total_is_cumulative(counter, verb, first, second):
    """QA9 1: "The Syrian Observatory for Human Rights said more than 270,000 people had been
    killed." right after the UN's Syrian total was "other" (a large toll with no cue) and lost."""
    body = (f"The United Nations said more than {first:,} people have been killed in Syria's civil war since 2011. "
            f"{counter} {verb.format(n=second)}.")
    got = [(c["value"], c["scope"]) for c in tolls.extract_tolls(body)]
    assert got == [(first, "cumulative"), (second, "cumulative")], body


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([c for c in SECOND_COUNTERS if "Syria" not in c]), counts,
       other_war.filter(lambda w: w[0] != "Syria"))
def test_a_second_count_of_another_countrys_dead_stays_other(counter, n, war):
    """(A sentence that also names the conflict, "the Syrian Observatory", keeps the total's scope.)"""
    body = ("The United Nations said more than 250,000 people have been killed in Syria's civil war since 2011. "
            f"In {war[0]}, {counter[0].lower() + counter[1:]} said more than {n:,} people had been killed.")
    got = [c["scope"] for c in tolls.extract_tolls(body)]
    assert got == ["cumulative", "other"], body
