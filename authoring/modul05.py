"""Self-checks of course/05_menulis_media_digital.ipynb (not graded; `make exercises` builds their data).

All data questions use the synthetic drafts of ``kimkit.captions.sample_drafts()``, indexed by
``id_draf`` as in the notebook (``draf``).
"""

from tools.authoring import Choice, CourseQuestions, Mistake, Number, Question, Text

SOURCE = CourseQuestions(
    name="modul05",
    notebook="course/05_menulis_media_digital.ipynb",
    questions=[
        Question(
            id="lead_di_luar_rentang", view="soal1",
            title="Berapa draf (data sintetis) yang lead-nya di luar rentang 20–35 kata?",
            answer=Number("lead_di_luar_rentang"),
            solution='kata_per_lead = draf["lead"].str.split().str.len()\n'
                     'lead_di_luar_rentang = (~kata_per_lead.between(20, 35)).sum()',
            accept=['kata_per_lead = draf["lead"].str.split().str.len()\n'
                    'lead_di_luar_rentang = ((kata_per_lead < 20) | (kata_per_lead > 35)).sum()'],
            hints=[
                "Hitung kata setiap lead seperti contoh di atas: `draf[\"lead\"].str.split().str.len()`.",
                "`.between(20, 35)` memberi `True` untuk yang di dalam rentang; `~` membaliknya, dan "
                "`.sum()` menghitung banyaknya `True`.",
            ],
            mistakes=[
                Mistake('lead_di_luar_rentang = draf["lead"].str.split().str.len().between(20, 35).sum()',
                        "Itu banyaknya lead yang **di dalam** rentang. Balik dengan `~` sebelum `.sum()`."),
                Mistake('lead_di_luar_rentang = (~draf["lead"].str.len().between(20, 35)).sum()',
                        "`.str.len()` menghitung karakter, bukan kata. Pecah dulu dengan `.str.split()`, lalu "
                        "`.str.len()` menghitung isi daftar katanya."),
            ],
        ),
        Question(
            id="unsur_draf_04", view="soal2",
            title="Unsur 5W+1H mana yang belum ada di lead draf SINT-DRAF-04?",
            answer=Text("unsur_04", example="siapa"),
            solution='unsur_04 = "mengapa"   # tidak ada tujuan atau alasan pasar murah',
            accept=['unsur_04 = kimkit.captions.missing_elements(draf.loc["SINT-DRAF-04", "lead"])[0]'],
            hints=[
                "Baca lead-nya: `print(draf.loc[\"SINT-DRAF-04\", \"lead\"])`, atau pakai "
                "`kimkit.captions.element_cues(...)` seperti contoh di atas.",
                "Ada pelaku, kegiatan, waktu, tempat dan cara (bawa KTP). Apa tujuan atau alasan pasar murah itu?",
            ],
            mistakes=[
                Mistake('unsur_04 = "bagaimana"',
                        "Caranya ada: warga cukup membawa KTP dan kantong belanja sendiri. Yang tidak ada "
                        "adalah alasan atau tujuannya."),
                Mistake('unsur_04 = "kapan"',
                        "Waktunya ada: Rabu, 11 Februari 2026, mulai pukul 08.00 WITA. Yang tidak ada adalah "
                        "alasan atau tujuannya."),
            ],
        ),
        Question(
            id="judul_terbaik", view="soal3",
            title="Judul mana yang paling baik untuk draf pasar murah di Sendawar?",
            answer=Choice("jawaban_3", options={
                "A": "Kegiatan Dilaksanakan dengan Baik dan Lancar",
                "B": "Pasar Murah Digelar di Lapangan Sendawar Rabu Ini",
                "C": "WAJIB BACA!!! Harga Sembako Turun Drastis di Kutai Barat",
                "D": "Dalam Rangka Menjaga Stabilitas Harga Bahan Pokok Menjelang Hari Besar Keagamaan, "
                     "Dinas Perdagangan Menggelar Pasar Murah",
            }),
            solution='jawaban_3 = "B"   # subjek-predikat-keterangan, inti berita, 8 kata',
            hints=[
                "Judul yang baik merangkum inti berita (apa, di mana, kapan), singkat, dan jujur.",
                "Coret judul yang tidak berisi berita, yang melebih-lebihkan, dan yang terlalu panjang.",
            ],
            mistakes=[
                Mistake('jawaban_3 = "C"',
                        "Judul itu provokatif tetapi tidak jujur: draf tidak menyebut harga \"turun drastis\". "
                        "Huruf kapital dan tanda seru beruntun juga mengurangi kepercayaan."),
                Mistake('jawaban_3 = "D"',
                        "Judul itu 17 kata dan inti beritanya (pasar murah) baru muncul di akhir. Salah satu "
                        "sumber menyarankan 7–10 kata."),
                Mistake('jawaban_3 = "A"',
                        "Judul itu tidak menyebut kegiatan apa, di mana, atau kapan: pembaca tidak mendapat berita."),
            ],
        ),
        Question(
            id="keterangan_terlalu_panjang_x", view="soal4",
            title="Berapa draf (data sintetis) yang keterangannya melebihi batas X untuk akun gratis (280 karakter)?",
            answer=Number("terlalu_panjang_x"),
            solution='terlalu_panjang_x = (draf["keterangan"].str.len() > batas_keterangan["X"]).sum()',
            accept=['terlalu_panjang_x = (draf["keterangan"].str.len() > 280).sum()'],
            hints=[
                "`draf[\"keterangan\"].str.len()` memberi panjang setiap keterangan dalam karakter.",
                "Bandingkan dengan `batas_keterangan[\"X\"]` memakai `>`, lalu `.sum()` menghitung yang `True`.",
            ],
            mistakes=[
                Mistake('terlalu_panjang_x = (draf["keterangan"].str.len() <= batas_keterangan["X"]).sum()',
                        "Itu banyaknya keterangan yang **muat**. Yang ditanya yang melebihi: pakai `>`."),
                Mistake('terlalu_panjang_x = (draf["keterangan"].str.split().str.len() > batas_keterangan["X"]).sum()',
                        "Anda menghitung kata. Batas X dihitung dalam karakter: `.str.len()` tanpa `.str.split()`."),
            ],
        ),
        Question(
            id="tagar_draf_05", view="soal5",
            title="Berapa tagar yang sebenarnya ada di keterangan draf SINT-DRAF-05? (Awas: ada tautan.)",
            answer=Number("tagar_05"),
            solution='tagar_05 = len(kimkit.captions.hashtags(draf.loc["SINT-DRAF-05", "keterangan"]))',
            hints=[
                "Tampilkan keterangannya dengan `print(...)` dan perhatikan tautannya: ada tanda `#` di dalamnya.",
                "`kimkit.captions.hashtags(teks)` tidak mengambil `#` dari tautan atau alamat surel; "
                "`len(...)` menghitung hasilnya.",
            ],
            mistakes=[
                Mistake('tagar_05 = len(re.findall(r"#\\w+", draf.loc["SINT-DRAF-05", "keterangan"]))',
                        "Pola `#\\w+` ikut mengambil `#syarat` dari tautan, padahal itu bukan tagar. Pakai "
                        "`kimkit.captions.hashtags(teks)`, atau hitung sendiri tanpa bagian tautan."),
                Mistake('tagar_05 = draf.loc["SINT-DRAF-05", "keterangan"].count("#")',
                        "`.count(\"#\")` menghitung setiap tanda `#`, termasuk yang di dalam tautan. Pakai "
                        "`kimkit.captions.hashtags(teks)`."),
            ],
        ),
    ],
)
