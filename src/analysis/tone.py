"""Tone of articles and sources.

A difference in tone between outlets is only worth reporting when it is bigger than the
noise, so this module scores per sentence (a whole-article score saturates on long war
reports) and keeps every sentence's span for checking.
"""

from __future__ import annotations

import re

import pandas as pd

ARTICLE_TONE_COLUMNS = ["article_id", "outlet", "published", "n_sentences", "polarity", "subjectivity"]
SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|$)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of sentences; simple rules, no model download."""
    spans = []
    for m in SENTENCE_RE.finditer(text):
        raw = m.group()
        if raw.strip():
            lead = len(raw) - len(raw.lstrip())
            spans.append((m.start() + lead, m.start() + len(raw.rstrip())))
    return spans


def textblob_scores(text: str) -> tuple[float, float]:
    from textblob import TextBlob

    s = TextBlob(text).sentiment
    return float(s.polarity), float(s.subjectivity)


def sentence_table(articles: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for art in articles.itertuples(index=False):
        body = art.body or ""
        for i, (start, end) in enumerate(split_sentences(body)):
            pol, subj = textblob_scores(body[start:end])
            rows.append(
                {"article_id": art.article_id, "sentence_no": i, "start": start, "end": end,
                 "sentence": body[start:end], "polarity": pol, "subjectivity": subj}
            )
    return pd.DataFrame(rows, columns=["article_id", "sentence_no", "start", "end", "sentence", "polarity", "subjectivity"])


def article_tone(articles: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Mean sentence tone per article."""
    agg = sentences.groupby("article_id").agg(
        n_sentences=("sentence_no", "size"), polarity=("polarity", "mean"), subjectivity=("subjectivity", "mean")
    )
    out = articles[["article_id", "outlet", "published"]].merge(agg, on="article_id", how="left")
    out["n_sentences"] = out["n_sentences"].fillna(0).astype(int)
    return out[ARTICLE_TONE_COLUMNS].sort_values("article_id").reset_index(drop=True)


def tone_by_source(article_tone_df: pd.DataFrame) -> pd.DataFrame:
    df = article_tone_df.assign(outlet=article_tone_df["outlet"].fillna("(unknown)"))
    return (
        df.groupby("outlet")
        .agg(n_articles=("article_id", "size"), polarity=("polarity", "mean"), subjectivity=("subjectivity", "mean"))
        .reset_index()
        .sort_values("outlet")
        .reset_index(drop=True)
    )
