"""Write every per-article output for a set of documents, to prove a speed change changes nothing.

Speed work on clean, dates, tolls and tone must leave every table identical. This script runs
the per-article functions (articles.article_record, tolls.extract_tolls, tone.article_sentences
with TextBlob and VADER) over the bundled seeds, the FA-KES and WCXB dev corpora (plain text
and HTML) and a synthetic corpus, and writes one JSON line per document. Run it before and
after a change and compare the two files:

    python scripts/output_snapshot.py /tmp/before.jsonl
    ... change ...
    python scripts/output_snapshot.py /tmp/after.jsonl --compare /tmp/before.jsonl

--compare exits 1 and names the first differing documents and fields.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import zip_longest
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

import corpora  # noqa: E402
from analysis import tolls, tone  # noqa: E402
from analysis.articles import article_record  # noqa: E402
from analysis.ingest import RawDoc, iter_raw  # noqa: E402
from analysis.progress import progress_bar  # noqa: E402


def documents(synthetic_n: int, html: bool = True) -> list[RawDoc]:
    """Seeds, corpus documents (when present) and a synthetic corpus, in a fixed order."""
    docs = list(iter_raw(REPO / "data" / "raw"))
    try:
        fk = corpora.load_fakes()
        docs += [RawDoc(article_id=f"fakes:{i}", source_path="fakes", text=str(t))
                 for i, t in enumerate(fk["article_content"].fillna(""))]
    except corpora.CorpusMissing:
        print("FA-KES absent: skipped", file=sys.stderr)
    try:
        for i, page in enumerate(corpora.load_wcxb()):
            docs.append(RawDoc(article_id=f"wcxb-text:{i}", source_path="wcxb", text=page.get("text") or ""))
            if html:
                docs.append(RawDoc(article_id=f"wcxb-html:{i}", source_path="wcxb", html=page.get("html") or "",
                                   url=page.get("url")))
    except corpora.CorpusMissing:
        print("WCXB absent: skipped", file=sys.stderr)
    if synthetic_n:
        import synthetic

        out = Path("/tmp/analysis-snapshot-synthetic") / f"n{synthetic_n}"
        if not (out / ".complete").exists():
            synthetic.write_corpus(out, synthetic_n, seed=0)
            (out / ".complete").write_text("ok\n")
        docs += list(iter_raw(out))
    return docs


def outputs(doc: RawDoc, actors) -> dict:
    record, removed = article_record(doc)
    body = record.get("body") or ""
    out = {"id": doc.article_id, "record": record, "removed": removed}
    if record.get("status", "ok") == "ok" and body:
        out["tolls"] = tolls.extract_tolls(body)
        out["tone"] = tone.article_sentences(doc.article_id, body, ("textblob", "vader"), actors)
    return out


def compare(new: Path, old: Path, show: int = 5) -> int:
    """Documents that differ, line by line; a document in one snapshot only differs too."""
    bad = n_lines = 0
    with open(new, encoding="utf-8") as a, open(old, encoding="utf-8") as b:
        for la, lb in zip_longest(a, b, fillvalue="{}"):
            n_lines += 1
            if la != lb:
                ra, rb = json.loads(la), json.loads(lb)
                fields = sorted(k for k in set(ra) | set(rb) if ra.get(k) != rb.get(k))
                if bad < show:
                    print(f"differs: {ra.get('id') or rb.get('id')} fields {fields}")
                bad += 1
    print(f"{bad} of {n_lines} documents differ")
    return 1 if bad else 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out")
    p.add_argument("--synthetic", type=int, default=1000, help="synthetic articles to add (default: %(default)s)")
    p.add_argument("--skip-html", action="store_true", help="leave out the WCXB HTML pages (most of the run time)")
    p.add_argument("--compare", help="an earlier snapshot to compare with")
    a = p.parse_args(argv)
    actors = tone.compile_actors()
    docs = documents(a.synthetic, html=not a.skip_html)
    with open(a.out, "w", encoding="utf-8") as fh:
        for doc in progress_bar(docs, desc="snapshot", total=len(docs), enabled=True):
            fh.write(json.dumps(outputs(doc, actors), sort_keys=True, default=str) + "\n")
    print(f"wrote {len(docs)} documents to {a.out}")
    return compare(Path(a.out), Path(a.compare)) if a.compare else 0


if __name__ == "__main__":
    sys.exit(main())
