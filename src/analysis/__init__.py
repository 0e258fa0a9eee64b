"""Research notebook package for studying news coverage of the Syrian war.

Stages, one module each: ingest (raw files to documents), clean (boilerplate, title,
outlet), dates (publication date and the interval the text allows), tolls (reported death
tolls), tone (sentence and source tone), plots, pipeline (papermill runner).
"""

__version__ = "0.1.0"
