"""A whole workshop on a real JupyterHub, end to end, on loopback (marker ``hub``).

What runs for real: JupyterHub (the version of the ``hub`` extra) with the shared-password
authenticator (the built-in successor of DummyAuthenticator's password), LocalProcessSpawner with
real system users this test creates, the npm ``configurable-http-proxy``, nbgrader's filesystem
exchange in a shared folder this test creates (mode 777, as nbgrader's docs and demos make it), and
one single-user server per participant. Everybody logs in through the Hub's REST API (password →
token). The trainer runs the kit's commands as their own system user; each participant fetches,
answers (writes the notebook through their server's contents API) and submits through nbgrader's
endpoints on *their own* server; the trainer collects with ``nbgrader collect`` and grades and
reports with ``python -m kimkit.pelatih``.

It also measures the resident memory (VmRSS) of one participant's processes: the server alone,
and the server with a kernel that imported the kit and loaded two datasets
(``docs/jupyterhub.md`` sizes the server from it).

Everything it creates (users, home folders, temporary folders, processes, ports) is removed by
fixture finalizers, also when a step fails; the last finalizer checks with ``getent`` and
``/proc`` that nothing is left. Needs root, ``useradd`` and ``configurable-http-proxy``: without
them the test is skipped, or fails when ``CI`` is set.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import secrets
import shutil
import signal
import stat
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.hub

ROOT = Path(__file__).resolve().parents[2]
EXERCISE = "latihan01"
COURSE_ID = "kimkit"  # nbgrader_config.py of the course folder
TRAINER = "kimkit-pelatih"
# hub accounts are roster ids in lower case (JupyterHub and useradd only know lower-case names)
PARTICIPANTS = {
    "smd-981": ("SMD-981", "Contoh Ayu Lestari", "Diskominfo Kota Samarinda", "Samarinda", "benar"),
    "bru-982": ("BRU-982", "Contoh Budi Santoso", "Diskominfo Kabupaten Berau", "Berau", "salah"),
}
USERS = (TRAINER, *PARTICIPANTS)
MARKER = "kimkit hub test"  # GECOS of every account this test creates
SPAWN_SECONDS = 120


# --- requirements -----------------------------------------------------------------------------

def _participant_python() -> tuple[str | None, bool]:
    """(python every user can run, whether it needs the kit's packages layered in) or (None, False)."""
    probe = ["runuser", "-u", "nobody", "--"]
    check = "import kimkit, jupyterhub, nbgrader"
    if subprocess.run([*probe, sys.executable, "-c", check], capture_output=True).returncode == 0:
        return sys.executable, False
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (f"/usr/bin/{version}", f"/usr/local/bin/{version}"):
        if os.path.isfile(candidate) and subprocess.run(
                [*probe, candidate, "-c", "import venv"], capture_output=True).returncode == 0:
            return candidate, True
    return None, False


def _missing() -> str | None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "perlu root (LocalProcessSpawner berganti pengguna; useradd)"
    for tool in ("useradd", "userdel", "runuser", "getent"):
        if shutil.which(tool) is None:
            return f"perintah {tool} tidak ada"
    if shutil.which("configurable-http-proxy") is None:
        return "configurable-http-proxy tidak ada (npm install -g configurable-http-proxy@5.3.0)"
    try:
        import jupyterhub  # noqa: F401
        import nbgrader  # noqa: F401
    except ImportError as error:
        return f"{error.name} belum terpasang (pip install -e '.[trainer,test,hub]')"
    if _participant_python()[0] is None:
        return ("tidak ada Python yang bisa dijalankan pengguna lain dengan versi "
                f"{sys.version_info.major}.{sys.version_info.minor}")
    return None


def _require(reason: str | None = None) -> None:
    reason = reason or _missing()
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"uji JupyterHub tidak bisa berjalan di CI: {reason}")
    pytest.skip(f"uji JupyterHub dilewati: {reason}")


# --- machine helpers ----------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _port_open(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _account(name: str) -> list[str] | None:
    found = subprocess.run(["getent", "passwd", name], capture_output=True, text=True)
    return found.stdout.strip().split(":") if found.returncode == 0 else None


def _pids_of(uid: int) -> list[int]:
    pids = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            lines = status.read_text().splitlines()
        except OSError:
            continue
        real = next((line.split()[1] for line in lines if line.startswith("Uid:")), None)
        if real == str(uid):
            pids.append(int(status.parent.name))
    return pids


def _rss_kib(uid: int) -> dict[int, int]:
    """VmRSS (KiB) of every process of ``uid``."""
    sizes = {}
    for pid in _pids_of(uid):
        try:
            lines = Path(f"/proc/{pid}/status").read_text().splitlines()
        except OSError:
            continue
        rss = next((int(line.split()[1]) for line in lines if line.startswith("VmRSS:")), 0)
        sizes[pid] = rss
    return sizes


def _cpu_seconds(uid: int) -> float:
    """CPU time (user + system) the live processes of ``uid`` have used so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in _pids_of(uid):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return round(total / ticks, 1)


def _end(pids: list[int]) -> None:
    """SIGTERM the given processes (ours), SIGKILL what is still there after 10 s."""
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        for pid in pids:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and any(Path(f"/proc/{p}").exists() for p in pids):
            time.sleep(0.2)


def _remove_account(name: str) -> None:
    entry = _account(name)
    if entry is None:
        return
    _end(_pids_of(int(entry[2])))
    subprocess.run(["userdel", "-r", name], capture_output=True)


def _shared_environment(base: Path) -> Path:
    """A ``bin/python`` every user can run, with this environment's packages (the kit included).

    This test's environment may live where other users cannot enter (a Python below /root); then
    a venv from the system Python of the same version adds this environment's site-packages with
    ``site.addsitedir`` and gets its console scripts (``nbgrader``, ``alembic``), ``share/`` and
    ``etc/`` (JupyterLab, nbgrader's extensions). Nothing in the repository changes.
    """
    python, layered = _participant_python()
    if not layered:
        return Path(sys.prefix)
    venv = base / "venv"
    subprocess.run([python, "-m", "venv", "--without-pip", str(venv)], check=True)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    site_packages = sysconfig.get_paths()["purelib"]
    (venv / "lib" / version / "site-packages" / "kimkit_hub.pth").write_text(
        f"import site; site.addsitedir({site_packages!r})\n", encoding="utf-8")
    for name in ("share", "etc"):
        if (Path(sys.prefix) / name).is_dir() and not (venv / name).exists():
            (venv / name).symlink_to(Path(sys.prefix) / name)
    shebang = f"#!{sys.prefix}/bin/python".encode()
    for script in sorted(Path(sys.prefix, "bin").iterdir()):
        target = venv / "bin" / script.name
        if script.is_symlink() or not script.is_file() or target.exists():
            continue
        with script.open("rb") as handle:
            first = handle.readline()
        if first.startswith(shebang):
            target.write_bytes(f"#!{venv}/bin/python\n".encode() + script.read_bytes()[len(first):])
            target.chmod(0o755)
    return venv


def _open_for_traversal(paths: list[Path]) -> list[tuple[Path, int]]:
    """Let other users pass through (search bit only, never read) every folder on the way to
    ``paths`` that stops them, e.g. a clone inside ``mktemp -d`` (mode 700); the original modes,
    to put back afterwards."""
    changed = []
    folders = {folder for path in paths for folder in (path, *path.parents) if folder != Path("/")}
    for folder in sorted(folders):
        mode = folder.stat().st_mode
        if not mode & stat.S_IXOTH:
            folder.chmod(stat.S_IMODE(mode) | stat.S_IXOTH)
            changed.append((folder, stat.S_IMODE(mode)))
    return changed


# --- the hub ---------------------------------------------------------------------------------

HUB_CONFIG = """\
c = get_config()  # noqa
c.JupyterHub.bind_url = "http://127.0.0.1:{public}"
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy}"
c.ConfigurableHTTPProxy.command = [{chp!r}]
c.JupyterHub.db_url = "sqlite:///{work}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "{work}/jupyterhub_cookie_secret"
c.ConfigurableHTTPProxy.pid_file = "{work}/jupyterhub-proxy.pid"
c.JupyterHub.pid_file = "{work}/jupyterhub.pid"

c.JupyterHub.authenticator_class = "shared-password"
c.SharedPasswordAuthenticator.user_password = {password!r}
c.Authenticator.allowed_users = {users!r}

c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [{python!r}, "-m", "jupyterhub.singleuser"]
c.Spawner.default_url = "/lab"
c.Spawner.start_timeout = {spawn}
c.Spawner.http_timeout = {spawn}
c.Spawner.env_keep = ["LANG", "LC_ALL"]
c.Spawner.environment = {environment!r}

# the test's own observer: read users, stop servers at the end
c.JupyterHub.services = [{{"name": "kimkit-uji", "api_token": {token!r}}}]
c.JupyterHub.load_roles = [{{"name": "kimkit-uji", "services": ["kimkit-uji"],
                             "scopes": ["admin:users", "admin:servers"]}}]
"""


class Hub:
    def __init__(self, base: Path, env_prefix: Path):
        self.base = base
        self.work = base / "hub"
        self.work.mkdir(mode=0o700)
        self.env_prefix = env_prefix
        self.python = str(env_prefix / "bin" / "python")
        self.exchange = base / "pertukaran"
        self.server_config = base / "etc-jupyter"  # stands for /etc/jupyter on a real server
        self.public, self.hub_port, self.proxy = _free_port(), _free_port(), _free_port()
        self.password = secrets.token_urlsafe(18)
        self.token = secrets.token_hex(32)
        self.process: subprocess.Popen | None = None

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.hub_port}/hub/api"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.public}"

    def environment(self, user: str) -> dict[str, str]:
        return {"PATH": f"{self.env_prefix}/bin:/usr/local/bin:/usr/bin:/bin",
                "JUPYTER_CONFIG_PATH": str(self.server_config), "MPLBACKEND": "Agg", "LANG": "C.UTF-8"}

    def write_configs(self) -> None:
        self.exchange.mkdir()
        self.exchange.chmod(0o777)  # nbgrader: "writable to everyone"; release/submit create the rest
        self.server_config.mkdir()
        (self.server_config / "nbgrader_config.py").write_text(
            "c = get_config()  # noqa\n"
            f"c.Exchange.root = {str(self.exchange)!r}\n"
            f"c.CourseDirectory.course_id = {COURSE_ID!r}\n", encoding="utf-8")
        (self.work / "jupyterhub_config.py").write_text(HUB_CONFIG.format(
            public=self.public, hub=self.hub_port, proxy=self.proxy,
            chp=shutil.which("configurable-http-proxy"), work=self.work, password=self.password,
            users=set(USERS), python=self.python, spawn=SPAWN_SECONDS,
            environment=self.environment(""), token=self.token), encoding="utf-8")

    def start(self) -> None:
        import requests

        log = (self.work / "hub.log").open("w")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("KIMKIT_", "JUPYTER"))}
        env["PATH"] = f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin"
        self.process = subprocess.Popen([sys.executable, "-m", "jupyterhub", "-f", "jupyterhub_config.py"],
                                        cwd=self.work, stdout=log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"JupyterHub berhenti:\n{self.log_tail()}"
            try:
                if requests.get(self.api + "/", timeout=2).ok and _port_open(self.public):
                    return
            except requests.RequestException:
                pass
            time.sleep(0.5)
        raise AssertionError(f"JupyterHub tidak siap dalam 60 detik:\n{self.log_tail()}")

    def log_tail(self, lines: int = 40) -> str:
        path = self.work / "hub.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""

    def stop(self) -> None:
        """SIGTERM: the Hub stops the servers and the proxy it started (they run in their own sessions)."""
        import requests

        if self.process is None:
            return
        if self.process.poll() is None:
            for user in USERS:  # stop servers through the API first: the Hub waits for them
                try:
                    requests.delete(f"{self.api}/users/{user}/server", timeout=30,
                                    headers={"Authorization": f"token {self.token}"})
                except requests.RequestException:
                    pass
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        proxy_pid = self.work / "jupyterhub-proxy.pid"
        if proxy_pid.is_file():
            pid = int(proxy_pid.read_text().strip() or 0)
            cmdline = Path(f"/proc/{pid}/cmdline")
            if pid and cmdline.exists() and b"configurable-http-proxy" in cmdline.read_bytes():
                _end([pid])


class Session:
    """One person logged in through the Hub's REST API (password → token)."""

    def __init__(self, hub: Hub, name: str):
        import requests

        self.hub, self.name = hub, name
        reply = requests.post(f"{hub.api}/users/{name}/tokens", timeout=30, json={
            "auth": {"username": name, "password": hub.password}, "note": "bengkel kimkit", "expires_in": 3600})
        assert reply.status_code in (200, 201), reply.text
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"token {reply.json()['token']}"
        assert self.http.get(f"{hub.api}/user", timeout=30).json()["name"] == name

    @property
    def server(self) -> str:
        return f"{self.hub.url}/user/{self.name}"

    def request_server(self) -> None:
        """Ask the Hub to start this person's server (it comes up while other work goes on)."""
        reply = self.http.post(f"{self.hub.api}/users/{self.name}/server", timeout=60)
        assert reply.status_code in (201, 202), reply.text

    def wait_for_server(self) -> None:
        """Until the Hub reports the server ready (the Hub itself gives up after SPAWN_SECONDS)."""
        started = time.monotonic()
        while time.monotonic() - started < SPAWN_SECONDS:
            model = self.http.get(f"{self.hub.api}/users/{self.name}", timeout=30).json()
            if (model.get("servers", {}).get("") or {}).get("ready"):
                return
            time.sleep(0.5)
        raise AssertionError(f"server {self.name} tidak siap:\n{self.hub.log_tail()}")

    def nbgrader(self, action: str) -> dict:
        form = {"course_id": COURSE_ID, "assignment_id": EXERCISE}
        reply = self.http.post(f"{self.server}/assignments/{action}", data=form, timeout=120)
        assert reply.ok, reply.text
        result = reply.json()
        assert result.get("success") is not False, result
        return result

    def run_code(self, code: str) -> str:
        """Start a kernel on this server, run ``code`` over the websocket, return its output."""
        kernel = self.http.post(f"{self.server}/api/kernels", json={"name": "python3"}, timeout=60).json()
        ws_url = f"ws://127.0.0.1:{self.hub.public}/user/{self.name}/api/kernels/{kernel['id']}/channels"
        self.kernel_id = kernel["id"]
        return asyncio.run(_execute(ws_url, self.http.headers["Authorization"], code))


async def _execute(ws_url: str, authorization: str, code: str) -> str:
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    connection = await websocket_connect(HTTPRequest(ws_url, headers={"Authorization": authorization}))
    msg_id = uuid.uuid4().hex
    connection.write_message(json.dumps({
        "header": {"msg_id": msg_id, "session": uuid.uuid4().hex, "username": "", "msg_type": "execute_request",
                   "version": "5.3"},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
        "content": {"code": code, "silent": False, "store_history": False, "user_expressions": {},
                    "allow_stdin": False}}))
    output = []
    try:
        while True:
            raw = await asyncio.wait_for(connection.read_message(), 120)
            assert raw is not None, "websocket kernel tertutup"
            message = json.loads(raw)
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = message["msg_type"]
            if kind == "stream":
                output.append(message["content"]["text"])
            elif kind == "error":
                raise AssertionError("\n".join(message["content"]["traceback"]))
            elif kind == "status" and message["content"]["execution_state"] == "idle":
                return "".join(output)
    finally:
        connection.close()


# --- fixtures ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hub(request):
    _require()
    created: dict[str, int] = {}
    base = Path(tempfile.mkdtemp(prefix="kimkit-hub-"))
    base.chmod(0o755)  # the shared environment and the exchange live here
    ports: list[int] = []

    def verify_nothing_left():
        left = [u for u in created if _account(u) is not None]
        left += [f"proses {pid} (uid {uid})" for uid in created.values() for pid in _pids_of(uid)]
        left += [f"port {p}" for p in ports if _port_open(p)]
        left += [str(p) for p in [base, *(Path("/home") / u for u in created)] if p.exists()]
        assert not left, f"sisa uji JupyterHub: {left}"

    def remove_folders():
        shutil.rmtree(base, ignore_errors=True)

    def remove_users():
        for name in created:
            _remove_account(name)

    opened: list[tuple[Path, int]] = []

    def close_folders():
        for folder, mode in opened:
            folder.chmod(mode)

    request.addfinalizer(close_folders)
    request.addfinalizer(verify_nothing_left)
    request.addfinalizer(remove_folders)
    request.addfinalizer(remove_users)

    opened += _open_for_traversal([ROOT, Path(sysconfig.get_paths()["purelib"])])
    env_prefix = _shared_environment(base)
    probe = subprocess.run(["runuser", "-u", "nobody", "--", str(env_prefix / "bin" / "python"), "-c",
                            "import kimkit, jupyterhub, nbgrader"], capture_output=True, text=True)
    if probe.returncode != 0:
        _require(f"pengguna lain tidak bisa memakai lingkungan kit di {env_prefix} (repositori dan .venv harus "
                 f"bisa dibaca semua pengguna): {(probe.stderr.strip().splitlines() or ['?'])[-1]}")

    for name in USERS:
        entry = _account(name)
        if entry is not None and entry[4] == MARKER:  # left over from an interrupted run of this test
            _remove_account(name)
        elif entry is not None:
            pytest.fail(f"akun {name} sudah ada dan bukan buatan uji ini; uji tidak menyentuhnya")
    for name in USERS:
        subprocess.run(["useradd", "--create-home", "--shell", "/bin/bash", "--comment", MARKER, name],
                       check=True, capture_output=True)
        created[name] = int(_account(name)[2])

    hub = Hub(base, env_prefix)
    ports += [hub.public, hub.hub_port, hub.proxy]
    hub.write_configs()
    request.addfinalizer(hub.stop)
    hub.start()
    hub.uids = created
    return hub


TIMES: dict[str, float] = {}


def run_as(hub: Hub, user: str, *command: str, cwd: Path | None = None) -> str:
    """A command as ``user`` with a clean, login-like environment (the trainer's terminal)."""
    started = time.monotonic()
    home = Path(_account(user)[5])
    env = {**hub.environment(user), "HOME": str(home), "USER": user}
    done = subprocess.run(["runuser", "-u", user, "--", "env", "-i", *(f"{k}={v}" for k, v in env.items()),
                           *command], cwd=cwd or home, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{' '.join(command)} gagal ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    step = " ".join(a for a in command[2:] if not a.startswith(("/", "--")))
    TIMES[step] = round(time.monotonic() - started, 1)
    return done.stdout + done.stderr


def _spawn_seconds(hub: Hub) -> dict[str, float]:
    """Spawn-to-ready per user, as the Hub logs it ("User x took 9.1 seconds to start")."""
    found = re.findall(r"User (\S+) took ([0-9.]+) seconds to start", (hub.work / "hub.log").read_text(errors="replace"))
    return {user: round(float(seconds), 1) for user, seconds in found}


# --- the workshop ------------------------------------------------------------------------------

def test_workshop_on_jupyterhub(hub):
    import nbformat
    import pandas as pd

    from tests.grading import notebooks as nbs

    started = time.monotonic()
    trainer = Session(hub, TRAINER)
    people = {name: Session(hub, name) for name in PARTICIPANTS}
    home = Path(_account(TRAINER)[5])
    course = home / "kursus"
    for session in people.values():  # participants log in and start their servers while the trainer works
        session.request_server()

    # trainer: course folder, roster (ids = hub accounts), release through the server's exchange
    run_as(hub, TRAINER, hub.python, "-m", "kimkit.pelatih", "--folder", str(course), "siapkan")
    roster = pd.DataFrame([{"ID Peserta": account, "Nama Lengkap": who[1], "Unit Kerja": who[2],
                            "Kab/Kota": who[3], "E-mail": ""} for account, who in PARTICIPANTS.items()])
    roster.to_csv(home / "peserta.csv", index=False)
    shutil.chown(home / "peserta.csv", TRAINER, TRAINER)
    run_as(hub, TRAINER, hub.python, "-m", "kimkit.pelatih", "--folder", str(course), "peserta",
           str(home / "peserta.csv"))
    run_as(hub, TRAINER, hub.python, "-m", "nbgrader", "release_assignment", EXERCISE, cwd=course)
    assert (hub.exchange / COURSE_ID / "outbound" / EXERCISE / f"{EXERCISE}.ipynb").is_file()

    # participants: own server, list, fetch, answer in the notebook file, submit
    answers = {"benar": nbs.right_answers(EXERCISE), "salah": nbs.wrong_answers(EXERCISE)}
    for account, session in people.items():
        session.wait_for_server()
        listed = session.http.get(f"{session.server}/assignments", params={"course_id": COURSE_ID},
                                  timeout=60).json()
        assert [a["assignment_id"] for a in listed["value"] if a["status"] == "released"] == [EXERCISE], listed
        session.nbgrader("fetch")
        url = f"{session.server}/api/contents/{EXERCISE}/{EXERCISE}.ipynb"
        released = nbformat.from_dict(session.http.get(url, timeout=60).json()["content"])
        roster_id, kind = PARTICIPANTS[account][0], PARTICIPANTS[account][4]
        answered = nbs.with_identity(nbs.fill(released, answers[kind]), roster_id)
        reply = session.http.put(url, json={"type": "notebook", "format": "json", "content": answered}, timeout=60)
        assert reply.ok, reply.text
        session.nbgrader("submit")
        inbound = [p.name for p in (hub.exchange / COURSE_ID / "inbound").iterdir()]
        assert any(name.startswith(f"{account}+{EXERCISE}+") for name in inbound), inbound

    # sizing: one participant's processes, the server alone and with a kernel that uses the kit
    first = next(iter(people))
    uid = hub.uids[first]
    server_only = sum(_rss_kib(uid).values())
    server_cpu = _cpu_seconds(uid)
    output = people[first].run_code(  # the participant's own workspace, as the docs tell them to make it
        "import os, pwd, pathlib, subprocess, sys\n"
        "ruang = pathlib.Path.home() / 'ruang_kerja'\n"
        "subprocess.run([sys.executable, '-m', 'kimkit.lab', '--dry-run'], check=True, capture_output=True,\n"
        "               env={**os.environ, 'KIMKIT_RUANG_KERJA': str(ruang)})\n"
        "import kimkit\nfrom kimkit import data\n"
        "posting, kim = data.posting_medsos(), data.kim_kaltim()\n"
        "print(pwd.getpwuid(os.getuid()).pw_name, os.environ['JUPYTERHUB_USER'], len(posting), len(kim),\n"
        "      len(list(ruang.glob('course/*.ipynb'))))\n")
    assert output.split()[:2] == [first, first], output
    assert int(output.split()[4]) > 0, output
    time.sleep(2)
    with_kernel = _rss_kib(uid)
    measurement = {"tanggal": time.strftime("%Y-%m-%d"), "server_saja_mib": round(server_only / 1024),
                   "server_dan_kernel_kit_mib": round(sum(with_kernel.values()) / 1024),
                   "proses": len(with_kernel),
                   "cpu_detik_server_siap": server_cpu, "cpu_detik_dengan_kernel": _cpu_seconds(uid), "spawn_detik": _spawn_seconds(hub),
                   "baris_data": output.split()[2:4]}
    print("\nUKURAN MEMORI PESERTA:", json.dumps(measurement))
    assert 50 < measurement["server_saja_mib"] < measurement["server_dan_kernel_kit_mib"] < 2048
    people[first].http.delete(f"{people[first].server}/api/kernels/{people[first].kernel_id}", timeout=60)

    # trainer: collect from the exchange, grade and report with the kit
    run_as(hub, TRAINER, hub.python, "-m", "nbgrader", "collect", EXERCISE, cwd=course)
    assert sorted(p.name for p in (course / "submitted").iterdir()) == sorted(PARTICIPANTS)
    graded = run_as(hub, TRAINER, hub.python, "-m", "kimkit.pelatih", "--folder", str(course), "nilai", EXERCISE)
    run_as(hub, TRAINER, hub.python, "-m", "kimkit.pelatih", "--folder", str(course), "laporan")
    if shutil.which("bwrap"):  # the trainer is an ordinary user: participants' kernels still run sandboxed
        from kimkit.messages import msg

        assert msg("grading.protected") in graded, graded

    ids = {who[0]: who for who in PARTICIPANTS.values()}
    assert sorted(p.name for p in (course / "submitted").iterdir()) == sorted(ids), graded
    for account in PARTICIPANTS:
        assert any((course / "arsip" / "jupyterhub" / account / EXERCISE).iterdir())
        assert f"{account} → " in graded, graded  # the trainer is told which account became which id
    totals = pd.read_csv(course / "laporan" / "nilai_per_peserta.csv", encoding="utf-8-sig")
    assert sorted(totals["id_peserta"]) == sorted(ids), totals
    scores = dict(zip(totals["id_peserta"], totals[EXERCISE]))
    auto_max = sum(m["points"] for m in nbs.autograder_cells(nbs.read(nbs.solution_path(EXERCISE))).values())
    right = next(i for i, who in ids.items() if who[4] == "benar")
    wrong = next(i for i, who in ids.items() if who[4] == "salah")
    assert scores[right] == pytest.approx(auto_max), (scores, graded)
    assert scores[wrong] < scores[right], (scores, graded)
    assert set(totals["nama"]) == {who[1] for who in ids.values()}
    page = (course / "laporan" / "laporan_kelas.html").read_text(encoding="utf-8")
    assert all(who[1] in page or i in page for i, who in ids.items())
    print(f"NILAI: {scores}; alur bengkel {time.monotonic() - started:.0f} dtk; langkah pelatih (dtk): {TIMES}")
    trainer.http.close()
