"""The command line that ``make lab`` runs, in one place so that a test can start the same server.

``python -m helpers.lab NOTEBOOK_DIR [--allow-root] [JupyterLab options ...]`` replaces itself
with ``python -m jupyterlab NOTEBOOK_DIR ...`` run by the same interpreter (the project's
``.venv``).  Jupyter refuses to start as root ("Running as root is not recommended") unless
given ``--allow-root``; containers often run as root, so the Makefile passes it when
``id -u`` is 0.  Options it does not know are handed to JupyterLab unchanged.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence


def lab_command(notebook_dir: str | os.PathLike, *, allow_root: bool = False, options: Sequence[str] = ()) -> list[str]:
    """The argument list that starts JupyterLab on ``notebook_dir`` with this interpreter."""
    return [
        sys.executable, "-m", "jupyterlab", *(["--allow-root"] if allow_root else []), *options, os.fspath(notebook_dir),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers.lab", description=__doc__.splitlines()[0])
    parser.add_argument("notebook_dir", help="folder JupyterLab opens")
    parser.add_argument("--allow-root", action="store_true", help="let Jupyter run as root (set by `make lab` for root)")
    args, options = parser.parse_known_args(argv)
    command = lab_command(args.notebook_dir, allow_root=args.allow_root, options=options)
    os.execv(command[0], command)  # Ctrl-C and the exit status then belong to JupyterLab itself
    return 0  # not reached


if __name__ == "__main__":
    raise SystemExit(main())
