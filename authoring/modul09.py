"""Self-checks of course/09_tata_kelola_etika_hukum.ipynb (not graded; `make exercises` builds their data).

Data questions use the synthetic draf_posting table (`draf`) and the `sah` and `ada_data_pribadi`
columns the notebook builds in its worked examples.
"""

from tools.authoring import Choice, CourseQuestions, Items, Mistake, Number, Question

SOURCE = CourseQuestions(
    name="modul09",
    notebook="course/09_tata_kelola_etika_hukum.ipynb",
    questions=[
        Question(
            id="kategori_perjanjian", view="soal1",
            title="Pemda Anda menandatangani perjanjian kerja sama dengan pihak ketiga. Menurut UU KIP, "
                  "informasi tentang perjanjian itu termasuk kategori apa?",
            answer=Choice("jawaban_1", options={
                "A": "Informasi berkala (Pasal 9).",
                "B": "Informasi yang wajib tersedia setiap saat (Pasal 11).",
                "C": "Informasi serta-merta (Pasal 10).",
                "D": "Informasi yang dikecualikan (Pasal 17).",
            }),
            solution='jawaban_1 = "B"   # perjanjian dengan pihak ketiga: tersedia setiap saat',
            hints=[
                "Lihat daftar isi kategori **setiap saat** di tabel bagian 2.",
                "Perjanjian tidak mengancam keselamatan warga (bukan serta-merta) dan tidak diumumkan "
                "menurut jadwal; ia harus tersedia kapan pun diminta.",
            ],
            mistakes=[
                Mistake('jawaban_1 = "D"',
                        "Perjanjian badan publik dengan pihak ketiga justru disebut dalam daftar informasi "
                        "yang wajib tersedia setiap saat. Pengecualian harus melalui uji konsekuensi dan "
                        "tidak berlaku otomatis."),
            ],
        ),
        Question(
            id="jumlah_draf_nik", view="soal2",
            title="Berapa draf (data sintetis) yang teksnya memuat NIK/No. KK?",
            answer=Number("jumlah_draf_nik"),
            solution='jumlah_draf_nik = draf["teks"].str.contains(POLA_NIK).sum()',
            hints=[
                "Tiru contoh e-mail di atas, tetapi dengan pola `POLA_NIK`.",
                "`draf[\"teks\"].str.contains(POLA_NIK)` memberi `True`/`False` per draf; `.sum()` "
                "menghitung `True`-nya.",
            ],
            mistakes=[
                Mistake('jumlah_draf_nik = draf["teks"].str.contains(r"\\d{16}").sum()',
                        "Pola `\\d{16}` hanya menemukan NIK yang ditulis rapat tanpa spasi atau titik. NIK "
                        "yang ditulis `0072 0112 …` atau `00.72.01.…` terlewat. Pakai `POLA_NIK`."),
            ],
        ),
        Question(
            id="kritik_akun_pemda", view="soal3",
            title="Sebuah akun warga menulis kritik keras terhadap Pemkab Anda di kolom komentar. Menurut "
                  "Putusan MK No. 105/PUU-XXII/2024, apa yang benar?",
            answer=Choice("jawaban_3", options={
                "A": "Pemkab sebagai lembaga dapat melaporkan warga itu atas pencemaran nama baik (Pasal 27A UU ITE).",
                "B": "Diskominfo wajib menghapus komentar itu dan memblokir akunnya.",
                "C": "Kritik di media sosial selalu dianggap menimbulkan kerusuhan menurut Pasal 28 ayat (3).",
                "D": "Lembaga pemerintah tidak dapat mengadukan pencemaran nama baik; yang dapat mengadu hanya "
                     "orang perseorangan. Tanggapi dengan informasi yang jelas.",
            }),
            solution='jawaban_3 = "D"   # "orang lain" di Pasal 27A = perseorangan, bukan lembaga',
            hints=[
                "Menurut putusan itu, siapa yang dimaksud \"orang lain\" dalam Pasal 27A?",
                "Putusan yang sama menyebut \"kerusuhan\" sebagai gangguan ketertiban di ruang fisik, bukan "
                "di ruang digital.",
            ],
            mistakes=[
                Mistake('jawaban_3 = "A"',
                        "Menurut Putusan MK No. 105/PUU-XXII/2024, \"orang lain\" di Pasal 27A berarti orang "
                        "perseorangan: lembaga pemerintah, korporasi, profesi atau jabatan tidak dapat "
                        "mengadu."),
            ],
        ),
        Question(
            id="alur_dan_data", view="soal4",
            title="Draf mana (data sintetis) yang alur persetujuannya tidak sah **dan** teksnya memuat data "
                  "pribadi? (daftar `id_draf`, urutan bebas)",
            answer=Items("draf_bermasalah", ordered=False),
            solution='draf_bermasalah = draf[~draf["sah"] & draf["ada_data_pribadi"]]["id_draf"].tolist()',
            hints=[
                "Kolom `sah` dan `ada_data_pribadi` sudah dibuat di contoh. `~` membalik `True`/`False`: "
                "`~draf[\"sah\"]` berarti alurnya **tidak** sah.",
                "Gabungkan dua syarat dengan `&`, saring barisnya, ambil kolom `[\"id_draf\"]`, lalu "
                "`.tolist()`.",
            ],
            mistakes=[],
        ),
        Question(
            id="kreator_konten", view="soal5",
            title="Diskominfo mengajak kreator konten lokal membuat video untuk akun pemda. Mana pernyataan "
                  "yang sesuai dengan sumber modul ini?",
            answer=Choice("jawaban_5", options={
                "A": "Belum ditemukan peraturan khusus tentang kerja sama pemda dengan influencer; aturan umum "
                     "tetap berlaku: hak cipta (musik, potret), data pribadi, dan netralitas akun pemda.",
                "B": "Ada peraturan menteri yang mengatur tarif dan kontrak influencer pemda.",
                "C": "Konten kreator bebas dari UU Hak Cipta karena dibuat untuk pemerintah.",
                "D": "Kreator konten wajib menjadi ASN sebelum boleh membuat konten untuk pemda.",
            }),
            solution='jawaban_5 = "A"',
            hints=[
                "Baca lagi bagian 7: apa yang ditemukan, dan apa yang **belum** ditemukan sumbernya?",
                "Konten yang tayang di akun pemda diperiksa dengan daftar cek yang sama seperti konten "
                "buatan Diskominfo sendiri (bagian 6).",
            ],
            mistakes=[
                Mistake('jawaban_5 = "B"',
                        "Sumber modul ini tidak menemukan peraturan khusus tentang kerja sama pemda dengan "
                        "influencer (per Desember 2026). Jangan menyebut aturan yang belum ditemukan sumbernya."),
            ],
        ),
    ],
)
