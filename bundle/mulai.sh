#!/bin/sh
# kimkit: mulai belajar (Linux dan macOS).   Jalankan:  sh mulai.sh   (atau ./mulai.sh)
#
# Pertama kali: membuat lingkungan Python .venv di folder ini dan memasang kimkit,
# JupyterLab dan pustaka lain (perlu internet sekali saja, beberapa menit).
# Setiap kali: membuka kursus di JupyterLab (python -m kimkit.lab), tanpa internet.
# Pilihan diteruskan ke kimkit.lab, misalnya:  sh mulai.sh --port 8890

cd "$(dirname "$0")" || exit 1
VENV=.venv
LOG="$VENV/pasang.log"

gagal() {
    echo
    echo "$1"
    printf 'Tekan Enter untuk menutup. '
    read -r _ || true
    exit 1
}

# kimkit is installed from this very folder (pip install -e .): check that, not just an import
siap() {
    "$VENV/bin/python" -I -c 'import pathlib, sys, jupyterlab, kimkit
sys.exit(pathlib.Path(kimkit.__file__).resolve().parent.parent != pathlib.Path.cwd().resolve())' \
        >/dev/null 2>&1
}

cari_python() {
    for calon in ${PYTHON:-} python3.13 python3.12 python3.11 python3 python; do
        if command -v "$calon" >/dev/null 2>&1 &&
           "$calon" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
            echo "$calon"
            return 0
        fi
    done
    return 1
}

[ -f pyproject.toml ] || gagal "Ekstrak dulu seluruh isi berkas zip ke satu folder, lalu jalankan mulai.sh dari folder hasil ekstrak itu."

if ! siap; then
    echo "Menyiapkan kimkit di folder ini (perlu internet sekali saja, beberapa menit)."
    if ! "$VENV/bin/python" -c pass >/dev/null 2>&1; then
        rm -rf "$VENV"   # missing, or made on another computer: build it again
        PY=$(cari_python) || gagal "kimkit perlu Python 3.11 atau lebih baru. Pasang dari https://www.python.org/downloads/ (Linux: paket python3 dan python3-venv), lalu jalankan skrip ini lagi."
        printf 'Membuat lingkungan Python di %s/ …' "$VENV"
        if ! keluaran=$("$PY" -m venv "$VENV" 2>&1); then
            rm -rf "$VENV"
            echo " gagal."
            echo "$keluaran"
            gagal "Gagal membuat lingkungan Python. Di Debian/Ubuntu pasang dulu: sudo apt install python3-venv"
        fi
        echo " selesai."
    fi
    printf 'Memasang kimkit, JupyterLab dan pustaka peserta …'
    if "$VENV/bin/python" -m pip install --upgrade pip >"$LOG" 2>&1 &&
       "$VENV/bin/python" -m pip install -e . >>"$LOG" 2>&1; then
        echo " selesai."
    else
        echo " gagal."
        echo
        tail -n 25 "$LOG"
        gagal "Pemasangan gagal (catatan lengkap: $LOG). Periksa koneksi internet (hanya perlu sekali, saat pemasangan pertama), lalu jalankan skrip ini lagi."
    fi
fi

exec "$VENV/bin/python" -m kimkit.lab "$@"
