"""Open a local page in headless Chromium and record what a reader's browser would do with it.

Chromium is driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``: the
browser reads commands on fd 3 and writes replies on fd 4, each a JSON message ended by a
NUL byte), with the standard library only: no playwright, selenium or driver download.

Every call has a deadline, the browser runs in its own process group with a fresh profile,
and ``close`` (also on error, through ``with``) ends the whole group.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

#: Flags for a headless run as root in a container, with nothing fetched in the background.
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--remote-debugging-pipe",
]
#: The screenshot's size: the page as a laptop screen shows it.
VIEWPORT = {"width": 1200, "height": 1600}
CALL_DEADLINE_S = 60  # bounds a hung browser on a slow CI machine; nothing is timed
# Puts the pipe ends on fds 3 and 4, where --remote-debugging-pipe expects them, then runs Chromium.
_ON_FDS_3_AND_4 = (
    "import os, sys; r, w = int(sys.argv[1]), int(sys.argv[2]); os.dup2(r, 3); os.dup2(w, 4); "
    "os.close(r); os.close(w); os.execv(sys.argv[3], sys.argv[3:])"
)


def find_chromium() -> str | None:
    """``$CHROMIUM`` if it names a program, else Debian's ``chromium`` (or ``chromium-browser``) on the PATH."""
    given = os.environ.get("CHROMIUM")
    if given:
        return shutil.which(given)
    return shutil.which("chromium") or shutil.which("chromium-browser")


@dataclass
class Rendering:
    """What the browser did with one page."""

    console_errors: list[str] = field(default_factory=list)  # console.error, uncaught exceptions, failed loads
    requested: list[str] = field(default_factory=list)  # every URL the page asked for, the page included
    links: list[str] = field(default_factory=list)  # every <a href>, as the browser resolved it
    text: str = ""  # document.body.innerText
    elements: dict[str, int] = field(default_factory=dict)  # tag name -> count in the rendered DOM
    screenshot: bytes = b""  # PNG


class Chromium:
    """One headless browser; use as ``with Chromium(path, profile_dir, log) as browser``."""

    def __init__(self, executable: str, profile_dir: Path, log_file: Path) -> None:
        to_browser_read, self._to_browser = _high_pipe()
        self._from_browser, from_browser_write = _high_pipe()
        self._log = log_file.open("wb")
        self._process = subprocess.Popen(
            [sys.executable, "-c", _ON_FDS_3_AND_4, str(to_browser_read), str(from_browser_write), executable,
             *FLAGS, f"--user-data-dir={profile_dir}", "about:blank"],
            pass_fds=(to_browser_read, from_browser_write), stdin=subprocess.DEVNULL, stdout=self._log,
            stderr=subprocess.STDOUT, start_new_session=True,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._last_id = 0
        self.events: list[dict] = []

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def call(self, method: str, params: dict | None = None, *, session: str | None = None) -> dict:
        """Send one command and return its result; events that arrive meanwhile are kept."""
        self._last_id += 1
        message = {"id": self._last_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        reply = self._read_until(lambda m: m.get("id") == message["id"], method)
        if "error" in reply:
            raise RuntimeError(f"Chromium refused {method}: {reply['error']}")
        return reply["result"]

    def wait_for(self, event: str) -> dict:
        """The first event of this name (one that already arrived counts)."""
        for seen in self.events:
            if seen.get("method") == event:
                return seen
        return self._read_until(lambda m: m.get("method") == event, event)

    def _read_until(self, wanted, what: str) -> dict:
        deadline = time.monotonic() + CALL_DEADLINE_S
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                message = json.loads(raw)
                if "id" not in message:
                    self.events.append(message)
                if wanted(message):
                    return message
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"Chromium gave no {what} within {CALL_DEADLINE_S} s")
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if ready:
                chunk = os.read(self._from_browser, 1 << 20)
                if not chunk:
                    raise EOFError(f"Chromium closed its pipe while we waited for {what}")
                self._buffer += chunk

    def render(self, page: Path) -> Rendering:
        """Load ``page`` in a fresh tab and record its console, requests, links, text and a screenshot."""
        target = next(t for t in self.call("Target.getTargets")["targetInfos"] if t["type"] == "page")
        session = self.call("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", session=session)
        self.call("Emulation.setDeviceMetricsOverride", {**VIEWPORT, "deviceScaleFactor": 1, "mobile": False},
                  session=session)
        self.call("Page.navigate", {"url": page.resolve().as_uri()}, session=session)
        self.wait_for("Page.loadEventFired")

        def value(expression: str):
            return self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True},
                             session=session)["result"]["value"]

        rendering = Rendering(
            links=value("Array.from(document.querySelectorAll('a[href]'), a => a.href)"),
            text=value("document.body.innerText"),
            elements=value("Object.fromEntries(['script','img','iframe','object','embed','link','style']"
                           ".map(t => [t, document.getElementsByTagName(t).length]))"),
            screenshot=base64.b64decode(self.call("Page.captureScreenshot", {"format": "png"}, session=session)["data"]),
        )
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
                rendering.console_errors.append(" ".join(str(arg.get("value", arg.get("description"))) for arg in params["args"]))
            elif method == "Runtime.exceptionThrown":
                details = params["exceptionDetails"]
                rendering.console_errors.append(details.get("exception", {}).get("description", details["text"]))
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                rendering.console_errors.append(f"{params['entry']['text']} ({params['entry'].get('url', '')})")
            elif method == "Network.requestWillBeSent":
                rendering.requested.append(params["request"]["url"])
        return rendering

    def close(self) -> None:
        """Ask the browser to quit; end its whole process group if it does not."""
        try:
            if self._process.poll() is None:
                self.call("Browser.close")
                self._process.wait(CALL_DEADLINE_S)
        except (OSError, EOFError, TimeoutError, RuntimeError, subprocess.TimeoutExpired):
            pass
        finally:
            try:
                os.killpg(self._process.pid, signal.SIGKILL)  # renderer and zygote processes included
            except ProcessLookupError:
                pass
            self._process.wait(CALL_DEADLINE_S)
            for fd in (self._to_browser, self._from_browser):
                try:
                    os.close(fd)
                except OSError:
                    pass
            self._log.close()


def _high_pipe() -> tuple[int, int]:
    """A pipe whose ends sit above fd 9, so that moving them onto fds 3 and 4 cannot clash."""
    return tuple(_above_nine(fd) for fd in os.pipe())  # type: ignore[return-value]


def _above_nine(fd: int) -> int:
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return moved
