"""The README's "every page" date row quotes right / wrong / no-date counts: bench_dates prints
them (rev9r 5: no command printed 128 of 152, 13 wrong, 11 no date), per language group, each
line's counts adding up to its pages."""

from __future__ import annotations

import io
import re
from contextlib import redirect_stdout
from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

import bench_dates

DAY = st.dates(date(2010, 1, 1), date(2020, 12, 31))
# (English?, the date given, the gold day): right, another day (wrong) or none
ROW = st.tuples(st.booleans(), st.sampled_from(["right", "wrong", "none"]), DAY, st.integers(1, 400)).map(
    lambda r: (r[0], {"right": r[2], "wrong": r[2] - timedelta(days=r[3]), "none": None}[r[1]], r[2]))
LINE_RE = re.compile(r"every page with a gold day, (?P<group>[\w ]+): (?P<right>\d+) of (?P<n>\d+) right, "
                     r"(?P<wrong>\d+) wrong, (?P<none>\d+) no date")


@settings(max_examples=60, deadline=None)
@given(st.lists(ROW, min_size=1, max_size=40))
def test_every_page_lines_count_right_wrong_and_no_date_per_language(rows):
    out = io.StringIO()
    with redirect_stdout(out):
        bench_dates._every_page_counts(rows)
    lines = {m["group"]: m for m in LINE_RE.finditer(out.getvalue())}
    groups = {"English": [r for r in rows if r[0]], "other languages": [r for r in rows if not r[0]]}
    both = all(groups.values())
    if both:
        groups["all languages"] = rows
    assert set(lines) == {g for g, rs in groups.items() if rs}  # "all" only when it is not one group again
    for group, rs in groups.items():
        if not rs:
            continue
        m = lines[group]
        right = sum(got == gold for _, got, gold in rs)
        none = sum(got is None for _, got, _ in rs)
        assert (int(m["right"]), int(m["n"]), int(m["wrong"]), int(m["none"])) == (right, len(rs), len(rs) - right - none, none)


@given(st.integers(1, 400).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_the_interval_quoted_holds_the_share(kn):
    k, n = kn
    low, high = bench_dates._wilson(k, n)
    assert 0 <= low <= k / n <= high <= 1
