"""Run every accuracy and speed benchmark in this folder and print their figures.

Benchmarks are scripts, never timed tests: absolute times on shared machines are noisy, so
each script prints ratios measured within one run. They need ../shared/corpora (or
ANALYSIS_CORPORA) and say so when it is missing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["bench_clean.py", "bench_dates.py", "bench_tolls.py", "bench_toll_chooser.py", "bench_tone.py", "bench_sentiment_ports.py"]  # bench_scale: `make bench-scale`


def main() -> int:
    scripts = [HERE / name for name in ORDER if (HERE / name).exists()]
    failed = []
    for script in scripts:
        print(f"\n=== {script.name}", flush=True)
        if subprocess.run([sys.executable, str(script)], cwd=HERE.parent).returncode != 0:
            failed.append(script.name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
