"""Progress bars for long stages, off for small inputs so notebook outputs stay deterministic."""

from __future__ import annotations

from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")
MIN_ITEMS_FOR_BAR = 200


def progress_bar(items: Iterable[T], desc: str, total: int | None = None, enabled: bool | None = None) -> Iterator[T]:
    """Wrap items in a tqdm bar with counts. enabled=None shows it only for long work
    (a known total of at least MIN_ITEMS_FOR_BAR), so a five-article run prints nothing."""
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    if enabled is None:
        enabled = total is not None and total >= MIN_ITEMS_FOR_BAR
    if not enabled:
        return iter(items)
    import sys

    from tqdm.std import tqdm  # plain text bar: works in notebooks without ipywidgets

    return iter(tqdm(items, desc=desc, total=total, unit="article", mininterval=1.0, file=sys.stderr))
