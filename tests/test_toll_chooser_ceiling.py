"""The chooser benchmark's ceiling for any chooser: identical texts get one headline, so a text
coded once per sub-incident (FA-KES's "6 citizens killed" coded 1, 2, 3 and 5) counts once."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

bench = pytest.importorskip("bench_toll_chooser")  # benchmarks/ is on sys.path (tests/conftest.py)

rows = st.lists(st.tuples(st.sampled_from("abc"), st.sampled_from((1.0, 2.0, 5.0)), st.booleans()), max_size=12)


def _arts(rs):
    """Benchmark rows: a text, its coded toll and whether an incident toll found has that value."""
    return [{"body": t, "gold": g, "y": np.array([1.0 if found else 0.0])} for t, g, found in rs]


@given(rows)
def test_one_headline_per_text(rs):
    # one headline value per text, the best of every value it could state
    best = sum(max(sum(1 for t2, g, found in rs if t2 == t and g == v and found) for v in (1.0, 2.0, 5.0))
               for t in {t for t, _, _ in rs})
    assert bench.one_headline_ceiling(_arts(rs)) == best
    assert best <= sum(found for _, _, found in rs)  # never above the per-row ceiling


def test_a_text_coded_per_sub_incident_counts_once():
    assert bench.one_headline_ceiling(_arts([("a", 1.0, True), ("a", 2.0, True), ("b", 5.0, True)])) == 2
