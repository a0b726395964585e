"""Self-checks of the teaching notebook course/00_mulai.ipynb (not graded).

``kuis1``…``kuis5`` feed the tour quiz (``kimkit.widgets.Kuis``); ``soal1``…``soal3``
are the *Coba sendiri* questions on the wilayah and KIM tables.
"""

from kimkit.checks import MultipleChoice, ValueCheck, ____, questions

# --- Kuis tur JupyterLab (widget) --------------------------------------------------------
# The quiz widget shows the first hint when a choice is wrong: it explains, not just repeats.
kuis1, kuis2, kuis3, kuis4, kuis5 = questions("modul00", graded=False, prefix="kuis", problems=[
    MultipleChoice(
        variables=("pilihan_kuis1",),
        statement="Di sebelah kiri sebuah sel kode tertulis [*]. Apa artinya?",
        options={
            "A": "Sel itu berisi kesalahan.",
            "B": "Sel itu sudah selesai dijalankan dan tersimpan.",
            "C": "Sel itu sedang dijalankan atau menunggu giliran dijalankan.",
            "D": "Sel itu berisi teks Markdown.",
        },
        expected="917a7593a88ed0b76d7104e472afd68f3f18334ec5b0923ebfdecd1e2c6035f9",
        hints=["Tanda bintang berarti Python masih bekerja. Setelah selesai, bintang "
               "berganti menjadi angka urutan, misalnya [3]."],
    ),
    MultipleChoice(
        variables=("pilihan_kuis2",),
        statement="Anda ingin menambah sel baru tepat di bawah sel yang sedang dipilih. Bagaimana caranya?",
        options={
            "A": "Tekan Esc (keluar dari mode ketik), lalu tekan B; atau klik tombol + di bilah alat.",
            "B": "Tekan Ctrl+S.",
            "C": "Klik dua kali nama notebook di peramban berkas.",
            "D": "Ketik teks baru di ujung sel yang sama.",
        },
        expected="c243852fb2f369508b8b92a5276aceb340774d4e5ec3a30d90bdbea70a53f217",
        hints=["Ctrl+S hanya menyimpan. Sel baru dibuat dengan tombol B (B = below, di bawah) "
               "saat Anda tidak sedang mengetik di dalam sel, atau dengan tombol +."],
    ),
    MultipleChoice(
        variables=("pilihan_kuis3",),
        statement="Sebuah sel sudah lama bertanda [*] dan notebook tidak merespons. Apa langkah yang tepat?",
        options={
            "A": "Tutup peramban (browser) lalu matikan laptop.",
            "B": "Hapus sel tersebut.",
            "C": "Tekan Ctrl+S berkali-kali.",
            "D": "Mulai ulang kernel (tombol panah melingkar atau menu Kernel), lalu jalankan lagi sel dari atas.",
        },
        expected="969da360cc3c3fdc5b3c3f3238fc528cf37a0dc85b98d8c9082b3483b174657f",
        hints=["Yang macet adalah kernel, yaitu \"mesin\" Python di balik notebook. Memulai "
               "ulang kernel tidak menghapus isi sel; sesudahnya jalankan lagi sel dari atas."],
    ),
    MultipleChoice(
        variables=("pilihan_kuis4",),
        statement="Setelah kernel dimulai ulang, apa yang terjadi dengan variabel seperti wilayah?",
        options={
            "A": "Tetap ada karena notebook sudah disimpan dengan Ctrl+S.",
            "B": "Hilang dari ingatan Python; jalankan lagi sel-sel di atas (mulai dari sel persiapan).",
            "C": "Berubah menjadi teks Markdown.",
        },
        expected="d9e61933a54dde2e1419f5f60890436b7b7fc5aff4fcd7be055dbe7567233e78",
        hints=["Ctrl+S menyimpan isi sel, bukan ingatan Python. Setelah kernel dimulai ulang, "
               "semua variabel harus dibuat lagi dengan menjalankan selnya."],
    ),
    MultipleChoice(
        variables=("pilihan_kuis5",),
        statement="Paragraf penjelasan di notebook ini (misalnya teks di atas kuis ini) ditulis di sel jenis apa?",
        options={
            "A": "Sel kode (Code).",
            "B": "Sel Markdown.",
            "C": "Sel keluaran.",
        },
        expected="ac01ab02169b5f529f247431b66c67fe5aa03de19bf40c151e7f78746f1d9b20",
        hints=["Sel kode berisi perintah Python dan punya tanda [ ] di kirinya. "
               "Sel teks yang rapi tanpa tanda [ ] adalah sel Markdown."],
    ),
])

# --- Coba sendiri ------------------------------------------------------------------------
soal1, soal2, soal3 = questions("modul00", graded=False, problems=[
    ValueCheck(
        variables=("total_kelurahan",),
        statement="Hitung jumlah seluruh kelurahan di Kalimantan Timur dari tabel wilayah "
                  "dan simpan di variabel total_kelurahan.",
        kind="number",
        decimals=0,
        expected="d8d148a966789432203714d40deb32f1a0fe37368df6d7bee6f6c5164c196c78",
        mistakes={
            "4448392e9beb5576b450d1f10aed58dbdd0fb3a77daff11f7c168f568304e000":
                "841 adalah jumlah desa/kampung. Soal ini menanyakan kelurahan: pakai kolom `jumlah_kelurahan`.",
            "11172fc5e33814a43400fc67865c835eddcdc30eab902231ef6264fb22ece682":
                "105 adalah jumlah kecamatan. Soal ini menanyakan kelurahan: pakai kolom `jumlah_kelurahan`.",
            "e83b5f47ee10d93a386bce41006a88b270cde26c28642e0d01f3306d78ae213e":
                "10 adalah jumlah baris (kabupaten/kota). Jumlahkan isi kolom `jumlah_kelurahan` dengan `.sum()`.",
            "d8ea87de206b220bae896034222b02380abafa3c0ecda70fe9f6fbd7ad928d6d":
                "Itu desa/kampung ditambah kelurahan. Soal ini hanya menanyakan kelurahan.",
        },
        hints=[
            "Contoh di atas menjumlahkan kolom `jumlah_desa_kampung`. Untuk kelurahan, "
            "pakai kolom `jumlah_kelurahan`.",
            "Pola yang sama: `wilayah[\"nama_kolom\"].sum()`. Ganti `nama_kolom` dengan "
            "`jumlah_kelurahan`.",
        ],
        solution='total_kelurahan = wilayah["jumlah_kelurahan"].sum()',
    ),
    ValueCheck(
        variables=("ibu_kota_berau",),
        statement="Simpan nama ibu kota Kabupaten Berau (sebagai teks) di variabel ibu_kota_berau.",
        kind="text",
        expected="7e6d05b5ce950268e713b58c251d8c018917c24a0ff4fc8b55b8c791dbc169a3",
        mistakes={
            "8b9497b834e10346192a6c611aaf0466fd11d283f34b22d47aedff057c6be400":
                "Berau adalah nama kabupatennya. Ibu kotanya ada di kolom `ibu_kota` pada baris Berau.",
            "d0ea2d7ee6e7bb6d0eff35785e0c43a63fe7f1f7af63560f38bdc58df4c74c5c":
                "Hampir benar. Periksa huruf terakhirnya; salin persis seperti di tabel.",
        },
        hints=[
            "Cari baris Berau pada tabel `wilayah`, lalu baca kolom `ibu_kota` di baris itu.",
            "Tampilkan dua kolom saja agar mudah dibaca: `wilayah[[\"nama\", \"ibu_kota\"]]`. "
            "Tulis jawabannya di antara tanda kutip.",
        ],
        solution='ibu_kota_berau = "Tanjung Redeb"',
    ),
    MultipleChoice(
        variables=("jawaban_3",),
        statement="Tabel kim dari kimkit.data.kim_kaltim() berisi apa?",
        options={
            "A": "Daftar resmi seluruh KIM di Kalimantan Timur dari Diskominfo Provinsi.",
            "B": "Data yang diunduh langsung dari situs KIM.id.",
            "C": "Data sintetis (rekaan) untuk latihan, dibuat meniru pola data nyata.",
            "D": "Data Sensus Penduduk 2020 dari BPS.",
        },
        expected="54b5a1e3c0a24ffd6d75bcd97b8e48bc8315c17c6d82a37631f11b4c85af3130",
        hints=[
            "Baca lagi baris \"Jenis data\" pada keluaran `kimkit.data.info(\"kim_kaltim\")`.",
            "Lihat kolom `id_kim` dan `nama_kim`: ada kata SINT dan Contoh. Artinya?",
        ],
        solution='jawaban_3 = "C"',
    ),
])

__all__ = [
    "soal1", "soal2", "soal3",
    "kuis1", "kuis2", "kuis3", "kuis4", "kuis5",
    "____",
]
