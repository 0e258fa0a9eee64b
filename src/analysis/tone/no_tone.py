"""Sentences that carry no tone: credit lines, date lines, short verbless labels, text not in English.

An outlet that ends every article with "Source TRTWorld and agencies" had that line scored once per
article, and the engine's score of it (hybrid: about -0.2, not 0) pulled the outlet's mean; a quote
in Arabic counted as a neutral sentence (QA11 F9). The rule is general, by shape, never by outlet:
such sentences keep their row and scores in tone_sentences (the `no_tone` column says why) but no
article, outlet or actor mean counts them.

Public API: no_tone_reason, NO_TONE_REASONS, SHORT_WORDS, CREDIT_MAX_WORDS, TIME_ZONES.
"""

from __future__ import annotations

import re

from ..clean.language import CONFIDENT_SHARE, SCRIPTS, STOPWORDS_EN, detect_language
from ..text.lexicon import VERB_TAGS, word_tag
from ..text.patterns import MONTH_NAME, WEEKDAY_NAME
from .scoring import textblob_scores, vader_scores

__all__ = ["no_tone_reason", "NO_TONE_REASONS", "SHORT_WORDS", "CREDIT_MAX_WORDS", "TIME_ZONES"]

# The reasons, as tone_sentences' no_tone column and notebook 03 name them ("" = scored).
NOT_ENGLISH, CREDIT, DATE_LINE, LABEL = "not English", "credit line", "date line", "short, no verb"
NO_TONE_REASONS = (NOT_ENGLISH, CREDIT, DATE_LINE, LABEL)

# A sentence of at most this many words, with no word the lexicon tags as a verb and no lower-case
# word but function words, is a label, a name or a code ("Hazem Sabbagh", "English Bulletin",
# "SSH 11", "218-11", "Manar/Manal/Ghossoun"), not a statement: FA-KES's 131 sentences of up to 4
# words were mostly such lines; 5 leaves a margin for "(With Reuters and AFP)". A short line with a
# lower-case word ("My god!", "Absolute horror."), a word with a tone ("Hooray.") or a "?"/"!" ("Why
# not?") is the story's or a speaker's, and is scored.
SHORT_WORDS = 5
# A line opening with a credit word ("Reporting by ...; Editing by ...", "Photo: ...", "Source: ...")
# with no finite verb is a credit however many names it lists; past this many words it is prose.
CREDIT_MAX_WORDS = 15

_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_CREDIT_RE = re.compile(
    r"^\W*(?:additional\s+)?(?:reporting|editing|writing|written|compiled|produced|translated|photos?|photographs?|"
    r"images?|pictures?|video|credits?|sources?|courtesy|via|by)\b"
    # what follows a credit word in a credit: ':', 'by', 'of' after courtesy, or a name; not prose
    # ("By the end of the massacre", "Photos of the massacre", "Credits to Graduate", rev11r R2)
    r"(?:\s*[:(\-–—]|\s+by\b|(?<=courtesy)\s+of\b|\s+[(\"'“‘]?(?-i:[A-Z0-9]))", re.IGNORECASE)
# The credit words themselves ("Reporting", "Editing") are verb forms; a credit line has no other.
_CREDIT_WORDS = frozenset("additional reporting editing writing written compiled produced translated by".split())
# A credit lists its parts between ';' or '|' ("Reporting by A in Beirut; Writing by B; Editing by C
# Our Standards:The Thomson Reuters Trust Principles."): Reuters' footer ran to 16-45 words, over
# CREDIT_MAX_WORDS as one sentence, and was scored in 10 of reuters' 11 FA-KES articles (rev11r R9).
_CREDIT_PART_RE = re.compile(r"[;|]")
# Time zones and the clock's am/pm, the capitals a date line holds besides dates ("KSA 16:06 - GMT 13:06");
# any 2-4 capitals took headlines ("US WAR TOLL: 40 DEAD ON MAY 3") as date lines (rev11r R2).
TIME_ZONES = ("GMT UTC KSA EST EDT CST CDT MST MDT PST PDT BST CET CEST EET EEST MSK AST IST JST AEST AEDT "
              "ET CT PT AM PM").split()
# Words a date line is made of besides numbers: months, weekdays, "Updated", "GMT", "am" ...
_DATE_WORD_RE = re.compile(
    rf"^(?:(?i:{MONTH_NAME}|{WEEKDAY_NAME}|\d+(?:st|nd|rd|th)?|last|updated?|published|posted|modified|on|at|"
    rf"local|time|h|am|pm)|{'|'.join(TIME_ZONES)})$")
_CALENDAR_RE = re.compile(rf"^(?:{MONTH_NAME}|{WEEKDAY_NAME})$", re.IGNORECASE)  # a date line names one
_VERB_TAGS = VERB_TAGS | {"MD"}  # a modal ("will", "can") makes a statement too


def _has_verb(words: list[str]) -> bool:
    return any(word_tag(w) in _VERB_TAGS for w in words if not w.isdigit())


def _tone_words(sentence: str) -> bool:
    """A word either lexicon gives a tone ("Hooray.", "Poor Mr. Lawrence"): a short line of the
    story, not a label (16 of 2,568 human-rated NYT editorial sentences were short and verbless)."""
    return textblob_scores(sentence)[0] != 0 or vader_scores(sentence)["compound"] != 0


def _label_words(words: list[str]) -> bool:
    """Every word a name, a number or a function word: no lower-case content word."""
    return all(not w[0].islower() or w in STOPWORDS_EN for w in words)


def no_tone_reason(sentence: str) -> str:
    """Why `sentence` carries no tone (one of NO_TONE_REASONS), or "" when it is scored: a date
    line (only date words, numbers and TIME_ZONES), a credit line (opens with a credit word, no
    other verb: _credit), a short label (at most SHORT_WORDS words, no verb,
    no lower-case content word, no word either lexicon gives a tone, not a question or an
    exclamation), or a sentence the project's language reader
    (clean.language.detect_language, by script and function words) reads as another language."""
    words = _WORD_RE.findall(sentence)
    if words and all(_DATE_WORD_RE.match(w) for w in words) and any(_CALENDAR_RE.match(w) for w in words):
        return DATE_LINE
    if _credit(sentence):
        return CREDIT
    if (len(words) <= SHORT_WORDS and _label_words(words) and not _has_verb(words)
            and not sentence.rstrip().endswith(("?", "!")) and not _tone_words(sentence)):
        return LABEL
    return NOT_ENGLISH if _not_english(sentence, words) else ""


def _credit(sentence: str) -> bool:
    """Every ';'/'|' part opens with a credit word and has no other verb in lower case, and is at most
    CREDIT_MAX_WORDS words or names and function words only ("Additional reporting by A in Beirut
    and B in Amsterdam C in Stockholm ...")."""
    parts = [p for p in _CREDIT_PART_RE.split(sentence) if _WORD_RE.search(p)]
    for part in parts:
        words = _WORD_RE.findall(part)
        rest = [w for w in words if w.lower() not in _CREDIT_WORDS]
        # a credit's capitalised words are names, which the lexicon tags as verbs ("Peter", "Will")
        if not _CREDIT_RE.match(part) or _has_verb([w for w in rest if not w[0].isupper()]) or (len(words) > CREDIT_MAX_WORDS and not _label_words(rest)):
            return False
    return bool(parts)


def _not_english(sentence: str, words: list[str]) -> bool:
    """Another script, or another Latin-script language by function words and py3langid alike
    with English function words under CONFIDENT_SHARE: on one sentence each test alone misreads
    English (py3langid: headlines glued to a date line, "Wed 19 Apr 2017 Aleppo bomb blast kills
    six"; function words: the "al" of Arabic names is Spanish's, "die" German's)."""
    english = sum(w.lower() in STOPWORDS_EN for w in words) / max(len(words), 1)
    if english >= CONFIDENT_SHARE and sentence.isascii():  # what follows says False: no other script, English words
        return False  # (most sentences: the language reader's cost, 90 us a sentence, is not paid)
    by_words = detect_language(sentence, ngram=False)
    if by_words in ("en", "und"):
        return False
    if by_words in SCRIPTS:
        return True
    return by_words != "other" and english < CONFIDENT_SHARE and detect_language(sentence) == by_words
