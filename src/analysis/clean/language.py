"""A coarse language code from script and function words, with py3langid's character n-gram
model (shipped inside the package, nothing downloaded) deciding what function words cannot,
and the function-word lists the line features count."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ._common import NON_ASCII_RE, _tokens

__all__ = ["detect_language", "STOPWORDS", "STOPWORDS_EN", "ALL_STOPWORDS"]

# Function words: their density is the strongest single sign of running prose.
STOPWORDS_EN = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most my
    myself no nor not now of off on once only or other our ours ourselves out over own same she should so
    some such than that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with would you your
    yours yourself yourselves said says also would its it's been has had who which""".split()
)
STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "a", "is", "that", "for", "on", "with", "was", "said", "by", "as", "it", "has"},
    "fr": {"le", "la", "les", "des", "et", "est", "une", "dans", "pour", "que", "qui", "du", "sur", "pas", "au"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "auf", "sich", "im"},
    "es": {"el", "los", "las", "que", "del", "por", "una", "con", "para", "es", "se", "su", "al", "lo", "como"},
    # Words of these languages that are not also English words, so English never loses to them.
    "it": {"il", "di", "che", "della", "del", "sono", "nei", "per", "non", "gli", "dei", "delle", "alla", "nel", "stati", "è"},
    "nl": {"de", "het", "een", "van", "en", "zijn", "dat", "niet", "bij", "voor", "met", "op", "te", "werd", "ook", "door"},
    "pt": {"os", "um", "uma", "não", "da", "do", "dos", "das", "em", "para", "com", "que", "foi", "pelo", "pela"},
    "tr": {"ve", "bir", "bu", "için", "ile", "olarak", "göre", "gibi", "daha", "çok", "kadar", "sonra", "ancak"},
}
ALL_STOPWORDS = STOPWORDS_EN | frozenset().union(*STOPWORDS.values())
LANGUAGE_WORDS = frozenset().union(*STOPWORDS.values())


NON_LATIN_RE = re.compile("[^\x00-\x7f\u00c0-\u024f]")  # letters neither ASCII nor Latin-1/Extended
SCRIPTS = {"ar": ("\u0600", "\u06ff"), "ru": ("\u0400", "\u04ff"), "el": ("\u0370", "\u03ff"), "he": ("\u0590", "\u05ff")}


# Function-word share at which the count alone names a language when the n-gram model is unsure.
CONFIDENT_SHARE = 0.05
# English is decided by function words alone (no n-gram model run: cost, and the same answers as
# before) when its share is at least this and it counts this many: English prose runs about 0.2
# (FA-KES and WCXB 5th percentile 0.16-0.2), while one "in" among 19 German words reached the old 0.05.
CONFIDENT_EN_SHARE = 0.1
CONFIDENT_EN_COUNT = 3
# py3langid's length-calibrated probability below which its answer is not taken: short
# fragments ("Banana?") get a flat distribution, and guessing a language for them would drop
# English one-line records.
LANGID_MIN_PROB = 0.5
# ... and the probability it needs to overrule function words that put English first at the old
# threshold: on one-sentence English records it says e.g. Nigerian Pidgin at 0.66, while real
# text in another language comes out at 0.99 or more.
LANGID_OVERRULE_PROB = 0.9


# Languages no news page is written in but filler text is: lorem ipsum (py3langid: Latin) stands
# in for a paywalled article's text (a German page's real lead, then paragraphs of lorem ipsum,
# was read as 'la'; with less filler, nothing sure). Lines read as these are left out and the rest decides.
PLACEHOLDER_LANGUAGES = frozenset({"la"})


def _without_placeholder_lines(text: str) -> str:
    """text without the lines py3langid reads as a PLACEHOLDER_LANGUAGES language."""
    return "\n".join(line for line in text.splitlines() if _ngram_language(line)[0] not in PLACEHOLDER_LANGUAGES)


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's identifier with probabilities (loads its bundled model once, ~1 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _ngram_language(text: str) -> tuple[str, float]:
    """py3langid's language code and its probability."""
    lang, prob = _identifier().classify(text)
    return lang, float(prob)


_ASCII_ALPHA = bytes(c for c in range(128) if chr(c).isalpha())


def detect_language(text: str, tokens: list[str] | None = None, words: list[str] | None = None,
                    ngram: bool = True) -> str:
    """A coarse language code. Script first; in Latin script, function words decide when
    they are confidently English, and py3langid otherwise (function words mislabel Spanish or
    Turkish as 'nl' and leave German 'und'). 'und' only when the text is too short for
    either to tell; 'other' for a long text neither can read, so that a text we cannot read
    is never taken for English. `tokens`: WORD_RE.findall(text), and `words` their
    lowercase, when the caller has them already. `ngram=False`: function words only (how
    scripts/train_line_model.py chose its English pages, so the shipped model stays reproducible)."""
    # Letters are counted on the ASCII bytes and, one by one, only among the other characters;
    # ASCII letters are all Latin.
    b = text.encode("ascii", "ignore")
    n_letters = len(b) - len(b.translate(None, _ASCII_ALPHA))
    other_letters = "" if text.isascii() else "".join(filter(str.isalpha, "".join(NON_ASCII_RE.findall(text))))
    n_letters += len(other_letters)
    if n_letters < 20:
        return "und"
    if other_letters:
        latin = (n_letters - len(NON_LATIN_RE.findall(other_letters))) / n_letters
        if latin < 0.5:
            letters = "".join(filter(str.isalpha, text))
            shares = {lang: sum(lo <= c <= hi for c in letters) / len(letters) for lang, (lo, hi) in SCRIPTS.items()}
            lang, share = max(sorted(shares.items()), key=lambda kv: kv[1])
            return lang if share > 0.5 else "other"
    if words is None:
        words = list(map(str.lower, _tokens(text) if tokens is None else tokens))
    counts = Counter(filter(LANGUAGE_WORDS.__contains__, words))  # only stopwords are looked up
    # a Counter gives 0 for a missing word, so summing over every stopword adds the same integers
    scores = {lang: sum(map(counts.__getitem__, sw)) / max(len(words), 1) for lang, sw in STOPWORDS.items()}
    lang, score = max(sorted(scores.items()), key=lambda kv: kv[1])
    if lang == "en" and score >= CONFIDENT_EN_SHARE and score * len(words) >= CONFIDENT_EN_COUNT:
        return lang
    if ngram:
        found, prob = _ngram_language(text)
        if found in PLACEHOLDER_LANGUAGES or prob < LANGID_MIN_PROB:  # filler may also only blur the answer
            kept = _without_placeholder_lines(text)
            if kept.strip() and kept != text:
                return detect_language(kept, ngram=ngram)
        if lang == "en" and score >= CONFIDENT_SHARE and prob < LANGID_OVERRULE_PROB:
            return lang
        if prob >= LANGID_MIN_PROB:
            return found
    if score >= CONFIDENT_SHARE:
        return lang
    return "other" if len(words) >= 15 and scores["en"] < 0.03 else "und"

