"""The notebook metadata a kernel writes, stored up front so that notebooks open unmodified.

    python tools/notebook_metadata.py                 # normalise every notebook under course/
    python tools/notebook_metadata.py solutions exercises/latihan01/latihan01.ipynb
    python tools/notebook_metadata.py --check course solutions exercises   # exit 1 if any differs

What JupyterLab does (JupyterLab 4.6, ipykernel 7; seen in a real JupyterLab with
``tools/screenshots.py --report``): when a notebook opens, its kernel starts and JupyterLab
copies two values from the kernel into the notebook metadata, before any cell runs:

- ``kernelspec``: ``{"name", "display_name", "language"}`` of the kernel;
- ``language_info``: the ``language_info`` of the kernel's ``kernel_info_reply``; for
  ipykernel that is ``name``, ``version``, ``mimetype``, ``codemirror_mode``,
  ``pygments_lexer``, ``nbconvert_exporter`` and ``file_extension``.

Each value is compared with the stored one as a whole (deep equality); any difference marks
the notebook modified (the dot on its tab, "save changes?" on closing), and saving writes
the kernel's values. ``language_info.version`` is the kernel's full Python version
(``3.11.7``), so it is the one field that depends on the participant's computer: a stored
notebook without it, or with another version, opens modified. There is no way to store a
value that matches every Python, so the notebooks carry the version of the kit's reference
environment (``REFERENCE_PYTHON``, the ``.venv`` used to write and test the kit); every other
field is the same for all Python 3 ipykernels. Running cells then marks the notebook modified
as expected (outputs, execution counts), but changes no metadata.

Files are written exactly as the Jupyter server saves them (``nbformat.writes``: indent 1,
sorted keys, non-ASCII kept, final newline), so a save in JupyterLab of an untouched
notebook leaves ``git status`` clean. Other metadata keys and all cells are kept as they are.
``tools/nbcells.py`` (the exercise builder) uses the same ``notebook_metadata()``.
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = ("course",)
# Python of the kit's reference environment: update it (and rerun this tool over course/,
# then rebuild solutions/ and exercises/) when that environment moves to another Python.
REFERENCE_PYTHON = "3.11.7"


def notebook_metadata(python_version: str = REFERENCE_PYTHON) -> dict:
    """The notebook metadata JupyterLab writes for the kit's kernel (ipykernel, Python 3)."""
    return {
        "kernelspec": {
            "display_name": "Python 3 (ipykernel)",
            "language": "python",
            "name": "python3",
        },
        "language_info": {
            "codemirror_mode": {"name": "ipython", "version": 3},
            "file_extension": ".py",
            "mimetype": "text/x-python",
            "name": "python",
            "nbconvert_exporter": "python",
            "pygments_lexer": "ipython3",
            "version": python_version,
        },
    }


def normalised(text: str) -> str:
    """``text`` (a notebook) with the canonical metadata, serialised as Jupyter saves it."""
    import nbformat

    nb = nbformat.reads(text, as_version=4)
    for key, value in notebook_metadata().items():
        nb.metadata[key] = copy.deepcopy(value)
    return nbformat.writes(nb) + "\n"


def notebooks(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        if path.is_dir():
            found += [p for p in path.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts]
        elif path.suffix == ".ipynb":
            found.append(path)
        else:
            raise SystemExit(f"not a notebook or folder: {path}")
    return sorted(set(found))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path,
                        help="notebooks or folders (default: course/ of the repository)")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file would change")
    args = parser.parse_args(argv)
    paths = args.paths or [ROOT / folder for folder in DEFAULT_FOLDERS]
    changed = []
    for path in notebooks(paths):
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:  # removed meanwhile (e.g. exercises/ being rebuilt)
            continue
        new = normalised(text)
        if new != text:
            changed.append(path)
            if not args.check:
                path.write_text(new, encoding="utf-8")
    verb = "would change" if args.check else "normalised"
    for path in changed:
        print(f"{verb}: {path}")
    if not changed:
        print("all notebooks carry the canonical metadata")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
