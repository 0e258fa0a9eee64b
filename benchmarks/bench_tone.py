"""How far the tone measure can be trusted, and what it says about FA-KES sources.

Prints, for every engine: Pearson r against the mean of 20 human ratings on the NYT editorial
sentences, and macro-F1 on NewsMTSC devtest (sentence score -> negative/neutral/positive with
thresholds chosen on NewsMTSC train, scored per target). Then runs the per-source comparison on
FA-KES (15 outlets): bootstrap CIs, significant pairs after Holm, syndication clusters, the
comparison with each story counted once, the verdict, whole-article vs per-sentence VADER, and
speed in articles/s against a bare TextBlob(text).sentiment loop.

    .venv/bin/python benchmarks/bench_tone.py [--n-boot 2000] [--n-perm 5000]
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import numpy as np
import pandas as pd
from scipy.stats import pearsonr
from sklearn.metrics import f1_score

import corpora
from analysis import tone
from analysis.text import split_sentences


LABEL_SIGN = {"negative": -1, "neutral": 0, "positive": 1}


def accuracy_figures() -> pd.DataFrame:
    model = tone.load_model()
    nyt = corpora.load_nyt()
    mtsc = corpora.load_newsmtsc(corpora.NEWSMTSC_DEVTEST)
    rows = []
    for engine in tone.ENGINES:
        col = tone.ENGINE_SCORE[engine]
        nyt_scores = [tone.score_sentence(s, (engine,))[col] for s in nyt["sentence"]]
        r = pearsonr(nyt_scores, nyt["human_mean"])[0]
        lo, hi = model.thresholds[engine]
        pred, gold = [], []
        for row in mtsc:
            sc = tone.score_sentence(row["sentence_normalized"], (engine,))[col]
            lab = LABEL_SIGN[tone.tone_label(sc, engine)]
            for t in row["targets"]:
                pred.append(lab)
                gold.append(int(np.sign(t["polarity"] - 4)))
        rows.append({"engine": engine, "column": col, "nyt_pearson_r": round(r, 3),
                     "newsmtsc_devtest_macro_f1": round(f1_score(gold, pred, average="macro"), 3),
                     "thresholds_from_train": f"{lo:g}/{hi:g}", "nyt_n": len(nyt), "newsmtsc_targets": len(gold)})
    return pd.DataFrame(rows)


def fakes_articles() -> pd.DataFrame:
    df = corpora.load_fakes()
    return pd.DataFrame({
        "article_id": [f"fakes_{i:04d}_{u}" for i, u in enumerate(df["unit_id"])],  # unit_id repeats
        "outlet": df["source"], "published": pd.to_datetime(df["date"], format="%m/%d/%y", errors="coerce").dt.date,
        "body": df["article_content"].fillna(""), "status": "ok",
    })


def speed(articles: pd.DataFrame) -> None:
    from textblob import TextBlob

    from analysis import clean, dates, tolls

    bodies = articles["body"].tolist()
    n = len(bodies)

    def rate(fn) -> float:
        t0 = time.perf_counter()
        fn()
        return n / (time.perf_counter() - t0)

    bare = rate(lambda: [TextBlob(b).sentiment for b in bodies])
    compiled = tone.compile_actors()
    spans = [split_sentences(b) for b in bodies]
    parts = {
        "sentences+quotes+actors, no engine": lambda: [tone.article_sentences("x", b, (), compiled) for b in bodies],
        "textblob per sentence only": lambda: [tone.textblob_scores(b[s:e]) for b, sp in zip(bodies, spans) for s, e in sp],
        "vader per sentence only": lambda: [tone.vader_scores(b[s:e]) for b, sp in zip(bodies, spans) for s, e in sp],
        "tone, textblob+vader": lambda: [tone.article_sentences("x", b, tone.DEFAULT_ENGINES, compiled) for b in bodies],
        "tone, textblob+vader+model": lambda: [tone.article_sentences("x", b, tone.ENGINES, compiled) for b in bodies],
        "clean.clean_plain_text": lambda: [clean.clean_plain_text(b) for b in bodies],
        "dates.publication_date": lambda: [dates.publication_date(b) for b in bodies],
        "tolls.extract_tolls": lambda: [tolls.extract_tolls(b) for b in bodies],
    }

    def full():
        for b in bodies:
            c = clean.clean_plain_text(b)
            dates.publication_date(b)
            tolls.extract_tolls(c.body)
            tone.article_sentences("x", c.body, tone.DEFAULT_ENGINES, compiled)

    print(f"\n## Speed on {n} FA-KES articles (1 core; the machine is shared, so read the ratios)")
    print(f"{'bare TextBlob(text).sentiment loop':45s} {bare:8.0f} articles/s")
    for name, fn in parts.items():
        r = rate(fn)
        print(f"{name:45s} {r:8.0f} articles/s ({bare / r:.2f}x the bare loop's time)")
    r = rate(full)
    print(f"{'clean+dates+tolls+tone(textblob+vader)':45s} {r:8.0f} articles/s ({bare / r:.2f}x; budget ~3x)")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n-boot", type=int, default=2000)
    ap.add_argument("--n-perm", type=int, default=10000)
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args(argv)
    pd.set_option("display.width", 200, "display.max_columns", 20, "display.max_rows", 200)
    try:
        acc = accuracy_figures()
        print("## Agreement with human readers (targets: r >= 0.55 on NYT, macro-F1 >= 0.55 on NewsMTSC)")
        print(acc.to_string(index=False))
        tone.ACCURACY_PATH.write_text(json.dumps(acc.to_dict(orient="records"), indent=1) + "\n")
        print(f"(written to {tone.ACCURACY_PATH.relative_to(tone.ACCURACY_PATH.parents[2])}; notebook 03 shows it)")
        articles = fakes_articles()
    except corpora.CorpusMissing as exc:
        print(f"skipped: {exc}")
        sys.exit(0)

    t0 = time.perf_counter()
    sents = tone.sentence_tone(articles, engines=tone.ENGINES)
    at = tone.article_tone(articles, sents)
    print(f"\n## FA-KES: {len(articles)} articles, {len(sents)} sentences scored in {time.perf_counter() - t0:.1f}s; "
          f"{sents['is_quote'].mean():.1%} of sentences quotation ({(sents['quote_kind'] == 'direct').mean():.1%} direct)")

    whole = np.array([tone.vader_scores(b)["compound"] for b in articles["body"]])
    print(f"VADER compound, whole article mean {whole.mean():.3f} vs mean of per-sentence means {at['vader_compound'].mean():.3f}")
    print(f"share of articles with whole-article compound < -0.9: {np.mean(whole < -0.9):.1%}")

    clusters = tone.syndication_clusters(articles)
    multi = clusters[clusters["cluster_size"] > 1]
    print(f"\n## Syndication: {multi['cluster_id'].nunique()} clusters of near-duplicates covering {len(multi)} articles "
          f"({(multi.drop_duplicates('cluster_id')['n_outlets'] > 1).sum()} span more than one outlet)")
    for cid, g in list(multi.groupby("cluster_id"))[:10]:
        print(f"  {cid}: {g['cluster_size'].iloc[0]} articles, outlets {sorted(set(g['outlet']))}")

    for engine in ("textblob", "model"):
        for dedup in (None, clusters):
            label = "each story once" if dedup is not None else "all articles"
            by = tone.tone_by_source(at, engine=engine, n_boot=args.n_boot, clusters=dedup)
            pw = tone.pairwise_source_differences(at, engine=engine, n_perm=args.n_perm, clusters=dedup)
            print(f"\n## Tone by source, engine={engine}, {label}")
            print(by.drop(columns=["engine", "voice", "deduplicated"]).round(4).to_string(index=False))
            sig = pw[pw["significant"]]
            print(f"\n{len(sig)} of {len(pw)} pairs significant after Holm (alpha 0.05):")
            if len(sig):
                print(sig.round(4).to_string(index=False))
            print("\nVerdict:\n" + tone.tone_verdict(by, pw))
    nq = tone.tone_by_source(at, engine="textblob", voice="narration", n_boot=args.n_boot)
    qq = tone.tone_by_source(at, engine="textblob", voice="quotation", n_boot=args.n_boot)
    print("\n## TextBlob narration vs quotation per outlet")
    print(nq[["outlet", "n_articles", "mean"]].merge(qq[["outlet", "n_articles", "mean"]], on="outlet",
                                                     suffixes=("_narration", "_quotation")).round(4).to_string(index=False))
    if not args.no_speed:
        speed(articles)


if __name__ == "__main__":
    main()
