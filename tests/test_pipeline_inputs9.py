"""Note 8's run leftovers: a notebook's own terminal warnings are said again on a run that skips
it as unchanged, from the table it recorded them in."""

from __future__ import annotations

from test_pipeline_faults import NB01, _notebook

# A notebook 02 stand-in that skips one article's tolls, as tolls.read_death_tolls does: it says
# the line on the terminal (progress.say) and writes the skipped-tolls table.
NB02_SKIPS = """
from pathlib import Path
import pandas as pd
from analysis import progress, tables
from analysis.schema import SKIPPED_COLUMNS
reason = "extraction took longer than 120 s"
progress.say(f"article a1: death tolls skipped: {reason}")
tables.write_table(pd.DataFrame([["a1", "SANA", reason]], columns=SKIPPED_COLUMNS), Path(processed_dir) / tables.SKIPPED_TOLLS_FILE)
"""


def test_a_toll_over_its_budget_is_warned_again_when_notebook_02_is_skipped(tmp_path, capsys):
    from analysis import pipeline

    nbs = tmp_path / "nbs"
    nbs.mkdir()
    _notebook(nbs / "01_list.ipynb", NB01)
    _notebook(nbs / "02_death_tolls.ipynb", NB02_SKIPS)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a1.txt").write_text("Ten people were killed in Homs on Monday, the monitor said.")
    args = ["--no-progress", "--notebooks-dir", str(nbs), "--raw-dir", str(raw), "--processed-dir", str(tmp_path / "p"),
            "--reports-dir", str(tmp_path / "r")]
    assert pipeline.main(args) == 0
    first = [ln for ln in capsys.readouterr().err.splitlines() if "death tolls skipped" in ln]
    assert pipeline.main(args) == 0
    out = capsys.readouterr()
    assert "02_death_tolls: unchanged" in out.out
    said = [ln for ln in out.err.splitlines() if "death tolls skipped" in ln]
    assert said == ["02_death_tolls: article a1: death tolls skipped: extraction took longer than 120 s"], out.err
    assert said == first  # rev9r 10: the line a user greps for is worded the same on both runs


def test_one_print_split_by_the_kernels_flush_timing_is_one_output(tmp_path):
    """Note 8: notebook 01's 'every input was read and cleaned' came as one output or as two (the
    text, then its line end), as ipykernel's flush timer fell: the settled notebook has one,
    and text around a table stays on its side of it."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook, new_output

    from analysis import pipeline

    nb = new_notebook()
    nb.cells = [
        new_code_cell("print(message)", outputs=[new_output("stream", name="stdout", text="every input was read and cleaned"),
                                                 new_output("stream", name="stdout", text="\n")]),
        new_code_cell("f()", outputs=[new_output("stream", name="stdout", text="a\n"),
                                      new_output("stream", name="stderr", text="w\n"),
                                      new_output("stream", name="stderr", text="x\n"),
                                      new_output("display_data", data={"text/plain": "table"}),
                                      new_output("stream", name="stdout", text="b"),
                                      new_output("stream", name="stdout", text="c\n")]),
    ]
    path = tmp_path / "01.ipynb"
    nbformat.write(nb, path)
    pipeline.settle_executed_notebook(path)
    settled = nbformat.read(path, as_version=4)
    first, second = (c.outputs for c in settled.cells)
    assert [(o.output_type, o.get("name"), o.get("text")) for o in first] == [
        ("stream", "stdout", "every input was read and cleaned\n")]
    assert [(o.output_type, o.get("name"), o.get("text")) for o in second] == [
        ("stream", "stdout", "a\n"), ("stream", "stderr", "w\nx\n"), ("display_data", None, None),
        ("stream", "stdout", "bc\n")]
