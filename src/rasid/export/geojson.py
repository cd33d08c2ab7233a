"""GeoJSON export: a FeatureCollection of Points for maps.

An event without coordinates cannot be drawn; it is left out and counted, and the
caller reports the count, so a map never silently shows less than the data holds.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterable

from rasid.export.jsonl import as_rows, opened


@dataclass(frozen=True)
class GeoJsonResult:
    written: int
    without_coordinates: int


def feature(row: dict) -> dict | None:
    lat, lon = row.get("latitude"), row.get("longitude")
    if lat in (None, "") or lon in (None, ""):
        return None
    props = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
    return {"type": "Feature", "id": row["event_id_cnty"],
            "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
            "properties": props}


def write_geojson(rows_or_events: Iterable, out=None) -> GeoJsonResult:
    """Write the collection one feature per line (valid JSON, easy to diff)."""
    written = missing = 0
    with opened(out) as f:
        f.write('{"type": "FeatureCollection", "features": [\n')
        for row in as_rows(rows_or_events):
            feat = feature(row)
            if feat is None:
                missing += 1
                continue
            f.write((",\n" if written else "") + json.dumps(feat, ensure_ascii=False))
            written += 1
        f.write("\n]}\n")
    return GeoJsonResult(written, missing)
