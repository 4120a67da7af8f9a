"""Generate fictional, seed-sized articles for the benchmarks.

The articles follow the seed's saved-page layout (header, title, standfirst, byline,
dateline, reading time, photo, ten body paragraphs, ~3,000 characters) and carry the kinds
of things the extractors look for: figures with ranges and rates, hedges, quotes with
speakers, dates, fronts and settlements.  People and units are fictional; settlement names
are real Ukrainian places so that the gazetteer has work to do.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

PEOPLE = ["Jane Example", "John Sample", "Maria Placeholder", "Petro Fictional", "Olha Testova", "Ivan Demo"]
ROLES = [
    "a drone unit commander", "spokesperson for the Example Operational Group",
    "an artillery officer of the 99th Example Brigade", "head of the Sampleville military administration",
]
PLACES = ["Pokrovsk", "Myrnohrad", "Kostiantynivka", "Toretsk", "Chasiv Yar", "Kupiansk", "Lyman",
          "Kramatorsk", "Sloviansk", "Vuhledar", "Huliaipole", "Orikhiv", "Siversk", "Bakhmut"]
OBLASTS = ["Donetsk Oblast", "Kharkiv Oblast", "Zaporizhzhia Oblast", "Luhansk Oblast"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def article_text(index: int, rng: random.Random) -> str:
    """One fictional article in the seed layout."""
    published = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
    person, other = rng.sample(PEOPLE, 2)
    surname, other_surname = person.split()[1], other.split()[1]
    town, town2, town3 = rng.sample(PLACES, 3)
    oblast = rng.choice(OBLASTS)
    low = rng.randrange(50, 400)
    high = low + rng.randrange(10, 200)
    attacks = rng.randrange(5, 90)
    earlier = published - timedelta(days=rng.randrange(2, 90))
    day = published - timedelta(days=rng.randrange(0, 5))
    paragraphs = [
        f"{person}, {rng.choice(ROLES)}, says defenders are holding positions near {town} in {oblast}, "
        f"according to Example News.",
        f"{town} serves as a logistics hub for the region, located at the junction of road and rail routes. "
        f"This makes it essential for supplies moving along the front. Losing it would complicate the defence "
        f"of other settlements in {oblast} and potentially allow the attackers to advance deeper into the region, "
        f"cutting the routes that carry troops, provisions and ammunition to the eastern front.",
        f"{surname} says that currently, enemy forces are attempting to bypass {town} from the {town2} and "
        f"{town3} directions, improving their tactical position.",
        f"The attackers understand that urban fighting in {town} will cost them heavily. Every day, defenders "
        f"eliminate {low} to {high} enemy soldiers on the {town} front. Still, the units are replenished "
        f"from training camps in the occupied territories, and fresh assault groups arrive at the same positions "
        f"within days, so the pressure on the defenders does not ease even after heavy losses.",
        f"{surname} added that the enemy has a large number of human resources and equipment. He noted that "
        f"one brigade can destroy up to {rng.randrange(10, 60)} mortar systems and their crews in a month, but the "
        f"enemy can deploy a new mortar crew at the same spot the next day.",
        f"He emphasized that the {town} front is a priority, and drones are reportedly resistant to electronic "
        f"warfare. The attackers aim to capture {town}, which could become a foothold for advancing on {town2}.",
        f"\u201cIn this direction, they are advancing from {town3}. These are large towns where the enemy could "
        f"hide equipment and personnel and set up command posts, so every street matters to us,\u201d said "
        f"Commander {surname}.",
        f"He pointed out that the shelling of {town} is intense. Reports indicate that {rng.randrange(20, 95)}% "
        f"of the residential buildings and {rng.randrange(20, 95)}% of critical infrastructure have been destroyed.",
        f"\u201cThe enemy is simply destroying entire settlements,\u201d {surname} concluded.",
        f"Local officials in {town2} said that evacuation continues, with about {rng.randrange(20, 400)} civilians "
        f"leaving the area last week. The humanitarian situation remains difficult, and volunteers deliver water "
        f"and food to those who stay behind in basements and shelters across the district, officials added.",
        f"On {day.day} {MONTHS[day.month - 1]}, {other}, spokesperson for the Example Grouping of Forces, said that "
        f"defenders repelled {attacks} attacks in the {town} direction over the past day.",
    ]
    header = [
        f" date {published.isoformat()} Eng",
        f"Attackers press on {town}, lose {high} troops daily in {oblast} push",
        "",
        f"Enemy forces suffer {high} daily casualties attacking {town}, as defenders hold the supply route.",
        f"by{rng.choice(PEOPLE)}",
        published.strftime("%d/%m/%Y"),
        f"{rng.randrange(1, 5)} minute read",
        f"aftermath attack {town.lower()} {earlier.day} {MONTHS[earlier.month - 1].lower()} {earlier.year}",
        f"Aftermath of an attack on {town2}, {oblast} on {earlier.day} {MONTHS[earlier.month - 1]} {earlier.year}. "
        f"Photo: Facebook/{other}",
    ]
    return "\n".join(header) + "\n" + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int, *, seed: int = 2025) -> list[Path]:
    """Write ``count`` articles into ``folder`` and return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for index in range(count):
        path = folder / f"{index:05d}_generated.txt"
        path.write_text(article_text(index, rng), encoding="utf-8")
        paths.append(path)
    return paths
