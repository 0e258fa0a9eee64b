"""The toll reader's CLDR names come from the shipped table (src/analysis/tolls/cldr_en_names.json),
which is what babel gives (scripts/cldr_names.py --check); reading tolls loads no babel.

Behaviour change (fails on 1012be8, which loaded babel's whole English locale in every process
reading a toll: ~4.3 MiB and 0.08 CPU s each, speed10): no babel module after tolls that need the
country names and the demonym-shaped places. A changed table changes the run's code digest
(fails on cache.code_digest before: it hashed models/*.json only).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[1]

# both of the reader's CLDR lookups: another country's war (_country_re) and a known place
# before a source's demonyms inside a sentence (_known_places_shaped_as_demonyms)
_READ_TOLLS = """
import sys
from analysis.tolls import extract_tolls
extract_tolls("The Yemen war has killed 377,000 people, according to the UN.")
extract_tolls("The strike killed 12 people, Kobani Kurdish officials said.")
from analysis.tolls import extract
assert extract._english_cldr.cache_info().currsize == 1, "the names were never read"
print(sorted(m for m in sys.modules if m == "babel" or m.startswith("babel.")))
"""


def test_shipped_names_are_what_babel_gives():
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "cldr_names.py"), "--check"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr


def test_reading_tolls_loads_no_babel():
    run = subprocess.run([sys.executable, "-c", _READ_TOLLS], capture_output=True, text=True, timeout=300, cwd=REPO)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]", run.stdout


def test_a_changed_names_table_reruns_the_notebooks(tmp_path):
    """The table is code to the run's cache: a notebook whose names changed is not 'unchanged'."""
    from analysis import cache

    pkg = tmp_path / "analysis"
    (pkg / "tolls").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    table = pkg / "tolls" / "cldr_en_names.json"
    table.write_text('{"territories": {}}\n')
    before = cache.code_digest(pkg)
    table.write_text('{"territories": {"YE": "Yemen"}}\n')
    assert cache.code_digest(pkg) != before


@settings(max_examples=25, deadline=None)
@given(suffix=st.sampled_from([".py", ".json", ".json.gz", ".npz"]), data=st.binary(min_size=1, max_size=64))
def test_any_shipped_data_file_is_code_to_the_cache(tmp_path_factory, suffix, data):
    """A retrained model (models/tone_hybrid.json.gz, models/tone_vectors.npz) re-runs the
    notebooks too: the digest hashed .py and .json files only. Byte-code caches do not count."""
    from analysis import cache

    pkg = tmp_path_factory.mktemp("pkg") / "analysis"
    (pkg / "models").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    before = cache.code_digest(pkg)
    (pkg / "__pycache__").mkdir()
    (pkg / "__pycache__" / "x.cpython-311.pyc").write_bytes(data)
    assert cache.code_digest(pkg) == before
    (pkg / "models" / f"model{suffix}").write_bytes(data)
    assert cache.code_digest(pkg) != before


# editor and OS litter a researcher's tools leave in src/analysis (rev10r's examples first)
_LITTER = st.one_of(
    st.sampled_from([".ipynb_checkpoints/dates-checkpoint.py", ".DS_Store", "models/.DS_Store",
                     "tolls/.extract.py.swp", "report.py~", "models/tone_model.json~", "Thumbs.db", "notes.txt"]),
    st.builds(lambda hidden, stem, suffix: f"{hidden}/{stem}{suffix}",
              st.sampled_from([".ipynb_checkpoints", ".vscode", ".idea", "models/.ipynb_checkpoints"]),
              st.text("abcdefgh_", min_size=1, max_size=8),
              st.sampled_from([".py", ".json", ".json.gz", ".npz", ".txt"])),
    st.builds(lambda stem, suffix: f"{stem}{suffix}", st.text("abcdefgh_", min_size=1, max_size=8),
              st.sampled_from([".py~", ".py.swp", ".py.bak", ".orig", ".log"])),
)


@settings(max_examples=40, deadline=None)
@given(litter=_LITTER, data=st.binary(min_size=1, max_size=64))
def test_editor_and_os_litter_is_not_code_to_the_cache(tmp_path_factory, litter, data):
    """rev10r: a .ipynb_checkpoints/ JupyterLab wrote on save, Finder's .DS_Store or a vim swap
    file in the package folder re-ran every notebook as "code changed" and made --only refuse,
    though no shipped byte changed. Only what the package ships is hashed."""
    from analysis import cache

    pkg = tmp_path_factory.mktemp("pkg") / "analysis"
    (pkg / "models").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "models" / "tone_model.json").write_text("{}")
    before = cache.code_digest(pkg)
    path = pkg / litter
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    assert cache.code_digest(pkg) == before, litter


def test_every_package_data_pattern_is_hashed():
    """The digest's list of shipped suffixes keeps up with pyproject.toml's package-data: a
    data file the package starts shipping is code to the cache."""
    import tomllib

    from analysis import cache

    patterns = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["analysis"]
    assert patterns
    for pattern in patterns:
        assert pattern.endswith(cache.SHIPPED_SUFFIXES), pattern
