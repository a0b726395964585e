"""Write the solutions pack a trainer hands out after grading (``make paket-solusi``).

    python tools/make_solutions_pack.py [--out dist/paket_solusi_kimkit.json] [latihan01 ...]

The pack holds the solution code of every auto-graded question, read from the nbgrader
source notebooks in ``solutions/``. Learners install it with
``kimkit.pasang_paket_solusi("paket_solusi_kimkit.json")``; then ``soalN.solusi()`` shows
solutions in self-study mode. Participants never receive it before grading.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kimkit.checks.solutions import solutions_in_repository, write_pack  # noqa: E402


def pack(names: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for name in names:
        found.update(solutions_in_repository(name, ROOT))
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*")
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "paket_solusi_kimkit.json")
    args = parser.parse_args(argv)
    names = args.names or sorted(p.name for p in (ROOT / "solutions").iterdir() if p.is_dir())
    solutions = pack(names)
    if not solutions:
        sys.exit("Tidak ada solusi yang ditemukan di solutions/. Jalankan dulu: make exercises")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_pack(solutions, args.out)
    print(f"Paket solusi ({len(solutions)} soal dari {', '.join(names)}) ditulis ke {args.out}.\n"
          f"Bagikan SETELAH penilaian; peserta memasangnya dengan "
          f"kimkit.pasang_paket_solusi(\"{args.out.name}\").")


if __name__ == "__main__":
    main()
