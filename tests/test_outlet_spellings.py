"""One outlet spelled several ways (case, spacing, "www.", ".com") is one outlet, with a note that
lists the names merged (QA11 F19); distinct outlets stay apart; `outlet_spellings=keep` keeps them."""

from __future__ import annotations

import csv

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.articles import build_articles
from analysis.outlet_names import merged_spellings, outlet_key

_NAMES = st.sampled_from(["Reuters", "Al Jazeera", "Middle East Eye", "Sana", "The Guardian", "Asharq Al-Awsat"])


def _spellings(name: str):
    host = name.replace(" ", "").lower()
    return st.sampled_from([name, name.lower(), name.upper(), f" {name}  ", name.replace(" ", "  "),
                            f"{host}.com", f"www.{host}.com", f"https://www.{host}.com/", f"{host}.co.uk",
                            f"WWW.{host.upper()}.COM"])


@st.composite
def _corpus(draw):
    """Rows of an export whose outlet column spells each of a few outlets several ways."""
    names = draw(st.lists(_NAMES, min_size=1, max_size=3, unique=True))
    rows = []
    for name in names:
        spelled = draw(st.lists(_spellings(name), min_size=2, max_size=6))
        rows += [(name, s) for s in spelled]
    return draw(st.permutations(rows))


_TEXT = ("Shelling of a market in Aleppo killed at least {n} civilians on Monday, a monitoring group said. "
         "Rescue workers searched the rubble of the buildings hit in the attack for survivors.")


@settings(max_examples=25, deadline=None)
@given(_corpus())
def test_spellings_of_one_outlet_are_one_outlet_with_a_note(tmp_path_factory, rows):
    raw = tmp_path_factory.mktemp("raw")
    with open(raw / "export.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "title", "text", "source", "date"])
        for k, (_, spelled) in enumerate(rows):
            w.writerow([k, f"Market shelling {k}", _TEXT.format(n=k + 2), spelled, "2016-03-0%d" % (k % 9 + 1)])
    articles, _, notes = build_articles(raw, progress=False)
    got = articles["outlet"].tolist()
    by_id = dict(zip(articles["record_id"].astype(str), articles["outlet"]))
    true = {str(k): name for k, (name, _) in enumerate(rows)}
    # each true outlet is exactly one name in the table, and two true outlets never share one
    names_of = {}
    for k, name in true.items():
        names_of.setdefault(name, set()).add(by_id[k])
    assert all(len(v) == 1 for v in names_of.values())
    assert len({next(iter(v)) for v in names_of.values()}) == len(names_of)
    # the name kept is a spelling given, and not an address when a plain spelling was given
    for name, (kept,) in ((n, tuple(v)) for n, v in names_of.items()):
        given_ = {s.strip() for t, s in rows if t == name}
        assert kept in given_
        if any(outlet_key(s) == s.casefold().replace(" ", "") and "." not in s for s in given_):
            assert "." not in kept
    merged = [n for n in notes if n.startswith("outlet names that differ only by case")]
    spelled_apart = {s.strip() for _, s in rows} - set(got)
    if spelled_apart:
        (note,) = merged
        for s in spelled_apart:
            assert repr(s) in note
    else:
        assert not merged
    kept_apart, _, _ = build_articles(raw, progress=False, columns="outlet_spellings=keep")
    assert set(kept_apart["outlet"]) == {s.strip() for _, s in rows}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Reuters", "REUTERS", "reuters.com", "www.reuters.com", "Reuters Health", "AP",
                                 "ap.org", "AFP", "Al-Monitor", "almonitor.com", "bbc.co.uk", "BBC", None]),
                min_size=0, max_size=30))
def test_the_merge_depends_on_the_names_and_counts_not_their_order(names):
    a = merged_spellings(names)
    assert a == merged_spellings(list(reversed(names))) == merged_spellings(sorted(names, key=str))
    assert "Reuters Health" not in a and "AFP" not in a and "Al-Monitor" not in a  # other names stay apart
    assert all(outlet_key(k) == outlet_key(v) for k, v in a.items())
