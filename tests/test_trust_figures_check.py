"""analysis.accuracy's trust figures (typed by hand from benchmark output, quoted by the README and
the reports) are tied to the benchmarks: benchmarks/check_trust_figures.py rescores them and
fails on a k or n that differs. The titles' site-grouped CV is slow (`make check-trust-titles`)."""

from __future__ import annotations

import dataclasses
import io
import re
from contextlib import redirect_stdout

import pytest
from hypothesis import given, strategies as st

import check_trust_figures as check
from analysis import accuracy

KN = st.integers(1, 5000).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n)))


@given(KN, KN)
def test_a_figure_matches_only_when_k_and_n_both_do(typed, measured):
    line, ok = check.compared("tolls, fold 3", accuracy.Measured(*typed, "on", "cmd"), *measured)
    assert ok == (typed == measured)
    assert line.startswith("matched" if ok else "MISMATCHED") and f"{measured[0]:,} of {measured[1]:,}" in line
    if not ok:
        assert f"accuracy.py has {typed[0]:,} of {typed[1]:,}" in line


def _run(argv=()) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = check.main(list(argv))
    return code, out.getvalue()


def test_absent_corpora_skip_cleanly(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYSIS_CORPORA", str(tmp_path))
    code, out = _run()
    assert code == 0
    assert re.search(r"^skipped +tolls: ", out, re.M) and re.search(r"^skipped +dates: ", out, re.M)
    assert "MISMATCHED" not in out


@pytest.mark.corpus
def test_the_typed_toll_and_date_figures_are_what_the_benchmarks_score(monkeypatch):
    """About 10 s of CPU (FA-KES's tolls, the peer pages' plain-text dates); skips without corpora."""
    try:
        lines = check.toll_lines() + check.date_lines()
    except check.CorpusMissing as exc:
        pytest.skip(str(exc))
    assert len(lines) == len(accuracy.TOLL_FOLDS) + 2
    assert all(ok for _, ok in lines), "\n".join(line for line, _ in lines)
    # a figure typed one off is found out, and the script exits 1 on it
    typed = accuracy.DATES_NONE
    monkeypatch.setattr(accuracy, "DATES_NONE", dataclasses.replace(typed, k=typed.k + 1))
    monkeypatch.setattr(check, "toll_lines", lambda: lines[:len(accuracy.TOLL_FOLDS)])
    monkeypatch.setattr(check, "date_lines", lambda: [check.compared("dates, pages given no date", accuracy.DATES_NONE,
                                                                     typed.k, typed.n)])
    code, out = _run()
    assert code == 1 and "MISMATCHED  dates, pages given no date" in out
