"""Findings first: index.html summary from the processed tables, report CSS, verdict as prose,
progress bars on the terminal and none in the HTML reports."""

from __future__ import annotations

import html
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd
import pytest
import report_tables as rt
from hypothesis import HealthCheck, given, settings, strategies as st

from analysis import progress, report
from analysis.display import Prose
from analysis.pipeline import NotebookResult

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def processed(tmp_path):
    arts = rt.articles(400)
    arts.loc[0, "status"] = "binary: not text"
    arts.loc[1, "status"] = "binary: not text"
    arts.to_parquet(tmp_path / "articles.parquet")
    tolls = rt.tolls(arts[arts["status"] == "ok"])
    tolls.to_csv(tmp_path / "death_tolls.csv", index=False)
    tone = rt.article_tone(arts)
    by = rt.by_source(tone)
    by.to_csv(tmp_path / "tone_by_source.csv", index=False)
    rt.pairwise(by).to_csv(tmp_path / "tone_pairwise.csv", index=False)
    return tmp_path, arts, tolls


def test_summary_accounts_for_inputs_dates_outlets_tolls_and_tone(processed):
    path, arts, tolls = processed
    page = report.summary_html(path)
    ok = arts[arts["status"] == "ok"]
    assert f"{len(arts):,} inputs: {len(ok):,} read and cleaned, {len(arts) - len(ok):,} rejected" in page
    assert "<td>binary</td>" in page
    dates = pd.to_datetime(ok["published"])
    assert f"Published {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" in page
    assert f"{ok['outlet'].nunique():,} outlets" in page
    assert f"{len(tolls):,} mentions of a death toll" in page
    # QA6 B2: mentions, not incidents; how many distinct (article, value) claims they hold
    assert f"({len(tolls.drop_duplicates(['article_id', 'value'])):,} distinct when a number repeated" in page
    assert "Syrian Observatory for Human Rights" in page  # a counter's latest war total
    assert "scored articles" in page  # the tone verdict
    for bad in ("NaN", "NaT", "None"):
        assert bad not in page


def test_tolls_without_a_cumulative_claim_say_so_instead_of_counting_zeros(processed):
    """A corpus that is not about the war (WCXB) has tolls but no cumulative claim: the summary
    said "Of the cumulative claims, 0 give ..., 0 ... and 0 ..."."""
    _, arts, tolls = processed
    page = report.tolls_section(tolls[tolls["scope"] != "cumulative"])
    assert "Of the cumulative claims" not in page and "nothing to chart" in page
    assert "Of the cumulative claims" in report.tolls_section(tolls)


def test_index_puts_the_findings_before_the_reports(processed, tmp_path):
    path, _, _ = processed
    reports = tmp_path / "reports"
    (reports / "figures").mkdir(parents=True)
    (reports / "figures" / "01_publication_dates.png").write_bytes(b"png")
    index = report.write_index(reports, [NotebookResult("01_clean_articles", "ran", "", reports / "01_clean_articles.html")], processed=path)
    page = index.read_text()
    assert page.index("Inputs") < page.index("Death tolls") < page.index("Tone of sources") < page.index("01_clean_articles")
    assert 'src="figures/01_publication_dates.png"' in page


def test_missing_tables_are_said_not_fatal(tmp_path):
    assert "notebook 01 has not run" in report.summary_html(tmp_path)


def test_report_css_goes_in_the_head():
    page = report.style_report("<html><head><title>x</title></head><body></body></html>")
    assert page.index("ap-wrap") < page.index("</head>")


def test_verdict_is_prose_with_a_list():
    html = Prose("12 outlets compared.\n1 pair(s) differ:\n- a <b> is more negative than c.\nOther pairs are not.")._repr_html_()
    assert html.count("<p>") == 3 and "<li>a &lt;b&gt; is more negative than c.</li>" in html


def test_bars_in_a_child_process_reach_the_terminal_through_the_relay():
    out = io.StringIO()
    code = ("from analysis.progress import progress_bar\n"
            "for _ in progress_bar(range(300), desc='clean'): pass\n")
    with progress.ProgressRelay(out) as relay:
        relay.stage("01_clean_articles")
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ))
    assert proc.stderr == ""  # nothing on the child's stderr (papermill would put it in the report)
    assert "01_clean_articles: clean" in out.getvalue() and "300/300" in out.getvalue()
    assert progress.PROGRESS_ENV not in os.environ


def test_pipeline_shows_progress_on_the_terminal_and_none_in_the_html(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    body = "Government forces shelled the district on Tuesday, residents said. " * 4
    with open(raw / "corpus.jsonl", "w", encoding="utf-8") as f:
        for i in range(progress.MIN_ITEMS_FOR_BAR + 50):
            f.write(json.dumps({"id": str(i), "text": f"Report {i}\n\n{body}\nAt least {i + 2} people were killed.",
                                "outlet": f"outlet{i % 3}", "published": "2016-05-01"}) + "\n")
    reports = tmp_path / "reports"
    proc = subprocess.run(
        [sys.executable, "-m", "analysis.pipeline", "--raw-dir", str(raw), "--processed-dir", str(tmp_path / "processed"),
         "--reports-dir", str(reports), "--only", "01", "--no-progress"],
        capture_output=True, text=True, cwd=REPO, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "01_clean_articles: clean" in proc.stderr and "article/s" in proc.stderr
    page = (reports / "01_clean_articles.html").read_text()
    assert "article/s" not in page and "01_clean_articles: clean" not in page and "%|" not in page
    assert not (reports / progress.RELAY_FILE).exists(), "the relay's file goes when the run ends"


def test_a_killed_runs_relay_file_is_taken_over_by_the_next_run(tmp_path):
    """A run killed before stop() (SIGKILL) cannot remove its relay file; in the run's own folder
    under one name, the next run there reuses it and removes it, so killed runs leave at most one
    file, not one more in /tmp each (79 had piled up)."""
    killed = progress.ProgressRelay(io.StringIO(), folder=tmp_path).start()
    with open(killed.path, "a") as bars:
        bars.write("old bar\n")
    killed._stop.set()  # its thread is gone, as with the killed process; stop() never runs
    os.environ.pop(progress.PROGRESS_ENV, None)
    out = io.StringIO()
    with progress.ProgressRelay(out, folder=tmp_path) as relay:
        assert relay.path == killed.path and Path(relay.path).parent == tmp_path
    assert list(tmp_path.iterdir()) == [] and "old bar" not in out.getvalue()


def test_pairwise_tests_only_outlets_the_verdict_can_rank():
    from analysis import tone

    at = rt.article_tone(rt.articles(10_000))
    names = tone.compared_outlets(at, min_articles=10)
    counts = at["outlet"].value_counts()
    assert len(names) == tone.MAX_COMPARED_OUTLETS < int((counts >= 10).sum())
    assert min(counts[n] for n in names) >= max(counts[o] for o in counts.index if o not in names)
    assert all(counts[n] >= 10 for n in tone.compared_outlets(rt.article_tone(rt.articles(400)), min_articles=10))


def test_index_thumbnails_wrap_instead_of_running_off_the_page(tmp_path):
    """At 1,300 px the third thumbnail of notebook 03 was cut off: thumbnails sat in a no-wrap table cell."""
    import re

    reports = tmp_path / "reports"
    (reports / "figures").mkdir(parents=True)
    names = ["03_actor_heatmap.png", "03_narration_vs_quotation.png", "03_tone_by_source.png"]
    for name in names:
        (reports / "figures" / name).write_bytes(b"png")
    page = report.write_index(reports, [NotebookResult("03_source_tone", "ran", "", reports / "03_source_tone.html")]).read_text()
    css = re.search(r"\.thumbs\s*\{([^}]*)\}", page)
    assert css and "flex-wrap: wrap" in css[1] and "display: flex" in css[1]
    block = page[page.index("class='thumbs'"):]
    assert all(f'src="figures/{n}"' in block for n in names)
    assert "<td" not in page[:page.index("class='thumbs'")].rsplit("<h2>Reports</h2>", 1)[-1], "no table cell (white-space: nowrap) around the thumbnails"
    width = int(re.search(r"\.thumbs a\s*\{[^}]*flex:\s*0 1 (\d+)px", page)[1])
    assert 2 * width <= 64 * 16, "two thumbnails fit side by side in the 64em page"


def test_report_headers_may_wrap_after_underscores_values_do_not(tmp_path):
    """A wide table (the engines' agreement table) fits the page when its long snake_case headers
    wrap; the values in its cells are left whole."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook, new_output

    from analysis.pipeline import export_html

    table = pd.DataFrame({"n_engines_significant": [3], "outlet_a": ["al_alam"]}).to_html(index=False)
    nb = new_notebook(cells=[new_code_cell("t", outputs=[new_output("execute_result", {"text/html": table}, execution_count=1)])])
    executed = tmp_path / "x.ipynb"
    nbformat.write(nb, executed)
    export_html(executed, tmp_path / "x.html")
    page = (tmp_path / "x.html").read_text()
    import re

    assert re.search(r"n_<wbr/?>engines_<wbr/?>significant</th>", page) and re.search(r"outlet_<wbr/?>a</th>", page)
    assert "<td>al_alam</td>" in page
    assert "th { white-space: normal; }" in page


def test_repeated_records_are_not_called_rejected():
    """A duplicate_record row is read, once, as the article it repeats: the index said FA-KES's
    8 repeats were '8 rejected'."""
    statuses = ["ok"] * 3 + ["duplicate_record: repeats the article of line 2"] * 2 + ["empty: no text"]
    page = report.inputs_section(pd.DataFrame({"status": statuses}))
    assert "6 inputs: 3 read and cleaned, 2 repeat an earlier record or file, whose article is read once, 1 rejected" in page
    page = report.inputs_section(pd.DataFrame({"status": statuses[:5]}))
    assert "rejected" not in page.split("(each")[0]
    assert "3 inputs: 3 read and cleaned, 0 rejected" in report.inputs_section(pd.DataFrame({"status": ["ok"] * 3}))


def test_an_output_wider_than_the_page_says_it_scrolls(tmp_path):
    """tone.csv's sample scrolled sideways with nothing to show it (scrollbars hidden on macOS and
    touch screens): in a browser, the caption of an output wider than the page gets a hint, one
    that fits gets none."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook, new_output
    from test_report_safety import CHROMIUM, probe_script, settled_dom

    from analysis.pipeline import export_html

    if CHROMIUM is None:
        pytest.skip("chromium not installed (.ci/run installs it)")
    wide = pd.DataFrame({f"column_{i}": [0.123456] for i in range(40)}).to_html(index=False)
    narrow = pd.DataFrame({"outlet": ["x"], "mean": [0.1]}).to_html(index=False)
    cells = [new_code_cell("t", outputs=[new_output("execute_result", {"text/html": f"<p>{name} table</p>{table}"},
                                                    execution_count=1)])
             for name, table in (("wide", wide), ("narrow", narrow))]
    executed = tmp_path / "x.ipynb"
    nbformat.write(new_notebook(cells=cells), executed)
    export_html(executed, tmp_path / "x.html")
    page = (tmp_path / "x.html").read_text()
    probe = probe_script("document.body.dataset.hints = "
                         "[...document.querySelectorAll('.jp-OutputArea-output > p:first-child')].map(p => p.textContent + '='"
                         " + getComputedStyle(p, '::after').content).join('|');")
    (tmp_path / "probe.html").write_text(page.replace("</body>", probe + "</body>"))

    def hints_in(dom: str) -> dict[str, str]:
        return dict(h.split("=", 1) for h in html.unescape(dom.split('data-hints="', 1)[1].split('"', 1)[0]).split("|"))

    dom = settled_dom(tmp_path / "probe.html", tmp_path, lambda dom: "Scroll sideways" in hints_in(dom)["wide table"])
    hints = hints_in(dom)
    assert "Scroll sideways" in hints["wide table"], hints
    assert hints["narrow table"] == "none", hints


def test_a_long_unbroken_value_wraps_inside_its_cell(tmp_path):
    """URL ids with a utm_... query have no place to break: in 01/02 they ran out of the
    article_id cell over the outlet and published columns. Each cell keeps its text inside."""
    import random

    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook, new_output
    from test_report_safety import CHROMIUM, _dump_dom

    from analysis.display import people_table
    from analysis.pipeline import export_html

    if CHROMIUM is None:
        pytest.skip("chromium not installed (.ci/run installs it)")
    rng = random.Random(0)
    ids = ["u:https://www.example.com/" + "-".join("".join(rng.choices("abcdefgh", k=rng.randint(3, 9))) for _ in range(8))
           + "?utm_source=x&" + "".join(rng.choices("abcdefghij_=&", k=rng.randint(40, 120))) for _ in range(6)]
    table = pd.DataFrame({"article_id": ids, "outlet": ["alaraby"] * 6, "published": ["2015-07-05"] * 6,
                          "title": ["A title of some length about the war in Syria"] * 6})
    out = new_output("execute_result", {"text/html": people_table(table)._repr_html_()}, execution_count=1)
    executed = tmp_path / "x.ipynb"
    nbformat.write(new_notebook(cells=[new_code_cell("t", outputs=[out])]), executed)
    export_html(executed, tmp_path / "x.html")
    assert _overflowing_cells(tmp_path / "x.html", tmp_path) == 0
    # the index's tables too (the latest war total and the claims below a lower bound name articles)
    (tmp_path / "reports").mkdir()
    index = report.write_index(tmp_path / "reports", [], processed=None)
    index.write_text(index.read_text().replace("</body>", report._table(table[["outlet", "published", "article_id"]]) + "</body>"))
    assert _overflowing_cells(index, tmp_path) == 0


def _overflowing_cells(page: Path, tmp_path: Path) -> int:
    """How many table cells of the page in Chromium hold text wider than the cell or run off the window."""
    from test_report_safety import _dump_dom

    probe = ("<script>document.body.dataset.over = [...document.querySelectorAll('td')].filter(td => "
             "td.scrollWidth > td.clientWidth + 1 || td.getBoundingClientRect().right > window.innerWidth).length;</script>")
    probed = tmp_path / f"probe_{page.name}"
    probed.write_text(page.read_text().replace("</body>", probe + "</body>"))
    dom = _dump_dom(probed, tmp_path)
    return int(dom.split('data-over="', 1)[1].split('"', 1)[0])


def test_the_index_names_the_claims_below_an_earlier_lower_bound(processed):
    """'1 claim(s) fall below an earlier lower bound' did not say which claim, in which article."""
    from analysis.tolls import timeline

    _, _, tolls = processed
    for n in (1, len(timeline.backwards_by_counter(tolls))):
        few = tolls
        back = timeline.backwards_by_counter(few)
        if n == 1:  # keep one backwards claim: drop the other claims' articles
            few = tolls[~tolls["article_id"].isin(back["article_id"].iloc[1:])]
            back = timeline.backwards_by_counter(few)
        assert len(back) == n > 0
        page = report.tolls_section(few)
        for r in back.head(report.BACKWARDS_LISTED).itertuples():
            assert f'<td class="id">{html.escape(r.article_id)}</td>' in page and re.search(f"<td( class=\"wrap\")?>{re.escape(html.escape(r.reason))}</td>", page)
        assert (f"the first {report.BACKWARDS_LISTED}" in page) == (n > report.BACKWARDS_LISTED)


def test_the_index_says_what_notebook_01s_notes_ignored(processed):
    """metadata.csv rows ignored ('c.txt does not exist ... did you mean C.txt?') were only in
    notebook 01; the index said 'nothing is dropped silently' with no mention of them."""
    from analysis import tables

    path, _, _ = processed
    assert "ignored" not in report.summary_html(path)
    notes = ["u.jsonl: dates read as m/d/y (15)",
             "metadata.csv line 3: c.txt does not exist in raw (did you mean C.txt? letter case differs); row ignored",
             "metadata.csv line 4: no file name; row ignored"]
    tables.write_tables(path, {tables.INPUT_NOTES: tables.notes_table(notes)})
    page = report.summary_html(path)
    assert "2 notes on the inputs say something was ignored, the first: metadata.csv line 3: c.txt" in page
    assert "notebook 01" in page
    tables.write_tables(path, {tables.INPUT_NOTES: tables.notes_table([])})
    assert "ignored" not in report.summary_html(path)


@pytest.mark.parametrize("n_off", [0, 1, 3])
def test_coverage_counts_articles_that_never_name_the_conflict(n_off):
    """A corpus that mixes in other news (a QA run: COVID and a medical data set led the toll
    tables) is said on the index: how many ok articles never name the conflict, from the
    warning notebook 01 gives each; rejected rows are not counted."""
    from analysis.articles import off_topic_warning

    texts = ["Shelling in Aleppo killed 4."] * 2 + ["A storm killed 9 in Kansas."] * n_off
    warnings = [off_topic_warning(None, t, "Syria") or "" for t in texts]
    articles = pd.DataFrame({"status": ["ok"] * len(texts) + ["not_english"], "published": None,
                             "outlet": "x", "warnings": warnings + [off_topic_warning(None, "Kansas.", "Syria")]})
    page = report.coverage_section(articles)
    if n_off:  # and on the index, which reads the articles table from disk
        from analysis.tables import write_table
        with tempfile.TemporaryDirectory() as tmp:
            write_table(articles.assign(article_id=[f"a{i}" for i in range(len(articles))]), Path(tmp) / "articles.parquet")
            assert "never n" in report.summary_html(Path(tmp))
    if n_off == 0:
        assert "never name" not in page
    else:
        verb = "names" if n_off == 1 else "name"
        assert f"{n_off} article{'s' if n_off > 1 else ''} of {len(texts)} never {verb} the conflict" in page
        # the rest of the line agrees with the count too: '1 article ... never names the conflict; their tolls' read wrong
        own, belongs = ("its", "it belongs") if n_off == 1 else ("their", "they belong")
        assert f"{own} tolls and tone are in the tables, {own} tolls " in page and f"check whether {belongs} in" in page, page


def test_the_report_page_keeps_a_short_ids_whole_value_on_hover_and_text_headers_over_their_text(tmp_path):
    """The sanitizer kept `title` only on links, so a short URL id lost its whole value in the
    HTML report; and text columns' headers stood right-aligned, far from their left-aligned text."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook, new_output

    from analysis.display import people_table
    from analysis.pipeline import export_html

    full = "u:https://www.example.com/middle-east/2017/04/05/syria-attack-symptoms-consistent-with-nerve-agent?utm_source=x"
    table = people_table(pd.DataFrame({"article_id": [full], "value": [3], "title": ["A title"]}))
    out = new_output("execute_result", {"text/html": table._repr_html_(), "text/plain": repr(table)}, execution_count=1)
    executed = tmp_path / "x.ipynb"
    nbformat.write(new_notebook(cells=[new_code_cell("t", outputs=[out])]), executed)
    export_html(executed, tmp_path / "x.html")
    page = (tmp_path / "x.html").read_text()
    assert f'title="{html.escape(full)}"' in page
    assert 'class="ap-head-left"' in page.split(">article_id")[0].rsplit("<th", 1)[1]
    assert 'class="ap-head-left"' in page.split(">title<")[0].rsplit("<th", 1)[1]
    assert "ap-head-left" not in page.split(">value<")[0].rsplit("<th", 1)[1]


@pytest.mark.skipif(__import__("shutil").which("chromium") is None, reason="chromium not installed (.ci/run installs it)")
@settings(max_examples=4, deadline=None)
@given(st.lists(st.tuples(st.text(st.sampled_from("abcdefghij <>'=\"/"), min_size=3, max_size=90),
                          st.text(st.sampled_from("abcdefghij _-"), min_size=20, max_size=70),
                          st.from_regex(r"[a-z_]{3,12}:[0-9]{6,14}", fullmatch=True)), min_size=1, max_size=6))
def test_the_index_tables_fit_the_text_column(rows):
    """QA5 B13: the latest claim by each counter ran past the text column (a long outlet, a
    counter's full name, an article id, each kept on one line)."""
    import tempfile

    table = pd.DataFrame([{"counter": c, "counter_kind": "monitoring group", "date": "2016-08-01", "value": 470000,
                           "as_worded": "more than", "outlet": o, "article_id": a} for o, c, a in rows])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "reports").mkdir()
        index = report.write_index(tmp / "reports", [], processed=None)
        probe = ("<script>const b = document.body.getBoundingClientRect().right; document.body.dataset.over = "
                 "[...document.querySelectorAll('table')].filter(t => t.getBoundingClientRect().right > b + 1).length;</script>")
        index.write_text(index.read_text().replace("</body>", report._table(table, numeric={"value"}) + probe + "</body>"))
        from test_report_safety import CHROMIUM

        res = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                              "--disable-background-networking", "--disable-component-update", "--disable-sync",
                              "--disable-dev-shm-usage", f"--user-data-dir={tmp / 'profile'}", "--window-size=1300,2600",
                              "--virtual-time-budget=5000", "--dump-dom", index.resolve().as_uri()],
                             capture_output=True, text=True, timeout=120)  # the QA's window: a laptop's
        assert res.stdout.split('data-over="', 1)[1].split('"', 1)[0] == "0", table.to_dict("records")


@pytest.mark.parametrize("n_other", [1, 7])
def test_the_index_says_whose_verdict_it_is_when_the_engines_disagree(processed, n_other):
    """QA6 A3: the index said "No pair of outlets differs" (textblob) while VADER in the same run
    found 27 pairs, and never said so."""
    from analysis.tables import AGREEMENT_FILE

    path, arts, _ = processed
    outlets = sorted(arts["outlet"].dropna().unique())
    pairs = pd.DataFrame([{"outlet_a": outlets[0], "outlet_b": b, "difference_textblob": 0.01, "significant_textblob": False,
                           "difference_vader": 0.2, "significant_vader": True, "n_engines_significant": 1, "robust": False}
                          for b in outlets[1:n_other + 1]])
    pairs.to_csv(path / AGREEMENT_FILE, index=False)
    text = " ".join(html.unescape(report.summary_html(path)).split())
    assert f"with textblob only, not with every engine scored in this run (textblob, vader) in the same direction " \
           f"(of the other engines scored in this run, vader finds {n_other} pair{'s' if n_other != 1 else ''})" in text
    assert "Notebook 03" in text and "How far the numbers can be trusted" in text
    # the section it names is in the README and says which engine to publish with (QA8 13 moved the log out)
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## How far the numbers can be trusted\n", 1)[1].split("\n## ", 1)[0]
    assert "--tone-engine hybrid" in section and "published comparison" in section
    assert text.count("other engines") == 1, text  # one sentence on them (note 6: the verdict and a line below it)
    pairs["significant_textblob"] = True  # the engines agree: nothing to add
    pairs.to_csv(path / AGREEMENT_FILE, index=False)
    assert "other engines" not in report.summary_html(path) and "Notebook 03 (" not in report.summary_html(path)


def test_one_input_and_one_outlet_are_singular(tmp_path):
    """QA6 B6: '1 inputs: 0 read and cleaned, 1 rejected', '1 outlets:'."""
    arts = rt.articles(5).head(1)
    arts.to_parquet(tmp_path / "articles.parquet")
    page = html.unescape(report.summary_html(tmp_path))
    assert "1 input: " in page and "1 outlet:" in page
    assert "1 inputs" not in page and "1 outlets" not in page


def test_an_empty_toll_table_and_inputs_all_read_are_said_plainly():
    """WCXB pages (no war, no toll) gave '0 mentions of a death toll in 0 articles (0 distinct when
    ...): 0 incident, 0 cumulative, 0 other mentions. Mentions are not events...', and inputs all
    read pointed to reasons 'below' that no row has."""
    from analysis.schema import TOLL_COLUMNS

    page = report.tolls_section(pd.DataFrame(columns=list(TOLL_COLUMNS)))
    assert "No article states a death toll" in page and "0 incident" not in page and "Mentions are not events" not in page
    page = report.inputs_section(pd.DataFrame({"status": ["ok"] * 3}))
    assert "3 inputs: 3 read and cleaned, 0 rejected." in page and "reason below" not in page
    assert "reason below" in report.inputs_section(pd.DataFrame({"status": ["ok", "empty: no text"]}))


STALE_TABLES = ("articles.parquet", "death_tolls.csv", "tone_by_source.csv", "tone_pairwise.csv")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sets(st.sampled_from(STALE_TABLES), min_size=1))
def test_a_table_left_out_as_an_earlier_runs_is_said_to_be_there(processed, hidden):
    """QA10 F7: after Ctrl-C in notebook 02 the index said "No death-toll table (notebook 02 has
    not run)" and "notebook 03 has not run" though both had run before and their tables were on
    disk, left out as an earlier run's. A section whose table is left out says so; a table that
    is not there at all still reads as its notebook not having run."""
    path, _, _ = processed
    page = " ".join(report.summary_html(path, frozenset(hidden)).split())
    assert "has not run" not in page, page
    if "articles.parquet" in hidden:
        assert f"Left out: articles.parquet in {path} is from an earlier run" in page
        return
    if "death_tolls.csv" in hidden:
        assert f"Left out: death_tolls.csv in {path} is from an earlier run" in page
    tone = [t for t in STALE_TABLES[2:] if t in hidden]
    if tone:
        assert f"Left out: {' and '.join(tone)} in {path} {'are' if len(tone) > 1 else 'is'} from an earlier run" in page
    gone = path / "gone"
    gone.mkdir(exist_ok=True)
    assert "notebook 01 has not run" in report.summary_html(gone, frozenset(hidden))
