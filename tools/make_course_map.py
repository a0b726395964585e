"""Write the course map and the trainer guide from ``kimkit/course_map.py`` and the notebooks.

    python tools/make_course_map.py            # writes the files below
    python tools/make_course_map.py --check    # exit 1 if a file is missing or out of date

Written (never edit them by hand; a test regenerates and compares):

    course/peta_kursus.md          participants: modules in order, objectives, two-day timetable,
                                   self-study route, progress
    panduan_pelatih/README.md      trainers: the workshop plan, before / two days / after
    panduan_pelatih/modul_NN.md    trainers: one page per module

Sources: ``kimkit.course_map`` (modules, tracks, times, the workshop schedule, the self-study
route); each teaching notebook (title, stated time, *Tujuan pembelajaran*, section headings);
each exercise's ``authoring/latihanNN.py`` (questions, points, minutes); the hand-written texts
in ``authoring/panduan/`` (``peta_kursus.md`` and ``rencana_workshop.md`` are templates with
``{{placeholders}}``; ``modul_NN.md`` hold the trainer notes in four fixed sections).
Deterministic: same sources, same bytes.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kimkit import course_map as cm  # noqa: E402

SOURCES = Path("authoring/panduan")
PARTICIPANT_MAP = Path("course/peta_kursus.md")
GUIDE = Path("panduan_pelatih")
NOTE_SECTIONS = ("Di mana peserta biasanya tersendat", "Pertanyaan diskusi",
                 "Kapan dan bagaimana memberi latihan", "Yang perlu disiapkan")
READING_WORDS_PER_MINUTE = 150
PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
STATED_TIME = re.compile(r"\*\*Waktu:\*\*\s*sekitar\s+(\d+)\s+menit")
STATED_IN_HEADING = re.compile(r"\((±[^)]*menit[^)]*)\)")
STATED_SPLIT = re.compile(r"\*\*Waktu:\*\*\s*sekitar\s+\d+\s+menit[^(\n]*(\([^)]*\))", re.S)
STATED_TASK = re.compile(r"(\d+)\s+menit\s+(?:tugas|menyusun|menggabungkan)")
WIDGET = re.compile(r"kimkit\.widgets\.[A-Z]\w*\(")
TRACK_ROOM = {"A": "Ruang A (Tema A, pembinaan KIM)", "B": "Ruang B (Tema B, konten media)"}


class SourceError(Exception):
    pass


# --- reading the notebooks ---------------------------------------------------------------------

def cells(root: Path, notebook: str) -> list[dict] | None:
    path = root / notebook
    if not path.is_file():
        return None
    result = []
    for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
        source = cell["source"]
        result.append({"type": cell["cell_type"], "text": "".join(source) if isinstance(source, list) else source})
    return result


def stated_minutes(notebook_cells: list[dict]) -> int | None:
    """The "**Waktu:** sekitar N menit" of the notebook's first markdown cells."""
    for cell in notebook_cells[:3]:
        if cell["type"] == "markdown":
            found = STATED_TIME.search(cell["text"])
            if found:
                return int(found.group(1))
    return None


def stated_split(notebook_cells: list[dict]) -> str | None:
    """The notebook's own split of its time, "(20 menit konsep dan contoh, …)", if it gives one."""
    for cell in notebook_cells[:3]:
        if cell["type"] == "markdown":
            found = STATED_SPLIT.search(cell["text"])
            if found:
                return " ".join(found.group(1).split())
    return None


def task_minutes(notebook_cells: list[dict], found: list[dict]) -> dict[int, int]:
    """{section index: minutes} for the widget task, when the notebook states its time ("15 menit
    tugas dengan …"): the last section that creates a kit widget."""
    split = stated_split(notebook_cells)
    stated = STATED_TASK.findall(split or "")
    with_widget = [i for i, section in enumerate(found) if section.get("widgets")]
    if not stated or not with_widget:
        return {}
    return {with_widget[-1]: int(stated[-1])}


def title(notebook_cells: list[dict]) -> str:
    first = notebook_cells[0]["text"].splitlines()[0]
    return re.sub(r"^#\s*Modul\s+\d+\s+—\s+", "", first).strip()


def objectives(notebook_cells: list[dict]) -> list[str]:
    """The numbered list after "**Tujuan pembelajaran.**", one string per objective."""
    for cell in notebook_cells[:3]:
        if cell["type"] != "markdown" or "Tujuan pembelajaran" not in cell["text"]:
            continue
        after = cell["text"].split("Tujuan pembelajaran", 1)[1].splitlines()[1:]
        items: list[str] = []
        for line in after:
            if re.match(r"\d+\.\s", line):
                items.append(re.sub(r"^\d+\.\s+", "", line).strip())
            elif items and line.startswith(" ") and line.strip():
                items[-1] += " " + line.strip()
            elif items:
                break
        return [re.sub(r"[;.]$", "", item) for item in items]
    return []


def sections(notebook_cells: list[dict]) -> list[dict]:
    """The notebook's ``##`` sections with what a time estimate needs."""
    found: list[dict] = []
    current = {"heading": "Pembuka (judul, tujuan, persiapan)", "words": 0, "code": 0, "checks": 0, "widgets": 0}
    for cell in notebook_cells:
        text = cell["text"]
        if cell["type"] == "markdown":
            # a cell may hold several "## " headings: each starts a section
            for chunk in re.split(r"^(?=## )", text, flags=re.M):
                if chunk.startswith("## "):
                    found.append(current)
                    current = {"heading": chunk.splitlines()[0][3:].strip(), "words": 0, "code": 0, "checks": 0,
                               "widgets": 0}
                current["words"] += len(chunk.split())
        elif cell["type"] == "code":
            current["code"] += 1
            current["checks"] += text.count(".cek()")
            current["widgets"] += len(WIDGET.findall(text))
    found.append(current)
    return [s for s in found if s["heading"] != "Sumber"]


def stated_section_minutes(heading: str) -> int | None:
    """A section time the notebook states in a heading ("(±8 menit)"); None for reading times
    ("(±5 menit membaca)"), which leave out the practice."""
    found = STATED_IN_HEADING.search(heading)
    if not found or "membaca" in found.group(1):
        return None
    number = re.search(r"\d+", found.group(1))
    return int(number.group()) if number else None


def _share(weights: list[float], total: int, floor: int) -> list[int]:
    """``total`` split in proportion to ``weights`` (largest remainder), each at least ``floor``."""
    if not weights:
        return []
    exact = [w * total / sum(weights) for w in weights]
    minutes = [max(floor, math.floor(e)) for e in exact]
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - math.floor(exact[i])), i))
    i = 0
    while sum(minutes) < total:
        minutes[order[i % len(order)]] += 1
        i += 1
    while sum(minutes) > total:
        largest = max(range(len(minutes)), key=lambda k: (minutes[k], -k))
        minutes[largest] -= 1
    return minutes


def estimate(found: list[dict], total: int, fixed: dict[int, int] | None = None) -> list[tuple[int, bool]]:
    """(minutes, stated by the notebook) per section, adding up to the notebook's ``total``.

    A section time stated in the heading, or in ``fixed`` (:func:`task_minutes`), is kept, unless
    the stated times exceed ``total``.
    The rest is the kit's estimate: one minute for finding one's way, reading (150 words a
    minute), one minute per code cell and three per self-check, scaled to the minutes left
    (largest remainder; at least one minute each while there are enough minutes)."""
    stated = [(fixed or {}).get(i, stated_section_minutes(s.get("heading", ""))) for i, s in enumerate(found)]
    if sum(n for n in stated if n) > total:
        stated = [None] * len(found)
    left = total - sum(n for n in stated if n)
    rest = [i for i, n in enumerate(stated) if n is None]
    raw = [1 + found[i]["words"] / READING_WORDS_PER_MINUTE + found[i]["code"] + 3 * found[i]["checks"]
           for i in rest]
    shares = dict(zip(rest, _share(raw, left, 1 if left >= len(rest) else 0)))
    return [(stated[i], True) if stated[i] is not None else (shares[i], False) for i in range(len(found))]


# --- reading the exercises ---------------------------------------------------------------------

def exercise_source(number: str):
    """``authoring/latihanNN.py``'s Exercise, or None while it does not exist."""
    try:
        loaded = importlib.import_module(f"authoring.latihan{number}")
    except ModuleNotFoundError:
        return None
    return loaded.SOURCE


def exercise_items(number: str) -> list[tuple[str, str, int]]:
    """(kind, title, points) of the exercise's questions; kind "otomatis" or "tertulis"."""
    source = exercise_source(number)
    if source is None:
        return []
    return [("tertulis" if type(item).__name__ == "Task" else "otomatis", item.title, item.points)
            for _, item in source.numbered]


# --- hand-written sources ----------------------------------------------------------------------

def read_source(root: Path, name: str) -> str:
    path = root / SOURCES / name
    if not path.is_file():
        raise SourceError(f"{path} tidak ada")
    return path.read_text(encoding="utf-8")


def fill(template: str, values: dict[str, str], name: str) -> str:
    unknown = set(PLACEHOLDER.findall(template)) - set(values)
    if unknown:
        raise SourceError(f"{name}: placeholder tak dikenal {sorted(unknown)}")
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def notes(root: Path, number: str) -> dict[str, str]:
    """The four sections of ``authoring/panduan/modul_NN.md``."""
    text = read_source(root, f"modul_{number}.md")
    parts = re.split(r"^## (.+)$", text, flags=re.M)
    found = {parts[i].strip(): parts[i + 1].strip() for i in range(1, len(parts), 2)}
    if tuple(found) != NOTE_SECTIONS or not all(found.values()):
        raise SourceError(f"modul_{number}.md: perlu tepat bagian {NOTE_SECTIONS}, berurutan dan berisi; "
                          f"ditemukan {tuple(found)}")
    return found


# --- shared pieces -------------------------------------------------------------------------------

def describe(part: cm.Part, links: bool) -> str:
    if part.module is None or part.kind in ("klinik", "simulasi"):
        return f"{part.label} ({part.minutes} menit)"
    m = cm.module(part.module)
    name = f"[Modul {m.number}](modul_{m.number}.md)" if links else f"Modul {m.number}"
    if part.kind == "materi":
        return f"{name} — {m.title}: notebook materi ({part.minutes} menit)"
    if part.kind == "latihan":
        return f"Latihan {m.number} ({part.minutes} menit)"
    if part.kind == "diskusi":
        return f"Diskusi {name} ({part.minutes} menit)"
    raise SourceError(f"jenis bagian tak dikenal: {part.kind}")


def session_text(session: cm.Session, links: bool) -> str:
    if session.track == "rehat":
        return f"*{session.title}*"
    timed = cm.timed_parts(session)
    if len(timed) == 1:
        return describe(timed[0][2], links)
    return "<br>".join(f"{start}–{end} {describe(part, links)}" for start, end, part in timed)


def timetable(day: int, links: bool) -> str:
    """The day as a table: time, room A, room B; plenary sessions and breaks fill both rooms."""
    rows = ["| Waktu (WITA) | Tema A — Pembinaan KIM | Tema B — Konten media |", "| --- | --- | --- |"]
    slots = sorted({(s.start, s.end) for s in cm.WORKSHOP if s.day == day}, key=lambda se: cm.clock(se[0]))
    for start, end in slots:
        here = {s.track: s for s in cm.WORKSHOP if s.day == day and (s.start, s.end) == (start, end)}
        if "semua" in here or "rehat" in here:
            shared = here.get("semua") or here["rehat"]
            text = session_text(shared, links)
            if shared.track == "semua":
                text = "**Bersama** · " + text
            cells_ = [text, "← bersama"]
        else:
            cells_ = [session_text(here[t], links) if t in here else "—" for t in ("A", "B")]
        rows.append(f"| {start}–{end} | {cells_[0]} | {cells_[1]} |")
    return "\n".join(rows)


def workshop_slots(number: str) -> list[str]:
    """Where a module's parts sit in the workshop: "Hari 1, 09.15–10.10 (ruang A): materi"."""
    result = []
    for session in sorted(cm.WORKSHOP, key=lambda s: (s.day, cm.clock(s.start), s.track)):
        for start, end, part in cm.timed_parts(session):
            if part.module == number:
                room = "bersama" if session.track == "semua" else f"ruang {session.track}"
                kind = {"materi": "notebook materi", "latihan": f"latihan{number}", "diskusi": "diskusi",
                        "simulasi": "simulasi", "klinik": "klinik"}[part.kind]
                result.append(f"Hari {session.day}, {start}–{end} ({room}): {kind}")
    return result


def collect_at_breaks() -> str:
    """For each break: the exercises finished since the previous break (to collect and grade)."""
    lines, done = [], set()
    for day in cm.DAYS:
        finished: list[str] = []
        for session in sorted((s for s in cm.WORKSHOP if s.day == day), key=lambda s: (cm.clock(s.start), s.track)):
            if session.track == "rehat":
                if finished:
                    lines.append(f"  - Hari {day}, {session.title.split(' (')[0].lower()} {session.start}: "
                                 + ", ".join(f"`latihan{n}`" for n in finished))
                finished = []
            for part in session.parts:
                if part.kind == "latihan" and part.module not in done:
                    done.add(part.module)
                    finished.append(part.module)
        if finished:
            lines.append(f"  - Hari {day}, setelah acara hari itu: " + ", ".join(f"`latihan{n}`" for n in finished))
    return "\n".join(lines)


def module_table(links_from: str) -> str:
    rows = ["| Modul | Tema | Materi | Latihan | Notebook |", "| --- | --- | --- | --- | --- |"]
    for m in cm.MODULES:
        notebook = Path(m.notebook).name
        target = notebook if links_from == "course" else f"../{m.notebook}"
        rows.append(f"| {m.number} — {m.title} | {cm.TRACKS[m.track]} | {m.minutes_course} menit | "
                    f"{m.minutes_exercise} menit | [{notebook}]({target}) |")
    return "\n".join(rows)


def weeks_list(numbers: tuple[str, ...] | None) -> str:
    lines = []
    for i, week in enumerate(cm.self_study_weeks(numbers), start=1):
        total = sum(m.minutes for m in week)
        names = "; ".join(f"Modul {m.number} ({m.title}) dan latihan{m.number}" for m in week)
        lines.append(f"{i}. **Pekan {i}** (±{total} menit): {names}")
    return "\n".join(lines)


def after_workshop(track: str) -> tuple[str, ...]:
    return tuple(m.number for m in cm.MODULES if m.number not in cm.workshop_modules(track))


def numbers_text(numbers: tuple[str, ...]) -> str:
    if len(numbers) == 1:
        return numbers[0]
    return ", ".join(numbers[:-1]) + " dan " + numbers[-1]


def common_values(root: Path) -> dict[str, str]:
    common = tuple(m.number for m in cm.MODULES if m.track == "umum")
    a = tuple(m.number for m in cm.MODULES if m.track == "A")
    b = tuple(m.number for m in cm.MODULES if m.track == "B")
    per_day = cm.day_length()
    breaks = {d: sum(cm.clock(s.end) - cm.clock(s.start) for s in cm.WORKSHOP if s.day == d and s.track == "rehat")
              for d in cm.DAYS}
    return {
        "hari_mulai": cm.DAY_START, "hari_selesai": cm.DAY_END, "zona": cm.TIMEZONE,
        "jam_per_hari": f"{per_day // 60}", "menit_rehat_hari_1": str(breaks[1]),
        "menit_rehat_hari_2": str(breaks[2]),
        "modul_umum": numbers_text(common), "modul_a": numbers_text(a), "modul_b": numbers_text(b),
        "menit_umum": str(sum(cm.module(n).minutes for n in common)),
        "menit_a": str(sum(cm.module(n).minutes for n in a)),
        "menit_b": str(sum(cm.module(n).minutes for n in b)),
        "menit_semua": str(sum(m.minutes for m in cm.MODULES)),
        "menit_sesi": str(sum(per_day - breaks[d] for d in cm.DAYS)),
        "tabel_modul": module_table("course"),
        "jadwal_hari_1": timetable(1, links=False), "jadwal_hari_2": timetable(2, links=False),
        "pekan_mandiri": str(cm.WEEKLY_MINUTES),
        "rute_penuh": weeks_list(None),
        "rute_a": weeks_list(after_workshop("A")), "rute_b": weeks_list(after_workshop("B")),
        "setelah_a": numbers_text(after_workshop("A")), "setelah_b": numbers_text(after_workshop("B")),
        "jumlah_pekan": str(len(cm.self_study_weeks(None))),
    }


# --- the participants' course map -------------------------------------------------------------

def module_block(root: Path, m: cm.Module) -> str:
    nb = cells(root, m.notebook)
    lines = [f"### Modul {m.number} — {m.title}", "",
             f"{cm.TRACKS[m.track]} · materi ±{m.minutes_course} menit "
             f"([{Path(m.notebook).name}]({Path(m.notebook).name})) · latihan bernilai ±{m.minutes_exercise} menit "
             f"([{m.exercise}.ipynb](../exercises/{m.exercise}/{m.exercise}.ipynb))", ""]
    goals = objectives(nb) if nb else []
    if goals:
        lines.append("Setelah modul ini Anda dapat:")
        lines.append("")
        lines += [f"{i}. {goal}" for i, goal in enumerate(goals, start=1)]
    else:
        lines.append(f"Notebook modul ini belum ada di kit Anda; tujuan pembelajarannya tampil di sini "
                     f"setelah `{m.notebook}` ditambahkan.")
    return "\n".join(lines)


def participant_map(root: Path) -> str:
    values = common_values(root)
    values["modul_rinci"] = "\n\n".join(module_block(root, m) for m in cm.MODULES)
    return fill(read_source(root, "peta_kursus.md"), values, "peta_kursus.md").rstrip("\n") + "\n"


# --- the trainer guide ---------------------------------------------------------------------------

def guide_readme(root: Path) -> str:
    values = common_values(root)
    values["jadwal_hari_1"] = timetable(1, links=True)
    values["jadwal_hari_2"] = timetable(2, links=True)
    values["tabel_modul"] = module_table("guide")
    values["kumpul_per_rehat"] = collect_at_breaks()
    values["daftar_catatan"] = "\n".join(
        f"- [Modul {m.number} — {m.title}](modul_{m.number}.md) · {cm.TRACKS[m.track]}" for m in cm.MODULES)
    return fill(read_source(root, "rencana_workshop.md"), values, "rencana_workshop.md").rstrip("\n") + "\n"


def guide_module(root: Path, m: cm.Module) -> str:
    nb = cells(root, m.notebook)
    hand = notes(root, m.number)
    out = [f"# Catatan pelatih — Modul {m.number}: {m.title}", "",
           "*Hanya untuk pelatih; tidak ikut paket peserta. Dibuat oleh `python tools/make_course_map.py` "
           f"dari notebook, `authoring/latihan{m.number}.py` dan `authoring/panduan/modul_{m.number}.md`: "
           "ubah sumbernya, bukan berkas ini.*", "",
           f"- **Tema:** {cm.TRACKS[m.track]}",
           f"- **Notebook:** `{m.notebook}` (±{m.minutes_course} menit menurut notebook)",
           f"- **Latihan bernilai:** `exercises/{m.exercise}/{m.exercise}.ipynb` (±{m.minutes_exercise} menit)",
           "- **Di workshop:**"]
    slots = workshop_slots(m.number)
    out += [f"  - {slot}" for slot in slots] or ["  - tidak dijadwalkan"]
    if m.track in ("A", "B"):
        other = "B" if m.track == "A" else "A"
        out.append(f"  - Peserta Tema {other} mempelajarinya mandiri setelah acara (rute di "
                   "[README](README.md), bagian *Sesudah acara*).")
    out += ["", "## Tujuan pembelajaran (dari notebook)", ""]
    goals = objectives(nb) if nb else []
    if goals:
        out += [f"{i}. {goal}" for i, goal in enumerate(goals, start=1)]
    else:
        out.append(f"`{m.notebook}` belum ada; bagian ini terisi saat notebook ditambahkan "
                   "dan `python tools/make_course_map.py` dijalankan lagi.")
    out += ["", "## Waktu per bagian", ""]
    if nb:
        found = sections(nb)
        minutes = estimate(found, m.minutes_course, task_minutes(nb, found))
        split = stated_split(nb)
        if split:
            out += [f"Pembagian waktu menurut notebook: {split}.", ""]
        out += [f"Jumlahnya ±{m.minutes_course} menit, seperti yang dinyatakan notebook. Waktu bertanda "
                "*notebook* dinyatakan notebook (di judul bagian, atau waktu tugas dengan alat kit di "
                "pembagian waktunya, untuk bagian terakhir yang membuat alat itu); yang bertanda "
                "*perkiraan kit* adalah "
                "**perkiraan kit**, bukan angka notebook: satu menit untuk berpindah bagian, panjang teks "
                "(150 kata per menit), satu menit per sel kode dan tiga menit per pemeriksaan mandiri, "
                "dibagi dari menit yang tersisa.", "",
                "| Bagian | Menit | Asal angka | Mulai menit ke- | Sel kode | Pemeriksaan mandiri "
                "| Keterangan di judul |",
                "| --- | --- | --- | --- | --- | --- | --- |"]
        start = 0
        for section, (mins, from_notebook) in zip(found, minutes):
            stated = STATED_IN_HEADING.search(section["heading"])
            heading = STATED_IN_HEADING.sub("", section["heading"]).strip().replace("|", "\\|")
            origin = "notebook" if from_notebook else "perkiraan kit"
            out.append(f"| {heading} | {mins} | {origin} | {start} | {section['code']} | {section['checks']} | "
                       f"{stated.group(1) if stated else '—'} |")
            start += mins
    else:
        out.append("Belum dapat dihitung: notebook belum ada.")
    out += ["", "## Latihan bernilai", ""]
    items = exercise_items(m.number)
    if items:
        auto = sum(p for kind, _, p in items if kind == "otomatis")
        manual = sum(p for kind, _, p in items if kind == "tertulis")
        out += [f"`{m.exercise}`: {len(items)} soal, {auto + manual} poin ({auto} dinilai otomatis, {manual} "
                "dinilai pelatih di Formgrader). Isi soal, solusi dan pedoman penilaian ada di "
                f"`solutions/{m.exercise}/` (tidak di halaman ini).", "",
                "| No. | Soal | Jenis | Poin |", "| --- | --- | --- | --- |"]
        out += [f"| {i} | {t} | {kind} | {p} |" for i, (kind, t, p) in enumerate(items, start=1)]
    else:
        out.append(f"`authoring/latihan{m.number}.py` belum ada.")
    for heading in NOTE_SECTIONS:
        out += ["", f"## {heading}", "", hand[heading]]
    return "\n".join(out).rstrip("\n") + "\n"


def documents(root: Path = ROOT) -> dict[str, str]:
    """Relative path → text of every generated document."""
    docs = {PARTICIPANT_MAP.as_posix(): participant_map(root),
            (GUIDE / "README.md").as_posix(): guide_readme(root)}
    for m in cm.MODULES:
        docs[(GUIDE / f"modul_{m.number}.md").as_posix()] = guide_module(root, m)
    return docs


def write(root: Path = ROOT, out: Path | None = None) -> list[str]:
    out = out or root
    written = []
    for name, text in documents(root).items():
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            written.append(name)
    return written


def stale(root: Path = ROOT) -> list[str]:
    """Generated files that are missing or differ, and files in panduan_pelatih/ nobody generates."""
    docs = documents(root)
    wrong = [name for name, text in docs.items()
             if not (root / name).is_file() or (root / name).read_text(encoding="utf-8") != text]
    guide = root / GUIDE
    extra = sorted(p.relative_to(root).as_posix() for p in guide.rglob("*") if p.is_file()) if guide.is_dir() else []
    return wrong + [name for name in extra if name not in docs]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="hanya periksa; keluar dengan kode 1 bila usang")
    args = parser.parse_args(argv)
    if args.check:
        wrong = stale()
        if wrong:
            sys.exit("Usang atau tak dikenal (jalankan python tools/make_course_map.py):\n  " + "\n  ".join(wrong))
        print("Peta kursus dan panduan pelatih mutakhir.")
        return
    written = write()
    detail = ":\n  " + "\n  ".join(written) if written else " (semua sudah mutakhir)."
    print(f"{len(written)} berkas ditulis{detail}")


if __name__ == "__main__":
    main()
