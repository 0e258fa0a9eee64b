"""The headline of a plain-text page: candidate lines with the features that tell a headline
from a menu item, dek or byline, a boosted-tree ranker (evaluated here from its JSON arrays,
one row at a time or all rows at once with numpy), and what a headline never is."""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable
from itertools import accumulate

import numpy as np

from ..text.names import NAME_PARTICLES
from ..text.patterns import MONTH_NAME, WEEKDAY_NAME
from ._common import _tokens
from .language import ALL_STOPWORDS
from .lines import _BASE_INDEX, _Line, _sigmoid

__all__ = ["TITLE_FEATURES", "BYLINE_LINE_RE", "title_candidates", "choose_title", "not_a_title", "byline_names",
           "sentence_headline", "site_header",
           "headline_text", "starts_with_call_to_action", "tree_score"]

TITLE_FEATURES = [
    "ln_tokens", "ln_chars", "cap_ratio", "all_caps", "stop_ratio", "sentence_end", "colon_end", "p_body",
    "body_mass_before", "ln_lines_to_prose", "ln_body_tokens_next10", "ln_body_tokens_prev10", "next_is_body",
    "repeated", "bullet", "numbered", "separators", "date_like", "url_email", "vocab_mean", "single_line_block",
    "prefix_of_other", "rel_pos", "ln_rank_before_prose", "prev_is_list", "is_first_line", "byline_or_date_after",
    "date_before", "ln_same_block_lines", "body_overlap", "body_tf", "early_overlap", "inside_other",
    "other_inside", "question", "breadcrumb", "body_tf_vs_best", "early_overlap_vs_best",
    "ends_other", "other_ends", "name_like", "prev_ln_tokens", "prev_cap_ratio", "next_ln_tokens", "next_cap_ratio",
]
# Echo features compared with the page's best candidate: the ranker scores one line at a time,
# so these tell it how the line stands among the page's other candidates.
_RELATIVE = [TITLE_FEATURES.index("body_tf"), TITLE_FEATURES.index("early_overlap")]
EARLY_BODY_TOKENS = 120  # "early_overlap": a headline's words come back in the story's first lines
# A line that is a byline (dates.BYLINE_RE finds a byline marker anywhere in a header).
# "By the numbers: ..." is a headline: a byline names someone, not an article or determiner.
BYLINE_LINE_RE = re.compile(r"^(by|written by|posted by|author)(?:\s*:)?\s+(?!(?:the|a|an|this|that|these|our|my|your)\b)\S",
                            re.IGNORECASE)
BREADCRUMB_RE = re.compile(r"\s[>›»]\s")  # 'Home > News > Title': where the page sits, not its headline
ADDRESS_LINE_RE = re.compile(r"^\S*(?:://|www\.)\S*$", re.IGNORECASE)  # a bare web address
# A site's domain as a header line ("theguardian.com"): a site header (site_header), which a
# full-stop headline under it replaces. Not a veto in not_a_title: the line model's title examples
# are chosen through not_a_title, so a wider veto would change what scripts/train_line_model.py
# trains, and the title figures were measured on the shipped ranker.
DOMAIN_LINE_RE = re.compile(r"^(?:[\w-]+\.)+(?:com|org|net|info|news|co\.uk|[a-z]{2})/?$", re.IGNORECASE)


def title_candidates(lines: list[_Line], base: list[list[float]], p: list[float], threshold: float,
                     max_mass_before: float = 0.5) -> list[tuple[int, list[float]]]:
    """Headline candidates (short, not prose, before most of the body) with the features
    that tell a headline from a menu item, dek or byline."""
    n = len(lines)
    idx = _BASE_INDEX.__getitem__
    kept = [p[i] >= threshold for i in range(n)]
    ktok = [len(lines[i].tokens) if kept[i] else 0 for i in range(n)]
    total = sum(ktok) or 1
    before = [0] * (n + 1)
    for i in range(n):
        before[i + 1] = before[i] + ktok[i]
    prose_body = [kept[i] and bool(base[i][idx("prose")]) for i in range(n)]
    next_prose = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        next_prose[i] = i if prose_body[i] else next_prose[i + 1]
    norms = [ln.norm for ln in lines]
    body_words: Counter = Counter()  # the content words of the lines that look like the story
    for i in range(n):
        if kept[i]:
            body_words.update(_content_words(lines[i]))
    cands = []
    for i, ln in enumerate(lines):
        nt = len(ln.tokens)
        if nt < 1 or nt > 30 or len(ln.content) > 250 or before[i] / total > max_mass_before:
            continue
        if base[i][idx("prose")] and nt > 18:
            continue
        cands.append(i)
    rows = []
    index = _LineIndex(norms)
    # `question`, `breadcrumb` and `name_like` read the page's last line, the same for every
    # candidate: the shipped ranker was trained so. Reading each candidate's own line and
    # retraining was measured (titlefix7): WCXB CV 0.823 -> 0.826, but pages never tuned on
    # 507 -> 501 of 706, so it is not shipped; see docs/accuracy.md, Cleaning.
    last = lines[-1] if lines else None
    for i in cands:
        b = base[i]
        norm = norms[i]
        nxt = next_prose[i + 1]
        longer = len(norm) + 3
        prefix_of_other = any(len(other) > longer and other.startswith(norm) for other in norms[max(0, i - 40):i + 40])
        rank = bisect.bisect_left(cands, nxt) - bisect.bisect_right(cands, i)
        inside, ends = index.placement(norm)
        rows.append((i, [
            b[idx("ln_tokens")], b[idx("ln_chars")], b[idx("cap_ratio")], b[idx("all_caps")], b[idx("stop_ratio")],
            b[idx("sentence_end")], b[idx("colon_end")], p[i], before[i] / total, math.log1p(min(nxt, n) - i),
            math.log1p(before[min(n, i + 11)] - before[i + 1]), math.log1p(before[i] - before[max(0, i - 10)]),
            float(i + 1 < n and kept[i + 1]), b[idx("repeated")], b[idx("bullet")], b[idx("numbered")],
            b[idx("separators")], b[idx("date_like")], b[idx("url_email")], b[idx("vocab_mean")],
            b[idx("single_line_block")], float(prefix_of_other), b[idx("rel_pos")], math.log1p(rank),
            float(i > 0 and (lines[i - 1].bullet or lines[i - 1].numbered)), float(i == 0),
            float(any(BYLINE_LINE_RE.match(lines[j].content) or base[j][idx("date_like")] and len(lines[j].tokens) <= 12
                      for j in range(i + 1, min(n, i + 5)))),
            float(any(base[j][idx("date_like")] and len(lines[j].tokens) <= 12 for j in range(max(0, i - 3), i))),
            b[idx("ln_block")],
            *_body_echo(lines, i, kept, body_words), float(inside),
            float(index.other_inside(norm)), float(last.content.rstrip("\"'”’)]").endswith("?")),
            float(bool(BREADCRUMB_RE.search(last.content))),
        ], (float(ends), float(index.other_ends(norm)), float(_name_like(last)),
            *_neighbour_shape(base, i - 1), *_neighbour_shape(base, i + 1))))
    best = [max((row[j] for _, row, _ in rows), default=0.0) for j in _RELATIVE]
    out = []  # TITLE_FEATURES order: the row, the *_vs_best features, then the later features
    for i, row, extra in rows:
        row.extend(row[j] - b for j, b in zip(_RELATIVE, best))
        row.extend(extra)
        out.append((i, row))
    return out


_SHAPE = [_BASE_INDEX["ln_tokens"], _BASE_INDEX["cap_ratio"]]


def _neighbour_shape(base: list[list[float]], j: int) -> tuple[float, float]:
    """Length and capitalisation of the line above or below (a dek, longer and in sentence
    case, follows a headline; a headline sits below a short capitalised kicker or menu)."""
    if 0 <= j < len(base):
        return base[j][_SHAPE[0]], base[j][_SHAPE[1]]
    return -1.0, -1.0


NAME_MAX_TOKENS = 4


def _name_like(ln: _Line) -> bool:
    """Two to four capitalised words and nothing else: how a person's name (a byline without
    'By') looks; a headline has a function word or a lower-case word more often."""
    toks = ln.tokens
    return (2 <= len(toks) <= NAME_MAX_TOKENS and all(t[:1].isupper() and not t.isupper() and t.isalpha() for t in toks)
            and not any(w in ALL_STOPWORDS for w in ln.lower))


def _content_words(ln: _Line) -> list[str]:
    return [w for w in ln.lower if len(w) > 1 and w not in ALL_STOPWORDS]


def _body_echo(lines: list[_Line], i: int, kept: list[bool], body_words: Counter) -> tuple[float, float, float]:
    """How much the story repeats the line's words: the share found anywhere in the story
    (the line itself left out), their mean log count there, and the share found in the story's
    first EARLY_BODY_TOKENS words after the line. A headline's words come back; a menu
    entry's, a promo's or a section name's mostly do not."""
    # unique words in line order, not a set: float sums in set order change with the hash seed
    words = list(dict.fromkeys(_content_words(lines[i])))
    if not words:
        return 0.0, 0.0, 0.0
    own = Counter(_content_words(lines[i])) if kept[i] else Counter()
    counts = [body_words[w] - own[w] for w in words]
    early: set[str] = set()
    seen = 0
    for j in range(i + 1, len(lines)):
        if kept[j]:
            early.update(lines[j].lower)
            seen += len(lines[j].tokens)
            if seen >= EARLY_BODY_TOKENS:
                break
    return (sum(c > 0 for c in counts) / len(words), sum(math.log1p(c) for c in counts) / len(words),
            sum(w in early for w in words) / len(words))


class _LineIndex:
    """The page's lines indexed once, so each candidate's 'part of another line' tests cost
    a substring search and a few set look-ups instead of a pass over every line (those
    passes were three quarters of cleaning time on long pages)."""

    def __init__(self, norms: list[str]):
        self.lines = set(norms)
        self.unique = sorted(self.lines)
        # lines joined with newlines (a norm is words joined by single spaces: no newline)
        self.joined = "\n".join(f" {o} " for o in self.unique)
        self.ends = list(accumulate(len(o) + 3 for o in self.unique))  # end offset (+1 for the newline) of each
        self.three_words = {o for o in self.unique if o.count(" ") >= 2}
        self.two_words = {o for o in self.unique if " " in o}

    def placement(self, norm: str) -> tuple[bool, bool]:
        """Whether the line is part of a longer line but not its start (a breadcrumb 'Home > News >
        Title'), and whether it ends a longer line ('Introduction: Title'): one pass over the
        places the line's words occur."""
        if not norm:
            return False, False
        padded, at, inside, ends = f" {norm} ", 0, False, False
        while not (inside and ends) and (at := self.joined.find(padded, at)) >= 0:
            o = self.unique[bisect.bisect_right(self.ends, at)]
            if o != norm:
                inside = inside or not o.startswith(norm)
                ends = ends or self.joined.startswith("\n", at + len(padded)) or at + len(padded) == len(self.joined)
            at += 1
        return inside, ends

    def other_inside(self, norm: str) -> bool:
        """Another line of three words or more starts this one ('Title | Site' beside 'Title')."""
        at = norm.find(" ")
        while at >= 0:
            if norm[:at] in self.three_words:
                return True
            at = norm.find(" ", at + 1)
        return False

    def other_ends(self, norm: str) -> bool:
        """Another line of two words or more ends this one ('Label: Title' beside 'Title')."""
        at = norm.rfind(" ")
        while at > 0:
            if norm[at + 1:] in self.two_words:
                return True
            at = norm.rfind(" ", 0, at)
        return False

    def is_line(self, norm: str) -> bool:
        return norm in self.lines

    def elsewhere(self, part: str, own: str) -> bool:
        """`part` (a norm) is a line of the page or a run of words in a line other than `own`."""
        padded, at = f" {part} ", 0
        while (at := self.joined.find(padded, at)) >= 0:
            if self.unique[bisect.bisect_right(self.ends, at)] != own:
                return True
            at += 1
        return False


def _tree_score(trees: dict, row: list[float]) -> float:
    """Log-odds from a boosted tree ensemble exported as flat arrays (left if x <= threshold)."""
    z = trees["init"]
    for feat, thr, left, right, value in zip(trees["feature"], trees["split"], trees["left"], trees["right"],
                                             trees["value"]):
        node = 0
        while left[node] >= 0:
            node = left[node] if row[feat[node]] <= thr[node] else right[node]
        z += value[node]
    return z


_TREE_ARRAYS: dict[int, tuple] = {}


def _tree_arrays(trees: dict) -> tuple:
    """The ensemble as flat node arrays (every tree's nodes one after another), built once per
    model dict. A leaf points to itself on both sides, so walking `depth` steps from every root
    lands each row on the leaf _tree_score reaches, whatever a tree's own depth."""
    hit = _TREE_ARRAYS.get(id(trees))
    if hit is None or hit[0] is not trees:
        feat, thr, left, right, value, roots = [], [], [], [], [], []
        depth = 0
        for f, t, lo, hi, v in zip(trees["feature"], trees["split"], trees["left"], trees["right"], trees["value"]):
            base = len(feat)
            roots.append(base)
            for k in range(len(f)):
                leaf = lo[k] < 0
                feat.append(0 if leaf else f[k])
                thr.append(t[k])
                left.append(base + (k if leaf else lo[k]))
                right.append(base + (k if leaf else hi[k]))
                value.append(v[k])
            depth = max(depth, _tree_depth(lo, hi))
        hit = (trees, np.array(feat, dtype=np.int64), np.array(thr, dtype=np.float64),
               np.array(left, dtype=np.int64), np.array(right, dtype=np.int64), np.array(value, dtype=np.float64),
               np.array(roots, dtype=np.int64), depth)
        hit += tuple(a[hit[6]] for a in hit[1:5])  # the roots' feature, split, left and right
        if len(_TREE_ARRAYS) > 16:  # training builds a model per fold
            _TREE_ARRAYS.clear()
        _TREE_ARRAYS[id(trees)] = hit
    return hit


def _tree_depth(left: list[int], right: list[int], node: int = 0) -> int:
    if left[node] < 0:
        return 0
    return 1 + max(_tree_depth(left, right, left[node]), _tree_depth(left, right, right[node]))


def _tree_scores(trees: dict, rows: list[list[float]]) -> list[float]:
    """_tree_score for many rows: every tree walked in step with numpy; the leaf values are
    then added in tree order, as _tree_score does, so the floats are the same."""
    if not rows:
        return []
    _, feat, thr, left, right, value, _, depth, root_feat, root_thr, root_left, root_right = _tree_arrays(trees)
    x = np.asarray(rows, dtype=np.float64)
    r = np.arange(len(rows))[:, None]
    node = np.where(x[:, root_feat] <= root_thr, root_left, root_right)  # first step: every row at the roots
    for _ in range(depth - 1):
        node = np.where(x[r, feat[node]] <= thr[node], left[node], right[node])
    z = np.empty((len(rows), node.shape[1] + 1))
    z[:, 0] = trees["init"]
    z[:, 1:] = value[node]
    # accumulate adds left to right, one element after another like `z += v` (unlike numpy's
    # pairwise sum), so the last column is _tree_score's float
    return np.add.accumulate(z, axis=1)[:, -1].tolist()


def choose_title(cand_rows: list[tuple[int, list[float]]], model: dict,
                 vetoed: Callable[[int], bool] | None = None) -> tuple[int | None, float]:
    """The best headline candidate, or None when none scores above the model's threshold.
    Candidates `vetoed` says can never be a headline are passed over."""
    t = model["title"]
    best, best_p = None, 0.0
    scores = _tree_scores(t, [row for _, row in cand_rows])
    for (i, _), z in zip(cand_rows, scores):
        if vetoed is not None and vetoed(i):
            continue
        pr = _sigmoid(z)
        if pr > best_p:
            best, best_p = i, pr
    if best_p < t["threshold"]:
        return None, best_p
    return best, best_p


# What a headline never is, whatever the ranker scores: a byline ("By JOHN LEICESTER and HANNA
# ARHIROVA", "By: Jo Doe", "5 March 2017 by Jo Doe"), a date or time stamp, the site's own name,
# a web address, a menu entry (a list item), or a sentence of the story (six words or more
# ending in a full stop).
DATE_WORD_RE = re.compile(
    rf"(?<![a-z])(?:{MONTH_NAME}|{WEEKDAY_NAME})\.?(?![a-z])"
    r"|\b(?:am|pm|a\.m\.|p\.m\.|gmt|utc|est|edt|pst|ist|cet|last|updated|modified|edited|published|posted|on|at|"
    r"min|mins|minutes?|read)\b|\d+(?:st|nd|rd|th)?",
    re.I)

STAMP_PUNCT = " ,.:|/-–—·•()[]"  # what is left of a date stamp without its words and numbers

# Calls to action, one home for both rules below: a button or link label, never a headline.
CLICK_HERE = r"(?:click|tap)\s+here"
SEE_MORE = r"(?:read|learn|see|show|load|find\s+out)\s+more"
SIGN_UP = r"(?:sign\s+up|subscribe)"
# What ends a call to action's label: the line's end, punctuation or an arrow ("Read more:",
# "See more »"), or the words that name where the link goes ("Learn more about ..."). Not a word
# of prose: "See more than 100 photos ...", "Sign up for war: ..." are headlines.
CALL_TO_ACTION_END = (r"(?=\s*(?:$|[^\w\s'‘’\"“”]|(?:about|on|at|here|from|in|by|like|news|stories|articles|posts|"
                      r"blogs?|reviews|comments|related|apply|buy|shop|read|learn|sign|subscribe|download|"
                      r"register|contact|get)\b))")
# What one signs up or subscribes to on a news page: a newsletter, alerts, "our ..." anything,
# "now", or a line that names a newsletter, a feed or e-mails anywhere.
SIGN_UP_OBJECT = (r"(?:\s+(?:now|today)\b|\s+(?:to|for)\s*$|\s+(?:to|for)\s+(?:(?:our|my|your)\b|(?:(?:the|a|this)\s+)?"
                  r"(?:free|daily|weekly|morning|evening|e-?mails?|breaking|news|newsletters?|updates|alerts|"
                  r"briefings?|digest|podcast|channel|mailing)\b|\$|(?:us|new|receive|get|stay|keep|join|access|learn|be|the\s+latest|one\s+of)\b)"
                  r"|.*\b(?:newsletters?|blog|feeds?|posts|comments|alerts|e-?mails?|updates|podcast|inbox)\b)")

# The page's controls and credits, never its headline: a line that is only an interface label
# ("Share", "Print this page", "Back to overview") or ends in a call to action ("... Click here"),
# a photo credit ("Photo via Pexels", "Image courtesy of NASA") and a posting stamp ("Posted on
# the forum on 2025-07-09:", "Filed under: Health").
INTERFACE_LINE_RE = re.compile(
    r"^\W*(?:share(?:\s+(?:this|on|via)(?:\s+\w+)?)?|print(?:\s+this(?:\s+\w+)?)?|e-?mail(?:\s+this(?:\s+\w+)?)?|"
    r"tweet|save|like|follow(?:\s+us)?|comments?|reply|menu|search|log\s*in|log\s*out|sign\s*(?:in|up|out)|subscribe|"
    rf"skip\s+to\s+(?:main\s+)?content|back(?:\s+to\s+(?:top|overview|list|home|blog|news))?|next|previous|"
    rf"{SEE_MORE}|continue\s+reading|{CLICK_HERE})\W*$"
    rf"|(?:^|[.!?:|]\s+)(?:{CLICK_HERE}|{SEE_MORE}|shop\s+now|{SIGN_UP}(?:\s+now|\s+today)?)\W*$",
    re.IGNORECASE)
# A line that starts with a call to action is a related link ("Read more: ..."), a newsletter box
# ("Subscribe to our newsletter") or a button ("Learn more about clone URLs", "CLICK HERE FOR
# CATALOG"): 403 WCXB lines on 198 pages, 1 of the 1,138 gold titles of WCXB and the peer pages.
# Vetoed when the title is chosen (clean_plain_text), not left out of the ranker's training rows as
# not_a_title's lines are: the ranker learnt from these lines as non-headlines, and taking them out
# of its rows and retraining moved two English trafilatura pages of fold 3 to a teaser and the
# site's name (docs/accuracy.md, Cleaning, titles8). Only the call to action's own shape
# (CALL_TO_ACTION_END, SIGN_UP_OBJECT): "See more than ...", "Subscribe to fear: ..." are headlines.
CALL_TO_ACTION_START_RE = re.compile(
    rf"^\W*(?:{CLICK_HERE}\b|{SEE_MORE}{CALL_TO_ACTION_END}|{SIGN_UP}(?:\s+(?:now|today|here))?{CALL_TO_ACTION_END}|"
    rf"{SIGN_UP}{SIGN_UP_OBJECT})",
    re.IGNORECASE)


def starts_with_call_to_action(ln: _Line) -> bool:
    """The line is a link or button that starts with a call to action (see above): never the headline."""
    return bool(CALL_TO_ACTION_START_RE.match(ln.content))


# A credit or a posting stamp. "from" credits only a short source ("Photo from Pexels"): "Video
# from Gaza shows aftermath of strike" is a headline.
CREDIT_LINE_RE = re.compile(
    r"^\W*(?:photo(?:graph)?|image|picture|illustration|video|graphic|footage)s?\s+"
    r"(?:(?:by|via|courtesy(?:\s+of)?|credits?)\b\s*:?\s*\S|from\s+\S+(?:\s+\S+){0,2}\s*$)"
    r"|^\W*(?:posted|filed)\s+(?:on|in|at|under)\b"
    r"|^\W*(?:(?:first\s+|last\s+)?published|(?:last\s+)?updated)\s+(?:on|at)\b",
    re.IGNORECASE)

# Links joined into one line by the scrape: a tag or category list ("Gratitude , Hope in adversity ,
# optimism", a comma with a space before it, three items or more; 0 of the 1,138 gold titles of
# WCXB and the peer pages is one, 105 WCXB lines are, 46 pages) or a row of hashtags ("#development
# #git"). A headline's commas follow a word.
TAG_LIST_RE = re.compile(r"^[^,]+(?:\s,\s[^,]+){2,}$|^#\w[\w-]*(?:\s+#\w[\w-]*)+$")

# The names in a byline ("By Elaine Chen", "By JOHN LEICESTER and HANNA ARHIROVA", "By Jo Doe, Reuters"): a line
# that is only one of them is the author's box or a second byline without "By", never the headline.
BYLINE_NAMES_SPLIT_RE = re.compile(r"\s*(?:,|&|\band\b|\s[|·•–—-]\s)\s*", re.IGNORECASE)


def byline_names(lines: list[_Line]) -> set[str]:
    """The names (as _Line.norm) the page's byline lines give: "By Elaine Chen" -> "elaine chen"."""
    names = set()
    for ln in lines:
        m = BYLINE_LINE_RE.match(ln.content)
        if m:
            names.update(_norm(part) for part in BYLINE_NAMES_SPLIT_RE.split(ln.content[m.end() - 1:]) if _looks_like_a_name(part))
    return names


# A name is a few capitalised words ("Elaine Chen", "James M. Tobin", "Anne-Marie de la Tour"); a longer
# segment after " | " or " - " on a byline line is the headline or a standfirst the scrape joined to it.
NAME_MAX_TOKENS = 5


def _looks_like_a_name(part: str) -> bool:
    tokens = part.split()
    return 0 < len(tokens) <= NAME_MAX_TOKENS and not re.search(r"(?<!\b[A-Z])\.\s|[!?:;]\s|[!?]$", part) and all(
        t.rsplit("-", 1)[-1][:1].isupper() or t.lower() in NAME_PARTICLES for t in tokens)  # "al-Moallem"


SENTENCE_TITLE_MIN_TOKENS = 6
ABBREV_END_RE = re.compile(r"(?:\b[A-Z]\.){2,}[\"'”’)\]]*$")  # "... in the U.S." ends an abbreviation


def not_a_title(ln: _Line, outlet: str | None = None) -> bool:
    """A line that can never be the article's headline (see the comment above)."""
    content = ln.content
    if ln.bullet or ln.numbered or BYLINE_LINE_RE.match(content) or ADDRESS_LINE_RE.match(content):
        return True
    if INTERFACE_LINE_RE.search(content) or CREDIT_LINE_RE.match(content):
        return True
    if ("," in content or "#" in content) and TAG_LIST_RE.match(content.strip()):  # the test first: most lines have neither
        return True
    if outlet and ln.norm == " ".join(_tokens(outlet.lower())):
        return True
    # a sentence of the story, not a headline: 2 of WCXB's 711 headlines end in a full stop
    if len(ln.tokens) >= SENTENCE_TITLE_MIN_TOKENS and content.rstrip("\"'”’)]").endswith(".") and not ABBREV_END_RE.search(content):
        return True
    # nothing left once date words, numbers and time words are taken out: a date stamp; or
    # a byline is what is left ('January 20th, 2025 by JWU')
    rest = DATE_WORD_RE.sub(" ", content).strip(STAMP_PUNCT)
    return bool(ln.tokens) and (not rest or rest != content.strip() and bool(BYLINE_LINE_RE.match(rest)))



# A headline written as a sentence, with a full stop ("France seeks U.N. resolution on Syria
# chemical arms.", SANA's "2 killed ... in Aleppo and Quneitra."), is vetoed above as a story
# sentence, so a site header over it ("theguardian.com", "Reuters | World News") was taken
# instead (QA11 F6). It is told from a story sentence by where it stands, not by the ranker: the
# first line the model keeps with a full stop (past short header lines without one), short,
# opening with a capital or a digit, a block of its own above the story (a blank line after
# it), its words coming back in the story.
SENTENCE_HEADLINE_MAX_TOKENS = 20
SENTENCE_HEADLINE_MIN_ECHO = 0.5  # share of its content words the story repeats


SITE_HEADER_PART_TOKENS = 4  # "Reuters | World News", "Yahoo News - Latest News & Headlines": names and sections


def site_header(ln: _Line, outlet: str | None = None) -> bool:
    """A site's header line rather than a headline: a bare domain, the outlet's name, or short
    parts joined by separators ("Reuters | World News"). Only a full-stop headline below it
    replaces it (sentence_headline): a headline with its site appended is just as short."""
    parts = [p for p in TITLE_SEPARATOR_RE.split(ln.content) if p.strip()]
    return (bool(ADDRESS_LINE_RE.match(ln.content) or DOMAIN_LINE_RE.match(ln.content)) or bool(outlet and ln.norm == " ".join(_tokens(outlet.lower())))
            or len(parts) >= 2 and all(len(_tokens(p)) <= SITE_HEADER_PART_TOKENS for p in parts))


def _ends_with_stop(content: str) -> bool:
    return content.rstrip("\"'”’)]").endswith(".")


def sentence_headline(lines: list[_Line], keep: list[bool], outlet: str | None = None) -> int | None:
    """The index of a full-stop headline directly above the story (see above), or None."""
    i = None
    for j, k in enumerate(keep):  # the first kept line with a full stop, past kept header lines without one
        if not k:
            continue
        if _ends_with_stop(lines[j].content):
            i = j
            break
        if len(lines[j].tokens) > SENTENCE_HEADLINE_MAX_TOKENS:  # prose before it: no headline above the story
            return None
    if i is None:
        return None
    ln = lines[i]
    after = [j for j in range(i + 1, len(lines)) if keep[j]]
    if (not after or lines[after[0]].block == ln.block or len(ln.tokens) > SENTENCE_HEADLINE_MAX_TOKENS
            or len(ln.tokens) < 2 or not (ln.content[:1].isupper() or ln.content[:1].isdigit())):
        return None
    if any(lines[j].block == ln.block for j in after):  # more story in its block: a paragraph
        return None
    words = _content_words(ln)
    story: set[str] = set()
    for j in after:
        story.update(lines[j].lower)
    if not words or sum(w in story for w in words) < SENTENCE_HEADLINE_MIN_ECHO * len(words):
        return None
    # every other veto still holds: a byline, a date stamp, the site's name is no headline
    plain = _Line(ln.line_no, ln.text, ln.content.rstrip("\"'”’)]").rstrip("."), ln.tokens, ln.lower, ln.block,
                  ln.bullet, ln.numbered, ln.norm)
    return None if not_a_title(plain, outlet) else i


# A public name for scripts/train_line_model.py, which evaluates the same tree ensembles the cleaner uses.
tree_score = _tree_score


# A headline line often carries a part that is not the headline: the site's or section's name
# after a separator ("Title | Site", "Title - Opinion"), a date ("Title / Dec 2025", "Dec 18 2025
# Title") or a source credit ("Title (latimes.com)"). Such a part is cut when the page says what it
# is: a date, the publisher named by the text, or words the page shows elsewhere (a menu entry, the
# footer's name); a subtitle is not repeated elsewhere on the page. A label before a colon is
# kept: "Topic: headline" is how headlines are written, and the topic comes back on the page.
TITLE_SEPARATOR_RE = re.compile(r"\s+(?:[|–—/·•»]|-|::)\s+")
SHORT_PART_WORDS = 2
SOURCE_CREDIT_RE = re.compile(r"\s*\((?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\)\s*$", re.IGNORECASE)
# a full date (day, month and year) at the edge of the line: "Dec 18 2025 Title", "Title  January 22nd, 2019"
_FULL_DATE = rf"(?:(?:{WEEKDAY_NAME})\.?,?\s+)?(?:(?:{MONTH_NAME})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}" \
             rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAME})\.?,?\s+\d{{4}})"
EDGE_DATE_RES = (re.compile(rf"^(?:{_FULL_DATE})\s+(?=\w)", re.IGNORECASE),
                 re.compile(rf"(?<=\w)[\s,]+(?:{_FULL_DATE})$", re.IGNORECASE))
MIN_TRIMMED_TOKENS = 2  # what is left must still read as a headline, not a word


DAY_NAME_RE = re.compile(rf"(?<![a-z])(?:{MONTH_NAME}|{WEEKDAY_NAME})(?![a-z])", re.IGNORECASE)


def _is_date_part(part: str) -> bool:
    """A date stamp: nothing left without date words and numbers, and a month or weekday named
    (a bare number or year is often part of a headline: 'Week 2', '2025')."""
    return not DATE_WORD_RE.sub(" ", part).strip(STAMP_PUNCT) and bool(DAY_NAME_RE.search(part))


def _page_part(part: str, own: str, index: _LineIndex, outlet_norm: str) -> bool:
    """`part` of the line `own` is page furniture: a date, the publisher, a line of its own
    elsewhere on the page (a menu entry), or a name of one or two words the page shows inside
    another line (the footer's "Artlyst Editor"). A longer run of words met elsewhere is more
    often the topic, which the story repeats."""
    norm = _norm(part)
    if not norm:
        return True
    return (_is_date_part(part) or norm == outlet_norm or index.is_line(norm)
            or norm.count(" ") < SHORT_PART_WORDS and index.elsewhere(norm, own))


# UTF-8 read as Latin-1 or Windows-1252 somewhere before the scrape reached us ("Investorâ\x80\x99s",
# "Investorâ€™s" once ingest has mapped the C1 controls, "EspaÃ±a"): a lead byte's character
# followed by as many continuation bytes' characters (U+0080-U+00BF or the Windows-1252
# punctuation that stands for 0x80-0x9F) as that lead byte announces: one after Â-ß (0xC2-0xDF),
# two after à-ï, three after ð-ô. Counting them keeps a right character that follows the broken
# bytes ("CafÃ©’s": the ’ is the page's own) out of the run. A run is put back only when its
# bytes decode as UTF-8.
_CP1252_HIGH = "".join(sorted({bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xA0)} - {""}))
_CONTINUATION = f"[\u0080-\u00bf{re.escape(_CP1252_HIGH)}]"
MOJIBAKE_RE = re.compile(f"[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}"
                         f"|[\u00f0-\u00f4]{_CONTINUATION}{{3}}")


def _char_byte(ch: str) -> bytes:
    try:
        return ch.encode("cp1252")
    except UnicodeEncodeError:
        return ch.encode("latin-1")  # a C1 control or a byte Windows-1252 leaves undefined


def repair_mojibake(text: str) -> str:
    """text with UTF-8 sequences that were decoded as Latin-1/Windows-1252 put back (see MOJIBAKE_RE)."""
    def fix(m: re.Match) -> str:
        try:
            return b"".join(map(_char_byte, m.group())).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return m.group()
    return MOJIBAKE_RE.sub(fix, text) if MOJIBAKE_RE.search(text) else text


def headline_text(lines: list[_Line], i: int, outlet: str | None = None) -> str:
    """The headline in the chosen line `lines[i]`: its content without a site, section or date
    part (see above), with mis-decoded characters put back."""
    return repair_mojibake(_headline_part(lines, i, outlet))


def _headline_part(lines: list[_Line], i: int, outlet: str | None = None) -> str:
    ln = lines[i]
    text = _keep_if_headline(SOURCE_CREDIT_RE.sub("", ln.content), ln.content)
    for edge in EDGE_DATE_RES:
        text = _keep_if_headline(edge.sub("", text), text)
    if not TITLE_SEPARATOR_RE.search(text):
        return text.strip()
    index = _LineIndex([other.norm for other in lines])  # only for a line with a separator
    outlet_norm = _norm(outlet) if outlet else ""
    while seps := list(TITLE_SEPARATOR_RE.finditer(text)):  # tails, last first: "Title | Section | Site"
        cut, tail = text[:seps[-1].start()], text[seps[-1].end():]
        if (len(_tokens(cut)) < MIN_TRIMMED_TOKENS or not _page_part(tail, ln.norm, index, outlet_norm)
                or _is_date_part(cut) or BYLINE_LINE_RE.match(cut) or _norm(cut) == outlet_norm):
            break  # what is left must not be a date, a byline or the publisher ("5 March 2017 | Site")
        text = cut
    return text.strip()


def _norm(text: str) -> str:
    return " ".join(_tokens(text.lower()))  # as _Line.norm


def _keep_if_headline(cut: str, text: str) -> str:
    return cut if len(_tokens(cut)) >= MIN_TRIMMED_TOKENS else text
