"""Publication dates: seed articles (expectations from reading the files), war-age intervals,
widgets vs. real dates, warnings and edge cases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from analysis import dates
from analysis.text.casefold import lowered

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
TODAY = date(2026, 1, 1)  # fixed so the future-date checks do not depend on when tests run


def _seed(prefix: str) -> str:
    (path,) = RAW.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


# --- bundled articles -------------------------------------------------------------------


@pytest.mark.parametrize(
    "prefix, expected",
    [
        ("002", date(2017, 1, 24)),  # "Kazakhstan|politics|January 24, 2017 / 02:14 PM"
        ("003", date(2017, 1, 23)),  # widget "Sunday, October 24, 2021"; talks held January 23, 2017
        ("004", date(2017, 11, 22)),  # "November 22, 2017 | By | Reply More"
    ],
)
def test_seed_dates_from_text(prefix, expected):
    r = dates.publication_date(_seed(prefix), today=TODAY)
    assert r.published == expected
    assert r.date_source == "text"
    text = _seed(prefix)
    assert dates.date_in_line(text[r.start:r.end]) == expected  # the span is the date itself
    assert r.date_low <= expected <= r.date_high


def test_widget_date_is_not_publication_date():
    r = dates.publication_date(_seed("003"), today=TODAY)
    assert r.published != date(2021, 10, 24)
    assert "Sunday, October 24, 2021" not in (r.evidence or "")


@pytest.mark.parametrize(
    "prefix, sidecar, phrase",
    [("000", date(2014, 11, 28), "nearly four-year war"), ("001", date(2016, 10, 12), "five-year conflict")],
)
def test_seeds_without_text_date_get_interval(prefix, sidecar, phrase):
    r = dates.publication_date(_seed(prefix), today=TODAY)
    assert r.published is None
    assert r.date_source == "inferred"
    assert r.date_low <= sidecar <= r.date_high
    assert phrase in r.interval_evidence
    assert r.best_guess is not None and r.date_low <= r.best_guess <= r.date_high


@pytest.mark.parametrize("prefix, sidecar", [("000", "2014-11-28"), ("001", "2016-10-12")])
def test_sidecar_metadata_wins(prefix, sidecar):
    r = dates.publication_date(_seed(prefix), metadata_date=sidecar, today=TODAY)
    assert r.published == date.fromisoformat(sidecar)
    assert r.date_source == "metadata"
    assert r.warnings == ()


# --- war-age intervals ------------------------------------------------------------------

START = dates.CONFLICT_START


@pytest.mark.parametrize(
    "phrase, inside, outside",
    [
        ("the nearly four-year war", [date(2014, 11, 28)], [date(2013, 1, 1), date(2015, 9, 1)]),
        ("the five-year conflict", [date(2016, 10, 12), date(2015, 6, 1)], [date(2014, 1, 1), date(2017, 6, 1)]),
        # said in January 2017, 5.86 years in: plain N covers N-1..N+1
        ("Syria's six-year civil war", [date(2017, 1, 24), date(2017, 11, 22)], [date(2015, 6, 1), date(2018, 6, 1)]),
        ("more than six years of war", [date(2017, 6, 1)], [date(2016, 12, 1), date(2018, 6, 1)]),
        ("the war, now in its seventh year", [date(2017, 10, 1)], [date(2016, 12, 1), date(2018, 6, 1)]),
        ("the 30-month war", [date(2013, 9, 15)], [date(2013, 1, 1), date(2014, 3, 1)]),
    ],
)
def test_war_age_interval(phrase, inside, outside):
    low, high, evidence = dates.war_age_interval(f"Talks in Syria aimed to end {phrase}, officials said.")
    assert evidence
    for d in inside:
        assert low <= d <= high, (phrase, d, low, high)
    for d in outside:
        assert not (low <= d <= high), (phrase, d, low, high)


def test_since_the_conflict_began_gives_lower_bound_only():
    low, high, evidence = dates.war_age_interval("the first talks in Syria since the conflict began in 2011.")
    assert low == START and high is None and "2011" in evidence


def test_conflict_start_is_a_parameter():
    low, high, _ = dates.war_age_interval("the two-year war in Syria", conflict_start=date(2020, 1, 1))
    assert abs((low - date(2021, 1, 1)).days) <= 1 and abs((high - date(2023, 1, 1)).days) <= 1


def test_no_war_age_phrase():
    assert dates.war_age_interval("A quiet day in the market; a four-year plan was announced.") == (None, None, None)


def test_date_contradicting_war_age_is_flagged():
    text = "March 3, 2012\nTalks to end the six-year war in Syria resumed on Monday in Geneva."
    r = dates.publication_date(text, today=TODAY)
    assert r.published == date(2012, 3, 3)  # the only date stated; kept, but flagged
    assert any("outside the interval" in w for w in r.warnings)


def test_war_age_chooses_among_candidates():
    text = ("Report\nPosted June 2, 2012\nUpdated on June 2, 2012\n"
            "The five-year conflict in Syria has killed many. Reporters recalled June 1, 2016 in Aleppo, when talks began.")
    r = dates.publication_date(text, today=TODAY)
    assert r.published == date(2016, 6, 1)


# --- formats and placement --------------------------------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        ("January 24, 2017 / 02:14 PM", date(2017, 1, 24)),
        ("Wed 05 Apr 2017 Syria attack", date(2017, 4, 5)),
        ("Last updated at Apr 152017 A suicide", date(2017, 4, 15)),
        ("Published 2016-08-15T10:00:00Z", date(2016, 8, 15)),
        ("Posted 12th February 2025", date(2025, 2, 12)),
        ("20.07.2016Get short URL", date(2016, 7, 20)),
        ("09-07-2016 Syria Terrorists", date(2016, 7, 9)),  # dashes: day first
        ("4/5/2017", date(2017, 4, 5)),  # slashes: US month first
        ("25/12/2016", date(2016, 12, 25)),  # unambiguous day first
        ("Thursday Oct. 27 2016 (Photo AP)", date(2016, 10, 27)),
        ("Updated: December 04, 2025", date(2025, 12, 4)),
        ("no date here, just 2016 and 12/2016", None),
        ("31/02/2016", None),  # not a real day
    ],
)
def test_date_in_line(line, expected):
    assert dates.date_in_line(line) == expected


def test_slash_order_follows_unambiguous_dates_in_same_text():
    cands = dates.date_candidates("Posted 25/12/2016. Updated 04/01/2017.")
    assert [c.value for c in cands] == [date(2016, 12, 25), date(2017, 1, 4)]


def test_byline_date_beats_prose_date():
    text = ("Ceasefire holds in north\nBy Jane Doe\nMarch 2, 2016\n\n"
            "The truce agreed on February 27, 2016 held for a fourth day across the country, monitors said.")
    r = dates.publication_date(text, today=TODAY)
    assert r.published == date(2016, 3, 2)
    assert text[r.start:r.end] == "March 2, 2016"


def test_published_preferred_over_updated():
    text = "Title here\nUpdated: May 3, 2016\nPublished: May 1, 2016\nBody text of the story goes on and on here."
    assert dates.publication_date(text, today=TODAY).published == date(2016, 5, 1)


def test_future_date_is_suspect():
    text = "Headline\nMarch 1, 2016\nThe vote, set for June 3, 2030, was delayed again, the ministry said."
    r = dates.publication_date(text, today=TODAY)
    assert r.published == date(2016, 3, 1)
    only_future = dates.publication_date("Headline\nJune 3, 2030\nA story.", today=TODAY)
    assert any("future" in w for w in only_future.warnings)


def test_pre_conflict_date_warns():
    r = dates.publication_date("Headline\nJune 3, 2009\nA story.", today=TODAY)
    assert r.published == date(2009, 6, 3)
    assert any("before the conflict" in w for w in r.warnings)


def test_widget_date_without_war_age_evidence():
    """The weekday widget is recognised from its shape and age alone, not only via the war-age interval."""
    text = _seed("003").replace("nearly six-year conflict", "conflict")
    assert dates.war_age_interval(text)[1] is None  # no upper bound left
    assert dates.publication_date(text, today=TODAY).published == date(2017, 1, 23)


def test_comment_dates_are_not_the_article_date():
    text = ("Great recipe\nBy Ann Lee\nJune 9, 2020\nMix the flour with water and bake it for an hour.\n"
            "Comments\n1. Lori says\nMarch 6, 2023 at 8:55 am\nThis looks good!\nReply")
    r = dates.publication_date(text, today=TODAY)
    assert r.published == date(2020, 6, 9)


def test_originally_published_wins_over_repost_date():
    text = ("Tiny homes\n30 Sep 2022, 11:07am\nSome text about tiny homes that goes on for a while.\n"
            "This article was originally published on 26 Sep 2019 at 4:12pm but has been updated.")
    assert dates.publication_date(text, today=TODAY).published == date(2019, 9, 26)


def test_date_range_is_an_event_not_a_publication():
    text = "Events\nOctober 13, 2025\nBiggest events\nDate: 16-19 March 2026\nLocation: San Jose"
    assert dates.publication_date(text, today=TODAY).published == date(2025, 10, 13)


# --- HTML -------------------------------------------------------------------------------


def test_html_to_lines_keeps_header_dates():
    html = ("<html><head><style>p{}</style><script>var d='January 1, 2001';</script></head><body>"
            "<header><nav>Home</nav></header><h1>Talks end</h1><div class='meta'>By Jane Doe &amp; "
            "co | <time>March 2, 2016</time></div><p>Talks ended on Monday.</p></body></html>")
    lines = dates.html_to_lines(html).split("\n")
    assert lines == ["Home", "Talks end", "By Jane Doe & co |", "March 2, 2016", "Talks ended on Monday."]


def test_html_byline_date_beats_markup_date_written_nowhere():
    html = ('<html><head><meta property="article:published_time" content="2016-05-04T10:00:00Z"></head>'
            "<body><h1>Talks end</h1><p class='byline'>By Jane Doe</p><p>March 2, 2016</p>"
            "<article><p>Talks ended on Monday without a deal, officials said in the capital.</p></article>"
            "</body></html>")
    r = dates.publication_date("Talks ended on Monday without a deal, officials said in the capital.",
                               html=html, today=TODAY)
    assert r.published == date(2016, 3, 2)
    assert r.evidence == "page text: March 2, 2016"


def test_war_age_in_an_article_not_about_the_conflict_gives_no_interval():
    html = ('<html><head><meta property="article:published_time" content="2019-09-16T10:00:00Z"></head>'
            "<body><article><p>Veterans of the 5-year war met again, the mayor said.</p></article></body></html>")
    r = dates.publication_date("Veterans of the 5-year war met again, the mayor said.", html=html, today=TODAY)
    assert r.published == date(2019, 9, 16)
    assert r.date_low is None and r.warnings == ()  # the text never names Syria: another war (issue 14)


# --- metadata and bad input -------------------------------------------------------------


def test_metadata_takes_precedence_over_text():
    r = dates.publication_date("Headline\nJanuary 24, 2017\nStory.", metadata_date="2017-01-25", today=TODAY)
    assert (r.published, r.date_source, r.evidence) == (date(2017, 1, 25), "metadata", "metadata")


def test_bad_metadata_date_warns_and_falls_back_to_text():
    r = dates.publication_date("Headline\nJanuary 24, 2017\nStory.", metadata_date="sometime soon", today=TODAY)
    assert r.published == date(2017, 1, 24) and r.date_source == "text"
    assert any("could not be read" in w for w in r.warnings)


@pytest.mark.parametrize("missing", [None, float("nan"), ""])
def test_missing_metadata_is_not_a_warning(missing):
    r = dates.publication_date("Headline\nJanuary 24, 2017\nStory.", metadata_date=missing, today=TODAY)
    assert r.published == date(2017, 1, 24) and r.warnings == ()


def test_html_date_used_when_given():  # trafilatura's metadata date, as clean/html.py passes it
    r = dates.publication_date("Story body without dates.", html_date="2016-05-04", today=TODAY)
    assert r.published == date(2016, 5, 4) and r.date_source == "text"


def test_html_markup_date_read_by_htmldate():
    html = ('<html><head><meta property="article:published_time" content="2016-05-04T10:00:00Z"></head>'
            "<body><article><p>Story body without dates.</p></article></body></html>")
    r = dates.publication_date("Story body without dates.", html=html, today=TODAY)
    assert r.published == date(2016, 5, 4)


@pytest.mark.parametrize("text", ["", None, "   \n\n "])
def test_empty_text(text):
    r = dates.publication_date(text, today=TODAY)
    assert (r.published, r.date_source, r.date_low, r.date_high) == (None, "none", None, None)


def test_deterministic():
    text = _seed("003")
    assert dates.publication_date(text, today=TODAY) == dates.publication_date(text, today=TODAY)


@pytest.mark.corpus
def test_fakes_regression(fakes):
    """Loose floor on FA-KES dev (benchmark: benchmarks/bench_dates.py)."""
    df = fakes
    ok = 0
    for text, raw in zip(df["article_content"].fillna(""), df["date"]):
        m, d, y = (int(x) for x in raw.split("/"))
        got = dates.publication_date(text).published
        ok += got is not None and abs((got - date(2000 + y, m, d)).days) <= 3
    assert ok / len(df) >= 0.70


# --- fast paths equal their definitions ----------------------------------------------------
# Speed-ups must not move a single date: each cheap test is checked against the regex it
# stands for, on strings built from pieces at the edges (IGNORECASE's non-ASCII partners ſ ı İ
# and the Kelvin sign, characters whose lowercase is longer, digits next to separators).

_PIECES = [
    "year", "YEAR", "Month", "months", "anniversary", "ANNİVERSARY", "annıversary", "ſince", "since", "Since",
    "war", "WAR", "conflict", "crisis", "the", " ", "\n", "-", "/", ".", "1", "2", "19", "2011", "2017", "12/3/16",
    "4/05/2016", "0", "9", "É", "İ", "ı", "ſ", "\u212a", "ß", "’", "a", "x",
]


def _fuzz_strings(n: int = 4000, seed: int = 0) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def test_year_trigger_finds_the_spans_of_its_definition():
    import re

    definition = re.compile(r"[12]\d{3}|\d/\d\d?/\d\d")
    for s in _fuzz_strings() + [_seed(p) for p in ("000", "001", "002", "003", "004")]:
        assert [m.span() for m in dates._YEAR_TRIGGER.finditer(s)] == [m.span() for m in definition.finditer(s)]


def test_war_age_key_test_equals_the_key_regexes():
    for s in _fuzz_strings():
        holds = dates._key_test(lowered(s))
        for k, key in enumerate(dates._WAR_AGE_KEYS):
            for lo, hi in [(0, len(s)), (3, len(s) - 2), (len(s) // 3, len(s) // 2)]:
                assert holds(k, lo, hi) == (key.search(s, lo, hi) is not None), (repr(s), k, lo, hi)


def _windows_by_definition(text, trigger, before, after):
    spans = []
    for m in trigger.finditer(text):
        lo, hi = max(0, m.start() - before), min(len(text), m.end() + after)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return spans


def test_windows_merge_like_their_definition():
    for s in _fuzz_strings():
        for trigger, before, after in [(dates._YEAR_TRIGGER, 48, 6), (dates._WAR_TRIGGER, 120, 120),
                                       (dates._WAR_TRIGGER, 3, 0), (dates._YEAR_TRIGGER, 0, 2)]:
            low = s.lower()
            assert dates._windows(low, trigger, before, after) == _windows_by_definition(low, trigger, before, after)


def test_candidate_scoring_helpers_equal_their_regexes():
    import random

    rng = random.Random(1)
    pieces = ["said", "SAYS", "ſays", "wrote", "Commented", "commented", ":", " ", "  ", "\t", "x", "unsaid", "(c)",
              "(C)", "©", "copyright", "CopyRİght", "all rights reserved", "ALL RIGHTS", "all", "r", "ı", "K", "é", ".",
              "-", "2017", "by"]
    strings = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    for s in strings:
        assert dates._has_copyright_mark(s) == bool(dates.COPYRIGHT_MARK_RE.search(s)), repr(s)
        assert dates._ends_with_comment_verb(s) == bool(dates.COMMENT_BEFORE_RE.search(s)), repr(s)
        n = len(dates._WORD.findall(s))
        for limit in (0, 1, 5, 6, 9):
            assert dates._count_words(s, limit) == min(n, limit)


_DATE_PHRASES = [
    "the nearly four-year war", "Syria's six-year-old civil war", "an 18-month conflict", "more than six years of war",
    "five years into the war", "the conflict, which has lasted five years", "since the war began six years ago",
    "now in its seventh year", "entered its sixth year", "the fifth anniversary of the uprising",
    "since the conflict began in 2011", "since the war erupted in March 2011", "two and a half year war",
    "4 1/2 years of crisis", "Wednesday, January 23, 2017", "Jan 23 2017", "Apr 152017", "Wed 05 Apr 2017",
    "12th February 2025", "5 October, 2016", "may 5 2017", "Sept. 9, 2015",
]


def _mutated_phrases(n: int, seed: int) -> list[str]:
    """Date and war-age phrases with random case, spacing and stray characters, so both
    pattern sets match, half match or fail in many ways."""
    import random

    rng = random.Random(seed)
    stray = [" ", "  ", "-", ",", ".", "É", "é", "’", "½", "\n", "x", "Q", "9", "the "]
    out = []
    for _ in range(n):
        s = list(" ".join(rng.sample(_DATE_PHRASES, rng.randint(1, 3))))
        for _ in range(rng.randint(0, 4)):
            i = rng.randrange(len(s))
            op = rng.random()
            if op < 0.5:
                s[i] = s[i].upper()
            elif op < 0.8:
                s.insert(i, rng.choice(stray))
            else:
                del s[i]
        out.append("".join(s))
    return out


def test_lowercase_twins_match_like_the_ignorecase_patterns():
    pairs = [(p, t) for (_, p), (_, t) in zip(dates.WAR_AGE_PATTERNS, dates._WAR_AGE_LOWER)]
    pairs += list(zip(dates.TEXT_DATE_PATTERNS, dates._TEXT_DATE_LOWER))
    matched = 0
    for s in _mutated_phrases(3000, seed=2) + ["İn its sıxth year, ſince the war began in March 2011"]:
        low = lowered(s)
        for pattern, twin in pairs:
            got = [(m.span(), {k: v and v.lower() for k, v in m.groupdict().items()}) for m in twin.finditer(low)]
            want = [(m.span(), {k: v and lowered(v) for k, v in m.groupdict().items()}) for m in pattern.finditer(s)]
            assert got == want, (repr(s), pattern.pattern[:40])
            matched += len(want)
    assert matched > 3000  # the phrases do exercise the patterns
