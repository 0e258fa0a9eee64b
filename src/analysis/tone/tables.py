"""Tone tables: sentence rows, article and actor tone, and tone_tables, the stage's one call
that builds every table notebook 03 shows.

Public API: article_sentences, sentence_tone, score_columns, article_tone, reader_columns, actor_tone,
engines_with, tone_tables, engine_accuracy, accuracy_intro, score_scale_note, ACCURACY_PATH (SCORE_SCALES lives in scoring).
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pandas as pd

from ..budget import call_within_budget
from ..schema import ACCURACY_COLUMNS, SENTENCE_COLUMNS, UNKNOWN_OUTLET
from ..text.casefold import FoldedText
from ..text.sentences import split_sentences
from .no_tone import no_tone_reason
from .compare import MIN_ARTICLES, N_PERMUTATIONS, compared_articles, copies_by_outlet, pair_checks, pairwise_source_differences, tone_by_source
from .scoring import BEST_ENGINE, DEFAULT_ENGINES, DEFAULT_TONE_ENGINE, ENGINE_COLUMNS, ENGINE_SCORE, ENGINES, SCORE_SCALES, score_sentence
from .syndication import syndication_clusters
from .verdict import tone_verdict
from .voices import actors_by_span, compile_actors, inside_shares, quote_kind

# A benchmark result (benchmarks/bench_tone.py writes it), not a model: it lives with the benchmarks
# in the repository and notebook 03 shows it; without it engine_accuracy returns an empty table.
ACCURACY_PATH = Path(__file__).resolve().parents[3] / "benchmarks" / "results" / "tone_accuracy.json"


def _score_columns(engines) -> list[str]:
    return [c for e in ENGINES if e in engines for c in ENGINE_COLUMNS[e]]


def _scorable(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles with a usable English body (cleaning marks the others in `status`)."""
    ok = articles["body"].notna()
    if "status" in articles:
        ok &= articles["status"].fillna("ok").eq("ok")
    return articles[ok]


def article_sentences(article_id, body: str, engines=DEFAULT_ENGINES, compiled_actors=None) -> list[dict]:
    """Sentence rows of one article; every row keeps its span so body[start:end] == sentence."""
    compiled_actors = compiled_actors if compiled_actors is not None else compile_actors()
    spans = split_sentences(body)
    shares = inside_shares(body, spans)
    actors = actors_by_span(body, spans, compiled_actors)
    folded = FoldedText(body)  # lowered once; a slice of it is the sentence (casefold)
    rows = []
    for i, (start, end) in enumerate(spans):
        s = body[start:end]
        kind = quote_kind(folded[start:end], shares[i])
        row = {
            "article_id": article_id, "sentence_no": i, "start": start, "end": end, "sentence": s,
            "is_quote": kind != "", "quote_kind": kind, "no_tone": no_tone_reason(s),
        }
        row.update(score_sentence(s, engines))
        row["actors"] = actors[i]
        rows.append(row)
    return rows


def sentence_tone(articles: pd.DataFrame, engines=DEFAULT_ENGINES, actors: dict | None = None,
                  seconds: float | None = None) -> pd.DataFrame:
    """One row per sentence: article_id, sentence_no, start, end, sentence, is_quote,
    quote_kind, no_tone (why no mean counts it, "" when scored), one column per engine score, actors (';'-joined names mentioned). An article
    whose scoring runs past its time budget (`seconds`, budget.ARTICLE_SECONDS when None)
    gives no sentences and a warning (article_tone keeps it with n_sentences 0)."""
    engines = tuple(engines)
    compiled = compile_actors(actors)
    rows = []
    for art in _scorable(articles).itertuples(index=False):
        sentences, slow = call_within_budget(article_sentences, art.article_id, art.body, engines, compiled,
                                             seconds=seconds)
        if slow:
            warnings.warn(f"article {art.article_id}: tone skipped: scoring {slow}", stacklevel=2)
            continue
        rows.extend(sentences)
    cols = SENTENCE_COLUMNS + _score_columns(engines) + ["actors"]
    out = pd.DataFrame(rows, columns=cols)
    out["is_quote"] = out["is_quote"].astype(bool)
    return out.sort_values(["article_id", "sentence_no"], kind="stable").reset_index(drop=True)


def score_columns(sentences: pd.DataFrame) -> list[str]:
    return [c for e in ENGINES for c in ENGINE_COLUMNS[e] if c in sentences.columns]


def toned(sentences: pd.DataFrame) -> pd.Series:
    """True for the sentences tone means count: not marked no_tone (a table without the column,
    written before it existed, counts every sentence)."""
    if "no_tone" not in sentences.columns:
        return pd.Series(True, index=sentences.index)
    return sentences["no_tone"].fillna("").eq("")


def no_tone_counts(sentences: pd.DataFrame) -> pd.DataFrame:
    """How many sentences each no_tone reason left out, with an example each (the commonest):
    notebook 03 shows it under the verdict."""
    left = sentences.loc[~toned(sentences), ["no_tone", "sentence"]]
    if left.empty:
        return pd.DataFrame(columns=["no_tone", "n_sentences", "commonest"])
    g = left.groupby("no_tone")["sentence"]
    out = pd.DataFrame({"n_sentences": g.size(), "commonest": g.agg(lambda s: s.value_counts().index[0])})
    return out.reset_index().sort_values(["n_sentences", "no_tone"], ascending=[False, True], kind="stable").reset_index(drop=True)


def article_tone(articles: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Per article: outlet, published, n_sentences, n_quote_sentences, n_no_tone (sentences left
    out: no_tone) and, per score column, the mean over the other sentences, narration only
    (`_narration`) and quotation only (`_quotation`). Articles without sentences stay in the
    table with NaN means."""
    cols = score_columns(sentences)
    base = articles[["article_id", "outlet", "published"]].drop_duplicates("article_id")
    keep = toned(sentences)
    n_no_tone = (~keep).groupby(sentences["article_id"]).sum()
    # the id, the quote flag and the scores only: a million sentences' text is never copied
    scores = sentences.loc[keep, ["article_id", "is_quote", *cols]]
    g = scores.groupby("article_id")
    agg = pd.DataFrame({"n_sentences": g.size(), "n_quote_sentences": g["is_quote"].sum()})
    agg = agg.reindex(n_no_tone.index.union(agg.index)).fillna(0)
    agg["n_no_tone"] = n_no_tone
    means = g[cols].mean()
    narration = scores.loc[~scores["is_quote"], ["article_id", *cols]].groupby("article_id").mean()
    quotation = scores.loc[scores["is_quote"], ["article_id", *cols]].groupby("article_id").mean()
    for c in cols:  # grouped once per voice, columns in the order the table always had
        agg[c] = means[c]
        agg[f"{c}_narration"] = narration[c]
        agg[f"{c}_quotation"] = quotation[c]
    if agg.empty:  # an empty groupby index has no dtype to merge on
        agg.index = pd.Index([], dtype=base["article_id"].dtype, name="article_id")
    out = base.merge(agg.reset_index(), on="article_id", how="left")
    for c in ("n_sentences", "n_quote_sentences", "n_no_tone"):
        out[c] = out[c].fillna(0).astype(int)
    return out.sort_values("article_id", kind="stable").reset_index(drop=True)


def reader_columns(article_tone_df: pd.DataFrame, engine: str) -> list[str]:
    """tone.csv's columns in the order a reader needs them: which article, then the chosen
    engine's score overall, in narration and in quotation, then the rest as the table has
    them (a page too narrow for all shows the first: display.people_table)."""
    score = ENGINE_SCORE.get(engine, engine)
    first = ["article_id", "outlet", "published", "n_sentences", score, f"{score}_narration", f"{score}_quotation"]
    first = [c for c in first if c in article_tone_df.columns]
    return first + [c for c in article_tone_df.columns if c not in first]


def actor_tone(sentences: pd.DataFrame, articles: pd.DataFrame | None = None, by_outlet: bool = True) -> pd.DataFrame:
    """Tone of the sentences that mention each actor: n_sentences, n_articles and the mean of
    each score column, per outlet when `articles` is given (and by_outlet) else overall."""
    cols = score_columns(sentences)
    # only scored sentences naming an actor, and only the columns grouped: the sentence text is never exploded
    named = sentences.loc[(sentences["actors"].fillna("") != "") & toned(sentences), ["article_id", "actors", *cols]]
    long = named.assign(actor=named["actors"].str.split(";")).explode("actor")
    long = long[long["actor"].fillna("") != ""]
    keys = ["outlet", "actor"] if articles is not None and by_outlet else ["actor"]
    if long.empty:
        return pd.DataFrame(columns=keys + ["n_sentences", "n_articles"] + cols)
    if articles is not None and by_outlet:
        outlets = articles[["article_id", "outlet"]].drop_duplicates("article_id")
        long = long.merge(outlets, on="article_id", how="left")
        long["outlet"] = long["outlet"].fillna(UNKNOWN_OUTLET)
    g = long.groupby(keys)
    out = pd.DataFrame({"n_sentences": g.size(), "n_articles": g["article_id"].nunique()})
    for c in cols:
        out[c] = g[c].mean()
    out = out.reset_index()
    if out.empty:
        out = pd.DataFrame(columns=keys + ["n_sentences", "n_articles"] + cols)
    return out.sort_values(keys, kind="stable").reset_index(drop=True)


def engines_with(engine: str, engines=DEFAULT_ENGINES) -> tuple[str, ...]:
    """The engines to score: the defaults plus the one the comparison uses, each once."""
    return tuple(dict.fromkeys(tuple(engines) + (engine,)))


def tone_tables(articles: pd.DataFrame, engine: str = "textblob", engines=DEFAULT_ENGINES, seed: int = 0,
                n_boot: int = 2000, n_perm: int = N_PERMUTATIONS, dedupe_stories: bool = False, actors: dict | None = None,
                min_articles: int = MIN_ARTICLES, sentences: pd.DataFrame | None = None) -> dict:
    """Every tone table for one set of articles: sentences, article_tone, actor_tone, clusters,
    by_source, pairwise (on `engine`, each syndicated story once when dedupe_stories; each significant
    pair's interval and its re-tests on narration only and on each story once: pair_checks),
    by_source_once (always each story once) and the verdict in words. `engine` is scored even
    when not listed in `engines`. Pass `sentences` already scored (e.g. by
    backend.map_partitions over sentence_tone) to skip scoring."""
    engines = engines_with(engine, engines)
    if sentences is None:
        sentences = sentence_tone(articles, engines=engines, actors=actors)
    scorable = _scorable(articles)
    at = article_tone(scorable, sentences)
    clusters = syndication_clusters(scorable)
    used = clusters if dedupe_stories else None
    by = tone_by_source(at, engine=engine, seed=seed, n_boot=n_boot, clusters=used)
    compared = compared_articles(at, min_articles)
    pw = pairwise_source_differences(compared, engine=engine, seed=seed, n_perm=n_perm, min_articles=min_articles, clusters=used)
    pw = pair_checks(compared, pw, engine=engine, seed=seed, n_perm=n_perm, n_boot=n_boot, min_articles=min_articles,
                     clusters=clusters, dedupe_stories=dedupe_stories)
    # what the 'each story once' test left out of the compared outlets: the verdict says it, so
    # the check's weight shows (rev11r R4: 7 of 373 FA-KES articles)
    by["n_copies"] = by["outlet"].map(copies_by_outlet(compared, engine, clusters)).fillna(0).astype(int)
    return {
        "sentences": sentences, "article_tone": at, "actor_tone": actor_tone(sentences, articles),
        "clusters": clusters, "by_source": by, "pairwise": pw,
        "by_source_once": by if dedupe_stories else tone_by_source(at, engine=engine, seed=seed, n_boot=n_boot, clusters=clusters),
        "verdict": tone_verdict(by, pw, min_articles=min_articles, n_perm=n_perm),
    }


def score_scale_note(engine: str, engines=None) -> str:
    """In words, the score scale of `engine` and of the other engines scored: for the prose
    beside the first tone chart. Names what n counts on each chart."""
    others = [e for e in dict.fromkeys(engines or DEFAULT_ENGINES) if e != engine]
    lines = [f"Scores below are {engine}: {SCORE_SCALES[engine][2]}; 0 is neutral. "
             "Each article's score is the mean of its sentences', each outlet's the mean of its articles'."]
    if others:
        lines.append("The other engines scored: " + "; ".join(f"{e}: {SCORE_SCALES[e][2]}" for e in others)
                     + ". Compare engines by rank, not by value.")
    lines.append("n counts articles on the per-outlet charts and tables, and sentences on the actor heatmap.")
    return "\n".join(lines)


def accuracy_note(engine: str, scored) -> str:
    """In words, for the index beside the tone finding: how far each engine this run scored
    agrees with human readers (engine_accuracy, the figures notebook 03's table shows), and
    which engine agrees best with the option that chooses it, when the run did not use it."""
    table = engine_accuracy().set_index("engine")
    known = [e for e in dict.fromkeys([engine, *scored]) if e in table.index]
    if not known:
        return ""
    def figures(e):
        r = table.loc[e]
        return f"r = {r['nyt_pearson_r']:.2f}, macro-F1 = {r['newsmtsc_devtest_macro_f1']:.2f}"
    n_nyt, n_mtsc = int(table["nyt_n"].iloc[0]), int(table["newsmtsc_targets"].iloc[0])
    text = ("Agreement of the engines scored in this run with human readers (Pearson r against the mean human rating "
            f"of {n_nyt:,} NYT editorial sentences; macro-F1 on {n_mtsc:,} NewsMTSC targets; notebook 03's accuracy "
            f"table): {'; '.join(f'{e} {figures(e)}' for e in known)}.")
    if engine == BEST_ENGINE:
        return text + f" This comparison uses {BEST_ENGINE}, the engine that agrees best."
    if BEST_ENGINE in table.index:
        text += (f" {BEST_ENGINE} agrees best ({figures(BEST_ENGINE)}): for a published comparison run with "
                 f"{table.loc[BEST_ENGINE, 'choose_with']}.")
    return text


def engine_accuracy() -> pd.DataFrame:
    """Agreement of each engine with human readers, as last measured by
    benchmarks/bench_tone.py (NYT editorial sentences: Pearson r; NewsMTSC devtest: macro-F1), with
    the option that chooses each engine and the one recommended for published comparisons."""
    if not ACCURACY_PATH.exists():  # an empty table with every column notebook 03 shows
        return pd.DataFrame(columns=ACCURACY_COLUMNS + ["choose_with", "recommended"])
    table = pd.DataFrame(json.loads(ACCURACY_PATH.read_text()))
    table["choose_with"] = "--tone-engine " + table["engine"]
    # only the recommended engine is marked: "the default" there read as a recommendation of the
    # engine that agrees least with readers (QA9 N1); accuracy_intro says which is the default (a
    # longer choose_with no longer fits notebook 03's page)
    table["recommended"] = table["engine"].map({BEST_ENGINE: "best agreement: use for published comparisons"}).fillna("")
    return table


def accuracy_intro() -> str:
    """Notebook 03's words over the engines' accuracy table, with the corpus sizes the table was
    measured on (its nyt_n and newsmtsc_targets, columns the table does not show: the notebook's
    prose named the columns where a reader needed the numbers, QA9 N1)."""
    table = engine_accuracy()
    if table.empty:
        return (f"Agreement with human readers is measured by benchmarks/bench_tone.py; its results ({ACCURACY_PATH.name}) "
                "are missing, so the table below is empty and no engine's agreement is known.")
    n_nyt, n_mtsc = int(table["nyt_n"].iloc[0]), int(table["newsmtsc_targets"].iloc[0])
    return (f"Agreement with human readers, measured by benchmarks/bench_tone.py: Pearson r against the mean of 20 human "
            f"ratings of each of {n_nyt:,} New York Times editorial sentences, and macro-F1 against the polarity of "
            f"{n_mtsc:,} NewsMTSC sentence targets (a named person in political news). {BEST_ENGINE} learned from these "
            "corpora, so its figures are cross-validated (how_measured): never scored on text it was trained on. A tone "
            "score is a rough proxy: the comparison below is only as good as these figures. The engine marked "
            f"recommended is the one to use for a published comparison, run with its choose_with option; "
            f"{DEFAULT_TONE_ENGINE} is only the default, scored when --tone-engine is not given.")
