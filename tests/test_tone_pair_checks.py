"""Each pair of outlets that differs is re-tested on narration only and with each syndicated story
once, and gets a seeded bootstrap interval of its difference; the verdict says so in its bullet
(QA11 F5: it told the reader to check both, and no table or test did)."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from hypothesis import example, given, settings
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


K = 6  # outlets: 15 pairs, of which the 5 of outlet a differ on the whole text
NOISE6 = np.random.default_rng(11).normal(0, 0.1, size=(K, 2, N))


def _six(narration_shift: float) -> pd.DataFrame:
    """Outlets a-f; a's quotes are far above the others' (every a pair differs on the whole text),
    its narration `narration_shift` above."""
    rows = []
    for k, outlet in enumerate("abcdef"[:K]):
        for i in range(N):
            n = NOISE6[k, 0, i] + (narration_shift if k == 0 else 0.0)
            q = NOISE6[k, 1, i] + (1.0 if k == 0 else 0.0)
            rows.append({"article_id": f"{outlet}{i:03d}", "outlet": outlet, "published": pd.Timestamp("2016-01-01"),
                         "textblob_polarity": (n + q) / 2, "textblob_polarity_narration": n,
                         "textblob_polarity_quotation": q})
    return pd.DataFrame(rows)


@settings(max_examples=15, deadline=None)
@given(st.floats(0.0, 0.2), st.integers(0, 3))
@example(0.06, 0)  # Holm over the 5 significant pairs let all 5 'hold'; over the 15 pairs none does
def test_the_narration_retest_is_holm_over_every_pair_compared(shift, seed):
    # rev11r R3: the re-test used Holm over the significant pairs only, a smaller family than the
    # test that found them; a pair holds only if it differs on narration among every compared pair
    at = _six(shift)
    pw = tone.pairwise_source_differences(at, engine="textblob", seed=seed, n_perm=999, min_articles=10)
    checked = tone.pair_checks(at, pw, engine="textblob", seed=seed, n_perm=999, n_boot=200, min_articles=10)
    narration = tone.pairwise_source_differences(at, engine="textblob", seed=seed, n_perm=999, min_articles=10,
                                                 voice="narration").set_index(["outlet_a", "outlet_b"])
    assert len(narration) == len(pw)  # the same family: every outlet has enough narration
    for r in checked[checked["significant"]].itertuples():
        again = narration.loc[(r.outlet_a, r.outlet_b)]
        expected = again["significant"] and (again["difference"] > 0) == (r.difference > 0)
        assert (r.holds_in_narration == "holds") == expected, (r.outlet_a, r.outlet_b, again["p_holm"])


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 9), st.booleans())
def test_the_deduplicated_check_says_its_weight_and_is_not_repeated_on_deduplicated_data(n_copies, dedupe_stories):
    # rev11r R4: with dedupe_stories the 'each story once' re-test ran on the very values tested and
    # could not fail; and the verdict did not say how few articles deduplication removed
    at = _table(NOISE[0] - 0.4, NOISE[1] + 0.4, NOISE[2], NOISE[3])
    copies = {f"b{i:03d}": "a000" for i in range(n_copies)}  # b's first articles repeat a's first story
    t_clusters = _clusters(at, copies)
    at.loc[at["article_id"].isin(copies), "published"] = pd.Timestamp("2016-01-02")
    by = tone.tone_by_source(at, engine="textblob", n_boot=100, clusters=t_clusters if dedupe_stories else None)
    pw = tone.pairwise_source_differences(at, engine="textblob", n_perm=999, min_articles=10,
                                          clusters=t_clusters if dedupe_stories else None)
    pw = tone.pair_checks(at, pw, engine="textblob", n_perm=999, n_boot=200, min_articles=10, clusters=t_clusters,
                          dedupe_stories=dedupe_stories)
    by["n_copies"] = by["outlet"].map(tone.copies_by_outlet(at, "textblob", t_clusters)).fillna(0).astype(int)
    assert by["n_copies"].sum() == n_copies
    text = tone.tone_verdict(by, pw, n_perm=999)
    row = pw.iloc[0]
    assert row["significant"]
    if dedupe_stories:
        assert row["holds_deduplicated"] == ""
        assert "holds on narration only" in text
        said = f"tested with each syndicated story counted once ({n_copies} cop{'y' if n_copies == 1 else 'ies'} "
    else:
        said = f"({n_copies} of the compared outlets' {2 * N} articles {'is a copy' if n_copies == 1 else 'are copies'} "
    assert said in text
