"""The make-lab launcher: workspace, settings and command line, without starting a server."""

import json
from pathlib import Path

import pytest

from kimkit import lab


@pytest.fixture
def kit(tmp_path, monkeypatch):
    """A small kit folder (course/, exercises/, solutions/) standing in for the repository."""
    root = tmp_path / "kit"
    for relative, text in {
        "course/00_mulai.ipynb": '{"cells": []}',
        "course/01_mengenal_kim.ipynb": '{"cells": [1]}',
        "course/.ipynb_checkpoints/00_mulai-checkpoint.ipynb": "{}",
        "exercises/latihan00/latihan00.ipynb": '{"cells": [2]}',
        "solutions/latihan00/latihan00.ipynb": "### BEGIN SOLUTION",
    }.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text)
    monkeypatch.setattr(lab, "ROOT", root)
    monkeypatch.delenv(lab.WORKSPACE_ENV, raising=False)
    return root


def root_dir_in(out: str) -> str:
    """The ``--ServerApp.root_dir`` of the command a dry run prints."""
    [option] = [w for w in out.split() if w.startswith("--ServerApp.root_dir=")]
    return option.split("=", 1)[1]


def files_under(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_overrides_set_indonesian_and_keep_existing(tmp_path):
    path = tmp_path / "share/jupyter/lab/settings/overrides.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"@jupyterlab/apputils-extension:themes": {"theme": "JupyterLab Dark"}}))
    lab.write_overrides(tmp_path)
    settings = json.loads(path.read_text())
    assert settings["@jupyterlab/translation-extension:plugin"]["locale"] == "id_ID"
    assert settings["@jupyterlab/apputils-extension:themes"]["theme"] == "JupyterLab Dark"
    assert settings["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"


def test_workspace_is_next_to_the_package_unless_chosen(kit, tmp_path, monkeypatch):
    assert lab.workspace_dir() == kit / "ruang_kerja"
    monkeypatch.setenv(lab.WORKSPACE_ENV, str(tmp_path / "elsewhere"))
    assert lab.workspace_dir() == (tmp_path / "elsewhere").resolve()


def test_first_run_copies_course_and_exercises_only(kit):
    workspace = kit / "ruang_kerja"
    added = lab.prepare_workspace(workspace)
    assert added == ["course/00_mulai.ipynb", "course/01_mengenal_kim.ipynb",
                     "exercises/latihan00/latihan00.ipynb"]
    assert files_under(workspace) == {name: (kit / name).read_bytes() for name in added}
    assert not (workspace / "solutions").exists()


def test_later_runs_only_add_missing_files(kit):
    workspace = kit / "ruang_kerja"
    lab.prepare_workspace(workspace)
    mine = workspace / "exercises/latihan00/latihan00.ipynb"
    mine.write_bytes(b'{"cells": ["jawaban saya"]}\r\n')
    (workspace / "course/catatan_saya.txt").write_text("punya peserta")
    (workspace / "course/01_mengenal_kim.ipynb").unlink()  # deleted by the participant
    before = files_under(workspace)

    # `git pull` brings a new module and changes a notebook the participant already has
    (kit / "course/02_baru.ipynb").write_text('{"cells": [3]}')
    (kit / "exercises/latihan00/latihan00.ipynb").write_text('{"cells": ["versi baru"]}')
    added = lab.prepare_workspace(workspace)

    assert added == ["course/01_mengenal_kim.ipynb", "course/02_baru.ipynb"]
    after = files_under(workspace)
    for name, content in before.items():
        assert after[name] == content, f"{name} was changed"
    assert mine.read_bytes() == b'{"cells": ["jawaban saya"]}\r\n'
    assert lab.prepare_workspace(workspace) == []


def test_something_else_in_the_way_is_left_alone(kit):
    workspace = kit / "ruang_kerja"
    (workspace / "exercises").mkdir(parents=True)
    (workspace / "exercises/latihan00").write_text("a file where a folder would be")
    added = lab.prepare_workspace(workspace)
    assert "exercises/latihan00/latihan00.ipynb" not in added
    assert (workspace / "exercises/latihan00").read_text() == "a file where a folder would be"


def test_url_opens_the_start_notebook_with_the_file_browser_at_the_top(kit):
    lab.prepare_workspace(kit / "ruang_kerja")
    start = lab.start_notebook(kit / "ruang_kerja")
    assert start == "course/00_mulai.ipynb"
    assert lab.lab_url(8890, "abc", start) == (
        "http://127.0.0.1:8890/lab/tree/course/00_mulai.ipynb?file-browser-path=/&token=abc")
    assert lab.start_notebook(kit / "kosong") is None
    assert lab.lab_url(8890, "abc", None) == "http://127.0.0.1:8890/lab?token=abc"


def test_command_is_rooted_at_the_given_folder(tmp_path):
    command = lab.lab_command(9999, token="abc", root_dir=tmp_path)
    assert f"--ServerApp.root_dir={tmp_path}" in command and "--ServerApp.port=9999" in command
    assert "--no-browser" in command and "--IdentityProvider.token=abc" in command


def test_participant_mode_roots_lab_at_the_workspace(kit, capsys):
    lab.main(["--dry-run", "--port", "9999"])
    out = capsys.readouterr().out
    workspace = kit / "ruang_kerja"
    assert root_dir_in(out) == str(workspace)
    assert str(workspace) in out and "/lab/tree/course/00_mulai.ipynb?" in out
    assert (workspace / "course/00_mulai.ipynb").is_file()
    assert "solutions" not in out

    lab.main(["--dry-run", "--port", "9999"])  # second run: nothing new, nothing copied
    assert "baru" not in capsys.readouterr().out.split("Ruang kerja Anda")[0]


def test_trainer_mode_uses_the_repository_root(kit, capsys, monkeypatch):
    monkeypatch.setattr(lab, "has_nbgrader", lambda: True)
    lab.main(["--pelatih", "--dry-run", "--port", "9999"])
    out = capsys.readouterr().out
    assert root_dir_in(out) == str(kit)
    assert not (kit / "ruang_kerja").exists()


def test_trainer_mode_needs_nbgrader(kit, monkeypatch):
    monkeypatch.setattr(lab, "has_nbgrader", lambda: False)
    with pytest.raises(SystemExit, match="make pelatih"):
        lab.main(["--pelatih", "--dry-run"])


def test_participants_do_not_get_nbgrader(tmp_path):
    folder = lab.write_participant_config(tmp_path)
    page = json.loads((folder / "labconfig/page_config.json").read_text())
    assert page["disabledExtensions"] == {"@jupyter/nbgrader": True}
    server = json.loads((folder / "jupyter_server_config.json").read_text())
    assert set(server["ServerApp"]["jpserver_extensions"]) == set(lab.NBGRADER_SERVER_EXTENSIONS)
    assert not any(server["ServerApp"]["jpserver_extensions"].values())
    env = lab.child_environment(trainer=False, config=folder)
    assert env["JUPYTER_CONFIG_PATH"].split(lab.os.pathsep)[0] == str(folder)
    assert "KIMKIT_PERTUKARAN" not in env or env["KIMKIT_PERTUKARAN"] == lab.os.environ.get("KIMKIT_PERTUKARAN")


def test_trainers_get_offline_formgrader_and_a_local_exchange(tmp_path, monkeypatch):
    monkeypatch.delenv("KIMKIT_PERTUKARAN", raising=False)
    monkeypatch.setattr(lab, "ROOT", tmp_path)
    env = lab.child_environment(trainer=True, config=None)
    first = Path(env["JUPYTER_PATH"].split(lab.os.pathsep)[0])
    assert "static/jupyter_server_mathjax/MathJax.js" in (first / "nbconvert/templates/base/mathjax.html.j2").read_text()
    assert env["KIMKIT_PERTUKARAN"] == str(tmp_path / "pertukaran") and (tmp_path / "pertukaran").is_dir()
    assert "JUPYTER_CONFIG_PATH" not in env or env["JUPYTER_CONFIG_PATH"] == lab.os.environ.get("JUPYTER_CONFIG_PATH")


def test_kernel_noise_is_dropped_and_errors_kept():
    import io

    stream = io.BytesIO(b"[IPKernelApp] WARNING | Kernel is running over TCP without encryption. ...\n"
                        b"[C 2026-01-01 10:00:00.000 ServerApp] received signal 2, stopping\n"
                        b"[E 10:00 ServerApp] something broke\n")
    out = io.BytesIO()
    lab.forward_errors(stream, out)
    assert out.getvalue() == b"[E 10:00 ServerApp] something broke\n"


def test_no_display_means_no_browser(monkeypatch):
    monkeypatch.setattr(lab.platform, "system", lambda: "Linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert lab.has_display() is False
    monkeypatch.setenv("DISPLAY", ":0")
    assert lab.has_display() is True


def test_busy_port_is_detected():
    import socket

    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        assert lab.port_is_free(server.getsockname()[1]) is False


def test_the_real_kit_has_a_start_notebook():
    assert (lab.ROOT / lab.START_NOTEBOOK).is_file()
    assert {"course", "exercises"} == set(lab.SOURCES)
