"""Research notebook package for studying news coverage of the Syrian war.

Stages, findable by name:
    1  articles  raw folder -> article records (ingest reads, clean finds body/title/outlet:
                 clean.lines, plain, title, outlet, html, language; dates finds the publication
                 date); articles.build_articles
    2  tolls     reported death tolls (tolls.extract, tolls.timeline); tolls.build_death_tolls
    3  tone      sentence and source tone (tone.voices, scoring, tables, compare, syndication,
                 verdict); tone.tone_tables
Shared: schema (table columns), text (sentence splitter, patterns, case folding), backend
(pandas or Dask, knows no stage), tables (read/write, partitioned Parquet), stages (one call
per stage for the notebooks), plots, pipeline (papermill runner), ctrl_c (its Ctrl-C from the first moment),
imports (a library imported without a slow optional dependency it would not use).
"""

__version__ = "0.1.0"

from .ctrl_c import quiet_until_main as _quiet_until_main

_quiet_until_main()  # first: a Ctrl-C while `python -m analysis.pipeline` loads is one line (ctrl_c)
