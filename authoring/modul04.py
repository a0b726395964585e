"""Self-checks of course/04_strategi_konten.ipynb (not graded; `make exercises` builds their data).

The data questions use the synthetic kalender_konten table, with the `jam_ke` column the
notebook builds in its worked example on slots.
"""

from tools.authoring import Choice, CourseQuestions, Mistake, Number, Question

SLOT = 'akun = ["kabkota", "platform"]\nslot = akun + ["tanggal", "jam_ke"]\n'

SOURCE = CourseQuestions(
    name="modul04",
    notebook="course/04_strategi_konten.ipynb",
    questions=[
        Question(
            id="milenial_genz", view="soal1",
            title="Berapa persen penduduk Indonesia (SP2020) yang termasuk Milenial atau Gen Z? (persen, 2 desimal)",
            answer=Number("milenial_genz", decimals=2, tolerance=1),
            solution='milenial_genz = generasi["Milenial"] + generasi["Gen Z"]',
            accept=["milenial_genz = 25.87 + 27.94"],
            hints=[
                "Ambil dua nilai dari `generasi` dengan labelnya, seperti contoh dua generasi tertua.",
                "`generasi[\"Milenial\"] + generasi[\"Gen Z\"]`",
            ],
            mistakes=[
                Mistake('milenial_genz = generasi["Gen Z"]',
                        "Itu hanya Gen Z. Soal ini meminta Milenial **atau** Gen Z: jumlahkan keduanya."),
                Mistake('milenial_genz = generasi["Milenial"] + generasi["Gen Z"] + generasi["Post-Gen Z"]',
                        "Post-Gen Z (lahir 2013 ke atas) tidak termasuk. Jumlahkan Milenial dan Gen Z saja."),
            ],
        ),
        Question(
            id="persen_emosi_kutim", view="soal2",
            title="Berapa persen rencana posting Kutai Timur yang berpilar emosi? (persen, 1 desimal)",
            answer=Number("persen_emosi_kutim", decimals=1),
            solution='kutai_timur = kalender[kalender["kabkota"] == "Kutai Timur"]\n'
                     'persen_emosi_kutim = (kutai_timur["pilar"].value_counts(normalize=True) * 100)["emosi"]',
            accept=['porsi = pd.crosstab(kalender["kabkota"], kalender["pilar"], normalize="index") * 100\n'
                    'persen_emosi_kutim = porsi.loc["Kutai Timur", "emosi"]'],
            hints=[
                "Saring dulu baris Kutai Timur, seperti contoh Samarinda.",
                "Lalu `[\"pilar\"].value_counts(normalize=True) * 100` dan ambil nilai berlabel `\"emosi\"`.",
            ],
            mistakes=[
                Mistake('kutai_timur = kalender[kalender["kabkota"] == "Kutai Timur"]\n'
                        'persen_emosi_kutim = kutai_timur["pilar"].value_counts(normalize=True)["emosi"]',
                        "Itu masih pecahan (0–1). Kalikan 100 agar menjadi persen."),
                Mistake('persen_emosi_kutim = (kalender["pilar"].value_counts(normalize=True) * 100)["emosi"]',
                        "Itu porsi emosi di seluruh kalender (lima kab/kota). Saring dulu baris Kutai Timur."),
                Mistake('kutai_timur = kalender[kalender["kabkota"] == "Kutai Timur"]\n'
                        'persen_emosi_kutim = kutai_timur["pilar"].value_counts()["emosi"]',
                        "Itu banyaknya posting emosi, bukan persen. Tambahkan `normalize=True` lalu kalikan 100."),
            ],
        ),
        Question(
            id="slot_bentrok_ppu", view="soal3",
            title="Berapa slot bentrok di kalender Penajam Paser Utara?",
            answer=Number("slot_bentrok_ppu"),
            solution=SLOT + 'ppu = kalender[kalender["kabkota"] == "Penajam Paser Utara"]\n'
                            'slot_bentrok_ppu = len(ppu[ppu.duplicated(slot, keep=False)].drop_duplicates(slot))',
            accept=[SLOT + 'ppu = kalender[kalender["kabkota"] == "Penajam Paser Utara"]\n'
                           'slot_bentrok_ppu = ppu[ppu.duplicated(slot, keep=False)].groupby(slot).ngroups'],
            hints=[
                "Ikuti contoh Samarinda: saring Penajam Paser Utara, lalu `duplicated(slot, keep=False)`.",
                "Yang ditanya banyaknya **slot**, bukan posting: `len(tabel_bentrok.drop_duplicates(slot))`.",
            ],
            mistakes=[
                Mistake(SLOT + 'ppu = kalender[kalender["kabkota"] == "Penajam Paser Utara"]\n'
                               'slot_bentrok_ppu = ppu.duplicated(slot, keep=False).sum()',
                        "Itu banyaknya **posting** yang bentrok (setiap slot bentrok berisi dua posting "
                        "atau lebih). Hitung kombinasi slot yang berbeda dengan `drop_duplicates(slot)`."),
                Mistake('ppu = kalender[kalender["kabkota"] == "Penajam Paser Utara"]\n'
                        'slot_bentrok_ppu = len(ppu[ppu.duplicated(["kabkota", "platform", "tanggal"], keep=False)]'
                        '.drop_duplicates(["kabkota", "platform", "tanggal"]))',
                        "Anda menganggap satu hari sebagai satu slot. Slot di modul ini = satu jam: tambahkan "
                        "kolom `jam_ke`."),
            ],
        ),
        Question(
            id="caption_kosong", view="soal4",
            title="Berapa rencana posting di seluruh kalender yang caption-nya kosong?",
            answer=Number("caption_kosong"),
            solution='caption_kosong = (kalender["caption"] == "").sum()',
            accept=['caption_kosong = len(kalender[kalender["caption"] == ""])'],
            hints=[
                "`kalender[\"caption\"] == \"\"` memberi `True` untuk caption yang kosong.",
                "`.sum()` menghitung banyaknya `True`.",
            ],
            mistakes=[
                Mistake('caption_kosong = kalender["caption"].isna().sum()',
                        "Di tabel kit, caption kosong ditulis sebagai teks kosong `\"\"`, bukan sel kosong "
                        "(`NaN`). Bandingkan dengan `== \"\"`."),
            ],
        ),
        Question(
            id="batas_tagar", view="soal5",
            title="Berapa tagar paling banyak per posting atau Reels yang diumumkan Instagram pada Desember 2025?",
            answer=Choice("jawaban_5", options={
                "A": "30 tagar, seperti sejak 2011.",
                "B": "5 tagar (diberlakukan bertahap).",
                "C": "10 tagar.",
                "D": "Tidak ada batas.",
            }),
            solution='jawaban_5 = "B"   # diumumkan 18–19 Desember 2025, diberlakukan bertahap',
            hints=[
                "Lihat baris Instagram tentang tagar di tabel platform bagian 2.",
                "Angka 30 adalah batas lama sejak 2011; angka 10 berlaku untuk Stories menurut satu panduan 2025.",
            ],
            mistakes=[
                Mistake('jawaban_5 = "A"',
                        "30 tagar adalah batas lama (sejak 2011). Pada Desember 2025 Instagram mengumumkan "
                        "batas baru yang jauh lebih kecil."),
                Mistake('jawaban_5 = "C"',
                        "Batas per posting atau Reels yang diumumkan Desember 2025 lebih kecil dari 10. "
                        "Lihat lagi tabel di bagian 2."),
            ],
        ),
    ],
)
