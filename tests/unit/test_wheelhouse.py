"""The offline installation set (``make wheelhouse``): the marker-aware dependency walk, the
targets' pip options, the instructions, and (slow) a real install with ``--no-index`` into a
fresh venv and from the participants' bundle with its start script."""

import json
import os
import subprocess
import sys
import time
import venv
import zipfile
from pathlib import Path

import pytest

from kimkit import lab
from tools import make_bundle as mb
from tools import make_wheelhouse as mw

ROOT = Path(__file__).resolve().parents[2]


def fake_wheel(folder: Path, name: str, version: str, requires: list[str]) -> Path:
    """A wheel holding only its METADATA: enough for the dependency walk."""
    dist = name.replace("-", "_")
    path = folder / f"{dist}-{version}-py3-none-any.whl"
    metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n" + \
        "".join(f"Requires-Dist: {r}\n" for r in requires)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{dist}-{version}.dist-info/METADATA", metadata)
    return path


@pytest.fixture
def wheels(tmp_path):
    """A tree shaped like jupyter-server's: Windows-only and POSIX-only branches, an extra."""
    fake_wheel(tmp_path, "Server", "2.0", ['pywinpty>=2; os_name == "nt"', "terminado>=0.8",
                                           "Jinja2", 'appnope; platform_system == "Darwin"'])
    fake_wheel(tmp_path, "terminado", "0.18", ['ptyprocess; os_name != "nt"', 'pytest; extra == "test"'])
    fake_wheel(tmp_path, "jinja2", "3.1", ["MarkupSafe>=2.0"])
    fake_wheel(tmp_path, "markupsafe", "3.0", [])
    fake_wheel(tmp_path, "ptyprocess", "0.7", [])
    fake_wheel(tmp_path, "appnope", "0.1", [])
    fake_wheel(tmp_path, "pytest", "9.2", [])
    return mw.wheels_by_name(tmp_path)


def environment(platform: str, python: str = "3.12") -> dict[str, str]:
    return mw.Target(mw.PLATFORMS[platform], python).environment()


def test_walk_uses_the_targets_markers_not_this_machines(wheels):
    present, missing = mw.needed(["server"], wheels, environment("windows"))
    assert present == {"server", "terminado", "jinja2", "markupsafe"}
    assert [str(r) for r in missing] == ['pywinpty>=2; os_name == "nt"']
    assert mw.without_marker(missing[0]) == "pywinpty>=2"

    present, missing = mw.needed(["server"], wheels, environment("linux"))
    assert present == {"server", "terminado", "jinja2", "markupsafe", "ptyprocess"} and not missing

    present, missing = mw.needed(["server"], wheels, environment("macos-arm64"))
    assert present == {"server", "terminado", "jinja2", "markupsafe", "ptyprocess", "appnope"} and not missing


def test_walk_refuses_a_version_outside_a_requirement(wheels):
    with pytest.raises(mw.WheelhouseError, match="jinja2-3.1"):
        mw.needed(["jinja2>=3.2"], wheels, environment("linux"))


def test_walk_follows_extras_only_when_asked(wheels):
    assert "pytest" not in mw.needed(["server"], wheels, environment("linux"))[0]
    assert "pytest" in mw.needed(["terminado[test]"], wheels, environment("linux"))[0]


def test_targets_and_their_pip_options():
    chosen = mw.targets(["all"], ["3.11", "3.13"])
    assert [t.name for t in chosen] == ["linux-cp311", "linux-cp313", "windows-cp311", "windows-cp313",
                                         "macos-x86_64-cp311", "macos-x86_64-cp313",
                                         "macos-arm64-cp311", "macos-arm64-cp313"]
    options = mw.Target(mw.PLATFORMS["windows"], "3.13").pip_options()
    assert options == ["--platform", "win_amd64", "--python-version", "3.13", "--implementation", "cp",
                       "--abi", "cp313"]
    linux = mw.Target(mw.PLATFORMS["linux"], "3.12").pip_options()
    for tag in ("manylinux_2_28_x86_64", "manylinux2014_x86_64", "manylinux_2_17_x86_64", "manylinux1_x86_64"):
        assert tag in linux
    assert "manylinux_2_29_x86_64" not in linux
    assert mw.targets(["current"], ["3.13"]) == [mw.Target(None, mw.current_python())]
    assert mw.Target(None, "3.11").pip_options() == []


def test_requirements_are_pyprojects_plus_the_install_tools():
    requirements = mw.participant_requirements(ROOT)
    assert any(r.startswith("jupyterlab-language-pack-id-ID") for r in requirements)
    assert requirements[-2:] == ["pip", "setuptools>=68"]


def test_instructions_in_indonesian_for_three_systems():
    chosen = mw.targets(["windows", "linux"], ["3.12"])
    data = {"total": {"wheels": 120, "megabytes": 250.0},
            "targets": {t.name: {"wheels": 110, "megabytes": 120.5} for t in chosen}}
    text = mw.instructions(chosen, data)
    for words in ("WINDOWS", "MACOS", "LINUX", "--no-index --find-links wheelhouse -e .", "python -m kimkit.lab",
                  "--no-index --find-links wheelhouse kimkit", "-m venv", ".venv\\Scripts\\activate",
                  "Windows 64-bit (win_amd64), Python 3.12: 110 berkas, 120.5 MB", "120 berkas", "kimkit-peserta"):
        assert words in text, words
    assert "\r" not in text and mw.windows_text(text).count(b"\r\n") == text.count("\n")


# --- a real offline installation --------------------------------------------------------------

def offline_env(tmp_path: Path) -> dict[str, str]:
    """No pip configuration (this machine's has extra indexes and find-links), no index at all,
    and a proxy that leads nowhere: an install that needs the network fails."""
    env = {k: v for k, v in os.environ.items()
           if not k.upper().startswith("PIP_") and k not in ("PYTHONPATH", lab.WORKSPACE_ENV)}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1",
               HTTP_PROXY="http://127.0.0.1:9", HTTPS_PROXY="http://127.0.0.1:9",
               http_proxy="http://127.0.0.1:9", https_proxy="http://127.0.0.1:9",
               KIMKIT_HOME=str(tmp_path / "kimkit-home"), MPLBACKEND="Agg")
    return env


SMOKE = """
import sys
from pathlib import Path
import kimkit, kimkit.data
from kimkit.checks import OutcomeType, loader
print(Path(kimkit.__file__).resolve())
kim = kimkit.data.kim_kaltim()
assert len(kim) > 0 and "kabkota" in kim.columns
soal = loader.views("modul01")["soal1"]
right = len(kim[kim["kabkota"] == "Penajam Paser Utara"])
assert soal.cek({"jumlah_kim_ppu": right}).kind is OutcomeType.PASS
assert soal.cek({"jumlah_kim_ppu": right + 1}).kind is OutcomeType.FAIL
print("ok", len(kim), right)
"""


def run(command, **options):
    result = subprocess.run(command, capture_output=True, text=True, **options)
    assert result.returncode == 0, f"{command}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.mark.slow
def test_offline_install_into_a_fresh_venv_and_from_the_bundle(tmp_path):
    started = time.monotonic()
    house = tmp_path / "wheelhouse"
    data = mw.build([mw.Target(None, mw.current_python())], house, archive=None)
    manifest = json.loads((house / mw.MANIFEST).read_text())
    assert manifest["total"]["wheels"] == len(list(house.glob("*.whl"))) == data["total"]["wheels"]
    assert (house / data["kit_wheel"]).is_file() and (house / mw.INSTRUCTIONS).is_file()
    env = offline_env(tmp_path)
    times = {"wheelhouse": time.monotonic() - started}

    # 1. The brief's path: a fresh venv, pip install --no-index --find-links <folder> kimkit
    fresh = tmp_path / "venv"
    venv.create(fresh, with_pip=True)
    python = str(fresh / "bin" / "python")
    run([python, "-m", "pip", "install", "--no-compile", "--no-index", "--find-links", str(house), "kimkit"],
        env=env, cwd=tmp_path)  # --no-compile: no .pyc, to spare a shared machine's CPU
    times["pip install kimkit"] = time.monotonic() - started - sum(times.values())
    run([python, "-m", "pip", "check"], env=env, cwd=tmp_path)
    result = run([python, "-c", SMOKE], env=env, cwd=tmp_path)
    location = Path(result.stdout.splitlines()[0])
    assert location.is_relative_to(fresh.resolve()), location  # the wheel's copy, not the repository's
    version = run([python, "-c", "import importlib.metadata as m; print(m.version('kimkit'))"], env=env, cwd=tmp_path)
    assert version.stdout.strip() == "0.1.0"  # ours, not PyPI's unrelated kimkit
    run([python, "-c", "import jupyterlab, ipywidgets, pandas, matplotlib, openpyxl"], env=env, cwd=tmp_path)
    run([python, "-m", "pip", "show", "jupyterlab-language-pack-id-ID"], env=env, cwd=tmp_path)  # exit 1 if absent

    # 2. The participants' bundle with the wheelhouse: its start script, offline, from scratch
    # leaks are test_bundle.py's business (and another module's half-finished work may trip them)
    bundle = mb.build(tmp_path / "kimkit-peserta.zip", check=False, wheelhouse=house)
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(tmp_path / "unzipped")
    kit = tmp_path / "unzipped" / mb.TOP
    assert not list((kit / "wheelhouse").glob("kimkit-*.whl"))
    times["smoke checks, bundle"] = time.monotonic() - started - sum(times.values())
    workspace = tmp_path / "ruang"
    script_env = dict(env, PYTHON=str(fresh / "bin" / "python"), **{lab.WORKSPACE_ENV: str(workspace)})
    result = run(["sh", str(kit / "mulai.sh"), "--dry-run", "--port", "9999"], env=script_env, cwd=tmp_path,
                 stdin=subprocess.DEVNULL)
    assert "dari folder wheelhouse, tanpa internet" in result.stdout and "lewat internet" not in result.stdout
    assert f"--ServerApp.root_dir={workspace}" in result.stdout
    assert (workspace / "course" / "00_mulai.ipynb").is_file()
    times["sh mulai.sh"] = time.monotonic() - started - sum(times.values())
    result = run([str(kit / ".venv" / "bin" / "python"), "-c", SMOKE], env=env, cwd=tmp_path)
    assert Path(result.stdout.splitlines()[0]) == (kit / "kimkit" / "__init__.py").resolve()  # pip install -e .
    print(f"\nwheelhouse {data['total']['wheels']} wheels, {data['total']['megabytes']} MB; "
          f"test {time.monotonic() - started:.0f} s ("
          + ", ".join(f"{step} {seconds:.0f} s" for step, seconds in times.items()) + ")")


def test_participants_read_me_names_the_wheelhouses_python_versions():
    text = (ROOT / "bundle" / "BACA_DULU.txt").read_text(encoding="utf-8")
    assert "wheelhouse" in text
    for version in mw.PYTHONS:
        assert version in text.split("wheelhouse", 1)[1], version
