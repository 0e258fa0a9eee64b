"""Text utilities every stage shares: the sentence splitter and case folding.

    sentences  split_sentences (one splitter for tolls and tone), PARAGRAPH_RE
    casefold   FoldedText, Pattern (case-insensitive regex at case-sensitive speed); lowered, lower_twin
    patterns   WORD_RE
    lexicon    is_common_word (TextBlob's Brill lexicon: a common word or only a name)
    textblob_files  path (textblob's files, found without importing textblob)
"""

from .casefold import FoldedText, Pattern, lower_twin, lowered
from .patterns import WORD_RE
from .sentences import PARAGRAPH_RE, split_sentences

__all__ = ["split_sentences", "PARAGRAPH_RE", "FoldedText", "Pattern", "lowered", "lower_twin", "WORD_RE"]
