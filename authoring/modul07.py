"""Self-checks of course/07_analitik_media_sosial.ipynb (not graded; `make exercises` builds their data).

All data questions use the synthetic posting_medsos table, with the `interaksi` and `er_reach`
columns the notebook builds in its worked examples (section 2). Views follow the notebook's order:
soal1 after section 1, soal2 after section 2, soal3–4 with the calculator (section 3), soal5 after
section 5's `idxmax` example, soal6 after its `value_counts(normalize=True)` example.
"""

from tools.authoring import Choice, CourseQuestions, Mistake, Number, Question, Text

ROW_3 = 'baris = posting[posting["id_posting"] == "SINT-POST-00003"].iloc[0]\n'

SOURCE = CourseQuestions(
    name="modul07",
    notebook="course/07_analitik_media_sosial.ipynb",
    questions=[
        Question(
            id="reach_impressions", view="soal1",
            title="Sebuah posting foto muncul di layar tiga akun: akun A melihatnya 4 kali, akun B 2 kali, "
                  "akun C 1 kali. Berapa reach dan impressions posting itu?",
            answer=Choice("jawaban_1", options={
                "A": "reach 7, impressions 3",
                "B": "reach 3, impressions 7",
                "C": "reach 3, impressions 3",
                "D": "reach 7, impressions 7",
            }),
            solution='jawaban_1 = "B"   # reach = 3 akun unik; impressions = 4 + 2 + 1 = 7 kali tampil',
            hints=[
                "Reach menghitung akun yang berbeda; setiap akun dihitung sekali saja.",
                "Impressions menghitung berapa kali posting tampil, termasuk tampil berulang di akun yang sama.",
            ],
            mistakes=[Mistake('jawaban_1 = "A"', "Terbalik: reach menghitung akun yang berbeda (3), impressions "
                                                 "menghitung berapa kali posting tampil (7).")],
        ),
        Question(
            id="rata_er_impressions", view="soal2",
            title="Hitung ER berdasarkan impressions untuk setiap posting (likes + comments + shares + saves, "
                  "dibagi impressions, × 100), lalu rata-ratanya untuk semua posting.",
            answer=Number("rata_er_impressions", decimals=2),
            solution='posting["er_impressions"] = posting["interaksi"] / posting["impressions"] * 100\n'
                     'rata_er_impressions = posting["er_impressions"].mean()',
            hints=[
                "Kolom `interaksi` sudah dibuat di contoh di atas. Penyebutnya sekarang kolom `impressions`.",
                "Buat kolom baru dulu: `posting[\"er_impressions\"] = posting[\"interaksi\"] / "
                "posting[\"impressions\"] * 100`, lalu ambil `.mean()` dari kolom itu.",
            ],
            mistakes=[
                Mistake('rata_er_impressions = (posting["interaksi"] / posting["impressions"]).mean()',
                        "Nilai Anda 100 kali lebih kecil: kalikan hasil bagi dengan 100 agar menjadi persen."),
                Mistake('rata_er_impressions = posting["er_reach"].mean()',
                        "Itu rata-rata ER berdasarkan reach. Soal ini memakai impressions sebagai penyebut."),
                Mistake('rata_er_impressions = posting["interaksi"].sum() / posting["impressions"].sum() * 100',
                        "Anda membagi total interaksi dengan total impressions. Soal ini meminta rata-rata ER "
                        "per posting: hitung ER tiap posting dulu, baru `.mean()`."),
            ],
        ),
        Question(
            id="kabkota_er_tertinggi", view="soal5",
            title="Kab/kota mana yang rata-rata ER berdasarkan reach (kolom er_reach) paling tinggi?",
            answer=Text("kabkota_er_tertinggi", example="Paser"),
            solution='kabkota_er_tertinggi = posting.groupby("kabkota")["er_reach"].mean().idxmax()',
            hints=[
                "Kelompokkan menurut kolom `kabkota`, lalu ambil rata-rata kolom `er_reach`.",
                "Seperti `per_jam[\"rata_er\"].idxmax()` di bagian 5: `.idxmax()` pada hasil groupby memberi "
                "nama kab/kota dengan nilai tertinggi (jawabannya teks, misalnya \"Paser\").",
            ],
            mistakes=[
                Mistake('kabkota_er_tertinggi = posting.groupby("kabkota")["interaksi"].sum().idxmax()',
                        "Itu kab/kota dengan jumlah interaksi terbanyak (angka mentah). Akun besar wajar punya "
                        "interaksi lebih banyak; soal ini meminta rata-rata ER."),
                Mistake('kabkota_er_tertinggi = posting.groupby("kabkota")["er_reach"].mean().idxmin()',
                        "Itu kab/kota dengan rata-rata ER terendah. Pakai `.idxmax()`."),
            ],
        ),
        Question(
            id="persen_informasi", view="soal6",
            title="Berapa persen posting yang berpilar informasi? (angka persen, 1 desimal)",
            answer=Number("persen_informasi", decimals=1),
            solution='porsi = posting["pilar"].value_counts(normalize=True) * 100\n'
                     'persen_informasi = porsi["informasi"]',
            hints=[
                "Seperti contoh format di bagian 5: `posting[\"pilar\"].value_counts(normalize=True)` memberi "
                "porsi setiap pilar sebagai pecahan (0 sampai 1).",
                "Kalikan 100 agar menjadi persen, lalu ambil baris `[\"informasi\"]`.",
            ],
            mistakes=[
                Mistake('persen_informasi = posting["pilar"].value_counts(normalize=True)["informasi"]',
                        "Itu masih pecahan (0 sampai 1). Kalikan 100 agar menjadi persen."),
                Mistake('persen_informasi = posting["pilar"].value_counts()["informasi"]',
                        "Itu jumlah posting, bukan persentase. Pakai `value_counts(normalize=True)` lalu kalikan 100."),
            ],
        ),
        Question(
            id="penyebut_terendah", view="soal3",
            title="Di kalkulator engagement, posting SINT-POST-00003 (reels) dihitung dengan empat penyebut. "
                  "Penyebut mana yang memberi ER paling rendah?",
            answer=Choice("jawaban_3", options={"A": "reach", "B": "impressions", "C": "followers", "D": "views"}),
            solution='jawaban_3 = "D"   # views (6.250) adalah penyebut terbesar untuk posting ini',
            hints=[
                "Jumlah interaksinya sama untuk keempat penyebut; yang berubah hanya angka pembaginya.",
                "Pembagi yang paling besar memberi hasil bagi yang paling kecil. Bandingkan keempat angka di "
                "kotak reach, impressions, followers dan views.",
            ],
            mistakes=[Mistake('jawaban_3 = "A"', "Reach adalah pembagi terkecil di antara keempatnya, jadi ER "
                                                 "berdasarkan reach justru paling tinggi. Cari pembagi terbesar.")],
        ),
        Question(
            id="er_suka_komentar", view="soal4",
            title="ER berdasarkan reach untuk posting SINT-POST-00003 jika hanya likes dan comments yang "
                  "dihitung, dalam persen (2 desimal).",
            answer=Number("er_suka_komentar", decimals=2),
            solution=ROW_3 + 'er_suka_komentar = (baris["likes"] + baris["comments"]) / baris["reach"] * 100',
            hints=[
                "Di kalkulator, centang hanya likes dan comments pada bagian interaksi, pilih penyebut reach, "
                "lalu tekan Hitung ER.",
                "Tanpa kalkulator: (likes + comments) ÷ reach × 100. Baca angkanya seperti contoh `baris = "
                "posting[posting[\"id_posting\"] == \"SINT-POST-00003\"].iloc[0]` di bagian 3, dan tulis "
                "desimal dengan titik.",
            ],
            mistakes=[
                Mistake(ROW_3 + 'er_suka_komentar = (baris["likes"] + baris["comments"] + baris["shares"]'
                                ' + baris["saves"]) / baris["reach"] * 100',
                        "Itu ER dengan keempat jenis interaksi. Soal ini hanya menghitung likes dan comments."),
                Mistake(ROW_3 + 'er_suka_komentar = (baris["likes"] + baris["comments"]) / baris["reach"]',
                        "Nilai Anda 100 kali lebih kecil: kalikan dengan 100 agar menjadi persen."),
            ],
        ),
    ],
)
