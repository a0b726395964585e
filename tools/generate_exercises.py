"""Regenerate exercises/ from solutions/ with nbgrader (``make exercises``).

    python tools/generate_exercises.py [--course-dir DIR] [latihan01 ...]

Runs ``nbgrader generate_assignment --force`` for every ``solutions/latihanNN`` folder
(or the ones named), from the course directory, with the venv's ``bin`` on PATH
(nbgrader calls ``alembic`` when it creates the gradebook).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def assignments(course_dir: Path) -> list[str]:
    return sorted(p.name for p in (course_dir / "solutions").glob("latihan[0-9][0-9]") if p.is_dir())


def nbgrader_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


def generate(course_dir: Path, names: list[str]) -> None:
    for name in names:
        print(f"membuat exercises/{name} dari solutions/{name} …", flush=True)
        subprocess.run(
            [sys.executable, "-m", "nbgrader", "generate_assignment", name, "--force",
             "--log-level=WARN"],
            cwd=course_dir, env=nbgrader_env(), check=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*")
    parser.add_argument("--course-dir", type=Path, default=ROOT)
    args = parser.parse_args()
    generate(args.course_dir, args.names or assignments(args.course_dir))


if __name__ == "__main__":
    main()
