"""Table rows: a sentence that is a row of a Markdown-style table ("a | b | c"), its cells and
the headers of their columns, so that a figure in a cell can take its column's meaning.

A table is a run of consecutive lines that hold the same number of "|" (a separator line
such as "---|---" is stepped over).  Its first line is the header when it holds no digit
and every cell is short (``HEADER_WORDS``): "**Source of Assessment**| **Date of Estimate**|
**Estimated Russian Casualties (Killed, Wounded, Missing)**" over "Ukrainian General Staff|
Feb 21, 2026| 1,258,890".  A row whose first cell is bold and whose other cells are not
("**Flight Dynamics**|  Flight ceiling: 5,000 m; Maximum speed: 950 km/h") is a key-value
specification row: its numbers describe a thing, they are not claims (issue 10 audit, class
15).  Markup is read, not words, so the rule serves every language.
"""

from __future__ import annotations

from typing import NamedTuple

#: A header cell longer than this many words is prose, not a column name.
HEADER_WORDS = 12
#: How many lines above a row the header is looked for.
HEADER_REACH = 60


class TableRow(NamedTuple):
    """A sentence that is (part of) a table row."""

    spec: bool  # a key-value specification row: no claims
    columns: tuple[tuple[int, int, str], ...]  # (start, end, header) of each cell, within the sentence


def table_row(text: str, start: int, end: int) -> TableRow | None:
    """The row that ``text[start:end]`` lies in, or None when it is not in a table row."""
    if "\n" in text[start:end]:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    line = text[line_start:line_end]
    pipes = line.count("|")
    if not pipes:
        return None
    cells = _cells(line)
    filled = [cell.strip() for cell in cells if cell.strip()]
    if filled and _bold(filled[0]) and any(not _bold(cell) for cell in filled[1:]):
        return TableRow(True, ())
    header = _header(text, line_start, pipes)
    if header is None:
        return TableRow(False, ())
    columns = []
    cell_start = line_start
    for cell, name in zip(cells, header):
        cell_end = cell_start + len(cell)
        if cell_end > start and cell_start < end:
            columns.append((max(cell_start, start) - start, min(cell_end, end) - start, name))
        cell_start = cell_end + 1  # over the "|"
    return TableRow(False, tuple(columns))


def _cells(line: str) -> list[str]:
    return line.split("|")


def _bold(cell: str) -> bool:
    return len(cell) > 4 and cell.startswith("**") and cell.endswith("**")


def _separator(line: str) -> bool:
    return bool(line.strip()) and not line.strip().strip("|:- \t")


def _header(text: str, line_start: int, pipes: int) -> list[str] | None:
    """The header cells of the table whose row starts at ``line_start``, or None."""
    first = None
    cursor = line_start
    for _ in range(HEADER_REACH):
        if cursor == 0:
            break
        previous_start = text.rfind("\n", 0, cursor - 1) + 1
        previous = text[previous_start:cursor - 1]
        if previous.count("|") != pipes:
            break
        if not _separator(previous):
            first = previous
        cursor = previous_start
    if first is None or any(character.isdigit() for character in first):
        return None
    cells = [cell.strip().strip("*").strip() for cell in _cells(first)]
    if any(len(cell.split()) > HEADER_WORDS for cell in cells):
        return None
    return cells
