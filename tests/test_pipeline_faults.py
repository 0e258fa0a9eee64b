"""Faults around the pipeline command: the cache never trusts tables it did not check, a run
killed at any moment and rerun gives the tables of an uninterrupted run, two runs never
share an output folder, bad state or parameters end in one clear line.

Small notebooks stand in for the study's (a papermill run of them takes about a second): 01
copies the raw articles' names and sizes into a table, 02 derives a second table from it in
two steps with a pause between them (a window for a kill to land in)."""

from __future__ import annotations

import html
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from analysis.stale import STALE_FILE

REPO = Path(__file__).resolve().parents[1]
KERNEL_ORPHAN_SECONDS = 2.0  # ipykernel's parent poller checks once a second
# Before 01 starts, inside 01 or 02 (02 pauses a second between its two tables), after both;
# on a busy machine a run takes 4-10 s, so these land at different stages.
KILL_AFTER_SECONDS = (0.5, 2.0, 3.5, 5.0)

NB01 = """
from pathlib import Path
import pandas as pd
from analysis import tables
files = sorted(p for p in Path(raw_dir).iterdir() if p.suffix == ".txt")
tables.write_table(pd.DataFrame({"name": [p.name for p in files], "size": [p.stat().st_size for p in files]}),
                   Path(processed_dir) / "a.csv")
"""
NB02 = """
import time
from pathlib import Path
from analysis import tables
a = tables.read_table(Path(processed_dir) / "a.csv")
tables.write_table(a.assign(double=a["size"] * 2), Path(processed_dir) / "b.csv")
time.sleep(float(pause))
tables.write_table(a.assign(total=a["size"].sum()), Path(processed_dir) / "c.csv")
"""


def _notebook(path: Path, source: str, extra_params: str = "") -> Path:
    nb = new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    params = new_code_cell('raw_dir = "."\nprocessed_dir = "."\nfigures_dir = "."\n' + extra_params)
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, new_code_cell(source)]
    nbformat.write(nb, path)
    return path


@pytest.fixture
def study(tmp_path):
    """Notebooks, a raw folder of three articles, and the command line to run them."""
    nbs = tmp_path / "nbs"
    nbs.mkdir()
    _notebook(nbs / "01_list.ipynb", NB01)
    _notebook(nbs / "02_derive.ipynb", NB02, 'pause = "1"\ntone_engine = "textblob"\n')
    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(3):
        (raw / f"a{i}.txt").write_text("x" * (i + 1))
    args = ["--notebooks-dir", str(nbs), "--raw-dir", str(raw), "--processed-dir", str(tmp_path / "p"),
            "--reports-dir", str(tmp_path / "r")]
    return tmp_path, raw, args


def _cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "analysis.pipeline", "--no-progress", *args]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(_cmd(*args), cwd=REPO, capture_output=True, text=True, timeout=300)


def _tables(processed: Path) -> dict[str, pd.DataFrame]:
    return {p.name: pd.read_csv(p) for p in sorted(processed.glob("*.csv"))}


def _statuses(res: subprocess.CompletedProcess) -> dict[str, str]:
    return {line.split(":")[0]: ("skipped" if "skipped" in line else "ran")
            for line in res.stdout.splitlines() if line.startswith(("01_", "02_"))}


def test_cache_reruns_a_notebook_whose_tables_were_deleted_or_changed(study):
    tmp, raw, args = study
    assert _run(*args).returncode == 0
    assert _statuses(_run(*args)) == {"01_list": "skipped", "02_derive": "skipped"}
    (tmp / "p" / "c.csv").unlink()
    assert _statuses(_run(*args)) == {"01_list": "skipped", "02_derive": "ran"}
    (tmp / "p" / "a.csv").write_text("name,size\nforeign.txt,9\n")  # another run's table
    res = _run(*args)
    assert _statuses(res) == {"01_list": "ran", "02_derive": "skipped"}, "same articles again: 02's inputs are as recorded"
    assert list(_tables(tmp / "p")["a.csv"]["name"]) == ["a0.txt", "a1.txt", "a2.txt"]


def test_only_reruns_what_it_must_and_index_keeps_the_others(study):
    tmp, raw, args = study
    assert _run(*args).returncode == 0
    (raw / "a0.txt").unlink()
    res = _run(*args, "--only", "01")
    assert _statuses(res) == {"01_list": "ran"}
    index = (tmp / "r" / "index.html").read_text()
    assert "02_derive.html" in index and "out of date" in index
    res = _run(*args)
    assert _statuses(res) == {"01_list": "skipped", "02_derive": "ran"}, "02 read the old a.csv; it must rerun"
    assert "a0.txt" not in set(_tables(tmp / "p")["c.csv"]["name"])
    res = _run(*args, "--tone-engine", "vader")
    assert _statuses(res) == {"01_list": "skipped", "02_derive": "ran"}, "only 02 declares tone_engine"


def test_corrupt_state_is_none_with_a_warning(study):
    tmp, raw, args = study
    assert _run(*args).returncode == 0
    state = tmp / "r" / ".pipeline-state.json"
    state.write_text(state.read_text()[:40])
    for extra in ([], ["--force"]):
        res = _run(*args, *extra)
        assert res.returncode == 0, res.stderr
        assert "could not be read" in res.stderr or extra
        assert _statuses(res) == {"01_list": "ran", "02_derive": "ran"}


def test_second_run_on_a_held_folder_exits_2_naming_the_holder(study):
    from analysis.dirlock import folder_lock

    tmp, raw, args = study
    with folder_lock(tmp / "p"):
        res = _run(*args, "--lock-wait", "0.3")
    assert res.returncode == 2
    assert f"pid {os.getpid()}" in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert _run(*args, "--lock-wait", "0.3").returncode == 0, "the lock dies with its holder"


def test_killed_run_then_rerun_gives_the_uninterrupted_tables(study):
    """Run on inputs A; change them to B and start a run that is killed (SIGKILL to the whole
    process group, kernel included) after a different delay each time, so the kill lands
    before, inside and between the notebooks; restore A and rerun without --force: the tables
    must equal the uninterrupted run's, every time."""
    tmp, raw, args = study
    args = [*args, "--force"]
    assert _run(*args).returncode == 0
    expected = _tables(tmp / "p")
    base = [a for a in args if a != "--force"]
    for delay in KILL_AFTER_SECONDS:
        (raw / "b.txt").write_text("inputs B")
        (raw / "a0.txt").write_text("changed")
        proc = subprocess.Popen(_cmd(*base), cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        time.sleep(KERNEL_ORPHAN_SECONDS)  # an orphaned kernel sees its parent gone and exits
        (raw / "b.txt").unlink()
        (raw / "a0.txt").write_text("x")
        res = _run(*base)
        assert res.returncode == 0, res.stderr
        got = _tables(tmp / "p")
        assert got.keys() == expected.keys(), delay
        for name in expected:
            pd.testing.assert_frame_equal(got[name], expected[name], obj=f"{name} after a kill at {delay}s")


# Ctrl-C this long after the run printed that a notebook is running: during 01's kernel start,
# inside 02 (its kernel start, its cell's pause), or, on a fast machine, after the run
INTERRUPTS = (("01_list: running", 0.0), ("02_derive: running", 0.5), ("02_derive: running", 2.5))


def test_ctrl_c_ends_with_one_line_and_exit_130_and_the_rerun_recovers(study):
    """SIGINT to the whole process group (Ctrl-C) at different moments: one line naming the stage,
    exit 130, no traceback (the kernel's included), the index says the run was interrupted; the
    rerun gives the uninterrupted run's tables."""
    tmp, raw, args = study
    assert _run(*args).returncode == 0
    expected = _tables(tmp / "p")
    stages = []
    for line, delay in INTERRUPTS:
        proc = subprocess.Popen(_cmd(*args, "--force"), cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, start_new_session=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        for said in proc.stdout:
            if said.strip() == line:
                break
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=120)
        if proc.returncode == 0 or (proc.returncode == -signal.SIGINT and not err.strip()
                                     and "The last run was interrupted" not in (tmp / "r" / "index.html").read_text()):
            # finished before the signal, or it landed while the interpreter was exiting (Python
            # restores the default SIGINT action at finalisation: killed silently, work done)
            got = _tables(tmp / "p")
            assert all(got[name].equals(expected[name]) for name in expected), err
            continue
        assert proc.returncode == 130, err
        said = err.strip().splitlines()
        where = "after" if said[-1].startswith("interrupted after") else "at"  # after: its cells had all run (ctrl_c_deferred)
        if where == "after" and len(said) == 2:  # the press landed while its report was written
            assert said[0] == f"finishing {line.split(':')[0]}'s report and state; press Ctrl-C again to stop now", err
            said = said[1:]
        assert said == [f"interrupted {where} stage {line[:2]} ({line.split(':')[0]}); rerun to continue"], err
        stages.append(line[:2])
        index = (tmp / "r" / "index.html").read_text()
        assert f"The last run was interrupted {where} {line.split(':')[0]}" in index
        res = _run(*args)
        assert res.returncode == 0, res.stderr
        got = _tables(tmp / "p")
        for name in expected:
            pd.testing.assert_frame_equal(got[name], expected[name], obj=f"{name} after Ctrl-C {delay}s into {line}")
        assert "interrupted" not in (tmp / "r" / "index.html").read_text()
    assert stages[:2] == ["01", "02"], "Ctrl-C must land in 01's kernel start and in 02"


# A kernel that logs an error on its own stderr (as ipykernel's control handler does when its
# IOPub thread closes under it during shutdown), says it did, then works on.
NOISY_KERNEL = """
import logging, time
from pathlib import Path
logging.getLogger("tornado.general").error("Uncaught exception in ZMQStream callback (kernel noise)")
Path(processed_dir, "noise-written").write_text("yes")
time.sleep(float(pause))
"""


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_a_kernels_stderr_does_not_reach_the_terminal_after_ctrl_c_or_sigterm(study, sig):
    """Ctrl-C or SIGTERM: the one line is all the terminal gets, even when the kernel wrote on its
    own stderr (a CI run showed ipykernel's shutdown-race traceback under the line); what it wrote
    is kept in a file the line names (review 5: it was deleted with the kernel folder, the only
    clue to a hung kernel). Without a stop, what the kernel wrote is still shown once its notebook
    ended, and the stopped run's file is gone."""
    tmp, raw, args = study
    _notebook(tmp / "nbs" / "02_derive.ipynb", NOISY_KERNEL, 'pause = "60"\n')
    proc = subprocess.Popen(_cmd(*args), cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    written = tmp / "p" / "noise-written"
    deadline = time.monotonic() + 120
    while not written.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert written.exists(), proc.communicate(timeout=60)[1]
    time.sleep(0.2)  # the old code wrote the kernel's stderr straight to ours: give it time to arrive
    os.killpg(proc.pid, sig)
    out, err = proc.communicate(timeout=120)
    word = "interrupted" if sig == signal.SIGINT else "terminated"
    assert proc.returncode == (130 if sig == signal.SIGINT else 143), err
    [line] = err.strip().splitlines()
    said = f"{word} at stage 02 (02_derive); rerun to continue; what the kernel wrote on its stderr is in "
    assert line.startswith(said), err
    kept = Path(line[len(said):])
    assert "(kernel noise)" in kept.read_text(encoding="utf-8")
    _notebook(tmp / "nbs" / "02_derive.ipynb", NOISY_KERNEL, 'pause = "0"\n')
    res = _run(*args)
    assert res.returncode == 0 and "(kernel noise)" in res.stderr, res.stderr
    assert not kept.exists()


def test_sigterm_stops_the_run_as_ctrl_c_does(study):
    """QA6 B7: SIGTERM to the command alone (what `timeout`, a CI cancel or `kill` send) ended the
    run with no word and no index. It is handled as Ctrl-C: one line naming the stage, exit 143
    (128 + SIGTERM), the index's red box, and the rerun recovers."""
    tmp, raw, args = study
    proc = subprocess.Popen(_cmd(*args), cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    for said in proc.stdout:
        if said.strip() == "02_derive: running":
            break
    time.sleep(0.5)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 143 and "Traceback" not in err, err
    last = err.strip().splitlines()[-1]
    where = "after" if last.startswith("terminated after") else "at"
    assert last == f"terminated {where} stage 02 (02_derive); rerun to continue" or (
        where == "after" and last == "terminated after stage 01 (01_list); rerun to continue"), err
    assert "The last run was terminated" in (tmp / "r" / "index.html").read_text()
    res = _run(*args)
    assert res.returncode == 0, res.stderr
    assert "terminated" not in (tmp / "r" / "index.html").read_text()


def test_ctrl_c_before_any_notebook_is_one_line_too(study):
    tmp, raw, args = study
    proc = subprocess.Popen(_cmd(*args), cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    lock = tmp / "p" / ".pipeline.lock"  # taken once the parameters are checked, before papermill loads
    while not lock.exists() and proc.poll() is None:
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130 and "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1 and err.startswith("interrupted") and err.strip().endswith("; rerun to continue")


def test_ctrl_c_between_two_notebooks_is_after_the_first_not_at_it(study, monkeypatch, capsys):
    """A Ctrl-C that lands once 01 has finished and before 02 starts: 01 ran and is done, 02 was
    not run, and the line and the index say the run stopped after 01 (stage["running"] was left
    set when a notebook finished, so this read "interrupted at stage 01")."""
    from analysis import pipeline

    tmp, raw, args = study
    real = pipeline.fingerprint

    def fingerprint(nb, *rest, **kw):
        if nb.name.startswith("02"):  # the loop's first step for 02, before it is marked running
            raise KeyboardInterrupt  # what the SIGINT handler raises
        return real(nb, *rest, **kw)

    monkeypatch.setattr(pipeline, "fingerprint", fingerprint)
    assert pipeline.main(["--no-progress", *args]) == pipeline.INTERRUPTED_EXIT
    assert capsys.readouterr().err.strip() == "interrupted after stage 01 (01_list); rerun to continue"
    index = (tmp / "r" / "index.html").read_text()
    assert "The last run was interrupted after 01_list" in index and "interrupted at" not in index
    assert ">interrupted<" not in index, "no notebook was running"
    assert (tmp / "p" / "a.csv").exists() and not (tmp / "p" / "b.csv").exists()


def test_ctrl_c_once_a_notebooks_cells_ran_is_after_it(study, monkeypatch, capsys):
    """QA5 B14: a Ctrl-C while 01 wrote its report (every cell had run, its tables were written)
    said "interrupted at stage 01" and the index had no 01 page. The report is finished first,
    and the run stops after 01."""
    from analysis import pipeline

    tmp, raw, args = study
    real = pipeline.export_html

    def export_html(executed, target):
        if target.name.startswith("01"):
            os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C lands while 01's report is written
        return real(executed, target)

    monkeypatch.setattr(pipeline, "export_html", export_html)
    assert pipeline.main(["--no-progress", *args]) == pipeline.INTERRUPTED_EXIT
    # the last two: a kernel's own warnings, if it printed any, are shown before them
    assert capsys.readouterr().err.strip().splitlines()[-2:] == [
        "finishing 01_list's report and state; press Ctrl-C again to stop now",
        "interrupted after stage 01 (01_list); rerun to continue"]
    index = (tmp / "r" / "index.html").read_text()
    assert "The last run was interrupted after 01_list" in index and ">interrupted<" not in index
    assert '<a href="01_list.html">' in index and (tmp / "r" / "01_list.html").exists()
    assert not (tmp / "p" / "b.csv").exists()
    monkeypatch.setattr(pipeline, "export_html", real)
    assert pipeline.main(["--no-progress", *args]) == 0
    assert "01_list: unchanged" in capsys.readouterr().out  # 01 was recorded as done: not run again


def test_ctrl_c_after_a_notebook_shows_what_its_kernel_wrote_like_any_run(study, monkeypatch, capsys):
    """CI 04c8531: a kernel that wrote on its stderr (a warning) turned the "interrupted after
    stage 01" line into one naming kernel-stderr.log, as if the kernel had been cut off. Its
    kernel had ended normally: what it wrote is shown as on any run, and the line is the same."""
    from analysis import pipeline

    tmp, raw, args = study
    _notebook(tmp / "nbs" / "01_list.ipynb", "import os\nos.write(2, b'a warning of the kernel\\n')\n" + NB01)
    real = pipeline.export_html

    def export_html(executed, target):
        if target.name.startswith("01"):
            os.kill(os.getpid(), signal.SIGINT)
        return real(executed, target)

    monkeypatch.setattr(pipeline, "export_html", export_html)
    assert pipeline.main(["--no-progress", *args]) == pipeline.INTERRUPTED_EXIT
    err = capsys.readouterr().err
    assert "a warning of the kernel" in err
    assert err.strip().splitlines()[-1] == "interrupted after stage 01 (01_list); rerun to continue"
    assert not (tmp / "r" / pipeline.KERNEL_STDERR_FILE).exists()


def test_second_ctrl_c_while_a_report_is_written_stops_at_once(study, monkeypatch, capsys):
    """The first Ctrl-C while 01's report was written was swallowed without a word, and no
    further press could stop the run: it now says it is finishing 01, and a second press
    stops the run there (01 not recorded as done, so a re-run runs it again)."""
    from analysis import pipeline

    tmp, raw, args = study
    real = pipeline.export_html
    reached: list[str] = []

    def export_html(executed, target):
        if target.name.startswith("01"):
            os.kill(os.getpid(), signal.SIGINT)
            reached.append("after the first press")
            os.kill(os.getpid(), signal.SIGINT)  # the handler raises before the next line runs
            reached.append("after the second press")
        return real(executed, target)

    monkeypatch.setattr(pipeline, "export_html", export_html)
    assert pipeline.main(["--no-progress", *args]) == pipeline.INTERRUPTED_EXIT
    assert reached == ["after the first press"]
    assert capsys.readouterr().err.strip().splitlines()[-2:] == [
        "finishing 01_list's report and state; press Ctrl-C again to stop now",
        "interrupted at stage 01 (01_list); rerun to continue"]
    assert not (tmp / "p" / "b.csv").exists()
    monkeypatch.setattr(pipeline, "export_html", real)
    assert pipeline.main(["--no-progress", *args]) == 0
    assert "01_list: running" in capsys.readouterr().out


def test_ctrl_c_deferred_restores_the_handler_it_replaced():
    """However many presses land in the block, the handler from before it is back afterwards."""
    from analysis import pipeline

    before = signal.getsignal(signal.SIGINT)
    for presses in (0, 1):
        try:
            with pipeline.ctrl_c_deferred("01_x"):
                for _ in range(presses):
                    os.kill(os.getpid(), signal.SIGINT)
        except KeyboardInterrupt:
            assert presses == 1
        assert signal.getsignal(signal.SIGINT) is before


def test_index_describes_the_toll_charts_as_notebook_02_drew_them(study, capsys):
    """A run with --chart-on-topic-only, then one skipping 02 (--only 01) without it: the index
    described 02's charts by the later run's flag (off-topic tolls "on the charts") while 02's page,
    left from the first run, had left them off. It follows what 02 ran with, until 02 runs again."""
    from analysis import pipeline, tables
    from analysis.articles import ON_TOPIC_FLAG, off_topic_warning

    tmp, raw, args = study
    _notebook(tmp / "nbs" / "02_derive.ipynb", NB02, 'pause = "0"\nchart_on_topic_only = False\n')
    (tmp / "p").mkdir()
    tables.write_table(pd.DataFrame({  # what notebook 01 of the study writes: one article never names the conflict
        "article_id": ["a", "b"], "source_path": "c.csv", "status": "ok", "outlet": "o", "published": "2015-01-01",
        "warnings": [off_topic_warning(None, "Floods in Kansas killed 3.", "Syria"), ""]}), tmp / "p" / "articles.parquet")
    left_off = f"left off the death-toll charts ({ON_TOPIC_FLAG})"
    on_charts = f"on the charts unless the run uses {ON_TOPIC_FLAG}"

    def index() -> str:
        return " ".join((tmp / "r" / "index.html").read_text().split())

    assert pipeline.main(["--no-progress", *args, ON_TOPIC_FLAG]) == 0
    assert left_off in index() and on_charts not in index()
    capsys.readouterr()
    assert pipeline.main(["--no-progress", *args, "--only", "01"]) == 0
    assert "02_derive: running" not in capsys.readouterr().out
    assert left_off in index() and on_charts not in index(), "02's page still leaves them off"
    assert pipeline.main(["--no-progress", *args, "--only", "02"]) == 0  # 02 runs again without the flag
    assert on_charts in index() and left_off not in index()


# Python as `python -m analysis.pipeline` starts it, stopped by Ctrl-C once the package began to
# load and before the pipeline module did (the 0.1-0.3 s that printed an import traceback)
CTRL_C_WHILE_LOADING = """
import os, signal, sys
sys.orig_argv = [sys.executable, {flags!r}, "-m", "analysis.pipeline", "--raw-dir", "x"]
import analysis
os.kill(os.getpid(), signal.SIGINT)
import analysis.pipeline
print("not stopped")
"""


@pytest.mark.parametrize("flags", ["-u", "-E", "-Ximporttime"])
def test_ctrl_c_while_the_command_loads_is_one_line_and_exit_130(flags):
    res = subprocess.run([sys.executable, "-c", CTRL_C_WHILE_LOADING.format(flags=flags)], cwd=REPO,
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 130 and "Traceback" not in res.stderr, res.stderr
    assert res.stderr.strip() == "interrupted; rerun to continue" and "not stopped" not in res.stdout


def test_other_uses_of_the_package_keep_their_ctrl_c():
    """A kernel, a script or a test importing analysis still gets KeyboardInterrupt on Ctrl-C."""
    code = ("import signal, analysis, analysis.pipeline; "
            "print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)")
    res = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert res.stdout.strip() == "True", res.stderr
    res = subprocess.run([sys.executable, "-m", "analysis.pipeline", "--help"], cwd=REPO, capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0 and "usage:" in res.stdout


def test_failed_run_says_which_pages_and_tables_are_from_an_earlier_run(study):
    """A run on new inputs fails at 01: the index says so and that 02's page and tables are an
    earlier run's (and leaves them out), 02's page carries the same warning; fixed and rerun,
    every mark is gone."""
    tmp, raw, args = study
    assert _run(*args).returncode == 0
    nb01 = Path(args[args.index("--notebooks-dir") + 1]) / "01_list.ipynb"
    good = nb01.read_bytes()
    _notebook(nb01, NB01 + "\nraise ValueError('the new inputs broke it')")
    res = _run(*args)
    assert res.returncode == 1
    index = (tmp / "r" / "index.html").read_text()
    assert "The last run failed at 01_list" in index and "the new inputs broke it" in index
    assert "Not from the last run" in index and "the pages of 02_derive" in index and "b.csv, c.csv" in index
    page = (tmp / "r" / "02_derive.html").read_text()
    assert 'class="stale-run"' in page and "failed at 01_list, before this notebook" in page
    # the processed folder says it too, for a reader who opens a table there (QA6 B5)
    stale = (tmp / "p" / STALE_FILE).read_text()
    assert "failed at 01_list" in stale and "  b.csv\n  c.csv\n" in stale
    nb01.write_bytes(good)
    res = _run(*args)
    assert res.returncode == 0, res.stderr
    assert not (tmp / "p" / STALE_FILE).exists()
    assert "stale-run" not in (tmp / "r" / "02_derive.html").read_text()
    assert "Not from the last run" not in (tmp / "r" / "index.html").read_text()


def _kernelspec(folder: Path, name: str, script: str) -> dict:
    """An environment whose Jupyter knows kernel `name`, started as `script` (then ipykernel)."""
    import json

    spec = folder / "kernels" / name
    spec.mkdir(parents=True)
    (spec / "start.py").write_text(script + "\nfrom ipykernel import kernelapp\nkernelapp.launch_new_instance()\n")
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, str(spec / "start.py"), "-f", "{connection_file}"],
        "display_name": name, "language": "python"}))
    return {**os.environ, "JUPYTER_PATH": str(folder)}


def test_kernel_that_dies_at_start_is_started_again_then_one_line(study):
    """A kernel that exits before answering is started once more; one that never starts ends the
    run with one line naming the notebook (no traceback), exit 1, and the index saying so."""
    tmp, raw, args = study
    marker = tmp / "started-once"
    env = _kernelspec(tmp / "jupyter", "flaky", f"import pathlib, sys\nm = pathlib.Path({str(marker)!r})\n"
                      "if not m.exists():\n    m.touch()\n    sys.exit(3)")
    res = subprocess.run(_cmd(*args, "--kernel", "flaky"), cwd=REPO, capture_output=True, text=True, timeout=300, env=env)
    assert res.returncode == 0, res.stderr
    assert "01_list: the kernel did not start" in res.stderr and "starting it again" in res.stderr
    env = _kernelspec(tmp / "jupyter2", "broken", "import sys\nsys.exit(3)")
    res = subprocess.run(_cmd(*args, "--force", "--kernel", "broken"), cwd=REPO, capture_output=True, text=True,
                         timeout=300, env=env)
    assert res.returncode == 1
    assert "Traceback" not in res.stderr
    errors = [line for line in res.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1 and "01_list" in errors[0] and "the kernel did not start" in errors[0], res.stderr
    index = (tmp / "r" / "index.html").read_text()
    assert "The last run failed at 01_list" in index and "02_derive" in index


def test_ctrl_c_lists_its_public_names_and_stale_txt_reads_plainly(tmp_path):
    """raise_terminated was public but not in __all__; STALE.txt nested parentheses ('(the last
    run (--only) did not run ...)')."""
    import inspect

    from analysis import ctrl_c
    from analysis.stale import STALE_FILE, mark_tables

    public = {n for n, v in vars(ctrl_c).items() if not n.startswith("_") and inspect.getmodule(v) is ctrl_c}
    assert public <= set(ctrl_c.__all__)
    for stopped in (None, f"the last run was {ctrl_c.INTERRUPTED} at 02_derive"):
        mark_tables(tmp_path, ["sentences.parquet"], stopped)
        first = (tmp_path / STALE_FILE).read_text().splitlines()[0]
        assert "(" not in first and first.endswith(f"{stopped or '--only and did not run the notebooks that write them'}."), first


def test_stale_txt_after_a_run_that_read_no_article_gives_that_reason(study):
    """QA8 5: after a run whose inputs gave no usable article (01 ran, 02 did not), STALE.txt
    said the last run 'was given --only'; it says why 02's tables are an earlier run's."""
    tmp, raw, args = study
    nb01 = Path(args[args.index("--notebooks-dir") + 1]) / "01_list.ipynb"
    _notebook(nb01, NB01 + (
        "\nrejected = [p.name for p in Path(raw_dir).iterdir() if p.suffix != '.txt']\n"
        "tables.write_table(pd.DataFrame({'source_path': [p.name for p in files] + rejected, 'status': ['ok'] * len(files)"
        " + ['unsupported_format: ' + r for r in rejected]}), Path(processed_dir) / 'articles.parquet')"))
    assert _run(*args).returncode == 0
    for p in raw.iterdir():
        p.unlink()
    (raw / "report.pdf").write_bytes(b"%PDF-1.4\n")
    res = _run(*args)
    assert res.returncode == 2 and "usable article" in res.stderr, res.stderr
    stale = (tmp / "p" / STALE_FILE).read_text()
    assert "--only" not in stale and "gave a usable article" in stale.splitlines()[0], stale
    assert "  b.csv\n  c.csv\n" in stale


def test_a_notebook_whose_kernel_died_says_so_at_the_top_of_its_page(study):
    """QA7 3: a kernel killed mid-notebook (OOM killer, kill -9) left a page with its sections and
    no output, and no word that it stopped; papermill marks only a cell's exception. The page
    now opens with a banner naming the cell; the index has the red box; exit 1. The page hides
    code and cell numbers, so the banner names the cell by the section it is in (the last
    heading above it) and by its first code line (not a comment)."""
    tmp, raw, args = study
    nb02 = Path(args[args.index("--notebooks-dir") + 1]) / "02_derive.ipynb"
    _notebook(nb02, "# stop here\nimport os, signal\nos.kill(os.getpid(), signal.SIGKILL)", 'pause = "1"\ntone_engine = "textblob"\n')
    nb = nbformat.read(nb02, as_version=4)
    nb.cells[1:1] = [new_markdown_cell("# Derive\n\n## First part"), new_code_cell("x = 1"),
                     new_markdown_cell("Some prose.\n\n### Killing part\n\nMore prose.")]
    nbformat.write(nb, nb02)
    res = _run(*args)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    page = html.unescape((tmp / "r" / "02_derive.html").read_text())
    killer = len(nbformat.read(tmp / "r" / "02_derive.ipynb", as_version=4).cells) - 1  # the last cell (after papermill's injected one)
    assert 'class="stale-run"' in page and f"stopped at cell {killer} (the kernel died)" in page and "incomplete" in page
    banner = page[page.index("stopped at cell"):page.index("incomplete")]
    assert '"Killing part"' in banner and "import os, signal" in banner and "First part" not in banner, banner
    assert "failed at 02_derive" in (tmp / "r" / "index.html").read_text()


def test_the_stopped_banner_names_a_cell_before_any_heading_and_shortens_a_long_line():
    """A cell above every heading is said to be so; a long first line is cut, not the banner's
    sentence (the sentence still ends with what to do)."""
    from analysis.stale import CODE_LINE_CHARS, stopped_note

    long = "result = " + "f(x) + " * 40
    note = stopped_note(2, "", long)
    assert "before the first heading" in note and long not in note and long[:CODE_LINE_CHARS - 1] in note
    assert note.endswith("to continue.") and "section" not in note.split("(the kernel died)")[1].split(".")[0]


def test_the_ctrl_c_handler_imports_nothing():
    """A Ctrl-C that landed while papermill was being imported (the first notebook about to
    start) ran the handler's kernel cleanup, which imported jupyter_client half-loaded and printed
    an ImportError traceback instead of the one line (flaky in CI: about 1 in 5 presses in the
    first half second after the lock). Before any kernel manager exists the cleanup imports nothing."""
    code = ("import sys; import analysis.pipeline as p; before = set(sys.modules); p.stop_kernels(); "
            "print(sorted(m for m in set(sys.modules) - before if not m.startswith('_')))")
    res = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "[]", f"stop_kernels imported {res.stdout.strip()}"


# `python -m analysis.pipeline` with a Ctrl-C landing while one module of numpy's first import
# loads (inside its C extension's init for numpy.dtypes, numpy._core._exceptions, ...)
CTRL_C_IN_IMPORT = """
import os, runpy, sys
class CtrlC:
    def find_spec(self, name, path=None, target=None):
        if name == {target!r} and not os.path.exists({fired!r}):
            open({fired!r}, "w").close()
            raise KeyboardInterrupt  # what the SIGINT handler raises there
        return None
sys.meta_path.insert(0, CtrlC())
sys.argv = ["analysis.pipeline"] + {argv!r}
runpy.run_module("analysis.pipeline", run_name="__main__")
"""


def _numpy_first_import() -> list[str]:
    """The modules a first `import numpy` loads, in a fresh process (their names, sorted)."""
    code = "import sys; before = set(sys.modules); import numpy; print('\\n'.join(sorted(set(sys.modules) - before)))"
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    return [m for m in res.stdout.split() if m.startswith("numpy.")]


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(target=st.sampled_from(_numpy_first_import()))
@example(target="numpy.dtypes")  # rev10r's: two ImportError tracebacks, exit 1, no index
@example(target="numpy._core._exceptions")
@example(target="numpy._core.printoptions")
def test_ctrl_c_while_numpy_loads_is_one_line_and_exit_130(study, target):
    """rev10r: a Ctrl-C inside numpy's C extension init (papermill loads it as notebook 01 starts)
    was taken as 'stopped at 01', then writing the index re-imported the half-initialised numpy:
    'ImportError: cannot load module more than once per process', exit 1. Any Ctrl-C is the one line."""
    tmp, raw, args = study
    fired = tmp / f"fired-{target}"
    fired.unlink(missing_ok=True)
    code = CTRL_C_IN_IMPORT.format(target=target, fired=str(fired), argv=["--no-progress", "--force", *args])
    res = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert fired.exists(), f"{target} was never imported"
    assert res.returncode == 130 and "Traceback" not in res.stderr, res.stderr[-3000:]
    last = res.stderr.strip().splitlines()[-1]
    assert last.startswith("interrupted") and last.endswith("rerun to continue"), res.stderr
