"""Self-checks of course/10_kolaborasi_antardaerah.ipynb (not graded; `make exercises` builds their data).

All data questions use the synthetic kalender_konten table (five kab/kota, November 2025) as the
notebook loads it into `kalender`, with the `jam_ke` and `pekan` columns its worked examples add.
"""

from tools.authoring import Choice, CourseQuestions, Mistake, Number, Question

SOURCE = CourseQuestions(
    name="modul10",
    notebook="course/10_kolaborasi_antardaerah.ipynb",
    questions=[
        Question(
            id="tiktok_tiga_kota", view="soal1",
            title="Gabungkan kalender Samarinda, Balikpapan dan Berau (data sintetis). Berapa rencana posting "
                  "TikTok di kalender gabungan itu?",
            answer=Number("tiktok_tiga"),
            solution='berau_saja = kalender[kalender["kabkota"] == "Berau"]\n'
                     'tiga = pd.concat([kal_samarinda, kal_balikpapan, berau_saja], ignore_index=True)\n'
                     'tiktok_tiga = (tiga["platform"] == "TikTok").sum()',
            hints=[
                "Buat dulu `berau_saja` seperti `kal_samarinda`, lalu gabungkan ketiganya: "
                "`pd.concat([kal_samarinda, kal_balikpapan, berau_saja], ignore_index=True)`.",
                "Dari tabel gabungan, `(tabel[\"platform\"] == \"TikTok\").sum()` menghitung baris TikTok; "
                "cara lain: `tabel[\"platform\"].value_counts()[\"TikTok\"]`.",
            ],
            mistakes=[
                Mistake('tiktok_tiga = (dua_kota["platform"] == "TikTok").sum()',
                        "Itu hanya Samarinda dan Balikpapan. Tambahkan kalender Berau ke daftar "
                        "`pd.concat([...])`."),
                Mistake('tiktok_tiga = (kalender["platform"] == "TikTok").sum()',
                        "Itu kelima kab/kota. Soal ini hanya meminta Samarinda, Balikpapan dan Berau."),
            ],
        ),
        Question(
            id="bentrok_facebook", view="soal2",
            title="Berapa slot bentrok antardaerah (dua kab/kota atau lebih di satu slot bersama) di platform "
                  "Facebook, di kalender kelima kab/kota?",
            answer=Number("bentrok_facebook"),
            solution='facebook = kalender[kalender["platform"] == "Facebook"]\n'
                     'kabkota_fb = facebook.groupby(["tanggal", "jam_ke"])["kabkota"].nunique()\n'
                     'bentrok_facebook = (kabkota_fb >= 2).sum()',
            hints=[
                "Dari Series `kabkota_per_slot` di atas, yang bentrok adalah yang nilainya 2 atau lebih. "
                "Saring dulu baris Facebook, atau pakai tabel `kimkit.collaboration.find_clashes(kalender)`.",
                "Cara dengan pandas: `facebook = kalender[kalender[\"platform\"] == \"Facebook\"]`, lalu "
                "`facebook.groupby([\"tanggal\", \"jam_ke\"])[\"kabkota\"].nunique()`, lalu `(… >= 2).sum()`.",
            ],
            mistakes=[
                Mistake('bentrok_facebook = len(bentrok)',
                        "Itu bentrok antardaerah di semua platform. Soal ini hanya meminta Facebook."),
                Mistake('facebook = kalender[kalender["platform"] == "Facebook"]\n'
                        'bentrok_facebook = (facebook.groupby(["tanggal", "jam_ke"]).size() >= 2).sum()',
                        "Anda menghitung slot dengan dua posting atau lebih, termasuk dua posting dari kab/kota "
                        "yang sama. Bentrok antardaerah butuh dua kab/kota berbeda: `[\"kabkota\"].nunique()`."),
            ],
        ),
        Question(
            id="peluang_tiga_kabkota", view="soal3",
            title="Berapa pasangan tanggal dan tema yang direncanakan oleh tiga kab/kota atau lebih (data "
                  "sintetis, kelima kab/kota)?",
            answer=Number("peluang_tiga"),
            solution='peluang_tiga = (kabkota_per_tema >= 3).sum()',
            hints=[
                "Series `kabkota_per_tema` di atas sudah berisi banyaknya kab/kota per tanggal dan tema.",
                "Ganti batasnya dari 2 menjadi 3: `(kabkota_per_tema >= 3).sum()`.",
            ],
            mistakes=[
                Mistake('peluang_tiga = (kabkota_per_tema >= 2).sum()',
                        "Itu batas dua kab/kota atau lebih (semua peluang). Soal ini meminta tiga atau lebih."),
                Mistake('peluang_tiga = (kabkota_per_tema > 3).sum()',
                        "`> 3` berarti lebih dari tiga (empat atau lebih). Tiga atau lebih ditulis `>= 3`."),
            ],
        ),
        Question(
            id="samarinda_pekan_48", view="soal4",
            title="Berapa rencana posting Samarinda pada pekan ISO 48 (24–30 November 2025)?",
            answer=Number("samarinda_pekan48"),
            solution='per_kabkota = kalender.pivot_table(index="kabkota", columns="pekan", values="id_rencana", '
                     'aggfunc="count", fill_value=0)\n'
                     'samarinda_pekan48 = per_kabkota.loc["Samarinda", 48]',
            hints=[
                "Buat tabel pivot seperti contoh per platform, tetapi dengan `index=\"kabkota\"` dan "
                "`columns=\"pekan\"`.",
                "Ambil satu sel dengan `.loc[baris, kolom]`: `.loc[\"Samarinda\", 48]` (nomor pekan adalah "
                "angka, tanpa tanda kutip).",
            ],
            mistakes=[
                Mistake('samarinda_pekan48 = (kalender["pekan"] == 48).sum()',
                        "Itu posting kelima kab/kota pada pekan 48. Soal ini hanya meminta Samarinda."),
                Mistake('samarinda_pekan48 = (kalender["kabkota"] == "Samarinda").sum()',
                        "Itu semua posting Samarinda sebulan. Soal ini hanya meminta pekan 48."),
            ],
        ),
        Question(
            id="definisi_bentrok", view="soal5",
            title="Posting Instagram Samarinda pukul 19:10 dan posting Instagram Berau pukul 19:50 pada 12 "
                  "November 2025. Menurut definisi modul ini, apa statusnya?",
            answer=Choice("jawaban_5", options={
                "A": "Bukan bentrok, karena menitnya berbeda.",
                "B": "Bentrok Modul 04, karena satu akun memposting dua kali dalam satu jam.",
                "C": "Bentrok antardaerah: platform, tanggal dan jamnya (19) sama, dari dua kab/kota berbeda.",
                "D": "Peluang posting bersama, karena tanggalnya sama.",
            }),
            solution='jawaban_5 = "C"',
            hints=[
                "Slot bersama = platform + tanggal + jam (dua karakter pertama kolom `jam`).",
                "Berapa kab/kota yang berbeda di slot itu? Akun Samarinda dan akun Berau adalah dua akun.",
            ],
            mistakes=[
                Mistake('jawaban_5 = "A"', "Slot adalah satu jam penuh (19.00–19.59); menitnya tidak dibedakan."),
                Mistake('jawaban_5 = "B"', "Bentrok Modul 04 terjadi di satu akun (kab/kota yang sama). Di sini "
                                           "ada dua kab/kota."),
                Mistake('jawaban_5 = "D"', "Peluang posting bersama butuh tema yang sama pada tanggal yang sama; "
                                           "soal ini tidak menyebut tema. Lihat platform, tanggal dan jamnya."),
            ],
        ),
    ],
)
