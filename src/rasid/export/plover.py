"""PLOVER export: each event as a PLOVER JSON record.

PLOVER (the Open Event Data Alliance's successor to CAMEO) codes an event as
category + mode + context with compound actor and recipient lists, magnitude fields
(`dead`) and an optional location; field names follow the PLOVER manual and its gold
standard records (`id`, `date`, `event_type`, `mode`, `context`, `actor`,
`recipient`, `dead`, `location`, `text`, `eventText`, `language`, `publication`,
`version`). Events the coder gave no PLOVER category are left out and counted.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterable

from rasid import __version__
from rasid.export.jsonl import as_rows, opened


@dataclass(frozen=True)
class PloverResult:
    written: int
    without_category: int


def _actors(*names: str) -> list[dict]:
    out = []
    for name in names:
        for part in (p.strip() for p in str(name or "").split(";")):
            if part:
                out.append({"actorText": part})
    return out


def plover_record(row: dict) -> dict | None:
    """The PLOVER record of one event row, or None when it has no PLOVER category."""
    plover = row.get("plover") or {}
    if not plover.get("event"):
        return None
    fe = row.get("field_evidence") or {}
    trigger = fe.get("trigger") or {}
    actor, recipient = (row.get("actor1"), row.get("assoc_actor_1")), (row.get("actor2"), row.get("assoc_actor_2"))
    if row.get("event_type") == "Protests" and plover["event"] == "ASSAULT":
        # force used on protesters: ACLED names the protesters first, PLOVER the side that used it
        actor, recipient = recipient, actor
    rec = {
        "id": row["event_id_cnty"],
        "date": row["event_date"],
        "event_type": plover["event"],
        "mode": plover.get("mode") or "",
        "context": [],
        "actor": _actors(*actor),
        "recipient": _actors(*recipient),
        "dead": row.get("fatalities") or 0,
        "location": None,
        "text": " … ".join(s["text"] for s in row.get("evidence") or []),
        "eventText": trigger.get("text", ""),
        "language": "ar",
        "publication": row.get("source", ""),
        "claimed_by": row.get("claimed_by", ""),
        "article_id": row.get("article_id", ""),
        "confidence": row.get("confidence"),
        "version": f"rasid {__version__}",
    }
    if row.get("latitude") not in (None, "") and row.get("longitude") not in (None, ""):
        rec["location"] = {"name": row.get("location", ""), "country": row.get("country", ""),
                           "admin1": row.get("admin1", ""), "admin2": row.get("admin2", ""),
                           "lat": row["latitude"], "lon": row["longitude"],
                           "geo_precision": row.get("geo_precision")}
    return rec


def write_plover(rows_or_events: Iterable, out=None) -> PloverResult:
    """Write a JSON array of PLOVER records, one record per line."""
    written = missing = 0
    with opened(out) as f:
        f.write("[\n")
        for row in as_rows(rows_or_events):
            rec = plover_record(row)
            if rec is None:
                missing += 1
                continue
            f.write((",\n" if written else "") + json.dumps(rec, ensure_ascii=False))
            written += 1
        f.write("\n]\n")
    return PloverResult(written, missing)
