"""The line classifier: features of every non-blank line of a plain-text scrape and the
two-stage model that scores how body-like each is. The model is trained on the WCXB corpus by
`scripts/train_line_model.py` and shipped as JSON weights (`models/line_model.json`); every
line it removes gets a readable reason."""

from __future__ import annotations

import json
import math
import operator
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import numpy as np

from ..text.casefold import lowered
from ..text.patterns import MONTH_ABBR
from ._common import _char_stats, _ends_sentence, _has_copyright, _has_url_email, _tokens
from .language import ALL_STOPWORDS

__all__ = [
    "BASE_FEATURES", "CONTEXT_FEATURES", "STAGE2_FEATURES", "FEATURE_REASONS", "CONTEXT_REASON",
    "POSITION_FEATURES", "MODEL_PATH", "LIST_MARKER_RE", "split_lines", "base_features", "context_features",
    "load_model", "line_probabilities",
]

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "line_model.json"

LIST_MARKER_RE = re.compile(r"^(?:(?P<bullet>[*+•·▪◦o\-–—])\s+|(?P<num>\d{1,3}[.)])\s+)")
SEPARATORS_RE = re.compile(r"[|»›•·]|\s/\s")
DATE_LIKE_RE = re.compile(
    rf"\b({MONTH_ABBR})[a-z]*\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+({MONTH_ABBR})[a-z]*\b"
    r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(19|20)\d\d\b",
    re.IGNORECASE,
)


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


# DATE_LIKE_RE's four alternatives apart (a search finds a match iff one of them matches), each
# written to start with literals or a digit so the engine skips ahead to where it could match.
# \b(19|20)\d\d\b: the lookbehind is the leading \b (no word character before the 1 or 2)
YEAR_ONLY_RE = re.compile(r"(?:19|20)(?<!\w..)\d\d\b")
# \b(month)[a-z]*\.?\s+\d{1,2}\b and \b\d{1,2}\s+(month)[a-z]*\b without IGNORECASE, for lowered(s)
MONTH_DAY_RE = re.compile(rf"(?:{MONTH_ABBR})(?<!\w...)[a-z]*\.?\s+\d{{1,2}}\b")
DAY_MONTH_RE = re.compile(rf"\d(?<!\w\d)\d?\s+(?:{MONTH_ABBR})[a-z]*\b")
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



# A public name for scripts/train_line_model.py, which trains on the same line features.
split_lines = _split_lines
