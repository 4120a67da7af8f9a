"""`make lab` starts JupyterLab, also as root: the same command line, on a free local port.

The server runs in its own process group with its own config, data and runtime folders, no
browser and no token; whatever happens, the whole group is stopped before the test ends.
The deadlines only bound a hung server on a slow CI machine; they are not measured.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from helpers.lab import lab_command

REPO = Path(__file__).resolve().parent.parent
START_DEADLINE_S = 120  # a cold start on a loaded 2-core machine takes a few seconds
STOP_DEADLINE_S = 30


def free_port() -> int:
    """A local port nothing listens on now (the server is told not to try another)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def is_root() -> bool:
    """The rule the Makefile applies with ``id -u``."""
    return os.geteuid() == 0


def private_jupyter_dirs(tmp_path: Path) -> dict[str, str]:
    """Environment that keeps the server away from the user's own Jupyter settings and servers."""
    names = {
        "JUPYTER_CONFIG_DIR": "config", "JUPYTER_DATA_DIR": "data", "JUPYTER_RUNTIME_DIR": "runtime",
        "JUPYTERLAB_SETTINGS_DIR": "settings", "JUPYTERLAB_WORKSPACES_DIR": "workspaces", "IPYTHONDIR": "ipython",
    }
    return {variable: str(tmp_path / folder) for variable, folder in names.items()}


def status_of(url: str) -> int | None:
    """The HTTP status of a GET, or None while nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def stop_group(server: subprocess.Popen) -> int:
    """SIGTERM to the server's whole process group (it may have started helpers such as
    ``npm``), SIGKILL for whatever is left after the deadline; returns the server's exit code."""
    _signal_group(server.pid, signal.SIGTERM)
    try:
        exit_code = server.wait(STOP_DEADLINE_S)
    except subprocess.TimeoutExpired:
        _signal_group(server.pid, signal.SIGKILL)
        exit_code = server.wait(STOP_DEADLINE_S)
    deadline = time.monotonic() + STOP_DEADLINE_S
    while live_members(server.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    if live_members(server.pid):
        _signal_group(server.pid, signal.SIGKILL)
    return exit_code


def _signal_group(group: int, signal_number: int) -> None:
    try:
        os.killpg(group, signal_number)
    except ProcessLookupError:
        pass


def live_members(group: int) -> list[int]:
    """Processes of the group that still run (zombies are left out: a container's init may
    never reap a helper the server did not wait for)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended while we looked
        state, process_group = fields[0], int(fields[2])
        if process_group == group and state not in ("Z", "X"):
            members.append(int(stat.parent.name))
    return members


def test_the_lab_command_passes_allow_root_only_when_asked():
    assert "--allow-root" in lab_command("notebooks", allow_root=True)
    assert "--allow-root" not in lab_command("notebooks", allow_root=False)


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_lab_runs_the_shared_command_and_allows_root_for_root():
    dry_run = subprocess.run(["make", "-n", "lab"], cwd=REPO, capture_output=True, text=True, timeout=60, check=True)
    lab_line = next(line for line in dry_run.stdout.splitlines() if "helpers.lab" in line)
    assert lab_line.split()[1:] == ["-m", "helpers.lab", "notebooks", *(["--allow-root"] if is_root() else [])]


def test_the_lab_server_answers_on_a_free_port_and_stops(tmp_path):
    port = free_port()
    command = lab_command(
        REPO / "notebooks",
        allow_root=is_root(),
        options=[
            "--no-browser", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
            "--IdentityProvider.token=",
        ],
    )
    log = (tmp_path / "server.log").open("wb")
    server = subprocess.Popen(
        command, cwd=REPO, env={**os.environ, **private_jupyter_dirs(tmp_path)},
        stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/lab"
    status = None
    try:
        deadline = time.monotonic() + START_DEADLINE_S
        while status is None and server.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
            status = status_of(url)
    finally:
        exit_code = stop_group(server)
        log.close()
    server_log = (tmp_path / "server.log").read_text(errors="replace")
    assert status == 200, f"{url} answered {status}; server log:\n{server_log}"
    assert exit_code == 0, f"the server exited with {exit_code} on SIGTERM; log:\n{server_log}"
    assert live_members(server.pid) == []
