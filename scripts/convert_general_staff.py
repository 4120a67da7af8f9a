"""Convert the Ukrainian General Staff's daily loss series into a reference CSV.

    python scripts/convert_general_staff.py INPUT_DIR OUTPUT_CSV [--commit 37655f8b]

``INPUT_DIR`` holds ``russia_losses_personnel.json`` and ``russia_losses_equipment.json``
from PetroIvaniuk/2022-Ukraine-Russia-War-Dataset (MIT licence; the commit is named in
``--commit`` and in every row's ``source_url``).  Each JSON record is one date with the
General Staff's running totals of Russian losses by category.  The output has the columns
of ``helpers.reference.REFERENCE_COLUMNS``, one row per date and measure:

* ``cumulative`` is the running total as published; a personnel total marked "about" or
  "more" (``personnel*``) is still that number.
* ``value`` is the day's increment: the total minus the previous day's.  The first day of a
  measure has only ``cumulative``, and so does the first day after a gap (the equipment
  categories change over time: "military auto" and "fuel tank" until 30 April 2022, then
  "vehicles and fuel tanks"; each measure is kept on the days it is present).  A total the
  General Staff revised downwards gives a negative value, kept as published.
* ``greatest losses direction`` (a place name, spring 2022) is not a figure and is left out.

Used to rebuild ``helpers/data/reference/ua_general_staff_russian_losses.csv``; the
repository's copy was made from commit 37655f8b.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from helpers.lexicon import REFERENCE_MEASURES  # noqa: E402
from helpers.reference import GENERAL_STAFF, REFERENCE_COLUMNS  # noqa: E402

FILES = ("russia_losses_personnel.json", "russia_losses_equipment.json")
#: Keys of the JSON records that are not loss figures.
NOT_MEASURES = frozenset({"date", "day", "personnel*", "greatest losses direction"})
PEOPLE = frozenset({"personnel", "POW"})
REPOSITORY = "https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset"


def running_totals(folder: Path) -> dict[str, dict[date, int]]:
    """Every measure's running total by date, from both JSON files."""
    totals: dict[str, dict[date, int]] = {}
    for name in FILES:
        records = json.loads((folder / name).read_text(encoding="utf-8"))
        for record in records:
            day = date.fromisoformat(record["date"])
            for key, figure in record.items():
                if key in NOT_MEASURES or figure is None:
                    continue
                if key not in REFERENCE_MEASURES:
                    raise SystemExit(f"{name}, {record['date']}: unknown measure {key!r}; add it to "
                                     "helpers.lexicon.REFERENCE_MEASURES first")
                if not isinstance(figure, int):
                    raise SystemExit(f"{name}, {record['date']}: {key} is {figure!r}, not a whole number")
                series = totals.setdefault(key, {})
                if day in series:
                    raise SystemExit(f"{name}: {key} is given twice for {record['date']}")
                series[day] = figure
    return totals


def rows(totals: dict[str, dict[date, int]], source_url: str) -> list[list[str]]:
    """Output rows sorted by date, then by the measure's place in ``REFERENCE_MEASURES``."""
    out = []
    for measure, series in totals.items():
        for day, total in series.items():
            previous = series.get(day - timedelta(days=1))
            value = "" if previous is None else str(total - previous)
            unit = "people" if measure in PEOPLE else "items"
            out.append([day.isoformat(), measure, value, str(total), unit, GENERAL_STAFF, source_url])
    order = {measure: index for index, measure in enumerate(REFERENCE_MEASURES)}
    out.sort(key=lambda row: (row[0], order[row[1]]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input_dir", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--commit", default="37655f8b", help="commit of the dataset the JSON files come from")
    args = parser.parse_args(argv)
    table = rows(running_totals(args.input_dir), f"{REPOSITORY}/tree/{args.commit}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with open(args.output, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(REFERENCE_COLUMNS)
        writer.writerows(table)
    print(f"{args.output}: {len(table)} rows, {len({row[1] for row in table})} measures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
