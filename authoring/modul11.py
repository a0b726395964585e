"""Self-checks of course/11_proyek_akhir.ipynb (not graded; `make exercises` builds their data).

soal1 reads the real wilayah_kaltim table; soal2 grades a plan with the engine's ``Plan``
kind on the synthetic example plan the notebook builds (``rencana_bentrok``).
"""

from kimkit import campaign
from tools.authoring import CourseQuestions, Mistake, Number, Plan, Question

SOURCE = CourseQuestions(
    name="modul11",
    notebook="course/11_proyek_akhir.ipynb",
    questions=[
        Question(
            id="desa_kutim", view="soal1",
            title="Berapa jumlah desa dan kelurahan (digabung) di Kabupaten Kutai Timur?",
            answer=Number("desa_kutim"),
            solution='kutim = wilayah[wilayah["nama"] == "Kutai Timur"]\n'
                     'desa_kutim = (kutim["jumlah_kelurahan"] + kutim["jumlah_desa_kampung"]).iloc[0]',
            hints=[
                "Pakai pola contoh Kutai Kartanegara di atas: saring baris `wilayah[\"nama\"] == \"Kutai Timur\"`.",
                "Jumlahkan kolom `jumlah_kelurahan` dan `jumlah_desa_kampung`, lalu ambil angkanya "
                "dengan `.iloc[0]`.",
            ],
            mistakes=[
                Mistake('desa_kutim = wilayah[wilayah["nama"] == "Kutai Timur"]["jumlah_desa_kampung"].iloc[0]',
                        "Itu desa saja. Tambahkan kelurahan (`jumlah_kelurahan`)."),
                Mistake('desa_kutim = wilayah[wilayah["nama"] == "Kutai Timur"]["jumlah_kecamatan"].iloc[0]',
                        "Itu jumlah kecamatan. Yang diminta desa ditambah kelurahan."),
            ],
        ),
        Question(
            id="perbaiki_bentrok", view="soal2",
            title="Perbaiki bentrok di rencana contoh: salin `rencana_bentrok` ke `rencana_coba`, lalu ubah "
                  "jam baris yang bentrok.",
            answer=Plan("rencana_coba", columns=campaign.COLUMNS, checks=("isian", "bentrok"),
                        params=campaign.PARAMS),
            solution='rencana_coba = rencana_bentrok.copy()\n'
                     'rencana_coba.loc[13, "jam"] = "12:00"',
            hints=[
                "Jalankan `print(kampanye.checklist_text(kampanye.check(rencana_bentrok)))`: pesan bentrok "
                "menyebut nomor kedua baris yang bentrok.",
                "Salin dulu dengan `.copy()`, lalu ubah jam baris baru (nomor 13) ke pukul lain, seperti "
                "contoh perbaikan tema dengan `.loc[baris, \"kolom\"] = nilai`.",
            ],
            mistakes=[
                Mistake('rencana_coba = rencana_bentrok.copy()',
                        "Tabel sudah disalin, tetapi jamnya belum diubah."),
                Mistake('rencana_coba = rencana_bentrok.copy()\n'
                        'rencana_coba.loc[13, "jam"] = "19:30"',
                        "19.30 masih di jam yang sama (pukul 19) dengan unggahan lain."),
            ],
        ),
    ],
)
