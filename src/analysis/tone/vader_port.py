"""A faster, exact port of vaderSentiment's `SentimentIntensityAnalyzer.polarity_scores`.

Why: VADER is scored on every sentence of every article, and the library's Python code redoes
work per word (it lower-cases and copies the whole token list inside every negation and idiom
check, so a long text costs O(n^2)). This module follows the algorithm of vaderSentiment 3.3.x
(MIT licence, (c) C.J. Hutto; Hutto & Gilbert, ICWSM-14) step by step, with the same
floating-point operations in the same order, but lower-cases each token once per text and only
visits tokens that are in the lexicon. `polarity_scores(text) == SentimentIntensityAnalyzer()
.polarity_scores(text)` for every string; tests/test_vader_port.py and
benchmarks/bench_sentiment_ports.py check it.

The lexicon, emoji table and rule constants are not copied: they are taken at run time from the
installed library (its own analyzer's `.lexicon`/`.emojis`, its module-level constants and its
static helpers), so an update of the library's data is followed.
"""

from __future__ import annotations

import math
import string
from functools import lru_cache
from itertools import compress

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    C_INCR,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
    normalize,
)

_PUNCT = string.punctuation
_strip = str.strip
_NEGATE = frozenset(NEGATE)  # NEGATE's entries are all lowercase
_BOOSTER_KEYS = frozenset(BOOSTER_DICT)
# Every word of a SPECIAL_CASES key or of a multi-word BOOSTER_DICT key.
_IDIOM_WORDS = frozenset(w for k in [*SPECIAL_CASES, *BOOSTER_DICT] if " " in k for w in k.split(" "))
_amplify_ep = SentimentIntensityAnalyzer._amplify_ep
_amplify_qm = SentimentIntensityAnalyzer._amplify_qm


@lru_cache(maxsize=1)
def _analyzer() -> SentimentIntensityAnalyzer:
    """The library's analyzer, built once: the source of the lexicon and emoji tables."""
    return SentimentIntensityAnalyzer()


def lexicon() -> dict[str, float]:
    """VADER's word valences: the installed library's own table."""
    return _analyzer().lexicon


@lru_cache(maxsize=1)
def _tables():
    """(lexicon, emojis, single-character emoji keys, whether one of those is ASCII)."""
    a = _analyzer()
    # The library tests `chr in self.emojis` one character at a time, so only one-character
    # keys can ever match; a text sharing no character with them is left unchanged.
    emoji_chars = frozenset(k for k in a.emojis if len(k) == 1)
    ascii_emoji = any(c.isascii() for c in emoji_chars)
    return a.lexicon, a.emojis, emoji_chars, ascii_emoji


def _replace_emojis(text: str, emojis: dict) -> str:
    """The library's first loop verbatim (emoji -> description, with its spacing rule)."""
    parts = []
    prev_space = True
    for ch in text:
        if ch in emojis:
            if not prev_space:
                parts.append(" ")
            parts.append(emojis[ch])
            prev_space = False
        else:
            parts.append(ch)
            prev_space = ch == " "
    return "".join(parts)


def _tokens(text: str, strip=_strip, punct=_PUNCT, len=len) -> list[str]:
    """SentiText._words_and_emoticons: strip edge punctuation unless <= 2 characters remain
    (names bound as defaults: this runs once per token)."""
    return [s if len(s := strip(w, punct)) > 2 else w for w in text.split()]


def _is_cap_diff(words: list[str]) -> bool:
    """allcap_differential: some, but not all, tokens are ALL CAPS."""
    n_upper = sum(map(str.isupper, words))
    return 0 < len(words) - n_upper < len(words)


def _special_idioms_check(valence: float, lower: list[str], i: int) -> float:
    """SentimentIntensityAnalyzer._special_idioms_check on the precomputed lowercase tokens
    (only ever called with i > 2, so the negative offsets stay inside the list)."""
    w3, w2, w1, w0 = lower[i - 3], lower[i - 2], lower[i - 1], lower[i]
    # Tokens hold no space (str.split, and str.lower never makes one: checked by tests), so a
    # joined sequence equals a key only if each of its tokens is a word of that key. Every
    # sequence below contains w0 or w2; if neither is such a word, nothing can match.
    if w0 not in _IDIOM_WORDS and w2 not in _IDIOM_WORDS:
        return valence
    twoone = f"{w2} {w1}"
    threetwoone = f"{w3} {w2} {w1}"
    threetwo = f"{w3} {w2}"
    for seq in (f"{w1} {w0}", f"{w2} {w1} {w0}", twoone, threetwoone, threetwo):
        if seq in SPECIAL_CASES:
            valence = SPECIAL_CASES[seq]
            break
    n = len(lower)
    if n - 1 > i:
        zeroone = f"{w0} {lower[i + 1]}"
        if zeroone in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroone]
    if n - 1 > i + 1:
        zeroonetwo = f"{w0} {lower[i + 1]} {lower[i + 2]}"
        if zeroonetwo in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in BOOSTER_DICT:
            valence = valence + BOOSTER_DICT[n_gram]
    return valence


def _valence(i: int, words: list[str], lower: list[str], lex: dict, is_cap_diff: bool) -> float:
    """sentiment_valence for a token that is in the lexicon, with scalar_inc_dec and
    _negation_check inlined (same operations, same order)."""
    item_lowercase = lower[i]
    valence = lex[item_lowercase]
    if item_lowercase == "no" and i != len(lower) - 1 and lower[i + 1] in lex:
        valence = 0.0
    if (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") \
            or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor")):
        valence = lex[item_lowercase] * N_SCALAR
    if is_cap_diff and words[i].isupper():
        if valence > 0:
            valence += C_INCR
        else:
            valence -= C_INCR
    for start_i in range(0, 3):
        if i <= start_i:
            break
        j = i - (start_i + 1)
        prev = lower[j]
        if prev in lex:
            continue
        # scalar_inc_dec(words[j], valence, is_cap_diff); it is 0.0 unless prev is a booster,
        # and 0.0 is still added, as in the library.
        s = 0.0
        if prev in BOOSTER_DICT:
            s = BOOSTER_DICT[prev]
            if valence < 0:
                s *= -1
            if words[j].isupper() and is_cap_diff:
                if valence > 0:
                    s += C_INCR
                else:
                    s -= C_INCR
            if start_i == 1:
                s = s * 0.95
            elif start_i == 2:
                s = s * 0.9
        valence = valence + s
        # _negation_check(valence, words, start_i, i). The library's negated() lower-cases the
        # already lowercase word again (str.lower is idempotent: checked by tests) and tests
        # list membership in NEGATE (all lowercase) or "n't" in the word.
        if start_i == 0:
            if prev in _NEGATE or "n't" in prev:
                valence = valence * N_SCALAR
        elif start_i == 1:
            w1 = lower[i - 1]
            if prev == "never" and (w1 == "so" or w1 == "this"):
                valence = valence * 1.25
            elif prev == "without" and w1 == "doubt":
                pass
            elif prev in _NEGATE or "n't" in prev:
                valence = valence * N_SCALAR
        else:
            w2, w1 = lower[i - 2], lower[i - 1]
            # Same precedence as the library: (never and so/this) or (so/this just before).
            if (prev == "never" and (w2 == "so" or w2 == "this")) or (w1 == "so" or w1 == "this"):
                valence = valence * 1.25
            elif prev == "without" and (w2 == "doubt" or w1 == "doubt"):
                pass
            elif prev in _NEGATE or "n't" in prev:
                valence = valence * N_SCALAR
            valence = _special_idioms_check(valence, lower, i)
    return _least_check(valence, lower, i, lex)


def _least_check(valence: float, lower: list[str], i: int, lex: dict) -> float:
    """SentimentIntensityAnalyzer._least_check on the precomputed lowercase tokens."""
    if i > 1 and lower[i - 1] not in lex and lower[i - 1] == "least":
        if lower[i - 2] != "at" and lower[i - 2] != "very":
            valence = valence * N_SCALAR
    elif i > 0 and lower[i - 1] not in lex and lower[i - 1] == "least":
        valence = valence * N_SCALAR
    return valence


def _sentiments(words: list[str], lower: list[str], lex: dict) -> list:
    """The per-token list of the library's main loop, before the 'but' rule.

    The library appends the int 0 for boosters, for "kind" before "of" and for every token not
    in the lexicon (sentiment_valence runs no check for those); only lexicon tokens get a
    computed float valence, and that depends on the tokens alone, never on earlier scores, so
    only those positions are visited.
    """
    n = len(words)
    sentiments = [0] * n
    # dict_keys & list walks the list in C and keeps the tokens that are lexicon keys; boosters
    # are skipped before the lexicon lookup, so they are dropped here.
    scored = lex.keys() & lower
    if scored:
        scored -= _BOOSTER_KEYS
    if not scored:
        return sentiments
    is_cap_diff = _is_cap_diff(words)
    for i in compress(range(n), map(scored.__contains__, lower)):
        if lower[i] == "kind" and i < n - 1 and lower[i + 1] == "of":
            continue
        sentiments[i] = _valence(i, words, lower, lex, is_cap_diff)
    return sentiments


# score_valence's result when every score is 0 and there is at least one token: sum_s = 0.0
# takes no punctuation emphasis, compound = normalize(0.0) = 0.0, pos_sum = neg_sum = 0.0 so
# no emphasis either, total = float(n), neu = n / n = 1.0.
_NEUTRAL = {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}


def _score_valence(sentiments: list, text: str) -> dict:
    """score_valence, with _sift_sentiment_scores summing only the nonzero scores, in list
    order: zeros add nothing to pos_sum/neg_sum, and for numbers "falsy" is "== 0", which is
    what the library counts as neutral."""
    if not sentiments:
        return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
    nonzero = list(filter(None, sentiments))
    if not nonzero:
        return dict(_NEUTRAL)
    sum_s = float(sum(sentiments))
    punct_emph_amplifier = _amplify_ep(text) + _amplify_qm(text)
    if sum_s > 0:
        sum_s += punct_emph_amplifier
    elif sum_s < 0:
        sum_s -= punct_emph_amplifier
    compound = normalize(sum_s)

    pos_sum = 0.0
    neg_sum = 0.0
    for sentiment_score in nonzero:
        if sentiment_score > 0:
            pos_sum += (float(sentiment_score) + 1)
        if sentiment_score < 0:
            neg_sum += (float(sentiment_score) - 1)
    neu_count = len(sentiments) - len(nonzero)

    if pos_sum > math.fabs(neg_sum):
        pos_sum += punct_emph_amplifier
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= punct_emph_amplifier

    total = pos_sum + math.fabs(neg_sum) + neu_count
    pos = math.fabs(pos_sum / total)
    neg = math.fabs(neg_sum / total)
    neu = math.fabs(neu_count / total)
    return {"neg": round(neg, 3), "neu": round(neu, 3), "pos": round(pos, 3),
            "compound": round(compound, 4)}


def polarity_scores(text: str) -> dict:
    """VADER's {"neg", "neu", "pos", "compound"} for `text`, == the library's result."""
    if not isinstance(text, str):
        # Not the documented input; let the library give its own result or error.
        return _analyzer().polarity_scores(text)
    lex, emojis, emoji_chars, ascii_emoji = _tables()
    if (ascii_emoji or not text.isascii()) and not emoji_chars.isdisjoint(text):
        text = _replace_emojis(text, emojis)
    text = text.strip()
    words = _tokens(text)
    lower = list(map(str.lower, words))
    sentiments = _sentiments(words, lower, lex)
    if "but" in lower:
        # The library's own static rule, which changes nothing unless a token is "but". Calling
        # it keeps its quirk: list.index rescales the first score equal to the current one.
        sentiments = SentimentIntensityAnalyzer._but_check(words, sentiments)
    return _score_valence(sentiments, text)
