"""The pipeline command: parameters checked first, failures named, reruns skipped, outputs reproducible."""

from __future__ import annotations

import keyword
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nbformat.v4 import new_code_cell, new_notebook


REPO = Path(__file__).resolve().parents[1]


def _notebook(path: Path, *sources: str) -> Path:
    nb = new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    params = new_code_cell('raw_dir = "."\nprocessed_dir = "."\nfigures_dir = "."')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params] + [new_code_cell(s) for s in sources]
    nbformat.write(nb, path)
    return path


def _raw_with_one_article(folder: Path) -> Path:
    """A raw folder holding one article: an empty raw folder is a parameter error (exit 2)."""
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text("an article")
    return folder


def _run(*args: str) -> subprocess.CompletedProcess:
    """The pipeline on `args`; options before the first '--' one go to Python itself (-X importtime)."""
    first = next((i for i, a in enumerate(args) if a.startswith("--")), len(args))
    return subprocess.run(
        [sys.executable, *args[:first], "-m", "analysis.pipeline", "--no-progress", *args[first:]],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )


def test_help_documents_every_option():
    out = _run("--help").stdout
    for option in ("--raw-dir", "--processed-dir", "--reports-dir", "--engine", "--force", "--conflict-start", "--only"):
        assert option in out


def test_the_on_topic_flag_is_spelled_once_and_help_does_not_import_articles():
    """--help spelled --chart-on-topic-only and the off-topic warning out again; articles (which
    warnings and report notes name the flag from) costs pandas to import. One cheap home."""
    from analysis import articles, on_topic, pipeline

    assert articles.ON_TOPIC_FLAG is on_topic.ON_TOPIC_FLAG and articles.OFF_TOPIC_WARNING is on_topic.OFF_TOPIC_WARNING
    options = {s for a in pipeline.build_parser()._actions for s in a.option_strings}
    assert on_topic.ON_TOPIC_FLAG in options
    res = _run("-X", "importtime", "--help")
    imported = {line.rsplit("|", 1)[-1].strip() for line in res.stderr.splitlines() if line.startswith("import time:")}
    assert "analysis.on_topic" in imported and not imported & {"analysis.articles", "pandas"}
    assert on_topic.OFF_TOPIC_WARNING in " ".join(res.stdout.split()).replace("- ", "-")


@pytest.mark.parametrize(
    "args, words",
    [
        (["--raw-dir", "no/such/dir"], "no such directory"),
        (["--conflict-start", "2011-13-45"], "not an ISO date"),
        (["--engine", "spark"], "invalid choice"),
        (["--scheduler", "tcp://127.0.0.1:8786"], "--engine dask"),
        (["--only", "07"], "no notebook numbered 07"),
        (["--seed", "-1"], "--seed -1: must be"),
        (["--conflict-start", "9999-01-01"], "must lie between 1990-01-01 and today"),
        (["--columns", "colour=red"], "unknown field 'colour'"),
        (["--processed-dir", "data/raw/out"], "overlap"),
    ],
)
def test_bad_parameters_rejected_before_any_notebook_runs(tmp_path, args, words):
    res = _run("--reports-dir", str(tmp_path / "reports"), *args)
    assert res.returncode == 2
    assert words in res.stderr
    assert not (tmp_path / "reports" / "index.html").exists()


def test_empty_raw_dir_or_a_file_as_raw_dir_exits_2_saying_what_to_do(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    res = _run("--raw-dir", str(raw), "--reports-dir", str(tmp_path / "r"), "--processed-dir", str(tmp_path / "p"))
    assert res.returncode == 2 and f"no inputs in {raw}" in res.stderr and ".csv" in res.stderr
    (raw / "a.txt").write_text("Five people were killed.")
    res = _run("--raw-dir", str(raw / "a.txt"), "--reports-dir", str(tmp_path / "r"), "--processed-dir", str(tmp_path / "p"))
    assert res.returncode == 2 and "is a file" in res.stderr and f"--raw-dir {raw}" in res.stderr
    assert not (tmp_path / "r" / "index.html").exists()
    (tmp_path / "taken").write_text("x")  # QA6 B6: an output folder that is a file said "File exists ... free some space"
    res = _run("--raw-dir", str(raw), "--reports-dir", str(tmp_path / "r"), "--processed-dir", str(tmp_path / "taken"))
    assert res.returncode == 2 and f"--processed-dir {tmp_path / 'taken'} is a file; pass a folder" in res.stderr
    assert "free some space" not in res.stderr


def test_failing_notebook_is_written_named_and_stops_the_run(tmp_path):
    nbs = tmp_path / "nbs"
    nbs.mkdir()
    _notebook(nbs / "01_ok.ipynb", "print('fine')")
    _notebook(nbs / "02_broken.ipynb", "x = 1", "raise ValueError('bad table')")
    _notebook(nbs / "03_after.ipynb", "print('never')")
    reports = tmp_path / "reports"
    _raw_with_one_article(tmp_path / "raw")
    res = _run("--notebooks-dir", str(nbs), "--reports-dir", str(reports), "--raw-dir", str(tmp_path / "raw"),
               "--processed-dir", str(tmp_path / "processed"))
    assert res.returncode == 1
    assert "02_broken.ipynb" in res.stderr and "ValueError: bad table" in res.stderr
    executed = nbformat.read(reports / "02_broken.ipynb", as_version=4)
    failing = [c for c in executed.cells if c.cell_type == "code" and any(o.output_type == "error" for o in c.get("outputs", []))]
    assert len(failing) == 1 and "raise ValueError" in failing[0].source
    assert f"In [{failing[0].execution_count}]" in res.stderr, "the message names the failing cell"
    assert not (reports / "03_after.ipynb").exists()
    index = (reports / "index.html").read_text()
    assert "failed" in index and "not run" in index


def _imported(proc) -> set[str]:
    """The modules a `python -X importtime` run imported, from its stderr."""
    return {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}


def test_unchanged_notebook_is_skipped_and_force_reruns(tmp_path):
    nbs = tmp_path / "nbs"
    nbs.mkdir()
    _notebook(nbs / "01_ok.ipynb", "print('fine')")
    common = ["--notebooks-dir", str(nbs), "--reports-dir", str(tmp_path / "r"), "--raw-dir", str(tmp_path / "raw"),
              "--processed-dir", str(tmp_path / "p")]
    _raw_with_one_article(tmp_path / "raw")
    first = _run("-X", "importtime", *common)
    assert "running" in first.stdout
    # a run loads nbformat's validator without rfc3987_syntax's lark grammars (1.3 CPU s), which no schema uses
    import importlib.util

    assert importlib.util.find_spec("lark") is not None  # else the next line could not fail
    assert {"jsonschema", "lark"} & _imported(first) == {"jsonschema"}
    skip = _run("-X", "importtime", *common)
    assert "skipped" in skip.stdout
    # QA5 B12: deciding to skip cost ~3 s of CPU, two thirds of it importing papermill (nbformat's
    # jsonschema builds URI grammars); a re-run that skips every notebook never needs it.
    imported = _imported(skip)
    assert "analysis.cache" in imported, "python -X importtime reported the run's imports"
    assert not imported & {"papermill", "nbformat", "jsonschema"}, imported & {"papermill", "nbformat", "jsonschema"}
    (tmp_path / "raw" / "new.txt").write_text("a new article")
    assert "running" in _run(*common).stdout, "a changed input must re-run the notebook"
    assert "running" in _run(*common, "--force").stdout


def test_bundled_articles_end_to_end_reproduce_committed_tables(tmp_path):
    """Regenerating data/processed from data/raw changes nothing."""
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    res = _run("--processed-dir", str(processed), "--reports-dir", str(reports))
    assert res.returncode == 0, res.stderr[-3000:]
    assert "[IPKernelApp]" not in res.stderr, "kernels log nothing on the terminal (no TCP warning)"
    committed = sorted(p.name for p in (REPO / "data" / "processed").iterdir() if not p.name.startswith("."))
    produced = sorted(p.name for p in processed.iterdir() if not p.name.startswith("."))
    assert produced == committed
    for name in produced:
        read = pd.read_parquet if name.endswith(".parquet") else pd.read_csv
        pd.testing.assert_frame_equal(read(processed / name), read(REPO / "data" / "processed" / name), obj=name)
    index = (reports / "index.html").read_text()
    for nb in ("01_clean_articles", "02_death_tolls", "03_source_tone"):
        assert f'href="{nb}.html"' in index
        assert (reports / f"{nb}.html").stat().st_size > 1000
    assert list((reports / "figures").glob("*.png"))


def test_tables_are_written_atomically_and_readable(tmp_path):
    from analysis import tables

    path = tables.write_table(pd.DataFrame({"a": [1, 2]}), tmp_path / "t.csv")
    assert path.stat().st_mode & 0o044, "other users and groups may read a processed table"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"], "no temporary file is left behind"
    with pytest.raises(ValueError, match="unsupported table format"):
        tables.write_table(pd.DataFrame({"a": [1]}), tmp_path / "t.xlsx")
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_each_notebook_receives_only_the_parameters_it_declares(tmp_path):
    from analysis.pipeline import build_parser, notebook_parameters, validate

    _raw_with_one_article(tmp_path)
    args = build_parser().parse_args(["--raw-dir", str(tmp_path), "--seed", "7", "--tone-engine", "model"])
    params = validate(args)
    nb = _notebook(tmp_path / "01_x.ipynb", "print(raw_dir)")
    assert set(notebook_parameters(nb, params)) == {"raw_dir", "processed_dir", "figures_dir"}
    for name in ("02_death_tolls", "03_source_tone"):
        got = notebook_parameters(REPO / "notebooks" / f"{name}.ipynb", params)
        assert "raw_dir" not in got, "02 and 03 read the processed tables, not the raw folder"
        assert got["processed_dir"] == params["processed_dir"]
    tone_params = notebook_parameters(REPO / "notebooks" / "03_source_tone.ipynb", params)
    assert tone_params["seed"] == 7 and tone_params["tone_engine"] == "model"


_NAME = st.from_regex(r"[a-z_][a-z0-9_]{0,10}", fullmatch=True).filter(lambda n: not keyword.iskeyword(n))
# no "=" in strings: papermill cannot parse `x = '='` (it logs "Unable to parse line" and drops x), which the ast reading keeps
_VALUE = st.one_of(st.integers(), st.text(st.characters(codec="ascii", exclude_characters="\\\"\n\r="), max_size=8).map(repr),
                   st.booleans().map(str), st.just('""'), st.floats(allow_nan=False, allow_infinity=False).map(repr))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(_NAME, _VALUE, st.booleans()), min_size=0, max_size=6), st.booleans())
def test_declared_parameters_are_what_papermill_finds(tmp_path_factory, assignments, tagged):
    """The pipeline reads a notebook's parameters without papermill (B12); the names are the
    ones papermill's inspect_notebook lists."""
    import papermill as pm

    from analysis.pipeline import declared_parameters

    lines = [f"{name} = {value}" + ("  # a comment" if comment else "") for name, value, comment in assignments]
    nb = new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    cell = new_code_cell("\n".join(lines))
    if tagged:
        cell.metadata["tags"] = ["parameters"]
    nb.cells = [new_code_cell("x_not_a_parameter = 1"), cell]
    path = tmp_path_factory.mktemp("nb") / "n.ipynb"
    nbformat.write(nb, path)
    assert declared_parameters(path) == set(pm.inspect_notebook(str(path)))


_IPYTHON_LINE = st.tuples(st.sampled_from(["", " ", "\t"]),
                          st.sampled_from(["%matplotlib inline", "%load_ext autoreload", "%autoreload 2",
                                           "!ls -la", "!pip install x", "%%capture", "!echo $HOME"]))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.tuples(_NAME, _VALUE).map(lambda a: f"{a[0]} = {a[1]}"),
                          _IPYTHON_LINE.map("".join)), min_size=1, max_size=8))
def test_magics_and_shell_lines_in_the_parameters_cell_give_papermills_names(tmp_path_factory, lines):
    """A parameters cell may hold `%matplotlib inline` or `!ls` (IPython, not Python): ast alone
    raised SyntaxError and the run crashed, where papermill skips those lines."""
    import papermill as pm

    from analysis.pipeline import declared_parameters

    nb = new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    cell = new_code_cell("\n".join(lines))
    cell.metadata["tags"] = ["parameters"]
    nb.cells = [cell]
    path = tmp_path_factory.mktemp("nb") / "n.ipynb"
    nbformat.write(nb, path)
    assert declared_parameters(path) == set(pm.inspect_notebook(str(path)))


def test_parameters_cell_beyond_whole_line_magics_falls_back_to_papermill(tmp_path):
    """IPython syntax ast cannot read even without whole-line magics (`files = !ls`): papermill's
    inspect_notebook decides."""
    import papermill as pm

    from analysis.pipeline import declared_parameters

    nb = new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    cell = new_code_cell("seed = 1\nfiles = !ls\nraw_dir = 'x'")
    cell.metadata["tags"] = ["parameters"]
    nb.cells = [cell]
    path = tmp_path / "n.ipynb"
    nbformat.write(nb, path)
    assert declared_parameters(path) == set(pm.inspect_notebook(str(path))) >= {"seed", "raw_dir"}


def test_write_tables_writes_each_and_reports_its_rows(tmp_path, capsys):
    from analysis import tables

    tables.write_tables(tmp_path, {"a.csv": pd.DataFrame({"x": [1, 2, 3]}), "b.parquet": pd.DataFrame({"y": [1]})})
    assert capsys.readouterr().out == "wrote a.csv: 3 rows\nwrote b.parquet: 1 rows\n"
    assert len(tables.read_table(tmp_path / "a.csv")) == 3 and len(tables.read_table(tmp_path / "b.parquet")) == 1


def test_corpus_without_a_text_column_ends_with_one_line_and_exit_2(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "export.csv").write_text("unit_id,headline_words,source\n1,Some words,X\n")
    nbs = tmp_path / "nbs"
    nbs.mkdir()
    _notebook(nbs / "01_ok.ipynb", "print('rows for every input')")
    res = _run("--raw-dir", str(raw), "--reports-dir", str(tmp_path / "r"), "--processed-dir", str(tmp_path / "p"),
               "--notebooks-dir", str(nbs))
    assert res.returncode == 2
    line = res.stderr.strip().splitlines()[-1]  # the kernel may log a line of its own before
    assert [l for l in res.stderr.splitlines() if l.startswith("error:")] == [line]
    assert str(raw / "export.csv") in line and "headline_words, source, unit_id" in line and "--columns text=" in line
    assert (tmp_path / "r" / "01_ok.html").exists(), "the notebooks still ran: every input has its row"


def test_unwritable_reports_folder_is_one_line(tmp_path):
    (tmp_path / "a_file").write_text("not a folder")  # fails for root too, unlike a chmod
    res = _run("--raw-dir", str(REPO / "data" / "raw"), "--reports-dir", str(tmp_path / "a_file" / "r"),
               "--processed-dir", str(tmp_path / "p"))
    assert res.returncode == 2 and len(res.stderr.strip().splitlines()) == 1, res.stderr
    assert "writable" in res.stderr and "a_file" in res.stderr


def test_no_usable_article_stops_after_notebook_01_with_a_line_per_kind(tmp_path):
    """A folder whose inputs are all rejected (a PDF, a compressed export, a CSV without a
    text column) runs notebook 01 (its report accounts for each input), then stops with exit 2
    and one line per kind of rejection saying what to do, instead of crashing in a later
    notebook on empty tables."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "report.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (raw / "export.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00" + bytes(20))
    (raw / "export.csv").write_text("id,headline,publisher\n1,Syria talks,Reuters\n")
    res = _run("--raw-dir", str(raw), "--reports-dir", str(tmp_path / "r"), "--processed-dir", str(tmp_path / "p"))
    assert res.returncode == 2, res.stderr
    err = res.stderr[res.stderr.index("error:"):]
    assert "gave a usable article" in err.splitlines()[0]
    kinds = [l.strip() for l in err.splitlines()[1:]]
    assert [k.split(":", 1)[0] for k in kinds] == ["missing_column", "unsupported_format"]
    assert "--columns text=COLUMN" in kinds[0] and "gunzip export.jsonl.gz" in err
    assert "Traceback" not in res.stderr and "TypeError" not in res.stderr
    assert (tmp_path / "r" / "01_clean_articles.html").exists()
    assert not (tmp_path / "r" / "03_source_tone.html").exists()
    assert "not run" in (tmp_path / "r" / "index.html").read_text()


def test_columns_naming_an_absent_column_exits_2_before_any_notebook(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "export.csv").write_text("headline,body,pub_date\nT,Some words,2016-01-02\n")
    res = _run("--raw-dir", str(raw), "--reports-dir", str(tmp_path / "r"), "--processed-dir", str(tmp_path / "p"),
               "--columns", "date=pubdate")
    assert res.returncode == 2
    (line,) = [l for l in res.stderr.splitlines() if l.startswith("error:")]
    assert "export.csv" in line and "pubdate" in line and "body, headline, pub_date" in line
    assert not (tmp_path / "r" / "index.html").exists()


def test_help_columns_fields_agree_with_the_parser():
    from analysis.corpus_columns import FIELD_NAMES, parse_column_mapping

    out = " ".join(_run("--help").stdout.split())
    for field in FIELD_NAMES:
        assert field in out
        parse_column_mapping(f"{field}=x")
    example = out.split("--columns COLUMNS")[-1].split("e.g. ")[1].split(";")[0]
    assert parse_column_mapping(example)


def test_same_inputs_give_byte_identical_executed_notebook_and_report(tmp_path):
    """papermill's injected cell had a random id (and timings), so two runs' reports differed."""
    nbs = tmp_path / "nbs"
    nbs.mkdir()
    _notebook(nbs / "01_ok.ipynb", "print(sorted({'b', 'a'}))")
    _raw_with_one_article(tmp_path / "raw")
    outs = []
    for run in ("r1", "r2"):
        res = _run("--notebooks-dir", str(nbs), "--reports-dir", str(tmp_path / run), "--raw-dir", str(tmp_path / "raw"),
                   "--processed-dir", str(tmp_path / "p"), "--force")
        assert res.returncode == 0, res.stderr[-2000:]
        outs.append(((tmp_path / run / "01_ok.ipynb").read_text(), (tmp_path / run / "01_ok.html").read_text()))
    executed = nbformat.read(tmp_path / "r1" / "01_ok.ipynb", as_version=4)
    assert any("injected-parameters" in c.metadata.get("tags", []) for c in executed.cells), "papermill injected a cell"
    assert outs[0][0].replace(str(tmp_path / "r1"), "") == outs[1][0].replace(str(tmp_path / "r2"), "")
    assert outs[0][1] == outs[1][1]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.none(), st.integers(0, 10**7)), min_size=1, max_size=8),
       st.lists(st.floats(0, 1000, allow_nan=False).filter(lambda x: x != int(x)), max_size=2))
def test_whole_toll_counts_are_written_as_integers_fractions_kept(tmp_path_factory, whole, fractions):
    """death_tolls.csv said 70.0 for a count of 70: a column of whole counts is written as integers
    (blank where missing); a column holding a fraction is written as it is."""
    from analysis import tables

    tmp = tmp_path_factory.mktemp("w")
    value = pd.Series([float(v) if v is not None else float("nan") for v in whole])
    high = pd.Series(list(value) + list(fractions), dtype=float)
    df = pd.DataFrame({"value": pd.concat([value, pd.Series([1.0] * len(fractions), dtype=float)], ignore_index=True),
                       "high": high, "other": 1.0})
    path = tables.write_table(tables.whole_numbers(df, tables.TOLL_COUNT_COLUMNS), tmp / "t.csv")
    lines = path.read_text().splitlines()[1:]
    cells = [line.split(",") for line in lines]
    assert [c[0] for c in cells] == ["" if v is None else str(v) for v in whole] + ["1"] * len(fractions)
    if fractions:
        assert any(c[1] and not c[1].isdigit() for c in cells), "a fractional column stays float (1.5, 1e-09)"
    else:
        assert [c[1] for c in cells] == [c[0] for c in cells]
    assert all(c[2] == "1.0" for c in cells), "columns not named stay as they are"
    back = pd.read_csv(path)
    assert back["value"].tolist() == pytest.approx(df["value"].tolist(), nan_ok=True)


def test_kernels_are_not_interrupted_on_shutdown_but_still_can_be(monkeypatch):
    """jupyter_client sends SIGINT before every shutdown; landing in a handler it made ipykernel log
    "[IPKernelApp] ERROR | KeyboardInterrupt caught in kernel." on successful runs. Only that
    interrupt is skipped: a kernel that is not shutting down is still interrupted."""
    import asyncio

    from jupyter_client import AsyncKernelManager

    from analysis.pipeline import kernel_config

    sent = []

    async def interrupt(self):
        sent.append(self.shutting_down)

    monkeypatch.setattr(AsyncKernelManager, "_async_interrupt_kernel", interrupt)
    km = kernel_config(Path("."))["kernel_manager_class"](kernel_name="python3")
    km.shutting_down = True
    asyncio.run(km._async_interrupt_kernel())
    km.shutting_down = False
    asyncio.run(km._async_interrupt_kernel())
    assert sent == [False]


def test_one_line_for_several_files_with_one_problem(tmp_path):
    """The first file's problem, then how many more files have it (one wording for every such line)."""
    from analysis.pipeline import corpus_column_error

    for name in ("a.csv", "b.csv", "c.csv"):
        (tmp_path / name).write_text("headline,words\nT,Some words\n")
    error = corpus_column_error(tmp_path, "")
    assert error.startswith(f"{tmp_path / 'a.csv'} has no text column") and error.endswith(" (and 2 more files like it)")
    (tmp_path / "b.csv").unlink(), (tmp_path / "c.csv").unlink()
    assert "more file" not in corpus_column_error(tmp_path, "")


def test_corpus_columns_are_read_once_before_a_run(tmp_path, monkeypatch):
    """The --columns check and the text-column check share one pass over each corpus file (they
    were two: every file opened twice before the first notebook)."""
    from analysis import ingest, pipeline

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.csv").write_text("ident,words\n1,Some words\n")
    (raw / "b.jsonl").write_text('{"ident": "2", "words": "More words"}\n')
    opened = []
    real = ingest._corpus_lines
    monkeypatch.setattr(ingest, "_corpus_lines", lambda path: opened.append(path.name) or real(path))
    monkeypatch.setattr(pipeline, "_run_locked", lambda *a: 0)
    args = pipeline.build_parser().parse_args(["--raw-dir", str(raw), "--processed-dir", str(tmp_path / "p"),
                                               "--reports-dir", str(tmp_path / "r"), "--columns", "id=ident,text=words"])
    assert pipeline.run(args) == 0
    assert sorted(opened) == ["a.csv", "b.jsonl"]
    args.columns = "id=ident"  # no text column under a usual name: the run ends with the one line
    opened.clear()
    with pytest.raises(pipeline.ParameterError, match="no text column"):
        pipeline.run(args)
    assert sorted(opened) == ["a.csv", "b.jsonl"]
    args.columns = "id=ident,text=body"  # a name no file has: stops before the run
    opened.clear()
    with pytest.raises(pipeline.ParameterError, match="names a column the file does not have"):
        pipeline.run(args)
    assert sorted(opened) == ["a.csv", "b.jsonl"]


def test_a_field_without_its_column_only_later_jsonl_records_show_is_warned_on_the_console(tmp_path):
    """The pre-run scan of a JSONL file stops at its first record with text, so a column only
    later records have ('newspaper', while no record has an outlet) was warned about in the
    index and not on the console: notebook 01's note is now printed once it has run."""
    import json

    raw = tmp_path / "raw"
    raw.mkdir()
    records = [{"id": "1", "text": "Ten people were killed in Homs on Monday, activists said."},
               {"id": "2", "text": "Five people were killed in Aleppo on Tuesday.", "newspaper": "SANA"}]
    (raw / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    res = _run("--raw-dir", str(raw), "--processed-dir", str(tmp_path / "p"), "--reports-dir", str(tmp_path / "r"),
               "--only", "01")
    assert res.returncode == 0, res.stderr
    from analysis.tables import INPUT_NOTES, column_notes, read_table

    notes = column_notes(read_table(tmp_path / "p" / INPUT_NOTES))
    assert len(notes) == 1 and "outlet" in notes[0] and "newspaper" in notes[0], notes
    assert notes[0] in (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    warned = [line for line in res.stderr.splitlines() if "column found" in line]
    assert warned == [f"warning: {notes[0]}"], res.stderr
    # a re-run over the same inputs skips notebook 01 as unchanged and still says it, once
    again = _run("--raw-dir", str(raw), "--processed-dir", str(tmp_path / "p"), "--reports-dir", str(tmp_path / "r"),
                 "--only", "01")
    assert again.returncode == 0, again.stderr
    assert "skipped" in again.stdout, again.stdout
    assert [line for line in again.stderr.splitlines() if "column found" in line] == warned, again.stderr
