WRONG_ANSWERS = {
    "jawaban_1": 'jawaban_1 = "A"',
    "jawaban_2": 'kabkota_saya = "Kutai"',
    "jawaban_3": "jumlah_kim = len(kim.columns)",
}
