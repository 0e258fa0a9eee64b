"""Tone: sentence spans, quotation marking, engines, per-source statistics, syndication, verdict."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tone
from analysis.text import split_sentences
from analysis.articles import build_articles

REPO = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------- sentences

ABBREV_TEXT = (
    "Mr. Smith met U.S. officials on Jan. 5 in Damascus. Prices rose 3.5 percent! "
    "Gen. James B. Comey said so. Did they agree? Yes.\nA new paragraph starts here"
)


def test_spans_reproduce_sentences():
    spans = split_sentences(ABBREV_TEXT)
    sentences = [ABBREV_TEXT[s:e] for s, e in spans]
    assert sentences == [
        "Mr. Smith met U.S. officials on Jan. 5 in Damascus.",
        "Prices rose 3.5 percent!",
        "Gen. James B. Comey said so.",
        "Did they agree?",
        "Yes.",
        "A new paragraph starts here",
    ]


def test_abbreviation_followed_by_sentence_opener_still_splits():
    text = "The deal was signed in the U.S. The talks then ended."
    assert [text[s:e] for s, e in split_sentences(text)] == ["The deal was signed in the U.S.", "The talks then ended."]


def test_sentence_tone_spans_match_bodies():
    body = '“We will not leave,” a resident said. Shelling continued. "Nobody helps us."'
    arts = pd.DataFrame({"article_id": ["a1"], "outlet": ["x"], "published": [None], "body": [body], "status": ["ok"]})
    st = tone.sentence_tone(arts)
    assert len(st) == 3
    for r in st.itertuples():
        assert body[r.start:r.end] == r.sentence


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_text_has_no_sentences(text):
    assert split_sentences(text) == []


# ---------------------------------------------------------------- quotation

@pytest.mark.parametrize(
    "body,expected",
    [
        ('"The strikes must stop now," the minister said.', "direct"),
        ("“The strikes must stop now,” the minister said.", "direct"),
        ("The minister said the strikes must stop.", "reported"),
        ("According to the observatory, 12 people died.", "reported"),
        ("Shelling hit the market on Tuesday.", ""),
        ("The United States sent aid to member states.", ""),
        ('Residents called it a "massacre" on Tuesday, after the market was shelled again.', ""),
    ],
)
def test_quote_kind(body, expected):
    arts = pd.DataFrame({"article_id": ["a"], "outlet": ["x"], "published": [None], "body": [body]})
    st = tone.sentence_tone(arts)
    assert st["quote_kind"].tolist() == [expected]
    assert st["is_quote"].tolist() == [expected != ""]


def test_quote_spanning_sentences_marks_each_sentence():
    body = "“We will win. Nobody can stop us.” Then the rally ended."
    kinds = [r["quote_kind"] for r in tone.article_sentences("a", body)]
    assert kinds == ["direct", "direct", ""]


def test_unclosed_quote_ends_at_line_break():
    body = '"We stayed in the basement for days.\nThe army entered the town.'
    kinds = [r["quote_kind"] for r in tone.article_sentences("a", body)]
    assert kinds == ["direct", ""]


# ---------------------------------------------------------------- actors

def test_actor_aliases_and_capitals_only_acronyms():
    s = "Who told us? The WHO and the Syrian Democratic Forces met Erdoğan; rebels and ISIS fled the U.S. base."
    found = tone.actors_in(s, tone.compile_actors())
    assert found == ["Islamic State", "Kurdish forces", "Opposition/rebels", "Turkey", "UN", "United States"]
    assert tone.actors_in("Who told us about it?", tone.compile_actors()) == []


def test_custom_actor_dict():
    m = tone.compile_actors({"Hezbollah": ["Hezbollah", "Hizbullah"]})
    assert tone.actors_in("Hizbullah fighters advanced.", m) == ["Hezbollah"]
    assert tone.actors_in("Russia advanced.", m) == []


# ---------------------------------------------------------------- engines

@pytest.mark.parametrize("engine", tone.ENGINES)
def test_engines_sign_on_obvious_sentences(engine):
    col = tone.ENGINE_SCORE[engine]
    good = tone.score_sentence("This is a wonderful, brilliant and happy achievement.", (engine,))[col]
    bad = tone.score_sentence("The massacre was horrific, brutal and terrible.", (engine,))[col]
    assert good > 0.2
    assert bad < -0.2


def test_unknown_engine_is_rejected():
    with pytest.raises(ValueError, match="unknown tone engine"):
        tone.score_sentence("text", ("bert",))


def test_shipped_model_loads_from_package_without_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the tone model must not touch the network")

    monkeypatch.setattr(socket, "socket", no_network)
    tone.load_model.cache_clear()
    model = tone.load_model()
    assert model.spec["trained_on"] == "newsmtsc_train.jsonl"
    assert set(model.thresholds) == set(tone.ENGINES) - {"hybrid"}  # hybrid keeps its own (tone_hybrid.json.gz)
    assert -1 <= model.score("Rebels shelled the city.") <= 1
    path = REPO / "src" / "analysis" / "models" / tone.MODEL_RESOURCE
    assert json.loads(path.read_text())["dense_features"] == tone.DENSE_FEATURES
    assert not list((REPO / "src" / "analysis" / "models").glob("*.pkl"))


# ---------------------------------------------------------------- statistics

def _article_tone(values: dict[str, list[float]]) -> pd.DataFrame:
    rows = [
        {"article_id": f"{o}_{i}", "outlet": o, "published": None, "textblob_polarity": v}
        for o, vs in values.items() for i, v in enumerate(vs)
    ]
    return pd.DataFrame(rows)


def test_bootstrap_is_deterministic_with_seed_and_brackets_mean():
    at = _article_tone({"a": [0.1, 0.2, -0.3, 0.05, 0.4, 0.0] * 2, "b": [0.3, 0.1] * 5})
    first = tone.tone_by_source(at, seed=3, n_boot=500)
    again = tone.tone_by_source(at, seed=3, n_boot=500)
    pd.testing.assert_frame_equal(first, again)
    other = tone.tone_by_source(at, seed=4, n_boot=500)
    assert not np.allclose(first["ci_low"], other["ci_low"])
    row = first.set_index("outlet").loc["a"]
    assert row["ci_low"] <= row["mean"] <= row["ci_high"]
    assert row["n_articles"] == 12


@given(st.lists(st.integers(1, 25), min_size=1, max_size=6))
@settings(max_examples=15, deadline=None)
def test_outlets_below_the_verdicts_floor_get_no_interval_in_the_table(sizes):
    """Reviewer R8: tone_by_source.csv published ci_low/ci_high for n=4 outlets that the verdict
    says have too few articles to compare; blank below tone.MIN_ARTICLES, as in the chart."""
    at = _article_tone({f"o{i}": [0.1 * ((i + j) % 7) - 0.3 for j in range(n)] for i, n in enumerate(sizes)})
    by = tone.tone_by_source(at, n_boot=100)
    few = by["n_articles"] < tone.MIN_ARTICLES
    assert by.loc[few, ["ci_low", "ci_high"]].isna().all().all()
    assert by.loc[~few & (by["sd"] > 0), ["ci_low", "ci_high"]].notna().all().all()


def test_single_article_outlet_has_no_interval():
    by = tone.tone_by_source(_article_tone({"a": [0.2]}))
    assert np.isnan(by.loc[0, "ci_low"]) and np.isnan(by.loc[0, "ci_high"])


def test_holm_by_hand():
    # sorted p 0.01, 0.02, 0.03, 0.04 (m = 4): 4*0.01 = 0.04, 3*0.02 = 0.06, 2*0.03 = 0.06,
    # 1*0.04 = 0.04 -> running max 0.04, 0.06, 0.06, 0.06, put back in input order
    got = tone.holm([0.03, 0.01, 0.04, 0.02])
    assert np.allclose(got, [0.06, 0.04, 0.06, 0.06])
    assert np.allclose(tone.holm([0.5, 0.6]), [1.0, 1.0])  # capped at 1: 2*0.5=1.0, max(1.0, 0.6)


def test_pairwise_detects_clear_difference_and_not_noise():
    rng = np.random.default_rng(0)
    at = _article_tone({
        "neg": list(rng.normal(-0.5, 0.05, 20)),
        "pos": list(rng.normal(0.5, 0.05, 20)),
        "pos2": list(rng.normal(0.5, 0.05, 20)),
    })
    pw = tone.pairwise_source_differences(at, n_perm=999).set_index(["outlet_a", "outlet_b"])
    assert pw.loc[("neg", "pos"), "significant"]
    assert pw.loc[("neg", "pos"), "cliffs_delta"] == -1.0
    assert pw.loc[("neg", "pos"), "difference"] < 0
    assert not pw.loc[("pos", "pos2"), "significant"]
    again = tone.pairwise_source_differences(at, n_perm=999).set_index(["outlet_a", "outlet_b"])
    pd.testing.assert_frame_equal(pw, again)


def test_cliffs_delta_and_cohens_d_by_hand():
    a, b = np.array([1.0, 2.0, 3.0]), np.array([2.0, 4.0])
    # pairs a-b: (1,2)-,(1,4)-,(2,2)0,(2,4)-,(3,2)+,(3,4)- -> (1-4)/6
    assert tone.cliffs_delta(a, b) == pytest.approx(-0.5)
    # pooled sd: sqrt((2*1 + 1*2)/3) = sqrt(4/3); d = (2-3)/sqrt(4/3)
    assert tone.cohens_d(a, b) == pytest.approx(-1 / np.sqrt(4 / 3))


# ---------------------------------------------------------------- syndication

WIRE = (
    "Syrian government forces backed by Russian air strikes advanced on rebel held districts of eastern "
    "Aleppo on Tuesday, a monitoring group said, as the United Nations warned that food supplies in the "
    "besieged area were running out and that hundreds of thousands of civilians were trapped without "
    "medical care. The observatory said at least 20 people were killed in the shelling."
)


def test_syndication_finds_near_copies_and_not_unrelated():
    near = WIRE.replace("on Tuesday", "on Tuesday morning") + " Reporting by staff."
    other = ("The central bank raised interest rates by a quarter point on Wednesday, citing inflation in "
             "housing and energy prices, and signalled further increases later in the year as wages rose.")
    arts = pd.DataFrame({
        "article_id": ["a", "b", "c", "d"], "outlet": ["reuters", "ahram", "sana", "sana"],
        "body": [WIRE, near, other, WIRE],
    })
    cl = tone.syndication_clusters(arts).set_index("article_id")
    assert cl.loc["a", "cluster_id"] == cl.loc["b", "cluster_id"] == cl.loc["d", "cluster_id"] == "a"
    assert cl.loc["c", "cluster_size"] == 1
    assert cl.loc["a", "n_outlets"] == 3
    at = _article_tone({"reuters": [0.1], "ahram": [0.2], "sana": [0.3, 0.4]})
    at["article_id"] = ["a", "b", "c", "d"]
    by = tone.tone_by_source(at, clusters=tone.syndication_clusters(arts))
    assert by["n_articles"].sum() == 2  # the wire story once, the unrelated story once


# ---------------------------------------------------------------- verdict and seed data

def test_verdict_refuses_to_rank_tiny_samples():
    at = _article_tone({"a": [0.5], "b": [-0.5], "c": [0.1], "d": [0.0], "e": [0.2]})
    by = tone.tone_by_source(at)
    verdict = tone.tone_verdict(by, tone.pairwise_source_differences(at))
    assert "Nothing can be ranked" in verdict
    assert "more negative than" not in verdict


def test_verdict_names_a_supported_difference():
    at = _article_tone({"neg": [-0.5 + 0.01 * i for i in range(12)], "pos": [0.5 - 0.01 * i for i in range(12)]})
    v = tone.tone_verdict(tone.tone_by_source(at), tone.pairwise_source_differences(at, n_perm=999))
    assert "neg is more negative than pos" in v


@pytest.mark.parametrize("n_perm", [199, 999])
def test_a_holm_p_at_the_permutation_floor_says_so(n_perm):
    """'Holm p=0.0132' for 23 pairs was the smallest value 5,000 permutations over 66 pairs can
    give, not a measurement: shown as 'p <= floor', explained once under the list (in every
    bullet it made the list hard to read); a p above it as is."""
    rng = np.random.default_rng(n_perm)
    groups = {f"o{i}": list(rng.normal(m, 0.05, 12)) for i, m in enumerate([-0.6, 0.0, 0.6])}
    groups["o3"] = list(rng.normal(0.0, 0.4, 12))  # noisy: its pairs with o1 are not at the floor
    at = _article_tone(groups)
    # no adaptive rounds (one floor); borderline marks (test_tone_permutations) left out of the wording here
    pw = tone.pairwise_source_differences(at, n_perm=n_perm, max_perm=n_perm).assign(borderline=False)
    v = tone.tone_verdict(tone.tone_by_source(at, n_boot=100), pw, n_perm=n_perm)
    floor = len(pw) / (n_perm + 1)
    at_floor = int((pw["p_perm"] <= (1 + 1e-9) / (n_perm + 1)).sum())
    assert at_floor >= 3  # o0-o1, o0-o2, o1-o2 differ far beyond every permutation
    assert v.count(f"Holm p <= {floor:.3g})") == at_floor  # in the bullets, then said once what it means
    assert v.count(f"Holm p <= {floor:.3g} is the smallest value {n_perm:,} permutations over {len(pw)} pairs can give") == 1
    assert v.count("Holm p=") == int((pw["p_holm"] < 0.05).sum()) - at_floor
    # a Holm p equal to the floor from a raw p above the smallest (one permutation did as well:
    # Holm multiplies the k-th smallest p by m-k+1) is a measurement, shown as such (review)
    first = pw["p_perm"].idxmin()
    pw2 = pw.assign(p_perm=pw["p_perm"].where(pw.index != first, 2 / (n_perm + 1)))
    v2 = tone.tone_verdict(tone.tone_by_source(at, n_boot=100), pw2, n_perm=n_perm)
    assert v2.count(f"Holm p <= {floor:.3g})") == at_floor - 1 and v2.count("Holm p=") == v.count("Holm p=") + 1


def test_bundled_articles_end_to_end():
    from analysis import clean

    articles, _, _ = build_articles(REPO / "data" / "raw", progress=False)
    st = tone.sentence_tone(articles, engines=tone.ENGINES)
    body = articles.set_index("article_id")["body"]
    assert len(st) > 20
    assert all(body[r.article_id][r.start:r.end] == r.sentence for r in st.itertuples())
    at = tone.article_tone(articles, st)
    assert len(at) == len(articles)
    by = tone.tone_by_source(at)
    assert by["n_articles"].sum() == (at["n_sentences"] > 0).sum()
    assert "Nothing can be ranked" in tone.tone_verdict(by, tone.pairwise_source_differences(at))
    assert len(tone.actor_tone(st, articles)) > 0


# ---------------------------------------------------------------- plots

@pytest.mark.parametrize("n_articles", [0, 1, 5])
def test_tone_plots_draw_with_tiny_inputs(n_articles):
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure

    from analysis import plots

    bodies = [
        '"We are afraid," a resident of Aleppo said. Russian jets struck rebel areas.',
        "The UN welcomed the ceasefire. Turkey said talks would go well.",
        "Shelling killed 12 people.",
        "Iran sent advisers to Damascus. The army advanced.",
        "Kurdish forces held the town.",
    ][:n_articles]
    arts = pd.DataFrame({
        "article_id": [f"a{i}" for i in range(n_articles)], "outlet": (["x", None, "y", "y", "z"])[:n_articles],
        "published": [None] * n_articles, "body": bodies,
    })
    st = tone.sentence_tone(arts, engines=tone.ENGINES)
    at = tone.article_tone(arts, st)
    figs = [
        plots.plot_tone_by_source(tone.tone_by_source(at, n_boot=100), at),
        plots.plot_tone_by_source(tone.tone_by_source(at, engine="model", n_boot=100), at, engine="model"),
        plots.plot_narration_vs_quotation(at),
        plots.plot_actor_heatmap(tone.actor_tone(st, arts)),
    ]
    for fig in figs:
        assert isinstance(fig, Figure)
        plt.close(fig)


def test_tone_tables_scores_the_chosen_engine_and_dedupes():
    arts = pd.DataFrame({
        "article_id": ["a", "b", "c"], "outlet": ["reuters", "ahram", "sana"], "published": [None] * 3,
        "body": [WIRE, WIRE, "The central bank raised rates on Wednesday."], "status": ["ok", "ok", "ok"],
    })
    t = tone.tone_tables(arts, engine="model", engines=("textblob",), dedupe_stories=True, n_boot=100, n_perm=100)
    assert {"textblob_polarity", "model_score"} <= set(t["sentences"].columns)
    assert t["by_source"]["n_articles"].sum() == 2
    assert "Nothing can be ranked" in t["verdict"]


# ---------------------------------------------------------------- corpus (loose regression)

@pytest.mark.corpus
def test_model_beats_lexicons_on_held_out_corpora():
    from scipy.stats import pearsonr
    from sklearn.metrics import f1_score

    from conftest import corpus_or_skip

    import corpora

    nyt = corpus_or_skip(corpora.load_nyt)
    mtsc = corpus_or_skip(corpora.load_newsmtsc, corpora.NEWSMTSC_DEVTEST)
    model = tone.load_model()
    r = {e: pearsonr([tone.score_sentence(s, (e,))[tone.ENGINE_SCORE[e]] for s in nyt["sentence"]], nyt["human_mean"])[0]
         for e in ("vader", "model")}
    lo, hi = model.thresholds["model"]
    pred, gold = [], []
    for row in mtsc:
        sc = model.score(row["sentence_normalized"])
        for t in row["targets"]:
            pred.append(-1 if sc < lo else (1 if sc > hi else 0))
            gold.append(int(np.sign(t["polarity"] - 4)))
    assert r["model"] > r["vader"]
    assert r["model"] >= 0.53  # measured 0.551 (benchmarks/bench_tone.py); loose floor
    assert f1_score(gold, pred, average="macro") >= 0.53  # measured 0.569


def test_too_few_permutations_for_the_number_of_pairs_warns():
    at = _article_tone({o: [0.1, 0.2, 0.3] for o in "abcdef"})  # 15 pairs
    with pytest.warns(UserWarning, match="raise n_perm"):
        tone.pairwise_source_differences(at, n_perm=99, min_articles=3, max_perm=99)


def test_model_score_is_identical_across_processes():
    """Python's string hashing differs per process; the model's score must not."""
    import subprocess
    import sys

    code = (
        "from analysis import tone; print(repr(tone.score_sentence("
        "'The brutal assault killed many civilians and destroyed the hospital, officials said.', ('model',))['model_score']))"
    )
    outs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout
        for seed in (1, 2, 3, 4)
    }
    assert len(outs) == 1, outs


def test_tone_tables_count_each_syndicated_story_once_in_by_source_once():
    wire = "Air strikes hit the eastern districts of the city on Tuesday, residents said, as talks stalled in Geneva. " * 3
    arts = pd.DataFrame({
        "article_id": ["a", "b", "c"], "outlet": ["x", "y", "y"], "published": [None] * 3, "status": ["ok"] * 3,
        "body": [wire, wire, "Aid convoys reached the besieged town after months of delay and hunger."],
    })
    t = tone.tone_tables(arts, n_boot=50, n_perm=50)
    assert t["by_source"]["n_articles"].sum() == 3
    assert t["by_source_once"]["n_articles"].sum() == 2, "the wire copy counts once"
    assert tone.engines_with("model") == ("textblob", "vader", "model")
    assert tone.engines_with("vader") == ("textblob", "vader")


def test_engine_accuracy_without_its_file_has_the_columns_notebook_03_shows(monkeypatch, tmp_path):
    measured = tone.ACCURACY_PATH  # benchmarks/results/tone_accuracy.json, committed
    monkeypatch.setattr(tone.tables, "ACCURACY_PATH", tmp_path / "missing.json")
    shown = ["engine", "nyt_pearson_r", "nyt_n", "newsmtsc_devtest_macro_f1", "newsmtsc_targets", "thresholds_from_train"]
    assert tone.engine_accuracy()[shown].empty
    missing = list(tone.engine_accuracy().columns)
    monkeypatch.undo()
    assert measured.exists()
    assert missing == list(tone.engine_accuracy().columns)


def test_engine_accuracy_names_the_recommended_engine_and_how_to_choose_it():
    table = tone.engine_accuracy().set_index("engine")
    assert set(table.index) == set(tone.ENGINES)
    assert table.loc[tone.BEST_ENGINE, "choose_with"] == f"--tone-engine {tone.BEST_ENGINE}"
    assert "published" in table.loc[tone.BEST_ENGINE, "recommended"]
    # the recommended engine is the one that agrees best with human readers on both corpora
    assert table["nyt_pearson_r"].idxmax() == tone.BEST_ENGINE
    assert table["newsmtsc_devtest_macro_f1"].idxmax() == tone.BEST_ENGINE


def test_score_scale_note_names_every_engine_scale_the_scores_keep_to():
    """Notebook 03 tells the reader each engine's scale; the bounded ones must hold on real sentences
    (the bundled articles') and the hybrid's -4..+4 must be where its scores sit."""
    sentences = pd.read_parquet(REPO / "data" / "processed" / "tone_sentences.parquet")["sentence"].head(60).tolist()
    sentences += ["This is a wonderful, brilliant and happy achievement.", "The massacre was horrific, brutal and terrible."]
    assert set(tone.SCORE_SCALES) == set(tone.ENGINES), "every engine has a scale to explain"
    scored = pd.DataFrame([tone.score_sentence(s, tone.ENGINES) for s in sentences])
    for engine in tone.ENGINES:
        low, high, words = tone.SCORE_SCALES[engine]
        col = scored[tone.ENGINE_SCORE[engine]]
        slack = 0.0 if high == 1 else 0.5 * high  # the hybrid is a regression, not clipped
        assert col.between(low - slack, high + slack).all(), engine
        assert f"{low:.0f} " in words and f"+{high:.0f}" in words, engine
    note = tone.score_scale_note("hybrid", tone.engines_with("hybrid"))
    for engine in tone.engines_with("hybrid"):
        assert tone.SCORE_SCALES[engine][2] in note
    assert "sentences on the actor heatmap" in note and "n counts articles" in note


@pytest.mark.parametrize("engine", sorted(tone.SCORE_SCALES))
def test_the_verdict_says_what_its_differences_measure_on_which_scale(engine):
    """'manar is more negative than ahram (difference 0.192, Cliff's delta 0.43, ...)' did not say
    of what the difference is nor on which scale (hybrid runs -4..+4, the others -1..+1): one
    sentence under the bullets names the engine's scale and what Cliff's delta runs between."""
    at = _article_tone({"neg": [-0.5 + 0.01 * i for i in range(12)], "pos": [0.5 - 0.01 * i for i in range(12)]})
    at = at.rename(columns={"textblob_polarity": tone.ENGINE_SCORE[engine]})
    by = tone.tone_by_source(at, engine=engine)
    v = tone.tone_verdict(by, tone.pairwise_source_differences(at, engine=engine, n_perm=999))
    assert "neg is more negative than pos" in v
    after = v[v.index("neg is more negative than pos"):]
    assert tone.SCORE_SCALES[engine][2] in after and f"{engine}'s scale" in after and "Cliff's delta is" in after
    none = tone.tone_verdict(by, tone.pairwise_source_differences(at, engine=engine, n_perm=999).assign(p_holm=1.0))
    assert "Cliff's delta is" not in none  # no bullet, nothing to explain


def test_engine_table_speaks_to_a_reader_not_in_the_projects_jargon():
    """QA8 13: notebook 03's engine table called TextBlob 'default (design card)', a phrase of
    the project's planning no reader is told of; it says when the default applies (beside the
    option, QA9 N1: not under `recommended`)."""
    table = tone.engine_accuracy()
    assert "design card" not in " ".join(table["recommended"]) + tone.accuracy_intro()
    if len(table):
        assert f"{tone.DEFAULT_TONE_ENGINE} is only the default, scored when --tone-engine is not given" in tone.accuracy_intro()


def test_the_accuracy_words_give_the_corpus_sizes_not_column_names():
    """QA9 N1: notebook 03 printed "each of `nyt_n` New York Times editorial sentences"."""
    measured = json.loads(tone.ACCURACY_PATH.read_text())
    words = tone.accuracy_intro()
    assert f"{measured[0]['nyt_n']:,} New York Times editorial sentences" in words
    assert f"{measured[0]['newsmtsc_targets']:,} NewsMTSC sentence targets" in words
    assert "nyt_n" not in words and "newsmtsc_targets" not in words
    nb = json.loads((REPO / "notebooks" / "03_source_tone.ipynb").read_text())
    sources = ["".join(c["source"]) for c in nb["cells"]]
    assert not any("`nyt_n`" in s or "`newsmtsc_targets`" in s for s in sources)
    assert any("tone.accuracy_intro()" in s for s in sources)


def test_the_default_engine_is_not_marked_as_recommended():
    """QA9 N1: textblob's `recommended` cell said "the default, when --tone-engine is not given",
    which read as a recommendation of the engine that agrees least with readers."""
    from analysis import display
    from analysis.pipeline import build_parser

    table = tone.engine_accuracy().set_index("engine")
    assert table.loc[tone.DEFAULT_TONE_ENGINE, "recommended"] == ""
    assert [e for e in table.index if table.loc[e, "recommended"]] == [tone.BEST_ENGINE]
    assert table.loc[tone.DEFAULT_TONE_ENGINE, "choose_with"] == f"--tone-engine {tone.DEFAULT_TONE_ENGINE}"
    shown = ["engine", "nyt_pearson_r", "newsmtsc_devtest_macro_f1", "how_measured", "recommended", "choose_with"]
    assert display.people_table(table.reset_index(), shown, what="engines").footer == "", "every column notebook 03 shows fits"
    assert build_parser().parse_args([]).tone_engine == tone.DEFAULT_TONE_ENGINE
    params = json.loads((REPO / "notebooks" / "03_source_tone.ipynb").read_text())["cells"][1]
    assert f'tone_engine = "{tone.DEFAULT_TONE_ENGINE}"' in "".join(params["source"])


@settings(max_examples=20, deadline=None)
@given(st.lists(st.integers(1, 2 * tone.MIN_ARTICLES), min_size=1, max_size=4))
def test_notebook_03_says_which_outlets_get_no_interval_from_the_floor_it_uses(sizes):
    """QA10 F11: notebook 03 said "an outlet with one or two articles has an interval that says
    nothing", while tone_by_source blanks every interval under MIN_ARTICLES (10) articles. The
    sentence is printed from the constant the table uses, not typed into the notebook."""
    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "03_source_tone.ipynb").read_text(encoding="utf-8"))
    sources = ["".join(c["source"]) for c in nb["cells"]]
    assert any("tone.interval_note()" in s for s in sources)
    assert not any("one or two articles" in s for s in sources)
    note = tone.interval_note()
    assert f"fewer than {tone.MIN_ARTICLES} articles get no interval" in note
    at = pd.DataFrame([{"outlet": f"o{i}", "textblob_polarity": 0.1 * (j % 3)} for i, n in enumerate(sizes) for j in range(n)])
    by = tone.tone_by_source(at, engine="textblob", n_boot=50).set_index("outlet")
    for i, n in enumerate(sizes):  # what the note says of the table it stands under
        assert by.loc[f"o{i}", "ci_low"] != by.loc[f"o{i}", "ci_low"] if n < tone.MIN_ARTICLES else by.loc[f"o{i}", "ci_low"] <= 0.2
