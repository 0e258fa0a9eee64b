"""Article text to its parts: body without site chrome, title, outlet, language.

The first stage decides everything downstream: a boilerplate line left in the body skews
tone, and a missing title or outlet breaks the per-source comparison. No maintained library
cleans plain scraped text (they all need HTML), so plain text goes through a small line
classifier trained on the WCXB corpus by `scripts/train_line_model.py` and shipped as JSON
weights (`models/line_model.json`). Every removed line is kept with a readable reason, so
notebook 01 can show what was taken out and why.
"""

from __future__ import annotations

import bisect
import html as htmllib
import json
import math
import operator
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import numpy as np

from .text.casefold import lowered
from .text.patterns import WORD_RE

MODEL_PATH = Path(__file__).resolve().parent / "models" / "line_model.json"


@dataclass
class RemovedLine:
    line_no: int
    text: str
    reason: str


@dataclass
class CleanText:
    """What cleaning found in one document."""

    body: str
    title: str | None = None
    outlet: str | None = None
    removed: list[RemovedLine] = field(default_factory=list)
    html_date: str | None = None  # a date an HTML page states in its metadata
    # WORD_RE.findall(body) and its lowercase, when cleaning had them at hand (spares tokenizing twice)
    body_words: tuple[list[str], list[str]] | None = field(default=None, repr=False, compare=False)


SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)\]]*$")
IMAGE_ID_RE = re.compile(r"^_?\d{3,5}(_\d{2,5}){2,}$")
LIST_MARKER_RE = re.compile(r"^(?:(?P<bullet>[*+•·▪◦o\-–—])\s+|(?P<num>\d{1,3}[.)])\s+)")
SEPARATORS_RE = re.compile(r"[|»›•·]|\s/\s")
COPYRIGHT_RE = re.compile(r"(©|\(c\)|copyright\b)\s*(?P<owner>[^\n]*)", re.IGNORECASE)
URL_EMAIL_RE = re.compile(r"https?://|www\.|\S@\S|\.com\b", re.IGNORECASE)
DATE_LIKE_RE = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(19|20)\d\d\b",
    re.IGNORECASE,
)
DATELINE_OUTLET_RE = re.compile(r"^(?P<outlet>[A-Z][A-Za-z]*(?:\.[A-Z]{2,4})+)\s+[-–—]\s")

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


# ---------------------------------------------------------------- line features

BASE_FEATURES = [
    "ln_tokens", "ln_chars", "stop_ratio", "ln_stops", "sentence_end", "colon_end", "punct_ratio",
    "digit_ratio", "cap_ratio", "all_caps", "bullet", "numbered", "separators", "copyright",
    "url_email", "date_like", "repeated", "rel_pos", "ln_block", "block_mean_tokens", "single_line_block",
    "vocab_mean", "vocab_min", "vocab_max", "prose", "tok_le2", "tok_le5", "tok_le10", "tok_le20",
    "prose_before", "prose_after", "ln_dist_prose", "prev_ln_tokens", "next_ln_tokens", "prev_stop_ratio",
    "next_stop_ratio", "prev_sentence_end", "next_sentence_end", "win3_prose", "win10_prose", "ln_page_lines",
]
CONTEXT_FEATURES = [
    "p1", "p1_prev", "p1_next", "p1_win2", "p1_win5", "p1_win15", "p1_max_before", "p1_max_after",
    "p1_mass_before", "p1_mass_after",
]
STAGE2_FEATURES = BASE_FEATURES + CONTEXT_FEATURES
_BASE_INDEX = {name: i for i, name in enumerate(BASE_FEATURES)}

# Why a line was judged chrome, phrased for the notebook, keyed by the feature that pushed
# its score down the most.
FEATURE_REASONS = {
    "ln_tokens": "too short for prose", "ln_chars": "too short for prose", "tok_le2": "one or two words",
    "tok_le5": "a few words", "tok_le10": "short fragment", "tok_le20": "short fragment",
    "stop_ratio": "few function words", "ln_stops": "few function words",
    "sentence_end": "no sentence punctuation", "prose": "not sentence-like", "cap_ratio": "menu-like capitalised words",
    "all_caps": "all capitals", "bullet": "list item", "numbered": "numbered list item",
    "separators": "separator-delimited items", "copyright": "copyright notice", "url_email": "address or link",
    "date_like": "date stamp", "repeated": "repeated on the page", "rel_pos": "page header/footer position",
    "vocab_mean": "words typical of site chrome", "vocab_min": "words typical of site chrome",
    "vocab_max": "words typical of site chrome", "ln_block": "inside a block of short lines",
    "block_mean_tokens": "inside a block of short lines", "single_line_block": "isolated line",
    "prose_before": "outside the article text", "prose_after": "outside the article text",
    "ln_dist_prose": "far from the article text",
}
CONTEXT_REASON = "surrounded by boilerplate"


# ASCII bytes per str class: for an ASCII character the str predicate and membership here agree
# (built from the str methods themselves), so counts and tokens made from bytes are exact.
_ASCII_WORD = bytes(c for c in range(128) if chr(c).isalnum() or chr(c) == "_")  # what \w matches
_ASCII_ALNUM = bytes(c for c in range(128) if chr(c).isalnum())
_ASCII_SPACE = bytes(c for c in range(128) if chr(c).isspace())
_ASCII_DIGIT = bytes(c for c in range(128) if chr(c).isdigit())
_NON_WORD_TO_SPACE = bytes(c if c in _ASCII_WORD else 32 for c in range(256))
NON_ASCII_RE = re.compile("[^\x00-\x7f]+")
_FIRST = operator.itemgetter(0)


def _tokens(text: str) -> list[str]:
    """WORD_RE.findall(text). On ASCII text the same maximal runs of word characters come
    faster from bytes: every non-word byte becomes a space, then split."""
    if not text.isascii():
        return WORD_RE.findall(text)
    return text.encode("ascii").translate(_NON_WORD_TO_SPACE).decode("ascii").split()


word_tokens = _tokens  # the public name: articles.article_record counts a body's words with it


def _char_counts(s: str) -> tuple[int, int, int]:
    """(alphanumeric, whitespace, digit) characters: the sums of str.isalnum / isspace /
    isdigit over s, counted on the ASCII bytes by deletion and per character only for the rest."""
    b = s.encode("ascii", "ignore")  # the ASCII characters only
    n = len(b)
    alnum = n - len(b.translate(None, _ASCII_ALNUM))
    space = n - len(b.translate(None, _ASCII_SPACE))
    digit = n - len(b.translate(None, _ASCII_DIGIT))
    if n < len(s):
        rest = "".join(NON_ASCII_RE.findall(s))
        alnum += sum(map(str.isalnum, rest))
        space += sum(map(str.isspace, rest))
        digit += sum(map(str.isdigit, rest))
    return alnum, space, digit


def _char_class(c: int) -> int:
    """A byte naming the str class of character c, for _char_stats."""
    ch = chr(c)
    if ch.isdigit():
        return ord("d")
    if ch.isupper():
        return ord("u")
    if ch.isalnum():
        return ord("l")  # other letters
    if ch == "_":
        return ord("w")  # a word character that is not alphanumeric
    return ord("s") if ch.isspace() else ord("p")


_ASCII_CLASS = bytes(_char_class(c) for c in range(128)) + b"?" * 128


def _char_stats(s: str, tokens: list[str]) -> tuple[int, int, int, int]:
    """_char_counts(s) and the number of tokens (WORD_RE.findall(s)) starting with an uppercase
    character. On ASCII text one byte per character names its class: a token starts where a
    word class (d u l w) follows a non-word one (s p) or the start of the text."""
    if not s.isascii():
        return (*_char_counts(s), sum(map(str.isupper, map(_FIRST, tokens))))
    t = s.encode("ascii").translate(_ASCII_CLASS)
    digit, upper, space = t.count(b"d"), t.count(b"u"), t.count(b"s")
    initials = t.count(b"su") + t.count(b"pu") + t.startswith(b"u")
    return digit + upper + t.count(b"l"), space, digit, initials


def _ends_sentence(content: str) -> bool:
    """bool(SENTENCE_END_RE.search(content)) for a line without a newline: the last character
    before any closing quotes or brackets is sentence punctuation."""
    return content.rstrip("\"'”’)]").endswith((".", "!", "?"))


# Gates: each pattern below cannot match unless its gate string is in the text (or, for
# letters, in the text lowered as re.IGNORECASE sees it: casefold.lowered), so skipping the
# regex when the gate fails gives the same answer.
def _has_copyright(s: str, low: str) -> bool:
    return ("©" in s or "(c)" in low or "copyr" in low) and COPYRIGHT_RE.search(s) is not None


def _has_url_email(s: str, low: str) -> bool:
    return ("://" in s or "@" in s or "www." in low or ".com" in low) and URL_EMAIL_RE.search(s) is not None


# DATE_LIKE_RE's four alternatives apart (a search finds a match iff one of them matches), each
# written to start with literals or a digit so the engine skips ahead to where it could match.
_MONTH_NAMES = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
# \b(19|20)\d\d\b: the lookbehind is the leading \b (no word character before the 1 or 2)
YEAR_ONLY_RE = re.compile(r"(?:19|20)(?<!\w..)\d\d\b")
# \b(month)[a-z]*\.?\s+\d{1,2}\b and \b\d{1,2}\s+(month)[a-z]*\b without IGNORECASE, for lowered(s)
MONTH_DAY_RE = re.compile(rf"(?:{_MONTH_NAMES})(?<!\w...)[a-z]*\.?\s+\d{{1,2}}\b")
DAY_MONTH_RE = re.compile(rf"\d(?<!\w\d)\d?\s+(?:{_MONTH_NAMES})[a-z]*\b")
NUMERIC_DATE_RE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")
DIGIT_SEP_DIGIT_RE = re.compile(r"\d[/.-]\d")  # NUMERIC_DATE_RE cannot match without it


def _date_like(s: str, low: str) -> bool:
    """bool(DATE_LIKE_RE.search(s)), cheaply: a year (most dates in news have one) is tried first."""
    if ("19" in s or "20" in s) and YEAR_ONLY_RE.search(s):
        return True
    if MONTH_DAY_RE.search(low) or DAY_MONTH_RE.search(low):
        return True
    return DIGIT_SEP_DIGIT_RE.search(s) is not None and NUMERIC_DATE_RE.search(s) is not None


@dataclass
class _Line:
    line_no: int
    text: str  # stripped line as in the input
    content: str  # without a list marker
    tokens: list[str]
    lower: list[str]
    block: int
    bullet: bool
    numbered: bool
    norm: str  # " ".join(lower): what repeated-line and prefix tests compare


def _split_lines(text: str) -> list[_Line]:
    """Non-blank lines with their block (run of lines between blank lines)."""
    out: list[_Line] = []
    block = 0
    prev_blank = True
    for i, raw in enumerate(text.split("\n"), start=1):
        s = raw.strip()
        if not s:
            prev_blank = True
            continue
        if prev_blank:
            block += 1
            prev_blank = False
        m = LIST_MARKER_RE.match(s)
        content = s[m.end():] if m else s
        toks = _tokens(content)
        lower = list(map(str.lower, toks))
        out.append(
            _Line(i, s, content, toks, lower, block,
                  bool(m and m.group("bullet")), bool(m and m.group("num")), " ".join(lower))
        )
    return out


def _is_prose_tokens(n: int, sentence_end: bool) -> bool:
    return (n >= 8 and sentence_end) or n >= 25


def _separator_count(content: str) -> int:
    """len(SEPARATORS_RE.findall(content)); most lines have none of its characters, and it
    cannot match without one."""
    if not ("|" in content or "/" in content or "»" in content or "›" in content or "•" in content
            or "·" in content):
        return 0
    return len(SEPARATORS_RE.findall(content))


def _own_features(ln: _Line, n_stops: int, sentence_end: float) -> list[float]:
    """The features a line has by itself, from "ln_tokens" to "date_like" in BASE_FEATURES."""
    nt = len(ln.tokens)
    content = ln.content
    nch = len(content)
    low = lowered(content)  # casefold: gates and patterns see it as re.I would
    alnum, space, digits, initials = _char_stats(content, ln.tokens)
    punct = nch - alnum - space
    return [
        math.log1p(nt), math.log1p(nch), n_stops / nt if nt else 0.0, math.log1p(n_stops), sentence_end,
        1.0 if content.endswith(":") else 0.0, punct / nch if nch else 1.0, digits / nch if nch else 0.0,
        initials / nt if nt else 0.0, 1.0 if content.isupper() else 0.0,
        1.0 if ln.bullet else 0.0, 1.0 if ln.numbered else 0.0, math.log1p(_separator_count(content)),
        1.0 if _has_copyright(content, low) else 0.0, 1.0 if _has_url_email(content, low) else 0.0,
        1.0 if digits and _date_like(content, low) else 0.0,
    ]


def _nearest_prose_distance(prose: list[bool]) -> list[int]:
    """Lines to the nearest prose line (len(prose) when there is none), forward and backward passes."""
    n = len(prose)
    dist = [n] * n
    last = None
    for i in range(n):
        if prose[i]:
            last = i
        if last is not None:
            dist[i] = i - last
    last = None
    for i in range(n - 1, -1, -1):
        if prose[i]:
            last = i
        if last is not None:
            dist[i] = min(dist[i], last - i)
    return dist


def base_features(lines: list[_Line], vocab: dict[str, float]) -> list[list[float]]:
    """One feature row per non-blank line: shape, wording, position, repetition and the
    shape of the neighbouring lines. Per-line values used by several rows (a neighbour's
    token count, a block's size) are computed once, by the same float operations."""
    n = len(lines)
    if n == 0:
        return []
    norm_counts: dict[str, int] = {}
    norms = [ln.norm for ln in lines]
    for s in norms:
        norm_counts[s] = norm_counts.get(s, 0) + 1
    block_sizes: dict[int, int] = {}
    block_tokens: dict[int, int] = {}
    for ln in lines:
        block_sizes[ln.block] = block_sizes.get(ln.block, 0) + 1
        block_tokens[ln.block] = block_tokens.get(ln.block, 0) + len(ln.tokens)
    block_feats = {b: [math.log1p(size), math.log1p(block_tokens[b] / size), 1.0 if size == 1 else 0.0]
                   for b, size in block_sizes.items()}
    ntok = [len(ln.tokens) for ln in lines]
    ln_tok = [math.log1p(nt) for nt in ntok]
    stops = [sum(map(ALL_STOPWORDS.__contains__, ln.lower)) for ln in lines]
    stop_ratio = [stops[i] / ntok[i] if ntok[i] else 0.0 for i in range(n)]
    sentence_end = [_ends_sentence(ln.content) for ln in lines]
    ends = [1.0 if e else 0.0 for e in sentence_end]
    prose = [_is_prose_tokens(ntok[i], sentence_end[i]) for i in range(n)]
    prose_before = [0] * (n + 1)  # prose lines before each index: window sums as differences
    for i in range(n):
        prose_before[i + 1] = prose_before[i] + prose[i]
    prose_tok = [ntok[i] if prose[i] else 0 for i in range(n)]
    any_prose = sum(prose_tok)
    total_prose = any_prose or 1
    dist = _nearest_prose_distance(prose)
    cum = 0
    ln_page = math.log1p(n)
    rows = []
    for i, ln in enumerate(lines):
        nt = ntok[i]
        vs = list(map(vocab.get, ln.lower, repeat(0.0)))
        before = cum / total_prose
        cum += prose_tok[i]
        after = (total_prose - cum) / total_prose if any_prose else 0.0
        lo, hi = max(0, i - 3), min(n, i + 4)
        lo10, hi10 = max(0, i - 10), min(n, i + 11)
        row = _own_features(ln, stops[i], ends[i])
        row += [math.log(norm_counts[norms[i]]), i / n]
        row += block_feats[ln.block]
        row += [
            sum(vs) / len(vs) if vs else 0.0, min(vs) if vs else 0.0, max(vs) if vs else 0.0,
            1.0 if prose[i] else 0.0, 1.0 if nt <= 2 else 0.0, 1.0 if nt <= 5 else 0.0, 1.0 if nt <= 10 else 0.0,
            1.0 if nt <= 20 else 0.0, before, after, math.log1p(dist[i]),
            ln_tok[i - 1] if i else 0.0, ln_tok[i + 1] if i + 1 < n else 0.0,
            stop_ratio[i - 1] if i else 0.0, stop_ratio[i + 1] if i + 1 < n else 0.0,
            ends[i - 1] if i else 0.0, ends[i + 1] if i + 1 < n else 0.0,
            (prose_before[hi] - prose_before[lo]) / (hi - lo),
            (prose_before[hi10] - prose_before[lo10]) / (hi10 - lo10), ln_page,
        ]
        rows.append(row)
    return rows


def context_features(p1: list[float]) -> list[list[float]]:
    """How body-like the neighbouring lines are: chrome comes in runs, body is contiguous."""
    n = len(p1)
    total = sum(p1) or 1.0
    prefix = [0.0]
    for p in p1:
        prefix.append(prefix[-1] + p)

    def win(i: int, k: int) -> float:
        """Mean p1 of the other lines within k of line i."""
        lo = i - k if i > k else 0
        hi = i + k + 1 if i + k + 1 < n else n
        cnt = hi - lo - 1
        return (prefix[hi] - prefix[lo] - p1[i]) / cnt if cnt else 0.0

    last = n - 1
    return [
        [
            p1[i], p1[i - 1] if i else 0.0, p1[i + 1] if i < last else 0.0, win(i, 2), win(i, 5), win(i, 15),
            max(p1[i - 10 if i > 10 else 0:i]) if i else 0.0, max(p1[i + 1:i + 11]) if i < last else 0.0,
            prefix[i] / total, (prefix[n] - prefix[i + 1]) / total,
        ]
        for i in range(n)
    ]


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _linear(weights: list[float], bias: float, row: list[float]) -> float:
    return bias + sum(map(operator.mul, weights, row))


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> dict:
    """The shipped line model (JSON weights; never pickle)."""
    with open(path or MODEL_PATH, encoding="utf-8") as fh:
        return json.load(fh)


def line_probabilities(lines: list[_Line], model: dict) -> tuple[list[float], list[list[float]]]:
    """p(body) per line from the two-stage model, with the stage-2 feature rows."""
    base = base_features(lines, model["vocab"])
    s1, s2 = model["stage1"], model["stage2"]
    p1 = [_sigmoid(_linear(s1["weights"], s1["bias"], r)) for r in base]
    rows = [b + c for b, c in zip(base, context_features(p1))]
    p2 = [_sigmoid(_linear(s2["weights"], s2["bias"], r)) for r in rows]
    return p2, rows


POSITION_FEATURES = {"prose_before", "prose_after", "ln_dist_prose", "rel_pos"}


_REASON_ARRAYS: dict[int, tuple] = {}


def _reason_arrays(model: dict) -> tuple:
    """The stage-2 features in name order (so a stable sort by contribution breaks ties by
    name, as sorting (contribution, name) pairs does): weights, means, and the phrase each
    gives as a property of the line itself (or None) or as where the line sits; once per model."""
    s2 = model["stage2"]
    hit = _REASON_ARRAYS.get(id(s2))
    if hit is None or hit[0] is not s2:
        names = model["stage2_features"]
        weights = s2["weights"]
        means = s2.get("means") or [0.0] * len(names)
        k = min(len(weights), len(means), len(names))  # as zip() pairs them
        cols = sorted(range(k), key=lambda j: names[j])
        own = [FEATURE_REASONS[n] if n in FEATURE_REASONS and n not in POSITION_FEATURES else None
               for n in (names[j] for j in cols)]
        where = [FEATURE_REASONS.get(names[j], CONTEXT_REASON) for j in cols]
        hit = (s2, np.array(cols, dtype=np.int64), np.array([weights[j] for j in cols], dtype=np.float64),
               np.array([means[j] for j in cols], dtype=np.float64), own, where)
        if len(_REASON_ARRAYS) > 16:  # training builds a model per fold
            _REASON_ARRAYS.clear()
        _REASON_ARRAYS[id(s2)] = hit
    return hit


def _model_reasons(rows: list[list[float]], ps: list[float], model: dict) -> list[str]:
    """Per line, the two properties that pushed its score down the most, in words; where the
    line sits (header/footer, among chrome) is named only when nothing about the line itself
    is. The contributions w * (x - mean) of all lines in one numpy step, each row ordered by
    (contribution, feature name)."""
    if not rows:
        return []
    _, cols, w, m, own_phrase, where_phrase = _reason_arrays(model)
    x = np.asarray(rows, dtype=np.float64)
    if x.shape[1] < len(cols):  # rows shorter than the model: zip() stops at the row's end
        keep = cols < x.shape[1]
        cols, w, m = cols[keep], w[keep], m[keep]
        own_phrase = [ph for ph, k in zip(own_phrase, keep) if k]
        where_phrase = [ph for ph, k in zip(where_phrase, keep) if k]
    contrib = (x[:, cols] - m) * w
    order = np.argsort(contrib, axis=1, kind="stable")
    out = []
    for values, idx, p in zip(contrib.tolist(), order.tolist(), ps):
        own: list[str] = []
        where: list[str] = []
        for j in idx:
            if values[j] >= 0 or len(own) == 2:  # two phrases found: nothing after them is shown
                break
            phrase = own_phrase[j]
            if phrase is None:
                if not where:
                    where.append(where_phrase[j])
            elif phrase not in own:
                own.append(phrase)
        out.append(f"boilerplate (p_body={p:.2f}): " + ", ".join(own or where or ["low body score"]))
    return out


def rule_reason(line: str) -> str | None:
    """Lines that are chrome whatever the model says: no words, image ids, short copyright notices."""
    s = line.strip()
    if not s:
        return None
    if not WORD_RE.search(s):
        return "no words"
    if IMAGE_ID_RE.match(s):
        return "image id"
    if _has_copyright(s, lowered(s)) and len(_tokens(s)) <= 15:
        return "copyright notice"
    return None


# Credit lines that sit at the edge of a story ("Reporting by ...", "X, journalist for Y").
CREDIT_RE = re.compile(
    r"^(by|reporting by|writing by|editing by|additional reporting|compiled by)\b"
    r"|\b(journalist|correspondent|reporter|contributor)s?\s+(for|at|with)\b"
    r"|\breports\.?$|\bcontributed (to )?this report",
    re.IGNORECASE,
)
CREDIT_MAX_WORDS = 16


def _extend_body(lines: list[_Line], keep: list[bool], reasons: dict[int, str], p: list[float],
                 rows: list[list[float]], low: float) -> None:
    """Hysteresis: a sentence-like line scoring between `low` and the threshold joins the body
    when it touches a body line (the last paragraph before a footer scores low because of
    what follows it)."""
    prose_col = BASE_FEATURES.index("prose")
    changed = True
    while changed:
        changed = False
        for i in range(len(lines)):
            if keep[i] or i in reasons or p[i] < low or not rows[i][prose_col]:
                continue
            if (i > 0 and keep[i - 1]) or (i + 1 < len(lines) and keep[i + 1]):
                keep[i] = True
                changed = True


STRONG_P = 0.8  # lines this sure are the story's core; islands are only looked for outside it


def _drop_isolated(keep: list[bool], reasons: dict[int, str], p: list[float], below: float) -> None:
    """A doubtful line with no body line next to it is an island in the chrome (a comment
    prompt, an appeal); the story itself is contiguous. A lone body line (a one-line article)
    is left alone."""
    kept = [i for i, k in enumerate(keep) if k]
    if len(kept) < 2:
        return
    n = len(keep)
    strong = [i for i in kept if p[i] >= STRONG_P]
    lo, hi = (strong[0], strong[-1]) if strong else (n, -1)
    drop = [i for i in kept if p[i] < below and not lo <= i <= hi
            and not (i > 0 and keep[i - 1]) and not (i + 1 < n and keep[i + 1])]
    for i in drop:
        keep[i] = False
        reasons[i] = f"boilerplate (p_body={p[i]:.2f}): isolated among boilerplate lines"


def _require_a_sentence(keep: list[bool], reasons: dict[int, str], rows: list[list[float]]) -> None:
    """A page whose kept lines hold no sentence at all is a menu or footer, not an article."""
    prose_col = BASE_FEATURES.index("prose")
    kept = [i for i, k in enumerate(keep) if k]
    if kept and not any(rows[i][prose_col] for i in kept):
        for i in kept:
            keep[i] = False
            reasons[i] = "no sentence-like line anywhere in the text (menu or footer only)"


# A record of one or two sentences (a brief, a sentence corpus row) is too short for the line
# model's page-level evidence; it is an article when its lines read as prose. Menus, footers and
# link lists never do (no sentence end, no function words, separators or addresses).
SHORT_TEXT_MAX_LINES = 3
SHORT_TEXT_MAX_TOKENS = 120
SHORT_PROSE_MIN_TOKENS = 4  # in its longest sentence: "Read more. Share this." is chrome
SHORT_SENTENCE_SPLIT_RE = re.compile(r"[.!?]+\s+")


def _reads_as_prose(ln: _Line) -> bool:
    content = ln.content
    low = lowered(content)
    longest = max(len(_tokens(part)) for part in SHORT_SENTENCE_SPLIT_RE.split(content))
    return (longest >= SHORT_PROSE_MIN_TOKENS and _ends_sentence(content)
            and (any(w in ALL_STOPWORDS for w in ln.lower) or sum(t[:1].islower() for t in ln.tokens) >= 2)
            and not _separator_count(content)
            and not _has_url_email(content, low) and not _has_copyright(content, low))


def _keep_short_prose(lines: list[_Line], keep: list[bool], reasons: dict[int, str]) -> None:
    """Keep the prose lines of a short record that the page-level rules left empty."""
    if len(lines) > SHORT_TEXT_MAX_LINES or sum(len(ln.tokens) for ln in lines) > SHORT_TEXT_MAX_TOKENS:
        return
    for i, ln in enumerate(lines):
        if _reads_as_prose(ln):
            keep[i] = True
            reasons.pop(i, None)


def _edge_credit_lines(lines: list[_Line], keep: list[bool], reasons: dict[int, str]) -> None:
    """Drop short credit lines among the first or last two kept lines: there they are
    furniture around the story, while the same words mid-story are reporting."""
    kept = [i for i, k in enumerate(keep) if k]
    if len(kept) < 3:
        return
    for i in kept[:2] + kept[-2:]:
        ln = lines[i]
        if len(ln.tokens) <= CREDIT_MAX_WORDS and CREDIT_RE.search(ln.content.strip()):
            keep[i] = False
            reasons[i] = "byline/credit line at the edge of the story"


# ---------------------------------------------------------------- title

TITLE_FEATURES = [
    "ln_tokens", "ln_chars", "cap_ratio", "all_caps", "stop_ratio", "sentence_end", "colon_end", "p_body",
    "body_mass_before", "ln_lines_to_prose", "ln_body_tokens_next10", "ln_body_tokens_prev10", "next_is_body",
    "repeated", "bullet", "numbered", "separators", "date_like", "url_email", "vocab_mean", "single_line_block",
    "prefix_of_other", "rel_pos", "ln_rank_before_prose", "prev_is_list", "is_first_line", "byline_or_date_after",
    "date_before", "ln_same_block_lines",
]
# A line that is a byline (dates.BYLINE_RE finds a byline marker anywhere in a header).
BYLINE_LINE_RE = re.compile(r"^(by|written by|posted by|author:?)\s+\S", re.IGNORECASE)


def title_candidates(lines: list[_Line], base: list[list[float]], p: list[float], threshold: float,
                     max_mass_before: float = 0.5) -> list[tuple[int, list[float]]]:
    """Headline candidates (short, not prose, before most of the body) with the features
    that tell a headline from a menu item, dek or byline."""
    n = len(lines)
    idx = _BASE_INDEX.__getitem__
    kept = [p[i] >= threshold for i in range(n)]
    ktok = [len(lines[i].tokens) if kept[i] else 0 for i in range(n)]
    total = sum(ktok) or 1
    before = [0] * (n + 1)
    for i in range(n):
        before[i + 1] = before[i] + ktok[i]
    prose_body = [kept[i] and bool(base[i][idx("prose")]) for i in range(n)]
    next_prose = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        next_prose[i] = i if prose_body[i] else next_prose[i + 1]
    norms = [ln.norm for ln in lines]
    cands = []
    for i, ln in enumerate(lines):
        nt = len(ln.tokens)
        if nt < 1 or nt > 30 or len(ln.content) > 250 or before[i] / total > max_mass_before:
            continue
        if base[i][idx("prose")] and nt > 18:
            continue
        cands.append(i)
    rows = []
    for i in cands:
        b = base[i]
        norm = norms[i]
        nxt = next_prose[i + 1]
        longer = len(norm) + 3
        prefix_of_other = any(len(other) > longer and other.startswith(norm) for other in norms[max(0, i - 40):i + 40])
        rank = bisect.bisect_left(cands, nxt) - bisect.bisect_right(cands, i)
        rows.append((i, [
            b[idx("ln_tokens")], b[idx("ln_chars")], b[idx("cap_ratio")], b[idx("all_caps")], b[idx("stop_ratio")],
            b[idx("sentence_end")], b[idx("colon_end")], p[i], before[i] / total, math.log1p(min(nxt, n) - i),
            math.log1p(before[min(n, i + 11)] - before[i + 1]), math.log1p(before[i] - before[max(0, i - 10)]),
            float(i + 1 < n and kept[i + 1]), b[idx("repeated")], b[idx("bullet")], b[idx("numbered")],
            b[idx("separators")], b[idx("date_like")], b[idx("url_email")], b[idx("vocab_mean")],
            b[idx("single_line_block")], float(prefix_of_other), b[idx("rel_pos")], math.log1p(rank),
            float(i > 0 and (lines[i - 1].bullet or lines[i - 1].numbered)), float(i == 0),
            float(any(BYLINE_LINE_RE.match(lines[j].content) or base[j][idx("date_like")] and len(lines[j].tokens) <= 12
                      for j in range(i + 1, min(n, i + 5)))),
            float(any(base[j][idx("date_like")] and len(lines[j].tokens) <= 12 for j in range(max(0, i - 3), i))),
            b[idx("ln_block")],
        ]))
    return rows


def _tree_score(trees: dict, row: list[float]) -> float:
    """Log-odds from a boosted tree ensemble exported as flat arrays (left if x <= threshold)."""
    z = trees["init"]
    for feat, thr, left, right, value in zip(trees["feature"], trees["split"], trees["left"], trees["right"],
                                             trees["value"]):
        node = 0
        while left[node] >= 0:
            node = left[node] if row[feat[node]] <= thr[node] else right[node]
        z += value[node]
    return z


_TREE_ARRAYS: dict[int, tuple] = {}


def _tree_arrays(trees: dict) -> tuple:
    """The ensemble as flat node arrays (every tree's nodes one after another), built once per
    model dict. A leaf points to itself on both sides, so walking `depth` steps from every root
    lands each row on the leaf _tree_score reaches, whatever a tree's own depth."""
    hit = _TREE_ARRAYS.get(id(trees))
    if hit is None or hit[0] is not trees:
        feat, thr, left, right, value, roots = [], [], [], [], [], []
        depth = 0
        for f, t, lo, hi, v in zip(trees["feature"], trees["split"], trees["left"], trees["right"], trees["value"]):
            base = len(feat)
            roots.append(base)
            for k in range(len(f)):
                leaf = lo[k] < 0
                feat.append(0 if leaf else f[k])
                thr.append(t[k])
                left.append(base + (k if leaf else lo[k]))
                right.append(base + (k if leaf else hi[k]))
                value.append(v[k])
            depth = max(depth, _tree_depth(lo, hi))
        hit = (trees, np.array(feat, dtype=np.int64), np.array(thr, dtype=np.float64),
               np.array(left, dtype=np.int64), np.array(right, dtype=np.int64), np.array(value, dtype=np.float64),
               np.array(roots, dtype=np.int64), depth)
        hit += tuple(a[hit[6]] for a in hit[1:5])  # the roots' feature, split, left and right
        if len(_TREE_ARRAYS) > 16:  # training builds a model per fold
            _TREE_ARRAYS.clear()
        _TREE_ARRAYS[id(trees)] = hit
    return hit


def _tree_depth(left: list[int], right: list[int], node: int = 0) -> int:
    if left[node] < 0:
        return 0
    return 1 + max(_tree_depth(left, right, left[node]), _tree_depth(left, right, right[node]))


def _tree_scores(trees: dict, rows: list[list[float]]) -> list[float]:
    """_tree_score for many rows: every tree walked in step with numpy; the leaf values are
    then added in tree order, as _tree_score does, so the floats are the same."""
    if not rows:
        return []
    _, feat, thr, left, right, value, _, depth, root_feat, root_thr, root_left, root_right = _tree_arrays(trees)
    x = np.asarray(rows, dtype=np.float64)
    r = np.arange(len(rows))[:, None]
    node = np.where(x[:, root_feat] <= root_thr, root_left, root_right)  # first step: every row at the roots
    for _ in range(depth - 1):
        node = np.where(x[r, feat[node]] <= thr[node], left[node], right[node])
    z = np.empty((len(rows), node.shape[1] + 1))
    z[:, 0] = trees["init"]
    z[:, 1:] = value[node]
    # accumulate adds left to right, one element after another like `z += v` (unlike numpy's
    # pairwise sum), so the last column is _tree_score's float
    return np.add.accumulate(z, axis=1)[:, -1].tolist()


def choose_title(cand_rows: list[tuple[int, list[float]]], model: dict,
                 vetoed: Callable[[int], bool] | None = None) -> tuple[int | None, float]:
    """The best headline candidate, or None when none scores above the model's threshold.
    Candidates `vetoed` says can never be a headline are passed over."""
    t = model["title"]
    best, best_p = None, 0.0
    scores = _tree_scores(t, [row for _, row in cand_rows])
    for (i, _), z in zip(cand_rows, scores):
        if vetoed is not None and vetoed(i):
            continue
        pr = _sigmoid(z)
        if pr > best_p:
            best, best_p = i, pr
    if best_p < t["threshold"]:
        return None, best_p
    return best, best_p


# What a headline never is, whatever the ranker scores: a byline ("By JOHN LEICESTER and HANNA
# ARHIROVA"), a date or time stamp, the site's own name, a menu entry (a list item), or a
# sentence of the story (six words or more ending in a full stop).
DATE_WORD_RE = re.compile(
    r"(?<![a-z])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?(?![a-z])"
    r"|\b(?:am|pm|a\.m\.|p\.m\.|gmt|utc|est|edt|pst|ist|cet|last|updated|modified|edited|published|posted|on|at|"
    r"min|mins|minutes?|read)\b|\d+(?:st|nd|rd|th)?",
    re.I)


SENTENCE_TITLE_MIN_TOKENS = 6
ABBREV_END_RE = re.compile(r"(?:\b[A-Z]\.){2,}[\"'”’)\]]*$")  # "... in the U.S." ends an abbreviation


def not_a_title(ln: _Line, outlet: str | None = None) -> bool:
    """A line that can never be the article's headline (see the comment above)."""
    content = ln.content
    if ln.bullet or ln.numbered or BYLINE_LINE_RE.match(content):
        return True
    if outlet and ln.norm == " ".join(_tokens(outlet.lower())):
        return True
    # a sentence of the story, not a headline: 2 of WCXB's 711 headlines end in a full stop
    if len(ln.tokens) >= SENTENCE_TITLE_MIN_TOKENS and content.rstrip("\"'”’)]").endswith(".") and not ABBREV_END_RE.search(content):
        return True
    # nothing left once date words, numbers and time words are taken out: a date stamp
    return bool(ln.tokens) and not DATE_WORD_RE.sub(" ", content).strip(" ,.:|/-–—·•()[]")


# ---------------------------------------------------------------- outlet

def _copyright_owner(line: str) -> str | None:
    m = COPYRIGHT_RE.search(line)
    if not m:
        return None
    owner = m.group("owner")
    owner = re.sub(r"^(\s*(©|\(c\)|copyright)\s*)+", "", owner, flags=re.I)
    owner = re.sub(r"^\s*(19|20)\d{2}(\s*[-–]\s*(19|20)\d{2})?[\s,.]*", "", owner)
    owner = re.sub(r"\s*[-–—,]?\s*(19|20)\d{2}(\s*[-–]\s*(19|20)\d{2})?\.?\s*$", "", owner)
    owner = re.split(r"\.\s|\s[|•]\s|,?\s*all rights reserved", owner, flags=re.I)[0]
    owner = owner.strip(" .-–—,")
    n = len(WORD_RE.findall(owner))
    if not owner or n > 6 or not owner[0].isupper() and not owner[0].isdigit():
        return None
    return owner


def outlet_from_text(text: str) -> str | None:
    """The publisher when the text names it: a dateline like 'AKIPRESS.COM -' or a short
    copyright line. A dateline wins because it is in the article itself; a copyright line
    counts only with a year or 'all rights reserved', since '© AFP' alone is a photo credit."""
    lines = text.split("\n")
    for line in lines[:60]:
        m = DATELINE_OUTLET_RE.match(line.strip())
        if m:
            return m.group("outlet").lower()
    low = lowered(text)
    if not ("©" in text or "(c)" in low or "copyr" in low):  # no line can match COPYRIGHT_RE
        return None
    for line in reversed(lines):
        s = line.strip()
        if (s and _has_copyright(s, lowered(s)) and len(_tokens(s)) <= 20
                and re.search(r"\b(19|20)\d\d\b|rights reserved", s, re.IGNORECASE)):
            owner = _copyright_owner(s)
            if owner:
                return owner
    return None


APPEAL_RE = re.compile(
    r"\b(?:support|subscribe to|donate to|reading|readers of)\s+(?P<name>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){1,3})"
)

APPEAL_WORDS = ("support", "subscribe to", "donate to", "reading", "readers of")


def outlet_from_appeal(chrome_lines: list[str]) -> str | None:
    """A masthead named in the site's own appeal ("Support The Example Times", "more people are
    reading Example Observer"); only looked for in lines already removed as chrome, so a paper
    quoted in the story is never taken for the publisher."""
    for line in chrome_lines:
        if not any(k in line for k in APPEAL_WORDS):  # APPEAL_RE needs one of them
            continue
        m = APPEAL_RE.search(line)
        if m:
            return m.group("name").strip(" .,'’")
    return None


# ---------------------------------------------------------------- plain text

def clean_plain_text(text: str, model: dict | None = None) -> CleanText:
    """Split a scrape into title, body and removed lines. The line model scores every line;
    fixed rules (no words, image ids, copyright) and decoding rules (hysteresis, islands, edge
    credits, no sentence at all) follow, then the headline ranker picks the title or none.
    `model` defaults to the shipped JSON; training passes fold models."""
    model = model or load_model()
    lines = _split_lines(text or "")
    if not lines:
        return CleanText(body="")
    p, rows = line_probabilities(lines, model)
    threshold = model["threshold"]
    keep = [False] * len(lines)
    reasons: dict[int, str] = {}
    for i, ln in enumerate(lines):
        r = rule_reason(ln.text)
        if r:
            reasons[i] = r
        elif p[i] >= threshold:
            keep[i] = True
    _extend_body(lines, keep, reasons, p, rows, model.get("extend_threshold", threshold))
    _drop_isolated(keep, reasons, p, model.get("isolated_threshold", 0.0))
    _require_a_sentence(keep, reasons, rows)
    if not any(keep):
        _keep_short_prose(lines, keep, reasons)
    _edge_credit_lines(lines, keep, reasons)
    title_idx = None
    text_outlet = outlet_from_text(text)
    if any(keep):  # a headline over no story is menu text
        # the stage-2 rows start with the base features, all that title_candidates reads
        only = keep.index(True) if keep.count(True) == 1 else None  # a headline needs a story under it
        title_idx, _ = choose_title(title_candidates(lines, rows, p, threshold), model,
                                    lambda i: i == only or not_a_title(lines[i], text_outlet))
    if title_idx is not None:
        keep[title_idx] = False
    body_parts: list[str] = []
    prev_block = None
    removed: list[RemovedLine] = []
    scored = [i for i in range(len(lines)) if not keep[i] and i != title_idx and not reasons.get(i)]
    reasons.update(zip(scored, _model_reasons([rows[i] for i in scored], [p[i] for i in scored], model)))
    body_tokens: list[str] = []  # lines are joined by newlines, so the body's tokens are the lines' in turn
    body_lower: list[str] = []
    for i, ln in enumerate(lines):
        if keep[i]:
            if body_parts:
                body_parts.append("\n" if ln.block == prev_block else "\n\n")
            body_parts.append(ln.text)
            prev_block = ln.block
            if len(ln.text) == len(ln.content):  # no list marker: the text is the content
                body_tokens += ln.tokens
                body_lower += ln.lower
            else:
                marked = _tokens(ln.text)
                body_tokens += marked
                body_lower += map(str.lower, marked)
        elif i != title_idx:
            removed.append(RemovedLine(ln.line_no, ln.text, reasons[i]))
    title = lines[title_idx].content if title_idx is not None else None
    outlet = text_outlet or outlet_from_appeal([r.text for r in removed])
    return CleanText(body="".join(body_parts), title=title, outlet=outlet, removed=removed,
                     body_words=(body_tokens, body_lower))


# ---------------------------------------------------------------- HTML

TITLE_SEPARATORS_RE = re.compile(r"\s+[|\-–—:·»/]\s+|\s*\|\s*")


def _strip_site_name(title: str | None) -> str | None:
    """'Headline | Site' or 'Site - Headline' -> the longest part, the headline."""
    if not title:
        return title
    parts = [p.strip() for p in TITLE_SEPARATORS_RE.split(title) if p.strip()]
    return max(parts, key=len) if len(parts) > 1 else title


def _squash(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(htmllib.unescape(text).split())
    return text or None


def html_title_candidates(html: str) -> dict:
    """Where a page states its headline: <h1>, og:title, twitter:title, JSON-LD headline, <title>."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # unparsable markup: no candidates rather than a crash
        return {}

    def meta(name: str) -> str | None:
        for v in tree.xpath(f'//meta[@property="{name}" or @name="{name}"]/@content'):
            if _squash(v):
                return _squash(v)
        return None

    h1s = [t for t in (_squash(h.text_content()) for h in tree.xpath("//h1")) if t]
    title_el = tree.xpath("//title")
    headline = None
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        m = re.search(r'"headline"\s*:\s*"((?:[^"\\]|\\.)*)"', script)
        if m:
            try:
                headline = _squash(json.loads(f'"{m.group(1)}"'))
            except ValueError:
                headline = _squash(m.group(1))
            break
    return {
        "h1": h1s[0] if h1s else None, "n_h1": len(h1s), "og": meta("og:title"), "twitter": meta("twitter:title"),
        "ld": headline, "title": _squash(title_el[0].text_content()) if title_el else None,
        "site_name": meta("og:site_name"),
    }


def html_title(c: dict) -> str | None:
    """Rules measured on WCXB dev (title exact match 0.84 vs trafilatura's 0.55): an <h1> that
    the page's metadata repeats, else the only <h1>, else og:title / JSON-LD headline / <title>
    without the site name."""
    h1 = c.get("h1")
    stated = [c.get(k) for k in ("og", "title", "ld", "twitter") if c.get(k)]
    h1_norm = " ".join(WORD_RE.findall((h1 or "").casefold()))
    if h1_norm and any(h1_norm in " ".join(WORD_RE.findall(s.casefold())) for s in stated):
        return h1
    if h1 and c.get("n_h1") == 1:
        return h1
    if c.get("og"):
        return _strip_site_name(c["og"])
    if c.get("ld"):
        return c["ld"]
    if h1:
        return h1
    return _strip_site_name(c.get("title"))


def _trafilatura(html: str, url: str | None, **options) -> dict:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True, **options)
    if doc is None:
        return {}
    return doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)


def clean_html(html: str, url: str | None = None) -> CleanText:
    """Main content with trafilatura (no comments: readers' comments are not the article), the
    headline by `html_title`, the outlet from og:site_name, trafilatura's sitename or the body."""
    data = _trafilatura(html, url)
    body = (data.get("text") or "").strip()
    # trafilatura's recall mode sometimes finds paragraphs the default drops; the longer of the
    # two wins (WCXB dev body F1 0.934 default, 0.933 recall, 0.942 longer of both).
    recall = (_trafilatura(html, url, favor_recall=True).get("text") or "").strip()
    if len(WORD_RE.findall(recall)) > len(WORD_RE.findall(body)):
        body = recall
    cands = html_title_candidates(html)
    title = html_title(cands) or _squash(data.get("title"))
    outlet = cands.get("site_name") or _squash(data.get("sitename")) or outlet_from_text(body)
    return CleanText(body=body, title=title, outlet=outlet, html_date=(data.get("date") or None))


NON_LATIN_RE = re.compile("[^\x00-\x7f\u00c0-\u024f]")  # letters neither ASCII nor Latin-1/Extended
SCRIPTS = {"ar": ("\u0600", "\u06ff"), "ru": ("\u0400", "\u04ff"), "el": ("\u0370", "\u03ff"), "he": ("\u0590", "\u05ff")}


_ASCII_ALPHA = bytes(c for c in range(128) if chr(c).isalpha())


def detect_language(text: str, tokens: list[str] | None = None, words: list[str] | None = None) -> str:
    """A coarse language code from script and stopwords (no model to download). 'und' when
    the text is too short to tell; 'other' for a long text in no language we know, so that
    a text we cannot read is never taken for English. `tokens`: WORD_RE.findall(text), and
    `words` their lowercase, when the caller has them already."""
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
    if score >= 0.05:
        return lang
    return "other" if len(words) >= 15 and scores["en"] < 0.03 else "und"


# Public names for scripts/train_line_model.py, which trains on the same line features and
# evaluates the same tree ensembles the cleaner uses.
split_lines = _split_lines
tree_score = _tree_score
