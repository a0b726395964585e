"""kimkit — training kit for KIM development and government media content in Kalimantan Timur.

In a notebook::

    import kimkit
    from kimkit.exercises.latihan01 import *
    kimkit.mulai(globals())

Participant-facing functions have Indonesian names: ``mulai``, ``identitas``,
``cek_semua``, ``mode_mandiri``, ``kemajuan``.
"""

from __future__ import annotations

from collections.abc import MutableMapping

from kimkit import friendly_errors
from kimkit.checks import binder, policy, progress
from kimkit.checks.outcomes import Outcome, OutcomeType
from kimkit.checks.placeholder import ____
from kimkit.checks.view import QuestionView
from kimkit.identity import identitas
from kimkit.messages import msg

__version__ = "0.1.0"


def mulai(namespace: MutableMapping[str, object]) -> Outcome:
    """Prepare a notebook: bind its variables for self-checks, explain common errors."""
    binder.bind(namespace)
    namespace.setdefault("____", ____)
    friendly_errors.install()
    return Outcome(OutcomeType.INFO, msg("setup.ready", version=__version__))


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
    views = sorted((v for v in namespace.values() if isinstance(v, QuestionView)),
                   key=lambda v: (len(v.name), v.name))
    results = [(view, view.cek()) for view in views]
    kinds = {outcome.kind for _, outcome in results}
    passed = sum(outcome.kind is OutcomeType.PASS for _, outcome in results)
    lines = tuple(f"{'✔' if o.kind is OutcomeType.PASS else '✘' if o.kind is OutcomeType.FAIL else '…'} "
                  f"{view.name}: {o.heading}" for view, o in results)
    if kinds <= {OutcomeType.PASS}:
        kind = OutcomeType.PASS
    elif OutcomeType.FAIL in kinds or OutcomeType.ERROR in kinds:
        kind = OutcomeType.FAIL
    else:
        kind = OutcomeType.UNATTEMPTED
    return Outcome(kind, msg("check.all_summary", passed=passed, total=len(results)), "cek_semua", extra=lines)


def kemajuan() -> Outcome:
    """Summarise the self-checks recorded on this computer."""
    records = progress.summary()
    if not records:
        return Outcome(OutcomeType.INFO, msg("progress.empty"))
    correct = sum(bool(r.get("benar")) for r in records.values())
    lines = tuple(
        f"{'✔' if r.get('benar') else '✘'} {question}: {r.get('percobaan', 0)}×"
        for question, r in sorted(records.items())
    )
    return Outcome(OutcomeType.INFO, msg("progress.summary", correct=correct, attempted=len(records)),
                   extra=lines)


__all__ = ["mulai", "identitas", "cek_semua", "mode_mandiri", "kemajuan", "____", "__version__"]
