"""The course in order: the twelve modules, their notebooks, exercises, tracks and times,
the two-day workshop plan and the self-study route.

One source for the participants' course map (``course/peta_kursus.md``), the trainers'
workshop plan (``panduan_pelatih/``, both written by ``tools/make_course_map.py``) and the
self-study dashboard (``kimkit.kemajuan()``).

Times: ``minutes_course`` is the time the teaching notebook states in its first cell
("**Waktu:** sekitar N menit"), ``minutes_exercise`` the exercise's own ``minutes``
(``authoring/latihanNN.py``, shown in the exercise's first cell); a test compares both.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Module:
    """One module: a teaching notebook and (except for the project) a graded exercise."""

    number: str          # "00" … "11"
    title: str           # as the notebook's first heading, without "Modul NN — "
    notebook: str        # path relative to the repository root
    exercise: str        # "latihanNN"
    track: str           # "umum", "A" (pembinaan KIM), "B" (konten media)
    minutes_course: int  # teaching notebook, as the notebook states it
    minutes_exercise: int

    @property
    def questions(self) -> str:
        """The name of the notebook's self-check set (``kimkit.mulai(globals(), "modulNN")``)."""
        return f"modul{self.number}"

    @property
    def minutes(self) -> int:
        """Notebook and exercise together."""
        return self.minutes_course + self.minutes_exercise


MODULES: tuple[Module, ...] = (
    Module("00", "Mulai", "course/00_mulai.ipynb", "latihan00", "umum", 40, 20),
    Module("01", "Mengenal KIM", "course/01_mengenal_kim.ipynb", "latihan01", "A", 55, 25),
    Module("02", "Membentuk & membina KIM", "course/02_membentuk_membina_kim.ipynb", "latihan02", "A", 55, 30),
    Module("03", "KIM sebagai jembatan aspirasi", "course/03_kim_jembatan_aspirasi.ipynb", "latihan03", "A", 55, 30),
    Module("04", "Strategi konten dan audiens", "course/04_strategi_konten.ipynb", "latihan04", "B", 55, 30),
    Module("05", "Menulis untuk media digital", "course/05_menulis_media_digital.ipynb", "latihan05", "B", 55, 25),
    Module("06", "Video pendek & podcast", "course/06_video_podcast.ipynb", "latihan06", "B", 55, 25),
    Module("07", "Analitik media sosial", "course/07_analitik_media_sosial.ipynb", "latihan07", "B", 60, 30),
    Module("08", "Hoaks dan verifikasi", "course/08_hoaks_verifikasi.ipynb", "latihan08", "umum", 55, 25),
    Module("09", "Tata kelola, etika & hukum", "course/09_tata_kelola_etika_hukum.ipynb", "latihan09", "umum", 60, 30),
    Module("10", "Kolaborasi antardaerah", "course/10_kolaborasi_antardaerah.ipynb", "latihan10", "umum", 50, 25),
    Module("11", "Proyek akhir: kampanye satu bulan (media + KIM)", "course/11_proyek_akhir.ipynb", "latihan11",
           "umum", 55, 30),
)

TRACKS: dict[str, str] = {
    "umum": "Umum (semua peserta)",
    "A": "Tema A — Pembinaan KIM",
    "B": "Tema B — Pengelolaan konten media",
}


def module(number: str) -> Module:
    """The module with this number ("07")."""
    for item in MODULES:
        if item.number == number:
            return item
    raise KeyError(number)


def track_modules(track: str) -> tuple[Module, ...]:
    """What a participant of track "A" or "B" meets: the common modules and the track's own."""
    return tuple(m for m in MODULES if m.track in ("umum", track))


# --- the two-day workshop --------------------------------------------------------------------

DAY_START = "08.00"
DAY_END = "16.00"
TIMEZONE = "WITA"
DAYS = (1, 2)


@dataclass(frozen=True)
class Part:
    """A piece of a session. ``kind``: "materi" (the teaching notebook), "latihan" (the graded
    exercise), "diskusi" (the trainer guide's questions), "klinik"/"simulasi" (practice with
    the participants' own data or a role play), "pembukaan", "penutupan"."""

    kind: str
    minutes: int
    module: str | None = None   # "07"; None for parts that belong to no single module
    label: str = ""             # shown instead of the generated wording, for parts without a module


@dataclass(frozen=True)
class Session:
    """One time slot. ``track``: "semua" (plenary), "A" or "B" (parallel rooms), "rehat" (break)."""

    day: int
    start: str      # "08.15"
    end: str
    track: str
    title: str
    parts: tuple[Part, ...] = ()


KLINIK_A = ("Klinik data KIM daerah Anda: daftar KIM sendiri di ImporData (Modul 01 bagian 5), "
            "menilai satu KIM dengan Penilaian KIM (Modul 02) dan mencatat aspirasi nyata (Modul 03); "
            "hasilnya berkas Excel untuk pimpinan")
SIMULASI_A = ("Simulasi pertemuan pendampingan KIM (Modul 02 bagian 5): bermain peran pengurus KIM "
              "vakum dan pendamping Diskominfo, memakai agenda contoh")

WORKSHOP: tuple[Session, ...] = (
    # Hari 1
    Session(1, "08.00", "08.15", "semua", "Pembukaan",
            (Part("pembukaan", 15, label="Pembukaan: tujuan, dua tema dan dua ruang, ID peserta"),)),
    Session(1, "08.15", "09.15", "semua", "Modul 00",
            (Part("materi", 40, "00"), Part("latihan", 20, "00"))),
    Session(1, "09.15", "10.10", "A", "Modul 01", (Part("materi", 55, "01"),)),
    Session(1, "09.15", "10.10", "B", "Modul 04", (Part("materi", 55, "04"),)),
    Session(1, "10.10", "10.25", "rehat", "Rehat kopi"),
    Session(1, "10.25", "11.50", "A", "Modul 01–02",
            (Part("latihan", 25, "01"), Part("diskusi", 5, "01"), Part("materi", 55, "02"))),
    Session(1, "10.25", "11.50", "B", "Modul 04–05",
            (Part("latihan", 30, "04"), Part("materi", 55, "05"))),
    Session(1, "11.50", "12.50", "rehat", "Ishoma (istirahat, salat, makan)"),
    Session(1, "12.50", "14.35", "A", "Modul 02–03",
            (Part("latihan", 30, "02"), Part("diskusi", 10, "02"), Part("materi", 55, "03"),
             Part("diskusi", 10, "03"))),
    Session(1, "12.50", "14.35", "B", "Modul 05–06",
            (Part("latihan", 25, "05"), Part("materi", 55, "06"), Part("latihan", 25, "06"))),
    Session(1, "14.35", "14.50", "rehat", "Rehat kopi"),
    Session(1, "14.50", "16.00", "A", "Modul 03 dan klinik data",
            (Part("latihan", 30, "03"), Part("klinik", 40, label=KLINIK_A))),
    Session(1, "14.50", "16.00", "B", "Modul 07",
            (Part("materi", 60, "07"), Part("diskusi", 10, "07"))),
    # Hari 2
    Session(2, "08.00", "08.30", "A", "Simulasi pendampingan", (Part("simulasi", 30, "02", SIMULASI_A),)),
    Session(2, "08.00", "08.30", "B", "Latihan 07", (Part("latihan", 30, "07"),)),
    Session(2, "08.30", "09.50", "semua", "Modul 08",
            (Part("materi", 55, "08"), Part("latihan", 25, "08"))),
    Session(2, "09.50", "10.05", "rehat", "Rehat kopi"),
    Session(2, "10.05", "11.35", "semua", "Modul 09",
            (Part("materi", 60, "09"), Part("latihan", 30, "09"))),
    Session(2, "11.35", "12.30", "semua", "Modul 10", (Part("materi", 50, "10"), Part("diskusi", 5, "10"))),
    Session(2, "12.30", "13.30", "rehat", "Ishoma (istirahat, salat, makan)"),
    Session(2, "13.30", "13.55", "semua", "Latihan 10", (Part("latihan", 25, "10"),)),
    Session(2, "13.55", "15.25", "semua", "Modul 11",
            (Part("materi", 55, "11"), Part("diskusi", 5, "11"), Part("latihan", 30, "11"))),
    Session(2, "15.25", "15.40", "rehat", "Rehat kopi"),
    Session(2, "15.40", "16.00", "semua", "Penutupan",
            (Part("penutupan", 20, label="Penutupan: rencana tindak lanjut, cara belajar mandiri, "
                                         "tenggat proyek akhir, evaluasi acara"),)),
)


def clock(text: str) -> int:
    """Minutes after midnight of "08.15"."""
    hours, minutes = text.split(".")
    return int(hours) * 60 + int(minutes)


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}.{minutes % 60:02d}"


def day_length() -> int:
    return clock(DAY_END) - clock(DAY_START)


def participant_day(track: str, day: int) -> list[Session]:
    """The sessions a participant of track "A" or "B" sits in on ``day``, in time order."""
    return sorted((s for s in WORKSHOP if s.day == day and s.track in ("semua", "rehat", track)),
                  key=lambda s: clock(s.start))


def workshop_minutes(track: str, number: str, kind: str) -> int:
    """Workshop minutes a participant of ``track`` spends on one module's ``kind`` of part."""
    return sum(p.minutes for day in DAYS for s in participant_day(track, day) for p in s.parts
               if p.module == number and p.kind == kind)


def workshop_modules(track: str) -> tuple[str, ...]:
    """Numbers of the modules whose notebook a participant of ``track`` works through in the workshop."""
    return tuple(m.number for m in MODULES if workshop_minutes(track, m.number, "materi"))


def timed_parts(session: Session) -> list[tuple[str, str, Part]]:
    """A session's parts with their own start and end times."""
    result, now = [], clock(session.start)
    for part in session.parts:
        result.append((hhmm(now), hhmm(now + part.minutes), part))
        now += part.minutes
    return result


# --- self-study ------------------------------------------------------------------------------

WEEKLY_MINUTES = 180  # three evenings of about an hour after work


def self_study_weeks(numbers: tuple[str, ...] | None = None,
                     weekly: int = WEEKLY_MINUTES) -> list[tuple[Module, ...]]:
    """Modules (all, or ``numbers``) in course order, grouped into weeks of at most ``weekly``
    minutes of notebook and exercise (a module is never split; a longer one gets its own week)."""
    chosen = [m for m in MODULES if numbers is None or m.number in numbers]
    weeks: list[list[Module]] = []
    for item in chosen:
        if weeks and sum(m.minutes for m in weeks[-1]) + item.minutes <= weekly:
            weeks[-1].append(item)
        else:
            weeks.append([item])
    return [tuple(week) for week in weeks]
