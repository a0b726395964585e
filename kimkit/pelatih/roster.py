"""The event's roster: read a participant list (CSV or XLSX), check it, register it.

Every problem is found before anything is written; a roster with problems changes nothing.
Columns are recognised by name in any order and spelling trainers use (``ID Peserta``,
``Nama Lengkap``, ``Kab/Kota``, ``Unit Kerja``, ``E-mail``, …); kab/kota names are matched
tolerantly ("Kota Samarinda", "kab. berau", small typos).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from kimkit import importing
from kimkit.identity import validate
from kimkit.messages import msg

PROVINCE = "Provinsi Kalimantan Timur"
#: Kab/kota of each roster prefix (the kit's convention in kimkit.identity).
REGION_OF_PREFIX = {
    "PSR": "Paser", "KKR": "Kutai Kartanegara", "BRU": "Berau", "KBR": "Kutai Barat",
    "KTM": "Kutai Timur", "PPU": "Penajam Paser Utara", "MHU": "Mahakam Ulu",
    "BPN": "Balikpapan", "SMD": "Samarinda", "BTG": "Bontang", "PRV": PROVINCE,
}
#: The roster's columns, recognised like a participant's own table (kimkit.importing): by name,
#: in any order, with the spellings trainers use.
SKEMA_PESERTA = importing.Schema(
    name="peserta",
    title="Daftar peserta",
    key=("id_peserta",),
    fields=(
        importing.Field("id_peserta", "ID peserta", "text", required=True,
                        synonyms=("id", "id peserta", "idpeserta", "nomor peserta", "no peserta", "kode peserta"),
                        example="SMD-001"),
        importing.Field("nama", "Nama", "text", required=True,
                        synonyms=("nama", "nama lengkap", "nama peserta", "name"), example="Contoh Peserta"),
        importing.Field("instansi", "Instansi", "text", required=True,
                        synonyms=("instansi", "unit kerja", "opd", "dinas", "asal instansi", "lembaga"),
                        example="Diskominfo Kota Samarinda"),
        importing.Field("kabkota", "Kabupaten/Kota", "kabkota", required=True,
                        synonyms=("kabkota", "kab kota", "kabupaten kota", "kabupaten", "kota", "asal daerah",
                                  "daerah", "wilayah"),
                        example="Samarinda"),
        importing.Field("email", "Email", "text",
                        synonyms=("email", "e mail", "surel", "alamat email"), example="peserta@contoh.id"),
    ),
)
FIELDS = tuple(SKEMA_PESERTA.columns)
REQUIRED = tuple(f.name for f in SKEMA_PESERTA.fields if f.required)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class RosterError(Exception):
    """The roster cannot be used; ``problems`` lists every reason, in Indonesian."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Participant:
    id_peserta: str
    nama: str
    instansi: str
    kabkota: str
    email: str = ""


def _folded(text: object) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", str(text).casefold()).split())


def read_table(path: Path) -> pd.DataFrame:
    """A CSV or XLSX roster as text columns, read as the kit reads participants' own tables."""
    try:
        frame, _sheet = importing.read_table(Path(path))
    except importing.TableError as error:
        raise RosterError([str(error)]) from None
    return frame.fillna("")


def header_mapping(columns: list[str]) -> dict[str, str]:
    """Which file column holds each roster field, recognised by name."""
    return {f: c for f, c in importing.suggest_mapping(columns, SKEMA_PESERTA).items() if c is not None}


def match_region(text: str) -> str | None:
    """The kab/kota (or the province) a written name means, tolerating prefixes and typos."""
    from rapidfuzz import fuzz, process

    name = _folded(text)
    name = re.sub(r"^(kabupaten|kab|kota|pemkab|pemkot)\s+", "", name)
    if name in ("provinsi", "prov", "provinsi kalimantan timur", "kalimantan timur", "kaltim", "pemprov kaltim"):
        return PROVINCE
    regions = [r for r in REGION_OF_PREFIX.values() if r != PROVINCE]
    best = process.extractOne(name, {r: _folded(r) for r in regions}, scorer=fuzz.ratio, score_cutoff=85)
    return best[2] if best else None


def parse(frame: pd.DataFrame) -> list[Participant]:
    """Check every row; return the participants, or raise ``RosterError`` with every problem."""
    mapping = header_mapping(list(frame.columns))
    missing = [f for f in REQUIRED if f not in mapping]
    if missing:
        raise RosterError([msg("roster.missing_columns", columns=", ".join(missing),
                               found=", ".join(map(str, frame.columns)))])
    problems, participants, seen = [], [], {}
    for number, row in enumerate(frame.to_dict("records"), start=2):  # row 1 is the header
        values = {f: str(row.get(mapping.get(f, ""), "")).strip() for f in FIELDS}
        empty = [f for f in REQUIRED if not values[f]]
        if empty:
            problems.append(msg("roster.empty_fields", row=number, fields=", ".join(empty)))
            continue
        roster_id, _ = validate(values["id_peserta"])
        region = match_region(values["kabkota"])
        if not roster_id or roster_id == "MANDIRI":
            problems.append(msg("roster.bad_id", row=number, value=values["id_peserta"]))
        if region is None:
            problems.append(msg("roster.unknown_region", row=number, value=values["kabkota"]))
        if roster_id and region and REGION_OF_PREFIX.get(roster_id[:3]) not in (region, None):
            problems.append(msg("roster.prefix_region", row=number, roster_id=roster_id, region=region,
                                expected=REGION_OF_PREFIX[roster_id[:3]]))
        if values["email"] and not EMAIL.match(values["email"]):
            problems.append(msg("roster.bad_email", row=number, value=values["email"]))
        if roster_id in seen:
            problems.append(msg("roster.duplicate", row=number, roster_id=roster_id, first=seen[roster_id]))
        if roster_id and region:
            seen.setdefault(roster_id, number)
            participants.append(Participant(roster_id, " ".join(values["nama"].split()),
                                            " ".join(values["instansi"].split()), region, values["email"]))
    if not participants and not problems:
        problems.append(msg("roster.empty"))
    if problems:
        raise RosterError(problems)
    return participants


def register(participants: list[Participant], roster_file: Path, gradebook_url: str) -> None:
    """Write the roster file and add or update every participant in nbgrader's gradebook."""
    from nbgrader.api import Gradebook

    pd.DataFrame([p.__dict__ for p in participants], columns=list(FIELDS)).to_csv(roster_file, index=False)
    with Gradebook(gradebook_url, course_id="kimkit") as gradebook:
        for p in participants:
            gradebook.update_or_create_student(p.id_peserta, first_name=p.nama, last_name="",
                                               email=p.email or None)


def load(roster_file: Path) -> list[Participant]:
    """The registered roster of a course folder (empty before one was imported)."""
    if not Path(roster_file).is_file():
        return []
    frame = pd.read_csv(roster_file, dtype=str).fillna("")
    return [Participant(**{f: row[f] for f in FIELDS}) for row in frame.to_dict("records")]
