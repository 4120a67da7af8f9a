"""Check resolved places against an independent gazetteer (never shipped, only compared).

    python benchmarks/eval_places.py [EVAL_DIR]      # default ../shared/eval

Runs the places extractor over ``EVAL_DIR/news`` (and the seeds), takes every distinct
resolved settlement in Donetsk Oblast, and looks its name up in
``EVAL_DIR/gazetteer/warreport_ua_settlement_aliases_DONETSK_ONLY.csv`` (GPL-2.0: read here
to compare, never copied into the project).  For each place it reports the distance to the
nearest same-named entry of that file; a place the file lists under its name only far away
(over 5 km) is a disagreement worth reading.  Also prints how the mentions were resolved.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from helpers import load_corpus  # noqa: E402
from helpers.extract.places.gazetteer import GazetteerEntry, distance_km, fold_name  # noqa: E402

GAZETTEER = "gazetteer/warreport_ua_settlement_aliases_DONETSK_ONLY.csv"
AGREE_KM = 5.0


def independent_points(path: Path) -> dict[str, list[tuple[float, float]]]:
    """Folded name or alias -> [(lat, lon), ...] of the independent gazetteer."""
    points: dict[str, list[tuple[float, float]]] = {}
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            lat, lon = float(row["lat"]), float(row["lon"])
            for name in {row["name"], *row["aliases"].split(";")}:
                key = fold_name(name)
                if key:
                    points.setdefault(key, []).append((lat, lon))
    return points


def point(lat: float, lon: float) -> GazetteerEntry:
    return GazetteerEntry("", "", "", "", lat, lon, None, None, "")


def main() -> None:
    eval_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "eval"
    reference = independent_points(eval_dir / GAZETTEER)
    corpus = load_corpus([eval_dir / "news", REPO / "seeds"])
    places = corpus.places
    print(f"{len(corpus.documents)} articles, {len(places):,} place rows")
    print("resolved_by:", ", ".join(f"{k} {v}" for k, v in Counter(places["resolved_by"]).most_common()))
    settled = places[(places["kind"] != "oblast") & places["lat"].notna()]
    print(f"placed mentions: {len(settled):,} of {int((places['kind'] != 'oblast').sum()):,} non-oblast mentions")
    donetsk = settled[settled["oblast"] == "Donetsk Oblast"].drop_duplicates(["name", "lat", "lon"])
    rows = []
    for place in donetsk.itertuples(index=False):
        here = point(place.lat, place.lon)
        keys = {fold_name(place.name), fold_name(place.surface.split(" ")[0]) if " " not in place.name else ""}
        found = [point(*xy) for key in keys if key for xy in reference.get(key, [])]
        if not found:
            rows.append((place.name, place.resolved_by, None))
            continue
        rows.append((place.name, place.resolved_by, min(distance_km(here, other) for other in found)))
    compared = [row for row in rows if row[2] is not None]
    agree = [row for row in compared if row[2] <= AGREE_KM]
    print(f"Donetsk Oblast places resolved: {len(rows)}; in the independent gazetteer by name: {len(compared)}; "
          f"within {AGREE_KM:.0f} km: {len(agree)} ({len(agree) / max(len(compared), 1):.0%})")
    if compared:
        distances = sorted(row[2] for row in compared)
        print(f"distance to the independent point: median {distances[len(distances) // 2]:.1f} km, "
              f"max {distances[-1]:.1f} km")
    for name, how, distance in sorted(rows, key=lambda row: (-(row[2] or -1), row[0])):
        shown = "not listed" if distance is None else f"{distance:6.1f} km"
        print(f"  {name:24} {how:26} {shown}")


if __name__ == "__main__":
    main()
