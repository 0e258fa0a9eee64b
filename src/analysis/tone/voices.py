"""Whose voice a sentence is: quotation (the outlet's own words or a quoted source's) and the
actors it names.

Public API: quote_mask, quote_kind, inside_shares, ATTRIBUTION_RE, DEFAULT_ACTORS, ActorMatcher,
compile_actors, actors_in, actors_by_span.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate, compress

import numpy as np

from ..text.casefold import lower_twin, lowered
from ..text.sentences import PARAGRAPH_RE


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
