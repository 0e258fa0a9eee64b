"""TextBlob's default sentiment (pattern's algorithm), reimplemented to run faster with equal results.

Scoring every sentence with ``textblob.en.sentiment`` is most of the tone stage's cost (issue 6):
the library's tokenizer runs a dozen ``re.sub`` passes and several regexes on every sentence, and
each word lookup goes through ``lazydict`` indirection. ``sentiment(text)`` here returns exactly
(``==``) the library's ``(polarity, subjectivity)`` for any string, several times faster.

This ports the algorithm of TextBlob's ``textblob/_text.py`` (``find_tokens``,
``Sentiment.__call__``, ``Sentiment.assessments``), itself adapted from the pattern library.
TextBlob is MIT-licensed and pattern BSD-licensed; their copyright notices apply to the ported
algorithm. No lexicon data lives here: the word scores, negations, modifiers and tokenizer
constants are read from the installed ``textblob`` package at run time (the library's own
``textblob.en.sentiment`` object is loaded by its own lazy loader and its entries copied).
Only ``textblob/_text.py`` and ``textblob/en/__init__.py`` are run for that, not the package's
``__init__`` (it imports NLTK and SciPy: see _library).

Every shortcut below skips work only when that work provably cannot change the token sequence or
the scores; the comments say why. The tests compare with the library on crafted inputs, seeded
random strings and corpora.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache

from ..text import textblob_files

# Quote characters that find_tokens pads with spaces, in the library's order. They are inline
# literals in textblob._text.find_tokens (no module constant to import).
_QUOTES = ("“", "”", "‘", "’", "'", '"')
# Parser.find_tokens passes this linebreak pattern (a default argument, not a module constant).
_LINEBREAK = r"\n{2,}"


@dataclass(frozen=True)
class _Model:
    lex: dict  # word -> (polarity, subjectivity, intensity, is_modifier) for pos None
    negations: frozenset
    modifier: object  # the library's modifier(word) function ("ends with -ly")
    none_is_modifier: bool  # `None in modifiers`; pos is always None for a plain string
    special: frozenset  # unknown words that do something even with no pending negation/modifier
    emoticons: dict  # lowercased emoticon -> polarity, first group in EMOTICONS order wins
    replacements: tuple  # (old, new) contraction pairs, in the library's order
    replace_keys: object  # the library's replacements dict (find_tokens tests `t not in replace`)
    punct: tuple  # PUNCTUATION minus "." as a tuple of characters (as find_tokens builds it)
    punct_dot: tuple
    lead: frozenset  # characters that make find_tokens split a token's start
    trail: frozenset  # ... or its end
    is_abbreviation: object  # find_tokens' test before splitting a final period
    re_linebreak: re.Pattern
    eos: str
    re_sarcasm: re.Pattern
    re_emoticons: re.Pattern
    quick_guard: re.Pattern  # see _guards
    tight_guard: re.Pattern


def _literal_sub(old: str, new: str) -> bool:
    """re.sub(old, new, s) == s.replace(old, new) when neither has regex/escape meaning."""
    return re.escape(old) == old and "\\" not in new


def _spaced(chars: str, gap: int) -> str:
    """Regex for `chars` with optional single spaces between them and a required one at `gap`."""
    esc = [re.escape(c) for c in chars]
    return " ?".join(esc[:gap]) + " " + " ?".join(esc[gap:])


def _guards(T) -> tuple[re.Pattern, re.Pattern]:
    """Two regexes that find every spot where the sarcasm/emoticon re.subs could change a sentence.

    RE_SARCASM.sub("(!)", s) and RE_EMOTICONS.sub (an emoticon's characters joined by optional
    single spaces, followed by end or whitespace, put back without its spaces) only change s
    where a match holds a space. Sentence strings are tokens joined by single spaces and are
    substrings of the whole EOS-free token list joined the same way, with a sentence's end
    followed there by a space or the end. So if `tight` (every spelling of "( ! )" or of an
    emoticon with at least one space, followed by end or whitespace) finds nothing in the joined
    string, both subs are the identity on every sentence. (The sarcasm sub only removes spaces
    inside its own match, so it cannot create an emoticon spelling.) `quick` is a cheap
    necessary condition for `tight`: two consecutive characters of "(!)" or of one emoticon
    around a space; it is searched first because `tight` is a long alternation.
    """
    shapes = ["(!)"] + [e for group in T.EMOTICONS.values() for e in group]
    after = {}
    for e in shapes:
        for k in range(len(e) - 1):
            after.setdefault(e[k], set()).add(e[k + 1])
    quick = "|".join(
        re.escape(c) + " [" + "".join(re.escape(x) for x in sorted(xs)) + "]" for c, xs in sorted(after.items())
    )
    tight = "|".join(sorted({_spaced(e, k) for e in shapes for k in range(1, len(e))}))
    return re.compile(quick), re.compile(r"(?:%s)(?:$|\s)" % tight)


def _abbreviation_test(T):
    """find_tokens keeps a token's final period when this is true (same order of tests)."""
    abbreviations = frozenset(T.ABBREVIATIONS)
    m1, m2, m3 = T.RE_ABBR1.match, T.RE_ABBR2.match, T.RE_ABBR3.match

    def is_abbreviation(t: str) -> bool:
        return t in abbreviations or m1(t) is not None or m2(t) is not None or m3(t) is not None

    return is_abbreviation


# The modules the port reads: the tokenizer constants and the English sentiment lexicon.
_LIBRARY_MODULES = ("textblob._text", "textblob.en")


def _module_from_file(name: str, path, package_dir=None):
    """The module at path, run under name without being put in sys.modules."""
    spec = importlib.util.spec_from_file_location(
        name, path, submodule_search_locations=[str(package_dir)] if package_dir else None)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _library():
    """textblob._text and textblob.en, the library's own modules run from its own files.

    ``import textblob.en`` first runs textblob/__init__.py, which imports TextBlob and with it
    NLTK and SciPy: 1.9 CPU s in each process that scores tone (the notebook's kernel and its
    worker), against 0.05 s for the two modules and the lexicon, for code the port never calls.
    Both are run from their files; `textblob` itself never enters sys.modules (a thread importing
    the real package meanwhile must not find a stub of it there), and textblob._text does only,
    fully run, while textblob.en's `from textblob._text import ...` needs it: it is the library's
    own module, so a concurrent real import that picks it up gets the same code. Where textblob
    is already imported its modules are used as they are."""
    if "textblob" in sys.modules:
        return tuple(importlib.import_module(name) for name in _LIBRARY_MODULES)
    text = _module_from_file("textblob._text", textblob_files.path("_text.py"))
    shared = sys.modules.setdefault("textblob._text", text)
    try:
        en = _module_from_file("textblob.en", textblob_files.path("en", "__init__.py"), textblob_files.path("en"))
    finally:
        if shared is text and sys.modules.get("textblob._text") is text:
            del sys.modules["textblob._text"]
    return shared, en


_MODEL_LOCK = threading.Lock()  # threads (dask's threaded engine, notebook code) load it once


def _model() -> _Model:
    """The port's model, loaded once per process whichever thread asks first."""
    with _MODEL_LOCK:
        return _load_model()


@lru_cache(maxsize=1)
def _load_model() -> _Model:
    """The library's lexicon and constants, copied once into plain dicts and sets."""
    T, E = _library()
    S = E.sentiment

    len(S)  # the library's own lazy load (Sentiment.load + the "-ly" adverb annotations)
    modifiers = tuple(S.modifiers)
    lex = {}
    for w, tags in dict.items(S):
        # assessments() only knows a word when `pos in self[w]`; pos is None for a plain string.
        if None in tags:
            p, s, i = tags[None]
            # `pos and pos in modifiers` is falsy for pos None, so only this test remains.
            lex[w] = (p, s, i, any(map(tags.__contains__, modifiers)))
    negations = frozenset(S.negations)
    # The emoticon branch runs only for words passing this guard; it depends on the word alone,
    # so applying it when building the map gives the same result as applying it per word.
    emoticons = {}
    for (_type, p), group in T.EMOTICONS.items():
        for e in group:
            k = e.lower()
            if k.isalpha() is False and len(k) <= 5 and k not in T.PUNCTUATION:
                emoticons.setdefault(k, p)
    replacements = tuple(T.replacements.items())
    if not all(_literal_sub(a, b) for a, b in replacements):
        raise RuntimeError("textblob's contraction patterns are no longer literal; port needs an update")
    punct = tuple(T.PUNCTUATION.replace(".", ""))
    quick, tight = _guards(T)
    return _Model(
        lex=lex,
        negations=negations,
        modifier=S.modifier,
        none_is_modifier=None in modifiers,
        special=frozenset(negations | {"!", "(!)"} | set(emoticons)),
        emoticons=emoticons,
        replacements=replacements,
        replace_keys=T.replacements,
        punct=punct,
        punct_dot=punct + (".",),
        lead=frozenset(punct),
        trail=frozenset(punct + (".",)),
        is_abbreviation=_abbreviation_test(T),
        re_linebreak=re.compile(_LINEBREAK),
        eos=T.EOS,
        re_sarcasm=T.RE_SARCASM,
        re_emoticons=T.RE_EMOTICONS,
        quick_guard=quick,
        tight_guard=tight,
    )


_model.cache_clear = _load_model.cache_clear  # tests rebuild the copy after patching the lexicon


def _split_punct(t: str, tokens: list, M: _Model) -> None:
    """find_tokens' punctuation/ellipsis/abbreviation loops for one token, verbatim."""
    punctuation, replace = M.punct, M.replace_keys
    tail = []
    while t.startswith(punctuation) and t not in replace:
        tokens.append(t[0])
        t = t[1:]
    while t.endswith(M.punct_dot) and t not in replace:
        if t.endswith(punctuation):
            tail.append(t[-1])
            t = t[:-1]
        if t.endswith("..."):
            tail.append("...")
            t = t[:-3].rstrip(".")
        if t.endswith("."):
            if M.is_abbreviation(t):
                break
            tail.append(t[-1])
            t = t[:-1]
    if t != "":
        tokens.append(t)
    tokens.extend(reversed(tail))


def _raw_tokens(text: str, M: _Model) -> list:
    """find_tokens' token list (before sentence grouping), EOS markers included."""
    # re.sub with a literal pattern is str.replace (checked in _model); absent -> identity.
    for a, b in M.replacements:
        if a in text:
            text = text.replace(a, b)
    for q in _QUOTES:  # each padding inserts only spaces, so the six replaces do not interact
        if q in text:
            text = text.replace(q, " " + q + " ")
    if "\n" in text:  # "\r\n" and paragraph breaks both need a newline
        text = text.replace("\r\n", "\n")
        if "\n\n" in text:
            text = M.re_linebreak.sub(" %s " % M.eos, text)
    # Collapsing \s+ to " " and TOKEN.findall(s + " ") yields the maximal runs of non-\s
    # characters, i.e. str.split(): re's \s and str.isspace agree on every code point
    # (checked by a test).
    lead, trail = M.lead, M.trail
    tokens = []
    append = tokens.append
    replace = M.replace_keys
    is_abbreviation = M.is_abbreviation
    for t in text.split():
        # startswith/endswith(tuple of single characters) on a non-empty token is a test of
        # its first/last character; tokens with neither go through the loops unchanged.
        if t[0] not in lead and t[-1] not in trail:
            append(t)
        elif len(t) > 1 and t[0] not in lead and t[-2] not in trail and t not in replace:
            # Only the last character is punctuation, e.g. "Syria," or "Syria.": the trailing
            # loop runs once (a non-period mark, or a period unless an abbreviation) and stops
            # because the new last character is not punctuation.
            if t[-1] != "." or not is_abbreviation(t):
                append(t[:-1])
                append(t[-1])
            else:
                append(t)
        else:
            _split_punct(t, tokens, M)
    return tokens


def _library_sentences(tokens: list, M: _Model) -> list:
    """find_tokens' sentence grouping and sarcasm/emoticon subs, verbatim; words of all sentences."""
    EOS = M.eos
    sentences, i, j = [[]], 0, 0
    while j < len(tokens):
        if tokens[j] in ("...", ".", "!", "?", EOS):
            while j < len(tokens) and tokens[j] in ("'", '"', "”", "’", "...", ".", "!", "?", ")", EOS):
                if tokens[j] in ("'", '"') and sentences[-1].count(tokens[j]) % 2 == 0:
                    break
                j += 1
            sentences[-1].extend(t for t in tokens[i:j] if t != EOS)
            sentences.append([])
            i = j
        j += 1
    sentences[-1].extend(tokens[i:j])
    words = []
    for s in sentences:
        if s:
            s = M.re_sarcasm.sub("(!)", " ".join(s))
            s = M.re_emoticons.sub(lambda m: m.group(1).replace(" ", "") + m.group(2), s)
            words.extend(s.split())  # " ".join(sentences).split() == concatenated splits
    return words


def words(text: str) -> list:
    """The lowercased words Sentiment.__call__ assesses: the w.lower() of " ".join(find_tokens(text)).split().

    Sentence grouping only drops EOS markers (every EOS is inside a sentence-ending run, never
    left for the last sentence) and feeds the per-sentence subs; when the guards show the subs
    are the identity, the words are the tokens without EOS markers.
    """
    M = _model()
    tokens = _raw_tokens(text, M)
    eos = M.eos
    plain = [t for t in tokens if t != eos] if eos in tokens else tokens
    joined = " ".join(plain)
    if M.quick_guard.search(joined) is None or M.tight_guard.search(joined) is None:
        # One lower() for all words: str.lower maps characters independently except capital
        # sigma, whose context scan stops at a space just as at a string's end (a space is
        # neither cased nor case-ignorable), and no character lowercases to whitespace or to
        # nothing (checked by a test), so this equals lowering each word.
        return joined.lower().split()
    return [w.lower() for w in _library_sentences(tokens, M)]


def sentiment(text: str) -> tuple[float, float]:
    """(polarity, subjectivity), equal to tuple(textblob.en.sentiment(text)) for any string."""
    if not isinstance(text, str):  # lists, Synsets, ...: the library's other branches
        from textblob.en import sentiment as library

        return tuple(library(text))
    if type(text) is not str:
        text = str(text)  # as Parser.find_tokens does
    M = _model()
    lex_get, negations, special = M.lex.get, M.negations, M.special
    a = []  # assessments as [polarity, subjectivity, intensity, negated(-1) or 1]
    m = None  # preceding modifier word
    n = None  # preceding negation word
    for w in words(text):
        e = lex_get(w)
        if e is not None:
            p, s, i, is_modifier = e
            if m is None:
                cur = [p, s, i, 1]
                a.append(cur)
            else:  # known word preceded by a modifier ("really good"): uses the modifier's i
                cur = a[-1]
                ci = cur[2]
                cur[0] = max(-1.0, min(p * ci, +1.0))
                cur[1] = max(-1.0, min(s * ci, +1.0))
                cur[2] = i
            if n is not None:  # preceded by a negation ("not really good")
                cur[2] = 1.0 / cur[2]
                cur[3] = -1
            m = w if is_modifier else None
            n = w if w in negations else None
            continue
        # Unknown word. With no pending negation or modifier only negations, "!", "(!)" and
        # emoticons change anything.
        if n is None and m is None and w not in special:
            continue
        if w in negations:
            n = w
        elif n is not None and len(w.strip("'")) > 1:  # keep negation across small words
            n = None
        if n is not None and m is not None and (M.none_is_modifier or M.modifier(m)):
            a[-1][3] = -1  # "really not good"
            n = None
        elif m is not None and len(w) > 2:  # keep modifier across small words
            m = None
        if w == "!" and len(a) > 0:
            a[-1][0] = max(-1.0, min(a[-1][0] * 1.25, +1.0))
        if w == "(!)":
            a.append([0.0, 1.0, 1.0, 1])
        p = M.emoticons.get(w)
        if p is not None:
            a.append([p, 1.0, 1.0, 1])
    # Sentiment.__call__'s avg: int 0 plus each score in order (1 * score == score), / float(n or 1).
    ps = ss = 0
    for p, s, _i, neg in a:
        ps += p * -0.5 if neg < 0 else p  # "not good" = slightly bad
        ss += s
    k = float(len(a) or 1)
    return (ps / k, ss / k)
