"""Stage 3, tone of articles and sources.

"Outlet X is more negative than outlet Y" is only worth printing when the difference is
bigger than the noise, is not produced by whom the outlet quotes, is not one wire story
counted several times, and comes from a measure that agrees with human readers. So this
package scores every sentence (a whole-article score saturates on long war reports), marks
each sentence as the outlet's own voice or a quoted voice, keeps every sentence's character
span for checking, and compares sources with bootstrap intervals, permutation tests with
Holm correction, effect sizes and syndication clusters.

Engines: ``textblob`` (polarity, subjectivity; the default), ``vader`` (compound), ``model`` (a
small linear model over lexicon and bag-of-words features trained by scripts/train_tone_model.py on
NewsMTSC train only) and ``hybrid`` (BEST_ENGINE: lexicon scores plus word and word-pair weights
learned from every human-rated corpus by scripts/train_tone_hybrid.py, with tone towards a named
mention; agrees best with human readers). Both learned engines ship as JSON weights.

    voices       quotation (quote_mask, quote_kind, inside_shares) and actors (compile_actors, actors_by_span)
    scoring      score_sentence and the engines: textblob, vader (ports behind a version guard: ports,
                 textblob_port, vader_port), the shipped model (load_model, ToneModel) and the hybrid
                 model (load_hybrid, HybridModel, tone_towards)
    tables       sentence_tone, article_tone, actor_tone, tone_tables (the stage's one call), engine_accuracy
    compare      tone_by_source, pairwise_source_differences (between compared_outlets) and their statistics
    no_tone      no_tone_reason: credit/date lines, short labels, text not in English, left out of every mean
    syndication  syndication_clusters (MinHash of wire copies)
    verdict      tone_verdict (the comparison in words)
    agreement    engine_agreement: do engines rank outlets alike, which differences survive them all

`engine` in this package is a tone measure; the pandas/Dask backend is analysis.backend.
"""

from ..schema import ACCURACY_COLUMNS, PAIRWISE_COLUMNS, SENTENCE_COLUMNS, UNKNOWN_OUTLET
from .compare import (
    CHECK_COLUMNS,
    MAX_COMPARED_OUTLETS,
    MIN_ARTICLES,
    bootstrap_ci,
    compared_articles,
    compared_outlets,
    copies_by_outlet,
    cliffs_delta,
    cohens_d,
    dedupe,
    holm,
    interval_note,
    pair_checks,
    pairwise_source_differences,
    permutation_p,
    tone_by_source,
)
from .agreement import agreement_summary, engine_agreement, rank_agreement, robust_pairs
from .scoring import (
    BEST_ENGINE,
    DEFAULT_TONE_ENGINE,
    DEFAULT_ENGINES,
    DENSE_FEATURES,
    ENGINE_COLUMNS,
    ENGINE_SCORE,
    ENGINES,
    HYBRID_RESOURCE,
    MODEL_RESOURCE,
    D_COL,
    M_COLS,
    N_TERM_COLS,
    NYT_COL,
    S_COL,
    T_COLS,
    SCORE_SCALES,
    VECTORS_RESOURCE,
    HybridModel,
    ToneModel,
    WordVectors,
    dense_features,
    lexicon_features,
    load_hybrid,
    load_model,
    load_word_vectors,
    model_tokens,
    score_sentence,
    sentence_terms,
    target_context,
    target_terms,
    textblob_scores,
    tone_label,
    tone_towards,
    vader_scores,
)
from . import no_tone
from .no_tone import NO_TONE_REASONS, no_tone_reason
from .syndication import shingles, syndication_clusters
from .tables import (
    ACCURACY_PATH,
    accuracy_intro,
    accuracy_note,
    actor_tone,
    article_sentences,
    article_tone,
    engine_accuracy,
    no_tone_counts,
    engines_with,
    reader_columns,
    score_columns,
    score_scale_note,
    sentence_tone,
    toned,
    tone_tables,
)
from .verdict import ROBUST_MARK, engines_compared, found_by_others, tone_verdict
from .voices import (
    ATTRIBUTION_RE,
    DEFAULT_ACTORS,
    ActorMatcher,
    actors_by_span,
    actors_in,
    compile_actors,
    inside_shares,
    quote_kind,
    quote_mask,
)

__all__ = [
    "ACCURACY_COLUMNS", "PAIRWISE_COLUMNS", "SENTENCE_COLUMNS", "UNKNOWN_OUTLET",
    "MAX_COMPARED_OUTLETS", "MIN_ARTICLES", "compared_articles", "compared_outlets", "copies_by_outlet", "bootstrap_ci", "cliffs_delta", "cohens_d", "dedupe", "holm", "interval_note", "pairwise_source_differences", "permutation_p", "pair_checks", "CHECK_COLUMNS",
    "tone_by_source", "DEFAULT_ENGINES", "DENSE_FEATURES", "ENGINE_COLUMNS", "ENGINE_SCORE", "ENGINES",
    "MODEL_RESOURCE", "ToneModel", "dense_features", "lexicon_features", "load_model", "model_tokens",
    "score_sentence", "textblob_scores", "tone_label", "vader_scores", "shingles", "syndication_clusters",
    "ACCURACY_PATH", "SCORE_SCALES", "accuracy_intro", "accuracy_note", "score_scale_note", "actor_tone", "article_sentences", "article_tone", "engine_accuracy", "engines_with",
    "reader_columns", "score_columns", "sentence_tone", "tone_tables", "tone_verdict", "engines_compared", "found_by_others", "ROBUST_MARK", "ATTRIBUTION_RE", "DEFAULT_ACTORS",
    "ActorMatcher", "actors_by_span", "actors_in", "compile_actors", "inside_shares", "quote_kind", "quote_mask",
    "BEST_ENGINE", "DEFAULT_TONE_ENGINE", "HYBRID_RESOURCE", "HybridModel", "load_hybrid", "VECTORS_RESOURCE", "WordVectors", "load_word_vectors", "sentence_terms", "target_context",
    "target_terms", "tone_towards", "no_tone", "NO_TONE_REASONS", "no_tone_reason", "no_tone_counts", "toned", "S_COL", "M_COLS", "D_COL", "NYT_COL", "T_COLS", "N_TERM_COLS", "agreement_summary", "engine_agreement", "rank_agreement", "robust_pairs",
]
