"""Command line: ``python -m helpers export SEEDS_DIR --out DIR``.

Writes every corpus table as CSV and Parquet, plus ``load_report.csv``.  Exits 0 when the
export finished, even if some files were reported as bad (the report says which and why);
exits 2 with a one-line error only when the arguments are unusable.

``python -m helpers index --tables DIR --html DIR --out FILE`` writes the report's opening
page from an export and the notebooks' HTML (``helpers.report_index``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from helpers.load.files import corpus_files
from helpers.parallel import start_worker_server, worker_count


class _OneLineParser(argparse.ArgumentParser):
    """argparse, but an unusable argument gives one line on stderr and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(prog="python -m helpers", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_OneLineParser)
    export = commands.add_parser("export", help="write every table of a corpus as CSV and Parquet")
    export.add_argument("corpus", nargs="+", help="folder(s) or file(s) of articles")
    export.add_argument("--out", required=True, help="folder to write the tables into (created if missing)")
    export.add_argument("--max-bytes", type=int, default=None, help="size cap per file (default 5 MB)")
    export.add_argument("--workers", type=int, default=None,
                        help="processes to extract with (default: one per CPU for 400 files or more)")
    export.add_argument("--quiet", action="store_true", help="print nothing on success")
    index = commands.add_parser("index", help="write the report's opening page from an export and the notebooks' HTML")
    index.add_argument("--tables", required=True, help="folder the export wrote")
    index.add_argument("--html", required=True, help="folder of the notebooks' HTML (may be missing)")
    index.add_argument("--out", required=True, help="the page to write, e.g. reports/index.html")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "index":
        return write_index_page(args.tables, args.html, args.out)
    missing = [path for path in args.corpus if not Path(path).exists()]
    if missing:
        sys.stderr.write(f"python -m helpers: error: no such file or folder: {missing[0]}\n")
        return 2
    if args.max_bytes is not None and args.max_bytes <= 0:
        sys.stderr.write("python -m helpers: error: --max-bytes must be a positive number of bytes\n")
        return 2
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        sys.stderr.write(f"python -m helpers: error: --out is a file, not a folder: {args.out}\n")
        return 2
    if args.workers is not None and args.workers <= 0:
        sys.stderr.write("python -m helpers: error: --workers must be a positive number\n")
        return 2
    if worker_count(sum(1 for _ in corpus_files(args.corpus)), args.workers) > 1:
        start_worker_server()  # its imports overlap with the ones below
    from helpers.export import export_corpus
    from helpers.extract.places import check_extra_files

    try:
        check_extra_files()
    except (OSError, ValueError) as error:
        sys.stderr.write(f"python -m helpers: error: gazetteer: {error}\n")
        return 2

    summary = export_corpus(args.corpus, out, max_bytes=args.max_bytes, workers=args.workers)
    if not args.quiet:
        print(summary)
    return 0


def write_index_page(tables: str, html: str, out: str) -> int:
    """``python -m helpers index``: exit 2 with one line when there is no export to read."""
    if not Path(tables).is_dir():
        sys.stderr.write(f"python -m helpers: error: --tables is not a folder: {tables}\n")
        return 2
    from helpers.report_index import write_index

    try:
        write_index(tables, html, out)
    except (OSError, ValueError) as error:
        sys.stderr.write(f"python -m helpers: error: {error}\n")
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
