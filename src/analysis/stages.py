"""One call per stage for the notebooks: a stage's per-article function mapped on the backend
(pandas or Dask) and its tables written.

    01  articles.build_articles (stage 1 is its own module)
    02  death_tolls(articles, engine=..., scheduler=..., processed_dir=...)
    03  source_tone(articles, processed_dir, tone_engine=..., seed=..., engine=..., scheduler=...)
        engine_agreement(article_tone, processed_dir, seed=...)

`engine` here is always the backend ("pandas" or "dask"); the tone measure is `tone_engine`.
Public API: death_tolls, source_tone, engine_agreement, TONE_FILES, AGREEMENT_FILE.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

import pandas as pd

from . import tolls, tone
from .backend import map_partitions, map_partitions_pair
from .dates import CONFLICT_NAME, CONFLICT_START
from .schema import SKIPPED_COLUMNS, TOLL_COLUMNS
from .tables import AGREEMENT_FILE, SKIPPED_TOLLS_FILE, TONE_FILES, write_tables  # noqa: F401 (stages.TONE_FILES, stages.AGREEMENT_FILE)

__all__ = ["death_tolls", "source_tone", "engine_agreement", "TONE_FILES", "AGREEMENT_FILE"]



def death_tolls(articles: pd.DataFrame, engine: str = "pandas", scheduler: str | None = None,
                processed_dir: str | Path | None = None, conflict_name: str = CONFLICT_NAME,
                conflict_start: date = CONFLICT_START) -> pd.DataFrame:
    """tolls.read_death_tolls over every article on the backend: the death_tolls table, with
    another war's totals than `conflict_name`'s (--conflict-name) scoped "other", its own counted
    from `conflict_start` (--conflict-start). With
    `processed_dir`, the articles whose tolls were skipped (over the time budget), its second
    table, are written to SKIPPED_TOLLS_FILE there, none or some, for the index to count (QA7 10)."""
    read = partial(tolls.read_death_tolls, conflict_name=conflict_name, conflict_start=conflict_start)
    found, skipped = map_partitions_pair(read, articles, engine=engine, scheduler=scheduler or None,
                                         columns=(TOLL_COLUMNS, SKIPPED_COLUMNS), desc="death tolls")
    if processed_dir is not None:
        write_tables(processed_dir, {SKIPPED_TOLLS_FILE: skipped})
    return found


def source_tone(articles: pd.DataFrame, processed_dir: str | Path, tone_engine: str = "textblob", seed: int = 0,
                engine: str = "pandas", scheduler: str | None = None) -> dict:
    """Sentences scored on the backend (every default tone engine plus `tone_engine`), then
    every tone table (tone.tone_tables) compared on `tone_engine` and the engines' agreement
    (engine_agreement); writes the TONE_FILES and AGREEMENT_FILE into processed_dir and returns
    the tables, `agreement` and the verdict by name. The verdict is the index's: each pair says
    which other engines agree (QA11 F11: notebook 03's said it for none)."""
    engines = tone.engines_with(tone_engine)
    sentences = map_partitions(partial(tone.sentence_tone, engines=engines), articles, engine=engine,
                               scheduler=scheduler or None, desc="tone of sentences")
    t = tone.tone_tables(articles, engine=tone_engine, engines=engines, seed=seed, sentences=sentences)
    write_tables(processed_dir, {name: t[key] for key, name in TONE_FILES.items()})
    t["agreement"] = engine_agreement(t["article_tone"], processed_dir, seed=seed)
    t["verdict"] = tone.tone_verdict(t["by_source"], t["pairwise"], engine_pairs=t["agreement"]["pairs"])
    return t


def engine_agreement(article_tone: pd.DataFrame, processed_dir: str | Path, seed: int = 0) -> dict:
    """tone.engine_agreement over every scored engine; writes its pairs to AGREEMENT_FILE, so
    the index can say which of the verdict's differences hold with every engine."""
    agreement = tone.engine_agreement(article_tone, seed=seed)
    write_tables(processed_dir, {AGREEMENT_FILE: agreement["pairs"]})
    return agreement
