"""When a notebook may be skipped: what it read and what it wrote are as recorded.

A notebook's key is a hash of the notebook, the parameters it declares, the package code,
the raw inputs and the tables earlier notebooks recorded; next to the key the state keeps a
hash of every file the notebook wrote (tables, figures, its report). It is skipped only when
the key matches AND those files are still what it wrote, so deleted, half-written or foreign
tables are rebuilt. Its entry is dropped before it runs and written after it succeeds, and
the state file is replaced atomically, so a run killed at any moment leaves no false claim.
Files are hashed by streaming (bounded memory whatever their size).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

from .atomic import replaced_whole

STATE_FILE = ".pipeline-state.json"
STATE_VERSION = 2
BLOCK = 1 << 20  # bytes hashed at a time


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(BLOCK), b""):
            h.update(block)
    return h.hexdigest()


def _name_bytes(rel: str) -> bytes:
    return os.fsencode(rel)  # file names that are not UTF-8 hash as their bytes


def raw_digest(raw_dir: Path) -> str:
    """Hash of everything ingestion reads: each listed entry's name and either its bytes
    (regular files, links to them) or why it is not read (a FIFO is never opened), plus the
    sidecar."""
    from .ingest import SIDECAR_NAME, input_problem, list_inputs

    raw_dir = Path(raw_dir)
    h = hashlib.sha256()
    entries = list_inputs(raw_dir)
    sidecar = raw_dir / SIDECAR_NAME
    if sidecar.is_file():
        entries.append(sidecar)
    for path in entries:
        h.update(_name_bytes(path.relative_to(raw_dir).as_posix()) + b"\0")
        problem = input_problem(path) if path != sidecar else None
        try:
            h.update((problem or file_digest(path)).encode())
        except OSError as exc:
            h.update(f"unreadable {exc.errno}".encode())
    return h.hexdigest()


# The suffixes of the files the package ships: its code and what pyproject.toml's package-data
# names (models/*.json, *.json.gz, *.npz, tolls/*.json; test_cldr_names checks the two agree).
# Anything else in the folder is not shipped, so it is not code to the cache.
SHIPPED_SUFFIXES = (".py", ".json", ".json.gz", ".npz")


def shipped(relative: Path) -> bool:
    """Whether a file of the package folder is one the package ships: a shipped suffix, and no
    part of its path hidden (.ipynb_checkpoints/ that JupyterLab writes on save, .DS_Store from
    Finder, .x.py.swp from vim) or a byte-code cache. Editor and OS litter hashed as code re-ran
    every notebook as "code changed" and made --only refuse (rev10r)."""
    parts = relative.parts
    return (not any(part.startswith(".") or part == "__pycache__" for part in parts)
            and relative.name.endswith(SHIPPED_SUFFIXES))


def code_digest(package_dir: Path, extra: list[Path] = ()) -> str:
    """Hash of every file the package ships (its code, models and data tables: a retrained
    tone_hybrid.json.gz or tone_vectors.npz re-runs the notebooks as a code change does), plus
    `extra` files the notebooks read. Byte-code caches and editor or OS litter are left out."""
    h = hashlib.sha256()
    for path in sorted(p for p in package_dir.rglob("*") if p.is_file() and shipped(p.relative_to(package_dir))):
        h.update(path.relative_to(package_dir).as_posix().encode() + b"\0" + file_digest(path).encode())
    for path in extra:
        h.update(path.name.encode() + b"\0" + file_digest(path).encode())
    return h.hexdigest()


def snapshot(folder: Path) -> dict[str, tuple[int, int, int]]:
    """(size, mtime_ns, inode) of every visible file under folder, to see what a run wrote."""
    out: dict[str, tuple[int, int, int]] = {}
    folder = Path(folder)
    if not folder.is_dir():
        return out
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            try:
                st = os.stat(path)
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode):
                out[str(path)] = (st.st_size, st.st_mtime_ns, st.st_ino)
    return out


def written(before: dict, after: dict) -> list[str]:
    """Files that appeared or changed between two snapshots."""
    return sorted(p for p, sig in after.items() if before.get(p) != sig)


def record_outputs(paths) -> dict[str, list]:
    """path -> [digest, size, mtime_ns] for each output file."""
    out = {}
    for p in paths:
        st = os.stat(p)
        out[str(p)] = [file_digest(Path(p)), st.st_size, st.st_mtime_ns]
    return out


def outputs_intact(recorded: dict[str, list]) -> bool:
    """Every recorded output still holds what was written. A file whose size and mtime are
    unchanged is taken as unchanged (as git does); otherwise its bytes are hashed again."""
    for p, (digest, size, mtime) in recorded.items():
        try:
            st = os.stat(p)
        except OSError:
            return False
        if (st.st_size, st.st_mtime_ns) == (size, mtime):
            continue
        if st.st_size != size or file_digest(Path(p)) != digest:
            return False
    return True


def tables_digest(entry: dict | None) -> dict:
    """What a later notebook depends on from an earlier one: the digests of its tables."""
    return {p: v[0] for p, v in sorted(((entry or {}).get("tables") or {}).items())}


def load_state(path: Path) -> tuple[dict, str | None]:
    """(recorded notebooks, warning). A state file that is unreadable, truncated by a crash
    or from another version counts as none, with a warning: it costs a rerun, never a run."""
    path = Path(path)
    if not path.exists():
        return {}, None
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return {}, f"{path} could not be read ({type(exc).__name__}); every notebook runs again"
    if not isinstance(state, dict) or state.get("version") != STATE_VERSION or not isinstance(state.get("notebooks"), dict):
        return {}, f"{path} was not written by this version; every notebook runs again"
    return state["notebooks"], None


def save_state(path: Path, notebooks: dict) -> None:
    """Write the state atomically: a temporary file renamed over the old one."""
    with replaced_whole(path) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        json.dump({"version": STATE_VERSION, "notebooks": notebooks}, fh, indent=1, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
