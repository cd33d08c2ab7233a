"""An Event as one ACLED row: the 31 columns in ACLED's order, then rasid's own.

Every export format (CSV, JSON Lines, GeoJSON, PLOVER, Parquet) starts from this row,
so the formats cannot drift apart.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timezone

from rasid.model import Event

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
    "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
    "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
EXTRA_COLUMNS: tuple[str, ...] = ("article_id", "claimed_by", "evidence", "confidence", "plover", "field_evidence")


def event_id(event: Event, iso3: str, index: int) -> str:
    """Stable id: the same article coded twice gives the same ids (idempotent stores,
    byte-identical exports across engines)."""
    h = hashlib.sha1(event.article_id.encode("utf-8")).hexdigest()[:10]
    return f"{iso3 or 'XXX'}-{h}-{index + 1}"


def interaction(inter1: int | None, inter2: int | None) -> str:
    """ACLED's two-digit interaction code: the two inter codes, smaller first; a sole
    actor gives <inter1>0."""
    if not inter1:
        return ""
    if not inter2:
        return f"{inter1}0"
    a, b = sorted((inter1, inter2))
    return f"{a}{b}"


def event_row(event: Event, index: int = 0) -> dict:
    """The ordered row for one event. `index` is the event's position in its article."""
    from rasid.geo.countries import country_info

    loc = event.location
    place = loc.place if loc else None
    info = None
    if place is not None:
        try:
            info = country_info(place.country)
        except (KeyError, LookupError):
            info = None
    iso3 = getattr(info, "iso3", "") if info else ""
    d = event.event_date
    ts = int(datetime(d.year, d.month, d.day, tzinfo=timezone.utc).timestamp())
    row = {
        "event_id_cnty": event_id(event, iso3, index),
        "event_date": d.isoformat(),
        "year": d.year,
        "time_precision": event.time_precision,
        "disorder_type": event.disorder_type,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "assoc_actor_1": event.assoc_actor_1,
        "inter1": event.inter1 if event.inter1 else "",
        "actor2": event.actor2,
        "assoc_actor_2": event.assoc_actor_2,
        "inter2": event.inter2 if event.inter2 else "",
        "interaction": interaction(event.inter1, event.inter2),
        "civilian_targeting": event.civilian_targeting,
        "iso": place.iso if place else "",
        "region": getattr(info, "region", "") if info else "",
        "country": place.country if place else "",
        "admin1": place.admin1 if place else "",
        "admin2": place.admin2 if place else "",
        "admin3": place.admin3 if place else "",
        "location": loc.label if loc else "",
        "latitude": round(place.lat, 4) if place else None,
        "longitude": round(place.lon, 4) if place else None,
        "geo_precision": loc.geo_precision if loc else "",
        "source": event.source,
        "source_scale": event.source_scale,
        "notes": event.notes,
        "fatalities": event.fatalities,
        "tags": event.tags,
        "timestamp": ts,
        "article_id": event.article_id,
        "claimed_by": event.claimed_by,
        "evidence": [s.as_dict() for s in event.evidence],
        "confidence": round(event.confidence, 3),
        "plover": {"event": event.plover_event, "mode": event.plover_mode},
        "field_evidence": field_evidence(event),
    }
    return row


def field_evidence(event: Event) -> dict:
    """{field: {start, end, text}}: which words each coded field came from."""
    return {name: span.as_dict() for name, span in event.field_spans}
