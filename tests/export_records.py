"""What the corpus-export tests share: an article sentence with a toll, generated column names,
their Hypothesis settings, and a JSONL export written from records."""

import json
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

TEXT = "Air strikes killed at least {n} civilians in Aleppo on Tuesday, the monitor said."
names = st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=12).map(str.strip).filter(bool)
FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def write_jsonl(folder: Path, records: list[dict], name: str = "export.jsonl") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return folder
