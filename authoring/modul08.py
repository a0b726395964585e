"""Self-checks of course/08_hoaks_verifikasi.ipynb (not graded; `make exercises` builds their data).

Data questions use the real hoaks_kategori table (Kominfo, Aug 2018–Dec 2023) and the synthetic
pesan_hoaks table, as loaded in the notebook (`kategori`, `pesan`).
"""

from tools.authoring import Choice, CourseQuestions, Mistake, Number, Question

SOURCE = CourseQuestions(
    name="modul08",
    notebook="course/08_hoaks_verifikasi.ipynb",
    questions=[
        Question(
            id="jenis_gangguan", view="soal1",
            title="Seorang staf kelurahan meneruskan ke grup warga pesan tentang pemadaman listrik yang ternyata "
                  "palsu. Ia mengira pesan itu benar dan ingin membantu warga bersiap. Termasuk apa?",
            answer=Choice("jawaban_1", options={
                "A": "Disinformasi",
                "B": "Malinformasi",
                "C": "Misinformasi",
                "D": "Bukan gangguan informasi, karena niatnya baik",
            }),
            solution='jawaban_1 = "C"   # informasi salah, dibagikan tanpa niat merugikan',
            hints=[
                "Ada dua pertanyaan: apakah informasinya salah, dan apakah yang membagikan berniat merugikan?",
                "Informasinya salah, tetapi staf itu tidak tahu dan tidak berniat merugikan.",
            ],
            mistakes=[
                Mistake('jawaban_1 = "A"',
                        "Disinformasi dibagikan dengan sengaja untuk menipu atau merugikan. Staf ini mengira "
                        "pesannya benar: lihat lagi niat orang yang membagikan."),
                Mistake('jawaban_1 = "B"',
                        "Malinformasi adalah informasi yang **benar** yang dipakai untuk merugikan. Pesan ini "
                        "palsu."),
                Mistake('jawaban_1 = "D"',
                        "Niat baik tidak membuat pesan palsu menjadi benar: warga tetap tersesat. Gangguan "
                        "informasi tanpa niat merugikan tetap punya nama."),
            ],
        ),
        Question(
            id="tipe_first_draft", view="soal2",
            title="Video banjir asli dari provinsi lain tahun 2019 diunggah ulang dengan keterangan \"banjir "
                  "pagi ini di Kecamatan Contoh\". Tipe apa menurut tujuh tipe First Draft?",
            answer=Choice("jawaban_2", options={
                "A": "Konten fabrikasi",
                "B": "Konten tiruan",
                "C": "Satire atau parodi",
                "D": "Konteks salah",
            }),
            solution='jawaban_2 = "D"   # konten asli, keterangan waktu dan tempatnya salah',
            hints=[
                "Apakah videonya sendiri dibuat-buat, atau videonya asli?",
                "Videonya asli; yang salah adalah keterangan waktu dan tempatnya. Cari tipe untuk konten asli "
                "dengan informasi konteks yang salah.",
            ],
            mistakes=[
                Mistake('jawaban_2 = "A"',
                        "Konten fabrikasi 100% dibuat-buat. Video ini asli, hanya keterangannya yang salah."),
                Mistake('jawaban_2 = "B"',
                        "Konten tiruan meniru sumber asli, misalnya akun palsu pejabat. Di sini tidak ada yang "
                        "ditiru: keterangan waktu dan tempatnya yang salah."),
            ],
        ),
        Question(
            id="persen_pemerintahan", view="soal3",
            title="Berapa persen konten hoaks Agustus 2018–Desember 2023 yang berkategori Pemerintahan? "
                  "(persen, 1 desimal)",
            answer=Number("persen_pemerintahan", decimals=1),
            solution='jumlah_per_kategori = kategori.set_index("kategori")["jumlah"]\n'
                     'persen_pemerintahan = jumlah_per_kategori["Pemerintahan"] / kategori["jumlah"].sum() * 100',
            hints=[
                "Tiru contoh Kesehatan di atas: ambil jumlah kategori Pemerintahan dengan labelnya.",
                "Bagi dengan total semua kategori (`kategori[\"jumlah\"].sum()`), lalu kalikan 100.",
            ],
            mistakes=[
                Mistake('persen_pemerintahan = kategori.set_index("kategori")["jumlah"]["Pemerintahan"] / '
                        'kategori["jumlah"].sum()',
                        "Itu masih pecahan (0–1). Kalikan 100 agar menjadi persen."),
                Mistake('persen_pemerintahan = kategori.set_index("kategori")["jumlah"]["Pemerintahan"]',
                        "Itu jumlah kontennya, bukan persen. Bagi dengan total semua kategori, lalu kalikan 100."),
            ],
        ),
        Question(
            id="persen_bukan_hoaks_disebar", view="soal4",
            title="Dari pesan berlabel \"bukan hoaks\" (data sintetis), berapa persen yang meminta disebarkan? "
                  "(persen, 1 desimal)",
            answer=Number("persen_bukan_hoaks_disebar", decimals=1),
            solution='bukan = pesan[pesan["label"] == "bukan hoaks"]\n'
                     'persen_bukan_hoaks_disebar = bukan["minta_disebarkan"].mean() * 100',
            hints=[
                "Saring dulu pesan berlabel \"bukan hoaks\", seperti contoh untuk label \"hoaks\" di atas.",
                "Rata-rata kolom `minta_disebarkan` (`True`/`False`) dikali 100 memberi persennya.",
            ],
            mistakes=[
                Mistake('persen_bukan_hoaks_disebar = pesan["minta_disebarkan"].mean() * 100',
                        "Itu persen dari semua pesan. Saring dulu pesan berlabel \"bukan hoaks\"."),
                Mistake('persen_bukan_hoaks_disebar = pesan[pesan["label"] == "bukan hoaks"]["minta_disebarkan"].mean()',
                        "Itu masih pecahan (0–1). Kalikan 100 agar menjadi persen."),
                Mistake('persen_bukan_hoaks_disebar = pesan[pesan["label"] == "hoaks"]["minta_disebarkan"].mean() * 100',
                        "Itu pesan berlabel \"hoaks\" (contoh di atas). Yang diminta label \"bukan hoaks\"."),
            ],
        ),
        Question(
            id="langkah_pemda", view="soal5",
            title="Akun palsu yang meniru Bupati Contoh menyebarkan pengumuman lowongan berbayar. Apa langkah "
                  "Diskominfo yang paling tepat?",
            answer=Choice("jawaban_5", options={
                "A": "Diam saja agar hoaksnya tidak makin dikenal.",
                "B": "Meminta setiap dinas menulis bantahan sendiri-sendiri secepatnya, dengan kata-kata masing-masing.",
                "C": "Memastikan fakta ke bagian kepegawaian, menerbitkan satu klarifikasi yang sama di semua kanal "
                     "resmi (menyebut akun resmi), dan melaporkan akun palsu itu.",
                "D": "Meneruskan tangkapan layar hoaks ke semua grup dengan tulisan \"awas\", tanpa penjelasan.",
            }),
            solution='jawaban_5 = "C"   # pastikan fakta, satu narasi di semua kanal resmi, laporkan akun palsu',
            hints=[
                "Ingat narasi tunggal: warga harus mendengar pesan yang sama dari semua kanal pemerintah.",
                "Klarifikasi yang baik bersumber dari instansi berwenang dan menunjukkan akun mana yang resmi.",
            ],
            mistakes=[
                Mistake('jawaban_5 = "B"',
                        "Bantahan yang berbeda-beda kata membingungkan warga dan bisa saling bertentangan. "
                        "Pastikan faktanya dulu, lalu sampaikan satu narasi yang sama di semua kanal."),
                Mistake('jawaban_5 = "D"',
                        "Meneruskan hoaks tanpa penjelasan justru ikut menyebarkannya. Warga perlu faktanya dan "
                        "tahu akun mana yang resmi."),
            ],
        ),
    ],
)
