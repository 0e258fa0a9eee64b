"""Options checked before anything runs (QA9 C1, C3): --in-place takes no folders or study
parameters and runs on the folders the notebooks' own defaults name; --lock-wait and --kernel
are checked like every other option. No kernel starts here except in the one test that runs
--in-place on small stand-in notebooks."""

from __future__ import annotations

import math
from pathlib import Path

import nbformat
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nbformat.v4 import new_code_cell, new_notebook

from analysis import pipeline
from analysis.pipeline import ParameterError, build_parser, validate

REPO = Path(__file__).resolve().parents[1]

# one value per option the parser takes, valid on its own
OPTION_VALUES = {
    "--raw-dir": "data/raw", "--processed-dir": "data/processed", "--reports-dir": "reports",
    "--notebooks-dir": str(REPO / "notebooks"), "--conflict-start": "2011-03-15", "--conflict-name": "Syria",
    "--engine": "pandas", "--scheduler": "tcp://127.0.0.1:8786", "--tone-engine": "hybrid",
    pipeline.ON_TOPIC_FLAG: None, "--seed": "3", "--columns": "text=body", "--lock-wait": "1",
    "--only": "01", "--force": None, "--in-place": None, "--kernel": "python3", "--no-progress": None,
}


def _dest(option: str) -> str:
    return option.lstrip("-").replace("-", "_")


def test_every_option_of_the_parser_is_listed_here():
    options = {a.option_strings[-1] for a in build_parser()._actions if a.option_strings and a.dest != "help"}
    assert options == set(OPTION_VALUES)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(sorted(OPTION_VALUES)), unique=True))
def test_the_parser_records_exactly_the_options_given_even_at_their_default(options):
    argv = [part for o in options for part in ([o] if OPTION_VALUES[o] is None else [o, OPTION_VALUES[o]])]
    args = build_parser().parse_args(argv)
    assert sorted(args.given) == sorted(_dest(o) for o in options)
    defaults = build_parser().parse_args([])
    for dest, value in vars(defaults).items():  # options not given keep their defaults, typed as before
        if dest != "given" and dest not in args.given:
            assert getattr(args, dest) == value and type(getattr(args, dest)) is type(value), dest


@pytest.mark.parametrize("extra", [
    ["--raw-dir", "/somewhere/else"],
    ["--raw-dir", "data/raw"],  # the default's own value, given: still refused (another cwd reads it elsewhere)
    ["--processed-dir", "out/p", "--reports-dir", "out/r"],
    ["--conflict-name", "Ukraine", "--conflict-start", "2022-02-24"],
    ["--columns", "text=body"],
    ["--tone-engine", "hybrid"],
    ["--seed", "5"],
    [pipeline.ON_TOPIC_FLAG],
    ["--notebooks-dir", str(REPO / "notebooks")],
])
def test_in_place_with_a_folder_or_study_parameter_exits_2_saying_what_it_does(extra, capsys):
    """QA9 C1: --in-place ignored --raw-dir/--reports-dir, rewrote the checkout's notebooks and
    left the bundled study's pages beside another corpus's index. Refused before anything runs."""
    with pytest.raises(ParameterError) as err:
        validate(build_parser().parse_args(["--in-place", "--force", *extra]))
    said = str(err.value)
    assert "developer option" in said and "data/raw" in said and "leave out --in-place" in said
    named = said[said.index("(got ") + 5:].split(")")[0].split(", ")
    assert sorted(named) == sorted(o for o in extra if o.startswith("--"))
    assert pipeline.main(["--in-place", *extra]) == 2  # exit 2 from the command, nothing run
    assert "error: --in-place is a developer option" in capsys.readouterr().err


def test_in_place_help_says_it_is_a_developer_option_taking_no_folders(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "A developer option (make notebooks)" in out and "no folders and no study parameters" in out


def test_in_place_as_make_notebooks_runs_it_reads_the_checkouts_folders_from_anywhere(tmp_path, monkeypatch):
    """`make notebooks` passes --in-place --force: accepted, and the folders are the ones the
    notebooks' defaults name (../data/raw from notebooks/), not the working directory's."""
    monkeypatch.chdir(tmp_path)
    args = build_parser().parse_args(["--in-place", "--force", "--only", "01", "--kernel", "python3", "--lock-wait", "2",
                                      "--no-progress"])
    params = validate(args)
    assert params["raw_dir"] == str((REPO / "data" / "raw").resolve())
    assert params["processed_dir"] == str((REPO / "data" / "processed").resolve())
    assert Path(args.reports_dir) == (REPO / "reports").resolve()


@pytest.mark.parametrize("wait", ["-3", "nan", "-inf"])
def test_lock_wait_negative_or_not_a_number_exits_2(wait, tmp_path):
    """QA9 C3: --lock-wait -3 and nan were taken (nan waited for ever: no time is >= nan)."""
    (tmp_path / "a.txt").write_text("an article")
    with pytest.raises(ParameterError, match=r"--lock-wait .*: must be a number of seconds, 0 or more"):
        validate(build_parser().parse_args(["--raw-dir", str(tmp_path), f"--lock-wait={wait}"]))


@given(st.floats(min_value=0, allow_nan=False))
def test_lock_wait_zero_or_more_is_taken(wait):
    args = build_parser().parse_args(["--raw-dir", str(REPO / "data" / "raw"), f"--lock-wait={wait!r}"])
    assert validate(args)["raw_dir"] and math.isclose(args.lock_wait, wait)


def test_a_kernel_that_is_not_installed_exits_2_listing_those_that_are(tmp_path, monkeypatch):
    """QA9 C3: --kernel nosuchkernel was retried after notebook 01 started, then exit 1; with every
    notebook skipped as unchanged it was not checked at all. validate runs before either."""
    from jupyter_client.kernelspec import KernelSpecManager

    monkeypatch.setattr(KernelSpecManager, "find_kernel_specs", lambda self: {"python3": "/k/python3", "ir": "/k/ir"})
    (tmp_path / "a.txt").write_text("an article")
    with pytest.raises(ParameterError, match=r"--kernel nosuchkernel: no Jupyter kernel .* installed: ir, python3"):
        validate(build_parser().parse_args(["--raw-dir", str(tmp_path), "--kernel", "nosuchkernel"]))
    assert validate(build_parser().parse_args(["--raw-dir", str(tmp_path), "--kernel", "ir"]))["raw_dir"]


def test_a_kernel_not_installed_is_refused_when_every_notebook_would_be_skipped(tmp_path, monkeypatch):
    """The check comes before the cache: run() validates first, so an unchanged study is no way round it."""
    calls = []
    monkeypatch.setattr(pipeline, "_run_locked", lambda *a, **k: calls.append(a) or 0)
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("an article")
    argv = ["--raw-dir", str(tmp_path / "raw"), "--processed-dir", str(tmp_path / "p"), "--reports-dir", str(tmp_path / "r")]
    assert pipeline.main(argv) == 0 and len(calls) == 1
    assert pipeline.main([*argv, "--kernel", "nosuchkernel"]) == 2 and len(calls) == 1


def _stand_in_notebook(path: Path, source: str) -> None:
    nb = new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    params = new_code_cell('raw_dir = "../data/raw"\nprocessed_dir = "../data/processed"\nfigures_dir = "../reports/figures"\n'
                           'conflict_name = "Syria"\nconflict_start = "2011-03-15"')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, new_code_cell(source)]
    nbformat.write(nb, path)


@pytest.mark.slow
def test_in_place_run_from_another_folder_writes_and_summarises_the_checkouts_folders(tmp_path, monkeypatch):
    """A checkout of stand-in notebooks run --in-place from elsewhere: the notebook is rewritten in
    place, its report and index go to the checkout's reports/, the index reads its data/processed."""
    checkout = tmp_path / "checkout"
    (checkout / "notebooks").mkdir(parents=True)
    (checkout / "data" / "raw").mkdir(parents=True)
    (checkout / "data" / "raw" / "a.txt").write_text("an article")
    _stand_in_notebook(checkout / "notebooks" / "01_copy.ipynb",
                       "from pathlib import Path\nout = Path(processed_dir)\nout.mkdir(parents=True, exist_ok=True)\n"
                       "(out / 'names.txt').write_text(' '.join(sorted(p.name for p in Path(raw_dir).iterdir())))\nprint('ran')")
    monkeypatch.setattr(pipeline, "DEFAULT_NOTEBOOKS", checkout / "notebooks")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert pipeline.main(["--in-place", "--force", "--no-progress"]) == 0
    assert (checkout / "data" / "processed" / "names.txt").read_text() == "a.txt"
    outputs = nbformat.read(checkout / "notebooks" / "01_copy.ipynb", as_version=4).cells[1].outputs
    assert [o.get("text") for o in outputs] == ["ran\n"], "the notebook was rewritten in place with its output"
    assert (checkout / "reports" / "index.html").exists() and (checkout / "reports" / "01_copy.html").exists()
    assert not any(elsewhere.iterdir()), "nothing written where the command was run"
    assert "<h1>War coverage (Syria): what the study found</h1>" in (checkout / "reports" / "index.html").read_text()


@pytest.mark.slow
def test_the_index_of_a_run_names_the_conflict_it_was_given(tmp_path):
    """QA9 U1: a run with --conflict-name/--conflict-start about another war was headed "Syrian war
    coverage" and never said which conflict it used; the pipeline hands them to the index."""
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("an article")
    _stand_in_notebook(tmp_path / "notebooks" / "01_copy.ipynb", "print(conflict_name)")
    argv = ["--notebooks-dir", str(tmp_path / "notebooks"), "--raw-dir", str(tmp_path / "raw"), "--no-progress",
            "--processed-dir", str(tmp_path / "p"), "--reports-dir", str(tmp_path / "r")]
    assert pipeline.main([*argv, "--conflict-name", "Ukraine|Kyiv", "--conflict-start", "2022-02-24"]) == 0
    page = (tmp_path / "r" / "index.html").read_text()
    assert "<h1>War coverage (Ukraine): what the study found</h1>" in page and "Syria" not in page
    assert "Conflict studied: Ukraine (also written Kyiv), from 2022-02-24" in page
