"""Messages of the final project (module 11): the campaign plan, its constraint checks and
the planner widget ``RencanaKampanye`` (``kimkit.campaign``, ``kimkit.widgets.campaign_planner``)
and the ``Plan`` answer kind of the exercise engine (``kimkit.checks.answers``)."""

MESSAGES: dict[str, str] = {
    # --- answer kind Plan: form test and reasons (kimkit.checks.answers) --------------------
    "campaign.form_empty": "Tabel `{name}` belum berisi baris rencana. Tambahkan baris kegiatan dulu.",
    "campaign.plan_failed": "Rencana belum memenuhi syarat yang diperiksa soal ini:",
    "campaign.reason.kosong": "Rencana belum berisi baris apa pun.",
    "campaign.reason.tanggal": "Kolom tanggal kosong atau tidak terbaca di baris {rows}. Tulis seperti 2026-03-05 atau 05/03/2026.",
    "campaign.reason.jalur": "Kolom jalur di baris {rows} harus \"{media}\" atau \"{kim}\".",
    "campaign.reason.jam": "Baris media {rows}: jam kosong atau tidak terbaca. Tulis seperti 19:00 (WITA).",
    "campaign.reason.platform": "Baris media {rows}: platform kosong atau tidak dikenal. Pilih salah satu: {options}.",
    "campaign.reason.pilar": "Baris media {rows}: pilar kosong atau tidak dikenal. Pilih salah satu: {options}.",
    "campaign.reason.tema": "Kolom tema (materi) kosong di baris {rows}. Setiap baris perlu tema atau materi.",
    "campaign.reason.kim": "Baris KIM {rows}: nama KIM belum diisi.",
    "campaign.reason.desa": "Baris KIM {rows}: desa/kelurahan belum diisi.",
    "campaign.reason.tanpa_tanggal": "Belum ada tanggal yang terbaca, jadi bulan kampanye belum bisa ditentukan.",
    "campaign.reason.bulan": (
        "Kampanye harus berada dalam satu bulan kalender, tetapi tanggalnya tersebar di {n} bulan. "
        "Bila {month} bulan kampanyenya, baris {rows} berada di luar bulan itu."
    ),
    "campaign.reason.pekan": (
        "Tanggal {start}–{end}: baru {n} baris media, padahal setiap pekan perlu paling sedikit {need}."
    ),
    "campaign.reason.tanpa_pilar": "Belum ada baris media dengan pilar yang dikenal, jadi porsi pilar belum bisa dihitung.",
    "campaign.reason.porsi": "Porsi pilar {pillar} {share}% dari baris media, di luar rentang {low}–{high}%.",
    "campaign.reason.bentrok_media": (
        "Bentrok: baris {rows} terbit di platform yang sama pada tanggal yang sama dan pada jam yang sama."
    ),
    "campaign.reason.bentrok_kim": "Bentrok: baris {rows} memberi KIM yang sama dua tugas pada tanggal yang sama.",
    "campaign.reason.kim_kurang": "Baru {n} KIM yang mendapat baris distribusi; syaratnya paling sedikit {need} KIM.",
    "campaign.reason.desa_kurang": "Baru {n} desa/kelurahan yang dijangkau KIM; syaratnya paling sedikit {need}.",
    "campaign.reason.tidak_dikenal": "Syarat \"{detail}\" tidak dikenal.",
    # --- constraint names (checklist) -------------------------------------------------------
    "campaign.check.isian": "Kolom wajib terisi di setiap baris",
    "campaign.check.bulan": "Satu bulan kalender, setiap blok tanggal ada konten media",
    "campaign.check.pilar": "Porsi pilar konten dalam rentang",
    "campaign.check.bentrok": "Tidak ada jadwal bentrok",
    "campaign.check.kim": "Distribusi lewat KIM menjangkau cukup KIM dan desa",
    # --- logic (kimkit.campaign) ------------------------------------------------------------
    "campaign.not_a_table": "Yang diberikan bukan tabel (DataFrame) melainkan {type}. Berikan tabel rencana kampanye.",
    "campaign.missing_columns": (
        "Tabel rencana belum punya kolom {columns}. Kolom wajib: {required}. Samakan nama kolomnya "
        "dengan .rename(columns={{...}})."
    ),
    "campaign.unknown_kabkota": "Kab/kota \"{value}\" tidak ada di wilayah_kaltim. Pilih salah satu: {options}.",
    "campaign.all_met": "Semua {n} syarat terpenuhi.",
    "campaign.some_failed": "{failed} dari {n} syarat belum terpenuhi.",
    "campaign.row_missing": "{field} belum diisi.",
    "campaign.summary": (
        "RINGKASAN RENCANA KAMPANYE — {title}\n"
        "Wilayah: {kabkota} ({kecamatan} kecamatan, {desa} {desa_label}; {penduduk} jiwa penduduk terdaftar "
        "Dukcapil, Desember 2024)\n"
        "Periode: {period}\n"
        "Konten media: {media} baris ({platforms})\n"
        "Porsi pilar: {pillars}\n"
        "Distribusi lewat KIM: {kim_rows} baris, {kim} KIM, {villages} desa/kelurahan\n"
        "Pemeriksaan syarat: {verdict}"
    ),
    "campaign.summary_period_unknown": "belum jelas (tanggal belum terbaca)",
    # --- widget (kimkit.widgets.campaign_planner) -------------------------------------------
    "campaign.widget.title": "Rencana kampanye satu bulan (media + KIM)",
    "campaign.widget.kabkota": "Kab/kota",
    "campaign.widget.judul": "Judul kampanye",
    "campaign.widget.rows_title": "Baris rencana",
    "campaign.widget.add_title": "Tambah baris",
    "campaign.widget.tanggal": "Tanggal (2026-03-05 atau 05/03/2026)",
    "campaign.widget.jam": "Jam (WITA, mis. 19:00)",
    "campaign.widget.jalur": "Jalur",
    "campaign.widget.platform": "Platform (baris media)",
    "campaign.widget.pilar": "Pilar (baris media)",
    "campaign.widget.tema": "Tema / materi",
    "campaign.widget.kim": "Nama KIM (baris KIM)",
    "campaign.widget.desa": "Desa/kelurahan (baris KIM)",
    "campaign.widget.add": "Tambah baris",
    "campaign.widget.remove_label": "Hapus baris nomor",
    "campaign.widget.remove": "Hapus baris",
    "campaign.widget.checklist": "Daftar periksa syarat",
    "campaign.widget.export": "Ekspor rencana (XLSX + CSV)",
    "campaign.widget.summary": "Buat ringkasan untuk laporan",
    "campaign.widget.file": "Nama berkas (tanpa akhiran)",
    "campaign.widget.no_rows": "Belum ada baris. Isi kotak di bawah lalu tekan \"Tambah baris\", atau muat tabel dengan argumen rencana=…",
    "campaign.widget.added": "Baris {n} ditambahkan.",
    "campaign.widget.removed": "Baris {n} dihapus.",
    "campaign.widget.bad_row_number": "Tidak ada baris nomor {n}. Nomor baris ada di kolom paling kiri tabel.",
    "campaign.widget.exported": "Rencana disimpan: {xlsx} dan {csv} (berkas lama tidak ditimpa).",
    "campaign.widget.export_failed": "Rencana belum bisa disimpan: {error}",
    "campaign.widget.summary_placeholder": "Ringkasan untuk laporan muncul di sini setelah Anda menekan \"Buat ringkasan untuk laporan\".",
    "campaign.widget.summary_ready": "Ringkasan siap. Salin teks di kotak ringkasan ke laporan Anda.",
    "campaign.widget.bad_input": "Baris belum bisa ditambahkan: {reason}",
}

