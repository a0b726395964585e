"""Known-wrong answers of latihan07: plausible mistakes of the right type."""
WRONG_ANSWERS = {
    # forgets × 100: a fraction instead of a percentage
    "jawaban_1": (
        'posting_er = posting.copy()\n'
        'posting_er["er_reach"] = (posting_er["likes"] + posting_er["comments"]\n'
        '                          + posting_er["shares"] + posting_er["saves"]) / posting_er["reach"]'
    ),
    # total interactions ÷ total reach per platform instead of the mean of the per-post ER
    "jawaban_2": (
        'interaksi = posting_er["likes"] + posting_er["comments"] + posting_er["shares"] + posting_er["saves"]\n'
        'er_platform = (interaksi.groupby(posting_er["platform"]).sum()\n'
        '               / posting_er.groupby("platform")["reach"].sum() * 100).round(2)'
    ),
    # ranks by likes (raw counts) instead of by ER
    "jawaban_3": 'top5 = posting_er.sort_values("likes", ascending=False).head(5)["id_posting"].tolist()',
    # the hour of the single best post, not the hour with the best mean ER
    "jawaban_4": 'jam_terbaik = posting_er.loc[posting_er["er_reach"].idxmax(), "waktu_unggah"].hour',
    # "ER is ER": ignores that the denominator and the counted interactions differ
    "jawaban_5": 'jawaban_5 = "A"',
}
