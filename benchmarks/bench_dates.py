"""Publication-date accuracy on the reference corpora (prints figures; not a test).

    .venv/bin/python benchmarks/bench_dates.py            # all figures
    .venv/bin/python benchmarks/bench_dates.py --calibrate  # war-age phrase offsets on FA-KES
    .venv/bin/python benchmarks/bench_dates.py --errors 20  # show misses on WCXB plain text
    .venv/bin/python benchmarks/bench_dates.py --peer       # HTML: htmldate vs publication_date on
                                                            # htmldate's and trafilatura's eval pages
    .venv/bin/python benchmarks/bench_dates.py --peer-text  # plain text: the same pages rendered as a
                                                            # scraper's text dump (render_text.py); right
                                                            # where the text states the day, and right /
                                                            # wrong / no date on every page with a gold day
    .venv/bin/python benchmarks/bench_dates.py --undated    # HTML pages that state no date: how many get one

WCXB: exact day over pages whose gold date is a full day, and right / wrong / no date on them. FA-KES: dates from article_content
alone, within 3 days of the `date` column (m/d/yy).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date

from analysis import dates
from corpora import CorpusMissing, load_fakes, load_peer_pages, load_wcxb


def _gold(raw) -> date | None:
    try:
        return date.fromisoformat(str(raw)[:10]) if raw and len(str(raw)) >= 10 else None
    except ValueError:
        return None


def _fakes_gold(raw: str) -> date:
    m, d, y = (int(x) for x in raw.split("/"))
    return date(2000 + y if y < 100 else y, m, d)


def wcxb_figures(pages: list[dict], errors: int = 0) -> None:
    gold_pages = [(p, _gold(p.get("gold_date"))) for p in pages]
    gold_pages = [(p, g) for p, g in gold_pages if g is not None]
    n = len(gold_pages)
    print(f"WCXB dev: {len(pages)} pages, {n} with a full-day gold date")

    t0 = time.perf_counter()
    plain = [dates.publication_date(p["text"]).published for p, _ in gold_pages]
    t_plain = time.perf_counter() - t0
    acc = sum(d == g for d, (_, g) in zip(plain, gold_pages)) / n
    print(f"  plain text, dates.publication_date        exact day {acc:.3f}   ({t_plain:.1f}s)")
    first = [(c[0].value if (c := dates.date_candidates(p["text"])) else None) for p, _ in gold_pages]
    print(f"  plain text, first regex date (reference)   exact day "
          f"{sum(d == g for d, (_, g) in zip(first, gold_pages)) / n:.3f}")
    reach = sum(any(c.value == g for c in dates.date_candidates(p["text"])) for p, g in gold_pages) / n
    print(f"  plain text, gold date among candidates     {reach:.3f} (ceiling for text-only)")
    stated = [d == g for d, (p, g) in zip(plain, gold_pages) if any(c.value == g for c in dates.date_candidates(p["text"]))]
    print(f"  plain text, right where the text states the gold date: {sum(stated) / len(stated):.3f} (n={len(stated)})")
    from analysis.clean.language import detect_language

    _every_page_counts([(detect_language(p["text"]) == "en", d, g) for d, (p, g) in zip(plain, gold_pages)])
    with_url = [dates.publication_date(p["text"], url=p.get("url")).published for p, _ in gold_pages]
    print(f"  plain text + page URL, dates.publication_date exact day "
          f"{sum(d == g for d, (_, g) in zip(with_url, gold_pages)) / n:.3f}")

    t0 = time.perf_counter()
    html_base = [dates._parse_iso(dates.html_page_date(p["html"], p.get("url"))) for p, _ in gold_pages]
    t_base = time.perf_counter() - t0
    print(f"  HTML, htmldate original_date, extensive (baseline) exact day "
          f"{sum(d == g for d, (_, g) in zip(html_base, gold_pages)) / n:.3f}   ({t_base:.1f}s)")
    import trafilatura

    t0 = time.perf_counter()
    html_ours = []
    for p, _ in gold_pages:  # as articles.article_record calls it: trafilatura body + raw HTML
        body = trafilatura.extract(p["html"]) or ""
        html_ours.append(dates.publication_date(body, html=p["html"], url=p.get("url")).published)
    t_html = time.perf_counter() - t0
    print(f"  HTML, dates.publication_date (+htmldate)   exact day "
          f"{sum(d == g for d, (_, g) in zip(html_ours, gold_pages)) / n:.3f}   ({t_html:.1f}s)")
    better = sum(o == g != b for o, b, (_, g) in zip(html_ours, html_base, gold_pages))
    worse = sum(b == g != o for o, b, (_, g) in zip(html_ours, html_base, gold_pages))
    print(f"    only ours right {better}, only htmldate right {worse}")

    if errors:
        shown = 0
        for (p, g), d in zip(gold_pages, plain):
            if d == g:
                continue
            ranked = dates.rank_candidates(p["text"])
            print(f"--- {p['id']} gold {g} got {d}")
            for s, k, c in ranked[:4]:
                t = p["text"]
                print(f"    {s:5.2f} {k:10s} {c.value} {t[max(0, c.start - 50):c.end + 20]!r}")
            shown += 1
            if shown >= errors:
                break


def peer_figures(pages: list[dict], show: bool = False) -> None:
    """HTML dates on pages the rules were not written for (htmldate's and trafilatura's own
    evaluation pages): htmldate alone (original_date, extensive_search, with the URL) against
    publication_date, by set, with the pages where exactly one of them is right."""
    import trafilatura
    from collections import Counter

    stats: Counter = Counter()
    diffs = []
    t0 = time.perf_counter()
    for p in pages:
        g = _gold(p.get("gold_date"))
        if g is None:
            continue
        base = dates._parse_iso(dates.html_page_date(p["html"], p.get("url")))
        body = trafilatura.extract(p["html"]) or ""
        ours = dates.publication_date(body, html=p["html"], url=p.get("url")).published
        for key in (p["set"], "all"):
            stats[key, "n"] += 1
            stats[key, "htmldate"] += base == g
            stats[key, "ours"] += ours == g
            stats[key, "only ours right"] += ours == g != base
            stats[key, "only htmldate right"] += base == g != ours
        if base != ours:
            diffs.append((p.get("url"), g, base, ours))
    print(f"peer HTML pages (htmldate and trafilatura evaluation pages), exact day   ({time.perf_counter() - t0:.0f}s)")
    print(f"  {'set':32s} {'n':>4s} {'htmldate':>9s} {'ours':>6s} {'only ours right':>16s} {'only htmldate right':>20s}")
    for key in sorted({k for k, _ in stats}, key=lambda k: (k == "all", k)):
        n = stats[key, "n"]
        print(f"  {key:32s} {n:4d} {stats[key, 'htmldate'] / n:9.3f} {stats[key, 'ours'] / n:6.3f} "
              f"{stats[key, 'only ours right']:16d} {stats[key, 'only htmldate right']:20d}")
    if show:
        for url, g, base, ours in diffs:
            print(f"    {'WIN ' if ours == g else 'LOSS' if base == g else 'BOTH'} gold {g} htmldate {base} ours {ours} {url}")


def undated_figures(name: str, pages: list[dict]) -> None:
    """HTML pages whose gold date is null (the page states none): how many get a date anyway,
    and how many of those are the 1st of January (htmldate pads a copyright year so)."""
    import trafilatura

    got = []
    for p in pages:
        if p.get("html") and not p.get("gold_date"):
            body = trafilatura.extract(p["html"]) or ""
            got.append(dates.publication_date(body, html=p["html"], url=p.get("url")).published)
    given = [d for d in got if d is not None]
    print(f"{name}: {len(got)} HTML pages with no gold date; given a date {len(given)} "
          f"(Jan 1: {sum((d.month, d.day) == (1, 1) for d in given)})")


def fakes_figures() -> None:
    df = load_fakes()
    gold = [_fakes_gold(x) for x in df["date"]]
    t0 = time.perf_counter()
    res = [dates.publication_date(t) for t in df["article_content"].fillna("")]
    elapsed = time.perf_counter() - t0
    got = [r.published for r in res]
    ok = sum(d is not None and abs((d - g).days) <= 3 for d, g in zip(got, gold))
    found = sum(d is not None for d in got)
    print(f"FA-KES dev: {len(df)} rows; within 3 days {ok / len(df):.3f}; a date found for {found / len(df):.3f}"
          f"   ({elapsed:.2f}s)")
    with_iv = [(r, g) for r, g in zip(res, gold) if r.date_low and r.date_high]
    inside = sum(r.date_low <= g <= r.date_high for r, g in with_iv)
    print(f"  war-age interval present for {len(with_iv)} rows; gold date inside it for {inside}")


def calibrate() -> None:
    """Stated war age against the real age at the gold date, per phrase, on FA-KES dev."""
    df = load_fakes()
    rows = []
    for text, raw in zip(df["article_content"].fillna(""), df["date"]):
        g = _fakes_gold(raw)
        age = (g - dates.CONFLICT_START).days / 365.25
        for p in dates.war_age_phrases(text):
            if p.low_years != p.low_years:
                continue
            rows.append((age, p))
    print(f"{len(rows)} war-age phrases; real age minus interval bounds (inside when low<=0<=high)")
    inside = 0
    for age, p in sorted(rows, key=lambda r: r[1].phrase.lower()):
        ok = p.low_years <= age <= p.high_years
        inside += ok
        print(f"  age {age:5.2f}  allowed [{p.low_years:5.2f}, {p.high_years:5.2f}] {'ok ' if ok else 'OUT'} {p.phrase}")
    print(f"inside: {inside}/{len(rows)}")


def peer_text_rows(pages: list[dict]) -> tuple[set, list[tuple], int]:
    """(distinct pages with a gold day, a row per page that renders to text: English?, whether
    the text states the gold day, the date given, the gold day, the page id; pages rendering to
    no text): the peer pages as plain text, once per page (the two sets share pages)."""
    from analysis.clean.language import detect_language
    from render_text import render_text

    seen, rows, textless = set(), [], 0
    for p in pages:
        gold, key = _gold(p.get("gold_date")), p["id"].split("-", 1)[-1]
        if gold is None or key in seen:
            continue
        seen.add(key)
        text = render_text(p["html"])
        if not text:
            textless += 1
            continue
        got = dates.publication_date(text).published
        stated = any(c.value == gold for c in dates.date_candidates(text))
        rows.append((detect_language(text) == "en", stated, got, gold, p["id"]))
    return seen, rows, textless


def peer_text_figures(pages: list[dict], show: bool = False) -> None:
    """Plain-text dates on pages the plain-text rules were tuned on least: htmldate's and
    trafilatura's evaluation pages rendered as text, once per page (the two sets share pages),
    scored where the text states the gold day, in English (what the study reads) and all, and on
    every page with a gold day, as a scrape gets them (right, wrong, no date)."""
    seen, rows, textless = peer_text_rows(pages)
    n_stated = sum(r[1] for r in rows)
    print(f"peer pages as plain text: {len(seen)} distinct pages with a gold day, {n_stated} state it in the text"
          + (f", {textless} render to no text (not scored)" if textless else ""))
    for label, keep in LANGUAGE_GROUPS:
        hits = [r[2] == r[3] for r in rows if keep(r[0]) and r[1]]
        print(f"  right where the text states the gold date, {label}: {sum(hits) / len(hits):.3f} (n={len(hits)})")
    _every_page_counts([(en, got, gold) for en, _, got, gold, _ in rows])
    if show:
        for en, stated, got, gold, pid in rows:
            if stated and got != gold:
                print(f"    miss {pid} ({'en' if en else 'other'}): got {got}, gold {gold}")


# the language groups figures are given for: English is what the study reads
LANGUAGE_GROUPS = (("English", lambda en: en), ("other languages", lambda en: not en), ("all languages", lambda en: True))


def _every_page_counts(rows: list[tuple[bool, date | None, date]]) -> None:
    """Right, wrong and no-date counts over every page with a gold day, per language group
    (rows: English?, the date given, the gold day): what a scrape gets, pages that never state
    their day included. The README's 'every page' row quotes these lines."""
    for label, right, given, pages in every_page_tallies(rows):
        of_given = ""
        if given:
            low, high = _wilson(right, given)
            of_given = f"; of the dates given {right / given:.3f} right ({right} of {given}; 95% {low:.2f}-{high:.2f})"
        print(f"  every page with a gold day, {label}: {right} of {pages} right, {given - right} wrong, "
              f"{pages - given} no date{of_given}")


def every_page_tallies(rows: list[tuple[bool, date | None, date]]) -> list[tuple[str, int, int, int]]:
    """(language group, right, dates given, pages) per group with pages, as _every_page_counts
    prints them: analysis.accuracy.DATES_GIVEN and DATES_NONE quote the English line
    (check_trust_figures.py compares them). "all languages" only when it is not one group again."""
    groups = [(label, [(got, gold) for en, got, gold in rows if keep(en)]) for label, keep in LANGUAGE_GROUPS]
    one_language = not all(group for _, group in groups[:-1])
    return [(label, sum(got == gold for got, gold in group), sum(got is not None for got, _ in group), len(group))
            for label, group in (groups[:-1] if one_language else groups) if group]


def _wilson(k: int, n: int) -> tuple[float, float]:
    """The 95% Wilson interval of k in n, as the README's trust table quotes a figure (scipy's, a
    development dependency through scikit-learn, as bench_toll_chooser uses it)."""
    from scipy.stats import binomtest

    ci = binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    return ci.low, ci.high


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--calibrate", action="store_true")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--skip-wcxb", action="store_true")
    ap.add_argument("--peer", action="store_true", help="only the HTML figures on peer_html_pages_dev")
    ap.add_argument("--peer-text", action="store_true", help="only plain-text figures on peer pages rendered as text")
    ap.add_argument("--undated", action="store_true", help="only: undated WCXB and peer HTML pages given a date")
    args = ap.parse_args(argv)
    try:
        if args.calibrate:
            calibrate()
            return 0
        if args.undated:
            undated_figures("WCXB", load_wcxb())
            undated_figures("peer", load_peer_pages())
            return 0
        if args.peer_text:
            peer_text_figures(load_peer_pages(), show=bool(args.errors))
            return 0
        if args.peer:
            peer_figures(load_peer_pages(), show=bool(args.errors))
            return 0
        fakes_figures()
        if not args.skip_wcxb:
            wcxb_figures(load_wcxb(), args.errors)
    except CorpusMissing as exc:
        print(f"skipped: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
