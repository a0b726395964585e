"""Write the Excel templates shipped with the kit, deterministically (byte-identical each run).

    python tools/make_templates.py            # rewrite kimkit/data/files/templat_daftar_kim.xlsx
    python tools/make_templates.py --out DIR  # write elsewhere (the tests compare)

The template's columns, labels and guide come from ``kimkit.importing.SKEMA_KIM`` and the
message catalogue, so the template and the import widget always agree. Never edit the XLSX
by hand.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kimkit import importing  # noqa: E402

FILES = ROOT / "kimkit" / "data" / "files"


def generate(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    path = out / importing.TEMPLATE_FILE
    path.write_bytes(importing.write_template(importing.SKEMA_KIM))
    return [path]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=FILES)
    for path in generate(parser.parse_args().out):
        print(f"ditulis: {path}")


if __name__ == "__main__":
    main()
