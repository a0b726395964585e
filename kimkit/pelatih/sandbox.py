"""Kernels that run a submission's code where it can do no harm (Linux, bubblewrap).

Each kernel runs inside ``bwrap`` with its own process and IPC namespaces, as the
unprivileged user ``nobody`` when the trainer is root, with an address-space limit
(``prlimit --as``). Its file system holds only the system, the Python environment and
the kimkit package, read-only, plus one empty scratch folder: the gradebook, the
course folder, ``solutions/`` and every other submission do not exist in there.

Elsewhere (Windows, macOS, Linux without bubblewrap) kernels run as usual and
:func:`protection` says so plainly.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from nbclient.util import ensure_async, run_sync
from nbgrader.preprocessors import Execute
from traitlets import Integer

import kimkit
from kimkit.pelatih import recheck

NOBODY = 65534


def _site_folders() -> list[str]:
    """Package folders on ``sys.path`` outside the environment itself: a shared hub environment may
    add another environment's with ``site.addsitedir`` (never the working folder: ``sys.path[0]``)."""
    return [p for p in sys.path[1:] if Path(p).name in ("site-packages", "dist-packages") and os.path.isdir(p)]


def _read_only_paths() -> list[str]:
    paths = ["/usr", "/lib", "/lib64", "/bin", "/sbin", "/etc", sys.prefix, sys.base_prefix,
             str(Path(kimkit.__file__).resolve().parent), *_site_folders()]
    return list(dict.fromkeys(p for p in paths if os.path.exists(p)))


def wrap(command: list[str], scratch: Path, memory_mb: int) -> list[str]:
    """``command`` run inside the sandbox with ``scratch`` as its only writable folder."""
    wrapped = ["bwrap", "--die-with-parent", "--new-session", "--unshare-pid", "--unshare-ipc",
               "--unshare-uts", "--unshare-cgroup-try",
               # /tmp first: the environment or the kit itself may live below it (a fresh clone)
               "--tmpfs", "/tmp", "--proc", "/proc", "--dev", "/dev"]
    paths = _read_only_paths()
    ancestors = sorted({str(a) for p in paths for a in Path(p).parents if str(a) not in ("/", "/tmp")}, key=len)
    for ancestor in ancestors:  # traversable by the unprivileged user (e.g. a Python under /root)
        wrapped += ["--perms", "0755", "--dir", ancestor]
    for path in paths:
        wrapped += ["--ro-bind", path, path]
    wrapped += ["--bind", str(scratch), str(scratch), "--chdir", str(scratch),
                "--setenv", "HOME", str(scratch), "--setenv", "MPLCONFIGDIR", str(scratch),
                "--unsetenv", "JPY_PARENT_PID"]  # its parent is the sandbox's init; --die-with-parent covers it
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        wrapped += ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    if memory_mb:
        wrapped += ["prlimit", f"--as={memory_mb * 2**20}"]
    return wrapped + command


@lru_cache(maxsize=1)
def available() -> bool:
    """True where bubblewrap runs here (Linux with ``bwrap`` that can make namespaces)."""
    if platform.system() != "Linux" or shutil.which("bwrap") is None:
        return False
    with tempfile.TemporaryDirectory() as scratch:
        os.chmod(scratch, 0o777)
        try:
            result = subprocess.run(wrap([sys.executable, "-c", "print('ok')"], Path(scratch), 0),
                                    capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            return False
    return result.returncode == 0 and result.stdout.strip() == "ok"


def protection() -> str:
    """Message key describing what protects the trainer's files on this machine."""
    return "grading.protected" if available() else "grading.unprotected"


class GradingExecute(Execute):
    """nbgrader's Execute preprocessor, with every passed hidden test checked again outside the
    kernel (:mod:`kimkit.pelatih.recheck`): a redefined builtin or library function in the
    submission cannot turn a wrong answer into a pass."""

    async def async_execute_cell(self, cell, cell_index, execution_count=None, store_history=True):
        cell = await super().async_execute_cell(cell, cell_index, execution_count, store_history)
        for check in recheck.cell_checks(cell):
            if recheck.failed(cell):
                break
            if not check.confirms(await self._canonical_text(check)):
                cell.outputs.append(recheck.refusal())
        return cell

    async def _canonical_text(self, check: recheck.HiddenCheck) -> str | None:
        msg_id = await ensure_async(self.kc.execute("", silent=True, store_history=False,
                                                    user_expressions={"kk": check.expression}))
        return recheck.reply_text(await self.async_wait_for_reply(msg_id))

    execute_cell = run_sync(async_execute_cell)  # nbclient binds the synchronous name to its own method


class SandboxedExecute(GradingExecute):
    """:class:`GradingExecute` with kernels started by :class:`SandboxKernelManager`."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("kernel_manager_class", SandboxKernelManager)
        super().__init__(*args, **kwargs)


class SandboxKernelManager(AsyncKernelManager):
    """A kernel manager whose kernels start inside the sandbox, one scratch folder each."""

    memory_mb = Integer(2048, help="address-space limit of one kernel, in MiB (0 = none)").tag(config=True)

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._scratch = Path(tempfile.mkdtemp(prefix="kimkit-kernel-"))
        os.chmod(self._scratch, 0o777)
        self.connection_file = str(self._scratch / "kernel.json")

    @property
    def kernel_spec(self):
        spec = super().kernel_spec
        if spec is not None:  # a signal cannot cross into the sandbox's own session: ask the kernel
            spec.interrupt_mode = "message"
        return spec

    def write_connection_file(self, **kwargs):
        result = super().write_connection_file(**kwargs)
        os.chmod(self.connection_file, 0o644)  # readable by the kernel's unprivileged user
        return result

    def format_kernel_cmd(self, extra_arguments=None):
        command = super().format_kernel_cmd(extra_arguments)
        return wrap(command, self._scratch, self.memory_mb) if available() else command

    async def _async_launch_kernel(self, kernel_cmd, **kw):
        # the kernel's own start-up notes are not for the trainer's terminal
        kw.setdefault("stdout", subprocess.DEVNULL)
        kw.setdefault("stderr", subprocess.DEVNULL)
        return await super()._async_launch_kernel(kernel_cmd, **kw)

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        if not restart:
            shutil.rmtree(self._scratch, ignore_errors=True)
