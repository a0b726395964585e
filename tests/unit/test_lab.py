"""The make-lab launcher: settings and command line, without starting a server."""

import json

from kimkit import lab


def test_overrides_set_indonesian_and_keep_existing(tmp_path):
    path = tmp_path / "share/jupyter/lab/settings/overrides.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"@jupyterlab/apputils-extension:themes": {"theme": "JupyterLab Dark"}}))
    lab.write_overrides(tmp_path)
    settings = json.loads(path.read_text())
    assert settings["@jupyterlab/translation-extension:plugin"]["locale"] == "id_ID"
    assert settings["@jupyterlab/apputils-extension:themes"]["theme"] == "JupyterLab Dark"
    assert settings["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"


def test_command_opens_start_notebook(monkeypatch):
    command = lab.lab_command(9999, open_browser=False, token="abc")
    assert lab.START_NOTEBOOK in command and "--ServerApp.port=9999" in command
    assert "--no-browser" in command and "--IdentityProvider.token=abc" in command
    assert (lab.ROOT / lab.START_NOTEBOOK).parent.is_dir()


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
