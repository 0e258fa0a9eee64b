"""A deterministic synthetic corpus of N articles for the scale benchmark.

Real corpora cannot be copied into the repo, and timing five articles says nothing about a
million. So articles are assembled from parts of real ones: prose sentences and site-chrome
lines from the bundled data/raw scrapes, plus sentences, titles, outlets and dates from
FA-KES dev (when ../shared/corpora is present). Each article is drawn from its own seeded
generator, so the corpus for N=500 is the first 500 articles of the corpus for N=2,000 and
the same (N, seed) always writes the same bytes.

    python benchmarks/synthetic.py OUT_DIR --n 2000 [--seed 0] [--per-file 1000]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "data" / "raw"
SENTENCE_RE = re.compile(r"[^.!?]+[.!?]+[\"'”’)]*")
WORD_RE = re.compile(r"\w+")
TXT_EVERY = 50  # one article in 50 is a loose .txt file, the rest are .jsonl records


@dataclass(frozen=True)
class Pools:
    """What articles are assembled from, each list sorted so the pools are deterministic."""

    sentences: tuple[str, ...]
    chrome: tuple[str, ...]
    titles: tuple[str, ...]
    outlets: tuple[str, ...]
    dates: tuple[str, ...]  # ISO dates
    lengths: tuple[int, ...]  # sentences per source article, to mimic real lengths


def _is_prose(line: str) -> bool:
    words = WORD_RE.findall(line)
    return len(words) >= 8 and line.rstrip().endswith((".", "!", "?", '"', "”", "'"))


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_RE.findall(text) if len(WORD_RE.findall(s)) >= 4]


def raw_parts(raw_dir: Path = RAW) -> tuple[list[str], list[str], list[int]]:
    """Prose sentences, chrome lines and sentences-per-article from the bundled scrapes."""
    sentences, chrome, lengths = [], [], []
    for path in sorted(raw_dir.glob("*.txt")):
        n = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            s = line.strip()
            if not s:
                continue
            if _is_prose(s):
                parts = split_sentences(s)
                sentences.extend(parts)
                n += len(parts)
            else:
                chrome.append(s)
        lengths.append(max(n, 3))
    return sentences, chrome, lengths


def _iso(value: str) -> str | None:
    try:
        return datetime.strptime(str(value).strip(), "%m/%d/%y").date().isoformat()
    except ValueError:
        return None


def fakes_parts() -> tuple[list[str], list[str], list[str], list[str], list[int]]:
    """Sentences, titles, outlets, ISO dates and sentences-per-article from FA-KES dev, or
    empty lists when the corpus is not on this machine."""
    sys.path.insert(0, str(REPO / "src"))
    from corpora import CorpusMissing, load_fakes

    try:
        df = load_fakes()
    except CorpusMissing:
        return [], [], [], [], []
    sentences, lengths = [], []
    for text in df["article_content"].fillna("").astype(str):
        parts = split_sentences(text)
        sentences.extend(parts)
        if parts:
            lengths.append(len(parts))
    titles = [t.strip() for t in df["article_title"].dropna().astype(str) if t.strip()]
    outlets = [o.strip() for o in df["source"].dropna().astype(str) if o.strip()]
    dates = [d for d in (_iso(v) for v in df["date"].dropna()) if d]
    return sentences, titles, outlets, dates, lengths


def load_pools(raw_dir: Path = RAW, use_fakes: bool = True) -> Pools:
    r_sent, chrome, r_len = raw_parts(raw_dir)
    f_sent, titles, outlets, dates_, f_len = fakes_parts() if use_fakes else ([], [], [], [], [])
    if not titles:  # raw-only fallback: headlines are the short lines before the prose
        titles = [c for c in chrome if 4 <= len(WORD_RE.findall(c)) <= 14]
    return Pools(
        sentences=tuple(sorted(set(r_sent + f_sent))),
        chrome=tuple(sorted(set(chrome))),
        titles=tuple(sorted(set(titles))),
        outlets=tuple(sorted(set(outlets))) or ("afp", "reuters", "sana"),
        dates=tuple(sorted(set(dates_))) or ("2014-11-28", "2016-10-12", "2017-01-24", "2017-11-22"),
        lengths=tuple(sorted(f_len or r_len)),
    )


def _long_date(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def make_article(i: int, pools: Pools, seed: int = 0) -> dict:
    """Article i: chrome header, headline, paragraphs of resampled sentences, chrome footer.
    Its own generator makes it independent of N."""
    rng = random.Random(f"synthetic:{seed}:{i}")
    n_sent = rng.choice(pools.lengths)
    body_sents = [rng.choice(pools.sentences) for _ in range(n_sent)]
    paragraphs, k = [], 0
    while k < len(body_sents):
        step = rng.randint(1, 4)
        paragraphs.append(" ".join(body_sents[k:k + step]))
        k += step
    published = rng.choice(pools.dates)
    title = rng.choice(pools.titles)
    header = [rng.choice(pools.chrome) for _ in range(rng.randint(0, 4))]
    footer = [rng.choice(pools.chrome) for _ in range(rng.randint(0, 6))]
    dateline = [_long_date(published)] if rng.random() < 0.5 else []
    text = "\n\n".join(["\n".join(header)] * bool(header) + [title] + dateline + paragraphs + ["\n".join(footer)] * bool(footer))
    rec = {"id": f"a{i:07d}", "text": text, "outlet": rng.choice(pools.outlets), "url": f"https://example.org/synthetic/{i}"}
    if rng.random() < 0.5:  # the other half must find the date in the text
        rec["published"] = published
    if rng.random() < 0.3:
        rec["title"] = title
    return rec


def write_corpus(out_dir: str | Path, n: int, seed: int = 0, per_file: int = 1000, pools: Pools | None = None) -> Path:
    """Write n articles under out_dir: .jsonl files of up to per_file records, and one
    article in TXT_EVERY as a loose .txt file. Returns out_dir."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    pools = pools or load_pools()
    fh, part = None, -1
    in_file = per_file
    try:
        for i in range(n):
            rec = make_article(i, pools, seed)
            if i % TXT_EVERY == TXT_EVERY - 1:
                (out / "txt").mkdir(exist_ok=True)
                (out / "txt" / f"{rec['id']}.txt").write_text(rec["text"] + "\n", encoding="utf-8")
                continue
            if in_file >= per_file:
                if fh:
                    fh.close()
                part += 1
                fh = open(out / f"corpus-{part:05d}.jsonl", "w", encoding="utf-8", newline="\n")
                in_file = 0
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            in_file += 1
    finally:
        if fh:
            fh.close()
    return out


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out_dir")
    p.add_argument("--n", type=int, default=1000)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--per-file", type=int, default=1000)
    p.add_argument("--no-fakes", action="store_true", help="use data/raw alone")
    a = p.parse_args(argv)
    pools = load_pools(use_fakes=not a.no_fakes)
    write_corpus(a.out_dir, a.n, a.seed, a.per_file, pools)
    print(f"wrote {a.n} articles to {a.out_dir} ({len(pools.sentences)} sentences, {len(pools.chrome)} chrome lines in the pools)")


if __name__ == "__main__":
    main()
