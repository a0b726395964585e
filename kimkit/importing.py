"""Import a participant's own table (CSV or XLSX) into one of the kit's schemas.

Pure functions; ``kimkit.widgets.importer`` is a thin view over them and later modules
reuse both with their own :class:`Schema`.

>>> tabel, lembar = read_table("daftar_kim.xlsx")            # TableError in Indonesian if unreadable
>>> mapping = suggest_mapping(tabel.columns, SKEMA_KIM)         # {"nama_kim": "Nama KIM", ...}
>>> hasil, masalah = import_table(tabel, mapping, SKEMA_KIM)    # kit schema + list of Problem

Row numbers in messages are the participant's own row numbers (as Excel shows them).
The participant's file is only ever read.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from kimkit.messages import msg

TABLE_EXTENSIONS = (".csv", ".xlsx", ".xlsm")
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # .xls and password-protected .xlsx are OLE compound files
ZIP_MAGIC = b"PK\x03\x04"
MAX_LISTED_ROWS = 8
TEMPLATE_FILE = "templat_daftar_kim.xlsx"


class TableError(ValueError):
    """A file cannot be read as a table; the message says why and what to do (Indonesian)."""


# --- schema ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    name: str          # column in the kit's schema
    label: str         # Indonesian label shown to participants (and template header)
    kind: str          # text, kabkota, int, bool, date, wilayah
    required: bool = False
    synonyms: tuple[str, ...] = ()
    example: str = ""  # an example value for the template


@dataclass(frozen=True)
class Schema:
    name: str
    title: str
    fields: tuple[Field, ...]
    key: tuple[str, ...] = ()          # fields that identify a row (duplicate check)

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]


SKEMA_KIM = Schema(
    name="kim",
    title="Daftar KIM",
    key=("nama_kim", "kabkota", "desa_kelurahan"),
    fields=(
        Field("id_kim", "ID KIM (boleh kosong)", "text",
              synonyms=("id kim", "kode kim", "nomor id kim", "no id kim", "id"), example=""),
        Field("nama_kim", "Nama KIM", "text", required=True,
              synonyms=("nama kim", "nama", "nama komunitas", "nama kelompok", "nama lembaga", "kim",
                        "nama komunitas informasi masyarakat", "nama kelompok informasi masyarakat"),
              example="KIM Contoh Sejahtera"),
        Field("kabkota", "Kabupaten/Kota", "kabkota", required=True,
              synonyms=("kabkota", "kab kota", "kabupaten kota", "kabupaten", "kota", "kab", "daerah",
                        "nama kabupaten kota", "kabupaten atau kota"),
              example="Kutai Timur"),
        Field("kecamatan", "Kecamatan", "text", synonyms=("kecamatan", "kec", "nama kecamatan"),
              example="Kecamatan Contoh"),
        Field("jenis_wilayah", "Jenis wilayah (desa/kelurahan)", "wilayah",
              synonyms=("jenis wilayah", "jenis desa", "desa atau kelurahan", "status wilayah", "jenis"),
              example="desa"),
        Field("desa_kelurahan", "Desa/Kampung/Kelurahan", "text", required=True,
              synonyms=("desa kelurahan", "desa", "kelurahan", "kampung", "desa kampung",
                        "desa kampung kelurahan", "kelurahan desa", "nama desa", "nama desa kelurahan",
                        "lokasi"),
              example="Desa Contoh Makmur"),
        Field("tahun_bentuk", "Tahun dibentuk", "int",
              synonyms=("tahun bentuk", "tahun dibentuk", "tahun pembentukan", "tahun berdiri", "berdiri",
                        "tahun"),
              example="2023"),
        Field("jumlah_anggota", "Jumlah anggota", "int",
              synonyms=("jumlah anggota", "anggota", "jml anggota", "banyak anggota", "jumlah anggota orang"),
              example="12"),
        Field("nomor_sk", "Nomor SK kepala desa/lurah", "text",
              synonyms=("nomor sk", "no sk", "sk", "nomor sk pembentukan", "sk pembentukan",
                        "nomor surat keputusan", "surat keputusan", "sk kepala desa", "sk lurah"),
              example="CONTOH/01/SK/2023"),
        Field("terdaftar_kimid", "Terdaftar di KIM.id (ya/tidak)", "bool",
              synonyms=("terdaftar kimid", "kimid", "terdaftar di kimid", "status kimid", "terdaftar",
                        "sudah terdaftar", "status pendaftaran"),
              example="ya"),
        Field("kegiatan_terakhir", "Tanggal kegiatan terakhir", "date",
              synonyms=("kegiatan terakhir", "tanggal kegiatan terakhir", "tgl kegiatan terakhir",
                        "kegiatan terakhir tanggal", "tanggal kegiatan"),
              example="2025-11-20"),
    ),
)

SCHEMAS = {SKEMA_KIM.name: SKEMA_KIM}

# One row per post, from a participant's own export or table (module 07). No platform's export
# format is assumed: every field is optional and the participant maps the columns; the ER
# step (kimkit.metrics.post_rates) then says which numbers it still lacks.
SKEMA_POSTING = Schema(
    name="posting",
    title="Data posting media sosial",
    fields=(
        Field("id_posting", "ID atau tautan posting", "text",
              synonyms=("id posting", "id", "id konten", "kode posting", "tautan", "tautan posting", "link",
                        "permalink", "url", "post id"),
              example=""),
        Field("platform", "Platform", "text", synonyms=("platform", "media sosial", "medsos"),
              example="Instagram"),
        Field("format", "Format posting", "text",
              synonyms=("format", "jenis posting", "jenis konten", "jenis", "tipe", "tipe posting", "post type",
                        "type"),
              example="reels"),
        Field("waktu_unggah", "Tanggal unggah", "date",
              synonyms=("waktu unggah", "tanggal unggah", "tanggal", "tanggal posting", "waktu posting",
                        "waktu publikasi", "tanggal publikasi", "diunggah", "publish time", "date"),
              example="2025-11-20"),
        Field("followers", "followers (pengikut)", "int",
              synonyms=("followers", "pengikut", "jumlah pengikut", "follower"), example="5400"),
        Field("reach", "reach (jangkauan)", "int",
              synonyms=("reach", "jangkauan", "akun dijangkau", "akun yang dijangkau", "jumlah jangkauan"),
              example="2085"),
        Field("impressions", "impressions (tayangan)", "int",
              synonyms=("impressions", "impresi", "tayangan", "jumlah tayangan"), example="3239"),
        Field("views", "views (putaran video)", "int",
              synonyms=("views", "video views", "putaran video", "pemutaran", "ditonton", "plays"), example=""),
        Field("likes", "likes (suka)", "int",
              synonyms=("likes", "suka", "jumlah suka", "like", "reaksi", "reactions"), example="35"),
        Field("comments", "comments (komentar)", "int",
              synonyms=("comments", "komentar", "jumlah komentar", "comment"), example="0"),
        Field("shares", "shares (dibagikan)", "int",
              synonyms=("shares", "dibagikan", "bagikan", "share", "jumlah dibagikan"), example="5"),
        Field("saves", "saves (disimpan)", "int",
              synonyms=("saves", "disimpan", "simpan", "save", "jumlah disimpan"), example="2"),
    ),
)
SCHEMAS[SKEMA_POSTING.name] = SKEMA_POSTING

# One row per planned post of a content calendar (module 04; module 10 merges calendars).
# ``jam`` is text ("19:00", "19.00", an Excel time): kimkit.content_calendar.prepare reads it.
SKEMA_KALENDER = Schema(
    name="kalender",
    title="Kalender konten",
    key=("id_rencana",),
    fields=(
        Field("id_rencana", "ID rencana (boleh kosong)", "text",
              synonyms=("id rencana", "id", "no", "nomor", "kode", "id posting", "kode rencana"), example=""),
        Field("kabkota", "Kabupaten/Kota", "kabkota", required=True,
              synonyms=("kabkota", "kab kota", "kabupaten kota", "kabupaten", "kota", "kab", "daerah",
                        "nama kabupaten kota", "kabupaten atau kota", "wilayah"),
              example="Berau"),
        Field("tanggal", "Tanggal terbit", "date", required=True,
              synonyms=("tanggal terbit", "tanggal", "tgl", "tgl terbit", "tanggal tayang", "tanggal unggah",
                        "tanggal posting", "hari tanggal", "tanggal rencana"),
              example="2025-11-17"),
        Field("jam", "Jam terbit (WITA)", "text", required=True,
              synonyms=("jam", "jam wita", "jam terbit", "jam terbit wita", "pukul", "jam tayang", "jam unggah",
                        "waktu", "waktu terbit"),
              example="19:00"),
        Field("platform", "Platform", "text", required=True,
              synonyms=("platform", "media sosial", "medsos", "kanal", "saluran", "akun"), example="Instagram"),
        Field("format", "Format", "text",
              synonyms=("format", "format konten", "jenis konten", "bentuk konten", "tipe konten"), example="reels"),
        Field("pilar", "Pilar (informasi/emosi/promosi)", "text", required=True,
              synonyms=("pilar", "pilar konten", "kategori konten", "jenis pesan"), example="informasi"),
        Field("tema", "Tema", "text", synonyms=("tema", "topik", "judul", "judul konten", "tema konten"),
              example="Jadwal posyandu bulan ini"),
        Field("caption", "Caption", "text",
              synonyms=("caption", "draf caption", "teks", "naskah", "keterangan", "teks posting"), example=""),
        Field("batas_tinjau", "Batas tinjau", "date",
              synonyms=("batas tinjau", "tenggat tinjau", "batas review", "tanggal tinjau", "tenggat",
                        "batas waktu tinjau", "deadline"),
              example="2025-11-14"),
        Field("status", "Status", "text", synonyms=("status", "tahap", "status konten"), example="draf"),
    ),
)
SCHEMAS[SKEMA_KALENDER.name] = SKEMA_KALENDER


# --- reading ---------------------------------------------------------------------------


def _name_of(source, name: str | None) -> str:
    return name or (Path(source).name if isinstance(source, (str, Path)) else "berkas")


def _read_bytes(source, name: str | None) -> tuple[bytes, str]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), _name_of(source, name)
    path = Path(source).expanduser()
    if not path.exists():
        raise TableError(msg("importer.no_file", path=str(path)))
    if path.is_dir():
        raise TableError(msg("importer.is_folder", path=str(path)))
    return path.read_bytes(), _name_of(path, name)


def _check_extension(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix == ".xls":
        raise TableError(msg("importer.old_excel", name=name))
    if suffix in (".ods", ".numbers"):
        raise TableError(msg("importer.other_spreadsheet", name=name))
    if suffix not in TABLE_EXTENSIONS:
        raise TableError(msg("importer.wrong_extension", name=name, suffix=suffix or "(tanpa akhiran)"))
    return suffix


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096]:
        raise TableError(msg("importer.not_a_table", name=name))
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _delimiter(text: str) -> str | None:
    """The separator of a CSV: Indonesian Excel writes ``;``, others ``,`` (or a tab).

    None when no separator splits most lines the same way (prose, not a table).
    """
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    best, best_score = None, -1.0
    for candidate in (";", ",", "\t", "|"):
        counts = [len(next(csv.reader([line], delimiter=candidate))) - 1 for line in lines]
        counts = [c for c in counts if c > 0]
        if not counts:
            continue
        # many lines with the same number of separators wins
        most = max(set(counts), key=counts.count)
        score = counts.count(most) + most / 100
        if score > best_score and counts.count(most) >= max(min(2, len(lines)), len(lines) / 2):
            best, best_score = candidate, score
    return best


def _raw_csv(data: bytes, name: str) -> pd.DataFrame:
    text = _decode(data, name)
    if not text.strip():
        raise TableError(msg("importer.empty", name=name))
    separator = _delimiter(text)
    if separator is None:
        raise TableError(msg("importer.not_a_table", name=name))
    try:
        frame = pd.read_csv(io.StringIO(text), sep=separator, header=None, dtype=str,
                            skip_blank_lines=False, keep_default_na=False, engine="python")
    except (pd.errors.ParserError, csv.Error, ValueError):
        raise TableError(msg("importer.broken", name=name)) from None
    return frame


def _open_workbook(data: bytes, name: str):
    import openpyxl  # imported here: only needed for Excel files

    if data.startswith(OLE_MAGIC):
        raise TableError(msg("importer.protected", name=name))
    if not data:
        raise TableError(msg("importer.empty", name=name))
    if not data.startswith(ZIP_MAGIC):
        raise TableError(msg("importer.broken_xlsx", name=name))
    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        raise TableError(msg("importer.broken_xlsx", name=name)) from error
    except Exception as error:  # openpyxl raises its own exception classes for damaged parts
        raise TableError(msg("importer.broken_xlsx", name=name)) from error


def sheet_names(source, name: str | None = None) -> list[str]:
    """The sheets of an XLSX file ([] for a CSV)."""
    data, name = _read_bytes(source, name)
    if _check_extension(name) == ".csv":
        return []
    workbook = _open_workbook(data, name)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _raw_xlsx(data: bytes, name: str, sheet: str | None) -> tuple[pd.DataFrame, str]:
    workbook = _open_workbook(data, name)
    try:
        names = list(workbook.sheetnames)
        if sheet is not None and sheet not in names:
            raise TableError(msg("importer.no_sheet", sheet=sheet, name=name, sheets=", ".join(names)))
        chosen = sheet
        if chosen is None:  # the first sheet with something in it
            chosen = next((s for s in names if workbook[s].max_row and workbook[s].max_column
                           and any(any(v is not None for v in row) for row in workbook[s].iter_rows(values_only=True))),
                          names[0])
        rows = [[_cell_text(v) for v in row] for row in workbook[chosen].iter_rows(values_only=True)]
    except TableError:
        raise
    except Exception as error:
        raise TableError(msg("importer.broken_xlsx", name=name)) from error
    finally:
        workbook.close()
    width = max((len(r) for r in rows), default=0)
    frame = pd.DataFrame([r + [""] * (width - len(r)) for r in rows], dtype=str)
    return frame, chosen


def _header_row(raw: pd.DataFrame) -> int:
    """Index of the header row: skips title lines above the table (common in office files)."""
    filled = (raw != "").sum(axis=1)
    widest = int(filled.head(40).max())
    for index in raw.index[:40]:
        cells = [c for c in raw.loc[index] if c != ""]
        if len(cells) >= max(2, 0.6 * widest) and not any(_is_number(c) for c in cells):
            return index
    return int(filled.ne(0).idxmax())


def _is_number(text: str) -> bool:
    return bool(re.fullmatch(r"[-+]?\d+([.,]\d+)*", text.strip()))


def _tidy(raw: pd.DataFrame, name: str) -> pd.DataFrame:
    """Header row → column names; rows keep the participant's row numbers as index."""
    raw = raw.fillna("").astype(str).apply(lambda col: col.str.strip())
    raw.index = range(1, len(raw) + 1)                     # Excel row numbers
    raw = raw.loc[:, (raw != "").any(axis=0)]
    if raw.empty or not (raw != "").any(axis=None):
        raise TableError(msg("importer.empty", name=name))
    header = _header_row(raw)
    names = list(raw.loc[header])
    body = raw.loc[raw.index > header]
    columns, seen = [], {}
    for position, title in enumerate(names):
        title = title or f"kolom {position + 1}"
        seen[title] = seen.get(title, 0) + 1
        columns.append(title if seen[title] == 1 else f"{title} ({seen[title]})")
    body.columns = columns
    body = body.loc[(body != "").any(axis=1)]
    if len(columns) < 2:
        raise TableError(msg("importer.not_a_table", name=name))
    if body.empty:
        raise TableError(msg("importer.header_only", name=name))
    return body


def read_table(source, name: str | None = None, sheet: str | None = None) -> tuple[pd.DataFrame, str]:
    """Read a CSV or XLSX file (a path, or the bytes of an upload with its ``name``).

    Returns ``(table, sheet)``: every cell as text, columns as in the file, the index the
    participant's row numbers; ``sheet`` is the sheet read ("" for CSV). Raises
    :class:`TableError` with an Indonesian message for anything that is not a readable table.
    """
    data, name = _read_bytes(source, name)
    suffix = _check_extension(name)
    if suffix == ".csv":
        if data.startswith(ZIP_MAGIC) or data.startswith(OLE_MAGIC):
            raise TableError(msg("importer.excel_named_csv", name=name))
        raw, chosen = _raw_csv(data, name), ""
        return _tidy(raw, name), chosen
    if sheet is not None:
        raw, chosen = _raw_xlsx(data, name, sheet)
        return _tidy(raw, name), chosen
    # no sheet asked for: the first sheet that reads as a table (a notes sheet may come first)
    first_error = None
    for candidate in sheet_names(data, name):
        try:
            raw, chosen = _raw_xlsx(data, name, candidate)
            return _tidy(raw, name), chosen
        except TableError as error:
            first_error = first_error or error
    raise first_error or TableError(msg("importer.empty", name=name))


# --- mapping ---------------------------------------------------------------------------


def normalise(text: str) -> str:
    """``" Nama  KIM (lengkap)"`` → ``"nama kim lengkap"``; ``KIM.id`` → ``kimid``."""
    text = str(text).lower().replace("kim.id", "kimid").replace("kim id", "kimid")
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _score(column: str, field_: Field) -> float:
    words = normalise(column)
    if not words:
        return 0.0
    candidates = [normalise(field_.name.replace("_", " ")), *(normalise(s) for s in field_.synonyms)]
    if words in candidates:
        return 1.0 - candidates.index(words) * 0.001
    tokens = set(words.split())
    best = 0.0
    for rank, candidate in enumerate(candidates):
        parts = candidate.split()
        if set(parts) <= tokens:
            best = max(best, (0.9 if len(parts) > 1 else 0.8) - rank * 0.001 - 0.01 * (len(tokens) - len(parts)))
        ratio = difflib.SequenceMatcher(None, words, candidate).ratio()
        if ratio >= 0.85:
            best = max(best, ratio * 0.85)
    return best


def suggest_mapping(columns, schema: Schema = SKEMA_KIM) -> dict[str, str | None]:
    """Suggest, for every schema field, the file column that holds it (or None).

    Tolerant of case, spaces, punctuation and Indonesian synonyms; each column is used once,
    best matches first.
    """
    columns = [str(c) for c in columns]
    scored = sorted(((_score(c, f), -i, c, f.name) for i, c in enumerate(columns) for f in schema.fields),
                    reverse=True)
    mapping: dict[str, str | None] = {f.name: None for f in schema.fields}
    used: set[str] = set()
    for score, _order, column, name in scored:
        if score < 0.75 or column in used or mapping[name] is not None:
            continue
        mapping[name] = column
        used.add(column)
    return mapping


# --- validation ------------------------------------------------------------------------


@dataclass
class Problem:
    """One thing to fix (``error``: the table is not handed back) or to know (``warning``)."""

    level: str                      # "galat" or "peringatan"
    text: str
    rows: list[int] = field(default_factory=list)

    @property
    def is_error(self) -> bool:
        return self.level == "galat"

    def __str__(self) -> str:
        mark = "✘" if self.is_error else "⚠"
        return f"{mark} {self.text}{rows_text(self.rows)}"


def rows_text(rows: list[int]) -> str:
    """`` (baris 3, 7, 9)`` with at most a few numbers listed."""
    if not rows:
        return ""
    shown = ", ".join(str(r) for r in rows[:MAX_LISTED_ROWS])
    more = msg("importer.more_rows", n=len(rows) - MAX_LISTED_ROWS) if len(rows) > MAX_LISTED_ROWS else ""
    return msg("importer.rows", rows=shown + more)


ALIASES = {  # local short names and old spellings → official name
    "kukar": "Kutai Kartanegara", "kutim": "Kutai Timur", "kubar": "Kutai Barat",
    "mahulu": "Mahakam Ulu", "ppu": "Penajam Paser Utara", "penajam": "Penajam Paser Utara",
    "pasir": "Paser", "bpp": "Balikpapan", "bpn": "Balikpapan", "smd": "Samarinda", "btg": "Bontang",
    "kkr": "Kutai Kartanegara", "ktm": "Kutai Timur", "kbr": "Kutai Barat", "mhu": "Mahakam Ulu",
    "psr": "Paser", "bru": "Berau",
}
_PREFIX_WORDS = re.compile(r"^(pemerintah )?(kabupaten|kab|kota|pemkab|pemkot)\b ?")


def _region_key(text: str) -> str:
    key = normalise(text)
    return _PREFIX_WORDS.sub("", key).strip()


def match_region(text: str, names) -> tuple[str | None, bool]:
    """Match a kab/kota as written in a file to one of ``names`` (a list, or name → Kemendagri code).

    Returns ``(name, exact)``; ``exact`` is False when the match was loose (alias, code, typo),
    ``(None, False)`` when nothing matches.
    """
    codes = {normalise(code): name for name, code in names.items()} if isinstance(names, dict) else {}
    names = list(names)
    keys = {_region_key(n): n for n in names}
    key = _region_key(text)
    if not key:
        return None, False
    if key in keys:  # "Kab. Kutai Timur", "KOTA SAMARINDA": the official name, written another way
        return keys[key], True
    if key in codes:  # Kemendagri code, e.g. 64.72
        return codes[key], False
    if key in ALIASES and ALIASES[key] in names:
        return ALIASES[key], False
    close = difflib.get_close_matches(key, list(keys), n=1, cutoff=0.8)
    if close:
        return keys[close[0]], False
    return None, False


def _parse_int(text: str) -> float | None:
    cleaned = re.sub(r"(orang|org|tahun|thn)\.?$", "", text.lower()).strip().replace(" ", "")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", cleaned):   # 1.200 (Indonesian thousands)
        cleaned = cleaned.replace(".", "")
    cleaned = re.sub(r"[.,]0+$", "", cleaned)
    return int(cleaned) if re.fullmatch(r"\d+", cleaned) else None


TRUE_WORDS = {"ya", "y", "sudah", "terdaftar", "sudah terdaftar", "true", "benar", "1", "v", "ada", "yes"}
FALSE_WORDS = {"tidak", "t", "belum", "belum terdaftar", "tidak terdaftar", "false", "salah", "0", "-", "no",
               "n", "tdk"}


def _parse_bool(text: str):
    word = normalise(text) if text.strip() != "-" else "-"
    if word in TRUE_WORDS or text.strip() in ("✓", "√"):
        return True
    if word in FALSE_WORDS:
        return False
    return None


def _parse_wilayah(text: str):
    word = normalise(text)
    if word in ("desa", "kampung", "d"):
        return "desa"
    if word in ("kelurahan", "kel", "k"):
        return "kelurahan"
    return None


def _parse_date(text: str):
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}( .*)?", text):
        value = pd.to_datetime(text[:10], format="%Y-%m-%d", errors="coerce")
    else:  # Indonesian order: day/month/year
        value = pd.to_datetime(text, dayfirst=True, errors="coerce", format="mixed")
    return None if pd.isna(value) else value.normalize()


def import_table(table: pd.DataFrame, mapping: dict, schema: Schema = SKEMA_KIM, *,
                 fixed: dict | None = None, regions=None) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Apply ``mapping`` (field → file column or None) and validate.

    ``fixed`` gives a value for every row of a field the file lacks (e.g. the participant's
    kab/kota). Returns ``(result, problems)``; ``result`` is None when a problem is an error.
    """
    problems = mapping_problems(mapping, schema, fixed)
    if any(p.is_error for p in problems):
        return None, problems
    frame = apply_mapping(table, mapping, schema, fixed=fixed)
    result, more = validate(frame, schema, regions=regions)
    problems += more
    if any(p.is_error for p in problems):
        return None, problems
    return result, problems


def mapping_problems(mapping: dict, schema: Schema = SKEMA_KIM, fixed: dict | None = None) -> list[Problem]:
    fixed = fixed or {}
    problems = []
    missing = [f.label for f in schema.fields
               if f.required and not mapping.get(f.name) and not fixed.get(f.name)]
    if missing:
        problems.append(Problem("galat", msg("importer.required_unmapped", fields=", ".join(missing))))
    chosen: dict[str, list[str]] = {}
    for f in schema.fields:
        if mapping.get(f.name):
            chosen.setdefault(mapping[f.name], []).append(f.label)
    for column, labels in chosen.items():
        if len(labels) > 1:
            problems.append(Problem("galat", msg("importer.column_twice", column=column, fields=", ".join(labels))))
    return problems


def apply_mapping(table: pd.DataFrame, mapping: dict, schema: Schema = SKEMA_KIM, *,
                  fixed: dict | None = None) -> pd.DataFrame:
    """A text table with the schema's columns, in schema order; the index keeps row numbers."""
    fixed = fixed or {}
    out = pd.DataFrame(index=table.index)
    for f in schema.fields:
        column = mapping.get(f.name)
        if column:
            out[f.name] = table[column].fillna("").astype(str).str.strip()
        else:
            out[f.name] = fixed.get(f.name, "") or ""
    return out


def validate(frame: pd.DataFrame, schema: Schema = SKEMA_KIM, *, regions=None) -> tuple[pd.DataFrame, list[Problem]]:
    """Check and convert a mapped text table; returns the typed table and the problems."""
    if regions is None:
        import kimkit.data

        regions = kimkit.data.wilayah_kaltim()
    codes = dict(zip(regions["nama"], regions["kode_kemendagri"]))
    problems: list[Problem] = []
    result = pd.DataFrame(index=frame.index)
    for f in schema.fields:
        text = frame[f.name].fillna("").astype(str).str.strip()
        empty = text == ""
        if f.required and empty.any():
            problems.append(Problem("galat", msg("importer.required_empty", field=f.label),
                                    list(text.index[empty])))
        if f.kind == "kabkota":
            matched, loose, unknown = [], {}, {}
            for row, value in text.items():
                if value == "":
                    matched.append(pd.NA)
                    continue
                name, exact = match_region(value, codes)
                matched.append(name if name else pd.NA)
                if name is None:
                    unknown.setdefault(value, []).append(row)
                elif not exact:
                    loose.setdefault((value, name), []).append(row)
            result[f.name] = pd.Series(matched, index=text.index, dtype="object")
            for value, rows in unknown.items():
                problems.append(Problem("galat", msg("importer.unknown_region", value=value,
                                                     names=", ".join(codes)), rows))
            for (value, name), rows in loose.items():
                problems.append(Problem("peringatan", msg("importer.loose_region", value=value, name=name), rows))
            continue
        parsers = {"int": _parse_int, "bool": _parse_bool, "date": _parse_date, "wilayah": _parse_wilayah}
        if f.kind in parsers:
            parsed = text.map(lambda v: parsers[f.kind](v) if v else None)
            bad = ~empty & parsed.isna()
            if bad.any():
                problems.append(Problem("peringatan", msg(f"importer.bad_{f.kind}", field=f.label),
                                        list(text.index[bad])))
            if f.kind == "int":
                result[f.name] = pd.array(parsed.where(parsed.notna(), None).tolist(), dtype="Int64")
            elif f.kind == "bool":
                result[f.name] = pd.array(parsed.where(parsed.notna(), None).tolist(), dtype="boolean")
            elif f.kind == "date":
                result[f.name] = pd.to_datetime(parsed.where(parsed.notna(), None))
            else:
                result[f.name] = parsed.where(parsed.notna(), pd.NA).astype("object")
        else:
            result[f.name] = text
    if "kabkota" in result:
        result.insert(result.columns.get_loc("kabkota"), "kode_kabkota",
                      result["kabkota"].map(codes).astype("object"))
    if "id_kim" in result:
        missing_id = result["id_kim"] == ""
        result.loc[missing_id, "id_kim"] = [f"BARIS-{row}" for row in result.index[missing_id]]
    problems += _plausibility(result, schema)
    problems += _duplicates(result, schema)
    return result.reset_index(drop=True), problems


def _plausibility(result: pd.DataFrame, schema: Schema) -> list[Problem]:
    problems = []
    if "tahun_bentuk" in result:
        years = result["tahun_bentuk"]
        odd = years.notna() & ((years < 2000) | (years > dt.date.today().year))
        if odd.any():
            problems.append(Problem("peringatan", msg("importer.odd_year"), list(result.index[odd.fillna(False)])))
    if "jumlah_anggota" in result:
        members = result["jumlah_anggota"]
        none = members.notna() & (members < 1)
        if none.any():
            problems.append(Problem("peringatan", msg("importer.no_members"), list(result.index[none.fillna(False)])))
    if "terdaftar_kimid" in result and "nomor_sk" in result:
        without_sk = result["terdaftar_kimid"].fillna(False).astype(bool) & (result["nomor_sk"] == "")
        if without_sk.any():
            problems.append(Problem("peringatan", msg("importer.registered_without_sk"),
                                    list(result.index[without_sk])))
    return problems


def _duplicates(result: pd.DataFrame, schema: Schema) -> list[Problem]:
    key = [k for k in schema.key if k in result]
    if not key:
        return []
    folded = result[key].astype(str).apply(lambda col: col.map(normalise))
    filled = (folded != "").all(axis=1)
    repeated = folded.duplicated(keep=False) & filled
    problems = []
    for _values, group in folded[repeated].groupby(key, sort=False):
        rows = list(group.index)
        problems.append(Problem("peringatan", msg("importer.duplicate", first=rows[0]), rows))
    return problems


def summary(result: pd.DataFrame, schema: Schema = SKEMA_KIM) -> str:
    """One Indonesian line about a handed-back table."""
    if "kabkota" in result:
        key = "importer.summary_kim" if schema.name == SKEMA_KIM.name else "importer.summary_regions"
        return msg(key, n=len(result), regions=result["kabkota"].nunique())
    return msg("importer.summary", n=len(result))


# --- the participant's copy of the template ------------------------------------------------


def kit_file(filename: str):
    """A file shipped in ``kimkit/data/files`` (a Traversable: read it, never write it)."""
    from importlib import resources

    return resources.files("kimkit.data") / "files" / filename


def template_path():
    """The KIM-list template shipped with the kit."""
    return kit_file(TEMPLATE_FILE)


def salin_templat(tujuan: str | Path = TEMPLATE_FILE) -> Path:
    """Copy the kit's KIM-list template to ``tujuan`` (never overwrites an existing file)."""
    target = Path(tujuan).expanduser()
    if target.exists():
        raise TableError(msg("importer.template_exists", path=str(target)))
    target.write_bytes(template_path().read_bytes())
    return target


def write_template(schema: Schema = SKEMA_KIM) -> bytes:
    """The template XLSX as bytes, byte-identical on every run (fixed dates in the zip)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Daftar KIM"
    fields = [f for f in schema.fields if f.name != "id_kim"]
    sheet.append([f.label for f in fields])
    sheet.append([f.example for f in fields])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for cell in sheet[2]:
        cell.font = Font(italic=True, color="7F7F7F")
    for column_cells, f in zip(sheet.columns, fields):
        sheet.column_dimensions[column_cells[0].column_letter].width = max(14, len(f.label) + 2)
    sheet.freeze_panes = "A2"
    guide = workbook.create_sheet("Petunjuk")
    for line in msg("importer.template_guide").split("\n"):
        guide.append([line])
    guide.append([])
    guide.append([msg("importer.template_columns")])
    for f in fields:
        guide.append([f"{f.label}: " + msg("importer.template_required" if f.required else "importer.template_optional")])
    guide.column_dimensions["A"].width = 100
    fixed_time = dt.datetime(2025, 1, 1)
    workbook.properties.creator = "kimkit"
    workbook.properties.created = fixed_time
    workbook.properties.modified = fixed_time
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so that the bytes do not depend on the clock."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>",
                                 b'<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:modified>',
                                 content)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, content)
    return out.getvalue()
