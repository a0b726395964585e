"""``python -m kimkit.pelatih siapkan|peserta|kumpulkan|nilai …``: the trainer's commands, in Indonesian."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kimkit.messages import angka, indonesian_argparse, msg
from kimkit.pelatih import certificates, collect, course, feedback, grading, hub, reports, roster, sandbox


def _folder(args) -> course.CourseFolder:
    return course.CourseFolder(Path(args.folder).resolve() if args.folder else course.REPOSITORY)


def _prepared(folder: course.CourseFolder) -> bool:
    if folder.gradebook_file.is_file():
        return True
    print(msg("pelatih.not_prepared", path=folder.root), file=sys.stderr)
    return False


def prepare(args) -> int:
    folder = _folder(args)
    try:
        names = course.prepare(folder)
    except ImportError:
        print(msg("pelatih.no_nbgrader"), file=sys.stderr)
        return 1
    except course.CourseError as error:
        key = "pelatih.no_solutions" if str(error) == "solutions" else "pelatih.prepare_failed"
        print(msg(key, path=folder.root, detail=error), file=sys.stderr)
        return 1
    print(msg("pelatih.prepared", path=folder.root, names=", ".join(names)))
    return 0


def import_roster(args) -> int:
    folder = _folder(args)
    try:
        participants = roster.parse(roster.read_table(Path(args.berkas)))
    except roster.RosterError as error:
        print(msg("roster.rejected", n=len(error.problems)), file=sys.stderr)
        for problem in error.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    roster.register(participants, folder.roster_file, folder.gradebook_url)
    print(msg("roster.registered", n=len(participants), path=folder.roster_file))
    return 0


def collect_inbox(args) -> int:
    folder = _folder(args)
    inbox = Path(args.dari).resolve() if args.dari else folder.inbox
    report = collect.collect(folder, inbox)
    print(collect.render(report))
    return 0


def grade(args) -> int:
    folder = _folder(args)
    if args.latihan not in folder.assignments():
        print(msg("grading.unknown_exercise", name=args.latihan, names=", ".join(folder.assignments())),
              file=sys.stderr)
        return 1
    adopted = hub.adopt_accounts(folder, args.latihan)  # JupyterHub: submitted/<account>/ → <roster id>/
    if adopted:
        print(msg("grading.hub_accounts", pairs=", ".join(f"{a} → {i}" for a, i in adopted),
                  archive=folder.archive / "jupyterhub"))
    students = grading.submitted_students(folder, args.latihan)
    if not students:
        print(msg("grading.nothing", name=args.latihan, path=folder.submitted), file=sys.stderr)
        return 1
    print(msg(sandbox.protection()))
    started = time.perf_counter()

    def show(result: grading.Result, done: int, total: int) -> None:
        bar = "#" * round(20 * done / total)
        if result.status == "selesai":
            detail = msg("grading.line_done", score=angka(result.score, 1), max=angka(result.max_score, 0))
        else:
            detail = msg("grading.line_failed", problem=result.problem)
        print(f"[{bar:<20}] {done:>3}/{total} {result.student}: {detail} ({angka(result.seconds, 1)} dtk)", flush=True)

    try:
        state = grading.grade(folder, args.latihan, workers=args.paralel, timeout=args.batas_waktu,
                              memory_mb=args.memori, again=args.ulang, on_result=show)
    except KeyboardInterrupt:
        done = len(grading.load_state(folder, args.latihan))
        print("\n" + msg("grading.interrupted", done=done, total=len(students)), file=sys.stderr)
        return 130
    failed = [r for r in state.values() if r.status != "selesai"]
    print(msg("grading.finished", total=len(state), failed=len(failed),
              seconds=angka(time.perf_counter() - started, 1), path=grading.state_file(folder, args.latihan)))
    return 0


def write_feedback(args) -> int:
    folder = _folder(args)
    pages = feedback.write_all(folder, args.latihan, combined=args.gabung)
    print(msg("feedback.written", n=len(pages), path=folder.root / "umpan_balik"))
    return 0


def write_reports(args) -> int:
    folder = _folder(args)
    paths = reports.write_reports(folder, args.judul or "")
    print(msg("report.written", paths=", ".join(str(p) for p in paths)))
    return 0


def write_certificates(args) -> int:
    folder = _folder(args)
    try:
        written, listing = certificates.write_certificates(folder)
    except certificates.EventError as error:
        print(error, file=sys.stderr)
        return 1
    print(msg("certificate.written", n=len(written), path=folder.root / "sertifikat", listing=listing))
    return 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="python -m kimkit.pelatih", description=msg("pelatih.description"))
    main.add_argument("--folder", help=msg("pelatih.help.folder"))
    commands = main.add_subparsers(dest="perintah", required=True)
    commands.add_parser("siapkan", help=msg("pelatih.help.prepare")).set_defaults(run=prepare)
    people = commands.add_parser("peserta", help=msg("pelatih.help.roster"))
    people.add_argument("berkas", help=msg("pelatih.help.roster_file"))
    people.set_defaults(run=import_roster)
    gather = commands.add_parser("kumpulkan", help=msg("pelatih.help.collect"))
    gather.add_argument("--dari", help=msg("pelatih.help.inbox"))
    gather.set_defaults(run=collect_inbox)
    marking = commands.add_parser("nilai", help=msg("pelatih.help.grade"))
    marking.add_argument("latihan", help=msg("pelatih.help.exercise"))
    marking.add_argument("--paralel", type=int, default=0, help=msg("pelatih.help.workers"))
    marking.add_argument("--batas-waktu", type=int, default=60, help=msg("pelatih.help.timeout"))
    marking.add_argument("--memori", type=int, default=2048, help=msg("pelatih.help.memory"))
    marking.add_argument("--ulang", action="store_true", help=msg("pelatih.help.again"))
    marking.set_defaults(run=grade)
    pages = commands.add_parser("umpan-balik", help=msg("pelatih.help.feedback"))
    pages.add_argument("latihan", help=msg("pelatih.help.exercise"))
    pages.add_argument("--gabung", action="store_true", help=msg("pelatih.help.combined"))
    pages.set_defaults(run=write_feedback)
    tables = commands.add_parser("laporan", help=msg("pelatih.help.reports"))
    tables.add_argument("--judul", help=msg("pelatih.help.title"))
    tables.set_defaults(run=write_reports)
    awards = commands.add_parser("sertifikat", help=msg("pelatih.help.certificates"),
                                 description=msg("pelatih.help.certificates_long"), formatter_class=argparse.RawDescriptionHelpFormatter)
    awards.set_defaults(run=write_certificates)
    return main


def main(argv: list[str] | None = None) -> int:
    indonesian_argparse()
    args = parser().parse_args(argv)
    if args.run is not prepare and not _prepared(_folder(args)):
        return 1
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
