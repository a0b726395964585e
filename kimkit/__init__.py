"""kimkit — training kit for KIM development and government media content in Kalimantan Timur.

In a notebook::

    import kimkit
    kimkit.mulai(globals(), "latihan01")   # binds soal1, soal2, … of that notebook

Participant-facing functions have Indonesian names: ``mulai``, ``identitas``,
``cek_semua``, ``mode_mandiri``, ``pasang_paket_solusi``, ``kemajuan``.
"""

from __future__ import annotations

from collections.abc import MutableMapping

from kimkit import friendly_errors, self_study
from pathlib import Path

from kimkit.checks import binder, loader, policy, solutions
from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.checks.placeholder import ____
from kimkit.checks.view import QuestionView
from kimkit.identity import identitas
from kimkit.messages import msg

__version__ = "0.1.0"


def mulai(namespace: MutableMapping[str, object], soal: str = "") -> Outcome:
    """Prepare a notebook: bind its variables for self-checks, explain common errors.

    ``soal`` names the notebook's question set (``"latihan07"``, ``"modul01"``); its
    questions are put into the notebook as ``soal1``, ``soal2``, … (and ``kuis1``, …).
    """
    binder.bind(namespace)
    namespace.setdefault("____", ____)
    friendly_errors.install()
    _plain_numbers()
    if soal:
        try:
            namespace.update(loader.views(soal))
        except loader.UnknownExercise:
            return Outcome(OutcomeType.ERROR, msg("setup.unknown_exercise", name=soal,
                                                  available=", ".join(loader.available())))
    return Outcome(OutcomeType.INFO, msg("setup.ready", version=__version__))


def _plain_numbers() -> None:
    """Show numpy numbers as ``197``, not numpy 2's ``np.int64(197)``, which puzzles a newcomer."""
    try:
        import numpy

        numpy.set_printoptions(legacy="1.25")
    except (ImportError, ValueError, TypeError):  # an older numpy already prints 197
        pass


def mode_mandiri() -> Outcome:
    """Switch this computer to self-study mode: solutions of graded exercises open."""
    allowed, path = policy.enable_self_study()
    if not allowed:
        return Outcome(OutcomeType.INFO, msg("mode.self_study_blocked"))
    return Outcome(OutcomeType.INFO, msg("mode.self_study_on", path=path or "-"))


def cek_semua() -> Outcome:
    """Check every question of this notebook at once (the last cell before saving)."""
    namespace = binder.bound_namespace()
    if namespace is None:
        return Outcome(OutcomeType.ERROR, msg("check.not_bound"))
    views = sorted((v for v in namespace.values() if isinstance(v, (QuestionView, loader.TaskView))),
                   key=lambda v: (len(v.name), v.name))
    results = [(view, view.cek()) for view in views]
    checked = [o for view, o in results if isinstance(view, QuestionView)]
    tasks = [view.filled for view, _ in results if isinstance(view, loader.TaskView)]
    passed = sum(o.kind is OutcomeType.PASS for o in checked)
    icons = {OutcomeType.PASS: "✔", OutcomeType.FAIL: "✘", OutcomeType.ERROR: "✘"}
    lines = tuple(f"{icons.get(o.kind, '✎' if isinstance(view, loader.TaskView) else '…')} "
                  f"{view.name}: {o.heading}" for view, o in results)
    failed = any(o.kind in (OutcomeType.FAIL, OutcomeType.ERROR) for o in checked)
    open_questions = any(o.kind is OutcomeType.UNATTEMPTED for o in checked)
    steps = [msg("check.all_passed", passed=passed, total=len(checked))]
    steps += [msg("check.all_fix")] if failed else []
    steps += [msg("check.all_answer")] if open_questions else []
    steps += [msg("check.all_task_empty")] if False in tasks else []
    steps += [msg("check.all_task_unknown")] if None in tasks else []
    done = not failed and not open_questions and False not in tasks
    steps.append(msg("check.all_submit") if done else msg("check.all_again"))
    kind = (OutcomeType.FAIL if failed else OutcomeType.PASS if done else OutcomeType.UNATTEMPTED)
    return Outcome(kind, " ".join(steps), "cek_semua", extra=lines)


def pasang_paket_solusi(berkas: str | Path) -> Outcome:
    """Install the solutions pack a trainer hands out after grading (for self-study)."""
    try:
        count = solutions.install_pack(Path(berkas))
    except solutions.PackError as error:
        return Outcome(OutcomeType.ERROR, msg("solution.pack_invalid", path=berkas, problem=error))
    return Outcome(OutcomeType.INFO, msg("solution.pack_installed", n=count))


def kemajuan(modul: str | int | None = None) -> self_study.Dashboard | Outcome:
    """Show the self-study dashboard: progress per module and the next step.

    ``modul`` (``"03"``) shows one module in detail. The records are only read here.
    """
    board = self_study.dashboard(modul)
    if board is None:
        return Outcome(OutcomeType.INFO, msg("progress.unknown_module", value=modul,
                                              first=self_study.MODULES[0].number,
                                              last=self_study.MODULES[-1].number))
    return board


__all__ = ["mulai", "identitas", "cek_semua", "mode_mandiri", "pasang_paket_solusi", "kemajuan", "____",
           "__version__"]
