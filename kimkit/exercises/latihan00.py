"""Self-checks of latihan00 (Mulai): first steps in JupyterLab and a first table."""

import re

from kimkit.checks import CustomCheck, Incorrect, MultipleChoice, ValueCheck, ____, questions

REGION_NAMES = (
    "Paser", "Kutai Kartanegara", "Berau", "Kutai Barat", "Kutai Timur",
    "Penajam Paser Utara", "Mahakam Ulu", "Balikpapan", "Samarinda", "Bontang",
)


def _is_region_name(value: object) -> None:
    if not isinstance(value, str):
        raise Incorrect("`kabkota_saya` harus berupa teks di antara tanda kutip, contoh: \"Samarinda\".")
    if value in REGION_NAMES:
        return
    cleaned = " ".join(re.sub(r"(?i)\b(kabupaten|kab\.|kota)\b", " ", value).split())
    for name in REGION_NAMES:
        if cleaned.casefold() == name.casefold():
            raise Incorrect(f"Hampir benar. Tulis persis seperti di tabel wilayah: \"{name}\".")
    raise Incorrect(
        "Nama itu tidak ada di kolom `nama` tabel wilayah. Salin salah satu nama "
        "dari tabel, misalnya \"Samarinda\" atau \"Kutai Kartanegara\"."
    )


soal1, soal2, soal3 = questions("latihan00", graded=True, problems=[
    MultipleChoice(
        variables=("jawaban_1",),
        statement="Tombol apa yang menjalankan sel lalu pindah ke sel berikutnya?",
        options={"A": "Ctrl+S", "B": "Shift+Enter", "C": "Esc", "D": "Tab"},
        expected="5a044978362263d87a6a65d43396565a65bf4aa5d1bdc6b465a535f83652008d",
        hints=[
            "Ctrl+S menyimpan notebook; ia tidak menjalankan apa pun.",
            "Kombinasinya memakai tombol Enter, ditambah satu tombol pengubah.",
        ],
        sealed_solution=(
            "b0ZsxbVsfSMe+UJH4fdJe2Vv1MFUWPIBKC9EbTYlkvjQ4KhowgvMzW11ln90ZZbx8PL7PYAubsWKXipSTMW+"
            "JMrnUBGzoQa5M7mzkM1coJ+n"
        ),
    ),
    CustomCheck(
        variables=("kabkota_saya",),
        statement="Simpan nama kabupaten/kota tempat Anda bertugas di variabel kabkota_saya.",
        rule=_is_region_name,
        hints=[
            "Lihat kolom `nama` pada tabel `wilayah` yang ditampilkan di atas.",
            "Tulis namanya di antara tanda kutip, tanpa kata \"Kabupaten\" atau \"Kota\", "
            "misalnya kabkota_saya = \"Berau\".",
        ],
        sealed_solution=(
            "Fs6pTZTbgZUzCIUycwAnnCaUzz+wdkJcB2Aav9OpRVDUc1uLhuEPAN4hy27p/iZC5D0cYp4X26tVaRid33+t"
            "DK4DuLw42D09/WwM1bBl9n58aCk="
        ),
    ),
    ValueCheck(
        variables=("jumlah_kim",),
        statement="Hitung jumlah baris (jumlah KIM) pada tabel kim.",
        kind="number",
        decimals=0,
        expected="c8d57e62d91cdf0ba948e74e5db0fb76a0d4c3cbb9f8c097da69f8b5b63d41b8",
        mistakes={
            "91b70417f31592597fca33d591a4764adc8743cb8f95e7363ff9cc0ad674f57f":
                "Itu jumlah kolom, bukan jumlah baris. Satu KIM = satu baris.",
        },
        hints=[
            "Satu baris tabel `kim` = satu KIM.",
            "`len(kim)` memberi jumlah baris; `kim.shape` memberi (baris, kolom).",
        ],
        sealed_solution="zICKKR4gOuAwA1Jxy4plKp5RfopU474R6bwxDRTRTz0KzOEovlBRvDuSbZbFk7e0",
    ),
])

__all__ = ["soal1", "soal2", "soal3", "____"]
