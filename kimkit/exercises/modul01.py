"""Self-checks of modul 01 (Mengenal KIM), used in course/01_mengenal_kim.ipynb (not graded).

``soal1``–``soal3`` read the learner's variables (the KIM table is synthetic);
``soal4``–``soal8`` are multiple-choice questions shown together in the quiz widget
``kimkit.widgets.Kuis([soal4, soal5, soal6, soal7, soal8])``. In the quiz a wrong choice
shows the question's first hint, so each first hint explains without giving the letter.
"""

from kimkit.checks import MultipleChoice, ValueCheck, ____, questions

(soal1, soal2, soal3,
 soal4, soal5, soal6, soal7, soal8) = questions("modul01", graded=False, problems=[
    # --- data (tabel kim sintetis) -------------------------------------------------------
    ValueCheck(
        variables=("jumlah_kim_ppu",),
        statement="Berapa KIM di Penajam Paser Utara menurut tabel kim (data sintetis)?",
        kind="number",
        decimals=0,
        expected="b98ac167587cf6f52ce852beafcd5d86bcfea74de3d61a8f65a40fd3b8d153ce",
        mistakes={
            "555e4a37efe4f017bb7c0d91f6fa5a7b12063d45f026778b5706ff74cdba1da4":
                "24 adalah jumlah KIM nyata di PPU yang terdaftar di KIM.id per November 2025 "
                "(berita). Soal ini menanyakan tabel sintetis `kim`: saring barisnya lalu hitung.",
            "952666e3ade15f3e7a2e159ee144bd19ad0d43be0378845e29dc96f26400cad6":
                "Itu jumlah semua KIM di tabel. Saring dulu baris Penajam Paser Utara.",
        },
        hints=[
            "Saring dulu baris yang kolom `kabkota`-nya \"Penajam Paser Utara\", seperti contoh "
            "Berau di atas, lalu hitung barisnya dengan `len(...)`.",
            "Bentuknya: `len(kim[kim[\"kabkota\"] == \"Penajam Paser Utara\"])`.",
        ],
        solution='jumlah_kim_ppu = len(kim[kim["kabkota"] == "Penajam Paser Utara"])',
    ),
    ValueCheck(
        variables=("kim_tanpa_sk",),
        statement="Berapa KIM di tabel kim (data sintetis) yang belum punya SK (kolom nomor_sk kosong)?",
        kind="number",
        decimals=0,
        expected="d9583031f6c628b0ae84bf6fd3ea30ab772bc90a495f173f03a352dfe6655a81",
        mistakes={
            "7865dced71eff69b391ecbc33f306bc252e9717733ac44bbc7b173c068a541a7":
                "Itu jumlah KIM yang sudah punya SK. Yang ditanyakan yang kolom `nomor_sk`-nya kosong.",
            "4e27722e01539165984631f397318a7753449fb9dcf3e760ef8b00c38530d035":
                "Itu jumlah semua KIM di tabel. Saring dulu yang `nomor_sk`-nya kosong (`\"\"`).",
        },
        hints=[
            "KIM yang belum punya SK ditandai dengan teks kosong `\"\"` di kolom `nomor_sk`.",
            "Saring dengan `kim[kim[\"nomor_sk\"] == \"\"]`, lalu hitung barisnya dengan `len(...)`.",
        ],
        solution='kim_tanpa_sk = len(kim[kim["nomor_sk"] == ""])',
    ),
    ValueCheck(
        variables=("terdaftar_per_kabkota",),
        statement=(
            "Hitung jumlah KIM (data sintetis) yang sudah terdaftar di KIM.id, per kab/kota "
            "(Series berindeks nama kab/kota)."
        ),
        kind="series",
        decimals=0,
        ordered=False,
        expected="f8b94696703ff843fb9c2beb1cf8483bf12df655a61b4e8621fce88b67dc5d9e",
        mistakes={
            "c703e10c641dcc9a089102840a004d77862d0a8f3285844993fe304e4f2a2928":
                "Itu jumlah semua KIM per kab/kota. Saring dulu yang `terdaftar_kimid`-nya `True`.",
            "d82820b863b701ff66b486028120a27f01687400c21976f50e274c4684f2ee17":
                "Itu KIM yang belum terdaftar. Yang diminta yang `terdaftar_kimid`-nya `True`.",
        },
        hints=[
            "Dua langkah: saring dulu KIM yang kolom `terdaftar_kimid`-nya `True`, lalu hitung "
            "per kab/kota dengan `value_counts()` seperti contoh di atas.",
            "`kim[kim[\"terdaftar_kimid\"] == True]` adalah tabel KIM terdaftar; ambil kolom "
            "`[\"kabkota\"]` darinya, lalu `.value_counts()`.",
        ],
        solution=(
            'kim_terdaftar = kim[kim["terdaftar_kimid"] == True]\n'
            'terdaftar_per_kabkota = kim_terdaftar["kabkota"].value_counts()'
        ),
    ),
    # --- kuis (dipakai bersama dalam widget Kuis) ------------------------------------------
    MultipleChoice(
        variables=("kuis_1",),
        statement="Peraturan mana yang memuat definisi KIM sebagai kelompok yang dibentuk oleh, "
                  "dari, untuk masyarakat secara mandiri dan kreatif?",
        options={
            "A": "Permenkominfo No. 08/PER/M.KOMINFO/6/2010",
            "B": "UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
            "C": "Permenpan RB No. 83 Tahun 2012",
            "D": "Inpres No. 9 Tahun 2015",
        },
        expected="fa2e6f34cd3537d4f6cb18d49f5ace8878cdb4ac06f6068666e27c0d25c333f0",
        hints=[
            "Definisi itu ada dalam pedoman pengembangan dan pemberdayaan lembaga komunikasi "
            "sosial yang diterbitkan Kementerian Kominfo pada 2010.",
        ],
        solution="Jawaban: A (Permenkominfo No. 08/PER/M.KOMINFO/6/2010, 1 Juni 2010).",
    ),
    MultipleChoice(
        variables=("kuis_2",),
        statement="Menurut Komdigi (dikutip Pemprov NTT, Oktober 2025), apa dua fungsi inti KIM?",
        options={
            "A": "Menerbitkan SK dan mengawasi anggaran desa",
            "B": "Diseminasi informasi dan pemberdayaan masyarakat",
            "C": "Menindak pelanggaran UU ITE dan memblokir hoaks",
            "D": "Mengelola akun media sosial resmi pemerintah daerah",
        },
        expected="dccb0537266c9e473765e1d85ea09aebe11c3bee38f88db8f74b4b18cd06fb1a",
        hints=[
            "KIM adalah mitra masyarakat, bukan lembaga yang berwenang menindak atau mengelola "
            "akun resmi pemda. Fungsi intinya menyebarkan informasi dan memberdayakan warga.",
        ],
        solution="Jawaban: B (diseminasi informasi dan pemberdayaan masyarakat).",
    ),
    MultipleChoice(
        variables=("kuis_3",),
        statement="Menurut Helmi Hafid (Kominfo), apa beda KIM dengan Kelompencapir?",
        options={
            "A": "Kelompencapir dibentuk pemerintah, sedangkan KIM tumbuh dari masyarakat",
            "B": "KIM hanya ada di kota, sedangkan Kelompencapir hanya ada di desa",
            "C": "KIM dibentuk Departemen Penerangan, sedangkan Kelompencapir dibentuk Kominfo",
            "D": "Tidak ada bedanya; keduanya nama lain untuk kelompok yang sama",
        },
        expected="97addb7a7068821ed6146c46aa95d12fef77e65039c7ed48ecb654e07c9e5056",
        hints=[
            "Kelompencapir lahir pada masa Departemen Penerangan. Siapa yang memprakarsai "
            "masing-masing kelompok: pemerintah atau masyarakat?",
        ],
        solution="Jawaban: A (Kelompencapir dibentuk pemerintah; KIM tumbuh dari masyarakat).",
    ),
    MultipleChoice(
        variables=("kuis_4",),
        statement="Apa yang diperoleh KIM yang terdaftar di platform KIM.id?",
        options={
            "A": "Status badan hukum dan dana hibah tetap",
            "B": "Nomor ID dan situs web beralamat nama.kim.id",
            "C": "Hak menerbitkan SK untuk KIM lain",
            "D": "Akun media sosial resmi Komdigi",
        },
        expected="b7ec7e1d1984092fce999e98500a5913ccddbe04460f330485f7446c90b6d94c",
        hints=[
            "Ingat apa yang disebut JPNN tentang peluncuran KIM.id pada 15 Agustus 2022: KIM "
            "mendapat identitas dan ruang daring sendiri.",
        ],
        solution="Jawaban: B (nomor ID dan situs web *.kim.id; KIM terdaftar menjadi mitra resmi).",
    ),
    MultipleChoice(
        variables=("kuis_5",),
        statement="Adakah sistem tingkatan (klasifikasi) KIM yang resmi secara nasional?",
        options={
            "A": "Ada, ditetapkan Permenkominfo 08/2010",
            "B": "Ada, ditetapkan Permenkominfo 4/2024",
            "C": "Tidak ditemukan; yang terdokumentasi adalah pemetaan, monev, dan standar KIM "
                 "yang sedang disiapkan",
            "D": "Ada, ditetapkan oleh setiap Forum KIM provinsi",
        },
        expected="65bab8c3a5a06c26e9601fcce2d8cd9187ab0c90cccd6036187d69cffc628ad9",
        hints=[
            "Baca lagi bagian tentang tingkatan KIM: apa yang benar-benar terdokumentasi, dan "
            "apa yang tidak ditemukan sumbernya?",
        ],
        solution=(
            "Jawaban: C. Tidak ada sumber resmi tentang tingkatan KIM; yang terdokumentasi "
            "adalah pemetaan oleh dinas kab/kota, monev KIM, dan Kepmen standar KIM yang "
            "sedang disiapkan (Oktober 2025)."
        ),
    ),
])

__all__ = ["soal1", "soal2", "soal3", "soal4", "soal5", "soal6", "soal7", "soal8", "____"]
