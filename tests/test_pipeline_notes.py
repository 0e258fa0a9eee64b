"""The console repeats notebook 01's late column notes only for files the pre-run scan did not
already speak of (review 2: a suffix match let data.jsonl's note silence a.jsonl's)."""

from __future__ import annotations

from analysis.pipeline import _same_note

MESSAGE = "no 'outlet' column found; columns not used: newspaper"


def test_a_note_on_one_file_is_not_taken_for_a_note_on_a_file_whose_name_ends_its_name():
    for short, long in [("a.jsonl", "data.jsonl"), ("2016.jsonl", "news2016.jsonl"), ("export.jsonl", "old_export.jsonl")]:
        assert not _same_note(f"{short}: {MESSAGE}", f"/data/raw/{long}: {MESSAGE}")


def test_the_same_file_by_its_raw_path_and_its_full_path_is_one_note():
    assert _same_note(f"a.jsonl: {MESSAGE}", f"/data/raw/a.jsonl: {MESSAGE}")
    assert _same_note(f"sub/a.jsonl: {MESSAGE}", f"/data/raw/sub/a.jsonl: {MESSAGE}")
    assert not _same_note(f"sub/a.jsonl: {MESSAGE}", f"/data/raw/other/a.jsonl: {MESSAGE}")
    assert not _same_note(f"a.jsonl: {MESSAGE}", f"/data/raw/a.jsonl: no 'date' column found")
