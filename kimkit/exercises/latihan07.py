"""Self-checks of latihan07 (Analitik media sosial) on the synthetic posting_medsos table.

ER here is always ER by reach: (likes + comments + shares + saves) / reach * 100, in percent.
"""

from kimkit.checks import MultipleChoice, ValueCheck, ____, questions

soal1, soal2, soal3, soal4, soal5 = questions("latihan07", graded=True, problems=[
    ValueCheck(
        variables=("posting_er",),
        statement=(
            "Buat salinan tabel posting bernama posting_er dengan kolom baru er_reach: "
            "(likes + comments + shares + saves) ÷ reach × 100, dalam persen."
        ),
        kind="table",
        columns=("er_reach",),
        decimals=2,
        ordered=False,
        expected="d79233a539ccf1c42bc6bbadd3c14aafbdb56dc298c91af482ac469bc1e5b4e2",
        mistakes={
            "293e675261728a46ed0890535ab6383c7ccc9630e733d1927080adcd8231b229":
                "Nilai Anda 100 kali lebih kecil: ER dinyatakan dalam persen, jadi hasil bagi "
                "interaksi ÷ reach masih perlu dikalikan 100.",
            "2fc5cf3983a9a664bb23055f1ed9161b6ee147336f69c620db15418ac06ebd32":
                "Anda membagi dengan impressions (tayangan). Soal ini meminta ER berdasarkan "
                "reach (jangkauan): penyebutnya kolom `reach`.",
            "c2f670019caabf64ee7c7efdbecfd7470b7fb3f0dc8bc41c628e38455fdb917f":
                "Anda membagi dengan followers (pengikut). Soal ini meminta ER berdasarkan "
                "reach (jangkauan): penyebutnya kolom `reach`.",
            "8cb0243353d7fe9ab0585f8f140cf039e59a195aa7039e8d5a8b0a984d7fc39b":
                "Kolom `saves` belum ikut dijumlahkan. Interaksi di soal ini = likes + "
                "comments + shares + saves.",
            "82ba52d2780d893e8104f49eb5890f81b6425b711e448c64e75c391ef5d9b13c":
                "Anda baru menghitung likes + comments. Interaksi di soal ini = likes + "
                "comments + shares + saves.",
        },
        hints=[
            "Mulailah dengan `posting_er = posting.copy()`, lalu isi kolom baru dengan "
            "`posting_er[\"er_reach\"] = ...` (satu baris).",
            "Jumlahkan keempat kolom interaksi di dalam tanda kurung, bagi dengan kolom reach, "
            "lalu kalikan 100. Polanya untuk dua kolom: `(tabel[\"a\"] + tabel[\"b\"]) / "
            "tabel[\"c\"] * 100`.",
            "Jangan bulatkan kolom ini; pembulatan cukup saat menampilkan hasil.",
        ],
        sealed_solution=(
            "iIwFp5M/3uMcbIo3vkS2pGzCg5sE8lN22g29I+WQPORapopNYNBnQQuy/reV/SGqiWfBxHgoo36M0T7Zi1hlWsfj"
            "92kfsO4oaNcRTzm5psYK+zFcDHfAQq1GN8Imt2g1/K3Lgg=="
        ),
    ),
    ValueCheck(
        variables=("er_platform",),
        statement="Hitung rata-rata ER (kolom er_reach) per platform sebagai Series, dibulatkan 2 desimal.",
        kind="series",
        decimals=2,
        ordered=False,
        expected="daccfb5bb1c7e3bf1f48769b3c7a7a465af3b7673831457c4813b22e1fc92131",
        mistakes={
            "a62c83ca48f411a56d3c2057d6c4f9faa390442a87ddbd20689cd351b35cec93":
                "Anda menghitung total interaksi ÷ total reach per platform. Itu ukuran lain "
                "(ER gabungan). Soal ini meminta rata-rata kolom `er_reach`, yaitu rata-rata "
                "ER per posting: `.mean()` pada kolom itu.",
            "a991504d5f01e0fd4de8c45a744f90bebfa9488f24acd6bb4fd8eb633c09f3e9":
                "Itu median (nilai tengah), bukan rata-rata. Pakai `.mean()`.",
            "54f632355f5fb4c8115156aecd9904313ba1e1a862a7d141b6020abe01b14d9f":
                "Nilai Anda 100 kali lebih kecil. Periksa kolom `er_reach` di Soal 1: "
                "ER dalam persen harus dikalikan 100.",
            "56cc5ab1bf87a4752ddd3ab093e8051453b85922291fb9451c70eee133cdcb70":
                "Angka ini memakai impressions sebagai penyebut. Periksa kolom `er_reach` "
                "di Soal 1: penyebutnya harus `reach`.",
        },
        hints=[
            "Kelompokkan menurut platform: `posting_er.groupby(\"platform\")`.",
            "Ambil kolom `[\"er_reach\"]`, hitung `.mean()`, lalu `.round(2)`.",
        ],
        sealed_solution=(
            "aq0BEZdU2P+7AHVpxFDBmxGw3ZjVM+oA8DrVyDmBTmUtxZGhtCos1xHRw/bTgrqd6+hiTUz+vfBfoQnB9BJ3MJfb"
            "zkZ9oWfE/A=="
        ),
    ),
    ValueCheck(
        variables=("top5",),
        statement="Buat list berisi id_posting dari lima posting dengan er_reach tertinggi.",
        kind="list",
        ordered=False,
        expected="114753c578728122edc1c78359824d58c6b274e329ec0f5f2a7ea63d03a9d7e0",
        mistakes={
            "0157f6408b8fbefced06c0143c27e5987470369659c5e2d8491ff25e849a418f":
                "Itu lima posting dengan likes atau interaksi terbanyak (angka mentah). "
                "Soal ini meminta ER tertinggi: urutkan menurut kolom `er_reach`.",
            "c977bcf9724fac521656af12ee37c11a1e9af5322d69fb876476caef317f260b":
                "Itu lima posting dengan ER terendah. Tambahkan `ascending=False` agar "
                "urutannya dari yang terbesar.",
            "5cd7c9db1d695c7a574d20b843f661ea59864edd1638605d0cee22e3afa30b6b":
                "Urutan ini memakai ER berdasarkan impressions. Pakai kolom `er_reach` "
                "(penyebut reach).",
        },
        hints=[
            "Urutkan tabel dari ER terbesar: `posting_er.sort_values(\"er_reach\", ascending=False)`.",
            "Ambil lima baris teratas dengan `.head(5)`, lalu kolom `[\"id_posting\"]`, "
            "dan ubah menjadi list dengan `.tolist()`.",
        ],
        sealed_solution=(
            "fOWFMeECoBww07hpAvlfXOr0nWq4hq7c0TmWMDUI91YQoBQyLpvw1a+7I+/2gVENW5zeC6hXB/wY5eXkly199Rc0"
            "ZybeQeEllysA/Y3rX834n23sdBQ1CA=="
        ),
    ),
    ValueCheck(
        variables=("jam_terbaik",),
        statement="Tentukan jam unggah (0–23) yang rata-rata er_reach-nya paling tinggi.",
        kind="number",
        decimals=0,
        expected="7bfb63b58d5ecdf6b14a9a39367256b8320a7c22fe7b965e23ed1cbb66172436",
        mistakes={
            "7118a3d125f7dd2e539505ebc1be9711784fc946a09d93af9847d51c98961a87":
                "Itu jam unggah satu posting dengan ER tertinggi. Soal ini meminta jam yang "
                "rata-rata ER semua posting-nya paling tinggi: kelompokkan menurut jam dulu.",
            "72c3b93e7b9ab0ebcfa7fcf22e1bdfef6ef8aa6328144cb55ca85d4745971725":
                "Itu jam dengan rata-rata ER terendah. Pakai `.idxmax()`, bukan `.idxmin()`.",
        },
        hints=[
            "Jam unggah bisa diambil dengan `posting_er[\"waktu_unggah\"].dt.hour`.",
            "`groupby` juga menerima sebuah Series sebagai pengelompok: "
            "`tabel.groupby(series_jam)[\"er_reach\"].mean()` memberi rata-rata ER per jam.",
            "Dari hasil di atas, `.idxmax()` memberi label (jam) dengan nilai rata-rata tertinggi.",
        ],
        sealed_solution=(
            "lLH/1MKSe3svix+kKHqfkp6u9RUpgUd1wE+gTFdH6nPn0FALYeAl5OIusUcYjsitLrGilaDelhqqImFWPbvOw0j/"
            "jefc/O3CggM+56gu24EbLo5GLYaS1PL5UHUMm25EvpwcGdTHBFlezR8="
        ),
    ),
    MultipleChoice(
        variables=("jawaban_5",),
        statement=(
            "Laporan dua kab/kota sama-sama menulis \"ER 4,2%\". Kapan kedua angka itu boleh "
            "dibandingkan langsung?"
        ),
        options={
            "A": "Kapan pun, karena ER selalu dihitung dengan rumus yang sama.",
            "B": "Hanya jika keduanya memakai penyebut yang sama dan menghitung jenis interaksi yang sama.",
            "C": "Hanya jika jumlah pengikut kedua akun sama.",
            "D": "Hanya jika keduanya di atas patokan ER 3,5% yang beredar di internet.",
        },
        expected="da7a31de26eea0f505c6f5f5d1e48dc02448429b278b57e68080571d8af03682",
        hints=[
            "Ingat Soal 1: ER di latihan ini memakai reach sebagai penyebut. Apakah itu satu-satunya rumus ER?",
            "Sumber-sumber berbeda soal penyebut (reach, impressions, followers, views) dan soal "
            "interaksi yang dihitung. Tabel patokan ER yang beredar tidak punya sumber jelas.",
        ],
        sealed_solution=(
            "aXgkHxwWvwZnxxzcbG43t2w06SKV7neqUYGqe27lpWq6x9vjWqb2jytRVxSK0R+gTd6zT8Ssi6qeXOHl+NSAqA+j"
            "WPmbdntEUwceZBKGF540mojsNULl"
        ),
    ),
])

__all__ = ["soal1", "soal2", "soal3", "soal4", "soal5", "____"]
