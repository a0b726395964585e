#!/bin/sh
# kimkit: mulai belajar di macOS. Klik dua kali berkas ini (pertama kali: klik kanan → Open).
# Isinya sama dengan mulai.sh: persiapan pertama perlu internet sekali saja (atau tidak sama
# sekali bila ada folder wheelhouse), lalu JupyterLab terbuka (python -m kimkit.lab).
cd "$(dirname "$0")" || exit 1
exec sh ./mulai.sh "$@"
