"""Messages of the caption checker (module 05)."""

MESSAGES: dict[str, str] = {
    # --- kinds of limit (kimkit.captions.limits_table) ------------------------------------
    "captions.kind.keterangan": "panjang keterangan maksimal (karakter)",
    "captions.kind.terlihat": "terlihat sebelum \"lainnya\" (karakter, perkiraan)",
    "captions.kind.tagar": "tagar per posting",
    "captions.kind.premium": "panjang posting akun Premium (karakter)",
    # --- problems with the input -----------------------------------------------------------
    "captions.empty": (
        "Kotak keterangan masih kosong. Tempel (Ctrl+V) keterangan yang ingin diperiksa, lalu tekan "
        "Periksa keterangan lagi."
    ),
    "captions.no_platform": "Centang sedikitnya satu platform tujuan, lalu tekan Periksa keterangan lagi.",
    "captions.unknown_platform": "Platform {names} tidak dikenal pemeriksa ini. Pilihan yang ada: {options}.",
    # --- alt text ---------------------------------------------------------------------------
    "captions.alt.missing": (
        "Unggahan ini memuat gambar, tetapi teks alternatifnya (alt text) belum diisi. Tulis satu-dua "
        "kalimat yang menggambarkan isi gambar bagi warga yang memakai pembaca layar."
    ),
    "captions.alt.too_short": (
        "Teks alternatif terlalu singkat untuk menggambarkan gambar. Sebutkan siapa atau apa yang tampak, "
        "sedang apa, dan di mana (tidak perlu diawali \"foto\")."
    ),
    "captions.alt.ok": "Teks alternatif: sudah diisi, atau unggahan tanpa gambar.",
    # --- the result text (kimkit.captions.report_text) -------------------------------------
    "captions.report.head": (
        "Hasil pemeriksaan keterangan (kimkit; batas platform per {date}, periksa lagi di aplikasi): "
        "{n} karakter, {tags} tagar."
    ),
    "captions.report.fits": "{platform}: muat, {n} dari {limit} karakter (batas berlaku: {dated}).",
    "captions.report.too_long": (
        "{platform}: TERLALU PANJANG, {n} dari {limit} karakter, lebih {over} karakter (batas berlaku: {dated})."
    ),
    "captions.report.tags_ok": "Tagar {n} dari paling banyak {limit} (batas berlaku: {dated}).",
    "captions.report.tags_over": "Tagar TERLALU BANYAK: {n}, paling banyak {limit} (batas berlaku: {dated}).",
    "captions.report.duplicates": "Tagar yang ditulis lebih dari sekali: {tags}.",
    "captions.report.elements": (
        "Petunjuk 5W+1H (pemeriksaan kata kunci, bukan penilaian): tampak ada {present}; belum tampak {missing}."
    ),
    "captions.report.note": (
        "Catatan: panjang dihitung per karakter Unicode; cara tiap platform menghitung emoji dan tautan "
        "belum terverifikasi."
    ),
    # --- the widget (kimkit.widgets.PemeriksaKeterangan) ------------------------------------
    "captions.title": "Pemeriksa keterangan (caption) media sosial",
    "captions.field.caption": "Keterangan yang akan diunggah (tempel di sini)",
    "captions.placeholder.caption": "contoh: Ayo donor darah! Sabtu (14/2) pukul 08.00 WITA di Gedung Serbaguna …",
    "captions.field.platforms": "Platform tujuan",
    "captions.field.has_image": "Unggahan memuat gambar",
    "captions.field.alt": "Teks alternatif gambar (alt text)",
    "captions.placeholder.alt": "contoh: Relawan membantu pendonor yang berbaring di ranjang lipat",
    "captions.check": "Periksa keterangan",
    "captions.save": "Simpan hasil (.txt)",
    "captions.field.result": "Hasil untuk ditempel (salin dari kotak ini)",
    "captions.section.platforms": "Per platform",
    "captions.section.elements": "Unsur 5W+1H (petunjuk kata kunci)",
    "captions.col.platform": "Platform",
    "captions.col.length": "Panjang / batas (berlaku)",
    "captions.col.tags": "Tagar / batas (berlaku)",
    "captions.col.visible": "Terlihat sebelum \"lainnya\" (perkiraan)",
    "captions.col.status": "Hasil",
    "captions.status.ok": "muat",
    "captions.status.too_long": "terlalu panjang ({over} karakter lebih)",
    "captions.status.too_many_tags": "tagar terlalu banyak",
    "captions.no_tag_limit": "{n} (sumber kit tidak memuat batas)",
    "captions.all_visible": "(seluruhnya terlihat)",
    "captions.element.found": "tampak ada",
    "captions.element.missing": "belum tampak: periksa apakah memang perlu",
    "captions.ready": (
        "Tempel keterangan, centang platform tujuan, isi teks alternatif bila ada gambar, lalu tekan "
        "Periksa keterangan. Batas platform di sini per {date}; periksa lagi di aplikasi karena batas bisa berubah."
    ),
    "captions.checked_ok": "Keterangan ({n} karakter, {tags} tagar) muat di semua platform yang dipilih.",
    "captions.checked_problems": "Keterangan ({n} karakter, {tags} tagar) perlu diperbaiki: {problems}.",
    "captions.problem.too_long": "terlalu panjang untuk {platforms}",
    "captions.problem.tags": "tagar terlalu banyak untuk {platforms}",
    "captions.problem.alt": "teks alternatif gambar",
    "captions.save_first": "Periksa keterangan dulu, lalu tekan Simpan hasil lagi.",
    "captions.saved": "Hasil pemeriksaan disimpan di {path}",
    "captions.save_failed": "Berkas {path} tidak dapat ditulis ({detail}). Salin hasilnya dari kotak di atas.",
}
