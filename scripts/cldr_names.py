"""Write src/analysis/tolls/cldr_en_names.json: the English CLDR names the toll reader reads
(country names, time-zone cities, language names), taken from babel.

Why a file: babel loads a locale whole (every CLDR field of English, ~4.3 MiB and 0.08 CPU s
in each process that reads a toll: notebook 02's kernel and its worker, notebook 03's kernel),
to give the toll reader a few hundred names. The names are a fixed table for one babel version;
this script writes them, `--check` says whether the shipped file is still what babel gives
(tests/test_cldr_names.py runs it), and only this script and tests import babel.

    .venv/bin/python scripts/cldr_names.py            # write the file
    .venv/bin/python scripts/cldr_names.py --check    # exit 1 unless the shipped file is what this writes
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "analysis" / "tolls" / "cldr_en_names.json"


def cldr_names() -> dict:
    """What the toll reader reads of CLDR's English locale, sorted (the file is deterministic)."""
    import babel
    from babel import Locale
    from babel.core import get_cldr_version, get_global

    en = Locale.parse("en")
    return {
        "source": f"babel {babel.__version__}, CLDR {get_cldr_version()}, locale en (scripts/cldr_names.py)",
        "territories": dict(sorted(en.territories.items())),  # region code -> English name
        "time_zone_cities": sorted({v["city"] for v in en.time_zones.values() if "city" in v}),
        "zone_cities": sorted({z.rsplit("/", 1)[-1].replace("_", " ") for z in get_global("zone_territories")}),
        "languages": sorted(set(en.languages.values())),
    }


def rendered(names: dict) -> str:
    return json.dumps(names, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 unless the shipped file is what this writes")
    args = ap.parse_args(argv)
    text = rendered(cldr_names())
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT} {'is' if same else 'is NOT'} what babel gives now")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
