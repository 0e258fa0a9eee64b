"""Death tolls: the bundled articles' claims (read from the files by hand), the false
positives the issue lists, number forms, qualifiers, scope, attribution, and the chart tables."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis import tolls
from analysis.text import split_sentences
from analysis.tolls import extract
from analysis.ingest import iter_raw

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"

# From reading data/raw: (value, qualifier, scope, is_headline, the phrase at the span).
SEED_CLAIMS = {
    "000_34ba56db2594bef2": [(195_000, "more_than", "cumulative", False, "more than 195,000")],
    "001_b923eaa77fc1925b": [
        (300_000, "about", "cumulative", False, "some 300,000"),
        (7, "at_least", "incident", True, "at least seven"),
    ],
    "002_7fc69e07f9be378f": [],
    "003_2236a6fd410937a9": [(310_000, "more_than", "cumulative", False, "More than 310,000")],
    "004_245d3a7a211bfa20": [(330_000, "more_than", "cumulative", False, "more than 330,000")],
}


def one(text: str) -> dict:
    claims = tolls.extract_tolls(text)
    assert len(claims) == 1, claims
    return claims[0]


def phrase(text: str, claim: dict) -> str:
    return text[claim["start"]:claim["end"]]


# --- bundled articles ------------------------------------------------------------------------


@pytest.mark.parametrize("doc", list(iter_raw(RAW)), ids=lambda d: d.article_id)
def test_seed_article_claims_exactly(doc):
    """Exactly the claims a reader finds, at spans that show them, from the raw text (the
    chrome lines around the body hold no toll either)."""
    claims = tolls.extract_tolls(doc.text)
    got = [(c["value"], c["qualifier"], c["scope"], c["is_headline"], phrase(doc.text, c)) for c in claims]
    assert got == SEED_CLAIMS[doc.article_id]


def test_seed_incident_toll_details():
    doc = next(d for d in iter_raw(RAW) if d.article_id.startswith("001_"))
    head = [c for c in tolls.extract_tolls(doc.text) if c["is_headline"]]
    assert len(head) == 1
    c = head[0]
    assert (c["low"], c["high"], c["victims"]) == (7, None, "people")
    assert c["attributed_to"] == "an international monitor"
    assert "left at least seven people dead" in c["sentence"]


def test_build_death_tolls_on_cleaned_seed_articles():
    """The table the notebook writes: five rows, carried date and outlet, spans into the body."""
    from analysis.articles import build_articles

    articles, _, _ = build_articles(RAW, progress=False)
    assert (articles["status"] == "ok").all(), articles[["article_id", "status"]]
    table = tolls.build_death_tolls(articles)
    assert list(table.columns) == tolls.TOLL_COLUMNS
    expected = [(aid, v, q, s, h) for aid, rows in SEED_CLAIMS.items() for v, q, s, h, _ in rows]
    assert list(zip(table.article_id, table.value, table.qualifier, table.scope, table.is_headline)) == expected
    bodies = articles.set_index("article_id")["body"]
    for row in table.itertuples():
        wanted = [p for v, _, _, _, p in SEED_CLAIMS[row.article_id] if v == row.value][0]
        assert bodies[row.article_id][row.start:row.end] == wanted
        assert row.sentence in bodies[row.article_id]
    assert table.loc[table.article_id.str.startswith("000_"), "published"].iloc[0] == date(2014, 11, 28)
    assert table["is_headline"].sum() == 1


def test_build_death_tolls_skips_bad_status_and_is_deterministic():
    arts = pd.DataFrame({
        "article_id": ["b", "a", "c"],
        "status": ["ok", "ok", "error: unreadable"],
        "body": ["Two strikes killed 12 people.", "Five civilians died. Three soldiers were killed.", "Nine dead."],
        "published": [date(2016, 1, 2), None, date(2016, 1, 3)],
        "outlet": ["x", "y", "z"],
    })
    t1 = tolls.build_death_tolls(arts)
    t2 = tolls.build_death_tolls(arts.iloc[::-1])
    pd.testing.assert_frame_equal(t1, t2)
    assert list(t1.article_id) == ["a", "a", "b"]
    assert list(t1.value) == [5, 3, 12]
    assert "c" not in set(t1.article_id)


def test_build_death_tolls_empty_input():
    arts = pd.DataFrame(columns=["article_id", "status", "body", "published", "outlet"])
    t = tolls.build_death_tolls(arts)
    assert list(t.columns) == tolls.TOLL_COLUMNS and t.empty


# --- not tolls -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The war forced half the population to flee their homes.",
    "a conference with the participation of 50-odd states, thousands of journalists, bright lights",
    "The talks led to the creation of four so-called de-escalation zones.",
    "The war has forced millions from their homes.",
    "Jan 202015 Syria talks resume in Geneva.",
    "In 2015, talks failed; the conflict began in 2011.",
    "\u201cI have said one hundred times that we are ready,\u201d he added.",
    "Our reporters expose injustices that can change lives.",
    "Thirty-two people were wounded and 500 displaced in the shelling.",
    "Police detained 40 people and 3,000 refugees crossed the border.",
    "Russian airstrikes destroyed 23 terrorist targets and 17 vehicles.",
    "Jets shelled one of their centers in Kfar Zeita killed by fire.",
    "The SDF eliminated 12 Islamic State jihadist groups in the north.",
    "",
])
def test_false_positives(text):
    assert tolls.extract_tolls(text) == []


def test_bad_input_types():
    assert tolls.extract_tolls(None) == []  # type: ignore[arg-type]
    assert tolls.extract_tolls(float("nan")) == []  # type: ignore[arg-type]


def test_wounded_is_not_dead():
    text = "A bomb blast killed six people and injured 32, state television reported."
    c = one(text)
    assert (c["value"], phrase(text, c), c["victims"]) == (6, "six", "people")
    assert c["attributed_to"] == "state television"
    text = "At least 14 people were killed, 25 were wounded in the attack."
    assert [c["value"] for c in tolls.extract_tolls(text)] == [14]


def test_killed_or_wounded_casualties_are_not_deaths():
    assert tolls.extract_tolls("Dozens of people were killed or wounded in the raids.") == []


# --- numbers and qualifiers ------------------------------------------------------------------


@pytest.mark.parametrize("text, value, shown", [
    ("The strike killed seven civilians.", 7, "seven"),
    ("IS executed twenty-five soldiers on Monday.", 25, "twenty-five"),
    ("A dozen civilians died in the raid.", 12, "A dozen"),
    ("The uprising turned into a war that has killed 195000 people.", 195_000, "195000"),
    ("The war has killed half a million people.", 500_000, "half a million"),
    ("The conflict has killed 1.5 million people.", 1_500_000, "1.5 million"),
    ("The war has killed two hundred thousand people.", 200_000, "two hundred thousand"),
    ("They found the bodies of 30 men near the village.", 30, "30"),
    ("Rebels reported the massacre of 45 villagers.", 45, "45"),
    ("The attack claimed the lives of three children.", 3, "three"),
    ("The death toll from the attack rose to 61 on Tuesday.", 61, "61"),
    ("A woman was killed when a shell hit her house.", 1, "A woman"),
    ("03-07-2015 Five civilians were killed in rocket attacks.", 5, "Five"),
    ("The bombing resulted in the martyrdom of 3 citizens.", 3, "3"),
    ("A car bomb killed at least 26 displaced people near Deir el-Zour.", 26, "at least 26"),
    ("An attack on a clinic has killed two patients and injured eight others.", 2, "two"),
    ("A jihadist group publicly executed and crucified nine men.", 9, "nine"),
    ("Daesh kidnapped 900 Executed 18 People in Aleppo", 18, "18"),
    ("The army eliminated over 75 Nusra Front militants in Daraa.", 75, "over 75"),
    ("Some 50 civilians in Syria have been killed in coalition airstrikes.", 50, "Some 50"),
    ("Around 15 young Assyrians are martyred, the archimandrite reported.", 15, "Around 15"),
])
def test_number_forms(text, value, shown):
    c = one(text)
    assert c["value"] == value
    assert phrase(text, c) == shown


@pytest.mark.parametrize("text, qualifier, low, high", [
    ("More than 310,000 people have been killed since the start of the war.", "more_than", 310_000, None),
    ("At least 22 people were killed in the raids.", "at_least", 22, None),
    ("Nearly 500 people died in the siege.", "nearly", None, 500),
    ("Up to 40 fighters were killed.", "up_to", None, 40),
    ("Some 300,000 people have died in the conflict.", "about", 270_000, 330_000),
    ("Between 20 and 30 people were killed in the attack.", "range", 20, 30),
    ("Dozens of people were killed.", "vague", 24, 99),
    ("Tens of thousands of people have died in the conflict.", "vague", 20_000, 99_999),
    ("Five people were killed.", "exact", 5, 5),
])
def test_qualifiers_and_bounds(text, qualifier, low, high):
    c = one(text)
    assert (c["qualifier"], c["low"], c["high"]) == (qualifier, low, high)


def test_range_value_and_span():
    text = "Between 20 and 30 people were killed, the Syrian Observatory for Human Rights said."
    c = one(text)
    assert (c["value"], phrase(text, c)) == (20, "Between 20 and 30")
    assert c["attributed_to"] == "Syrian Observatory for Human Rights"


def test_toll_at_at_least():
    text = "WHO said in a statement, putting the death toll at at least 70."
    c = one(text)
    assert (c["value"], c["qualifier"], phrase(text, c)) == (70, "at_least", "at least 70")


# --- scope, victims, attribution, headline ---------------------------------------------------


@pytest.mark.parametrize("text, scope", [
    ("The six-year war, which has killed more than 330,000 people, goes on.", "cumulative"),
    ("The five-year conflict that has claimed some 300,000 lives shows no sign of ending.", "cumulative"),
    ("Air strikes on the market killed 12 people on Monday.", "incident"),
    ("Syrian war planes killed 20 people in Idlib.", "incident"),
    ("IS has killed 300 people since it declared a caliphate in June last year.", "other"),
])
def test_scope(text, scope):
    assert one(text)["scope"] == scope


def test_victims_and_attribution():
    text = "Air strikes killed at least 16 civilians on Sunday, according to the Syrian Observatory for Human Rights."
    c = one(text)
    assert (c["victims"], c["attributed_to"]) == ("civilians", "Syrian Observatory for Human Rights")
    c = one("Three soldiers were killed in the ambush.")
    assert (c["victims"], c["attributed_to"]) == ("soldiers", None)


def test_headline_is_first_specific_incident_toll_and_unique():
    text = (
        "Air strikes kill dozens in rebel town. At least 51 civilians were killed in raids on Saturday, "
        "a monitor said. Six civilians were killed in another district. The war has killed more than "
        "300,000 people."
    )
    claims = tolls.extract_tolls(text)
    heads = [c for c in claims if c["is_headline"]]
    assert len(heads) == 1 and heads[0]["value"] == 51
    assert [c["scope"] for c in claims] == ["incident", "incident", "incident", "cumulative"]


def test_listed_tolls_sum_into_the_headline():
    """'killed 50 militants and eight civilians': the toll is 58; the row spans both numbers and
    the parts stay as their own rows."""
    text = "US air strikes killed 50 Al-Qaeda militants and eight civilians on Tuesday, a monitor said."
    claims = tolls.extract_tolls(text)
    assert [(c["value"], c["is_headline"], phrase(text, c)) for c in claims] == [
        (50, False, "50"), (8, False, "eight"), (58, True, "50 Al-Qaeda militants and eight civilians"),
    ]
    head = claims[2]
    assert (head["qualifier"], head["low"], head["high"], head["victims"]) == (
        "exact", 58, 58, "militants+civilians")


def test_listed_tolls_sum_keeps_bounds():
    text = "At least 45 Islamic State militants and 20 Kurdish fighters had been killed."
    head = [c for c in tolls.extract_tolls(text) if c["is_headline"]]
    assert [(c["value"], c["qualifier"], c["low"], c["high"]) for c in head] == [(65, "at_least", 65, None)]


def test_listed_tolls_with_a_second_killing_verb():
    text = "Islamic State crushed the revolt, crucifying two people and executing 23 others in five days."
    head = [c for c in tolls.extract_tolls(text) if c["is_headline"]]
    assert [(c["value"], phrase(text, c)) for c in head] == [(25, "two people and executing 23 others")]


def test_listed_toll_named_by_reference():
    text = "The army killed a terrorist commander as well as five of his entourage near Filita."
    head = [c for c in tolls.extract_tolls(text) if c["is_headline"]]
    assert [(c["value"], phrase(text, c)) for c in head] == [(6, "a terrorist commander as well as five")]


def test_title_toll_completed_by_listed_toll():
    text = ("US strikes kill 50 Qaeda fighters in Syria. US air strikes killed 50 Al-Qaeda militants "
            "and eight civilians on Tuesday.")
    head = [c for c in tolls.extract_tolls(text) if c["is_headline"]]
    assert [c["value"] for c in head] == [58]


@pytest.mark.parametrize("text, values, headline", [
    # parts of a stated total are not added up
    ("At least 545 people including 84 children and 35 women have been killed.", [545, 84, 35], 545),
    # the second number is injured, not dead
    ("At least 50 people have lost their lives and 100 others sustained injuries.", [50], 50),
    ("Six civilians were killed on Thursday and 34 others were injured.", [6], 6),
    # a list that is not the headline adds no row
    ("Air strikes killed 12 people in Idlib. Shelling later killed two women and three children.", [12, 2, 3], 12),
])
def test_listed_tolls_not_summed(text, values, headline):
    claims = tolls.extract_tolls(text)
    assert [c["value"] for c in claims] == values
    assert [c["value"] for c in claims if c["is_headline"]] == [headline]


def test_updated_total_replaces_headline():
    text = ("Air strikes killed at least 12 civilians in Aleppo on Monday, a monitor said, bringing to 45 "
            "the number killed in 24 hours. Five children were among the dead.")
    claims = tolls.extract_tolls(text)
    # the five children are a part of the toll (a row, never the headline)
    assert [(c["value"], c["is_headline"]) for c in claims] == [(12, False), (45, True), (5, False)]
    text = "The toll from Monday's raid rose to 61. Raids killed two soldiers, bringing to 30 the number killed this week."
    assert [c["value"] for c in tolls.extract_tolls(text) if c["is_headline"]] == [61]


@pytest.mark.parametrize("text, headline", [
    ("Air raids killed more than 30 people in Aleppo on Friday. At least 31 people have been killed by raids, "
     "rescuers said.", 31),
    ("Strikes killed nearly 50 people over two days. On Tuesday 47 people were killed.", 47),
    # the next count does not fit the bound: keep the bound
    ("Air raids killed more than 30 people in Aleppo on Friday. At least 90 people died this week.", 30),
    # not a round bound
    ("Air raids killed more than 33 people in Aleppo on Friday. At least 35 people have been killed.", 33),
])
def test_round_bound_refined_by_next_count(text, headline):
    assert [c["value"] for c in tolls.extract_tolls(text) if c["is_headline"]] == [headline]


def test_no_headline_without_incident():
    claims = tolls.extract_tolls("The war has killed more than 300,000 people.")
    assert claims and not any(c["is_headline"] for c in claims)


def test_sentences_keep_abbreviations():
    text = "U.S. strikes killed 5 people. Gen. Smith said so."
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["U.S. strikes killed 5 people.", "Gen. Smith said so."]


# --- chart tables ----------------------------------------------------------------------------


def _claims_table(rows):
    cols = ["article_id", "value", "low", "high", "qualifier", "scope", "is_headline", "published", "outlet"]
    df = pd.DataFrame(rows, columns=cols)
    for c in tolls.TOLL_COLUMNS:
        if c not in df:
            df[c] = None
    return df[tolls.TOLL_COLUMNS]


def test_backwards_and_undated_claims():
    t = _claims_table([
        ("a", 310_000, 310_000, None, "more_than", "cumulative", False, date(2017, 1, 1), "x"),
        ("b", 300_000, 270_000, 330_000, "about", "cumulative", False, date(2017, 6, 1), "y"),
        ("c", 250_000, 250_000, 250_000, "exact", "cumulative", False, date(2018, 1, 1), "y"),
        ("d", 330_000, 330_000, None, "more_than", "cumulative", False, None, "y"),
        ("e", 12, 12, 12, "exact", "incident", True, date(2017, 6, 3), None),
    ])
    timeline = tolls.cumulative_timeline(t)
    assert list(timeline.article_id) == ["a", "b", "c"]
    assert list(timeline.running_max_low) == [310_000, 310_000, 310_000]
    back = tolls.backwards_claims(t)
    assert list(back.article_id) == ["b", "c"]
    assert list(back.reason) == [
        "estimate below an earlier lower bound", "upper bound below an earlier lower bound",
    ]
    assert list(tolls.undated_claims(t).article_id) == ["d"]
    monthly = tolls.headline_tolls_by_period(t)
    assert monthly.to_dict("records") == [
        {"period": pd.Timestamp(2017, 6, 1), "n_articles": 1, "largest": 12, "median": 12, "largest_from": ("e",)}
    ]


@pytest.mark.parametrize("seed", range(5))
def test_incident_chart_does_not_add_up_one_event_reported_by_many_articles(seed):
    """An incident repeated by k articles in a month is one toll, not k times it (FA-KES's Ghouta
    attack summed to over 10,000 "deaths in headline tolls" for Aug 2013)."""
    from analysis import plots

    rng = np.random.default_rng(seed)
    toll, k = int(rng.integers(100, 2000)), int(rng.integers(2, 25))
    small = [int(v) for v in rng.integers(1, 50, int(rng.integers(0, 6)))]
    rows = [(f"a{i}", toll, toll, toll, "exact", "incident", True, date(2013, 8, 1 + i % 28), f"o{i % 3}") for i in range(k)]
    rows += [(f"b{i}", v, v, v, "exact", "incident", True, date(2013, 8, 2), "p") for i, v in enumerate(small)]
    rows += [("c", 5_000, 5_000, 5_000, "exact", "incident", False, date(2013, 8, 3), "p")]  # not a headline
    t = _claims_table(rows)
    by = tolls.headline_tolls_by_period(t)
    values = [toll] * k + small
    assert by.to_dict("records") == [{"period": pd.Timestamp(2013, 8, 1), "n_articles": len(values),
                                      "largest": max(values), "median": float(np.median(values)),
                                      "largest_from": tuple(sorted(f"a{i}" for i in range(k)))}]  # every article of the event
    fig = plots.plot_incident_tolls(t)
    heights = [p.get_height() for p in fig.axes[0].patches]
    plots.plt.close(fig)
    assert heights == [toll], "one bar: the largest toll of the month, never the sum"


@pytest.mark.parametrize("n", [0, 1, 5])
def test_plots_draw_with_few_rows(n):
    from analysis import plots

    t = _claims_table([
        ("a", 195_000, 195_000, None, "more_than", "cumulative", False, date(2014, 11, 28), "x"),
        ("b", 7, 7, None, "at_least", "incident", True, date(2016, 10, 12), "y"),
        ("c", 300_000, 270_000, 330_000, "about", "cumulative", False, date(2016, 10, 12), "y"),
        ("d", 100_000, 100_000, 100_000, "exact", "cumulative", False, date(2017, 1, 1), None),
        ("e", 330_000, 330_000, None, "more_than", "cumulative", False, None, "y"),
    ]).iloc[:n]
    for fig in (plots.plot_cumulative_tolls(t), plots.plot_incident_tolls(t)):
        assert fig.axes
        plots.plt.close(fig)


@pytest.mark.corpus
def test_fakes_headline_accuracy_does_not_regress(fakes):
    """Loose floor under the benchmark figure (benchmarks/bench_tolls.py prints the real one)."""
    gold = fakes["nb_civilians"] + fakes["nb_noncivilians"]
    rows = fakes[gold > 0]
    hits = 0
    for text, g in zip(rows["article_content"], gold[gold > 0]):
        head = [c["value"] for c in tolls.extract_tolls(text) if c["is_headline"]]
        hits += bool(head) and head[0] == g
    assert hits / len(rows) >= 0.70


def test_fallen_victims_is_a_death_phrase():
    text = "A total of 1500 people have fallen victims of the chemical attack, a Kurdish official said."
    c = one(text)
    assert (c["value"], c["qualifier"], c["scope"], c["is_headline"]) == (1500, "exact", "incident", True)
    assert tolls.extract_tolls("The town has fallen to the rebels after 12 days of fighting.") == []


@pytest.mark.parametrize("text, value", [
    ("At least 70 Syrian regime and rebel fighters have been killed in 24 hours of battle.", 70),
    ("At least 25 women and children were killed in the raid.", 25),
])
def test_subject_joined_by_and_is_one_count(text, value):
    c = one(text)
    assert (c["value"], c["is_headline"]) == (value, True)


def test_and_before_a_second_number_still_lists_tolls():
    claims = tolls.extract_tolls("Five civilians and two soldiers were killed in the shelling.")
    head = [c for c in claims if c["is_headline"]]
    assert [c["value"] for c in head] == [7]


@pytest.mark.parametrize("text, value", [
    ("Peshmerga shoot dead six ISIS suicide bombers west of Kirkuk.", 6),
    ("Gunmen shot dead 12 people at a checkpoint on Monday.", 12),
])
def test_shot_dead_leads_into_a_toll(text, value):
    c = one(text)
    assert (c["value"], c["is_headline"]) == (value, True)


@pytest.mark.parametrize("text", [
    "KILLED 12 PEOPLE and Twenty-Five Soldiers, between 3 And 5 civilians.",
    "Some 40 TO 50 people; İstanbul: ſome 7 were kİlled, a Civilian died.",
    "Dozens Of Thousands, a quarter of a MILLION, 1,200 or more, Kelvin \u212a 3.",
])
def test_number_phrases_equal_the_ignorecase_scan(text):
    fast = [(m.span(), m.groupdict()) for m in tolls.number_phrases(text)]
    slow = [(m.span(), m.groupdict()) for m in tolls.NUMBER_PHRASE_RE.finditer(text)]
    assert fast == slow and slow


def test_death_cue_gate_equals_a_search_per_sentence():
    """The per-body stem scan must pass exactly the sentences DEATH_CUE_RE finds a cue in."""
    import random

    from analysis.text.casefold import FoldedText, lowered

    rng = random.Random(3)
    words = ["Killed", "ideas", "DEAD", "soldiers", "raise", "the", "toll", "U.S.", "3,000", "lives.", "Hello!",
             "number", "\n", "bring", "İdea", "kıll", "ſlain", "e.g.", "Mr.", "died?", "push-back", "a"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 40))) for _ in range(400)]
    texts += [doc.text for doc in iter_raw(RAW)]
    for text in texts:
        cues = extract._cue_starts(FoldedText(text))
        for s, e in split_sentences(text):
            assert extract._holds_cue(cues, s, e) == bool(tolls.DEATH_CUE_RE.search(lowered(text[s:e]))), (text, s, e)


@pytest.mark.corpus
def test_death_cue_gate_drops_no_claim(fakes, monkeypatch):
    """The gate only skips work: with every sentence let through, the claims are the same.
    A new death word missing from DEATH_CUE_STEMS shows up here."""
    bodies = list(fakes["article_content"].dropna().astype(str)) + [doc.text for doc in iter_raw(RAW)]
    gated = [tolls.extract_tolls(b) for b in bodies]
    monkeypatch.setattr(extract, "_holds_cue", lambda cues, start, end: True)
    assert [tolls.extract_tolls(b) for b in bodies] == gated
    assert sum(map(len, gated)) > 300  # the corpus does hold tolls


def test_toll_sentence_no_joins_tone_sentences():
    """tolls and tone split with the one splitter, so a toll's sentence_no names its tone row."""
    from analysis import tone

    text = ("He met Gov. Brown. He left.\nAn air strike killed 12 people in Aleppo, the U.N. said. "
            "Mr. Smith said 3 soldiers died. Officials said at least 40 were killed on Jan. 5.")
    claims = tolls.extract_tolls(text)
    rows = {r["sentence_no"]: r for r in tone.article_sentences("a", text, ("textblob",))}
    assert len(claims) >= 3
    for c in claims:
        row = rows[c["sentence_no"]]
        assert row["sentence"] == c["sentence"]
        assert row["start"] <= c["start"] < c["end"] <= row["end"]
