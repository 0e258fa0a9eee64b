"""Notebook 03's verdict is the index's: each pair that differs says whether the other engines agree
(QA11 F11: the notebook built its verdict before the engine agreement and said it for no pair)."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import stages, tone

BAD = ["Shelling killed terrified children in a horrific massacre.", "The brutal attack destroyed the hospital.",
       "Residents mourned their dead after the deadly bombing.", "Officials condemned the awful, cruel siege."]
GOOD = ["Aid workers welcomed a wonderful, peaceful day.", "Families celebrated the happy reopening of the school.",
        "The successful talks brought great hope to the town.", "Volunteers praised the kind, generous donors."]


@settings(max_examples=3, deadline=None)
@given(n_bad=st.integers(10, 13), n_good=st.integers(10, 13), rnd=st.randoms(use_true_random=False))
def test_the_notebook_verdict_says_which_engines_agree(n_bad, n_good, rnd, tmp_path_factory):
    rows = [(f"b{i:02d}", "grim", " ".join(rnd.sample(BAD, 3))) for i in range(n_bad)]
    rows += [(f"g{i:02d}", "sunny", " ".join(rnd.sample(GOOD, 3))) for i in range(n_good)]
    arts = pd.DataFrame(rows, columns=["article_id", "outlet", "body"]).assign(published=pd.NaT, status="ok")
    out = tmp_path_factory.mktemp("tone")
    t = stages.source_tone(arts, out, tone_engine="vader")
    assert "1 pair differs after correction with every engine scored in this run (textblob, vader)" in t["verdict"]
    # the index builds its verdict from the tables written (rev11r R6: comparing the stage's verdict
    # with the stage's own call could not fail)
    by = pd.read_csv(out / stages.TONE_FILES["by_source"])
    written = tone.tone_verdict(by[by["voice"] == "all"], pd.read_csv(out / stages.TONE_FILES["pairwise"], keep_default_na=False, na_values=[""]),
                                engine_pairs=pd.read_csv(out / stages.AGREEMENT_FILE))
    assert written == t["verdict"]
