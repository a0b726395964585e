"""A trainer's whole day on a synthetic class, so trainers can try everything first (``make demo``).

    python tools/make_demo.py [--folder demo] [--kelas 55]

Writes a synthetic roster (``peserta_contoh.xlsx``: 55 participants from 9 kab/kota, names
marked "Contoh"), an inbox of realistic submissions of latihan01 (right, partly right, blank,
messy file names, zips, a few broken files), then runs every trainer command on it:
siapkan → peserta → kumpulkan → nilai → umpan-balik → laporan → sertifikat.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import sys
import time
import zipfile
from pathlib import Path

import nbformat
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kimkit.pelatih.__main__ import main as pelatih  # noqa: E402
from tests.grading import notebooks as nbs  # noqa: E402

EXERCISE = "latihan01"
REGIONS = {  # 9 of the 10 kab/kota, as at the 2023 workshop (Mahakam Ulu could not attend)
    "SMD": "Samarinda", "BPN": "Balikpapan", "BTG": "Bontang", "KKR": "Kutai Kartanegara",
    "KTM": "Kutai Timur", "KBR": "Kutai Barat", "BRU": "Berau", "PSR": "Paser", "PPU": "Penajam Paser Utara",
}
FIRST = ["Ayu", "Budi", "Citra", "Dimas", "Eka", "Fajar", "Gita", "Hendra", "Intan", "Joko", "Kiki", "Lestari"]
LAST = ["Pratama", "Lestari", "Santoso", "Rahmawati", "Hidayat", "Saputra", "Wulandari", "Nugroho"]


def roster(size: int, rng: random.Random) -> pd.DataFrame:
    rows = []
    for number in range(size):
        prefix = list(REGIONS)[number % len(REGIONS)]
        rows.append({"ID Peserta": f"{prefix}-{number + 1:03d}",
                     "Nama Lengkap": f"Contoh {rng.choice(FIRST)} {rng.choice(LAST)}",
                     "Instansi": f"Diskominfo {'Kota' if prefix in ('SMD', 'BPN', 'BTG') else 'Kabupaten'} {REGIONS[prefix]}",
                     "Kab/Kota": REGIONS[prefix], "Email": ""})
    return pd.DataFrame(rows)


def inbox(people: pd.DataFrame, target: Path, rng: random.Random) -> None:
    """Submissions as they arrive: most right or partly right, some blank, messy, broken."""
    release = nbs.read(nbs.release_path(EXERCISE))
    right, wrong = nbs.right_answers(EXERCISE), nbs.wrong_answers(EXERCISE)
    target.mkdir(parents=True, exist_ok=True)
    bundle = io.BytesIO()
    with zipfile.ZipFile(bundle, "w") as archive:
        for index, person in enumerate(people.to_dict("records")):
            kind = index % 11
            if kind == 10:
                continue  # did not submit
            wrong_part = dict(rng.sample(sorted(wrong.items()), k=1 + kind % 3))
            answers = {0: right, 1: right, 2: right, 3: {**right, **wrong_part}, 4: {**right, **wrong_part},
                       5: wrong, 6: {}, 7: right, 8: {**right, **wrong_part}, 9: right}[kind]
            notebook = nbs.fill(release, answers) if answers else release
            written = {g: "Rencana: musyawarah warga, pengurus, SK kepala desa, daftar ke Diskominfo."
                       for g in nbs.written_cells(release)}
            notebook = nbs.fill(notebook, written) if kind in (0, 1, 7) else notebook
            with_id = kind not in (7, 8)  # some forgot their id: recognised by file name
            data = nbformat.writes(nbs.with_identity(notebook, person["ID Peserta"]) if with_id else notebook)
            name = person["Nama Lengkap"].removeprefix("Contoh ")
            if kind == 9:
                archive.writestr(f"kiriman/{person['ID Peserta']}_{EXERCISE}.ipynb", data)
            else:
                filename = [f"{person['ID Peserta']}_{EXERCISE}.ipynb", f"Latihan 1 {name} (1).ipynb",
                            f"{EXERCISE}-{name.lower().replace(' ', '_')}.ipynb"][index % 3]
                (target / filename).write_text(data, encoding="utf-8")
    (target / "kiriman_dari_whatsapp.zip").write_bytes(bundle.getvalue())
    (target / "rusak_terpotong.ipynb").write_bytes(nbformat.writes(release).encode()[:400])
    (target / "kosong.ipynb").write_bytes(b"")
    (target / "foto_absen.jpg").write_bytes(b"\xff\xd8\xff bukan notebook")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folder", type=Path, default=ROOT / "demo")
    parser.add_argument("--kelas", type=int, default=55)
    args = parser.parse_args(argv)
    folder = args.folder.resolve()
    if folder.exists():
        shutil.rmtree(folder)  # the demo folder is the tool's own output, made anew each time
    rng = random.Random(2023)
    people = roster(args.kelas, rng)
    folder.mkdir(parents=True)
    people.to_excel(folder / "peserta_contoh.xlsx", index=False)
    inbox(people, folder / "masuk", rng)
    (folder / "acara.json").write_text(json.dumps({
        "nama_acara": "Pelatihan Pembinaan KIM dan Pengelolaan Konten Media (DEMO, data sintetis)",
        "penyelenggara": "Diskominfo Provinsi Kalimantan Timur", "tempat": "Samarinda",
        "tanggal": "2–3 Desember 2026", "latihan": [EXERCISE], "ambang_persen": 70,
    }, ensure_ascii=False, indent=1), encoding="utf-8")
    started = time.perf_counter()
    base = ["--folder", str(folder)]
    for command in (["siapkan"], ["peserta", str(folder / "peserta_contoh.xlsx")], ["kumpulkan"],
                    ["nilai", EXERCISE], ["umpan-balik", EXERCISE, "--gabung"], ["laporan", "--judul",
                    "Laporan pelatihan DEMO (data sintetis)"], ["sertifikat"]):
        print(f"\n$ python -m kimkit.pelatih {' '.join(command)}", flush=True)
        if pelatih(base + command) != 0:
            sys.exit(1)
    print(f"\nDemo selesai dalam {time.perf_counter() - started:.0f} detik. Semua hasil ada di {folder}")


if __name__ == "__main__":
    main()
