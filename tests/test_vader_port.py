"""analysis.tone.vader_port must give exactly (==) what vaderSentiment's analyzer gives.

Every expected value here is the installed library's own result on the same text, so a test
fails as soon as the port departs from the library on any branch.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SPECIAL_CASES, SentimentIntensityAnalyzer

from analysis import tone
from analysis.text import split_sentences
from analysis.tone.vader_port import polarity_scores

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


@pytest.fixture(scope="module")
def library():
    return SentimentIntensityAnalyzer().polarity_scores


def assert_same(library, texts):
    pairs = ((t, library(t), polarity_scores(t)) for t in texts)
    bad = [(t, want, got) for t, want, got in pairs if want != got]
    assert not bad, f"{len(bad)} of {len(texts)} differ, e.g. {bad[:3]}"


CRAFTED = [
    # negations, one to three words before the lexicon word, and "n't" contractions
    "not good", "This is not good.", "It isn't bad at all", "It is not very good",
    "never so good", "Sentiment analysis has never been this good!", "never this good",
    "it was never that so good", "Without doubt, a great idea.", "Without a doubt, excellent idea.",
    "without any doubt brilliant", "without doubt great", "so without doubt, brilliant",
    "they mayn't hurt", "it won't've been good", "you needn't've worried", "I don't think it is good", "He couldn't care less, sadly",
    "nothing is perfect", "Nor is it great", "it wasn't the worst", "aint nobody happy",
    "rarely is it good", "despite the wonderful view", "uh-uh, not happy", "NOT GOOD",
    # boosters and dampeners, in front of and after lexicon words, in caps
    "very good", "VERY good", "It is VERY good and nice", "extremely bad", "The food was very very bad",
    "slightly good", "barely acceptable", "hardly a success", "utterly horrible day",
    "so good", "It was so very good", "it is quite bad", "it was really really nice",
    "sort of good", "kind of good", "The book was only kind of good.", "just enough fun",
    "it was kind of a disaster", "kind", "a kind man", "kinda nice", "sorta okay", "kind-of bad",
    # ALL CAPS emphasis in mixed-case and all-caps sentences
    "VADER is VERY SMART, handsome, and FUNNY.", "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "THIS IS GREAT", "THIS IS GREAT but the food was BAD", "Today SUX!", "GOOD", "good GOOD good",
    "NO good", "the movie was HORRIBLE", "A", "I LOVE it", "i love IT",
    # "but" shifts, including the library's list.index quirk on equal scores
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "good but good", "good good but bad", "great great but", "But it was great", "bad but bad but bad",
    "Today only kinda sux! But I'll get by, lol", "nice nice nice but nice nice", "BUT good",
    # "least"
    "Roger Dodger is at least compelling as a variation on the theme.",
    "Roger Dodger is one of the least compelling variations on this theme.",
    "least good", "the very least helpful", "at least helpful", "It was the least bad option",
    # special-case idioms and booster bigrams
    "With VADER, sentiment analysis is the shit!", "It really is the bomb", "this party is the bomb dude",
    "he cannot cut the mustard", "yeah right, great idea", "On the other hand, VADER is quite bad ass",
    "VADER is such a badass!", "what a kiss of death that was", "it was a kiss of death", "a cake to die for", "my beating heart",
    "wait at the bus stop happily", "the food was sort of good", "in the red again, sadly", "break a leg",
    # "no" as negation vs "no" in the lexicon
    "no", "no good", "There is no good answer", "no problem", "no, it is fine", "no more pain",
    "no way or good", "no hope or love", "no love nor hope", "no one was happy", "No, no, no good",
    # punctuation amplification
    "good!", "good!!", "good!!!", "good!!!!", "good!!!!!!", "bad?", "bad??", "bad???", "bad????",
    "great!?!?", "!!!", "???", "nothing here!!!", "is it good??? really!!!",
    # emoticons and emojis
    ":)", ":-(", "<3", ":D", ":P", "Make sure you :) or :D today!", "love it <3 <3", "(-:",
    "😀", "💔", "😀😀", "I am 😀 today", "I am😀today", "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "💔💔 so sad 💔", " 😀 ", "x😀", "😀x", "💔!!!",
    # URLs, numbers, punctuation only, empty and whitespace
    "see https://example.com/good-news?ok=1 now", "http://bad.example.org", "www.happy.com",
    "25 killed and 40 wounded", "3.5 good 4,000 bad", "100% sure", "", " ", "\n\t  \n", ".", "...",
    ",,, ;;; !!!", "'", "' good '", "-- great --", "(good)", "\"terrible\"",
    # unicode quotes, non-English and other scripts
    "\u201cgood\u201d", "\u2018bad\u2019", "It\u2019s not good", "isn\u2019t good",
    "Je suis tr\u00e8s heureux", "Ich bin \u00fcberrascht, gut!", "\u0623\u0646\u0627 \u0633\u0639\u064a\u062f",
    "\u6211\u5f88\u60ca\u8bb6\u5730\u770b\u5230VADER\u662f\u5982\u6b64\u6709\u7528!", "\u03a3\u039f\u03a6\u039f\u03a3 good",
    "\u0130stanbul is great", "\u00dcBER GOOD", "stra\u00dfe good",
]


def test_crafted_inputs_match_library(library):
    assert_same(library, CRAFTED)


def test_very_long_text_matches_library(library):
    sentence = ("The strikes were not very good news, but at least NO ONE was hurt!! "
                "The aid convoy was kind of a success :) and nothing bad happened 💔. ")
    assert_same(library, [sentence * 120])


def test_seed_articles_sentences_and_whole_text_match_library(library):
    files = sorted(RAW.glob("*.txt"))
    assert files, "the bundled seed articles are missing"
    texts = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        texts.append(text)
        texts += [text[s:e] for s, e in split_sentences(text)]
    assert len(texts) > len(files)
    assert_same(library, texts)


def _vocabulary(lexicon: dict) -> list[str]:
    """Words that reach every rule: lexicon words, boosters, negations, idiom words, and the
    rule words themselves, with case and punctuation variants added when texts are drawn."""
    rng = random.Random(7)
    words = rng.sample(sorted(lexicon), 60)
    words += [w for k in [*BOOSTER_DICT, *SPECIAL_CASES] for w in k.split()]
    words += rng.sample(NEGATE, 20)
    words += ["no", "but", "least", "at", "very", "kind", "of", "never", "so", "this", "without",
              "doubt", "or", "nor", "the", "n't", ":)", "<3", "😀", "💔", "!", "?", "a", "war", "city"]
    return words


def test_random_word_sequences_match_library(library):
    """Seeded random texts over the rule vocabulary: thousands of rule combinations that no
    hand-written case list covers (two words of the same score, caps next to boosters...)."""
    analyzer = SentimentIntensityAnalyzer()
    vocab = _vocabulary(analyzer.lexicon)
    rng = random.Random(2024)
    decorate = [str, str, str, str.upper, str.title, lambda w: w + ",", lambda w: w + "!",
                lambda w: "(" + w + ")"]
    texts = []
    for _ in range(10000):
        n = rng.randint(1, 14)
        texts.append(" ".join(rng.choice(decorate)(rng.choice(vocab)) for _ in range(n)))
    assert_same(library, texts)


def test_lexicon_changes_are_followed(library, monkeypatch):
    """The port reads the library's lexicon at run time; rules that the current lexicon never
    triggers (a booster or "least" that is itself a lexicon word) must still match."""
    from analysis.tone import vader_port

    changed = SentimentIntensityAnalyzer()
    port_lexicon = vader_port._tables()[0]
    for word, value in {"very": 1.5, "least": -1.2, "aleppo": 2.0, "but": 0.5}.items():
        monkeypatch.setitem(changed.lexicon, word, value)
        monkeypatch.setitem(port_lexicon, word, value)
    texts = ["very good", "least good", "the very least helpful", "it is least helpful", "Aleppo is very nice",
             "good but bad", "at least Aleppo", "not aleppo", "ALEPPO is fine", "kind of aleppo"]
    assert_same(changed.polarity_scores, texts)


def test_lowercasing_assumptions_hold():
    """The port lower-cases each token once; the library lower-cases some words twice and joins
    tokens with spaces. Both are safe only if str.lower is idempotent and never makes or
    removes whitespace, on this Python's Unicode tables."""
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        low = c.lower()
        assert low.lower() == low, hex(cp)
        assert any(d.isspace() for d in low) == c.isspace(), hex(cp)


def test_non_string_input_behaves_like_library(library):
    for bad in (None, 3):
        with pytest.raises(TypeError):
            library(bad)
        with pytest.raises(TypeError):
            polarity_scores(bad)


@pytest.mark.corpus
def test_fakes_sentences_match_library(library, fakes):
    """Every sentence of FA-KES dev (about 5,000)."""
    bodies = fakes["article_content"].dropna().astype(str)
    texts = [b[s:e] for b in bodies for s, e in split_sentences(b)]
    assert len(texts) > 1000
    assert_same(library, texts)
