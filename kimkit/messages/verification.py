"""Messages of the hoax verification checklist (module 08)."""

MESSAGES: dict[str, str] = {
    # --- the SIFT steps and their questions (kimkit.verification.STEPS) ---------------------------
    "verification.step.S": "S — Berhenti (Stop)",
    "verification.step.S.guide": (
        "Jangan langsung membagikan atau menanggapi. Perhatikan dulu perasaan Anda dan cara pesan itu "
        "ditulis."
    ),
    "verification.step.I": "I — Selidiki sumbernya",
    "verification.step.I.guide": (
        "Siapa pembuat atau pengirim pertamanya? Luangkan sekitar satu menit untuk mencari tahu siapa "
        "di balik pesan dan akun itu."
    ),
    "verification.step.F": "F — Cari liputan yang lebih tepercaya",
    "verification.step.F.guide": (
        "Buka tab baru (membaca lateral): apakah media tepercaya, laman resmi, atau situs cek fakta "
        "memuat hal yang sama?"
    ),
    "verification.step.T": "T — Telusuri ke asalnya",
    "verification.step.T.guide": (
        "Cari foto, video, kutipan atau dokumen aslinya: kapan, di mana, dan dalam konteks apa "
        "pertama kali muncul?"
    ),
    "verification.q.bahasa_emosional": "Apakah pesan memakai bahasa yang memancing emosi atau mendesak?",
    "verification.q.minta_disebarkan": "Apakah pesan meminta segera disebarkan (\"sebarkan!\", \"viralkan\")?",
    "verification.q.sumber_jelas": "Apakah pembuat atau sumber pertama pesan diketahui?",
    "verification.q.akun_resmi": (
        "Jika pesan mengatasnamakan pejabat atau instansi: apakah dikirim dari akun atau nomor resmi "
        "yang terverifikasi?"
    ),
    "verification.q.liputan_lain": "Apakah media tepercaya atau kanal resmi memuat informasi yang sama?",
    "verification.q.dibantah_cek_fakta": (
        "Apakah situs cek fakta atau instansi berwenang sudah membantahnya?"
    ),
    "verification.q.tanggal_konteks_jelas": "Apakah tanggal, tempat dan konteks pesan jelas?",
    "verification.q.cocok_dengan_asal": (
        "Setelah ditelusuri ke asalnya, apakah isi aslinya cocok dengan klaim pesan?"
    ),
    "verification.short.sumber_jelas": "sumbernya diketahui",
    "verification.short.liputan_lain": "ada liputan tepercaya yang sama",
    "verification.short.cocok_dengan_asal": "isi aslinya cocok",
    # --- verdict and reasons ------------------------------------------------------------------------
    "verification.verdict.hoaks": "Kemungkinan besar hoaks",
    "verification.verdict.perlu_dicek": "Perlu dicek lebih lanjut",
    "verification.verdict.bukan_hoaks": "Kemungkinan bukan hoaks",
    "verification.summary": "Saran: {label}. Tanda waspada: {n} dari {total}.",
    "verification.summary.priority": "Banyak tanda waspada: prioritaskan pemeriksaannya dan jangan sebarkan dulu.",
    "verification.advice_not_truth": (
        "Ini saran dari jawaban Anda (aturan skor ilustratif kit), bukan kebenaran: keputusan akhir "
        "ada pada instansi yang berwenang."
    ),
    "verification.reason.bahasa_emosional": "Tanda waspada: bahasanya memancing emosi atau mendesak.",
    "verification.reason.minta_disebarkan": "Tanda waspada: pesan meminta segera disebarkan.",
    "verification.reason.sumber_jelas": "Tanda waspada: sumber atau pembuat pertamanya tidak diketahui.",
    "verification.reason.liputan_lain": "Tanda waspada: tidak ada media tepercaya atau kanal resmi yang memuatnya.",
    "verification.reason.tanggal_konteks_jelas": "Tanda waspada: tanggal, tempat atau konteksnya tidak jelas.",
    "verification.reason.akun_resmi": (
        "Bukti: pesan mengatasnamakan pejabat atau instansi, tetapi tidak dikirim dari akun resmi yang "
        "terverifikasi (akun palsu atau tiruan)."
    ),
    "verification.reason.dibantah_cek_fakta": "Bukti: situs cek fakta atau instansi berwenang sudah membantahnya.",
    "verification.reason.cocok_dengan_asal": (
        "Bukti: isi aslinya tidak cocok dengan klaim pesan (konteks, waktu atau isinya diubah)."
    ),
    "verification.reason.confirmed": (
        "Sumbernya diketahui, liputan tepercaya memuat hal yang sama, dan isi aslinya cocok."
    ),
    "verification.reason.not_confirmed": "Belum terbukti benar atau salah. Yang belum dipastikan: {items}.",
    "verification.finding.akun_resmi": "Pesan itu tidak berasal dari akun atau nomor resmi instansi.",
    "verification.finding.dibantah_cek_fakta": "Informasi itu sudah dibantah oleh pemeriksa fakta atau instansi berwenang.",
    "verification.finding.cocok_dengan_asal": "Isi aslinya berbeda dengan yang diklaim dalam pesan.",
    # --- problems ----------------------------------------------------------------------------------
    "verification.bad_answers": (
        "Jawaban daftar periksa harus berupa kamus (dict) pertanyaan → jawaban, bukan {type}. "
        "Contoh: {{\"sumber_jelas\": \"tidak\", \"liputan_lain\": \"belum tahu\"}}."
    ),
    "verification.bad_value": (
        "Jawaban \"{value}\" untuk pertanyaan \"{question}\" tidak dikenal. Pilihan yang ada: {options}."
    ),
    "verification.message_missing": "Tempel atau pilih dulu isi pesan yang akan diperiksa.",
    "verification.assess_first": "Nilai dulu pesannya (tombol Nilai pesan), baru susun klarifikasinya.",
    # --- the clarification post -------------------------------------------------------------------
    "verification.draft.default_instansi": "Diskominfo Kabupaten/Kota Contoh",
    "verification.draft.default_kanal": "akun media sosial dan laman resmi pemerintah daerah",
    "verification.draft.fakta_missing": (
        "(isi dengan keterangan resmi dari instansi berwenang; satu narasi yang sama untuk semua kanal)"
    ),
    "verification.draft.hoaks": (
        "[KLARIFIKASI] Beredar pesan yang menyebutkan: \"{pesan}\"\n\n"
        "Setelah kami periksa, informasi tersebut TIDAK BENAR.\n\n"
        "Faktanya: {fakta}"
    ),
    "verification.draft.findings": "Hasil pemeriksaan kami:",
    "verification.draft.hoaks.closing": (
        "Informasi resmi hanya disampaikan melalui {kanal}. Mohon tidak meneruskan pesan tersebut. "
        "Bila menerima pesan serupa, laporkan kepada kami melalui kanal resmi itu.\n\n"
        "{instansi}, {tanggal}"
    ),
    "verification.draft.perlu_dicek": (
        "[INFORMASI] Kami menerima laporan tentang pesan yang menyebutkan: \"{pesan}\"\n\n"
        "Kebenaran informasi tersebut sedang kami periksa bersama instansi terkait. Sampai ada "
        "keterangan resmi, mohon tidak meneruskan pesan itu."
    ),
    "verification.draft.perlu_dicek.closing": (
        "Keterangan resmi akan kami sampaikan melalui {kanal}.\n\n{instansi}, {tanggal}"
    ),
    "verification.draft.bukan_hoaks": (
        "[INFORMASI] Pesan yang menyebutkan \"{pesan}\" sesuai dengan informasi resmi.\n\n"
        "Keterangan resmi: {fakta}"
    ),
    "verification.draft.bukan_hoaks.closing": (
        "Rujuk selalu sumber aslinya di {kanal}.\n\n{instansi}, {tanggal}"
    ),
    # --- export -----------------------------------------------------------------------------------
    "verification.col.langkah": "Langkah",
    "verification.col.pertanyaan": "Pertanyaan",
    "verification.col.jawaban": "Jawaban",
    "verification.col.catatan": "Catatan",
    "verification.col.pesan": "Pesan",
    "verification.col.saran": "Saran",
    "verification.export.title": "Hasil pemeriksaan pesan dengan SIFT ({tanggal})",
    "verification.export.message": "Pesan yang diperiksa:",
    "verification.export.draft": "Draf klarifikasi:",
    # --- the widget (kimkit.widgets.PeriksaHoaks) --------------------------------------------------------
    "verification.title": "Periksa hoaks: daftar periksa SIFT",
    "verification.section.message": "1. Pesan yang diperiksa",
    "verification.section.steps": "2. Empat langkah SIFT",
    "verification.section.result": "3. Saran dan draf klarifikasi",
    "verification.field.pick": "Pilih contoh pesan (data sintetis) atau tempel pesan Anda sendiri",
    "verification.field.own": "— Tempel pesan saya sendiri —",
    "verification.field.text": "Isi pesan",
    "verification.placeholder.text": "Tempel di sini isi pesan WhatsApp, unggahan, atau uraian tangkapan layar",
    "verification.field.notes": "Catatan langkah ini (temuan, tautan, waktu pemeriksaan)",
    "verification.field.instansi": "Nama instansi Anda",
    "verification.field.kanal": "Kanal resmi untuk informasi",
    "verification.field.fakta": "Keterangan resmi (fakta) dari instansi berwenang",
    "verification.field.draft": "Draf klarifikasi (sunting sebelum dipakai, lalu salin)",
    "verification.placeholder.instansi": "mis. Diskominfo Kabupaten Contoh",
    "verification.placeholder.kanal": "mis. Instagram dan laman resmi Pemkab",
    "verification.placeholder.fakta": "Tulis fakta menurut instansi berwenang (narasi tunggal)",
    "verification.assess": "Nilai pesan",
    "verification.export_txt": "Ekspor teks (.txt)",
    "verification.export_csv": "Ekspor tabel (.csv)",
    "verification.ready": (
        "{n} contoh pesan (data sintetis) siap diperiksa. Pilih atau tempel pesan, jawab pertanyaan "
        "setiap langkah, lalu tekan Nilai pesan."
    ),
    "verification.picked": "Pesan {id} dipilih. Semua jawaban dikembalikan ke \"belum tahu\".",
    "verification.assessed": "{summary} Draf klarifikasi ada di kotak di atas; suntinglah sebelum dipakai.",
    "verification.exported": (
        "Hasil pemeriksaan disimpan di {path} . Berkas itu ada di folder yang sama dengan notebook ini; "
        "unduh lewat panel berkas JupyterLab (klik kanan → Download)."
    ),
    "verification.export_failed": (
        "Berkas {path} tidak bisa ditulis ({detail}). Tutup berkas itu bila sedang terbuka, lalu coba lagi."
    ),
    "verification.not_a_table": (
        "PeriksaHoaks memerlukan tabel pesan (DataFrame) dengan kolom isi_pesan, bukan {type}. "
        "Contoh: PeriksaHoaks(kimkit.data.pesan_hoaks())."
    ),
    "verification.no_text_column": (
        "Tabel pesan belum punya kolom isi_pesan. Ganti nama kolom isi pesannya dengan "
        ".rename(columns={{\"nama lama\": \"isi_pesan\"}}), lalu coba lagi."
    ),
}
