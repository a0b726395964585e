"""``python -m kimkit.identity FILE…``: print the roster id saved in each notebook (for trainers).

The command lives here, not in the package module: ``kimkit`` imports ``kimkit.identity``
itself, and running an already imported module with ``-m`` makes Python warn.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kimkit.identity import read_roster_id
from kimkit.messages import msg


def main(argv: list[str] | None = None) -> int:
    """Print ``roster id<TAB>file`` per notebook; the exit status is 2 without files."""
    paths = sys.argv[1:] if argv is None else argv
    if not paths:
        print(msg("identity.cli_usage"), file=sys.stderr)
        return 2
    for path in paths:
        print(f"{read_roster_id(Path(path)) or msg('identity.cli_no_id')}\t{path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
