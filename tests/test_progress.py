"""A progress bar for large loads: on a terminal's stderr only, never under pytest or nbval, in a
pipe, a worker process, or a kernel that papermill or nbval started."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from helpers import progress as progress_module
from helpers.corpus import load_corpus
from helpers.engines.plan import PARALLEL_MIN_FILES
from helpers.progress import PROGRESS_MIN_FILES, bar_kind, progress

REPO = Path(__file__).resolve().parent.parent
DEADLINE_S = 120  # bounds a hung child on a slow CI machine; nothing is timed
LARGE = PROGRESS_MIN_FILES + 1


@pytest.fixture
def outside_pytest(monkeypatch):
    """The environment of a user's shell: no pytest marker, no setting, not in a kernel.

    pytest sets PYTEST_CURRENT_TEST again after the fixtures, so the rule that reads it is
    switched off instead.
    """
    monkeypatch.setattr(progress_module, "under_pytest", lambda: False)
    monkeypatch.delenv("FCW_PROGRESS", raising=False)
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    monkeypatch.setattr(progress_module, "in_kernel", lambda: False)


def child_env(**changes: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items()
           if name not in ("PYTEST_CURRENT_TEST", "FCW_PROGRESS", "JPY_SESSION_NAME")}
    return {**env, "PYTHONPATH": str(REPO), **changes}


def stderr_on_a_terminal(arguments: list[str], env: dict[str, str]) -> str:
    """What ``python ARGUMENTS`` writes to stderr when stderr is a terminal (a pseudo-terminal here)."""
    main_end, child_end = pty.openpty()
    fcntl.ioctl(child_end, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a new pty is 0 columns wide
    child = subprocess.Popen([sys.executable, *arguments], cwd=REPO, env=env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=child_end)
    os.close(child_end)
    output = b""
    deadline = time.monotonic() + DEADLINE_S
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([main_end], [], [], 1)
            if ready:
                try:
                    chunk = os.read(main_end, 65536)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not chunk:
                    break
                output += chunk
            elif child.poll() is not None:
                break
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(DEADLINE_S)
        os.close(main_end)
    return output.decode(errors="replace")


LOOP = ["-c", f"from helpers.progress import progress\nfor _ in progress(range({LARGE}), {LARGE}, 'Loading articles'): pass"]


def test_a_small_load_gets_no_bar_and_its_iterable_back_untouched(outside_pytest):
    files = list(range(PROGRESS_MIN_FILES))
    assert progress(files, len(files), "Loading articles") is files


def test_a_large_load_yields_every_item_in_order(outside_pytest):
    assert list(progress(range(LARGE), LARGE, "Loading articles")) == list(range(LARGE))


def test_batches_count_by_their_files(outside_pytest):
    batches = [["a.txt"] * 200, ["b.txt"] * 200]
    assert list(progress(iter(batches), 400, "Loading and extracting", weights=map(len, batches))) == batches


def test_nothing_is_written_when_stderr_is_not_a_terminal(outside_pytest, capfd):
    list(progress(range(LARGE), LARGE, "Loading articles"))
    assert capfd.readouterr() == ("", "")


def test_loading_a_large_corpus_writes_nothing_when_stderr_is_not_a_terminal(outside_pytest, tmp_path, capfd):
    corpus = load_corpus(small_articles(tmp_path / "corpus", LARGE))
    assert len(corpus.documents) == LARGE
    assert capfd.readouterr() == ("", "")


def test_a_terminal_shows_the_bar_on_stderr():
    assert "Loading articles:" in stderr_on_a_terminal(LOOP, child_env())


def test_fcw_progress_0_hides_the_bar_even_on_a_terminal():
    assert stderr_on_a_terminal(LOOP, child_env(FCW_PROGRESS="0")) == ""


def test_under_pytest_or_nbval_there_is_no_bar_even_on_a_terminal():
    """nbval's kernel inherits PYTEST_CURRENT_TEST from the test that started it."""
    assert stderr_on_a_terminal(LOOP, child_env(PYTEST_CURRENT_TEST="notebooks/01_corpus.ipynb::Cell 2 (call)")) == ""


def test_a_worker_process_never_draws_a_bar(outside_pytest, monkeypatch):
    monkeypatch.setattr(progress_module.multiprocessing, "parent_process", lambda: object())
    assert bar_kind(LARGE) is None


def test_a_kernel_papermill_or_nbval_started_gets_no_widget(outside_pytest, monkeypatch):
    monkeypatch.setattr(progress_module, "in_kernel", lambda: True)
    assert bar_kind(LARGE) is None


def test_a_kernel_jupyterlab_started_for_an_open_notebook_gets_a_widget(outside_pytest, monkeypatch):
    monkeypatch.setattr(progress_module, "in_kernel", lambda: True)
    monkeypatch.setenv("JPY_SESSION_NAME", "/work/notebooks/01_corpus.ipynb")
    assert bar_kind(LARGE) == "notebook"


def test_outside_a_kernel_the_bar_goes_to_the_terminal(outside_pytest):
    assert bar_kind(LARGE) == "terminal"


def small_articles(folder: Path, count: int) -> Path:
    folder.mkdir(exist_ok=True)
    for number in range(count):
        (folder / f"{number:03d}.txt").write_text(f"Sampleville report {number}\n\nJane Example said so.\n")
    return folder


def test_the_export_shows_its_bar_on_a_terminal(tmp_path):
    corpus = small_articles(tmp_path / "corpus", LARGE)
    export = ["-m", "helpers", "export", str(corpus), "--out", str(tmp_path / "out"), "--quiet", "--workers", "1"]
    assert "Loading articles:" in stderr_on_a_terminal(export, child_env())


def test_the_parallel_export_shows_one_bar_for_its_workers_on_a_terminal(tmp_path):
    corpus = small_articles(tmp_path / "corpus", PARALLEL_MIN_FILES)
    export = ["-m", "helpers", "export", str(corpus), "--out", str(tmp_path / "out"), "--quiet", "--workers", "2"]
    shown = stderr_on_a_terminal(export, child_env())
    assert "Loading and extracting:" in shown
    assert "Loading articles:" not in shown  # the workers' own loops stay silent
