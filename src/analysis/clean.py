"""Raw documents to article records: body without site chrome, title, outlet, language.

The first stage decides everything downstream: a boilerplate line left in the body skews
tone, and a missing title or outlet breaks the per-source comparison. Every removed line is
kept with the reason, so notebook 01 can show what was taken out and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from . import dates
from .ingest import RawDoc

ARTICLE_COLUMNS = [
    "article_id", "source_path", "record_id", "input_format", "outlet", "title", "url",
    "published", "date_source", "date_low", "date_high", "date_evidence", "body", "n_words",
    "language", "encoding", "n_removed_lines", "status", "warnings",
]
REMOVED_COLUMNS = ["article_id", "line_no", "text", "reason"]


@dataclass
class RemovedLine:
    line_no: int
    text: str
    reason: str


@dataclass
class CleanText:
    """What cleaning found in one document."""

    body: str
    title: str | None = None
    outlet: str | None = None
    removed: list[RemovedLine] = field(default_factory=list)
    html_date: str | None = None  # a date an HTML page states in its metadata


WORD_RE = re.compile(r"\w+", re.UNICODE)
SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)]*$")
IMAGE_ID_RE = re.compile(r"^_?\d{3,5}(_\d{2,5}){2,}$")
PROMPT_RE = re.compile(
    r"^(comments?|leave a (reply|comment)|reply|share( this)?|tweet|print|email|log ?in|sign[- ]?up|"
    r"sign in|subscribe|follow us:?|more articles|latest (article|news)|must read|related( articles| posts)?|"
    r"read more|advertisement|- advertisement -|all rights reserved|password recovery|"
    r"forgot your password\?.*|not registered yet\?.*|i have an account.*|our address:?|"
    r"please enter your (comment|name here)!?|your email address will not be published\.?|"
    r"comments are closed\.?|tags:.*|category:.*|covid-19 latest)$",
    re.IGNORECASE,
)
COPYRIGHT_RE = re.compile(r"(©|\(c\)|copyright)\s*(?P<owner>[^\n]*)", re.IGNORECASE)
DATELINE_OUTLET_RE = re.compile(r"^(?P<outlet>[A-Z][A-Za-z]*(?:\.[A-Z]{2,4})+)\s+[-–—]\s")


def _is_prose(line: str) -> bool:
    """A sentence-like line: enough words and ends like a sentence."""
    n = len(WORD_RE.findall(line))
    return n >= 8 and bool(SENTENCE_END_RE.search(line.strip())) or n >= 25


def line_reason(line: str) -> str | None:
    """Why a line is boilerplate, or None when it may be body text."""
    s = line.strip()
    if not s:
        return None
    if IMAGE_ID_RE.match(s):
        return "image id"
    if PROMPT_RE.match(s):
        return "site prompt"
    if COPYRIGHT_RE.search(s) and not _is_prose(s):
        return "copyright"
    if re.search(r"\b(e-?mail|address)\b.*[@:]", s, re.IGNORECASE) and not _is_prose(s):
        return "contact footer"
    return None


def outlet_from_text(text: str) -> str | None:
    """The publisher when the text names it: a dateline like 'AKIPRESS.COM -' or a copyright line."""
    for line in text.split("\n"):
        m = DATELINE_OUTLET_RE.match(line.strip())
        if m:
            return m.group("outlet").lower()
    for line in text.split("\n"):
        m = COPYRIGHT_RE.search(line)
        if m and not _is_prose(line):
            owner = re.sub(r"\s*[-–—]?\s*\d{4}(\s*[-–]\s*\d{4})?\.?\s*$", "", m.group("owner")).strip(" .-")
            if owner:
                return owner
    return None


def clean_plain_text(text: str) -> CleanText:
    """Split a scrape into title, body and removed lines. The title is the first short
    non-sentence line before the first prose paragraph; chrome lines are removed anywhere."""
    lines = text.split("\n")
    removed: list[RemovedLine] = []
    kept: list[tuple[int, str]] = []
    for i, line in enumerate(lines, start=1):
        reason = line_reason(line)
        if reason:
            removed.append(RemovedLine(i, line.strip(), reason))
        elif line.strip():
            kept.append((i, line.strip()))
    title = None
    body_lines: list[str] = []
    seen_prose = False
    for i, line in kept:
        if not seen_prose and not _is_prose(line):
            if title is None and dates.date_in_line(line) is None and len(WORD_RE.findall(line)) >= 3:
                title = line
                continue
            removed.append(RemovedLine(i, line, "header" if title is None else "header after title"))
            continue
        if _is_prose(line):
            seen_prose = True
        body_lines.append(line)
    # Trailing short non-prose lines after the last paragraph are footer chrome.
    while body_lines and not _is_prose(body_lines[-1]):
        line = body_lines.pop()
        idx = max(i for i, l in kept if l == line)
        removed.append(RemovedLine(idx, line, "footer"))
    removed.sort(key=lambda r: r.line_no)
    return CleanText(body="\n\n".join(body_lines), title=title, outlet=outlet_from_text(text), removed=removed)


def clean_html(html: str, url: str | None = None) -> CleanText:
    """Main content of an HTML page with trafilatura, then the plain-text title logic as a fallback."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True)
    if doc is None:
        return CleanText(body="")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = (data.get("text") or "").strip()
    return CleanText(
        body=body,
        title=(data.get("title") or None),
        outlet=(data.get("sitename") or None),
        html_date=(data.get("date") or None),
    )


STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "a", "is", "that", "for", "on", "with", "was", "said", "by", "as", "it", "has"},
    "fr": {"le", "la", "les", "des", "et", "est", "une", "dans", "pour", "que", "qui", "du", "sur", "pas", "au"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "auf", "sich", "im"},
    "es": {"el", "los", "las", "que", "del", "por", "una", "con", "para", "es", "se", "su", "al", "lo", "como"},
}


def detect_language(text: str) -> str:
    """A coarse language code from script and stopwords (no model to download); 'und' when unsure."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 20:
        return "und"
    arabic = sum("\u0600" <= c <= "\u06ff" for c in letters) / len(letters)
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters) / len(letters)
    if arabic > 0.5:
        return "ar"
    if cyrillic > 0.5:
        return "ru"
    words = [w.lower() for w in WORD_RE.findall(text)]
    scores = {lang: sum(w in sw for w in words) / max(len(words), 1) for lang, sw in STOPWORDS.items()}
    lang, score = max(sorted(scores.items()), key=lambda kv: kv[1])
    return lang if score >= 0.05 else "und"


def article_record(doc: RawDoc, conflict_start: date = dates.CONFLICT_START) -> tuple[dict, list[dict]]:
    """One article row and its removed-line rows. Never raises for a bad article: the
    problem goes into `status` so the article is still counted."""
    record = {c: None for c in ARTICLE_COLUMNS}
    record.update(
        article_id=doc.article_id, source_path=doc.source_path, record_id=doc.record_id,
        url=doc.url, encoding=doc.encoding, status=doc.status,
        input_format="html" if doc.html is not None else ("text" if doc.text is not None else None),
        n_words=0, n_removed_lines=0, date_source="none",
    )
    warnings = list(doc.warnings)
    removed_rows: list[dict] = []
    if doc.status == "ok":
        try:
            if doc.html is not None:
                cleaned = clean_html(doc.html, url=doc.url)
                source_text = cleaned.body
            else:
                cleaned = clean_plain_text(doc.text or "")
                source_text = doc.text or ""
            title = doc.title or cleaned.title
            outlet = doc.outlet or cleaned.outlet
            found = dates.publication_date(
                source_text,
                metadata_date=doc.published,
                html_date=cleaned.html_date,
                html=doc.html,
                conflict_start=conflict_start,
            )
            warnings.extend(found.warnings)
            language = detect_language(cleaned.body)
            n_words = len(WORD_RE.findall(cleaned.body))
            record.update(
                title=title, outlet=outlet, body=cleaned.body, n_words=n_words, language=language,
                published=found.published, date_source=found.date_source, date_low=found.date_low,
                date_high=found.date_high, date_evidence=found.evidence,
                n_removed_lines=len(cleaned.removed),
            )
            removed_rows = [
                {"article_id": doc.article_id, "line_no": r.line_no, "text": r.text, "reason": r.reason}
                for r in cleaned.removed
            ]
            if n_words == 0:
                record["status"] = "no_body: nothing left after removing boilerplate"
            elif language not in ("en", "und"):
                record["status"] = f"not_english: detected language {language}"
        except Exception as exc:  # one broken article must not stop a corpus run
            record["status"] = f"error: {type(exc).__name__}: {exc}"
    record["warnings"] = "; ".join(warnings)
    return record, removed_rows


def build_articles(raw_dir, conflict_start: date = dates.CONFLICT_START, progress: bool | None = None):
    """Clean every input in raw_dir. Returns (articles, removed_lines, sidecar_problems);
    articles has one row per input file or corpus record, whatever its status."""
    import pandas as pd

    from .ingest import iter_raw, read_sidecar
    from .progress import progress_bar

    _, problems = read_sidecar(raw_dir)
    records, removed = [], []
    for doc in progress_bar(iter_raw(raw_dir), desc="clean", enabled=progress):
        rec, rem = article_record(doc, conflict_start)
        records.append(rec)
        removed.extend(rem)
    articles = pd.DataFrame(records, columns=ARTICLE_COLUMNS)
    for col in ("published", "date_low", "date_high"):
        articles[col] = pd.to_datetime(articles[col]).dt.date
    articles = articles.sort_values("article_id", kind="stable").reset_index(drop=True)
    removed_df = pd.DataFrame(removed, columns=REMOVED_COLUMNS)
    return articles, removed_df, problems
