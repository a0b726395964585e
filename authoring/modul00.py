"""Self-checks of course/00_mulai.ipynb (not graded; `make exercises` builds their check data).

``kuis1``…``kuis5`` feed the tour quiz (``kimkit.widgets.Kuis``): when a choice is wrong the
quiz shows the first hint, so each first hint explains without giving the letter.
``soal1``…``soal3`` are the *Coba sendiri* questions on the wilayah and KIM tables.
"""

from tools.authoring import Choice, CourseQuestions, Mistake, Number, Question, Text


def quiz(number: int, statement: str, options: dict, letter: str, hint: str) -> Question:
    return Question(id=f"kuis{number}", view=f"kuis{number}", title=statement,
                    answer=Choice(f"pilihan_kuis{number}", options=options),
                    solution=f'pilihan_kuis{number} = "{letter}"', hints=[hint], mistakes=[])


SOURCE = CourseQuestions(
    name="modul00",
    notebook="course/00_mulai.ipynb",
    questions=[
        quiz(1, "Di sebelah kiri sebuah sel kode tertulis [*]. Apa artinya?", {
            "A": "Sel itu berisi kesalahan.",
            "B": "Sel itu sudah selesai dijalankan dan tersimpan.",
            "C": "Sel itu sedang dijalankan atau menunggu giliran dijalankan.",
            "D": "Sel itu berisi teks Markdown.",
        }, "C", "Tanda bintang berarti Python masih bekerja. Setelah selesai, bintang berganti menjadi "
                "angka urutan, misalnya [3]."),
        quiz(2, "Anda ingin menambah sel baru tepat di bawah sel yang sedang dipilih. Bagaimana caranya?", {
            "A": "Tekan Esc (keluar dari mode ketik), lalu tekan B; atau klik tombol + di bilah alat.",
            "B": "Tekan Ctrl+S.",
            "C": "Klik dua kali nama notebook di peramban berkas.",
            "D": "Ketik teks baru di ujung sel yang sama.",
        }, "A", "Ctrl+S hanya menyimpan. Sel baru dibuat dengan tombol B (B = below, di bawah) saat Anda "
                "tidak sedang mengetik di dalam sel, atau dengan tombol +."),
        quiz(3, "Sebuah sel sudah lama bertanda [*] dan notebook tidak merespons. Apa langkah yang tepat?", {
            "A": "Tutup peramban (browser) lalu matikan laptop.",
            "B": "Hapus sel tersebut.",
            "C": "Tekan Ctrl+S berkali-kali.",
            "D": "Mulai ulang kernel (tombol panah melingkar atau menu Kernel), lalu jalankan lagi sel dari atas.",
        }, "D", "Yang macet adalah kernel, yaitu \"mesin\" Python di balik notebook. Memulai ulang kernel "
                "tidak menghapus isi sel; sesudahnya jalankan lagi sel dari atas."),
        quiz(4, "Setelah kernel dimulai ulang, apa yang terjadi dengan variabel seperti wilayah?", {
            "A": "Tetap ada karena notebook sudah disimpan dengan Ctrl+S.",
            "B": "Hilang dari ingatan Python; jalankan lagi sel-sel di atas (mulai dari sel persiapan).",
            "C": "Berubah menjadi teks Markdown.",
        }, "B", "Ctrl+S menyimpan isi sel, bukan ingatan Python. Setelah kernel dimulai ulang, semua "
                "variabel harus dibuat lagi dengan menjalankan selnya."),
        quiz(5, "Paragraf penjelasan di notebook ini (misalnya teks di atas kuis ini) ditulis di sel jenis apa?", {
            "A": "Sel kode (Code).",
            "B": "Sel Markdown.",
            "C": "Sel keluaran.",
        }, "B", "Sel kode berisi perintah Python dan punya tanda [ ] di kirinya. Sel teks yang rapi tanpa "
                "tanda [ ] adalah sel Markdown."),
        Question(
            id="total_kelurahan", view="soal1",
            title="Hitung jumlah seluruh kelurahan di Kalimantan Timur dari tabel wilayah dan simpan di "
                  "variabel total_kelurahan.",
            answer=Number("total_kelurahan"),
            solution='total_kelurahan = wilayah["jumlah_kelurahan"].sum()',
            hints=[
                "Contoh di atas menjumlahkan kolom `jumlah_desa_kampung`. Untuk kelurahan, pakai kolom "
                "`jumlah_kelurahan`.",
                "Pola yang sama: `wilayah[\"nama_kolom\"].sum()`. Ganti `nama_kolom` dengan `jumlah_kelurahan`.",
            ],
            mistakes=[
                Mistake('total_kelurahan = wilayah["jumlah_desa_kampung"].sum()',
                        "841 adalah jumlah desa/kampung. Soal ini menanyakan kelurahan: pakai kolom "
                        "`jumlah_kelurahan`."),
                Mistake('total_kelurahan = wilayah["jumlah_kecamatan"].sum()',
                        "105 adalah jumlah kecamatan. Soal ini menanyakan kelurahan: pakai kolom `jumlah_kelurahan`."),
                Mistake("total_kelurahan = len(wilayah)",
                        "10 adalah jumlah baris (kabupaten/kota). Jumlahkan isi kolom `jumlah_kelurahan` "
                        "dengan `.sum()`."),
                Mistake('total_kelurahan = wilayah["jumlah_desa_kampung"].sum() + wilayah["jumlah_kelurahan"].sum()',
                        "Itu desa/kampung ditambah kelurahan. Soal ini hanya menanyakan kelurahan."),
            ],
        ),
        Question(
            id="ibu_kota_berau", view="soal2",
            title="Simpan nama ibu kota Kabupaten Berau (sebagai teks) di variabel ibu_kota_berau.",
            answer=Text("ibu_kota_berau", example="Tanjung Redeb"),
            solution='ibu_kota_berau = "Tanjung Redeb"',
            hints=[
                "Cari baris Berau pada tabel `wilayah`, lalu baca kolom `ibu_kota` di baris itu.",
                "Tampilkan dua kolom saja agar mudah dibaca: `wilayah[[\"nama\", \"ibu_kota\"]]`. Tulis "
                "jawabannya di antara tanda kutip.",
            ],
            mistakes=[
                Mistake('ibu_kota_berau = "Berau"', "Berau adalah nama kabupatennya. Ibu kotanya ada di kolom "
                                                    "`ibu_kota` pada baris Berau."),
                Mistake('ibu_kota_berau = "Tanjung Redep"', "Hampir benar. Periksa huruf terakhirnya; salin "
                                                            "persis seperti di tabel."),
            ],
        ),
        Question(
            id="isi_tabel_kim", view="soal3",
            title="Tabel kim dari kimkit.data.kim_kaltim() berisi apa?",
            answer=Choice("jawaban_3", options={
                "A": "Daftar resmi seluruh KIM di Kalimantan Timur dari Diskominfo Provinsi.",
                "B": "Data yang diunduh langsung dari situs KIM.id.",
                "C": "Data sintetis (rekaan) untuk latihan, dibuat meniru pola data nyata.",
                "D": "Data Sensus Penduduk 2020 dari BPS.",
            }),
            solution='jawaban_3 = "C"',
            hints=[
                "Baca lagi baris \"Jenis data\" pada keluaran `kimkit.data.info(\"kim_kaltim\")`.",
                "Lihat kolom `id_kim` dan `nama_kim`: ada kata SINT dan Contoh. Artinya?",
            ],
            mistakes=[Mistake('jawaban_3 = "A"', "Bukan daftar resmi: lihat kata SINT dan Contoh di kolom "
                                                 "`id_kim` dan `nama_kim`, dan baris \"Jenis data\" pada "
                                                 "`kimkit.data.info(\"kim_kaltim\")`.")],
        ),
    ],
)
