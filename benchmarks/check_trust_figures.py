"""Check the trust figures typed into analysis.accuracy against the benchmarks that measure them.

Why: analysis/accuracy.py holds each figure as k of n, typed by hand from a benchmark's output, and
the README and the reports quote it from there; nothing tied it back to the benchmark, so a rule
change that moved a figure left the reports quoting the old one. This runs each benchmark's own
scoring (bench_tolls' held outlet folds, bench_dates' plain-text peer pages, title_cv's held site
folds), not its timed run, and prints one line per figure, matched or mismatched; exit 1 on any
mismatch, 0 when all match or the corpora are absent (skipped, said so).

    .venv/bin/python benchmarks/check_trust_figures.py            # tolls and dates (about a minute)
    .venv/bin/python benchmarks/check_trust_figures.py --titles   # also the titles' site-grouped CV
                                                                  # (refits each fold's line model:
                                                                  # 15-30 minutes on 2 busy cores)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis import accuracy
from corpora import CorpusMissing


def compared(name: str, typed: accuracy.Measured, k: int, n: int) -> tuple[str, bool]:
    """'matched    tolls fold 3: 65 of 76' or 'MISMATCHED ...: accuracy.py 65 of 76, benchmark 66 of 76'."""
    same = (typed.k, typed.n) == (k, n)
    if same:
        return f"matched     {name}: {k:,} of {n:,} ({typed.command})", True
    return (f"MISMATCHED  {name}: accuracy.py has {typed.k:,} of {typed.n:,}, the benchmark gives {k:,} of {n:,} "
            f"({typed.command}); change analysis/accuracy.py and the README's trust table"), False


def toll_lines() -> list[tuple[str, bool]]:
    """accuracy.TOLL_FOLDS against bench_tolls' package headline on the held outlet folds."""
    import bench_tolls
    from analysis import tolls

    _, df, texts, gold = bench_tolls.scored_fakes()
    pred = [bench_tolls.headline_package(tolls.extract_tolls(t), t) for t in texts]
    counts = bench_tolls.fold_counts(pred, gold, df["source"].tolist())
    held = [f for f in range(bench_tolls.N_FOLDS) if f not in bench_tolls.READ_FOLDS]
    if len(held) != len(accuracy.TOLL_FOLDS):
        return [(f"MISMATCHED  tolls: accuracy.py has {len(accuracy.TOLL_FOLDS)} held folds, bench_tolls "
                 f"holds {len(held)}", False)]
    return [compared(f"tolls, FA-KES held fold {f}", typed, *counts[f]) for f, typed in zip(held, accuracy.TOLL_FOLDS)]


def date_lines() -> list[tuple[str, bool]]:
    """accuracy.DATES_GIVEN (right of the dates given) and DATES_NONE (no date of all pages)
    against bench_dates --peer-text's English line."""
    import bench_dates
    from corpora import load_peer_pages

    _, rows, _ = bench_dates.peer_text_rows(load_peer_pages())
    tallies = {label: rest for label, *rest in bench_dates.every_page_tallies([(en, got, gold) for en, _, got, gold, _ in rows])}
    right, given, pages = tallies.get("English", (0, 0, 0))
    return [compared("dates, right of the dates given (English peer pages)", accuracy.DATES_GIVEN, right, given),
            compared("dates, pages given no date (English peer pages)", accuracy.DATES_NONE, pages - given, pages)]


def title_lines() -> list[tuple[str, bool]]:
    """accuracy.TITLE_SITES (held folds 4-5), TITLE_OTHER_SOURCE (trafilatura pages, every fold) and
    TITLE_OTHER_LANGUAGES (the shipped model on the pages not in English)
    against scripts/title_cv.py's site-grouped CV, its body models fitted here (no cache file)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import title_cv

    folds = title_cv.cv_folds()
    cache = [title_cv.body_models([folds.pages[i] for i in tr]) for tr, _ in folds.splits]
    res = title_cv.score_folds(folds, cache, list(range(1, title_cv.FOLDS + 1)))
    held = [r for r in res if r[0] in title_cv.HELD_FOLDS]
    return [compared("titles, WCXB held site folds 4-5", accuracy.TITLE_SITES, sum(r[1] for r in held), sum(r[2] for r in held)),
            compared("titles, English trafilatura pages", accuracy.TITLE_OTHER_SOURCE, sum(r[3] for r in res), sum(r[4] for r in res)),
            compared("titles, trafilatura pages not in English", accuracy.TITLE_OTHER_LANGUAGES, *title_cv.unseen_counts())]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--titles", action="store_true", help="also check the title figures (a site-grouped CV: slow)")
    args = ap.parse_args(argv)
    checks = [("tolls", toll_lines), ("dates", date_lines)] + ([("titles", title_lines)] if args.titles else [])
    results: list[tuple[str, bool]] = []
    for what, check in checks:
        try:
            lines = check()
        except CorpusMissing as exc:
            print(f"skipped     {what}: {exc}")
            continue
        for line, _ in lines:
            print(line, flush=True)
        results += lines
    if not args.titles:
        for m in (accuracy.TITLE_SITES, accuracy.TITLE_OTHER_SOURCE, accuracy.TITLE_OTHER_LANGUAGES):
            print(f"not checked titles, {m.on}: {m.k:,} of {m.n:,} (a slow site-grouped CV: run with --titles)")
    bad = sum(not ok for _, ok in results)
    print(f"{len(results) - bad} of {len(results)} checked figures match analysis/accuracy.py"
          + (f"; {bad} {'does' if bad == 1 else 'do'} not" if bad else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
