WRONG_ANSWERS = {
    # kab/kota dikira mengesahkan KIM (padahal SK kepala desa/lurah)
    "jawaban_1": 'jawaban_1 = "A"',
    # menjumlahkan anggota, bukan menghitung KIM
    "jawaban_2": 'kim_per_kabkota = kim.groupby("kabkota")["jumlah_anggota"].sum()',
    # lupa mengalikan 100: pecahan, bukan persen
    "jawaban_3": (
        'wilayah_per_nama = wilayah.set_index("nama")\n'
        'jumlah_desa_kelurahan = wilayah_per_nama["jumlah_desa_kampung"] + wilayah_per_nama["jumlah_kelurahan"]\n'
        'cakupan = (kim["kabkota"].value_counts() / jumlah_desa_kelurahan).round(1)'
    ),
    # tertukar: cakupan tertinggi, bukan terendah
    "jawaban_4": "kabkota_terendah = cakupan.idxmax()",
}
