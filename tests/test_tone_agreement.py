"""How much the tone measure matters: rank agreement of outlet means between engines and the
significant outlet pairs that survive every engine, on generated article tone tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from analysis import tone
from analysis.tone import agreement as tone_agreement
from analysis.words import counted


def _table(means: dict[str, dict[str, float]], n: int = 12, sd: float = 0.05, seed: int = 0) -> pd.DataFrame:
    """Article tone rows: per outlet `n` articles around each engine's outlet mean."""
    rng = np.random.default_rng(seed)
    rows = []
    for outlet, by_engine in means.items():
        noise = rng.normal(0, sd, n)
        for i in range(n):
            row = {"article_id": f"{outlet}_{i}", "outlet": outlet, "published": None}
            row.update({tone.ENGINE_SCORE[e]: m + noise[i] for e, m in by_engine.items()})
            rows.append(row)
    return pd.DataFrame(rows)


@pytest.mark.parametrize("seed", range(5))
def test_a_monotone_rescaling_ranks_outlets_identically(seed):
    rng = np.random.default_rng(seed)
    base = rng.normal(0, 1, 6)
    at = _table({f"o{i}": {"textblob": b, "vader": np.tanh(b) * 3 - 1} for i, b in enumerate(base)}, seed=seed, sd=0.0)
    ranks = tone_agreement.rank_agreement(at)
    assert list(ranks[["engine_a", "engine_b"]].iloc[0]) == ["textblob", "vader"]
    assert ranks["spearman_rho"].iloc[0] == pytest.approx(1.0)
    assert ranks["n_outlets"].iloc[0] == 6


def test_a_reversed_ranking_gives_minus_one_and_too_few_outlets_nan():
    at = _table({f"o{i}": {"textblob": i, "hybrid": -i} for i in range(5)}, sd=0.0)
    assert tone_agreement.rank_agreement(at)["spearman_rho"].iloc[0] == pytest.approx(-1.0)
    two = _table({"a": {"textblob": 0, "hybrid": 1}, "b": {"textblob": 1, "hybrid": 0}})
    assert np.isnan(tone_agreement.rank_agreement(two)["spearman_rho"].iloc[0])


def test_only_the_difference_every_engine_finds_is_robust():
    # a vs c: clearly different with both engines; a vs b: different with textblob only
    at = _table({"a": {"textblob": 0.0, "vader": 0.0}, "b": {"textblob": 0.5, "vader": 0.0},
                 "c": {"textblob": 0.5, "vader": 0.5}}, n=15)
    pairs = tone_agreement.robust_pairs(at, n_perm=2000)
    got = {(r.outlet_a, r.outlet_b): (r.n_engines_significant, r.robust) for r in pairs.itertuples()}
    assert got[("a", "c")] == (2, True)
    assert got[("a", "b")] == (1, False)
    assert got[("b", "c")] == (1, False)
    assert pairs.iloc[0][["outlet_a", "outlet_b"]].tolist() == ["a", "c"]  # robust pairs first
    text = tone_agreement.agreement_summary(tone_agreement.rank_agreement(at), pairs, ["textblob", "vader"])
    assert "a is more negative than c with every engine" in text
    assert "depend on the choice of tone measure" in text


def test_opposite_directions_are_not_robust():
    at = _table({"a": {"textblob": 0.0, "vader": 0.5}, "b": {"textblob": 0.5, "vader": 0.0}}, n=15)
    pairs = tone_agreement.robust_pairs(at, n_perm=2000)
    assert pairs["n_engines_significant"].tolist() == [2]
    assert not pairs["robust"].any()


def test_engines_not_scored_are_skipped_and_empty_input_has_columns():
    at = _table({"a": {"textblob": 0.0}, "b": {"textblob": 1.0}})
    assert tone_agreement.scored_engines(at) == ["textblob"]
    assert tone_agreement.rank_agreement(at).empty
    empty = tone_agreement.robust_pairs(at.iloc[:0])
    assert "robust" in empty.columns and empty.empty
    assert "Only one engine" in tone_agreement.agreement_summary(tone_agreement.rank_agreement(at), empty, ["textblob"])


def test_engine_agreement_bundles_ranks_pairs_and_words():
    at = _table({"a": {"textblob": 0.0, "vader": 0.0, "model": 0.1}, "b": {"textblob": 0.5, "vader": 0.4, "model": 0.6},
                 "c": {"textblob": 0.2, "vader": 0.3, "model": 0.3}}, n=15)
    out = tone_agreement.engine_agreement(at, n_perm=2000)
    assert len(out["ranks"]) == 3  # three engines scored: three pairs
    assert out["summary"].startswith("Rank correlation of outlet means between engines")
    assert out["pairs"]["robust"].any()


@pytest.mark.parametrize("seed", range(3))
def test_agreement_counts_the_pairs_the_verdict_counts(seed):
    """The agreement table and the verdict compare the same outlets (tone.MIN_ARTICLES or more
    articles): small outlets far apart once added pairs (and Holm tests) the verdict never saw."""
    rng = np.random.default_rng(seed)
    big = {f"big{i}": {"textblob": float(m), "vader": float(m)} for i, m in enumerate(np.array([0.0, 0.03, 0.1, 0.3]) + rng.normal(0, 0.02, 4))}
    small = {f"small{i}": {"textblob": float(m), "vader": float(m)} for i, m in enumerate((-1.0, 1.0))}
    at = pd.concat([_table(big, n=tone.MIN_ARTICLES + 2, seed=seed), _table(small, n=tone.MIN_ARTICLES - 4, seed=seed + 1)],
                   ignore_index=True)
    out = tone_agreement.engine_agreement(at, n_perm=1000, seed=seed)
    assert set(out["pairs"][["outlet_a", "outlet_b"]].to_numpy().ravel()) <= set(big)
    assert out["ranks"]["n_outlets"].tolist() == [len(big)]
    by = tone.tone_by_source(at, engine="vader", n_boot=200)
    pw = tone.pairwise_source_differences(tone.compared_articles(at, tone.MIN_ARTICLES),  # as tone.tone_tables does
                                          engine="vader", n_perm=1000, seed=seed, min_articles=tone.MIN_ARTICLES)
    verdict = tone.tone_verdict(by, pw)
    n_sig = int(out["pairs"]["significant_vader"].fillna(False).astype(bool).sum())
    said = f"{counted(n_sig, 'pairs')} {'differs' if n_sig == 1 else 'differ'} after correction" if n_sig else "No pair of outlets differs"
    assert said in verdict
    assert (f"vader {n_sig}" if len(out["pairs"]) else "(none)") in out["summary"]
    assert f"with {tone.MIN_ARTICLES} or more articles" in out["summary"]


def test_rank_agreement_ranks_the_outlets_the_pairs_compare():
    """More outlets than MAX_COMPARED_OUTLETS qualify: the rank correlation is over the compared
    ones (those with most articles), as the pairwise tests and the verdict are, not over all."""
    n_out = tone.MAX_COMPARED_OUTLETS + 5
    means = {f"o{i:02d}": {"textblob": i / n_out, "vader": i / n_out} for i in range(n_out)}
    at = pd.concat([_table({o: m}, n=tone.MIN_ARTICLES + (i % 7), seed=i) for i, (o, m) in enumerate(means.items())],
                   ignore_index=True)
    means_table = tone_agreement.outlet_means(at, ["textblob", "vader"])
    assert sorted(means_table.index) == sorted(tone.compared_outlets(at, tone.MIN_ARTICLES))
    ranks = tone_agreement.rank_agreement(at)
    assert ranks["n_outlets"].tolist() == [tone.MAX_COMPARED_OUTLETS]
    # the summary must not call the capped 30 'the outlets with 10 or more articles' (35 have)
    summary = tone_agreement.agreement_summary(ranks, pd.DataFrame({"robust": []}), ["textblob", "vader"])
    assert f"the {tone.MAX_COMPARED_OUTLETS} outlets with most articles among those with {tone.MIN_ARTICLES} or more" in summary


def test_pairwise_default_threshold_is_the_reports():
    """Called without min_articles, the pairwise table compares the outlets the verdict ranks."""
    at = _table({"big_a": {"textblob": 0.0}, "big_b": {"textblob": 0.1}}, n=tone.MIN_ARTICLES)
    at = pd.concat([at, _table({"small": {"textblob": 0.5}}, n=tone.MIN_ARTICLES - 1)], ignore_index=True)
    pw = tone.pairwise_source_differences(at, n_perm=99)
    assert pw[["outlet_a", "outlet_b"]].values.tolist() == [["big_a", "big_b"]]


def test_summary_gives_one_figure_for_one_pair_of_engines_and_a_range_for_more():
    outlets = {"a": 0.0, "b": 0.5, "c": 0.2, "d": 0.9}
    two = _table({o: {"textblob": m, "vader": m + 0.01} for o, m in outlets.items()}, n=15)
    out = tone_agreement.engine_agreement(two, n_perm=200)
    first = out["summary"].splitlines()[0]
    rho = out["ranks"]["spearman_rho"].iloc[0]
    assert f"engines: {rho:.2f} (" in first and "one pair of engines" in first and " to " not in first.split("(")[0]
    three = _table({o: {"textblob": m, "vader": m + 0.01, "model": -m if o in "ab" else m} for o, m in outlets.items()}, n=15)
    first = tone_agreement.engine_agreement(three, n_perm=200)["summary"].splitlines()[0]
    assert "3 pairs of engines" in first and " to " in first.split("(")[0]


@pytest.mark.parametrize("seed", range(3))
def test_agreement_reuses_the_pairwise_tables_tests_with_the_same_p_values(seed, monkeypatch):
    """Notebook 03 runs tone_tables' pairwise tests, then engine_agreement on the same article
    tone: the comparison engine's permutation tests are run once, and every p-value equals a
    fresh computation (the memo is keyed on the exact values, n_perm, seed and pair)."""
    from analysis.tone import compare

    rng = np.random.default_rng(seed)
    at = _table({f"o{i}": {"textblob": m, "vader": -m} for i, m in enumerate(rng.normal(0, 0.1, 4))}, seed=seed)
    monkeypatch.setattr(compare, "_P_MEMO", {})
    calls = []
    fresh = compare.permutation_p
    monkeypatch.setattr(compare, "permutation_p", lambda *a: calls.append(1) or fresh(*a))
    pw = compare.pairwise_source_differences(at, engine="textblob", seed=seed, n_perm=200, max_perm=200)
    n_pairs = len(pw)
    assert n_pairs == 6 and len(calls) == n_pairs
    tone_agreement.robust_pairs(at, ["textblob", "vader"], seed=seed, n_perm=200, max_perm=200)
    assert len(calls) == 2 * n_pairs  # vader's pairs are new, textblob's were tested above
    for r in pw.itertuples(index=False):
        va = at.loc[at["outlet"] == r.outlet_a, "textblob_polarity"].to_numpy(float)
        vb = at.loc[at["outlet"] == r.outlet_b, "textblob_polarity"].to_numpy(float)
        assert r.p_perm == fresh(va, vb, 200, compare._rng(seed, f"{r.outlet_a}\x00{r.outlet_b}"))
    other = compare.pairwise_source_differences(at.assign(textblob_polarity=at["textblob_polarity"] + 0.5 * (at["outlet"] == "o0")),
                                                engine="textblob", seed=seed, n_perm=200, max_perm=200)
    assert len(calls) == 2 * n_pairs + 3  # o0's three pairs have new values: tested again, the others not
    assert other["p_perm"].notna().all()


def test_the_verdict_marks_each_pair_robust_or_engine_dependent(tmp_path):
    """The index listed 30 'pairs differ after correction' (hybrid) without saying that only 2
    hold with every engine: with the agreement table notebook 03 writes, the verdict counts the
    robust ones and marks each bullet."""
    from analysis import report, stages

    # a vs c: different with both engines; a vs b and b vs c: with textblob only
    at = _table({"a": {"textblob": 0.0, "vader": 0.0}, "b": {"textblob": 0.5, "vader": 0.0},
                 "c": {"textblob": 0.5, "vader": 0.5}, "d": {"textblob": 1.0, "vader": 1.0}}, n=15)
    agreement = stages.engine_agreement(at, tmp_path, seed=0)
    by = tone.tone_by_source(at, engine="textblob", n_boot=200)
    pw = tone.pairwise_source_differences(tone.compared_articles(at, tone.MIN_ARTICLES), engine="textblob", seed=0)
    by.to_csv(tmp_path / "tone_by_source.csv", index=False)
    pw.to_csv(tmp_path / "tone_pairwise.csv", index=False)
    robust = agreement["pairs"][agreement["pairs"]["robust"]]
    sig = pw[pw["p_holm"] < 0.05]
    assert 0 < len(robust) < len(sig)
    page = report.tone_section(by, pw, report.read_table(tmp_path / stages.AGREEMENT_FILE))
    assert f"{len(sig)} pairs differ after correction; {len(robust)} of them with every engine scored in this run (textblob, vader)" in page
    assert page.count(tone.ROBUST_MARK) == len(robust)
    # QA10 F6: an engine-dependent pair says which other engines agree ("textblob only": none)
    assert page.count("Engine-dependent: textblob only.") == len(sig) - len(robust)
    bullets = {li.split(" (")[0]: li for li in page.split("<li>")[1:]}
    assert "Robust" in bullets["a is more negative than c"] and "Engine-dependent" in bullets["a is more negative than b"]
    assert "Robust" not in report.tone_section(by, pw)  # no agreement table (older run): as before


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(sorted(tone.ENGINES)), st.lists(st.sampled_from(sorted(tone.ENGINES)), max_size=4, unique=True))
def test_the_index_quotes_how_far_each_scored_engine_agrees_with_readers(engine, others):
    """QA5 B7: the index's tone finding on a textblob run did not say how weak textblob is
    against human readers, nor which engine to use instead."""
    from analysis import report

    scored = list(dict.fromkeys([*tone.DEFAULT_ENGINES, engine, *others]))
    by = pd.DataFrame({"outlet": ["a", "b"], "n_articles": [3, 3], "mean": [0.0, 0.1], "ci_low": [0.0, 0.0],
                       "ci_high": [0.1, 0.2], "engine": engine})
    pw = pd.DataFrame(columns=tone.PAIRWISE_COLUMNS)
    pairs = pd.DataFrame(columns=["outlet_a", "outlet_b", "robust"] + [f"significant_{e}" for e in scored])
    page = " ".join(report.tone_section(by, pw, pairs).split())
    acc = tone.engine_accuracy().set_index("engine")  # notebook 03's table: the one home of the figures
    for e in scored:
        assert f"{e} r = {acc.loc[e, 'nyt_pearson_r']:.2f}, macro-F1 = {acc.loc[e, 'newsmtsc_devtest_macro_f1']:.2f}" in page, (e, page)
    for e in set(tone.ENGINES) - set(scored) - {tone.BEST_ENGINE}:
        assert f"{e} r =" not in page
    best = acc["nyt_pearson_r"].idxmax()
    assert best == tone.BEST_ENGINE
    if engine != best:
        assert f"{best} agrees best" in page and f"--tone-engine {best}" in page
    else:
        assert f"This comparison uses {best}" in page


def test_when_no_pair_holds_with_every_engine_the_verdict_says_so_once(tmp_path):
    """FA-KES on hybrid: '24 pairs differ after correction; 0 of them with every engine ...', then
    'Engine-dependent.' after each of the 24 bullets. Said once, in the lead line."""
    from analysis import report, stages

    # textblob tells the outlets apart, vader scores them all alike: no pair holds with both
    at = _table({"a": {"textblob": 0.0, "vader": 0.0}, "b": {"textblob": 0.5, "vader": 0.0},
                 "c": {"textblob": 1.0, "vader": 0.0}}, n=15)
    agreement = stages.engine_agreement(at, tmp_path, seed=0)
    by = tone.tone_by_source(at, engine="textblob", n_boot=200)
    pw = tone.pairwise_source_differences(tone.compared_articles(at, tone.MIN_ARTICLES), engine="textblob", seed=0)
    sig = pw[pw["p_holm"] < 0.05]
    assert len(sig) >= 2 and not agreement["pairs"]["robust"].any()
    page = report.tone_section(by, pw, agreement["pairs"])
    assert "after correction with textblob only, not with every engine scored in this run (textblob, vader)" in page
    assert "0 of them" not in page and page.count("Engine-dependent") == 0 and tone.ROBUST_MARK not in page
    assert "; none with every engine in the same direction." in agreement["summary"], agreement["summary"]


def test_when_a_second_engine_confirms_some_pairs_the_verdict_does_not_say_only(tmp_path):
    """FA-KES on hybrid: '23 pairs differ after correction with hybrid only, not with every engine
    scored in this run (textblob, vader, hybrid)' while vader confirmed 20 of the 23. The lead line
    counts, for each other engine, the pairs it also finds in the same direction."""
    from analysis import report, stages

    # hybrid tells all four apart, vader only {a, b} from {c, d}, textblob none: no pair holds with all three
    at = _table({"a": {"textblob": 0.0, "vader": 0.0, "hybrid": 0.0}, "b": {"textblob": 0.0, "vader": 0.0, "hybrid": 0.5},
                 "c": {"textblob": 0.0, "vader": 1.0, "hybrid": 1.0}, "d": {"textblob": 0.0, "vader": 1.0, "hybrid": 1.5}}, n=15)
    pairs = stages.engine_agreement(at, tmp_path, seed=0)["pairs"]
    by = tone.tone_by_source(at, engine="hybrid", n_boot=200)
    pw = tone.pairwise_source_differences(tone.compared_articles(at, tone.MIN_ARTICLES), engine="hybrid", seed=0)
    sig = pw[pw["p_holm"] < 0.05].merge(pairs, on=["outlet_a", "outlet_b"], how="left")
    n_vader = int((sig["significant_vader"].fillna(False).astype(bool)
                   & (sig["difference_vader"].gt(0) == sig["difference"].gt(0))).sum())
    assert 0 < n_vader < len(sig) and not sig["significant_textblob"].fillna(False).astype(bool).any()
    assert not pairs["robust"].any()
    page = " ".join(report.tone_section(by, pw, pairs).split())
    engines = ", ".join(tone.engines_compared(pairs))
    total_vader = int(pairs["significant_vader"].fillna(False).astype(bool).sum())
    # note 6: the verdict's confirmation count and the index's engine line were two sentences on
    # the other engines; one sentence now gives each engine's own count and its share of these
    assert (f"{len(sig)} pairs differ after correction with hybrid; of the other engines scored in this run, "
            f"vader finds {total_vader} pairs ({n_vader} of them among these {len(sig)}), textblob none. No pair differs with every "
            f"engine scored in this run ({engines}) in the same direction. The {len(sig)} pairs hybrid finds:") in page, page
    assert "none with every engine" not in page  # QA8 12: 'none ...:' then a list read as the pairs every engine finds
    assert "with hybrid only" not in page and "Engine-dependent" not in page
    assert "This verdict is" not in page and page.count("other engines") == 1, page
    # QA10 F6: each bullet says whether vader agrees (README: quote only pairs both find)
    html_page = report.tone_section(by, pw, pairs)
    bullets = [" ".join(li.split("</li>")[0].split()) for li in html_page.split("<li>")[1:]]
    agrees = (sig["significant_vader"].fillna(False).astype(bool) & (sig["difference_vader"].gt(0) == sig["difference"].gt(0)))
    assert len(bullets) == len(sig)
    for bullet, (r, vader) in zip(bullets, zip(sig.itertuples(index=False), agrees)):
        assert {r.outlet_a, r.outlet_b} <= set(bullet.replace(" is more negative than ", " ").split(" (")[0].split()), bullet
        assert bullet.endswith("; vader agrees." if vader else "; hybrid only."), bullet
    assert sum(b.endswith("; vader agrees.") for b in bullets) == n_vader


@settings(max_examples=40)
@given(st.lists(st.sampled_from([-0.5, -0.1, 0.0, 0.1, 0.25, 0.5]), min_size=1, max_size=40),
       st.lists(st.sampled_from([-0.5, -0.1, 0.0, 0.1, 0.25, 0.5]), min_size=1, max_size=40),
       st.integers(1, 300), st.integers(8, 4000), st.integers(0, 2 ** 32 - 1))
def test_blocked_permutation_p_equals_one_array_of_all_permutations(a, b, n_perm, block_bytes, seed):
    """permutation_p shuffles blocks of rows (PERMUTATION_BLOCK_BYTES) to stay in cache; each block
    draws from the same generator in row order, so every p equals the one-array test's, block size
    or not (values from a few levels make ties with the observed difference)."""
    from analysis.tone import compare

    a, b = np.array(a), np.array(b)
    pooled = np.concatenate([a, b])
    perms = np.random.default_rng(seed).permuted(np.broadcast_to(pooled, (n_perm, len(pooled))), axis=1)
    diffs = np.abs(perms[:, : len(a)].mean(axis=1) - perms[:, len(a):].mean(axis=1))
    whole = float((np.sum(diffs >= abs(a.mean() - b.mean()) - 1e-12) + 1) / (n_perm + 1))
    old = compare.PERMUTATION_BLOCK_BYTES
    try:
        compare.PERMUTATION_BLOCK_BYTES = block_bytes
        assert compare.permutation_p(a, b, n_perm, np.random.default_rng(seed)) == whole
    finally:
        compare.PERMUTATION_BLOCK_BYTES = old


def test_the_index_line_on_disagreeing_engines_asks_the_verdict_whether_it_named_them(monkeypatch):
    """Review 8: report.engines_disagree_line recomputed the engines' counts and the all-equal test
    that tone.verdict.found_by_others owns; the line must appear exactly when the verdict names
    other engines, so it asks found_by_others."""
    import pandas as pd

    from analysis.report import engines_disagree_line
    from analysis.tone import verdict

    pairs = pd.DataFrame({"outlet_a": ["A", "A"], "outlet_b": ["B", "C"], "difference_textblob": [0.1, 0.1],
                          "significant_textblob": [False, False], "difference_vader": [0.2, 0.2],
                          "significant_vader": [True, True], "n_engines_significant": [1, 1], "robust": [False, False]})
    assert verdict.found_by_others(pairs, "textblob") and engines_disagree_line("textblob", pairs)
    monkeypatch.setattr(verdict, "found_by_others", lambda *a, **k: {})
    assert engines_disagree_line("textblob", pairs) == ""


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(10, 40), min_size=2, max_size=6), st.integers(0, 2 ** 32 - 1), st.integers(1, 300))
def test_pairwise_tests_on_threads_give_the_p_values_of_one_loop(sizes, seed, n_perm):
    """The permutation tests of notebook 03 run on backend.thread_map's threads (numpy's
    shuffles release the GIL): each pair's p equals a fresh one-thread computation with the
    pair's own generator, whatever thread ran it and in whatever order the threads finished.
    Two cores are claimed whatever the runner has (rev9r 11: on a one-core runner thread_map
    takes its loop and the test compared the loop with itself)."""
    from analysis import backend
    from analysis.tone import compare

    real_cores, backend._usable_cores = backend._usable_cores, lambda: 2  # given() forbids monkeypatch

    rng = np.random.default_rng(seed)
    at = pd.concat([pd.DataFrame({"article_id": [f"o{i}_{j}" for j in range(n)], "outlet": f"o{i}", "published": None,
                                  "textblob_polarity": rng.choice([-0.5, -0.1, 0.0, 0.1, 0.5], n)})
                    for i, n in enumerate(sizes)], ignore_index=True)
    old = dict(compare._P_MEMO)
    compare._P_MEMO.clear()
    try:
        pw = compare.pairwise_source_differences(at, engine="textblob", seed=seed, n_perm=n_perm, max_perm=n_perm)
    finally:
        compare._P_MEMO.clear()
        compare._P_MEMO.update(old)
        backend._usable_cores = real_cores
    assert len(pw) == len(sizes) * (len(sizes) - 1) // 2
    for r in pw.itertuples(index=False):
        va = at.loc[at["outlet"] == r.outlet_a, "textblob_polarity"].to_numpy(float)
        vb = at.loc[at["outlet"] == r.outlet_b, "textblob_polarity"].to_numpy(float)
        assert r.p_perm == compare.permutation_p(va, vb, n_perm, compare._rng(seed, f"{r.outlet_a}\x00{r.outlet_b}"))


def test_pairwise_tests_share_the_cores_on_threads(monkeypatch):
    """At 10,000 articles the permutation tests were 17 CPU s on one core while the second idled:
    with two usable cores they run on two threads at once (each waits at a barrier that only two
    tests running together pass), and with one core on this thread alone."""
    import threading

    from analysis import backend
    from analysis.tone import compare

    at = _table({f"o{i}": {"textblob": 0.1 * i} for i in range(4)})
    fresh = compare.permutation_p
    barrier = threading.Barrier(2, timeout=5)
    threads = set()

    def together(*args):
        threads.add(threading.get_ident())
        barrier.wait()
        return fresh(*args)

    monkeypatch.setattr(compare, "_P_MEMO", {})
    monkeypatch.setattr(compare, "permutation_p", together)
    monkeypatch.setattr(backend, "_usable_cores", lambda: 2)
    compare.pairwise_source_differences(at, engine="textblob", n_perm=200, max_perm=200)  # 6 pairs: three rounds of two
    assert len(threads) == 2 and threading.get_ident() not in threads

    threads.clear()
    monkeypatch.setattr(compare, "_P_MEMO", {})
    monkeypatch.setattr(compare, "permutation_p", lambda *a: threads.add(threading.get_ident()) or fresh(*a))
    monkeypatch.setattr(backend, "_usable_cores", lambda: 1)
    compare.pairwise_source_differences(at, engine="textblob", n_perm=200, max_perm=200)
    assert threads == {threading.get_ident()}


@pytest.mark.parametrize("engine", ["textblob", "vader", "hybrid"])
@pytest.mark.parametrize("seed", range(2))
def test_no_pair_with_a_weaker_engine_says_to_run_the_best_one(engine, seed):
    """QA10 F19: the default run's index opened its tone finding with textblob's "no pair of
    outlets differs", which a journalist took as the finding while hybrid found 23 pairs. With
    any engine but the best, "no pair" says to run the best one before concluding."""
    means = {f"o{i}": {engine: 0.0} for i in range(3)}  # outlets alike: nothing differs
    at = _table(means, n=tone.MIN_ARTICLES + 3, seed=seed)
    by = tone.tone_by_source(at, engine=engine, n_boot=100)
    pw = tone.pairwise_source_differences(tone.compared_articles(at, tone.MIN_ARTICLES), engine=engine, n_perm=200,
                                          seed=seed, min_articles=tone.MIN_ARTICLES)
    verdict = tone.tone_verdict(by, pw)
    assert "No pair of outlets differs" in verdict
    assert (f"--tone-engine {tone.BEST_ENGINE}" in verdict) == (engine != tone.BEST_ENGINE), verdict
