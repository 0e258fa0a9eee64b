"""Text utilities every stage shares: the sentence splitter and case folding.

    sentences  split_sentences (one splitter for tolls and tone), PARAGRAPH_RE
    casefold   lowered, lower_twin (case-insensitive regex at case-sensitive speed)
    patterns   WORD_RE
"""

from .casefold import lower_twin, lowered
from .patterns import WORD_RE
from .sentences import PARAGRAPH_RE, split_sentences

__all__ = ["split_sentences", "PARAGRAPH_RE", "lowered", "lower_twin", "WORD_RE"]
