"""Self-checks of course/03_kim_jembatan_aspirasi.ipynb (not graded; `make exercises` builds their data).

All data questions use the synthetic aspirasi_warga table, with the `hari_tanggapan` and
`ditindaklanjuti` columns the notebook builds in its worked examples.
"""

from tools.authoring import Choice, CourseQuestions, Mistake, Number, Question, Text

SOURCE = CourseQuestions(
    name="modul03",
    notebook="course/03_kim_jembatan_aspirasi.ipynb",
    questions=[
        Question(
            id="persen_pertemuan_kim", view="soal1",
            title="Berapa persen aspirasi (data sintetis) yang masuk lewat kanal pertemuan KIM? (persen, 1 desimal)",
            answer=Number("persen_pertemuan_kim", decimals=1),
            solution='porsi_kanal = aspirasi["kanal"].value_counts(normalize=True) * 100\n'
                     'persen_pertemuan_kim = porsi_kanal["pertemuan KIM"]',
            hints=[
                "Pakai pola contoh `jenis` di atas, tetapi untuk kolom `kanal`: "
                "`aspirasi[\"kanal\"].value_counts(normalize=True) * 100`.",
                "Simpan hasilnya di sebuah variabel, lalu ambil nilainya dengan label: "
                "`porsi_kanal[\"pertemuan KIM\"]`.",
            ],
            mistakes=[
                Mistake('persen_pertemuan_kim = aspirasi["kanal"].value_counts(normalize=True)["pertemuan KIM"]',
                        "Itu masih pecahan (0–1). Kalikan 100 agar menjadi persen."),
                Mistake('persen_pertemuan_kim = aspirasi["kanal"].value_counts()["pertemuan KIM"]',
                        "Itu banyaknya aspirasi, bukan persen. Tambahkan `normalize=True` lalu kalikan 100."),
            ],
        ),
        Question(
            id="median_jalan", view="soal2",
            title="Berapa hari median lama tindak lanjut aspirasi kategori \"jalan dan jembatan\"?",
            answer=Number("median_jalan", decimals=1),
            solution='jalan = aspirasi[aspirasi["kategori"] == "jalan dan jembatan"]\n'
                     'median_jalan = jalan["hari_tanggapan"].median()',
            hints=[
                "Saring dulu baris kategori \"jalan dan jembatan\", seperti menyaring satu kab/kota.",
                "Dari hasil saringan, ambil kolom `[\"hari_tanggapan\"]` lalu `.median()`.",
            ],
            mistakes=[
                Mistake('median_jalan = aspirasi[aspirasi["kategori"] == "jalan dan jembatan"]["hari_tanggapan"].mean()',
                        "Itu rata-rata (mean). Beberapa kasus jalan butuh waktu sangat lama dan menarik "
                        "rata-rata ke atas. Soal ini meminta median: `.median()`."),
                Mistake('median_jalan = aspirasi["hari_tanggapan"].median()',
                        "Itu median semua kategori. Saring dulu kategori \"jalan dan jembatan\"."),
            ],
        ),
        Question(
            id="persen_selesai", view="soal3",
            title="Dari aspirasi yang sudah ditindaklanjuti, berapa persen yang hasilnya sudah disampaikan "
                  "kembali ke warga (status selesai)? (persen, 1 desimal)",
            answer=Number("persen_selesai", decimals=1),
            solution='sudah = aspirasi[aspirasi["ditindaklanjuti"]]\n'
                     'persen_selesai = (sudah["status"] == "selesai").mean() * 100',
            hints=[
                "Saring dulu aspirasi yang sudah ditindaklanjuti: `aspirasi[aspirasi[\"ditindaklanjuti\"]]`.",
                "Dari tabel itu, `(tabel[\"status\"] == \"selesai\").mean() * 100` memberi persennya. "
                "Cara lain: `value_counts(normalize=True)` pada kolom `status` tabel itu.",
            ],
            mistakes=[
                Mistake('persen_selesai = (aspirasi["status"] == "selesai").mean() * 100',
                        "Penyebut Anda semua aspirasi, termasuk yang masih terbuka. Soal ini bertanya: dari "
                        "yang **sudah ditindaklanjuti**, berapa persen yang selesai. Saring dulu."),
                Mistake('sudah = aspirasi[aspirasi["ditindaklanjuti"]]\n'
                        'persen_selesai = (sudah["status"] == "ditindaklanjuti").mean() * 100',
                        "Itu persen yang **belum** dikabarkan ke warga (status ditindaklanjuti). Yang "
                        "diminta status `selesai`."),
            ],
        ),
        Question(
            id="kategori_berau", view="soal4",
            title="Kategori apa yang paling banyak aspirasinya di Berau (data sintetis)?",
            answer=Text("kategori_berau", example="air bersih"),
            solution='kategori_berau = aspirasi[aspirasi["kabkota"] == "Berau"]["kategori"].value_counts().idxmax()',
            hints=[
                "Saring baris Berau, lalu hitung per kategori dengan `value_counts()`.",
                "`.idxmax()` pada hasil `value_counts()` memberi label (nama kategori) dengan jumlah "
                "terbesar. Cara lain: tabel `per_kanal`-nya diganti kategori, lalu `.idxmax(axis=1)`.",
            ],
            mistakes=[
                Mistake('kategori_berau = aspirasi[aspirasi["kabkota"] == "Berau"]["kategori"].value_counts().idxmin()',
                        "Itu kategori yang paling sedikit. Pakai `.idxmax()`."),
                Mistake('kategori_berau = aspirasi[aspirasi["kabkota"] == "Berau"]["kategori"].max()',
                        "`.max()` pada teks memberi nama paling akhir menurut abjad, bukan yang paling "
                        "sering. Hitung dulu dengan `value_counts()`, lalu `.idxmax()`."),
            ],
        ),
        Question(
            id="kebutuhan_informasi", view="soal5",
            title="Misalkan pertanyaan tentang administrasi kependudukan (misalnya cara mengurus KTP "
                  "elektronik yang hilang) terus datang setiap bulan di daerah Anda. Apa langkah yang paling "
                  "tepat bagi Diskominfo?",
            answer=Choice("jawaban_5", options={
                "A": "Menghapus pertanyaan itu dari catatan, karena pertanyaan bukan keluhan.",
                "B": "Menunggu sampai jumlah pertanyaan turun sendiri.",
                "C": "Menyusun konten informasi bersama dinas yang berwenang (syarat dan alur layanan), "
                     "menyebarkannya lewat KIM, lalu memantau apakah pertanyaan serupa berkurang.",
                "D": "Meminta KIM berhenti menerima pertanyaan tentang layanan dinas lain.",
            }),
            solution='jawaban_5 = "C"   # pertanyaan yang berulang = kebutuhan informasi; jawab dengan konten',
            hints=[
                "Pertanyaan yang terus berulang menandakan informasi yang belum sampai ke warga.",
                "Ingat fungsi KIM sebagai pelancar arus informasi: siapa yang menyiapkan informasinya, "
                "dan lewat mana disebarkan?",
            ],
            mistakes=[
                Mistake('jawaban_5 = "A"',
                        "Pertanyaan justru data yang berharga: pertanyaan yang berulang menunjukkan "
                        "kebutuhan informasi warga. Jawablah dengan konten informasi."),
            ],
        ),
    ],
)
