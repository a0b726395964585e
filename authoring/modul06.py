"""Self-checks of course/06_video_podcast.ipynb (not graded; `make exercises` builds their data).

Data questions use the synthetic rundown_podcast table with the `target_detik`, `aktual_detik`
and `melebihi` columns, the kit's `kimkit.rundown.parse_time` and the function `ke_mmss` the
notebook builds in its worked examples (the graded latihan06 asks for a `ke_detik` function, so
the notebook does not define one).
"""

from tools.authoring import Choice, CourseQuestions, Mistake, Number, Question, Text

SOURCE = CourseQuestions(
    name="modul06",
    notebook="course/06_video_podcast.ipynb",
    questions=[
        Question(
            id="reels_20_menit", view="soal1",
            title="Sebuah blog menulis bahwa Reels Instagram kini bisa sampai 20 menit (per Oktober 2025). "
                  "Bagaimana Anda memakainya dalam perencanaan konten?",
            answer=Choice("jawaban_1", options={
                "A": "Langsung memakai 20 menit sebagai batas Reels di semua rencana konten.",
                "B": "Menganggapnya belum terverifikasi: batas yang terkonfirmasi 3 menit (diumumkan "
                     "Januari 2025); periksa sendiri di aplikasi sebelum merencanakan video yang lebih panjang.",
                "C": "Mengabaikan semua batas durasi, karena angkanya selalu berubah.",
                "D": "Memakai 90 detik sebagai batas resmi Reels.",
            }),
            solution='jawaban_1 = "B"   # 3 menit terkonfirmasi (Jan 2025); 20 menit hanya dari blog kurang andal',
            hints=[
                "Lihat kolom `tanda` dan `catatan` di tabel batas platform: mana yang [V], mana yang belum "
                "terverifikasi?",
                "90 detik adalah saran Instagram tentang kinerja, bukan batas. Angka yang belum terverifikasi "
                "tidak dipakai sebagai fakta.",
            ],
            mistakes=[
                Mistake('jawaban_1 = "A"', "Angka 20 menit hanya muncul di blog yang kurang andal dan belum "
                                           "terverifikasi. Batas yang terkonfirmasi: 3 menit (Januari 2025)."),
                Mistake('jawaban_1 = "D"', "90 detik adalah saran Instagram (Reels yang lebih pendek cenderung "
                                           "berkinerja lebih baik), bukan batas unggah."),
            ],
        ),
        Question(
            id="target_eps05", view="soal2",
            title="Berapa detik jumlah durasi target semua segmen episode SINT-EPS-05 (data sintetis)?",
            answer=Number("total_target_05"),
            solution='eps05 = rundown[rundown["id_episode"] == "SINT-EPS-05"]\n'
                     'total_target_05 = eps05["target"].apply(kimkit.rundown.parse_time).sum()',
            hints=[
                "Saring baris episode SINT-EPS-05, seperti contoh SINT-EPS-01 di atas.",
                "Ubah kolom `target` menjadi detik dengan `.apply(kimkit.rundown.parse_time)`, lalu jumlahkan "
                "dengan `.sum()`.",
            ],
            mistakes=[
                Mistake('eps05 = rundown[rundown["id_episode"] == "SINT-EPS-05"]\n'
                        'total_target_05 = eps05["aktual"].apply(kimkit.rundown.parse_time).sum()',
                        "Itu jumlah durasi **aktual** (hasil rekaman). Yang diminta durasi **target**: kolom `target`."),
                Mistake('total_target_05 = rundown["target"].apply(kimkit.rundown.parse_time).sum()',
                        "Itu jumlah target semua episode. Saring dulu episode SINT-EPS-05."),
            ],
        ),
        Question(
            id="melebihi_ppu", view="soal3",
            title="Berapa segmen episode-episode Penajam Paser Utara (data sintetis) yang durasi aktualnya melebihi targetnya?",
            answer=Number("lewat_ppu"),
            solution='ppu = rundown[rundown["kabkota"] == "Penajam Paser Utara"]\n'
                     'lewat_ppu = ppu["melebihi"].sum()',
            hints=[
                "Kolom `melebihi` sudah dibuat di contoh: `True` bila `aktual_detik` lebih besar dari `target_detik`.",
                "Saring baris Penajam Paser Utara, lalu `.sum()` pada kolom `melebihi` (True dihitung 1).",
            ],
            mistakes=[
                Mistake('ppu = rundown[rundown["kabkota"] == "Penajam Paser Utara"]\n'
                        'lewat_ppu = (ppu["aktual_detik"] < ppu["target_detik"]).sum()',
                        "Itu segmen yang lebih **pendek** dari targetnya. Perbandingannya terbalik: "
                        "`aktual_detik > target_detik`."),
                Mistake('lewat_ppu = rundown["melebihi"].sum()',
                        "Itu semua kab/kota. Saring dulu baris Penajam Paser Utara."),
                Mistake('ppu = rundown[rundown["kabkota"] == "Penajam Paser Utara"]\n'
                        'lewat_ppu = len(ppu)',
                        "Itu banyaknya semua segmen Penajam Paser Utara. Hitung hanya yang `melebihi` bernilai True."),
            ],
        ),
        Question(
            id="aktual_eps12", view="soal4",
            title="Berapa durasi aktual seluruh episode SINT-EPS-12, ditulis sebagai teks menit:detik?",
            answer=Text("aktual_12", example="24:05"),
            solution='eps12 = rundown[rundown["id_episode"] == "SINT-EPS-12"]\n'
                     'aktual_12 = ke_mmss(eps12["aktual_detik"].sum())',
            hints=[
                "Saring episode SINT-EPS-12 lalu jumlahkan kolom `aktual_detik` (hasilnya detik).",
                "Ubah jumlah detik itu menjadi teks dengan fungsi `ke_mmss` dari contoh di atas.",
            ],
            mistakes=[
                Mistake('eps12 = rundown[rundown["id_episode"] == "SINT-EPS-12"]\n'
                        'aktual_12 = ke_mmss(eps12["target_detik"].sum())',
                        "Itu jumlah durasi target. Yang diminta durasi aktual: kolom `aktual_detik`."),
                Mistake('eps12 = rundown[rundown["id_episode"] == "SINT-EPS-12"]\n'
                        'aktual_12 = str(eps12["aktual_detik"].sum())',
                        "Itu jumlah detik sebagai teks. Ubah ke menit:detik dengan `ke_mmss(...)`."),
            ],
        ),
    ],
)
