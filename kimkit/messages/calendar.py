"""Messages of content calendars: the planner (module 04) and the calendar merger (module 10)."""

MESSAGES: dict[str, str] = {
    # --- content calendar, logic (module 04; kimkit.content_calendar) -----------------------
    "calendar.not_a_table": "Yang diberikan bukan tabel (DataFrame) melainkan {type}. Berikan tabel kalender konten.",
    "calendar.missing_columns": (
        "Tabel kalender belum punya kolom {columns}. Kolom wajib: {required}. Samakan nama kolomnya "
        "dengan .rename(columns={{...}}), atau muat berkasnya lewat ImporData."
    ),
    "calendar.bad_date": "Tanggal \"{value}\" tidak terbaca. Tulis seperti 03/11/2025 (hari/bulan/tahun) atau 2025-11-03.",
    "calendar.date_missing": "Tanggal terbit belum diisi. Tulis seperti 03/11/2025.",
    "calendar.time_missing": "Jam terbit belum diisi. Tulis seperti 19:00 (WITA).",
    "calendar.bad_time": "Jam \"{value}\" tidak terbaca. Tulis jam dan menit seperti 19:00 atau 07.30 (WITA).",
    "calendar.bad_dates_in_table": (
        "Kolom {column}: {n} tanggal kosong atau tidak terbaca (baris {rows}). Tulis seperti 03/11/2025 "
        "atau 2025-11-03."
    ),
    "calendar.bad_times_in_table": "Kolom jam: {n} jam kosong atau tidak terbaca (baris {rows}). Tulis seperti 19:00.",
    "calendar.empty_in_table": "Kolom {column} kosong di baris {rows}. Setiap posting perlu kab/kota, platform dan pilar.",
    "calendar.unknown_pillar_in_table": (
        "Pilar \"{value}\" tidak dikenal (baris {rows}). Pilar yang dipakai: {options}."
    ),
    "calendar.duplicate_ids": "ID rencana ini muncul lebih dari sekali: {ids}. Setiap posting perlu ID sendiri.",
    "calendar.field_missing": "{field} belum diisi.",
    "calendar.unknown_value": "{field} \"{value}\" tidak dikenal. Pilih salah satu: {options}.",
    "calendar.unknown_id": "Posting dengan ID {id} tidak ada di kalender.",
    "calendar.unknown_field": "Kolom ini tidak bisa diubah: {fields}.",
    "calendar.target_incomplete": "Target porsi pilar perlu angka untuk ketiga pilar: {pillars}.",
    "calendar.target_negative": "Target porsi pilar tidak boleh negatif.",
    "calendar.target_sum": "Jumlah target porsi pilar harus 100 (persen); sekarang {total}.",
    "calendar.week": "{label}",
    "calendar.check.clashes": "Slot bentrok",
    "calendar.check.pillars": "Kab/kota di luar target pilar {target} (±{tolerance} poin)",
    "calendar.check.review": "Batas tinjau setelah tanggal terbit",
    "calendar.check.captions": "Caption kosong",
    "calendar.col.id_rencana": "ID rencana",
    "calendar.col.kode_kabkota": "Kode kab/kota",
    "calendar.col.kabkota": "Kab/kota",
    "calendar.col.tanggal": "Tanggal terbit",
    "calendar.col.jam": "Jam (WITA)",
    "calendar.col.jam_ke": "Jam ke",
    "calendar.col.platform": "Platform",
    "calendar.col.format": "Format",
    "calendar.col.pilar": "Pilar",
    "calendar.col.tema": "Tema",
    "calendar.col.caption": "Caption",
    "calendar.col.batas_tinjau": "Batas tinjau",
    "calendar.col.status": "Status",
    "calendar.col.jumlah": "Jumlah",
    "calendar.col.persen": "Persen",
    "calendar.col.target": "Target (%)",
    "calendar.col.selisih": "Selisih (poin)",
    "calendar.col.sesuai": "Sesuai target",
    "calendar.col.pemeriksaan": "Pemeriksaan",
    "calendar.col.contoh": "Contoh ID",
    "calendar.col.pekan": "Pekan (Senin–Minggu)",
    "calendar.sheet.calendar": "Kalender",
    "calendar.sheet.checks": "Pemeriksaan",
    "calendar.sheet.clashes": "Bentrok",
    "calendar.sheet.pillars": "Pilar",
    "calendar.sheet.weekly": "Per pekan",
    "calendar.yes": "ya",
    "calendar.no": "tidak",
    # --- content-calendar planner widget (module 04; kimkit.widgets.PerencanaKalender) --------
    "calendar.title": "Perencana kalender konten",
    "calendar.section.post": "1. Tambah, ubah atau hapus posting",
    "calendar.section.target": "2. Target porsi pilar (persen, jumlahnya 100)",
    "calendar.section.export": "3. Simpan untuk tim",
    "calendar.section.checks": "4. Pemeriksaan kalender (diperbarui setiap kali kalender berubah)",
    "calendar.field.record": "Posting yang dipilih (untuk diubah atau dihapus)",
    "calendar.field.scope": "Tampilkan kab/kota",
    "calendar.field.tolerance": "Batas selisih (poin persen)",
    "calendar.placeholder.date": "mis. 17/11/2025",
    "calendar.placeholder.time": "mis. 19:00",
    "calendar.placeholder.theme": "mis. Jadwal posyandu bulan ini",
    "calendar.placeholder.caption": "Draf caption (tanpa data pribadi)",
    "calendar.new_post": "(posting baru)",
    "calendar.all_regions": "semua kab/kota",
    "calendar.add": "Tambahkan posting",
    "calendar.save": "Simpan perubahan",
    "calendar.remove": "Hapus posting",
    "calendar.apply_target": "Pakai target",
    "calendar.export_xlsx": "Ekspor ke Excel (.xlsx)",
    "calendar.export_csv": "Ekspor ke CSV",
    "calendar.ready": (
        "Kalender berisi {n} posting. Tambahkan atau ubah posting di bagian 1; pemeriksaan di bagian 4 "
        "(di bawah) diperbarui setiap kali kalender berubah."
    ),
    "calendar.ready_empty": (
        "Kalender masih kosong. Isi tanggal, jam, kab/kota, platform, pilar dan tema di bagian 1, lalu tekan "
        "Tambahkan posting."
    ),
    "calendar.added": "Posting {id} ditambahkan ({date} pukul {time} WITA, {platform}); kalender kini berisi {n} posting.",
    "calendar.added_clash": (
        "Posting {id} ditambahkan, tetapi bentrok: akun {platform} {kabkota} sudah punya posting pada "
        "{date} pukul {hour}.00–{hour}.59 ({others}). Geser salah satunya ke jam lain."
    ),
    "calendar.saved": "Perubahan posting {id} disimpan.",
    "calendar.removed": "Posting {id} dihapus; kalender kini berisi {n} posting.",
    "calendar.pick_first": "Pilih dulu posting yang akan diubah atau dihapus di kotak \"Posting yang dipilih\".",
    "calendar.target_set": "Target porsi pilar kini {target} (informasi : emosi : promosi).",
    "calendar.checks_empty": "Belum ada posting untuk diperiksa.",
    "calendar.no_clash": "Tidak ada slot bentrok.",
    "calendar.heading.summary": "Ringkasan pemeriksaan",
    "calendar.heading.clashes": "Slot bentrok",
    "calendar.heading.pillars": "Porsi pilar per kab/kota dibanding target",
    "calendar.heading.weekly": "Posting per platform per pekan (Senin–Minggu)",
    "calendar.nothing_to_export": "Kalender masih kosong: tambahkan posting dulu, lalu ekspor.",
    "calendar.exported": (
        "Kalender disimpan: {path} . Berkas itu ada di folder yang sama dengan notebook ini; unduh lewat "
        "panel berkas JupyterLab (klik kanan → Download) dan bagikan kepada tim."
    ),
    "calendar.import.title": "Muat kalender konten Anda (Excel .xlsx atau .csv)",
    "calendar.import.ready": (
        "Mulai dengan memilih berkas kalender konten Anda (.xlsx atau .csv). Tidak punya? Tekan \"Pakai data "
        "contoh kit\" (kalender sintetis)."
    ),
    "calendar.import.path_placeholder": "misalnya kalender_konten.xlsx",
    "calendar.import.summary": "{n} rencana posting dari {regions} kab/kota.",
    "calendar.import.fallback": (
        "Anda belum memuat kalender sendiri (atau belum menekan \"Periksa dan pakai\"), jadi untuk sementara "
        "dipakai kalender contoh kit (data sintetis kalender_konten)."
    ),
    "calendar.import.fallback_rejected": (
        "Kalender Anda belum lolos pemeriksaan (lihat pesan di kotak impor), jadi untuk sementara dipakai "
        "kalender contoh kit (data sintetis kalender_konten)."
    ),
    "calendar.import.not_usable": (
        "Kalender Anda lolos impor, tetapi belum bisa dipakai: {error} Untuk sementara dipakai kalender contoh "
        "kit (data sintetis kalender_konten)."
    ),
    "calendar.export_failed": (
        "Berkas {path} tidak bisa ditulis ({detail}). Tutup berkas itu bila sedang terbuka di Excel, lalu "
        "tekan Ekspor lagi."
    ),
}
