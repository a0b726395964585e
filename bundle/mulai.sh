#!/bin/sh
# kimkit: mulai belajar (Linux dan macOS).   Jalankan:  sh mulai.sh   (atau ./mulai.sh)
#
# Pertama kali: membuat lingkungan Python .venv di folder ini dan memasang kimkit,
# JupyterLab dan pustaka lain (perlu internet sekali saja, beberapa menit). Bila ada folder
# wheelhouse berisi wheel (make bundle WHEELHOUSE=1), pemasangan memakai folder itu, tanpa
# internet (pip --no-index); bila gagal (misalnya versi Python lain), dicoba lewat internet.
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

# wheels of make wheelhouse next to this script: install offline from them
ada_wheelhouse() {
    for berkas in wheelhouse/*.whl; do
        [ -f "$berkas" ] && return 0
    done
    return 1
}

if ! siap; then
    if ada_wheelhouse; then
        echo "Menyiapkan kimkit di folder ini dari folder wheelhouse, tanpa internet (beberapa menit)."
    else
        echo "Menyiapkan kimkit di folder ini (perlu internet sekali saja, beberapa menit)."
    fi
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
    if ada_wheelhouse; then
        printf 'Memasang kimkit, JupyterLab dan pustaka peserta dari folder wheelhouse, tanpa internet …'
        if "$VENV/bin/python" -m pip install --no-index --find-links wheelhouse --upgrade pip >"$LOG" 2>&1 &&
           "$VENV/bin/python" -m pip install --no-index --find-links wheelhouse -e . >>"$LOG" 2>&1; then
            echo " selesai."
            exec "$VENV/bin/python" -m kimkit.lab "$@"
        fi
        echo " gagal."
        mv "$LOG" "$VENV/pasang-wheelhouse.log"
        echo "Folder wheelhouse tidak cocok untuk komputer atau versi Python ini (catatan: $VENV/pasang-wheelhouse.log); mencoba lewat internet."
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
