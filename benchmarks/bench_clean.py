"""Body / title figures of the cleaning stage on WCXB dev, next to the baselines of issue 3.

Scoring (issue 3): lowercase \\w+ tokens, multiset overlap of the extracted body with the gold
body, per-page precision/recall/F1 averaged over pages; title = exact match after casefolding
and folding punctuation/space.

The shipped line model was trained on this same dev file, so its plain-text row is in-sample;
the honest figure is the page-grouped cross-validation (`--cv`, or the training script).

    .venv/bin/python benchmarks/bench_clean.py            # table (a few minutes on 2 cores)
    .venv/bin/python benchmarks/bench_clean.py --cv       # + 5-fold site-grouped CV (slow)
    .venv/bin/python benchmarks/bench_clean.py --limit 100
    .venv/bin/python benchmarks/bench_clean.py --short    # one-sentence records kept as articles
"""

from __future__ import annotations

import argparse
import html as htmllib
import sys
import time
from pathlib import Path

import numpy as np

from analysis import clean
from corpora import CorpusMissing, body_scores, load_fakes, load_wcxb, norm_title

def justext_lines(text: str) -> str:
    """jusText needs HTML, so each line becomes a paragraph (the issue's baseline)."""
    import justext

    paras = "".join(f"<p>{htmllib.escape(line.strip())}</p>" for line in text.split("\n") if line.strip())
    if not paras:
        return ""
    out = justext.justext(f"<html><body>{paras}</body></html>", justext.get_stoplist("English"))
    return "\n".join(p.text for p in out if not p.is_boilerplate)


def trafilatura_plain(page: dict) -> tuple[str, str | None]:
    import trafilatura

    doc = trafilatura.bare_extraction(page["html"], url=page.get("url"), with_metadata=True)
    if doc is None:
        return "", None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return data.get("text") or "", data.get("title")


def evaluate(pages: list[dict], fn) -> dict:
    """fn(page) -> (body, title or None); title None means the method gives no title."""
    scores, titles, t0 = [], [], time.perf_counter()
    for page in pages:
        body, title = fn(page)
        scores.append(body_scores(body, page["gold_body"]))
        titles.append(norm_title(title) == norm_title(page["gold_title"]) and title is not None)
    s = np.array(scores)
    return {"P": s[:, 0].mean(), "R": s[:, 1].mean(), "F1": s[:, 2].mean(), "title": float(np.mean(titles)),
            "secs": time.perf_counter() - t0}


def plain_clean(page):
    ct = clean.clean_plain_text(page["text"] or "")
    return ct.body, ct.title


def html_clean(page):
    ct = clean.clean_html(page["html"], url=page.get("url"))
    return ct.body, ct.title


def fakes_speed() -> str:
    try:
        texts = list(load_fakes()["article_content"].fillna(""))
    except CorpusMissing:
        return "FA-KES not found: speed not measured"
    t0 = time.perf_counter()
    for t in texts:
        clean.clean_plain_text(t)
    dt = time.perf_counter() - t0
    return f"clean_plain_text on FA-KES dev: {len(texts) / dt:,.0f} articles/s ({len(texts)} articles)"


def short_records() -> None:
    """Share of one-sentence records that keep a body (a sentence corpus read as one record per
    sentence: NYT editorial sentences), and what the ones without a body look like."""
    from corpora import load_nyt

    sentences = load_nyt()["sentence"].astype(str).tolist()
    empty = [t for t in sentences if not clean.clean_plain_text(t).body]
    print(f"NYT editorial sentences as one-line records: {len(sentences) - len(empty)} of {len(sentences)} "
          f"kept ({1 - len(empty) / len(sentences):.3f}); no body, e.g.: {empty[:8]}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description="cleaning benchmark on WCXB dev")
    ap.add_argument("--limit", type=int, default=None, help="first N pages only (quick look)")
    ap.add_argument("--cv", action="store_true", help="also run the 5-fold site-grouped CV of the line model")
    ap.add_argument("--short", action="store_true", help="only the short-record figure")
    args = ap.parse_args(argv)
    if args.short:
        try:
            short_records()
        except CorpusMissing as exc:
            print(f"skipped: {exc}")
        return
    try:
        pages = load_wcxb()
    except CorpusMissing as exc:
        print(f"skipped: {exc}")
        return
    pages = pages[: args.limit] if args.limit else pages
    rows = [
        ("plain text", "no cleaning", evaluate(pages, lambda p: (p["text"], None))),
        ("plain text", "jusText on lines", evaluate(pages, lambda p: (justext_lines(p["text"] or ""), None))),
        ("plain text", "clean_plain_text (shipped model, in-sample)", evaluate(pages, plain_clean)),
        ("HTML", "trafilatura (defaults, metadata title)", evaluate(pages, trafilatura_plain)),
        ("HTML", "clean_html", evaluate(pages, html_clean)),
    ]
    if args.cv:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
        import train_line_model as tlm

        recs = pages
        cv = tlm.cross_validate(recs, [tlm.Page(r) for r in recs])
        rows.insert(3, ("plain text", "clean_plain_text, 5-fold site-grouped CV", {**cv, "secs": float("nan")}))
        folds = ", ".join(f"{f['title']:.3f}" for f in cv["folds"])
        peer = ", ".join(f"{f['peer_title']:.3f}" for f in cv["folds"])
        print(f"site-grouped CV title by fold: WCXB {folds}; rendered trafilatura pages ({cv['peer_pages']}): "
              f"{cv['peer_title']:.3f} ({peer})")
    print(f"WCXB dev, {len(pages)} pages")
    print("| input | method | body P | body R | body F1 | title | secs |")
    print("|---|---|---|---|---|---|---|")
    for inp, name, r in rows:
        title = f"{r['title']:.3f}" if r["title"] or "no cleaning" not in name and "jusText" not in name else ""
        print(f"| {inp} | {name} | {r['P']:.3f} | {r['R']:.3f} | {r['F1']:.3f} | {title} | {r['secs']:.0f} |")
    if not args.cv:
        print("The shipped model was trained on these pages: run with --cv for the site-grouped 5-fold figure.")
    print(fakes_speed())


if __name__ == "__main__":
    main()
