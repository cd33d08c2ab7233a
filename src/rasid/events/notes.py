"""ACLED-style English notes generated from the coded fields.

ACLED notes read "On 26 January 2022, IS attacked an SDF military post in Ghwayran
(Al Hasakeh). 0 fatalities." We build the sentence from the fields only, so a note can
never say more than the evidence supports.
"""
from __future__ import annotations

from rasid.model import Event


def _short(name: str) -> str:
    return name.split(":")[0].strip() if ":" in name else name


def note(event: Event, frame, spec: dict) -> str:
    d = event.event_date
    when = f"On {d.day} {d.strftime('%B')} {d.year}" if event.time_precision == 1 else (
        f"Around {d.day} {d.strftime('%B')} {d.year}" if event.time_precision == 2 else f"In {d.strftime('%B')} {d.year}")
    a1 = _short(event.actor1) if event.actor1 else "unidentified actors"
    verb = spec.get("notes", "took part in an event involving")
    a2 = f" {_short(event.actor2)}" if event.actor2 else ""
    if event.event_type == "Explosions/Remote violence" and not event.actor2:
        a2 = " a target"
    if frame.frame in ("PROTEST", "RIOT", "HQ", "GROUP_CHANGE", "OTHER_STRATEGIC"):
        a2 = ""
    place = ""
    if event.location is not None:
        p = event.location.place
        where = event.location.label or p.name
        near = "near " if event.location.geo_precision == 2 else "in "
        place = f" {near}{where}" + (f" ({p.admin1})" if p.admin1 and p.admin1 not in where else "")
    fat = f"{event.fatalities} fatalities"
    if event.fatalities_high and event.fatalities_high > event.fatalities:
        fat += f" (up to {event.fatalities_high} killed or wounded)"
    count = getattr(frame, "share", (0, 1))[1]
    if count > 1 and (event.fatalities or event.fatalities_high):
        fat += f" (a toll for {count} locations, divided between them)"
    src = f" According to {event.source.split(';')[0]}." if event.source else ""
    claim = f" Claimed by {_short(event.claimed_by)}." if event.claimed_by else ""
    return f"{when}, {a1} {verb}{a2}{place}. {fat}.{src}{claim}".replace("  ", " ")
