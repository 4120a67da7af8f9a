"""Run a command and sample its whole process tree: peak memory and CPU seconds of every process.

    from proctree import run_sampled
    sample = run_sampled(["python", "-m", "helpers", "export", ...])

``ru_maxrss`` sees only the largest single child that was waited for; an export's workers are
forked by a fork server or started by a Dask nanny, so they are neither.  This samples
``/proc`` every ``interval`` seconds instead: the resident memory (RSS) of the command and
all its descendants, summed, and their proportional set size (PSS, which shares pages a
fork server's children have in common instead of counting them once per process); and
each process's CPU time (user + system), the last value seen before it ended.  Linux only.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass, field

_TICKS = os.sysconf("SC_CLK_TCK")
_PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Sample:
    """What sampling a command's process tree found."""

    seconds: float = 0.0
    peak_rss: int = 0  # bytes, the largest sum over the tree at one instant
    peak_pss: int = 0
    peak_processes: int = 0
    cpu: dict[int, float] = field(default_factory=dict)  # pid -> CPU seconds, last seen
    stdout: str = ""

    @property
    def cpu_seconds(self) -> float:
        return sum(self.cpu.values())


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(fields[1]), []).append(int(name))
    return tree


def _descendants(root: int) -> list[int]:
    tree = _children()
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(tree.get(pid, ()))
    return found


def _measure(pid: int) -> tuple[int, int, float] | None:
    """(RSS bytes, PSS bytes, CPU seconds) of one process, or None once it has gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / _TICKS
        rss = int(fields[21]) * _PAGE
        pss = rss
        try:
            with open(f"/proc/{pid}/smaps_rollup", "rb") as rollup:
                for line in rollup:
                    if line.startswith(b"Pss:"):
                        pss = int(line.split()[1]) * 1024
                        break
        except OSError:
            pass
        return rss, pss, cpu
    except (OSError, IndexError, ValueError):
        return None


def run_sampled(command: list[str], *, interval: float = 0.1, env: dict | None = None) -> Sample:
    """Run ``command`` to the end (raising on a non-zero exit), sampling its process tree."""
    sample = Sample()
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    output: dict[str, str] = {}
    reader = threading.Thread(target=lambda: output.update(zip(("out", "err"), child.communicate())))
    reader.start()
    while child.poll() is None:
        rss = pss = 0
        pids = _descendants(child.pid)
        for pid in pids:
            measured = _measure(pid)
            if measured is None:
                continue
            rss += measured[0]
            pss += measured[1]
            sample.cpu[pid] = max(sample.cpu.get(pid, 0.0), measured[2])
        sample.peak_rss = max(sample.peak_rss, rss)
        sample.peak_pss = max(sample.peak_pss, pss)
        sample.peak_processes = max(sample.peak_processes, len(pids))
        time.sleep(interval)
    reader.join()
    sample.seconds = time.perf_counter() - started
    # the command itself: its exact total, children it waited for included
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, command, output.get("out"), output.get("err"))
    sample.stdout = output.get("out", "")
    return sample
