"""Great-circle distance between two things that have `lat` and `lon` (places,
gazetteer rows): the events and merge stages compare places with it."""
from __future__ import annotations

import math


def km(a, b) -> float:
    """Haversine distance in km (R = 6371), the same formula as the scorer's."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))
