"""Scale benchmark: articles per second per stage, peak memory, and the issue's three ratios.

For each N in --sizes it writes a synthetic corpus (benchmarks/synthetic.py) and, in a fresh
subprocess so peak RSS belongs to that N alone, runs the full per-article analysis with the
pandas engine, streaming every table to partitioned Parquet:
clean (+dates), tolls, tone with TextBlob and with VADER; and a bare `TextBlob(text).sentiment`
loop over the same input texts. Then at one N it times the same analysis on a Dask
LocalCluster with 1 and with 2 single-threaded process workers (cluster start not counted).

    make bench-scale                                   # --sizes 10000,100000
    python benchmarks/bench_scale.py --sizes 500,2000  # a quick run

Ratios printed (targets from the issue): full analysis / bare TextBlob (<= 3x; the bare loop
runs before and after the analysis and the ratio uses the mean of the two); Dask 2 workers
/ 1 worker speed-up (>= 1.6x); peak RSS at the largest N / smallest N (<= 1.5x, < 2 GiB).
Figures depend on the machine and its load: the header prints both.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pandas as pd  # noqa: E402

from analysis import articles, backend, tables  # noqa: E402
from analysis import tolls, tone  # noqa: E402

ARTICLE_INPUT = ["article_id", "outlet", "published", "status", "body"]


# ---------------------------------------------------------------- stage functions

def tone_stages() -> dict:
    """{stage name: (fn over a chunk of articles, description)}: every sentence scored with
    TextBlob and VADER in one pass, as notebook 03 runs it."""
    engines = ("textblob", "vader")
    return {"tone": (functools.partial(tone.sentence_tone, engines=engines), f"tone.sentence_tone(engines={engines})")}


CLEAN_ONLY = os.environ.get("BENCH_CLEAN_ONLY") == "1"  # set by --clean-only, inherited by the child


def analysis_stages() -> dict:
    """The per-article stages after cleaning, in notebook order."""
    return {} if CLEAN_ONLY else {"tolls": (tolls.build_death_tolls, "tolls.build_death_tolls")} | tone_stages()


# ---------------------------------------------------------------- one run

def bare_textblob(raw_dir: Path) -> tuple[int, float]:
    """The reference: TextBlob(text).sentiment over every input text, nothing else."""
    from textblob import TextBlob

    from analysis.ingest import iter_raw

    n, seconds = 0, 0.0
    for chunk in backend.chunked(iter_raw(raw_dir), 1000):  # read in chunks (memory), and reading is not timed
        texts = [d.text or d.html or "" for d in chunk]
        t0 = time.perf_counter()
        for text in texts:
            TextBlob(text).sentiment
        seconds += time.perf_counter() - t0
        n += len(texts)
    return n, seconds


def run_analysis(raw_dir: Path, out: Path, engine, chunk_size: int) -> dict:
    """Every stage, each streamed from and to partitioned Parquet; seconds per stage."""
    times: dict = {}
    t0 = time.perf_counter()
    art_dir, _, _ = articles.build_articles(raw_dir, engine=engine, out_dir=out, chunk_size=chunk_size, progress=False)
    times["clean"] = time.perf_counter() - t0
    stages = analysis_stages()
    for name, (fn, _) in stages.items():
        t0 = time.perf_counter()
        backend.map_partitions(fn, art_dir, engine=engine, out_dir=out / f"{name}.parquet", chunk_size=chunk_size,
                               progress=False, input_columns=ARTICLE_INPUT)
        times[name] = time.perf_counter() - t0
    times["rows"] = {name: tables.table_rows(out / f"{name}.parquet") for name in stages} | {"articles": tables.table_rows(art_dir)}
    return times


def child(n: int, raw_dir: Path, out: Path, chunk_size: int) -> None:
    """One N in its own process: pandas-engine stage times, bare TextBlob, peak RSS. The bare
    loop runs before and after the analysis and the ratio uses their mean, so a change in the
    machine's speed during the run (other jobs, clock) weighs on both sides alike."""
    n_docs, bare_before = bare_textblob(raw_dir)
    times = run_analysis(raw_dir, out, "pandas", chunk_size)
    _, bare_after = bare_textblob(raw_dir)
    bare = (bare_before + bare_after) / 2
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    status = pd.read_parquet(out / articles.ARTICLES_DIR, columns=["status"])["status"]
    top = status[status.ne("ok")].value_counts().head(1)
    print(json.dumps({"n": n, "inputs": n_docs, "ok": int(status.eq("ok").sum()), "bare": bare,
                      "bare_runs": [bare_before, bare_after], "times": times,
                      "rss_mib": rss_kib / 1024, "top_problem": f"{top.index[0]} ({top.iloc[0]})" if len(top) else None}))


# ---------------------------------------------------------------- driver

def corpus_for(n: int, work: Path, seed: int) -> Path:
    import synthetic

    path = work / f"corpus-{n}-seed{seed}"
    stamp = path / ".complete"
    if not stamp.exists():
        shutil.rmtree(path, ignore_errors=True)
        synthetic.write_corpus(path, n, seed=seed)
        stamp.write_text("ok\n")
    return path


def measure_size(n: int, work: Path, seed: int, chunk_size: int) -> dict:
    raw = corpus_for(n, work, seed)
    out = work / f"out-{n}"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, __file__, "--child", str(n), str(raw), str(out), "--chunk-size", str(chunk_size)]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode:
        sys.exit(f"run at N={n} failed:\n{res.stderr[-3000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def measure_dask(n: int, work: Path, seed: int, workers: list[int], chunk_size: int) -> dict[int, float]:
    """Seconds for the full analysis on a LocalCluster of w process workers, startup excluded."""
    raw = corpus_for(n, work, seed)
    result = {}
    for w in workers:
        with backend.open_engine("dask", n_workers=w) as engine:
            engine.client.run(_warm)  # imports and models loaded before the clock starts
            out = work / f"dask-{n}-{w}"
            shutil.rmtree(out, ignore_errors=True)
            times = run_analysis(raw, out, engine, chunk_size)
            result[w] = sum(times[s] for s in stage_names())
    return result


def _burn(i: int) -> int:
    total = 0
    for k in range(300_000):
        total += k ^ i
    return total


def cpu_headroom(workers: list[int]) -> dict[int, float]:
    """Seconds for the same pure-Python CPU loop on w process workers: what the machine can
    give Dask right now (other jobs on a shared machine take cores), to read the ratio against."""
    result = {}
    for w in workers:
        with backend.open_engine("dask", n_workers=w) as engine:
            list(backend.map_records(_burn, range(2 * w), engine=engine, chunk_size=1))
            t0 = time.perf_counter()
            list(backend.map_records(_burn, range(120), engine=engine, chunk_size=4))
            result[w] = time.perf_counter() - t0
    return result


def _warm() -> None:
    import textblob  # noqa: F401

    from analysis import clean, dates  # noqa: F401

    tone.score_sentence("Warm up the lexicons.", ("textblob", "vader"))


def stage_names() -> list[str]:
    return ["clean", *analysis_stages()]


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:,.0f}" if seconds > 0 else "-"


def machine() -> str:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, load average {load}"


def report(sizes: list[dict], dask_times: dict[int, float] | None, dask_n: int | None,
           headroom: dict[int, float] | None = None) -> None:
    print(f"\nmachine: {machine()}")
    print("stages: clean = articles.build_articles (articles.article_record: body, title, outlet, dates); "
          + "; ".join(f"{name} = {desc}" for name, (_, desc) in analysis_stages().items()))
    rows = []
    for r in sizes:
        n, t = r["inputs"], r["times"]
        full = sum(t[s] for s in stage_names())
        row = {"N": n, "ok": r["ok"]} | {f"{s} art/s": _rate(n, t[s]) for s in stage_names()}
        if not CLEAN_ONLY:
            before, after = r["bare_runs"]
            row |= {"full art/s": _rate(n, full), "bare TextBlob art/s (before/after)": f"{_rate(n, before)}/{_rate(n, after)}",
                    "full/bare": f"{full / r['bare']:.2f}x"}
        row["peak RSS MiB"] = f"{r['rss_mib']:,.0f}"
        rows.append(row)
    print("\npandas engine (1 process), tables streamed to partitioned Parquet:")
    print(pd.DataFrame(rows).to_string(index=False))
    for r in sizes:
        if r["ok"] < 0.5 * r["inputs"]:
            print(f"WARNING N={r['inputs']:,}: only {r['ok']:,} articles cleaned ok; most common problem: {r['top_problem']}."
                  " Later stages had little to do, so these figures do not measure them.")
    print("\nratios (same run):")
    if CLEAN_ONLY:
        print("  (--clean-only: the full-analysis ratio is not measured)")
    else:
        for r in sizes:
            full = sum(r["times"][s] for s in stage_names())
            print(f"  full analysis / bare TextBlob at N={r['inputs']:,}: {full / r['bare']:.2f}x (target <= 3x)")
    if dask_times and 1 in dask_times and 2 in dask_times:
        print(f"  dask 2 workers vs 1 at N={dask_n:,}: {dask_times[1]:.1f}s / {dask_times[2]:.1f}s = "
              f"{dask_times[1] / dask_times[2]:.2f}x speed-up (target >= 1.6x)")
        if headroom and 1 in headroom and 2 in headroom:
            print(f"    (a bare CPU loop on the same cluster sizes: {headroom[1] / headroom[2]:.2f}x, the most this machine gave 2 workers during the run)")
    elif dask_times:
        print("  dask: " + ", ".join(f"{w} worker(s) {s:.1f}s" for w, s in sorted(dask_times.items())))
    if len(sizes) > 1:
        small, big = sizes[0], sizes[-1]
        print(f"  peak RSS N={big['inputs']:,} / N={small['inputs']:,}: {big['rss_mib']:,.0f} / {small['rss_mib']:,.0f} MiB = "
              f"{big['rss_mib'] / small['rss_mib']:.2f}x (target <= 1.5x and < 2048 MiB)")


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="10000,100000", help="comma-separated corpus sizes (default: %(default)s)")
    p.add_argument("--dask-n", type=int, default=None, help="N for the Dask 1-vs-2-worker timing (default: largest size up to 10,000)")
    p.add_argument("--workers", default="1,2", help="Dask worker counts to time (default: %(default)s)")
    p.add_argument("--no-dask", action="store_true")
    p.add_argument("--clean-only", action="store_true", help="run only the cleaning stage (a quicker memory check at large N)")
    p.add_argument("--chunk-size", type=int, default=backend.DEFAULT_CHUNK)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--work-dir", default=os.environ.get("BENCH_WORK_DIR", "/tmp/analysis-bench-scale"),
                   help="where corpora and outputs go; reused between runs (default: %(default)s)")
    p.add_argument("--child", nargs=3, metavar=("N", "RAW", "OUT"), help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.clean_only:
        global CLEAN_ONLY
        CLEAN_ONLY = True
        os.environ["BENCH_CLEAN_ONLY"] = "1"
    if a.child:
        child(int(a.child[0]), Path(a.child[1]), Path(a.child[2]), a.chunk_size)
        return
    sizes = sorted(int(s.replace("_", "")) for s in a.sizes.split(",") if s.strip())
    work = Path(a.work_dir)
    work.mkdir(parents=True, exist_ok=True)
    print(f"start: {machine()}")
    results = []
    for n in sizes:
        t0 = time.perf_counter()
        results.append(measure_size(n, work, a.seed, a.chunk_size))
        print(f"  N={n:,}: done in {time.perf_counter() - t0:.0f}s", flush=True)
    dask_times, dask_n, headroom = None, None, None
    if not a.no_dask:
        dask_n = a.dask_n or max([n for n in sizes if n <= 10_000] or [sizes[0]])
        workers = [int(w) for w in a.workers.split(",")]
        dask_times = measure_dask(dask_n, work, a.seed, workers, a.chunk_size)
        headroom = cpu_headroom(workers)
    report(results, dask_times, dask_n, headroom)


if __name__ == "__main__":
    main()
