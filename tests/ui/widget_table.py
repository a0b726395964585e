"""Every participant-facing widget of the kit, as a browser test sees it: one entry each.

An entry says how the widget is made in a notebook cell (``create``: Python run in the
kernel after ``kimkit.mulai(globals(), "modul00")`` with ``pd``, ``kimkit``, ``kimkit.data``
and ``kimkit.widgets`` imported), and what a participant does with it (``steps``):

    ("fill", KEY, VALUE[, N])   type VALUE into the N-th field whose placeholder is KEY
    ("field", KEY, VALUE)       type VALUE into the field right under the label KEY
    ("click", KEY)              press the button labelled KEY
    ("choose", N[, "first-only"])  pick option N in every radio group (or only the first)
    ("tick", KEY)               tick the checkbox labelled KEY
    ("expect", KEY)             the widget's feedback line shows the message KEY

KEY is a key of the kit's message catalogue (its text is looked up, so the table follows
the catalogue), or literal text when it is no key. For "expect", the longest literal piece
of the message (without its ``{placeholders}``) must appear in the page.

No playwright here: ``tests/unit/test_ui_widget_table.py`` checks, without a browser, that
the table covers every widget ``kimkit.widgets.__all__`` offers participants.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass

import kimkit.widgets  # noqa: F401  (the classes the table names)
from kimkit.messages import MESSAGES

Step = tuple


@dataclass(frozen=True)
class WidgetCase:
    key: str            # short name; the widget's variable in the scratch notebook
    widget: str         # dotted path of the class or alias the participant calls
    create: str         # Python expression making the widget, evaluated in the kernel
    steps: tuple[Step, ...]

    def resolve(self):
        module, _, name = self.widget.rpartition(".")
        return getattr(importlib.import_module(module), name)


def text(key: str) -> str:
    """The catalogue text of ``key``, or ``key`` itself when it is literal text."""
    return MESSAGES.get(key, key)


def plain(text: str) -> str:
    """``text`` as the page shows it: inline `code` and **bold** lose their marks."""
    return re.sub(r"\s+", " ", text.replace("`", "").replace("**", "")).strip()


def fragment(key: str) -> str:
    """The longest literal piece of message ``key`` (what the page must show)."""
    if key not in MESSAGES:
        return key
    pieces = re.split(r"\{[^{}]*\}", MESSAGES[key])
    pieces = [plain(p) for p in pieces]
    return max(pieces, key=len)


def example_import() -> tuple[Step, ...]:
    """The import boxes: use the kit's example file, then check and use it."""
    return (("click", "importer.use_example"), ("expect", "importer.loaded_example"),
            ("click", "importer.apply"), ("expect", "importer.accepted_title"))


CASES: tuple[WidgetCase, ...] = (
    WidgetCase("kuis", "kimkit.widgets.Kuis",
               'kimkit.widgets.Kuis([kuis1, kuis2], title="Kuis uji")',
               (("choose", 0), ("click", "quiz.check_button"), ("expect", "quiz.score"))),
    WidgetCase("impordata", "kimkit.widgets.ImporData", "kimkit.widgets.ImporData()", example_import()),
    WidgetCase("imporkalender", "kimkit.widgets.calendar_planner.ImporKalender",
               "kimkit.widgets.calendar_planner.ImporKalender()", example_import()),
    WidgetCase("imporrundown", "kimkit.widgets.ImporRundown", "kimkit.widgets.ImporRundown()", example_import()),
    WidgetCase("catatanaspirasi", "kimkit.widgets.CatatanAspirasi", "kimkit.widgets.CatatanAspirasi()",
               (("fill", "aspiration.placeholder.date", "03/11/2025"),
                ("fill", "aspiration.placeholder.text", "Lampu jalan di depan balai pertemuan padam"),
                ("click", "aspiration.add"), ("expect", "aspiration.added"))),
    WidgetCase("penilaiankim", "kimkit.widgets.PenilaianKIM",
               "kimkit.widgets.PenilaianKIM(kimkit.data.kim_kaltim(), kimkit.data.kegiatan_kim())",
               (("choose", 1), ("click", "penilaian.compute"), ("expect", "penilaian.result"))),
    WidgetCase("perencanakalender", "kimkit.widgets.PerencanaKalender", "kimkit.widgets.PerencanaKalender()",
               (("fill", "calendar.placeholder.date", "17/11/2025"),
                ("fill", "calendar.placeholder.time", "19:00"),
                ("fill", "calendar.placeholder.theme", "Jadwal posyandu bulan ini"),
                ("click", "calendar.add"), ("expect", "calendar.added"))),
    WidgetCase("pemeriksaketerangan", "kimkit.widgets.PemeriksaKeterangan", "kimkit.widgets.PemeriksaKeterangan()",
               (("fill", "captions.placeholder.caption",
                 "Ayo donor darah! Sabtu (14/2) pukul 08.00 WITA di Gedung Serbaguna. #DonorDarah"),
                ("tick", "captions.field.has_image"),
                ("click", "captions.check"), ("expect", "captions.problem.alt"),
                ("fill", "captions.placeholder.alt", "Petugas PMI mengambil darah seorang warga di Gedung Serbaguna"),
                ("click", "captions.check"), ("expect", "captions.checked_ok"))),
    WidgetCase("penyusunrundown", "kimkit.widgets.PenyusunRundown", "kimkit.widgets.PenyusunRundown()",
               (("fill", "rundown.placeholder.name", "Pembuka"),
                ("fill", "rundown.placeholder.time", "2:00", 1),
                ("click", "rundown.button.add"), ("expect", "rundown.added"))),
    WidgetCase("kalkulatorengagement", "kimkit.widgets.KalkulatorEngagement",
               "kimkit.widgets.KalkulatorEngagement(kimkit.data.posting_medsos().head(30))",
               (("click", "engagement.compute"), ("expect", "engagement.result"))),
    WidgetCase("periksahoaks", "kimkit.widgets.PeriksaHoaks", "kimkit.widgets.PeriksaHoaks()",
               (("fill", "verification.placeholder.text",
                 "Pesan berantai: besok ada pembagian sembako gratis di kantor camat, sebarkan!"),
                ("click", "verification.assess"), ("expect", "verification.assessed"))),
    WidgetCase("ceksebelumterbit", "kimkit.widgets.CekSebelumTerbit", "kimkit.widgets.CekSebelumTerbit()",
               (("fill", "prepublication.placeholder.text",
                 "Selamat kepada Ibu Sari (NIK 6401234567890001, HP 0812-3456-7890) atas juara lomba."),
                ("click", "prepublication.check"), ("expect", "prepublication.fix_message"))),
    WidgetCase("penggabungkalender", "kimkit.widgets.PenggabungKalender", "kimkit.widgets.PenggabungKalender()",
               (("click", "collaboration.none"), ("expect", "collaboration.empty_selection"),
                ("click", "collaboration.all"), ("expect", "collaboration.ready"),
                ("click", "collaboration.export_xlsx"), ("expect", "collaboration.exported"))),
    WidgetCase("rencanakampanye", "kimkit.widgets.RencanaKampanye",
               'kimkit.widgets.RencanaKampanye(kabkota="Kutai Kartanegara")',
               (("fill", "2026-03-05", "2026-03-05"), ("fill", "19:00", "19:00"),
                ("field", "campaign.widget.tema", "Ajakan ikut perpustakaan keliling"),
                ("click", "campaign.widget.add"), ("expect", "campaign.widget.added"),
                ("click", "campaign.widget.export"), ("expect", "campaign.widget.exported"))),
)

# Classes in kimkit.widgets.__all__ that participants never create themselves
NOT_PARTICIPANT_FACING = {
    "KitWidget": "the base class of every widget",
    "QuizItem": "one question inside Kuis; Kuis makes them",
}


def scratch_cells(cases=CASES) -> list[str]:
    """Code cells of the scratch notebook: setup, then one cell per widget, as a participant
    writes them (the test finds widget number i in code cell i + 1)."""
    cells = ['import pandas as pd\nimport kimkit\nimport kimkit.data\nimport kimkit.widgets\n'
             'import kimkit.widgets.calendar_planner\nkimkit.mulai(globals(), "modul00")']
    for case in cases:
        cells.append(f"{case.key} = {case.create}\n{case.key}")
    return cells
