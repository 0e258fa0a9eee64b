"""The pre-run column check over one big generated JSONL export: time, peak RSS, passes.

Writes a JSONL of --mb megabytes (seeded; records carry an unused 'pub_day' column, so the
check's note says a date column is missing and must look at every record) beside a one-row CSV
of another export that has the column --columns names (a mixed folder, QA8 4: the big file
lacks it, so no record of it settles the check early) and, in a fresh subprocess so peak RSS is the check's alone, runs what the pipeline runs
before notebook 01 (ingest.corpus_column_problems with its notes) and what notebook 01 runs
before it reads (ingest.check_named_columns), counting how often each opens the file.

    python benchmarks/bench_columns_check.py              # 200 MB, --columns outlet=media_name
    python benchmarks/bench_columns_check.py --mb 20      # a quick run

Figures depend on the machine and its load: quote the passes, and time and RSS of one run.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORDS = ("air strikes killed civilians in Aleppo on Tuesday the monitor said rebels government forces "
         "talks Geneva ceasefire shelling villages province observatory reported").split()


def write_jsonl(path: Path, megabytes: float, seed: int = 14) -> int:
    """A JSONL of about `megabytes` MB; returns its record count."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    n = size = 0
    with open(path, "w", encoding="utf-8") as fh:
        while size < target:
            n += 1
            rec = {"id": str(n), "text": " ".join(rng.choice(WORDS) for _ in range(120)),
                   "source": rng.choice(("Reuters", "AP", "AFP", "SANA")),
                   "pub_day": f"2016-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
            line = json.dumps(rec) + "\n"
            fh.write(line)
            size += len(line.encode("utf-8"))
    return n


def child(raw: str, columns: str) -> None:
    sys.path.insert(0, str(REPO / "src"))
    from analysis import ingest

    opened = []
    real = ingest._corpus_lines
    ingest._corpus_lines = lambda path: opened.append(path.name) or real(path)
    start = time.perf_counter()
    notes: list[str] = []
    ingest.corpus_column_problems(raw, columns, notes)
    pre_run, pre_opened = time.perf_counter() - start, len(opened)
    start = time.perf_counter()
    ingest.check_named_columns(raw, columns)
    kernel, kernel_opened = time.perf_counter() - start, len(opened) - pre_opened
    print(json.dumps({"pre_run_s": round(pre_run, 2), "pre_run_opens": pre_opened, "kernel_check_s": round(kernel, 2),
                      "kernel_check_opens": kernel_opened, "notes": notes,
                      "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=200, help="size of the generated JSONL in MB (default 200)")
    parser.add_argument("--columns", default="outlet=media_name",
                        help="the --columns value checked (default outlet=media_name, a column of the small CSV only)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        n = write_jsonl(raw / "export.jsonl", args.mb)
        (raw / "other.csv").write_text("id,text,media_name\nm1,Shelling killed 4 people in Homs.,Enab Baladi\n",
                                       encoding="utf-8")
        print(f"export.jsonl: {(raw / 'export.jsonl').stat().st_size / 1e6:.0f} MB, {n:,} records; --columns {args.columns}")
        res = subprocess.run([sys.executable, __file__, "--child", str(raw), args.columns],
                             capture_output=True, text=True, check=True)
        out = json.loads(res.stdout.splitlines()[-1])
    print(f"pre-run check (pipeline): {out['pre_run_s']} s, file opened {out['pre_run_opens']}x")
    print(f"notebook 01's check:      {out['kernel_check_s']} s, file opened {out['kernel_check_opens']}x")
    print(f"peak RSS of both:         {out['peak_rss_mib']} MiB")
    for note in out["notes"]:
        print("note:", note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
