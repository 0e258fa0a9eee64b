"""Each pair of outlets that differs is re-tested on narration only and with each syndicated story
once, and gets a seeded bootstrap interval of its difference; the verdict says so in its bullet
(QA11 F5: it told the reader to check both, and no table or test did)."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tone

N = 20  # articles per outlet


def _table(narr_a, narr_b, quote_a, quote_b) -> pd.DataFrame:
    """An article tone table of outlets a and b: overall = mean of narration and quotation."""
    rows = []
    for outlet, narr, quote in (("a", narr_a, quote_a), ("b", narr_b, quote_b)):
        for i, (n, q) in enumerate(zip(narr, quote)):
            rows.append({"article_id": f"{outlet}{i:03d}", "outlet": outlet, "published": pd.Timestamp("2016-01-01"),
                         "textblob_polarity": (n + q) / 2, "textblob_polarity_narration": n,
                         "textblob_polarity_quotation": q})
    return pd.DataFrame(rows)


def _checked(at, clusters=None, seed=0):
    pw = tone.pairwise_source_differences(at, engine="textblob", seed=seed, n_perm=999, min_articles=10)
    return tone.pair_checks(at, pw, engine="textblob", seed=seed, n_perm=999, n_boot=500, min_articles=10,
                            clusters=clusters)


def _clusters(at, copies: dict[str, str] | None = None) -> pd.DataFrame:
    ids = at["article_id"]
    cid = ids.map(lambda x: (copies or {}).get(x, x))
    return pd.DataFrame({"article_id": ids, "cluster_id": cid, "cluster_size": cid.map(cid.value_counts())})


rng = np.random.default_rng(5)
NOISE = rng.normal(0, 0.02, size=(4, N))


def test_a_difference_in_the_voices_quoted_does_not_hold_in_narration():
    at = _table(NOISE[0], NOISE[1], NOISE[2] - 0.5, NOISE[3] + 0.5)  # the same narration, quotes apart
    row = _checked(at, _clusters(at)).iloc[0]
    assert row["significant"]
    assert row["holds_in_narration"] != "holds"
    assert row["holds_deduplicated"] == "holds"


def test_a_difference_in_narration_holds_there():
    at = _table(NOISE[0] - 0.4, NOISE[1] + 0.4, NOISE[2], NOISE[3])
    row = _checked(at, _clusters(at)).iloc[0]
    assert row["holds_in_narration"] == "holds"


def test_one_wire_story_printed_many_times_does_not_hold_deduplicated():
    # outlet a's negative articles are 12 copies of one wire story; its own 8 are like b's
    narr_a = np.concatenate([np.full(12, -0.5), NOISE[0][:8]])
    at = _table(narr_a, NOISE[1], narr_a, NOISE[3])
    copies = {f"a{i:03d}": "wire" for i in range(12)}
    row = _checked(at, _clusters(at, copies)).iloc[0]
    assert row["significant"]
    assert row["holds_deduplicated"] == "too few articles"  # a has 9 stories left, under the floor of 10


@settings(max_examples=25, deadline=None)
@given(st.floats(-0.6, 0.6), st.integers(0, 2 ** 16))
def test_the_interval_holds_the_difference_and_is_the_same_on_every_run(shift, seed):
    at = _table(NOISE[0] + shift, NOISE[1], NOISE[2] + shift, NOISE[3])
    first, again = _checked(at, seed=seed), _checked(at, seed=seed)
    pd.testing.assert_frame_equal(first, again)
    row = first.iloc[0]
    if row["significant"]:
        assert row["diff_ci_low"] <= row["difference"] <= row["diff_ci_high"]
    else:  # only pairs that differ are checked
        assert np.isnan(row["diff_ci_low"]) and row["holds_in_narration"] == ""


def test_the_verdict_bullet_says_the_checks_and_the_interval():
    at = _table(NOISE[0] - 0.4, NOISE[1] + 0.4, NOISE[2], NOISE[3])
    pw = _checked(at, _clusters(at))
    by = tone.tone_by_source(at, engine="textblob", n_boot=200)
    text = tone.tone_verdict(by, pw, n_perm=999)
    bullet = next(line for line in text.splitlines() if line.startswith("- a is more negative than b"))
    assert "95% interval" in bullet
    assert "holds in narration and deduplicated" in bullet
    quoted = _table(NOISE[0], NOISE[1], NOISE[2] - 0.5, NOISE[3] + 0.5)
    text = tone.tone_verdict(tone.tone_by_source(quoted, engine="textblob", n_boot=200), _checked(quoted, _clusters(quoted)),
                             n_perm=999)
    assert re.search(r"narration only: (same|opposite) direction, not significant; each story once: holds", text)
    assert "differ in what they cover" in text
