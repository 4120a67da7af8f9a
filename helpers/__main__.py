"""Command line: ``python -m helpers export CORPUS... --out DIR [--engine local|dask] [--csv]``.

Writes every corpus table as a Parquet dataset partitioned by month of publication, plus
``speakers.parquet``, the cross-article tables, ``load_report.parquet`` and the manifest
``export.json``; ``--reference CSV`` adds a reference series of one's own; ``--csv`` adds
one CSV per table (see ``helpers.export``).  Exits 0 when the export finished, even if some
files were reported as bad (the report says which and why); exits 2 with a one-line error
only when the arguments are unusable.

``python -m helpers index --tables DIR --html DIR --out FILE`` writes the report's opening
page from an export and the notebooks' HTML (``helpers.report_index``).

``python -m helpers charts CORPUS_OR_EXPORT... --out DIR [--article ID]`` writes every chart
the notebooks draw as a PNG (``helpers.views.charts.gallery``); given an export folder, it
reads the tables without extracting anything again.
"""

from __future__ import annotations

import argparse
import sys
from itertools import islice
from pathlib import Path
from typing import Sequence

from helpers.load.files import corpus_files


class _OneLineParser(argparse.ArgumentParser):
    """argparse, but an unusable argument gives one line on stderr and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(prog="python -m helpers", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_OneLineParser)
    export = commands.add_parser("export", help="write every table of a corpus as Parquet (and CSV)")
    export.add_argument("corpus", nargs="+", help="folder(s) or file(s) of articles")
    export.add_argument("--out", required=True, help="folder to write the tables into (created if missing)")
    export.add_argument("--engine", choices=["local", "dask"], default="local",
                        help="local: this machine's processes (default); dask: a Dask cluster")
    export.add_argument("--scheduler", default=None,
                        help="with --engine dask: the address of a running scheduler (default: a new local cluster)")
    export.add_argument("--workers", type=int, default=None,
                        help="processes to extract with (default: one per CPU; local: one for under 400 files)")
    export.add_argument("--csv", action="store_true", help="also write one CSV per table (for small corpora)")
    export.add_argument("--max-bytes", type=int, default=None, help="size cap per file (default 5 MB)")
    export.add_argument("--reference", action="append", default=None, metavar="CSV",
                        help="a reference series of your own to set claims beside (repeatable; "
                             "default: the files FCW_REFERENCE names), besides the shipped one")
    export.add_argument("--quiet", action="store_true", help="print nothing on success")
    index = commands.add_parser("index", help="write the report's opening page from an export and the notebooks' HTML")
    index.add_argument("--tables", required=True, help="folder the export wrote")
    index.add_argument("--html", required=True, help="folder of the notebooks' HTML (may be missing)")
    index.add_argument("--out", required=True, help="the page to write, e.g. reports/index.html")
    charts = commands.add_parser("charts", help="write every chart the notebooks draw as a PNG")
    charts.add_argument("corpus", nargs="+", help="folder(s) or file(s) of articles, or one export folder")
    charts.add_argument("--out", required=True, help="folder to write the PNGs into (created if missing)")
    charts.add_argument("--article", default="", help="article id of the one-article charts (default: the first)")
    charts.add_argument("--quiet", action="store_true", help="print nothing on success")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "index":
        return write_index_page(args.tables, args.html, args.out)
    if args.command == "charts":
        return write_chart_files(args.corpus, args.out, args.article, quiet=args.quiet)
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
    if args.scheduler and args.engine != "dask":
        sys.stderr.write("python -m helpers: error: --scheduler needs --engine dask\n")
        return 2
    if args.scheduler and args.workers is not None:
        sys.stderr.write("python -m helpers: error: --workers cannot be combined with --scheduler "
                         "(the cluster has its own workers)\n")
        return 2
    if args.engine == "local":
        from helpers.engines.local import start_worker_server
        from helpers.engines.plan import PARALLEL_MIN_FILES, worker_count

        if worker_count(sum(1 for _ in islice(corpus_files(args.corpus), PARALLEL_MIN_FILES)), args.workers) > 1:
            start_worker_server()  # its imports overlap with the ones below
    from helpers.export import export_corpus
    from helpers.extract.places import check_extra_files

    try:
        check_extra_files()
    except (OSError, ValueError) as error:
        sys.stderr.write(f"python -m helpers: error: gazetteer: {error}\n")
        return 2

    summary = export_corpus(args.corpus, out, engine=args.engine, workers=args.workers, scheduler=args.scheduler,
                            csv=args.csv, max_bytes=args.max_bytes, reference=args.reference)
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


def write_chart_files(corpus: list[str], out: str, article: str, *, quiet: bool = False) -> int:
    """``python -m helpers charts``: exit 2 with one line when a path or the article is unusable."""
    missing = [path for path in corpus if not Path(path).exists()]
    if missing:
        sys.stderr.write(f"python -m helpers: error: no such file or folder: {missing[0]}\n")
        return 2
    if Path(out).exists() and not Path(out).is_dir():
        sys.stderr.write(f"python -m helpers: error: --out is a file, not a folder: {out}\n")
        return 2
    from helpers.corpus import load_corpus
    from helpers.views.charts.gallery import write_charts

    try:
        written = write_charts(load_corpus(corpus), out, article_id=article)
    except ValueError as error:
        sys.stderr.write(f"python -m helpers: error: {error}\n")
        return 2
    if not quiet:
        print(f"wrote {len(written)} charts into {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
