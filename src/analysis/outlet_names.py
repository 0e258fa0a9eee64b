"""One outlet spelled several ways is one outlet (QA11 F19). Merged exports (a news API, GDELT,
a hand-made sheet) write "Reuters", "REUTERS", "reuters.com" and "www.reuters.com" for one
outlet; grouped as written, the tone comparison compared an outlet with itself and split its
articles. Names that differ only by case, whitespace or a web-address form (scheme, "www.",
the domain ending) are merged under one name, chosen by the same rule on every run, and the
merge is said in a note listing every name merged. `--columns outlet_spellings=keep` keeps the
names as written."""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["OUTLET_SPELLINGS_KEY", "OUTLET_SPELLINGS", "outlet_key", "merged_spellings", "merge_note", "says_outlets_merged"]

OUTLET_SPELLINGS_KEY = "outlet_spellings"  # --columns outlet_spellings=keep|merge
OUTLET_SPELLINGS = ("merge", "keep")

# A name written as a web address: optional scheme and "www.", host labels, optional "/".
_HOST_RE = re.compile(r"^(?:https?://)?(?:www\d?\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})/?$")
# Second-level labels before a two-letter country ending ("bbc.co.uk", "abc.net.au"): part of
# the ending, not of the name.
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu"})
_SPACE_RE = re.compile(r"\s+")


def outlet_key(name: str) -> str:
    """What two spellings of one outlet share: case-folded, without whitespace, and a web
    address reduced to its name part ("https://www.Reuters.com/" -> "reuters")."""
    s = _SPACE_RE.sub("", str(name).casefold())
    m = _HOST_RE.match(s)
    if m:
        labels = m.group(1).split(".")
        tld = labels.pop()
        if len(labels) > 1 and len(tld) == 2 and labels[-1] in _SECOND_LEVEL:
            labels.pop()
        s = ".".join(labels)
    return s


def _is_address(name: str) -> bool:
    return _HOST_RE.match(_SPACE_RE.sub("", str(name).casefold())) is not None


def merged_spellings(outlets) -> dict[str, str]:
    """{spelling: the name it is merged under} for every spelling that shares its key with
    another (names alone under their key are left out). The name kept is the group's most
    frequent spelling that is not a web address, ties broken by string order, so the result
    depends only on the names and their counts, never on reading order."""
    counts = Counter(str(o) for o in outlets if o is not None and o == o and str(o).strip())
    groups: dict[str, list[str]] = {}
    for name in counts:
        groups.setdefault(outlet_key(name), []).append(name)
    out: dict[str, str] = {}
    for names in groups.values():
        if len(names) < 2:
            continue
        kept = min(names, key=lambda n: (_is_address(n), -counts[n], n))
        out.update({n: kept for n in names if n != kept})
    return out


MERGE_NOTE_START = "outlet names that differ only by case, spacing or a web-address form were merged as one outlet: "


def says_outlets_merged(note: str) -> bool:
    """Whether an input note is merge_note's (the index repeats it by the outlet count)."""
    return str(note).startswith(MERGE_NOTE_START)


def merge_note(merged: dict[str, str]) -> str | None:
    """The input note that lists each merge ("'REUTERS', 'reuters.com' -> 'Reuters'"), or None."""
    if not merged:
        return None
    by_kept: dict[str, list[str]] = {}
    for name, kept in merged.items():
        by_kept.setdefault(kept, []).append(name)
    parts = [f"{', '.join(repr(n) for n in sorted(names))} -> {kept!r}" for kept, names in sorted(by_kept.items())]
    return (f"{MERGE_NOTE_START}{'; '.join(parts)} (--columns {OUTLET_SPELLINGS_KEY}=keep keeps them apart)")
