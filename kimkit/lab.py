"""Open the course in JupyterLab, in Indonesian, with the start notebook showing.

    python -m kimkit.lab [--port 8888] [--no-browser]

Used by ``make lab``; conda users on Windows or macOS run the same command. The
language (id_ID) and offline-friendly settings are written to this environment's
JupyterLab ``overrides.json``, merged with whatever is already there.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START_NOTEBOOK = "course/00_mulai.ipynb"
OVERRIDES = {
    "@jupyterlab/translation-extension:plugin": {"locale": "id_ID"},
    # no news fetching: the kit must work offline and stay quiet
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
}


def write_overrides(prefix: Path = Path(sys.prefix)) -> Path:
    """Merge the kit's JupyterLab settings into ``<prefix>/share/jupyter/lab/settings``."""
    path = prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        current = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        current = {}
    for plugin, values in OVERRIDES.items():
        current.setdefault(plugin, {}).update(values)
    path.write_text(json.dumps(current, indent=2), encoding="utf-8")
    return path


def has_display() -> bool:
    """False on a Linux machine without a graphical session (server, CI, SSH)."""
    if platform.system() != "Linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def lab_command(port: int, open_browser: bool, token: str) -> list[str]:
    command = [sys.executable, "-m", "jupyter", "lab"]
    if (ROOT / START_NOTEBOOK).exists():
        command.append(START_NOTEBOOK)
    command += [
        f"--ServerApp.root_dir={ROOT}", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
        "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}",
    ]
    if not open_browser:
        command.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    return command


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Buka kursus kimkit di JupyterLab.")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8888)))
    parser.add_argument("--no-browser", action="store_true",
                        default=os.environ.get("NO_BROWSER", "") not in ("", "0"))
    args = parser.parse_args(argv)
    if not port_is_free(args.port):
        sys.exit(f"Port {args.port} sedang dipakai program lain (mungkin JupyterLab yang sudah "
                 f"berjalan). Tutup program itu, atau pilih port lain: PORT=8890 make lab")
    write_overrides()
    open_browser = not args.no_browser and has_display()
    token = secrets.token_hex(16)
    command = lab_command(args.port, open_browser, token)
    print(f"Membuka kursus di JupyterLab. Alamatnya:\n\n    http://127.0.0.1:{args.port}/lab?token={token}\n\n"
          "Salin alamat itu ke peramban bila tidak terbuka sendiri. Hentikan dengan Ctrl+C.", flush=True)
    process = subprocess.Popen(command, cwd=ROOT)
    while True:
        try:
            sys.exit(process.wait())
        except KeyboardInterrupt:
            continue  # JupyterLab handles Ctrl+C itself; wait for it to stop, without a traceback


if __name__ == "__main__":
    main()
