"""Self-checks of the teaching notebook course/07_analitik_media_sosial.ipynb (not graded).

All data questions use the synthetic posting_medsos table.
"""

from kimkit.checks import MultipleChoice, ValueCheck, ____, questions

soal1, soal2, soal3, soal4, soal5, soal6 = questions("modul07", graded=False, problems=[
    MultipleChoice(
        variables=("jawaban_1",),
        statement=(
            "Sebuah posting foto muncul di layar tiga akun: akun A melihatnya 4 kali, akun B "
            "2 kali, akun C 1 kali. Berapa reach dan impressions posting itu?"
        ),
        options={
            "A": "reach 7, impressions 3",
            "B": "reach 3, impressions 7",
            "C": "reach 3, impressions 3",
            "D": "reach 7, impressions 7",
        },
        expected="1d0b6db6e9f189cfa859c70552c8f2dcdec506b2c10e47129831253f686f01a3",
        hints=[
            "Reach menghitung akun yang berbeda; setiap akun dihitung sekali saja.",
            "Impressions menghitung berapa kali posting tampil, termasuk tampil berulang di akun yang sama.",
        ],
        solution='jawaban_1 = "B"   # reach = 3 akun unik; impressions = 4 + 2 + 1 = 7 kali tampil',
    ),
    ValueCheck(
        variables=("rata_er_impressions",),
        statement=(
            "Hitung ER berdasarkan impressions untuk setiap posting (likes + comments + shares "
            "+ saves, dibagi impressions, × 100), lalu rata-ratanya untuk semua posting."
        ),
        kind="number",
        decimals=2,
        expected="2bab2d68749136301af1c757b1fb1baf356c73883670f3090ea748e1cc47ce44",
        mistakes={
            "9706032eae8ec40837d27c014ca5b24f6576bddc6f16607eb51b0c85cf41c774":
                "Nilai Anda 100 kali lebih kecil: kalikan hasil bagi dengan 100 agar menjadi persen.",
            "81c47f28d72297adeb6b25e328ac1488ddba074ddebe4f736125a77156163ca3":
                "Itu rata-rata ER berdasarkan reach. Soal ini memakai impressions sebagai penyebut.",
            "969621851b085272bd9c3afbf792cbd20453f93c18c18e94d60e2893c711de76":
                "Anda membagi total interaksi dengan total impressions. Soal ini meminta "
                "rata-rata ER per posting: hitung ER tiap posting dulu, baru `.mean()`.",
        },
        hints=[
            "Kolom `interaksi` sudah dibuat di contoh di atas. Penyebutnya sekarang kolom `impressions`.",
            "Buat kolom baru dulu: `posting[\"er_impressions\"] = posting[\"interaksi\"] / "
            "posting[\"impressions\"] * 100`, lalu ambil `.mean()` dari kolom itu.",
        ],
        solution=(
            'posting["er_impressions"] = posting["interaksi"] / posting["impressions"] * 100\n'
            'rata_er_impressions = posting["er_impressions"].mean()'
        ),
    ),
    ValueCheck(
        variables=("kabkota_er_tertinggi",),
        statement="Kab/kota mana yang rata-rata ER berdasarkan reach (kolom er_reach) paling tinggi?",
        kind="text",
        expected="66761e444d72a28e0c22c3dc905f2162c03a835a2f6c043657d0aa7ea0983b20",
        mistakes={
            "582fbc0a0423e25fd0d84e42817194814f0f84b146e9c5501da39e804c199e7c":
                "Itu kab/kota dengan jumlah interaksi terbanyak (angka mentah). Akun besar "
                "wajar punya interaksi lebih banyak; soal ini meminta rata-rata ER.",
            "8d03560edf2d61a26364668320f02c224b97c41bbf370e1c65fe9e50cfbd792d":
                "Itu kab/kota dengan rata-rata ER terendah. Pakai `.idxmax()`.",
        },
        hints=[
            "Kelompokkan menurut kolom `kabkota`, lalu ambil rata-rata kolom `er_reach`.",
            "`.idxmax()` pada hasil groupby memberi nama kab/kota dengan nilai tertinggi "
            "(jawabannya teks, misalnya \"Paser\").",
        ],
        solution='kabkota_er_tertinggi = posting.groupby("kabkota")["er_reach"].mean().idxmax()',
    ),
    ValueCheck(
        variables=("persen_informasi",),
        statement="Berapa persen posting yang berpilar informasi? (angka persen, 1 desimal)",
        kind="number",
        decimals=1,
        expected="f40160efe7c26b5ede8541213ca0002c2e64935b9d90716d289b19680e36cfb9",
        mistakes={
            "91bac3d82f0c8bce6a6082af577282cd17ec78dfe92edff6a47e2e98f4782e4f":
                "Itu masih pecahan (0 sampai 1). Kalikan 100 agar menjadi persen.",
            "64da11b1c82ca01b34bf7f4477de51a160ed4f96bb00ec097408ba57dbc43642":
                "Itu jumlah posting, bukan persentase. Pakai `value_counts(normalize=True)` "
                "lalu kalikan 100.",
        },
        hints=[
            "`posting[\"pilar\"].value_counts(normalize=True)` memberi porsi setiap pilar "
            "sebagai pecahan (0 sampai 1).",
            "Kalikan 100 agar menjadi persen, lalu ambil baris `[\"informasi\"]`.",
        ],
        solution=(
            'porsi = posting["pilar"].value_counts(normalize=True) * 100\n'
            'persen_informasi = porsi["informasi"]'
        ),
    ),
    MultipleChoice(
        variables=("jawaban_5",),
        statement=(
            "Di kalkulator engagement, posting SINT-POST-00003 (reels) dihitung dengan empat "
            "penyebut. Penyebut mana yang memberi ER paling rendah?"
        ),
        options={"A": "reach", "B": "impressions", "C": "followers", "D": "views"},
        expected="77233995f92e9e1b55436a00ad734b33e1fc40451d2462b49a344e963f79e453",
        hints=[
            "Jumlah interaksinya sama untuk keempat penyebut; yang berubah hanya angka pembaginya.",
            "Pembagi yang paling besar memberi hasil bagi yang paling kecil. Bandingkan keempat "
            "angka di kotak reach, impressions, followers dan views.",
        ],
        solution='jawaban_5 = "D"   # views (6.250) adalah penyebut terbesar untuk posting ini',
    ),
    ValueCheck(
        variables=("er_suka_komentar",),
        statement=(
            "ER berdasarkan reach untuk posting SINT-POST-00003 jika hanya likes dan comments "
            "yang dihitung, dalam persen (2 desimal)."
        ),
        kind="number",
        decimals=2,
        expected="0891cdd1a9bee2d36c0dceb0022bf08cd863aca80ae1ffd09b7ae05a72f31570",
        mistakes={
            "64eb3dc8f9d251c440b0b47ed722a0f118b331f02185a887f27da4f01ff36929":
                "Itu ER dengan keempat jenis interaksi. Soal ini hanya menghitung likes dan comments.",
            "a2dcfbe9d0a134dfa0beefed1e50bb1fd5e76ce8a2c16f2de59108a2a43412df":
                "Nilai Anda 100 kali lebih kecil: kalikan dengan 100 agar menjadi persen.",
        },
        hints=[
            "Di kalkulator, pilih hanya likes dan comments pada kotak interaksi "
            "(tahan Ctrl atau Cmd sambil mengeklik), penyebut reach, lalu tekan Hitung ER.",
            "Tanpa kalkulator: (likes + comments) ÷ reach × 100. Angkanya ada di baris "
            "SINT-POST-00003 pada tabel `posting`.",
        ],
        solution=(
            'baris = posting[posting["id_posting"] == "SINT-POST-00003"].iloc[0]\n'
            'er_suka_komentar = (baris["likes"] + baris["comments"]) / baris["reach"] * 100'
        ),
    ),
])

__all__ = ["soal1", "soal2", "soal3", "soal4", "soal5", "soal6", "____"]
