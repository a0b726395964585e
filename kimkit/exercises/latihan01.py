"""Self-checks of latihan01 (Mengenal KIM): legal basis, KIM per kab/kota, coverage.

The KIM table used here is the kit's synthetic directory (``kimkit.data.kim_kaltim``);
the desa/kelurahan counts are real (``kimkit.data.wilayah_kaltim``).
"""

from kimkit.checks import MultipleChoice, ValueCheck, ____, questions

soal1, soal2, soal3, soal4 = questions("latihan01", graded=True, problems=[
    MultipleChoice(
        variables=("jawaban_1",),
        statement="Pernyataan mana yang tepat tentang pembentukan dan pengesahan KIM?",
        options={
            "A": "KIM dibentuk oleh Diskominfo dan disahkan dengan SK bupati/wali kota.",
            "B": "KIM dibentuk atas prakarsa masyarakat dan disahkan dengan SK kepala desa/lurah.",
            "C": "KIM hanya boleh dibentuk di kelurahan, tidak di desa.",
            "D": "Permenkominfo No. 4 Tahun 2024 membagi KIM menjadi beberapa tingkatan resmi.",
        },
        expected="6ab2598734db8ad1d16ec1415809ae517723a2f0ad4d5d4b015c166f39382c34",
        hints=[
            "Ingat perbedaan KIM dengan Kelompencapir: Kelompencapir dibentuk pemerintah, "
            "sedangkan KIM tumbuh dari masyarakat.",
            "Rumusan Permenkominfo 4/2024 menyebut KIM berkedudukan di desa atau kelurahan, "
            "dan tidak ada sumber resmi tentang tingkatan KIM. Siapa yang menandatangani SK "
            "pembentukannya?",
        ],
        sealed_solution="pWruS/T6yCwYA5uRS+Fr5SY2gakD58o=",
    ),
    ValueCheck(
        variables=("kim_per_kabkota",),
        statement="Hitung jumlah KIM (data sintetis) per kab/kota sebagai Series berindeks nama kab/kota.",
        kind="series",
        decimals=0,
        ordered=False,
        expected="ff712c1c7ac6a561ccf681e1935b040f4ca200c34c94b42642044c54efef8cfd",
        mistakes={
            "1f15f63f4ae60efc3dccb49f37de967ccf1f0160c496acbe3f089d3bff104944":
                "Itu jumlah anggota KIM per kab/kota (hasil `.sum()`). Yang diminta banyaknya KIM, "
                "yaitu banyaknya baris per kab/kota.",
            "0a2d2b940a6f75f229497633d7db16054557c66817967712a140f1529777232a":
                "Itu hanya KIM yang terdaftar di KIM.id. Hitung semua KIM di tabel, tanpa disaring.",
        },
        hints=[
            "Satu baris tabel `kim` = satu KIM. Yang dihitung adalah banyaknya baris per nilai "
            "kolom `kabkota`.",
            "`kim[\"kabkota\"].value_counts()` menghitung berapa kali setiap nama kab/kota muncul.",
        ],
        sealed_solution="BXhRWZs6yDbxjyw+KbT4QcVYDSUCA1PrVkYI5nGKQqRwS1dQcKzQlp7Fg8eJkj9qjQ==",
    ),
    ValueCheck(
        variables=("cakupan",),
        statement=(
            "Hitung cakupan KIM per kab/kota dalam persen: jumlah KIM ÷ (jumlah desa/kampung + "
            "jumlah kelurahan) × 100, dibulatkan 1 angka di belakang koma, berindeks nama kab/kota."
        ),
        kind="series",
        decimals=1,
        ordered=False,
        expected="0a9ca2dc0bbc19e03f90e74a72e748fed2ce21234a9e5f26e850a3727e3fd38b",
        mistakes={
            "27100cc59584d122dcca6bf1f6e885941716623821719451957ff59de9f60775":
                "Perbandingannya sudah benar, tetapi masih berupa pecahan (mis. 0,13). "
                "Kalikan 100 agar menjadi persen.",
            "7ec8c560fc57b67c61474a39e16591e96c2e11afc15a92519147bb30c6126456":
                "Penyebutnya jumlah kecamatan. Cakupan di latihan ini dihitung terhadap "
                "jumlah desa/kampung + jumlah kelurahan.",
            "00a703d0d1ff224bba22a8cd8891be9d7c2d26b689376c29378e18716eac2a42":
                "Kelurahan belum ikut dihitung (kota tidak punya desa, jadi hasilnya tak hingga). "
                "Jumlahkan `jumlah_desa_kampung` dan `jumlah_kelurahan`.",
        },
        hints=[
            "Buat dulu jumlah desa+kelurahan per kab/kota dengan indeks nama: "
            "`wilayah.set_index(\"nama\")`, lalu jumlahkan kolom `jumlah_desa_kampung` dan "
            "`jumlah_kelurahan`.",
            "Bagi jumlah KIM per kab/kota dengan hasil itu; pandas memasangkan baris menurut "
            "nama kab/kota. Kalikan 100, lalu `.round(1)`.",
        ],
        sealed_solution=(
            "HXmDiWWK2jmaCWjwmTq6kuR+v5/If8426CBKf84t+k3bnTOc6Pa4rgiDi7UnqD7id5Cd8oKbLe6FcBJBXnN4e9+r"
            "13re8gIQemUzOeBWs/L1uX1YKrOmQ3wSePh9KtgXGWEtadXLykjlNq+LUIDsR761bpFDbj9nwiD28wHmXMJ84caE"
            "QCe3mlWzA7INBQDY8PgBX5ms7XZtZXPNIKgfoJI2c+ro45v0OJQigWEEkFnrmHj61f8="
        ),
    ),
    ValueCheck(
        variables=("kabkota_terendah",),
        statement="Tulis nama kab/kota dengan cakupan KIM terendah (teks, persis seperti indeks `cakupan`).",
        kind="text",
        expected="6dba4814c044211171614a89da5a907d4c470c4757cbe5963d6f04f174b1b082",
        mistakes={
            "b8dc6ea7cc8c0e9001c9f713f587269e4527b3eb6d30a7ce10b58c73fc3d7552":
                "Itu kab/kota dengan cakupan tertinggi. Yang diminta yang terendah.",
            "7801077739137e709a240451e0921437d00e065a9aabc2a8808d30689fa2e8a2":
                "Hampir benar. Tulis nama persis seperti indeks `cakupan`, tanpa kata \"Kota\".",
        },
        hints=[
            "Urutkan `cakupan` dengan `.sort_values()`: yang terendah ada di baris paling atas.",
            "`cakupan.idxmin()` langsung memberi nama (indeks) dengan nilai terkecil.",
        ],
        sealed_solution="UewfZt4sY0nInpPJWXZswqso38h0+2WtDwI+s5sF16vdjD0kZeBBFkbW+Q==",
    ),
])

__all__ = ["soal1", "soal2", "soal3", "soal4", "____"]
