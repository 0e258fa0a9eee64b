"""Tone of articles and sources.

"Outlet X is more negative than outlet Y" is only worth printing when the difference is
bigger than the noise, is not produced by whom the outlet quotes, is not one wire story
counted several times, and comes from a measure that agrees with human readers. So this
module scores every sentence (a whole-article score saturates on long war reports), marks
each sentence as the outlet's own voice or a quoted voice, keeps every sentence's character
span for checking, and compares sources with bootstrap intervals, permutation tests with
Holm correction, effect sizes and syndication clusters.

Engines: ``textblob`` (polarity, subjectivity; the default), ``vader`` (compound) and
``model`` (a small linear model over lexicon and bag-of-words features trained by
scripts/train_tone_model.py on NewsMTSC train only and shipped as JSON weights).
"""

from __future__ import annotations

import bisect
import json
import math
import re
import warnings
import zlib
from functools import lru_cache
from importlib import resources
from itertools import accumulate, compress
from pathlib import Path

import numpy as np
import pandas as pd

from . import textblob_port, vader_port
from .casefold import lower_twin, lowered
from .tables import UNKNOWN_OUTLET

# --------------------------------------------------------------------------- sentences

TITLE_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep",
    "st", "jr", "sr", "adm", "cmdr", "brig", "pres", "rev", "hon", "messrs", "mt", "ft",
}
OTHER_ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "nos", "vs", "etc", "inc", "co", "corp", "ltd", "approx", "est", "dept", "fig", "al",
    "e.g", "i.e", "a.m", "p.m",
}
# After an abbreviation a new sentence is only assumed when one of these words follows.
SENTENCE_STARTERS = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "this", "that", "these", "those",
    "there", "in", "on", "at", "his", "her", "their", "its", "however", "meanwhile", "according",
    "officials", "some", "many", "most", "after", "before", "since", "while", "when", "as", "if",
}
BOUNDARY_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
PARAGRAPH_RE = re.compile(r"[^\n]+")


def _is_abbreviation(token: str) -> bool:
    """True when `token` (text before a period, without it) is an abbreviation, not a word."""
    t = token.lstrip("\"'“‘([").lower()
    if not t:
        return False
    if t in TITLE_ABBREVIATIONS or t in OTHER_ABBREVIATIONS:
        return True
    if len(t) == 1 and t.isalpha():  # an initial: "James B. Comey"
        return True
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", t))  # U.S, U.N, e.g


def _split_here(para: str, end: int) -> bool:
    """Whether the boundary candidate ending at `end` really ends a sentence."""
    if para[end - 1] in "!?\"'”’)]" or para[end - 1] != ".":
        return True
    words = para[max(0, end - 41): end - 1].split()
    token = words[-1] if words else ""
    if not _is_abbreviation(token):
        return True
    if token.lstrip("\"'“‘([").lower() in TITLE_ABBREVIATIONS:
        return False
    nxt = re.match(r"\s+[\"'“‘(\[]?(\w+)", para[end:])
    return bool(nxt) and nxt.group(1).lower() in SENTENCE_STARTERS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of sentences, so text[start:end] is the sentence.

    Rule based (no model download): a line break always ends a sentence; '.', '!' or '?'
    (with closing quotes) followed by a capital or digit ends one, unless the period belongs
    to an abbreviation ("Mr.", "Jan.", "U.S.", an initial), where a break is only assumed
    when a common sentence opener follows. Decimals never break (no space after the dot).
    """
    spans: list[tuple[int, int]] = []
    for para in PARAGRAPH_RE.finditer(text or ""):
        p, base, start = para.group(), para.start(), 0
        cuts = [m.end() for m in BOUNDARY_RE.finditer(p) if _split_here(p, m.end())]
        for cut in cuts + [len(p)]:
            piece = p[start:cut]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                spans.append((base + start + lead, base + start + len(piece.rstrip())))
            start = cut
    return spans


# --------------------------------------------------------------------------- quotation

OPEN_CLOSE = {"“": "”", "«": "»", "„": "“"}
QUOTE_CHAR_RE = re.compile(r'["“”«»„]')
# Verbs of speech that mark reported speech; nouns that share the spelling ("states" as in
# United States, "claims", "notes") are left out.
SPEECH_VERBS = (
    r"said|says|say|told|tells|stated|added|adds|claimed|alleged|alleges|announced|"
    r"announces|insisted|insists|warned|warns|denied|denies|declared|declares|noted|"
    r"stressed|stresses|explained|explains|asserted|asserts|accused|accuses|quoted|quoting|"
    r"affirmed|affirms|reiterated|reiterates|confirmed|confirms|argued|argues|urged|urges|"
    r"wrote|writes|tweeted|according to"
)
ATTRIBUTION_RE = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)
# The same search on lowered text (casefold), 2.3x faster, same matches.
_ATTRIBUTION_LOWER_RE = lower_twin(ATTRIBUTION_RE)


def quote_mask(text: str) -> np.ndarray:
    """Boolean per character: inside a quotation. Curly and guillemet quotes pair open/close;
    straight double quotes toggle. A quote left open ends at the line break (news style
    reopens it on the next paragraph)."""
    mask = np.zeros(len(text), dtype=bool)
    for para in PARAGRAPH_RE.finditer(text or ""):
        open_at, closer = None, None
        for m in QUOTE_CHAR_RE.finditer(text, para.start(), para.end()):
            ch, i = m.group(), m.start()
            if open_at is None:
                if ch in OPEN_CLOSE:
                    open_at, closer = i, OPEN_CLOSE[ch]
                elif ch == '"':
                    open_at, closer = i, '"'
            elif ch == closer or (closer == '"' and ch == "”"):
                mask[open_at: i + 1] = True
                open_at = None
        if open_at is not None:
            mask[open_at: para.end()] = True
    return mask


def quote_kind(sentence: str, inside_share: float, lower: str | None = None) -> str:
    """'direct' when at least half of the sentence's letters are inside quotes, 'reported'
    when it attributes speech ("X said", "according to"), else '' (the outlet's own narration).
    `lower`: the sentence's slice of its lowered body, when the caller has it."""
    if inside_share >= 0.5:
        return "direct"
    if _ATTRIBUTION_LOWER_RE.search(lowered(sentence) if lower is None else lower):
        return "reported"
    return ""


_ASCII_ALNUM = np.array([chr(i).isalnum() for i in range(128)] + [False])


def _alnum_mask(text: str) -> np.ndarray:
    """str.isalnum per character, from a code-point array (a lookup table for ASCII, the str
    method once per distinct other character) instead of a Python call per character."""
    cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    mask = _ASCII_ALNUM[np.minimum(cp, 128)]
    other = np.flatnonzero(cp >= 128)
    if other.size:
        uniq = np.unique(cp[other])
        alnum = uniq[[chr(u).isalnum() for u in uniq.tolist()]]
        mask[other] = np.isin(cp[other], alnum)
    return mask


def inside_shares(text: str, spans: list[tuple[int, int]]) -> list[float]:
    """Per span, the share of its letters and digits that lie inside a quotation."""
    if not spans:
        return []
    inside = quote_mask(text)
    if not inside.any():
        return [0.0] * len(spans)
    letters = _alnum_mask(text)
    cum_l = np.concatenate([[0], np.cumsum(letters)])
    cum_i = np.concatenate([[0], np.cumsum(letters & inside)])
    return [float((cum_i[e] - cum_i[s]) / max(cum_l[e] - cum_l[s], 1)) for s, e in spans]


# --------------------------------------------------------------------------- actors

DEFAULT_ACTORS: dict[str, list[str]] = {
    "Russia": ["Russia", "Russian", "Russians", "Moscow", "Kremlin", "Putin", "Lavrov"],
    "United States": [
        "United States", "U.S.", "US", "USA", "America", "American", "Americans", "Washington",
        "Pentagon", "White House", "Obama", "Trump", "Kerry", "Tillerson",
    ],
    "Syrian government": [
        "Assad", "Syrian government", "Syrian regime", "Damascus government", "Syrian army",
        "Syrian Arab Army", "SAA", "regime forces", "government forces", "pro-government",
        "Syrian troops", "Syrian forces",
    ],
    "Opposition/rebels": [
        "rebel", "rebels", "opposition", "Free Syrian Army", "FSA", "insurgent", "insurgents",
        "armed opposition", "Syrian National Coalition", "Etilaf",
    ],
    "Turkey": ["Turkey", "Turkish", "Ankara", "Erdogan", "Erdoğan"],
    "Iran": ["Iran", "Iranian", "Iranians", "Tehran", "Rouhani", "Khamenei"],
    "UN": [
        "United Nations", "UN", "U.N.", "Security Council", "UNHCR", "UNICEF", "OCHA", "de Mistura",
        "World Health Organization", "WHO",
    ],
    "Islamic State": ["Islamic State", "ISIS", "ISIL", "IS", "Daesh", "Daech"],
    "Kurdish forces": ["Kurdish", "Kurds", "YPG", "YPJ", "SDF", "Syrian Democratic Forces", "PYD", "PKK"],
}


ALIAS_TOKEN_RE = re.compile(r"\w+(?:[.'’-]\w+)*\.?")
_ALIAS_SPLIT_RE = re.compile(f"({ALIAS_TOKEN_RE.pattern})")


def _alias_key(tokens: list[str]) -> tuple[str, ...]:
    return tuple([t.rstrip(".") if "." in t and t.count(".") == 1 else t for t in tokens])


class ActorMatcher:
    """Finds actor aliases by looking token sequences up in a table: one pass over the text,
    instead of a regex alternation per actor. Aliases written all in capitals ("US", "IS",
    "WHO") match only in capitals, so "us" or "who" never count."""

    def __init__(self, actors: dict[str, list[str]] | None = None):
        self.actors = sorted(actors or DEFAULT_ACTORS)
        self.exact: dict[tuple, str] = {}
        self.folded: dict[tuple, str] = {}
        for actor in self.actors:
            for alias in (actors or DEFAULT_ACTORS)[actor]:
                key = _alias_key(ALIAS_TOKEN_RE.findall(alias))
                if alias.isupper() and len(alias.replace(".", "")) <= 5:
                    self.exact.setdefault(key, actor)
                else:
                    self.folded.setdefault(tuple(k.lower() for k in key), actor)
        # alias lengths (in tokens) by lower-cased first token: only those lengths can match
        lengths: dict[str, set[int]] = {}
        for k in [*self.exact, *self.folded]:
            lengths.setdefault(k[0].lower(), set()).add(len(k))
        self.lengths = {first: sorted(ns) for first, ns in lengths.items()}

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, actor) of every alias occurrence."""
        # split with the token as a group gives [gap, token, gap, token, ..., gap] as plain
        # strings (no match object per token); token i starts at offsets[2i + 1]
        parts = _ALIAS_SPLIT_RE.split(text)
        words = _alias_key(parts[1::2])
        offsets = list(accumulate(map(len, parts), initial=0))
        lower = list(map(str.lower, words))
        out = []
        # most words start no alias: visit only those that do
        for i in compress(range(len(lower)), map(self.lengths.__contains__, lower)):
            for n in self.lengths[lower[i]]:
                if i + n > len(words):
                    break
                actor = self.exact.get(words[i:i + n]) or self.folded.get(tuple(lower[i:i + n]))
                if actor:
                    out.append((offsets[2 * i + 1], offsets[2 * (i + n)], actor))
        return out


def compile_actors(actors: dict[str, list[str]] | None = None) -> ActorMatcher:
    return ActorMatcher(actors)


def actors_in(sentence: str, matcher: ActorMatcher) -> list[str]:
    found = {a for _, _, a in matcher.matches(sentence)}
    return [a for a in matcher.actors if a in found]


def actors_by_span(text: str, spans: list[tuple[int, int]], matcher: ActorMatcher) -> list[str]:
    """';'-joined actors per sentence span, from one pass over the whole text."""
    starts = [s for s, _ in spans]
    found: list[set] = [set() for _ in spans]
    for start, end, actor in matcher.matches(text):
        k = bisect.bisect_right(starts, start) - 1
        if k >= 0 and end <= spans[k][1] + 1:
            found[k].add(actor)
    return [";".join(a for a in matcher.actors if a in f) for f in found]


# --------------------------------------------------------------------------- engines

ENGINES = ("textblob", "vader", "model")
DEFAULT_ENGINES = ("textblob", "vader")
ENGINE_COLUMNS = {
    "textblob": ["textblob_polarity", "textblob_subjectivity"],
    "vader": ["vader_compound"],
    "model": ["model_score"],
}
# The column each engine is compared on when one number per engine is wanted.
ENGINE_SCORE = {"textblob": "textblob_polarity", "vader": "vader_compound", "model": "model_score"}
MODEL_RESOURCE = "tone_model.json"
ACCURACY_PATH = Path(__file__).parent / "models" / "tone_accuracy.json"
ACCURACY_COLUMNS = ["engine", "column", "nyt_pearson_r", "newsmtsc_devtest_macro_f1", "thresholds_from_train",
                    "nyt_n", "newsmtsc_targets"]


def textblob_scores(text: str) -> tuple[float, float]:
    """TextBlob's (polarity, subjectivity), from textblob_port: the library's algorithm and
    lexicon, 4-5x faster, equal (==) to `TextBlob(text).sentiment` on every corpus sentence
    (benchmarks/bench_sentiment_ports.py, tests/test_textblob_port.py)."""
    pol, subj = textblob_port.sentiment(text)
    return float(pol), float(subj)


def vader_scores(text: str) -> dict[str, float]:
    """VADER's scores, from vader_port: the library's algorithm and lexicon, 3-5x faster per
    sentence, equal (==) to SentimentIntensityAnalyzer().polarity_scores on every corpus
    sentence (benchmarks/bench_sentiment_ports.py, tests/test_vader_port.py)."""
    return vader_port.polarity_scores(text)


TOKEN_RE = re.compile(r"[a-z]+(?:['’][a-z]+)?|[.,;:!?]")
NEGATORS = {"not", "no", "never", "nor", "without", "cannot", "hardly"}


def model_tokens(text: str) -> list[str]:
    """Lower-cased words; up to three words after a negator get a 'not_' prefix, so
    "not good" and "good" are different features."""
    out, scope = [], 0
    for t in TOKEN_RE.findall(text.lower()):
        if t in ".,;:!?":
            scope = 0
            continue
        t = t.replace("’", "'")
        if t in NEGATORS or t.endswith("n't"):
            out.append(t)
            scope = 3
            continue
        out.append("not_" + t if scope > 0 else t)
        scope = max(scope - 1, 0)
    return out


def lexicon_features(tokens: list[str]) -> tuple[float, float, float]:
    """Sums of VADER-lexicon positive and negative valence (negated words flip at half
    strength) and their length-normalised balance: domain-general evidence the bag of
    words cannot learn from a few thousand training sentences."""
    lex = vader_port.lexicon()
    pos = neg = 0.0
    for t in tokens:
        negated = t.startswith("not_")
        w = lex.get(t[4:] if negated else t, 0.0)
        if negated:
            w = -0.5 * w
        if w > 0:
            pos += w
        else:
            neg -= w
    return pos / 4, neg / 4, (pos - neg) / math.sqrt(max(len(tokens), 1)) / 4


DENSE_FEATURES = ["tb_polarity", "tb_subjectivity", "vd_compound", "vd_pos", "vd_neg", "lex_pos", "lex_neg", "lex_balance"]


def dense_features(text: str, tb: tuple[float, float] | None = None, vd: dict | None = None, tokens=None) -> list[float]:
    """The model's engine and lexicon features; pass engine scores already computed to reuse them."""
    tb = tb if tb is not None else textblob_scores(text)
    vd = vd if vd is not None else vader_scores(text)
    tokens = tokens if tokens is not None else model_tokens(text)
    return [tb[0], tb[1], vd["compound"], vd["pos"], vd["neg"], *lexicon_features(tokens)]


class ToneModel:
    """Multinomial logistic regression read from JSON; score = P(positive) - P(negative)."""

    def __init__(self, spec: dict):
        self.spec = spec
        self.classes = spec["classes"]
        self.intercept = np.asarray(spec["intercept"], dtype=float)
        self.dense = np.asarray(spec["dense_weights"], dtype=float) * float(spec["dense_scale"])
        self.index = {k: i for i, k in enumerate(spec["vocab"])}
        self.weights = np.asarray(list(spec["vocab"].values()), dtype=float).reshape(-1, len(self.classes))
        self._pos, self._neg = self.classes.index(1), self.classes.index(-1)
        self.thresholds = {k: tuple(v) for k, v in spec.get("thresholds", {}).items()}
        if spec["dense_features"] != DENSE_FEATURES:
            raise ValueError("tone model was trained on other features; rerun scripts/train_tone_model.py")

    def score(self, text: str, tb=None, vd=None) -> float:
        tokens = model_tokens(text)
        z = self.intercept + np.asarray(dense_features(text, tb, vd, tokens)) @ self.dense
        # sorted: a set's order varies between processes, and so would the float sum
        idx = sorted(i for i in map(self.index.get, set(tokens)) if i is not None)
        if idx:
            z = z + self.weights[idx].sum(axis=0)
        z = np.exp(z - z.max())
        return float((z[self._pos] - z[self._neg]) / z.sum())


@lru_cache(maxsize=1)
def load_model() -> ToneModel:
    """The shipped model, read from the installed package (no network)."""
    text = resources.files("analysis").joinpath("models", MODEL_RESOURCE).read_text(encoding="utf-8")
    return ToneModel(json.loads(text))


def tone_label(score: float, engine: str = "textblob") -> str:
    """'negative', 'neutral' or 'positive' with the thresholds chosen on NewsMTSC train."""
    lo, hi = load_model().thresholds[engine]
    return "negative" if score < lo else ("positive" if score > hi else "neutral")


def score_sentence(text: str, engines=DEFAULT_ENGINES) -> dict[str, float]:
    """Scores of one sentence for the requested engines; TextBlob and VADER run once even
    when the model reuses them."""
    unknown = set(engines) - set(ENGINES)
    if unknown:
        raise ValueError(f"unknown tone engine(s) {sorted(unknown)}; choose from {ENGINES}")
    out: dict[str, float] = {}
    tb = textblob_scores(text) if ("textblob" in engines or "model" in engines) else None
    vd = vader_scores(text) if ("vader" in engines or "model" in engines) else None
    if "textblob" in engines:
        out["textblob_polarity"], out["textblob_subjectivity"] = tb
    if "vader" in engines:
        out["vader_compound"] = vd["compound"]
    if "model" in engines:
        out["model_score"] = load_model().score(text, tb, vd)
    return out


# --------------------------------------------------------------------------- tables

SENTENCE_COLUMNS = ["article_id", "sentence_no", "start", "end", "sentence", "is_quote", "quote_kind"]


def _score_columns(engines) -> list[str]:
    return [c for e in ENGINES if e in engines for c in ENGINE_COLUMNS[e]]


def _scorable(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles with a usable English body (cleaning marks the others in `status`)."""
    ok = articles["body"].notna()
    if "status" in articles:
        ok &= articles["status"].fillna("ok").eq("ok")
    return articles[ok]


def article_sentences(article_id, body: str, engines=DEFAULT_ENGINES, compiled_actors=None) -> list[dict]:
    """Sentence rows of one article; every row keeps its span so body[start:end] == sentence."""
    compiled_actors = compiled_actors if compiled_actors is not None else compile_actors()
    spans = split_sentences(body)
    shares = inside_shares(body, spans)
    actors = actors_by_span(body, spans, compiled_actors)
    lower_body = lowered(body)  # a slice of it is the lowered sentence (casefold)
    rows = []
    for i, (start, end) in enumerate(spans):
        s = body[start:end]
        kind = quote_kind(s, shares[i], lower_body[start:end])
        row = {
            "article_id": article_id, "sentence_no": i, "start": start, "end": end, "sentence": s,
            "is_quote": kind != "", "quote_kind": kind,
        }
        row.update(score_sentence(s, engines))
        row["actors"] = actors[i]
        rows.append(row)
    return rows


def sentence_tone(articles: pd.DataFrame, engines=DEFAULT_ENGINES, actors: dict | None = None) -> pd.DataFrame:
    """One row per sentence: article_id, sentence_no, start, end, sentence, is_quote,
    quote_kind, one column per engine score, actors (';'-joined names mentioned)."""
    engines = tuple(engines)
    compiled = compile_actors(actors)
    rows = []
    for art in _scorable(articles).itertuples(index=False):
        rows.extend(article_sentences(art.article_id, art.body, engines, compiled))
    cols = SENTENCE_COLUMNS + _score_columns(engines) + ["actors"]
    out = pd.DataFrame(rows, columns=cols)
    out["is_quote"] = out["is_quote"].astype(bool)
    return out.sort_values(["article_id", "sentence_no"], kind="stable").reset_index(drop=True)


def score_columns(sentences: pd.DataFrame) -> list[str]:
    return [c for e in ENGINES for c in ENGINE_COLUMNS[e] if c in sentences.columns]


def article_tone(articles: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Per article: outlet, published, n_sentences, n_quote_sentences and, per score column,
    the mean over all sentences, narration only (`_narration`) and quotation only
    (`_quotation`). Articles without sentences stay in the table with NaN means."""
    cols = score_columns(sentences)
    base = articles[["article_id", "outlet", "published"]].drop_duplicates("article_id")
    g = sentences.groupby("article_id")
    agg = pd.DataFrame({"n_sentences": g.size(), "n_quote_sentences": g["is_quote"].sum()})
    for c in cols:
        agg[c] = g[c].mean()
        agg[f"{c}_narration"] = sentences[~sentences["is_quote"]].groupby("article_id")[c].mean()
        agg[f"{c}_quotation"] = sentences[sentences["is_quote"]].groupby("article_id")[c].mean()
    if agg.empty:  # an empty groupby index has no dtype to merge on
        agg.index = pd.Index([], dtype=base["article_id"].dtype, name="article_id")
    out = base.merge(agg.reset_index(), on="article_id", how="left")
    for c in ("n_sentences", "n_quote_sentences"):
        out[c] = out[c].fillna(0).astype(int)
    return out.sort_values("article_id", kind="stable").reset_index(drop=True)


def actor_tone(sentences: pd.DataFrame, articles: pd.DataFrame | None = None, by_outlet: bool = True) -> pd.DataFrame:
    """Tone of the sentences that mention each actor: n_sentences, n_articles and the mean of
    each score column, per outlet when `articles` is given (and by_outlet) else overall."""
    cols = score_columns(sentences)
    long = sentences.assign(actor=sentences["actors"].fillna("").str.split(";")).explode("actor")
    long = long[long["actor"].fillna("") != ""]
    keys = ["outlet", "actor"] if articles is not None and by_outlet else ["actor"]
    if long.empty:
        return pd.DataFrame(columns=keys + ["n_sentences", "n_articles"] + cols)
    if articles is not None and by_outlet:
        outlets = articles[["article_id", "outlet"]].drop_duplicates("article_id")
        long = long.merge(outlets, on="article_id", how="left")
        long["outlet"] = long["outlet"].fillna(UNKNOWN_OUTLET)
    g = long.groupby(keys)
    out = pd.DataFrame({"n_sentences": g.size(), "n_articles": g["article_id"].nunique()})
    for c in cols:
        out[c] = g[c].mean()
    out = out.reset_index()
    if out.empty:
        out = pd.DataFrame(columns=keys + ["n_sentences", "n_articles"] + cols)
    return out.sort_values(keys, kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------- per source


def _column(article_tone_df: pd.DataFrame, engine: str, voice: str = "all") -> str:
    col = ENGINE_SCORE.get(engine, engine)
    if voice in ("narration", "quotation"):
        col = f"{col}_{voice}"
    elif voice != "all":
        raise ValueError("voice must be 'all', 'narration' or 'quotation'")
    if col not in article_tone_df.columns:
        raise KeyError(f"{col!r} not in the article tone table; score with that engine first")
    return col


def dedupe(article_tone_df: pd.DataFrame, clusters: pd.DataFrame) -> pd.DataFrame:
    """Keep one article per syndication cluster (the earliest published, then lowest id),
    so a wire story printed by five outlets counts once."""
    df = article_tone_df.merge(clusters[["article_id", "cluster_id"]], on="article_id", how="left")
    df["cluster_id"] = df["cluster_id"].fillna(df["article_id"].astype(str))
    df = df.sort_values(["cluster_id", "published", "article_id"], kind="stable", na_position="last")
    return df.drop_duplicates("cluster_id").drop(columns="cluster_id").sort_values("article_id").reset_index(drop=True)


def _values_by_outlet(article_tone_df, engine, voice, clusters) -> dict[str, np.ndarray]:
    df = dedupe(article_tone_df, clusters) if clusters is not None else article_tone_df
    col = _column(df, engine, voice)
    df = df.assign(outlet=df["outlet"].fillna(UNKNOWN_OUTLET))
    return {o: g[col].dropna().to_numpy(float) for o, g in sorted(df.groupby("outlet"))}


def _rng(seed: int, key: str) -> np.random.Generator:
    """A generator per (seed, outlet or pair), so adding an outlet leaves the others' CIs unchanged."""
    return np.random.default_rng([seed, zlib.crc32(key.encode("utf-8"))])


def bootstrap_ci(values: np.ndarray, seed: int = 0, n_boot: int = 2000, key: str = "", level: float = 0.95):
    """Percentile bootstrap CI of the mean; (nan, nan) with fewer than 2 values."""
    values = np.asarray(values, float)
    if len(values) < 2:
        return float("nan"), float("nan")
    idx = _rng(seed, key).integers(0, len(values), size=(n_boot, len(values)))
    means = values[idx].mean(axis=1)
    a = (1 - level) / 2
    return float(np.quantile(means, a)), float(np.quantile(means, 1 - a))


def tone_by_source(article_tone_df: pd.DataFrame, engine: str = "textblob", seed: int = 0, n_boot: int = 2000,
                   voice: str = "all", clusters: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per outlet: n_articles, mean, sd, 95% percentile-bootstrap CI (seeded) of the mean
    article tone. Pass `clusters` (from syndication_clusters) to count each story once."""
    rows = []
    for outlet, v in _values_by_outlet(article_tone_df, engine, voice, clusters).items():
        lo, hi = bootstrap_ci(v, seed, n_boot, key=outlet)
        rows.append({
            "outlet": outlet, "engine": engine, "voice": voice, "n_articles": len(v),
            "mean": float(v.mean()) if len(v) else float("nan"),
            "sd": float(v.std(ddof=1)) if len(v) > 1 else float("nan"),
            "ci_low": lo, "ci_high": hi, "deduplicated": clusters is not None,
        })
    cols = ["outlet", "engine", "voice", "n_articles", "mean", "sd", "ci_low", "ci_high", "deduplicated"]
    return pd.DataFrame(rows, columns=cols)


def holm(pvalues) -> np.ndarray:
    """Holm step-down adjusted p-values, in the input order."""
    p = np.asarray(pvalues, float)
    m = len(p)
    order = np.argsort(p, kind="stable")
    adjusted = np.empty(m)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[i]))
        adjusted[i] = running
    return adjusted


def cohens_d(a: np.ndarray, b: np.ndarray) -> float:
    na, nb = len(a), len(b)
    if na < 2 or nb < 2:
        return float("nan")
    pooled = math.sqrt(((na - 1) * a.var(ddof=1) + (nb - 1) * b.var(ddof=1)) / (na + nb - 2))
    return float((a.mean() - b.mean()) / pooled) if pooled > 0 else float("nan")


def cliffs_delta(a: np.ndarray, b: np.ndarray) -> float:
    """P(a > b) - P(a < b): how often an article of one outlet is more positive than one of the other."""
    if not len(a) or not len(b):
        return float("nan")
    diff = np.subtract.outer(a, b)
    return float((np.sign(diff)).mean())


def permutation_p(a: np.ndarray, b: np.ndarray, n_perm: int, rng: np.random.Generator) -> float:
    """Two-sided permutation test of the difference in means; (k + 1) / (n_perm + 1)."""
    pooled = np.concatenate([a, b])
    observed = abs(a.mean() - b.mean())
    perms = rng.permuted(np.broadcast_to(pooled, (n_perm, len(pooled))), axis=1)
    diffs = np.abs(perms[:, : len(a)].mean(axis=1) - perms[:, len(a):].mean(axis=1))
    return float((np.sum(diffs >= observed - 1e-12) + 1) / (n_perm + 1))


PAIRWISE_COLUMNS = [
    "outlet_a", "outlet_b", "n_a", "n_b", "mean_a", "mean_b", "difference", "cohens_d", "cliffs_delta",
    "p_perm", "p_holm", "significant",
]


def pairwise_source_differences(article_tone_df: pd.DataFrame, engine: str = "textblob", seed: int = 0,
                                n_perm: int = 10000, min_articles: int = 2, voice: str = "all",
                                clusters: pd.DataFrame | None = None, alpha: float = 0.05) -> pd.DataFrame:
    """Every pair of outlets with at least `min_articles` scored articles: difference of mean
    tone (a - b), Cohen's d, Cliff's delta, permutation p and Holm-corrected p across pairs."""
    groups = {o: v for o, v in _values_by_outlet(article_tone_df, engine, voice, clusters).items() if len(v) >= min_articles}
    names = sorted(groups)
    rows = []
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            va, vb = groups[a], groups[b]
            rows.append({
                "outlet_a": a, "outlet_b": b, "n_a": len(va), "n_b": len(vb),
                "mean_a": float(va.mean()), "mean_b": float(vb.mean()), "difference": float(va.mean() - vb.mean()),
                "cohens_d": cohens_d(va, vb), "cliffs_delta": cliffs_delta(va, vb),
                "p_perm": permutation_p(va, vb, n_perm, _rng(seed, f"{a}\x00{b}")),
            })
    if rows and len(rows) / (n_perm + 1) >= alpha:
        warnings.warn(f"with {n_perm} permutations and {len(rows)} pairs no pair can reach Holm p < {alpha}; "
                      "raise n_perm", stacklevel=2)
    out = pd.DataFrame(rows, columns=PAIRWISE_COLUMNS[:-2])
    out["p_holm"] = holm(out["p_perm"]) if len(out) else pd.Series(dtype=float)
    out["significant"] = out["p_holm"] < alpha
    return out[PAIRWISE_COLUMNS]


# --------------------------------------------------------------------------- syndication

WORD_RE = re.compile(r"\w+")


def shingles(text: str, k: int = 5) -> set[bytes]:
    words = WORD_RE.findall((text or "").lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def syndication_clusters(articles: pd.DataFrame, threshold: float = 0.5, num_perm: int = 128, k: int = 5,
                         seed: int = 1, text_column: str = "body") -> pd.DataFrame:
    """Near-duplicate articles (the same wire copy printed by several outlets): MinHash of
    word 5-shingles with a fixed seed, LSH candidates kept when the estimated Jaccard
    similarity is >= threshold, joined transitively. One row per article: cluster_id (the
    lowest article_id in the cluster), cluster_size, n_outlets."""
    from datasketch import MinHash, MinHashLSH

    df = articles[articles[text_column].notna()].sort_values("article_id", kind="stable")
    ids = df["article_id"].astype(str).tolist()
    hashes: dict[int, object] = {}
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    for i, text in enumerate(df[text_column]):  # positions as keys: ids may repeat in a corpus
        sh = shingles(text, k)
        if not sh:
            continue
        m = MinHash(num_perm=num_perm, seed=seed)
        m.update_batch(sorted(sh))
        hashes[i] = m
        lsh.insert(i, m)
    parent = list(range(len(ids)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, m in hashes.items():
        for j in sorted(lsh.query(m)):
            if j != i and m.jaccard(hashes[j]) >= threshold:
                ri, rj = find(i), find(j)
                parent[max(ri, rj)] = min(ri, rj)
    out = df[["article_id", "outlet"]].copy() if "outlet" in df else df[["article_id"]].assign(outlet=None)
    out["cluster_id"] = [ids[find(i)] for i in range(len(ids))]
    out["outlet"] = out["outlet"].fillna(UNKNOWN_OUTLET)
    grp = out.groupby("cluster_id")
    out["cluster_size"] = grp["article_id"].transform("size").astype(int)
    out["n_outlets"] = grp["outlet"].transform("nunique").astype(int)
    return out.sort_values(["cluster_id", "article_id"], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------- verdict

def tone_verdict(by_source: pd.DataFrame, pairwise: pd.DataFrame, min_articles: int = 10, alpha: float = 0.05) -> str:
    """What the per-source comparison supports, in words. Outlets are only ranked by
    differences that survive Holm correction between outlets with enough articles."""
    known = by_source[by_source["outlet"] != UNKNOWN_OUTLET]
    enough = known[known["n_articles"] >= min_articles]
    n_total = int(by_source["n_articles"].sum())
    lines = [f"{n_total} scored articles from {len(known)} named outlet(s)"
             + (f" plus {int(by_source.loc[by_source['outlet'] == UNKNOWN_OUTLET, 'n_articles'].sum())} of unknown outlet"
                if (by_source["outlet"] == UNKNOWN_OUTLET).any() else "") + "."]
    if len(enough) < 2:
        lines.append(
            f"Nothing can be ranked: fewer than two outlets have {min_articles} or more articles, so any "
            "difference between outlets is indistinguishable from the choice of articles. Read the "
            "per-outlet means as descriptions of these articles only, not of the outlets."
        )
        return " ".join(lines)
    big = set(enough["outlet"])
    tested = pairwise[pairwise["outlet_a"].isin(big) & pairwise["outlet_b"].isin(big)]
    sig = tested[tested["p_holm"] < alpha].sort_values("p_holm", kind="stable")
    engine = by_source["engine"].iloc[0] if "engine" in by_source and len(by_source) else "the chosen engine"
    small = sorted(set(known["outlet"]) - big)
    lines.append(f"{len(enough)} outlets have at least {min_articles} articles; {len(tested)} pairs were compared "
                 + (f"(among the {MAX_COMPARED_OUTLETS} with most articles) " if len(enough) > MAX_COMPARED_OUTLETS else "")
                 + f"on {engine} tone with permutation tests and Holm correction"
                 + (f" ({', '.join(small)} had too few articles to compare)." if 0 < len(small) <= 10
                    else f" ({len(small):,} other outlets had too few articles to compare)." if small else "."))
    if sig.empty:
        lines.append("No pair of outlets differs in tone beyond what chance alone would produce at "
                     f"alpha={alpha} after correction; the data do not support ranking outlets by tone.")
    else:
        lines.append(f"{len(sig)} pair(s) differ after correction:")
        for r in sig.itertuples(index=False):
            lower, higher = (r.outlet_a, r.outlet_b) if r.difference < 0 else (r.outlet_b, r.outlet_a)
            lines.append(f"- {lower} is more negative than {higher} (difference {abs(r.difference):.3f}, "
                         f"Cliff's delta {abs(r.cliffs_delta):.2f}, Holm p={r.p_holm:.3g}).")
        lines.append("Other pairs are not distinguishable. These are differences in the wording of the "
                     "articles as scored by the engine; check them against narration-only tone (quoted "
                     "voices) and with syndicated copies counted once before reading them as outlet stance.")
    return "\n".join(lines)


# --------------------------------------------------------------------------- one call for notebook 03

MAX_COMPARED_OUTLETS = 30  # pairs grow with the square: 555 outlets made 144,991 tests (190 s) none of which could pass Holm


def compared_outlets(article_tone_df: pd.DataFrame, min_articles: int) -> list[str]:
    """The outlets the pairwise tests compare: those with at least `min_articles` articles (the
    verdict ranks no other), at most MAX_COMPARED_OUTLETS of them with most articles."""
    n = article_tone_df["outlet"].fillna(UNKNOWN_OUTLET).value_counts()
    n = n[n >= min_articles]
    return sorted(n.index, key=lambda o: (-n[o], o))[:MAX_COMPARED_OUTLETS]


def engines_with(engine: str, engines=DEFAULT_ENGINES) -> tuple[str, ...]:
    """The engines to score: the defaults plus the one the comparison uses, each once."""
    return tuple(dict.fromkeys(tuple(engines) + (engine,)))


def tone_tables(articles: pd.DataFrame, engine: str = "textblob", engines=DEFAULT_ENGINES, seed: int = 0,
                n_boot: int = 2000, n_perm: int = 5000, dedupe_stories: bool = False, actors: dict | None = None,
                min_articles: int = 10, sentences: pd.DataFrame | None = None) -> dict:
    """Every tone table for one set of articles: sentences, article_tone, actor_tone, clusters,
    by_source, pairwise (on `engine`, each syndicated story once when dedupe_stories),
    by_source_once (always each story once) and the verdict in words. `engine` is scored even
    when not listed in `engines`. Pass `sentences` already scored (e.g. by
    engine.map_partitions over sentence_tone) to skip scoring."""
    engines = engines_with(engine, engines)
    if sentences is None:
        sentences = sentence_tone(articles, engines=engines, actors=actors)
    scorable = _scorable(articles)
    at = article_tone(scorable, sentences)
    clusters = syndication_clusters(scorable)
    used = clusters if dedupe_stories else None
    by = tone_by_source(at, engine=engine, seed=seed, n_boot=n_boot, clusters=used)
    pw = pairwise_source_differences(at[at["outlet"].fillna(UNKNOWN_OUTLET).isin(compared_outlets(at, min_articles))],
                                     engine=engine, seed=seed, n_perm=n_perm, min_articles=min_articles, clusters=used)
    return {
        "sentences": sentences, "article_tone": at, "actor_tone": actor_tone(sentences, articles),
        "clusters": clusters, "by_source": by, "pairwise": pw,
        "by_source_once": by if dedupe_stories else tone_by_source(at, engine=engine, seed=seed, n_boot=n_boot, clusters=clusters),
        "verdict": tone_verdict(by, pw, min_articles=min_articles),
    }


def engine_accuracy() -> pd.DataFrame:
    """Agreement of each engine with human readers, as last measured by
    benchmarks/bench_tone.py (NYT editorial sentences: Pearson r; NewsMTSC devtest: macro-F1)."""
    if not ACCURACY_PATH.exists():  # an empty table with every column notebook 03 shows
        return pd.DataFrame(columns=ACCURACY_COLUMNS)
    return pd.DataFrame(json.loads(ACCURACY_PATH.read_text()))
