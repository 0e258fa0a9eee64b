"""The processed tables' columns and the values shared across stages: one home for each.

A notebook, a stage and the backend that writes a table all read its columns from here, so
a column is added in one place. Public API: ARTICLE_COLUMNS, SPAN_COLUMNS, DATE_COLUMNS,
REMOVED_COLUMNS, TOLL_COLUMNS, SKIPPED_COLUMNS (and skipped_toll_line, what a row of it says), SENTENCE_COLUMNS,
PAIRWISE_COLUMNS, ACCURACY_COLUMNS, UNKNOWN_OUTLET.
"""

from __future__ import annotations

__all__ = [
    "ARTICLE_COLUMNS", "SPAN_COLUMNS", "DATE_COLUMNS", "REMOVED_COLUMNS", "TOLL_COLUMNS", "SKIPPED_COLUMNS", "SENTENCE_COLUMNS",
    "PAIRWISE_COLUMNS", "ACCURACY_COLUMNS", "UNKNOWN_OUTLET", "ARTICLES_DIR", "skipped_toll_line",
]

UNKNOWN_OUTLET = "(unknown)"  # how tables and charts name an article's missing outlet

# --- stage 1: articles.parquet, removed_lines.parquet (articles.build_articles)

# a directory of parts; the name keeps suffix-based readers working. Here, not in articles, so the
# pipeline finds the table without importing the cleaning code.
ARTICLES_DIR = "articles.parquet"

ARTICLE_COLUMNS = [
    "article_id", "source_path", "record_id", "input_format", "outlet", "title", "url",
    "published", "date_source", "date_low", "date_high", "date_evidence", "date_start", "date_end",
    "body", "n_words", "language", "encoding", "n_removed_lines", "status", "warnings",
]
# Character span of the chosen date in the raw text (null when it came from metadata or markup).
SPAN_COLUMNS = ("date_start", "date_end")
REMOVED_COLUMNS = ["article_id", "line_no", "text", "reason"]
DATE_COLUMNS = ("published", "date_low", "date_high")

# --- stage 2: death_tolls (tolls.build_death_tolls)

TOLL_COLUMNS = [
    "article_id", "value", "low", "high", "qualifier", "scope", "victims", "attributed_to",
    "is_headline", "sentence", "start", "end", "published", "outlet",
    "sentence_no",  # joins tone_sentences on (article_id, sentence_no): both split with text.split_sentences
]
# Counts of people: written as integers when every one is whole (tables.whole_numbers), 70 not 70.0.
TOLL_COUNT_COLUMNS = ("value", "low", "high")
# The articles whose extraction ran past the time budget, one row each with why: a table apart
# from the tolls (stages.death_tolls writes it as SKIPPED_TOLLS_FILE), never a row of death_tolls.
SKIPPED_COLUMNS = ["article_id", "outlet", "reason"]


def skipped_toll_line(article_id: str, reason: str) -> str:
    """What the terminal says of a row of the skipped-tolls table: when notebook 02 skips the
    article, and again on each run that skips notebook 02 as unchanged (the pipeline reads the row)."""
    return f"article {article_id}: death tolls skipped: {reason}"

# --- stage 3: tone tables (tone.sentence_tone, tone.pairwise_source_differences, tone.engine_accuracy)

# no_tone: why a sentence is left out of every tone mean ("" = scored; tone.no_tone.NO_TONE_REASONS)
SENTENCE_COLUMNS = ["article_id", "sentence_no", "start", "end", "sentence", "is_quote", "quote_kind", "no_tone"]
PAIRWISE_COLUMNS = [
    "outlet_a", "outlet_b", "n_a", "n_b", "mean_a", "mean_b", "difference", "cohens_d", "cliffs_delta",
    "p_perm", "n_perm", "borderline", "p_holm", "significant",
]
ACCURACY_COLUMNS = ["engine", "column", "nyt_pearson_r", "newsmtsc_devtest_macro_f1", "how_measured",
                    "thresholds_from_train", "nyt_n", "newsmtsc_targets"]
