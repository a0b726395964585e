"""Self-checks of course/01_mengenal_kim.ipynb (not graded; `make exercises` builds their check data).

``soal1``–``soal3`` read the learner's variables (the KIM table is synthetic); ``soal4``–``soal9``
are multiple-choice questions shown in two quiz widgets (``soal4``–``soal6`` after section 1,
``soal7``–``soal9`` after section 2), so that practice comes early. In the quiz a wrong choice
shows the question's first hint, so each first hint explains without giving the letter.
"""

from tools.authoring import Choice, CourseQuestions, Mistake, Number, Question, Series


def quiz(number: int, statement: str, options: dict, letter: str, hint: str, note: str) -> Question:
    variable = f"kuis_{number - 3}"
    return Question(id=f"kuis_{number - 3}", view=f"soal{number}", title=statement,
                    answer=Choice(variable, options=options),
                    solution=f'{variable} = "{letter}"   # {note}', hints=[hint], mistakes=[])


SOURCE = CourseQuestions(
    name="modul01",
    notebook="course/01_mengenal_kim.ipynb",
    questions=[
        Question(
            id="jumlah_kim_ppu", view="soal1",
            title="Berapa KIM di Penajam Paser Utara menurut tabel kim (data sintetis)?",
            answer=Number("jumlah_kim_ppu"),
            solution='jumlah_kim_ppu = len(kim[kim["kabkota"] == "Penajam Paser Utara"])',
            hints=[
                "Saring dulu baris yang kolom `kabkota`-nya \"Penajam Paser Utara\", seperti contoh Berau di "
                "atas, lalu hitung barisnya dengan `len(...)`.",
                "Bentuknya: `len(kim[kim[\"kabkota\"] == \"Penajam Paser Utara\"])`.",
            ],
            mistakes=[
                Mistake("jumlah_kim_ppu = 24",
                        "24 adalah jumlah KIM nyata di PPU yang terdaftar di KIM.id per November 2025 (berita). "
                        "Soal ini menanyakan tabel sintetis `kim`: saring barisnya lalu hitung."),
                Mistake("jumlah_kim_ppu = len(kim)", "Itu jumlah semua KIM di tabel. Saring dulu baris Penajam Paser Utara."),
            ],
        ),
        Question(
            id="kim_tanpa_sk", view="soal2",
            title="Berapa KIM di tabel kim (data sintetis) yang belum punya SK (kolom nomor_sk kosong)?",
            answer=Number("kim_tanpa_sk"),
            solution='kim_tanpa_sk = len(kim[kim["nomor_sk"] == ""])',
            hints=[
                "KIM yang belum punya SK ditandai dengan teks kosong `\"\"` di kolom `nomor_sk`.",
                "Saring dengan `kim[kim[\"nomor_sk\"] == \"\"]`, lalu hitung barisnya dengan `len(...)`.",
            ],
            mistakes=[
                Mistake('kim_tanpa_sk = len(kim[kim["nomor_sk"] != ""])',
                        "Itu jumlah KIM yang sudah punya SK. Yang ditanyakan yang kolom `nomor_sk`-nya kosong."),
                Mistake("kim_tanpa_sk = len(kim)",
                        "Itu jumlah semua KIM di tabel. Saring dulu yang `nomor_sk`-nya kosong (`\"\"`)."),
            ],
        ),
        Question(
            id="terdaftar_per_kabkota", view="soal3",
            title="Hitung jumlah KIM (data sintetis) yang sudah terdaftar di KIM.id, per kab/kota (Series "
                  "berindeks nama kab/kota).",
            answer=Series("terdaftar_per_kabkota", decimals=0, per="kab/kota"),
            solution='kim_terdaftar = kim[kim["terdaftar_kimid"] == True]\n'
                     'terdaftar_per_kabkota = kim_terdaftar["kabkota"].value_counts()',
            hints=[
                "Dua langkah: saring dulu KIM yang kolom `terdaftar_kimid`-nya `True`, lalu hitung per "
                "kab/kota dengan `value_counts()` seperti contoh di atas.",
                "`kim[kim[\"terdaftar_kimid\"] == True]` adalah tabel KIM terdaftar; ambil kolom "
                "`[\"kabkota\"]` darinya, lalu `.value_counts()`.",
            ],
            mistakes=[
                Mistake('terdaftar_per_kabkota = kim["kabkota"].value_counts()',
                        "Itu jumlah semua KIM per kab/kota. Saring dulu yang `terdaftar_kimid`-nya `True`."),
                Mistake('terdaftar_per_kabkota = kim[kim["terdaftar_kimid"] == False]["kabkota"].value_counts()',
                        "Itu KIM yang belum terdaftar. Yang diminta yang `terdaftar_kimid`-nya `True`."),
            ],
        ),
        quiz(4, "Peraturan mana yang memuat definisi KIM sebagai kelompok yang dibentuk oleh, dari, untuk "
                "masyarakat secara mandiri dan kreatif?", {
            "A": "Permenkominfo No. 08/PER/M.KOMINFO/6/2010",
            "B": "UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
            "C": "Permenpan RB No. 83 Tahun 2012",
            "D": "Inpres No. 9 Tahun 2015",
        }, "A", "Definisi itu ada dalam pedoman pengembangan dan pemberdayaan lembaga komunikasi sosial yang "
                "diterbitkan Kementerian Kominfo pada 2010.",
            "Permenkominfo No. 08/PER/M.KOMINFO/6/2010, 1 Juni 2010"),
        quiz(5, "Menurut Komdigi (dikutip Pemprov NTT, Oktober 2025), apa dua fungsi inti KIM?", {
            "A": "Menerbitkan SK dan mengawasi anggaran desa",
            "B": "Diseminasi informasi dan pemberdayaan masyarakat",
            "C": "Menindak pelanggaran UU ITE dan memblokir hoaks",
            "D": "Mengelola akun media sosial resmi pemerintah daerah",
        }, "B", "KIM adalah mitra masyarakat, bukan lembaga yang berwenang menindak atau mengelola akun resmi "
                "pemda. Fungsi intinya menyebarkan informasi dan memberdayakan warga.",
            "diseminasi informasi dan pemberdayaan masyarakat"),
        quiz(6, "Menurut Helmi Hafid (Kominfo), apa beda KIM dengan Kelompencapir?", {
            "A": "Kelompencapir dibentuk pemerintah, sedangkan KIM tumbuh dari masyarakat",
            "B": "KIM hanya ada di kota, sedangkan Kelompencapir hanya ada di desa",
            "C": "KIM dibentuk Departemen Penerangan, sedangkan Kelompencapir dibentuk Kominfo",
            "D": "Tidak ada bedanya; keduanya nama lain untuk kelompok yang sama",
        }, "A", "Kelompencapir lahir pada masa Departemen Penerangan. Siapa yang memprakarsai masing-masing "
                "kelompok: pemerintah atau masyarakat?",
            "Kelompencapir dibentuk pemerintah; KIM tumbuh dari masyarakat"),
        quiz(7, "Apa yang diperoleh KIM yang terdaftar di platform KIM.id?", {
            "A": "Status badan hukum dan dana hibah tetap",
            "B": "Nomor ID dan situs web beralamat nama.kim.id",
            "C": "Hak menerbitkan SK untuk KIM lain",
            "D": "Akun media sosial resmi Komdigi",
        }, "B", "Ingat apa yang disebut JPNN tentang peluncuran KIM.id pada 15 Agustus 2022: KIM mendapat "
                "identitas dan ruang daring sendiri.",
            "nomor ID dan situs web *.kim.id; KIM terdaftar menjadi mitra resmi"),
        quiz(8, "Adakah sistem tingkatan (klasifikasi) KIM yang resmi secara nasional?", {
            "A": "Ada, ditetapkan Permenkominfo 08/2010",
            "B": "Ada, ditetapkan Permenkominfo 4/2024",
            "C": "Belum ditemukan sumber resmi; yang terdokumentasi adalah pemetaan, monev, dan standar KIM "
                 "yang sedang disiapkan",
            "D": "Ada, ditetapkan oleh setiap Forum KIM provinsi",
        }, "C", "Baca lagi bagian tentang tingkatan KIM: apa yang benar-benar terdokumentasi, dan apa yang "
                "tidak ditemukan sumbernya?",
            "belum ditemukan sumber resmi tentang tingkatan KIM (per November 2025)"),
        quiz(9, "Indikator SPM bidang kominfo tentang KIM (Permenkominfo 22/2010, petunjuk teknis "
                "Permenkominfo 27/2011) mengukur cakupan KIM di tingkat wilayah apa?", {
            "A": "Desa/kelurahan, sama dengan rumus cakupan di kit ini",
            "B": "Provinsi",
            "C": "Rukun tetangga (RT)",
            "D": "Kecamatan",
        }, "D", "Lihat baris 2010–2011 di tabel dasar hukum: nama indikatornya menyebut satu tingkat "
                "wilayah. Rumus cakupan kit ini sengaja berbeda dan bukan indikator resmi.",
            "cakupan pengembangan dan pemberdayaan KIM di tingkat kecamatan"),
    ],
)
