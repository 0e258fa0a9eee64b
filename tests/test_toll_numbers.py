"""How toll numbers are read: separators of other locales, implausible values, linear time."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import tolls
from corpora import adversarial_dir  # benchmarks/ is on sys.path (tests/conftest.py)

from toll_text import values

ADVERSARIAL = adversarial_dir()  # ../shared/adversarial, or ANALYSIS_ADVERSARIAL


@pytest.mark.parametrize("written, value", [
    ("310.000", 310_000),          # dots group thousands (most of Europe)
    ("12.000.000", 12_000_000),
    ("3,10,000", 310_000),         # Indian lakh grouping
    ("1,23,45,678", 12_345_678),
    ("1,000,000", 1_000_000),
    ("1.5 million", 1_500_000),    # a decimal before a scale word
    ("1.500 million", 1_500_000),
    ("45", 45),
])
def test_separators_of_every_locale(written, value):
    assert tolls.parse_number(written)[0] == value
    assert values(f"The war has killed {written} people, the monitor said.") == [value]


@given(st.integers(min_value=1_000, max_value=99_999_999))
def test_grouped_numbers_read_whole(n):
    western = f"{n:,}"
    european = western.replace(",", ".")
    s = str(n)
    head, tail = s[:-3], s[-3:]
    pairs = [head[max(0, i - 2):i] for i in range(len(head), 0, -2)][::-1]
    indian = ",".join(pairs + [tail])
    for written in (western, european, indian):
        assert values(f"Officials said {written} people were killed.") == [n], written


def test_implausible_values_are_rejected_with_a_reason():
    huge = "1" + ",000" * 110  # inf as a float
    for written, why in ((huge, "above"), ("1,000,000,000,000,000,000,000", "above"), ("2.5", "whole number")):
        rejected: list[dict] = []
        claims = tolls.extract_tolls(f"More than {written} people have been killed in the war.", rejected=rejected)
        assert claims == []
        assert len(rejected) == 1 and why in rejected[0]["reason"]
    assert values("The war has killed 100,000,000 people.") == [100_000_000]  # the ceiling itself is allowed


def test_build_death_tolls_warns_about_rejected_values():
    import pandas as pd

    arts = pd.DataFrame({"article_id": ["a"], "status": ["ok"], "published": [None], "outlet": [None],
                         "body": ["More than 1" + ",000" * 110 + " people have been killed."]})
    with pytest.warns(UserWarning, match="article a: toll .* rejected"):
        out = tolls.build_death_tolls(arts)
    assert out.empty


def test_number_patterns_are_linear_on_digit_comma_runs(tmp_path):
    """A long sentence of "1111," runs took quadratic time (35 s at 85 KB). Run 400 KB under a
    timeout far above linear time (about 4 s here) and far below quadratic (about 13 minutes)."""
    script = textwrap.dedent("""
        from analysis import tolls
        text = "The bombing killed " + "1111," * 80_000 + " people."
        tolls.extract_tolls(text)
        text = "The bombing killed " + "111," * 100_000 + "111 people."
        tolls.extract_tolls(text)
    """)
    subprocess.run([sys.executable, "-c", script], check=True, timeout=150)


@pytest.mark.parametrize("case", ["inf_toll", "redos_tolls"])
def test_adversarial_toll_cases(case, tmp_path):
    src = ADVERSARIAL / case
    if not src.is_dir():
        pytest.skip(f"{src} not found (../shared/adversarial is absent)")
    work = tmp_path / case
    shutil.copytree(src, work)
    for path in sorted(work.glob("*.txt")):
        rejected: list[dict] = []
        claims = tolls.extract_tolls(path.read_text(encoding="utf-8"), rejected=rejected)
        assert all(0 < c["value"] <= tolls.MAX_PLAUSIBLE_TOLL for c in claims), path.name
        assert all(r["reason"] for r in rejected), path.name
        if path.name == "huge_toll.txt":  # the case's README: its run-on number must be rejected, not read as inf
            assert rejected, path.name
