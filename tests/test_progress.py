"""A bar over slow chunks keeps moving: redrawn while a chunk is worked on, its rate over recent
work, so minutes on one chunk of HTML pages read as slow work, not as a hang at a stale speed."""

from __future__ import annotations

import io
import re
import sys
import time

import pytest

from analysis import progress


@pytest.mark.parametrize("pause", [0.9, 1.3])
def test_a_slow_chunk_redraws_the_bar_with_a_falling_rate(monkeypatch, pause):
    monkeypatch.setattr(progress, "HEARTBEAT_SECONDS", 0.15)
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)

    def chunks():
        yield list(range(100))  # a fast first chunk, then a slow one
        time.sleep(pause)
        yield list(range(100))

    for _ in progress.progress_bar(chunks(), "work", total=300, enabled=True, size=len):
        pass
    stalled = [float(r) for r in re.findall(r"100/300 \[[^,]*, *[^,]*, *([0-9.]+)article/s\]", stream.getvalue())]
    assert len(stalled) >= 3, stream.getvalue()  # redrawn while the slow chunk ran, not only when it ended
    assert stalled[-1] < stalled[0]  # the rate falls while nothing finishes
    assert "200/300" in stream.getvalue()


def test_bench_e2e_shows_its_phases_and_the_pipelines_progress(tmp_path, capfd, monkeypatch):
    """QA6 B8: `bench_e2e.py --n 10000` printed its two header lines and then nothing for
    minutes (the pipeline's lines and stage bars were captured until it ended): they go to the
    benchmark's stderr as they come, beside a line per phase of its own."""
    import sys
    from pathlib import Path

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import bench_e2e

    stand_in = "import sys; print('01_clean_articles: running', flush=True); print('01_clean_articles: clean: 50%', file=sys.stderr)"
    monkeypatch.setattr(bench_e2e, "PIPELINE", [sys.executable, "-c", stand_in])
    bench_e2e.run_pipeline(tmp_path / "raw", tmp_path)
    bench_e2e.phase("2/3 the pipeline")
    out, err = capfd.readouterr()
    assert "01_clean_articles: running" in err and "01_clean_articles: clean: 50%" in err and "2/3 the pipeline" in err
    assert out == ""
