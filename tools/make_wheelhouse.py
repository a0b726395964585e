"""Build the offline installation set (``make wheelhouse``): ``dist/wheelhouse/`` and
``dist/kimkit-wheelhouse.zip``.

    python tools/make_wheelhouse.py [--target all|current|linux|windows|macos-x86_64|macos-arm64]…
                                    [--python 3.11 --python 3.12 …] [--output dist/wheelhouse]
                                    [--zip dist/kimkit-wheelhouse.zip | --no-zip]

For districts without a usable connection: every wheel a participant needs, so that

    pip install --no-index --find-links wheelhouse kimkit

works with no internet. What is in it, for each target (platform × Python version):

- the ``dependencies`` of ``pyproject.toml`` (JupyterLab, the Indonesian language pack,
  ipywidgets, pandas, matplotlib, openpyxl) and everything they need, as wheels only
  (``pip download --only-binary=:all: --platform … --python-version … --implementation cp
  --abi cp3XY``);
- ``pip`` and ``setuptools``: the participants' start scripts upgrade pip and install the kit
  from its own folder (``pip install -e .``, whose build needs setuptools) with ``--no-index``;
- the kit's own wheel ``kimkit-<version>-py3-none-any.whl``, built from a clean copy of the
  repository (``pyproject.toml``, ``README.md``, ``kimkit/``), so the working tree gets no
  ``build/``. Always install it with ``--no-index``: PyPI has an unrelated project named kimkit.

``pip download --platform`` evaluates environment markers (``os_name == "nt"``,
``sys_platform == "darwin"`` …) for the machine it runs on, not for the target: from Linux it
would leave out ``pywinpty`` for Windows and ``appnope`` for macOS. So after each download the
dependency tree is walked again from the wheels' own metadata with the target's markers
(:func:`needed`): what is missing is downloaded too, and what the target does not need (e.g.
``pexpect`` on Windows) is left out. A pure-Python package published only as an sdist is built
into a wheel once (``pip wheel --no-deps``) and reused for every target.

Wheels are deduplicated across targets (a ``py3-none-any`` wheel is stored once). Written next
to them: ``manifest.json`` (targets, wheels per target, counts and sizes) and
``PASANG_LURING.txt`` (Indonesian instructions for Windows, macOS and Linux).

``--target current`` builds for the running interpreter and platform only (what a test needs);
downloads come from PyPI or pip's cache.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from dataclasses import dataclass
from email.parser import HeaderParser
from pathlib import Path

try:
    from packaging.markers import default_environment
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name, parse_wheel_filename
except ImportError:  # a venv with pip alone (make wheelhouse before make lab): pip's own copy
    from pip._vendor.packaging.markers import default_environment
    from pip._vendor.packaging.requirements import Requirement
    from pip._vendor.packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "dist" / "wheelhouse"
ARCHIVE = ROOT / "dist" / "kimkit-wheelhouse.zip"
PYTHONS = ("3.11", "3.12", "3.13")
# What the start scripts install besides the kit: pip (upgraded first) and setuptools (the
# build backend of pyproject.toml, for `pip install -e .` with --no-index).
INSTALL_TOOLS = ("pip", "setuptools>=68")
INSTRUCTIONS = "PASANG_LURING.txt"
MANIFEST = "manifest.json"
FIXED_TIME = (2025, 1, 1, 0, 0, 0)
KIT_SOURCES = ("pyproject.toml", "README.md", "kimkit")


@dataclass(frozen=True)
class Platform:
    key: str
    label: str  # Indonesian, for the instructions
    tags: tuple[str, ...]  # --platform values; pip also accepts older manylinux/macOS tags
    markers: dict[str, str]


def manylinux(glibc_minor: int, arch: str) -> tuple[str, ...]:
    """Every manylinux tag that runs on glibc 2.<glibc_minor>, newest first: pip expands only
    the legacy ``manylinux2014``/``2010`` names itself, not ``manylinux_2_28``."""
    legacy = {17: "manylinux2014", 12: "manylinux2010", 5: "manylinux1"}
    tags = []
    for minor in range(glibc_minor, 4, -1):
        tags.append(f"manylinux_2_{minor}_{arch}")
        if minor in legacy:
            tags.append(f"{legacy[minor]}_{arch}")
    return tuple(tags)


PLATFORMS = {
    "linux": Platform("linux", "Linux x86_64 (glibc 2.28 atau lebih baru: Ubuntu 20.04+, Debian 10+)",
                      manylinux(28, "x86_64"),
                      {"os_name": "posix", "sys_platform": "linux", "platform_system": "Linux",
                       "platform_machine": "x86_64"}),
    "windows": Platform("windows", "Windows 64-bit (win_amd64)", ("win_amd64",),
                        {"os_name": "nt", "sys_platform": "win32", "platform_system": "Windows",
                         "platform_machine": "AMD64"}),
    "macos-x86_64": Platform("macos-x86_64", "macOS Intel (x86_64), macOS 10.15 atau lebih baru",
                             ("macosx_10_15_x86_64",),
                             {"os_name": "posix", "sys_platform": "darwin", "platform_system": "Darwin",
                              "platform_machine": "x86_64"}),
    "macos-arm64": Platform("macos-arm64", "macOS Apple Silicon (arm64), macOS 11 atau lebih baru",
                            ("macosx_11_0_arm64",),
                            {"os_name": "posix", "sys_platform": "darwin", "platform_system": "Darwin",
                             "platform_machine": "arm64"}),
}


@dataclass(frozen=True)
class Target:
    platform: Platform | None  # None: the running interpreter and platform
    python: str  # "3.12"

    @property
    def name(self) -> str:
        return f"{self.platform.key if self.platform else 'current'}-cp{self.python.replace('.', '')}"

    @property
    def label(self) -> str:
        where = self.platform.label if self.platform else f"komputer ini ({sys.platform})"
        return f"{where}, Python {self.python}"

    def environment(self) -> dict[str, str]:
        """Marker environment of the target (the running one for ``current``)."""
        env = dict(default_environment())
        if self.platform:
            env.update(self.platform.markers)
            env.update(python_version=self.python, python_full_version=f"{self.python}.0",
                       implementation_name="cpython", platform_python_implementation="CPython",
                       platform_release="", platform_version="")
        return env

    def pip_options(self) -> list[str]:
        if self.platform is None:
            return []
        abi = f"cp{self.python.replace('.', '')}"
        options = [option for tag in self.platform.tags for option in ("--platform", tag)]
        return options + ["--python-version", self.python, "--implementation", "cp", "--abi", abi]


def current_python() -> str:
    return f"{sys.version_info.major}.{sys.version_info.minor}"


def targets(names: list[str], pythons: list[str]) -> list[Target]:
    if "current" in names:
        return [Target(None, current_python())]
    keys = list(PLATFORMS) if "all" in names else names
    return [Target(PLATFORMS[key], python) for key in keys for python in pythons]


def say(text: str) -> None:
    print(text, flush=True)


# --- requirements and the marker-aware walk --------------------------------------------------

def participant_requirements(root: Path = ROOT) -> list[str]:
    """The ``dependencies`` of pyproject.toml, then pip and setuptools."""
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"]) + list(INSTALL_TOOLS)


def wheel_requires(path: Path) -> list[Requirement]:
    """``Requires-Dist`` of a wheel, read from its ``*.dist-info/METADATA``."""
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist()
                    if n.count("/") == 1 and n.endswith(".dist-info/METADATA"))
        headers = HeaderParser().parsestr(archive.read(name).decode("utf-8"))
    return [Requirement(line) for line in headers.get_all("Requires-Dist") or []]


def wheels_by_name(folder: Path) -> dict[str, Path]:
    return {canonicalize_name(parse_wheel_filename(p.name)[0]): p for p in sorted(folder.glob("*.whl"))}


def applies(requirement: Requirement, env: dict[str, str], extras: frozenset[str]) -> bool:
    if requirement.marker is None:
        return True
    return any(requirement.marker.evaluate({**env, "extra": extra}) for extra in (extras or {""}))


def needed(roots: list[str], wheels: dict[str, Path], env: dict[str, str]) -> tuple[set[str], list[Requirement]]:
    """Walk the dependency tree from ``roots`` through the wheels' metadata, evaluating every
    marker for the target ``env``. Returns the names needed that are present, and the
    requirements of those that are missing."""
    pending = [Requirement(text) for text in roots]
    seen: set[tuple[str, frozenset[str]]] = set()
    present: set[str] = set()
    missing: dict[str, Requirement] = {}
    while pending:
        requirement = pending.pop()
        name = canonicalize_name(requirement.name)
        key = (name, frozenset(requirement.extras))
        if key in seen:
            continue
        seen.add(key)
        if name not in wheels:
            missing.setdefault(name, requirement)
            continue
        version = parse_wheel_filename(wheels[name].name)[1]
        if not requirement.specifier.contains(version, prereleases=True):
            raise WheelhouseError(f"{wheels[name].name} tidak memenuhi {requirement}")
        present.add(name)
        for child in wheel_requires(wheels[name]):
            if applies(child, env, frozenset(requirement.extras)):
                pending.append(child)
    return present, list(missing.values())


def without_marker(requirement: Requirement) -> str:
    extras = f"[{','.join(sorted(requirement.extras))}]" if requirement.extras else ""
    return f"{requirement.name}{extras}{requirement.specifier}"


# --- downloading ------------------------------------------------------------------------------

class WheelhouseError(RuntimeError):
    pass


def run_pip(arguments: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pip", *arguments], capture_output=True, text=True)


NO_MATCH = re.compile(r"No matching distribution found for (\S+)")


def build_pure_wheel(spec: str, pure: Path) -> Path:
    """Build a package that PyPI has only as an sdist into a wheel (once, for every target).
    Only a pure-Python result (``py3-none-any``) can serve other platforms."""
    say(f"  {spec} hanya tersedia sebagai sdist: membangun wheel-nya sekali …")
    before = set(pure.glob("*.whl"))
    result = run_pip(["wheel", "--no-deps", "--wheel-dir", str(pure), spec])
    built = sorted(set(pure.glob("*.whl")) - before)
    if result.returncode != 0 or not built:
        raise WheelhouseError(f"{spec}: pip wheel gagal\n{result.stderr[-3000:]}")
    tags = parse_wheel_filename(built[0].name)[3]
    if not all(tag.abi == "none" and tag.platform == "any" for tag in tags):
        raise WheelhouseError(f"{spec}: tidak ada wheel di PyPI dan hasil build bukan Python murni "
                              f"({built[0].name}); wheel ini tidak bisa dibuat untuk platform lain.")
    return built[0]


def download(target: Target, requirements: list[str], folder: Path, pure: Path) -> None:
    """``pip download`` wheels only, for one target; sdist-only pure packages are built."""
    for _ in range(10):
        result = run_pip(["download", "--only-binary=:all:", "--dest", str(folder), "--find-links", str(pure),
                          *target.pip_options(), *requirements])
        if result.returncode == 0:
            return
        match = NO_MATCH.search(result.stderr)
        if not match:
            raise WheelhouseError(f"{target.name}: pip download gagal\n{result.stderr[-3000:]}")
        spec = match.group(1)
        if any(parse_wheel_filename(p.name)[0] == canonicalize_name(Requirement(spec).name) for p in pure.glob("*.whl")):
            raise WheelhouseError(f"{target.name}: tidak ada wheel {spec} untuk target ini\n{result.stderr[-3000:]}")
        # A wheel for this very machine means the package does publish wheels, just none for
        # the target; no wheel at all means sdist only: build it (pure Python, or refused).
        probe = run_pip(["download", "--no-deps", "--only-binary=:all:", "--dest", str(pure / "probe"), spec])
        if probe.returncode == 0:
            raise WheelhouseError(f"{target.name}: tidak ada wheel {spec} untuk platform/versi Python ini\n"
                                  f"{result.stderr[-2000:]}")
        build_pure_wheel(spec, pure)
    raise WheelhouseError(f"{target.name}: terlalu banyak paket tanpa wheel")


def wheels_for(target: Target, requirements: list[str], work: Path, pure: Path) -> list[Path]:
    """Exactly the wheels ``target`` needs, marker-correct. Each round downloads into an empty
    folder, so what is kept comes from one pip resolution (one version of each package)."""
    extra: list[str] = []
    for attempt in range(10):
        folder = work / target.name / str(attempt)
        folder.mkdir(parents=True)
        download(target, requirements + extra, folder, pure)
        wheels = wheels_by_name(folder)
        present, missing = needed(requirements, wheels, target.environment())
        if not missing:
            return sorted(wheels[name] for name in present)
        extra += [without_marker(requirement) for requirement in missing]
    raise WheelhouseError(f"{target.name}: daftar dependensi tidak stabil: {extra}")


def build_kit_wheel(work: Path, root: Path = ROOT) -> Path:
    """The kit's wheel, built from a clean copy of the repository's package sources."""
    source = work / "kimkit-sumber"
    source.mkdir()
    for name in KIT_SOURCES:
        path = root / name
        if path.is_dir():
            shutil.copytree(path, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", ".ipynb_checkpoints"))
        else:
            shutil.copy2(path, source / name)
    out = work / "kimkit-wheel"
    result = run_pip(["wheel", "--no-deps", "--wheel-dir", str(out), str(source)])
    built = sorted(out.glob("kimkit-*.whl"))
    if result.returncode != 0 or len(built) != 1:
        raise WheelhouseError(f"wheel kimkit gagal dibangun\n{result.stderr[-3000:]}")
    return built[0]


# --- output -----------------------------------------------------------------------------------

def megabytes(size: int) -> float:
    return round(size / 1_000_000, 1)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest(chosen: list[Target], per_target: dict[str, list[str]], output: Path, kit: str) -> dict:
    files = sorted(p for p in output.glob("*.whl"))
    sizes = {p.name: p.stat().st_size for p in files}
    return {
        "kit_wheel": kit,
        "install_tools": list(INSTALL_TOOLS),
        "targets": {
            target.name: {
                "label": target.label,
                "platform_tags": list(target.platform.tags) if target.platform else [],
                "python": target.python,
                "wheels": len(per_target[target.name]),
                "megabytes": megabytes(sum(sizes[name] for name in per_target[target.name])),
                "files": per_target[target.name],
            }
            for target in chosen
        },
        "total": {"wheels": len(files), "megabytes": megabytes(sum(sizes.values()))},
        "sha256": {p.name: sha256(p) for p in files},
    }


def instructions(chosen: list[Target], data: dict) -> str:
    """``PASANG_LURING.txt``. The notebooks are not in any wheel: ``python -m kimkit.lab``
    finds the course next to the ``kimkit`` folder it imports, so participants install in the
    unzipped participants' bundle (``pip install -e .``, as the start scripts do)."""
    lines = [f"- {target.label}: {data['targets'][target.name]['wheels']} berkas, "
             f"{data['targets'][target.name]['megabytes']} MB" for target in chosen]
    versions = sorted({t.python for t in chosen}, key=lambda v: tuple(map(int, v.split("."))))
    pythons = versions[0] if len(versions) == 1 else f"{', '.join(versions[:-1])} atau {versions[-1]}"
    return f"""kimkit - pemasangan tanpa internet (wheelhouse)
===============================================

Folder wheelhouse ini berisi semua berkas pemasangan (wheel) kimkit dan pustaka yang
diperlukannya: JupyterLab (dengan paket bahasa Indonesia), ipywidgets, pandas, matplotlib
dan openpyxl. Dengan folder ini, kimkit terpasang tanpa koneksi internet.

Isinya ({data['total']['wheels']} berkas, {data['total']['megabytes']} MB) cocok untuk:
{chr(10).join(lines)}
Sistem lain atau Python yang lebih baru dari {versions[-1]} perlu internet.
Periksa versi Python Anda dengan:  python --version   (Windows:  py --version)


YANG DIPERLUKAN

- Python {pythons} dari https://www.python.org/downloads/ (pasang saat masih ada
  internet, atau salin penginstalnya lewat flashdisk). Di Windows, centang
  "Add python.exe to PATH" saat memasang.
- Paket peserta kimkit-peserta.zip dari pelatih: notebook materi dan latihan ada di sana,
  bukan di wheelhouse. Ekstrak zip itu, misalnya ke Dokumen/kimkit-peserta.
- Folder wheelhouse ini, disalin ke DALAM folder kimkit-peserta (di samping mulai.bat).
  Bila zip dari pelatih sudah berisi folder wheelhouse, langkah ini tidak perlu.


CARA MUDAH: SKRIP MULAI

Jalankan skrip mulai di folder kimkit-peserta seperti di BACA_DULU.txt (Windows: klik dua
kali mulai.bat; macOS: mulai.command; Linux: sh mulai.sh). Skrip itu melihat folder
wheelhouse dan memasang dari sana tanpa internet, lalu membuka JupyterLab.


CARA MANUAL: WINDOWS (Command Prompt, di folder kimkit-peserta)

    py -m venv .venv
    .venv\\Scripts\\activate
    python -m pip install --no-index --find-links wheelhouse --upgrade pip
    python -m pip install --no-index --find-links wheelhouse -e .
    python -m kimkit.lab


CARA MANUAL: MACOS DAN LINUX (Terminal, di folder kimkit-peserta)

    python3 -m venv .venv
    . .venv/bin/activate
    python -m pip install --no-index --find-links wheelhouse --upgrade pip
    python -m pip install --no-index --find-links wheelhouse -e .
    python -m kimkit.lab

Ada beberapa versi Python? Pilih satu dari daftar di atas, misalnya
py -3.12 -m venv .venv  (Windows) atau  python3.12 -m venv .venv  (macOS, Linux).
(Debian/Ubuntu: bila "venv" gagal, paket python3-venv harus dipasang dulu.)

Selalu sertakan --no-index: pip hanya memakai folder wheelhouse dan tidak mencari ke
internet (di internet ada paket lain yang juga bernama kimkit). Tanda titik pada "-e ."
berarti "kimkit dari folder ini", lengkap dengan materinya.

Setiap kali belajar lagi: jalankan skrip mulai, atau aktifkan .venv (baris kedua di atas)
lalu  python -m kimkit.lab  di folder kimkit-peserta. Hentikan JupyterLab dengan Ctrl+C
dua kali. Pekerjaan Anda tersimpan di folder ruang_kerja.


UNTUK PELATIH ATAU SERVER

    python -m pip install --no-index --find-links wheelhouse kimkit

memasang paket kimkit saja (pemeriksaan mandiri, dataset, widget) ke lingkungan Python
mana pun, misalnya server JupyterHub; notebook materinya tetap dari paket peserta.
"""


def windows_text(text: str) -> bytes:
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def write_archive(output: Path, target: Path) -> Path:
    """Reproducible zip with one folder ``wheelhouse/``; wheels are stored (already compressed)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    with zipfile.ZipFile(partial, "w") as archive:
        for path in sorted(output.iterdir()):
            info = zipfile.ZipInfo(f"wheelhouse/{path.name}", date_time=FIXED_TIME)
            info.create_system = 3
            info.external_attr = (0o100000 | 0o644) << 16
            info.compress_type = zipfile.ZIP_STORED if path.suffix == ".whl" else zipfile.ZIP_DEFLATED
            with path.open("rb") as source, archive.open(info, "w", force_zip64=True) as sink:
                shutil.copyfileobj(source, sink, 1 << 20)
    partial.replace(target)
    return target


def build(chosen: list[Target], output: Path = OUTPUT, archive: Path | None = ARCHIVE,
          root: Path = ROOT) -> dict:
    """Write the wheelhouse for ``chosen`` into ``output`` (replaced) and, unless ``archive``
    is None, the zip. Returns the manifest."""
    requirements = participant_requirements(root)
    with tempfile.TemporaryDirectory(prefix="wheelhouse-") as temporary:
        work = Path(temporary)
        pure = work / "murni"
        pure.mkdir()
        say("Membangun wheel kimkit dari repositori …")
        kit = build_kit_wheel(work, root)
        collected: dict[str, Path] = {kit.name: kit}
        per_target: dict[str, list[str]] = {}
        for number, target in enumerate(chosen, 1):
            say(f"[{number}/{len(chosen)}] Mengunduh wheel untuk {target.label} …")
            found = wheels_for(target, requirements, work, pure)
            for path in found:
                kept = collected.setdefault(path.name, path)
                if kept.read_bytes() != path.read_bytes():
                    raise WheelhouseError(f"{path.name}: dua berkas berbeda dengan nama sama")
            per_target[target.name] = sorted([kit.name] + [p.name for p in found])
            say(f"      {len(per_target[target.name])} wheel.")
        if output.exists():
            shutil.rmtree(output)
        output.mkdir(parents=True)
        for name, path in sorted(collected.items()):
            shutil.copy2(path, output / name)
    data = manifest(chosen, per_target, output, kit.name)
    (output / MANIFEST).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (output / INSTRUCTIONS).write_bytes(windows_text(instructions(chosen, data)))
    if archive is not None:
        say(f"Membuat {archive} …")
        write_archive(output, archive)
    return data


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target", action="append", choices=["all", "current", *PLATFORMS],
                        help="platform (boleh berulang); bawaan: all. current = interpreter dan platform ini saja")
    parser.add_argument("--python", action="append", choices=PYTHONS,
                        help=f"versi Python (boleh berulang); bawaan: {', '.join(PYTHONS)}")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--zip", type=Path, default=ARCHIVE)
    parser.add_argument("--no-zip", action="store_true")
    args = parser.parse_args(argv)
    chosen = targets(args.target or ["all"], args.python or list(PYTHONS))
    say(f"Membuat wheelhouse kimkit di {args.output} untuk {len(chosen)} target "
        f"(perlu internet; unduhan tersimpan di cache pip) …")
    try:
        data = build(chosen, args.output, None if args.no_zip else args.zip)
    except WheelhouseError as error:
        sys.exit(f"Wheelhouse TIDAK dibuat.\n{error}")
    for name, target in data["targets"].items():
        say(f"  {name}: {target['wheels']} wheel, {target['megabytes']} MB")
    where = "" if args.no_zip else f" dan {args.zip} ({megabytes(args.zip.stat().st_size)} MB)"
    say(f"Selesai: {args.output} ({data['total']['wheels']} wheel, {data['total']['megabytes']} MB){where}. "
        f"Petunjuk untuk peserta: {args.output / INSTRUCTIONS}.")


if __name__ == "__main__":
    main()
