"""Article text to its parts: body without site chrome, title, outlet, language.

The first stage decides everything downstream: a boilerplate line left in the body skews
tone, and a missing title or outlet breaks the per-source comparison. No maintained library
cleans plain scraped text (they all need HTML), so plain text goes through a small line
classifier trained on the WCXB corpus by `scripts/train_line_model.py` and shipped as JSON
weights (`models/line_model.json`). Every removed line is kept with a readable reason, so
notebook 01 can show what was taken out and why.

One job per module:
    result    CleanText and RemovedLine, what cleaning returns
    lines     line features and the two-stage line classifier (with each removal's reason)
    plain     plain text: the classifier's scores decoded into a body, then title and outlet
    link_tail a "Related" / "Read also" / "Tags" link list run into the story's last line
    title     headline candidates, the tree ranker and what a headline never is
    outlet    the publisher a text names (dateline, copyright line, the site's own appeal)
    html      HTML pages: trafilatura for the body, the page's own statements for the headline
    language  a coarse language code from script and function words
    _common   string helpers the modules share (tokens, character counts, gates)
"""

from ._common import word_tokens
from .html import clean_html, html_title, html_title_candidates
from .language import detect_language
from .lines import (BASE_FEATURES, CONTEXT_FEATURES, CONTEXT_REASON, FEATURE_REASONS, LIST_MARKER_RE, MODEL_PATH,
                    POSITION_FEATURES, STAGE2_FEATURES, base_features, context_features, line_probabilities,
                    load_model, split_lines)
from .outlet import outlet_from_appeal, outlet_from_text
from .plain import clean_plain_text, rule_reason
from .result import CleanText, RemovedLine
from .title import TITLE_FEATURES, choose_title, headline_text, not_a_title, title_candidates, tree_score

__all__ = [
    "CleanText", "RemovedLine", "clean_plain_text", "clean_html", "detect_language", "outlet_from_text",
    "outlet_from_appeal", "html_title", "html_title_candidates", "rule_reason", "word_tokens",
    # the line model and headline ranker, for scripts/train_line_model.py and the tests
    "MODEL_PATH", "BASE_FEATURES", "CONTEXT_FEATURES", "STAGE2_FEATURES", "TITLE_FEATURES", "FEATURE_REASONS",
    "CONTEXT_REASON", "POSITION_FEATURES", "LIST_MARKER_RE", "split_lines", "base_features", "context_features",
    "load_model", "line_probabilities", "title_candidates", "choose_title", "not_a_title", "headline_text", "tree_score",
]
