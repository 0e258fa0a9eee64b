"""What cleaning returns for one document: the body, title, outlet, and every removed line
with the reason it was taken out (notebook 01 shows them)."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["CleanText", "RemovedLine"]


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
