"""The participants' zip (``make bundle``): what it holds, what it must never hold, and that
the kit starts from it."""

import json
import os
import stat
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path, PurePosixPath

import pytest

from kimkit import lab
from tools import make_bundle as mb

ROOT = Path(__file__).resolve().parents[2]
TOP = mb.TOP
EXPECTED_TOP_LEVEL = {"BACA_DULU.txt", "mulai.sh", "mulai.command", "mulai.bat", "pyproject.toml",
                      "course", "exercises", "kimkit"}
LEAK_MARKERS = ("BEGIN SOLUTION", "HIDDEN TESTS", "MARK SCHEME", "sealed_solution")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    """The zip as `make bundle` writes it, but without the build's own leak guard, so that
    the tests below judge the contents independently."""
    path = mb.build(tmp_path_factory.mktemp("bundle") / "kimkit-peserta.zip", check=False)
    with zipfile.ZipFile(path) as archive:
        yield archive


def inside(name: str) -> PurePosixPath:
    """A zip entry's path below the top folder."""
    path = PurePosixPath(name)
    assert path.parts[0] == TOP, f"{name} is outside {TOP}/"
    return PurePosixPath(*path.parts[1:])


def files(bundle) -> dict[PurePosixPath, bytes]:
    return {inside(info.filename): bundle.read(info) for info in bundle.infolist() if not info.is_dir()}


def test_expected_top_level_entries(bundle):
    assert {path.parts[0] for path in files(bundle)} == EXPECTED_TOP_LEVEL


def test_every_course_and_exercise_file_and_the_whole_package_is_there(bundle):
    names = {path.as_posix() for path in files(bundle)}
    assert set(lab.source_files(ROOT)) <= names
    assert "course/00_mulai.ipynb" in names
    package = {p.relative_to(ROOT).as_posix() for p in mb.kit_files(ROOT) if p.parts[len(ROOT.parts)] == "kimkit"}
    assert package and package <= names
    assert any(name.startswith("kimkit/data/files/") for name in names), "datasets missing"
    assert not [n for n in names if "__pycache__" in n or ".ipynb_checkpoints" in n or n.endswith(".pyc")]


def test_no_trainer_only_paths(bundle):
    for path in files(bundle):
        assert not set(path.parts) & {"solutions", "authoring", "tests", "tools"}, path


def test_course_map_is_in_and_trainer_guide_is_out(bundle):
    """Participants get course/peta_kursus.md; panduan_pelatih/ (trainer notes) never ships,
    and the build's own guard refuses it should it ever be added to the bundled folders."""
    names = {path.as_posix() for path in files(bundle)}
    assert "course/peta_kursus.md" in names
    assert (ROOT / "panduan_pelatih" / "README.md").is_file()
    assert not [n for n in names if "panduan_pelatih" in n]
    leaked = mb.Entry(f"{TOP}/panduan_pelatih/modul_01.md", b"catatan pelatih")
    assert f"{TOP}/panduan_pelatih/modul_01.md: trainer-only path" in mb.problems([leaked])
    nested = mb.Entry(f"{TOP}/course/panduan_pelatih/modul_01.md", b"catatan pelatih")
    assert any("trainer-only path" in p for p in mb.problems([nested]))


def test_no_file_carries_a_solution_marker(bundle):
    for path, data in files(bundle).items():
        text = data.decode("utf-8", errors="replace")
        for marker in LEAK_MARKERS:
            assert marker not in text, f"{path} contains {marker!r}"


def test_no_line_of_a_solution_appears_in_exercises_course_or_kimkit(bundle):
    """Every line (7+ characters) of a solution region, of a mark scheme (but for its example
    code between ``` fences) and of a hidden test (but for the copy of kimkit's own digest
    functions it carries) is looked for in every released exercise, teaching notebook and
    kimkit file: notebook cells, JSON strings and Python string literals included, so
    escaped quotes cannot hide a line. Allowed (see make_bundle.says_nothing/leaked_lines):
    lines that reveal nothing (imports, code fences, ``posting_er = posting.copy()`` as a
    hint's first step) and, outside the exercise's own files, a literal answer such as
    ``jawaban_1 = "B"``: in a teaching notebook or another module it is another question's
    answer or a worked example, while in ``exercises/latihan01/`` or
    ``kimkit/exercises/latihan01.json`` it would give the answer away."""
    secrets = mb.secret_lines(ROOT)
    assert set(secrets) == {p.name for p in (ROOT / "solutions").iterdir() if p.is_dir() and p.name.startswith("latihan")}
    assert all(secrets.values()), "no solution lines found: did the markers change?"
    leaks = []
    for path, data in files(bundle).items():
        if path.parts[0] in ("course", "exercises", "kimkit"):
            leaks += mb.leaked_lines(f"{TOP}/{path}", data, secrets)
    assert not leaks, "\n".join(leaks)


def test_leak_rules():
    secrets = {"latihan07": {'posting_er = posting.copy()', 'jawaban_5 = "B"',
                             'top5 = posting_er.sort_values("er_reach").head(5)'}}
    solution = b'hint: "Mulailah dengan `posting_er = posting.copy()`"\njawaban_5 = "B"\n'
    assert mb.leaked_lines(f"{TOP}/kimkit/exercises/modul07.json", solution, secrets) == []
    assert mb.leaked_lines(f"{TOP}/exercises/latihan07/latihan07.ipynb", solution, secrets) == [
        f'{TOP}/exercises/latihan07/latihan07.ipynb: latihan07: jawaban_5 = "B"']
    escaped = json.dumps({"hints": ['top5 = posting_er.sort_values("er_reach").head(5)']}).encode()
    assert mb.leaked_lines(f"{TOP}/kimkit/exercises/other.json", escaped, secrets)
    assert mb.says_nothing("from kimkit.formatting import bulan_id") and mb.says_nothing("```python")
    assert not mb.says_nothing("kim_per_kabkota = kim['kabkota'].value_counts()")


def test_secret_lines_of_a_solution_notebook(tmp_path):
    notebook = tmp_path / "solutions/latihan99/latihan99.ipynb"
    notebook.parent.mkdir(parents=True)
    (tmp_path / "kimkit").mkdir()
    (tmp_path / "kimkit/canonical.py").write_text("def _kk_digest(salt, text):\n    return text\n")
    cells = [
        "### BEGIN SOLUTION\nhasil = tabel['a'].sum()\n### END SOLUTION\n",
        "assert True\n### BEGIN HIDDEN TESTS\n# diharapkan: 42\ndef _kk_digest(salt, text):\n"
        "    return text\nassert hasil == 42\n### END HIDDEN TESTS\n",
        "=== BEGIN MARK SCHEME ===\n- 1 poin: menyebut batasan data\n```python\ngrafik = tabel.plot()\n```\n"
        "=== END MARK SCHEME ===\n",
    ]
    notebook.write_text(json.dumps({"cells": [{"cell_type": "code", "source": c} for c in cells]}))
    assert mb.secret_lines(tmp_path) == {"latihan99": {
        "hasil = tabel['a'].sum()", "# diharapkan: 42", "assert hasil == 42", "- 1 poin: menyebut batasan data"}}


def test_start_scripts(bundle):
    entries = {inside(info.filename).as_posix(): info for info in bundle.infolist()}
    for name in ("mulai.sh", "mulai.command", "mulai.bat", "BACA_DULU.txt"):
        assert name in entries, f"{name} missing"
    for name in ("mulai.sh", "mulai.command"):
        info = entries[name]
        mode = info.external_attr >> 16
        assert info.create_system == 3 and stat.S_ISREG(mode) and mode & 0o111 == 0o111, f"{name} not executable"
        text = bundle.read(info).decode()
        assert text.startswith("#!/bin/sh\n") and "\r" not in text
    assert "kimkit.lab" in bundle.read(entries["mulai.sh"]).decode()
    assert "mulai.sh" in bundle.read(entries["mulai.command"]).decode()
    bat = bundle.read(entries["mulai.bat"])
    assert b"kimkit.lab" in bat and b"\r\n" in bat and b"\n" not in bat.replace(b"\r\n", b"")
    assert bat.isascii(), "cmd.exe does not read UTF-8: keep mulai.bat ASCII"
    readme = bundle.read(entries["BACA_DULU.txt"]).decode("utf-8")
    for words in ("internet", "mulai.bat", "mulai.command", "mulai.sh", "ruang_kerja"):
        assert words in readme


def test_shell_start_script_is_valid_sh():
    subprocess.run(["sh", "-n", str(ROOT / "bundle" / "mulai.sh")], check=True)
    subprocess.run(["sh", "-n", str(ROOT / "bundle" / "mulai.command")], check=True)


def test_pyproject_installs_without_repository_files(bundle):
    project = tomllib.loads(bundle.read(f"{TOP}/pyproject.toml").decode())
    repository = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "readme" not in project["project"] and "pytest" not in project.get("tool", {})
    assert project["project"]["dependencies"] == repository["project"]["dependencies"]
    assert project["build-system"] == repository["build-system"]


def test_bundle_is_reproducible(bundle, tmp_path):
    again = mb.build(tmp_path / "again.zip", check=False)
    assert again.read_bytes() == Path(bundle.filename).read_bytes()


@pytest.mark.slow
def test_kit_starts_from_the_unpacked_bundle(bundle, tmp_path):
    """Unzipped elsewhere, the bundle's own kimkit (not the repository's) imports every
    module, reads its data and prepares the workspace next to itself."""
    bundle.extractall(tmp_path)
    kit = tmp_path / TOP
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", lab.WORKSPACE_ENV)}
    probe = ("import importlib, pkgutil, kimkit, kimkit.data\n"
             "for m in pkgutil.walk_packages(kimkit.__path__, 'kimkit.'):\n"
             "    if not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
             "print(kimkit.__file__)\n"
             "print(len(kimkit.data.wilayah_kaltim()))\n")
    result = subprocess.run([sys.executable, "-c", probe], cwd=kit, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    location, rows = result.stdout.split()
    assert Path(location).resolve() == (kit / "kimkit" / "__init__.py").resolve() and int(rows) == 10

    result = subprocess.run([sys.executable, "-m", "kimkit.lab", "--dry-run", "--port", "9999"],
                            cwd=kit, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    workspace = kit / "ruang_kerja"
    assert f"--ServerApp.root_dir={workspace}" in result.stdout
    assert (workspace / "course" / "00_mulai.ipynb").is_file()
    assert sorted(p.name for p in (workspace / "exercises").iterdir()) == \
        sorted(p.name for p in (ROOT / "exercises").iterdir() if p.is_dir())


def test_bundle_with_a_wheelhouse(tmp_path):
    """make bundle WHEELHOUSE=1: the dependency wheels under wheelhouse/, stored uncompressed;
    not the kit's own wheel (the start scripts install kimkit from the bundle's folder) nor
    anything but wheels."""
    house = tmp_path / "wheelhouse"
    house.mkdir()
    names = ("pandas-3.0.0-cp312-cp312-win_amd64.whl", "six-1.17.0-py2.py3-none-any.whl",
             "kimkit-0.1.0-py3-none-any.whl")
    for name in names:
        (house / name).write_bytes(b"PK\x03\x04 " + name.encode() * 50)
    (house / "manifest.json").write_text("{}")
    found = mb.entries(ROOT, house)
    wheels = {e.name: e for e in found if PurePosixPath(e.name).parts[1] == "wheelhouse"}
    assert set(wheels) == {f"{TOP}/wheelhouse/{name}" for name in names[:2]}
    path = mb.write_zip(found, tmp_path / "peserta.zip")
    with zipfile.ZipFile(path) as archive:
        for name in wheels:
            assert archive.getinfo(name).compress_type == zipfile.ZIP_STORED
            assert archive.read(name) == (house / PurePosixPath(name).name).read_bytes()
        assert archive.getinfo(f"{TOP}/mulai.sh").compress_type == zipfile.ZIP_DEFLATED
    wrong = mb.problems([mb.Entry(f"{TOP}/wheelhouse/kimkit-0.1.0-py3-none-any.whl", b""),
                         mb.Entry(f"{TOP}/wheelhouse/catatan.txt", b""),
                         mb.Entry(f"{TOP}/wheelhouse/six-1.17.0-py2.py3-none-any.whl", b"")])
    assert len(wrong) == 2 and all("only dependency wheels" in w for w in wrong)
    (tmp_path / "kosong").mkdir()
    with pytest.raises(FileNotFoundError):
        mb.entries(ROOT, tmp_path / "kosong")


def test_start_scripts_install_from_a_wheelhouse_offline_else_online():
    sh = (ROOT / "bundle" / "mulai.sh").read_text()
    bat = (ROOT / "bundle" / "mulai.bat").read_text()
    for script in (sh, bat):
        assert "pip install --no-index --find-links wheelhouse --upgrade pip" in script
        assert "pip install --no-index --find-links wheelhouse -e ." in script
        assert "pip install -e ." in script  # the internet path stays
        assert "tanpa internet" in script and "mencoba lewat internet" in script
    assert "wheelhouse/*.whl" in sh and "wheelhouse\\*.whl" in bat
    assert "wheelhouse" in (ROOT / "bundle" / "mulai.command").read_text()
