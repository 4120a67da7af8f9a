"""Progress bars for long loads: on stderr in a terminal, a widget in an open notebook, else nothing.

``progress(items, total, description)`` wraps an iterable in a tqdm bar when the work is large
(more than ``PROGRESS_MIN_FILES`` files) and someone is watching.  Who is watching is decided
in this order:

1. ``FCW_PROGRESS=0`` turns every bar off and ``FCW_PROGRESS=1`` forces one on (to see it
   where it would be hidden, or to test it).
2. A worker process never shows one: the process that started the workers shows the
   overall bar, and two processes drawing on one terminal garble it.
3. Under pytest nothing is shown: pytest sets ``PYTEST_CURRENT_TEST`` during every test, and
   the kernel nbval starts inherits it, so a stored notebook's outputs stay as they were.
4. In a Jupyter kernel, a widget (``tqdm.auto``) only when a Jupyter server started the kernel
   for an open notebook: jupyter_server sets ``JPY_SESSION_NAME`` in the kernel's environment
   (jupyter_server pull request 679; VS Code does the same).  papermill, ``nbconvert --execute``
   and nbval start their kernels through jupyter_client, which does not, so an executed
   report holds no widget.
5. Elsewhere, a bar on stderr that tqdm shows only when stderr is a terminal
   (``disable=None``): nothing in a pipe, a log file or CI.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from typing import Iterable, Iterator, Literal, TypeVar

#: Below this many files a load is over before a bar would tell anyone anything.
PROGRESS_MIN_FILES = 300
PROGRESS_ENV = "FCW_PROGRESS"

Item = TypeVar("Item")
BarKind = Literal["terminal", "notebook"]


def progress(items: Iterable[Item], total: int, description: str, *,
             weights: Iterable[int] | None = None) -> Iterable[Item]:
    """``items``, counted on a progress bar of ``total`` files when one is wanted (see the module).

    Each item counts as one file, or as its entry in ``weights`` (a batch of files done by a
    worker).  Without a bar the iterable itself is returned, untouched.
    """
    kind = bar_kind(total)
    if kind is None:
        return items
    return _counted(items, total, description, weights, kind)


def bar_kind(total: int) -> BarKind | None:
    """Where a bar for ``total`` files would go, or None for no bar (the rules of the module)."""
    setting = os.environ.get(PROGRESS_ENV, "").strip()
    if total <= PROGRESS_MIN_FILES or setting == "0" or multiprocessing.parent_process() is not None:
        return None
    forced = setting == "1"
    if under_pytest() and not forced:
        return None
    if in_kernel():
        return "notebook" if forced or os.environ.get("JPY_SESSION_NAME") else None
    return "terminal"


def under_pytest() -> bool:
    """True in a test, and in the kernel of a notebook nbval runs (it inherits the variable)."""
    return "PYTEST_CURRENT_TEST" in os.environ


def in_kernel() -> bool:
    """True inside a Jupyter (IPython) kernel; the test tqdm.autonotebook makes, without importing IPython."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    return shell is not None and "IPKernelApp" in getattr(shell, "config", {})


def _counted(items: Iterable[Item], total: int, description: str, weights: Iterable[int] | None,
             kind: BarKind) -> Iterator[Item]:
    from tqdm.auto import tqdm  # a widget in a kernel, text on stderr elsewhere

    forced = os.environ.get(PROGRESS_ENV, "").strip() == "1"
    # tqdm's notebook bar reads disable=None as "hide"; the terminal bar as "hide unless stderr is a tty"
    disable = False if kind == "notebook" or forced else None
    with tqdm(total=total, desc=description, unit="file", file=sys.stderr, disable=disable, leave=False,
              dynamic_ncols=True) as bar:
        if weights is None:
            for item in items:
                yield item
                bar.update(1)
        else:
            for item, weight in zip(items, weights, strict=True):
                yield item
                bar.update(weight)
