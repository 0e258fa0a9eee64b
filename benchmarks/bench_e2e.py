"""End-to-end benchmark: `python -m analysis.pipeline` on N real-text articles, against a bare
`TextBlob(text).sentiment` loop over the same texts, timed in the same run.

The corpus is real article text (FA-KES bodies and WCXB scraped page text from
../shared/corpora, or ANALYSIS_CORPORA), repeated to N with a unique first line each, written
as one JSONL corpus file with outlet and date. The pipeline runs as the user runs it (a fresh
process, --force, three notebooks, HTML export, index). Printed: wall time of each, their
ratio (target <= 2.5x; the bare loop runs before and after the pipeline and the ratio uses
the mean of the two), the same ratio in CPU seconds (all the pipeline's processes against the
loop: the pipeline uses a second core, so on a busy machine its wall time gains less), peak RSS (largest single process of the pipeline's tree, from
getrusage of reaped children, and the sampled sum over the tree), and each report's HTML size
(target < 3 MB). What it is doing goes to stderr as it goes: a line per phase, and the pipeline's
own lines and stage bars (QA6 B8: ten minutes of silence looked hung); the figures go to stdout.

    python benchmarks/bench_e2e.py --n 10000
    python benchmarks/bench_e2e.py --n 2000 --keep /tmp/e2e   # keep the reports to look at
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
GIB = 1024 ** 3

import corpora  # noqa: E402  (benchmarks/corpora.py: the reference corpora's one loader)


def phase(what: str) -> None:
    """One line on stderr saying what the benchmark starts now (a 10,000-article run takes minutes per phase)."""
    print(f"[{datetime.now():%H:%M:%S}] {what}", file=sys.stderr, flush=True)


def real_articles() -> list[dict]:
    """FA-KES articles (text, outlet, m/d/yy date as ISO) and WCXB page texts (site as outlet)."""
    out = []
    for row in corpora.load_fakes(dtype=str, keep_default_na=False).to_dict("records"):
        date = datetime.strptime(row["date"], "%m/%d/%y").date().isoformat() if row.get("date") else None
        out.append({"text": row["article_content"], "title": row["article_title"], "outlet": row["source"], "published": date})
    for rec in corpora.load_wcxb():
        url = rec.get("url") or ""
        site = url.split("/")[2] if url.count("/") >= 2 else "wcxb"
        out.append({"text": rec.get("text") or "", "title": rec.get("gold_title"), "outlet": site,
                    "published": rec.get("gold_date")})
    return [a for a in out if a["text"].strip()]


def write_corpus(n: int, raw: Path) -> list[str]:
    """N records cycling over the real articles, each with a unique first line; returns the texts."""
    base = real_articles()
    raw.mkdir(parents=True, exist_ok=True)
    texts = []
    with open(raw / "corpus.jsonl", "w", encoding="utf-8") as f:
        for i in range(n):
            a = base[i % len(base)]
            text = f"Dispatch {i} of the benchmark corpus.\n\n{a['text']}"
            texts.append(text)
            f.write(json.dumps({"id": str(i), "text": text, "title": a["title"], "outlet": a["outlet"],
                                "published": a["published"]}) + "\n")
    return texts


def bare_textblob(texts: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of the bare loop."""
    from textblob import TextBlob

    t0 = time.perf_counter()
    c0 = time.process_time()
    for text in texts:
        TextBlob(text).sentiment
    return time.perf_counter() - t0, time.process_time() - c0


def _tree_rss(pid: int) -> int:
    import psutil

    try:
        p = psutil.Process(pid)
        procs = [p] + p.children(recursive=True)
    except psutil.Error:
        return 0
    total = 0
    for q in procs:
        try:
            total += q.memory_info().rss
        except psutil.Error:
            pass
    return total


PIPELINE = [sys.executable, "-m", "analysis.pipeline"]  # the command the user runs
STDERR_FD = 2  # the pipeline's output goes to this process's stderr (by descriptor: works under any sys.stderr)


def run_pipeline(raw: Path, work: Path) -> dict:
    cmd = [*PIPELINE, "--raw-dir", str(raw), "--processed-dir", str(work / "processed"),
           "--reports-dir", str(work / "reports"), "--force", "--no-progress"]
    peak = {"tree": 0}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    # its lines and stage bars go to this terminal's stderr, as when the user runs it (the bars
    # are drawn by the kernels, not by this process: relaying them costs the timing nothing)
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=STDERR_FD, stderr=STDERR_FD)

    def sample() -> None:
        while proc.poll() is None:
            peak["tree"] = max(peak["tree"], _tree_rss(proc.pid))
            time.sleep(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    proc.wait()
    sys.stderr.flush()
    seconds = time.perf_counter() - t0
    sampler.join()
    if proc.returncode != 0:
        sys.exit(f"pipeline failed ({proc.returncode}); its messages are above")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    max_child = after.ru_maxrss * 1024  # KiB on Linux
    # CPU of every process of the run (kernels and their workers are waited for, so counted)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {"seconds": seconds, "cpu_seconds": cpu, "max_process_rss": max_child, "tree_rss": peak["tree"]}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000, help="articles (default: %(default)s)")
    ap.add_argument("--keep", default=None, help="folder to keep the corpus and reports in (default: a temporary one)")
    args = ap.parse_args(argv)
    try:
        corpora.corpus_path(corpora.FAKES)
        corpora.corpus_path(corpora.WCXB)
    except corpora.CorpusMissing as exc:
        sys.exit(f"skipped: {exc}")
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-e2e-"))
    if work.exists() and args.keep:
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)  # mkdtemp made it already
    try:
        phase(f"writing the corpus of {args.n:,} articles to {work / 'raw'}")
        texts = write_corpus(args.n, work / "raw")
        print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cpus, load {os.getloadavg()[0]:.2f}; "
              f"N={args.n:,} articles from {corpora.corpora_dir()}", flush=True)
        phase(f"1/3 bare TextBlob loop over the {len(texts):,} texts (before the pipeline)")
        (bare1, cpu1) = bare_textblob(texts)
        phase(f"    {bare1:.1f} s; 2/3 python -m analysis.pipeline --force (its stages below)")
        res = run_pipeline(work / "raw", work)
        phase(f"    {res['seconds']:.1f} s; 3/3 bare TextBlob loop again (after the pipeline)")
        (bare2, cpu2) = bare_textblob(texts)
        bare, bare_cpu = (bare1 + bare2) / 2, (cpu1 + cpu2) / 2
        print(f"bare TextBlob(text).sentiment loop: {bare1:.1f} s before, {bare2:.1f} s after (mean {bare:.1f} s; "
              f"CPU {bare_cpu:.1f} s)")
        print(f"python -m analysis.pipeline --force: {res['seconds']:.1f} s (CPU of all its processes {res['cpu_seconds']:.1f} s)")
        print(f"ratio pipeline / bare TextBlob: {res['seconds'] / bare:.2f}x (target <= 2.5x); "
              f"CPU time ratio {res['cpu_seconds'] / bare_cpu:.2f}x (what a busy machine shares out)")
        print(f"peak RSS: largest single process {res['max_process_rss'] / GIB:.2f} GiB; "
              f"whole process tree (sampled) {res['tree_rss'] / GIB:.2f} GiB (target < 1.5 GiB)")
        for page in sorted((work / "reports").glob("*.html")):
            print(f"{page.name}: {page.stat().st_size / 1e6:.3f} MB (target < 3 MB)")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
