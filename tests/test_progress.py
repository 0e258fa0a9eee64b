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
