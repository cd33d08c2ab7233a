"""From a filled frame to an ACLED-coded Event, with PLOVER beside it.

The frame says what happened ("ATTACK"); the participants decide the ACLED category:
an attack on civilians is Violence against civilians / Attack, on an armed group
Battles / Armed clash; a takeover is "Government regains territory" when the state
takes it and "Non-state actor overtakes territory" otherwise (frames.yaml).
Fatalities are ACLED-conservative: "killed and wounded 8" is 0 with the range kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rasid.events.frames import Frame
from rasid.events.notes import note
from rasid.lexicon.data import cue_words, load_yaml
from rasid.model import Event, Span, quick_init, replace
from rasid.recognize.actors import ActorEntry, actor_name, lexicon
from rasid.text.normalize import normalize_key

HISTORICAL_DAYS = 45  # an event dated further back than this is background, not news


@quick_init
@dataclass(frozen=True)
class Context:
    """What coding needs to know about the article as a whole."""

    article_id: str
    published: date | None
    country: str | None
    source_name: str | None = None
    text: str | None = None  # the article text the spans point into


@lru_cache(maxsize=1)
def _frames() -> dict:
    return load_yaml("frames.yaml")


def event_date(frame: Frame, ctx: Context) -> tuple[date | None, int, bool]:
    """(date, time_precision, defaulted). Without a date expression the publication
    date stands in with precision 2: the event is known only to the week of the report."""
    if frame.time is not None:
        t = frame.time.time
        return t.date, t.time_precision, False
    if ctx.published is None:
        return None, 3, True
    return ctx.published, 2, True


def is_historical(frame: Frame, ctx: Context) -> bool:
    if frame.time is None or ctx.published is None:
        return False
    t = frame.time.time
    if t.time_precision >= 3 and (t.date.year, t.date.month) < (ctx.published.year, ctx.published.month):
        # "وفي الشهر الماضي شنت الجبهة الجنوبية هجوماً", "في يناير الماضي": an event known
        # only by an earlier month is the story's background, not the day's news
        return True
    return (ctx.published - t.date).days > HISTORICAL_DAYS


def _side(hit, when: date, ctx: Context) -> tuple[str, int | None]:
    if hit is None:
        return "", None
    entry: ActorEntry = hit.entry
    if entry.unattributed and hit.country is None and hit.via != "speaker":
        return "", None  # "الطيران الحربي" names no one unless the article says whose
    country = hit.country or entry.country or ctx.country
    if entry.by_country and not entry.generic and hit.country is None and ctx.country:
        # a named group whose phrase names another side in some wars ("المليشيات الموالية
        # لإيران" are the Houthis in Yemen): the article's country decides, not the group's home
        country = ctx.country
    named = actor_name(entry, when, country)
    return named if named is not None else ("", None)


def _civilians(ctx: Context, span: Span | None = None) -> tuple[str, int | None]:
    civ = lexicon().entries.get("civilians")
    if civ is None:
        return "", None
    named = actor_name(civ, ctx.published or date(2000, 1, 1), _victim_nationality(ctx, span) or ctx.country)
    return named if named else ("", None)


_NEXT_WORD = re.compile(r"\s*([\u0621-\u064a\u0671-\u06d3]+)")


def _after_min(ctx: Context, span: Span) -> bool:
    """The words right before the span are "من" / "ومن" ("ومن سكان حي 400")."""
    if not ctx.text or span.start > len(ctx.text):
        return False
    before = ctx.text[max(0, span.start - 8):span.start].split()
    return bool(before) and before[-1] in ("من", "ومن")


def _victim_nationality(ctx: Context, span: Span | None) -> str | None:
    """"وفاة عامل يمني": a nationality adjective right after the victim noun names the
    civilians' country (ACLED's "Civilians (Yemen)"), wherever the event happened."""
    from rasid.geo.countries import country_by_nisba, country_of_people

    if span is None or not ctx.text or span.end > len(ctx.text):
        return None
    # the victims named by their nationality ("ثلاثة عراقيين", "60 فلسطينيا")
    words = span.text.split()
    own = normalize_key(words[-1]) if words else ""
    info = country_of_people(own)
    if info is not None:
        return info.name
    nxt = _NEXT_WORD.match(ctx.text, span.end)
    info = country_by_nisba(normalize_key(nxt.group(1))) if nxt else None
    return info.name if info is not None else None


_BETWEEN = re.compile(r"بين\s*$")


def _dual_sides(agent, ctx: Context) -> bool:
    """"اشتباكات بين مجموعتين مسلحتين", "بين عشيرتين": a dual noun after بين names both
    sides of the clash at once (cues.yaml dual_sides)."""
    if agent is None or not ctx.text or agent.span.end > len(ctx.text):
        return False
    words = agent.span.text.split()
    first = normalize_key(words[0]) if words else ""
    return first in cue_words("dual_sides") \
        and bool(_BETWEEN.search(ctx.text[max(0, agent.span.start - 8):agent.span.start]))


def code_frame(frame: Frame, ctx: Context) -> Event | None:
    """The Event for one frame, or None when the frame cannot be dated or is not a
    standalone event (a raid with nothing in it)."""
    name = frame.frame  # read once: a property, asked a dozen times below
    spec = _frames().get(name)
    if spec is None or spec.get("standalone", True) is False:
        return None
    when, precision, defaulted = event_date(frame, ctx)
    if when is None:
        return None
    a1, i1 = _side(frame.agent, when, ctx)
    a2, i2 = _side(frame.target, when, ctx)
    # the words each side's name comes from (None where a side is dropped or moved)
    s1 = frame.agent.span if a1 and frame.agent is not None else None
    s2 = frame.target.span if a2 and frame.target is not None else None
    if a1 and a1 == a2:
        a2, i2, s2 = "", None, None  # one force named twice ("الجيش ... قوات الجيش") is one side
    if name == "CLASH" and a1 and not a2 and _dual_sides(frame.agent, ctx):
        a2, i2, s2 = a1, i1, s1  # "اشتباكات بين مجموعتين مسلحتين": two groups of one kind, both sides
    if name == "CLASH" and frame.target is not None and frame.target.is_civilian:
        a2, i2, s2 = "", None, None  # civilians killed in crossfire are victims, not a side of the clash
    if name == "CLASH" and frame.agent is not None and frame.agent.is_civilian:
        a1, i1, s1 = "", None, None  # "شخصين قتلا في اشتباكات": the dead, not a side
    victims = frame.victims or _casualty_victims(frame)
    # "قتل العنصر ... ومن سكان حي 400": the armed victim named first is who was hit;
    # residents named after him say where he came from, not a second target
    resident = (victims == "armed" and frame.target is not None and frame.target.is_civilian
                and frame.victims_span is not None and frame.victims_span.end <= frame.target.span.start
                and _after_min(ctx, frame.target.span))
    if resident:
        a2, i2, s2 = "", None, None
    civilian_target = (frame.target is not None and frame.target.is_civilian and not resident) or (
        frame.target is None and victims == "civilian")
    armed_target = (frame.target is not None and frame.target.is_armed) or victims == "armed"
    event_type, sub = spec["code"]
    if name == "TAKEOVER" and frame.peaceful is not None:
        event_type, sub = spec["peaceful"]
    elif name == "TAKEOVER" and frame.agent is not None:
        state = frame.agent.entry.kind == "state" or (frame.agent.entry.resolve or ("",))[0] == "state"
        # ACLED: a foreign state's forces taking ground "overtake territory" like a non-state actor
        where = frame.place.location.place.country if frame.place is not None else ctx.country
        whose = frame.agent.country or frame.agent.entry.country or ctx.country
        if state and where and whose and whose != where:
            state = False
        event_type, sub = spec["state_agent"] if state else spec["nonstate_agent"]
    elif name == "SHELLING_OR_AIR" and _is_air(frame):
        event_type, sub = spec["air_agent"]
    elif name in ("ATTACK", "SHELLING") and _by_aircraft(frame):
        event_type, sub = _frames()["AIRSTRIKE"]["code"]  # "استهدفت مقاتلات التحالف مواقع الحوثيين"
    elif civilian_target and "civilian_target" in spec:
        event_type, sub = spec["civilian_target"]
    elif armed_target and "armed_target" in spec:
        event_type, sub = spec["armed_target"]
    elif name in ("PROTEST", "RIOT"):
        event_type, sub = _protest_code(frame, spec)
    if event_type == "Riots" and a1 and frame.agent is not None and frame.agent.entry.kind == "protester":
        # demonstrators who turn violent are rioters in ACLED's naming ("Rioters (Iraq)")
        e = lexicon().entries.get("rioters")
        named = actor_name(e, when, frame.agent.country or ctx.country) if e else None
        if named:
            a1, i1 = named
    assassinated = name == "ASSASSINATION" and event_type == "Violence against civilians" and not a2
    if assassinated:
        # "اغتيلت الناشطة سعاد العلي في البصرة": one assassinated whom no armed side names
        # is a civilian; ACLED codes the attack on "Civilians (country)" (the word names them)
        civilian_target = True
    if civilian_target and not a2 and name not in ("PROTEST", "RIOT", "CLASH") and (
            "civilian_target" in spec or spec.get("violent") or name in ("ABDUCT", "ARREST")):
        s2 = frame.victims_span or (frame.casualties[0].casualty.span if frame.casualties else None) \
            or (frame.trigger.span if assassinated else None)
        a2, i2 = _civilians(ctx, s2)
        if s2 is None:
            a2, i2 = "", None
    if name in ("PROTEST", "RIOT") and frame.agent is not None and frame.agent.entry.kind == "civilian":
        a1, i1, s1 = "", None, None  # civilians who demonstrate are protesters (ACLED names them so)
    if name in ("PROTEST", "RIOT") and frame.agent is not None and frame.agent.entry.kind not in (
            "protester", "rioter", "civilian"):
        # "الشرطة فرّقت وقفة احتجاجية": the named force is the side that intervened
        if not a2:
            a2, i2, s2 = a1, i1, s1
        a1, i1, s1 = "", None, None
    if name == "MOB_VIOLENCE" and not a1:
        e = lexicon().entries.get("rioters")
        named = actor_name(e, when, ctx.country) if e else None
        a1, i1 = named if named else ("", None)
        s1 = frame.trigger.span if a1 else None  # "هاجم عشرات الشبان": the crowd of the trigger clause
        if not a2 and victims == "civilian" and frame.victims_span is not None:
            a2, i2 = _civilians(ctx)
            s2 = frame.victims_span
    if name in ("PROTEST", "RIOT") and not a1:
        key = "rioters" if event_type == "Riots" else "protesters"
        e = lexicon().entries.get(key)
        named = actor_name(e, when, ctx.country) if e else None
        a1, i1 = named if named else ("", None)
        s1 = frame.trigger.span if a1 else None  # the protest word names its protesters
    if name == "AGREEMENT" and not _armed_party(frame):
        return None  # a nuclear deal or a settlement "of the conflict" is diplomacy, not an ACLED agreement
    if event_type == "Strategic developments" and not a1 and sub in _NEEDS_ACTOR1:
        return None  # an arrest or a demolition with no one named as doing it cannot be coded
    if event_type == "Battles" and not (a1 or a2) and not frame.is_title and not _dated_deaths(frame):
        return None  # ACLED codes a battle between named sides; "fighting" with none is context
    deaths, low, high = _fatalities(frame)
    disorder = _frames()["disorder"][event_type]
    if sub == "Mob violence":
        disorder = "Political violence"
    elif sub == "Excessive force against protesters":
        disorder = "Political violence; Demonstrations"
    mode_spec = spec.get("plover") or ["", ""]
    if name == "PROTEST" and (frame.repression or sub == "Excessive force against protesters"):
        mode_spec = _repression_plover(frame)
    source, scale, claimed = _source(frame, ctx, when)
    fields = _field_spans(frame, s1, s2, deaths)
    evidence = tuple(sorted({s for _, s in fields}, key=lambda s: (s.start, s.end)))
    ev = Event(
        article_id=ctx.article_id, event_date=when, time_precision=precision,
        event_type=event_type, sub_event_type=sub, disorder_type=disorder,
        actor1=a1, assoc_actor_1=_assoc(frame, when, ctx), inter1=i1,
        actor2=a2, assoc_actor_2="", inter2=i2,
        civilian_targeting="Civilian targeting" if civilian_target and event_type != "Protests" else "",
        location=frame.place.location if frame.place is not None else None,
        fatalities=deaths, fatalities_low=low, fatalities_high=high,
        source=source, source_scale=scale, claimed_by=claimed,
        confidence=_confidence(frame, defaulted),
        plover_event=mode_spec[0], plover_mode=mode_spec[1] if len(mode_spec) > 1 else "",
        evidence=evidence, field_spans=fields,
    )
    return replace(ev, notes=note(ev, frame, spec))


def _dated_deaths(frame: Frame) -> bool:
    """"وأفيد بمقتل 15 مسلحا في اشتباكات عنيفة أمس": fighting with its own day and its
    dead is one battle even when no side is named (ACLED then codes an unidentified
    armed group); fighting with neither is context. An attack with its place and its
    toll ("أصيب ضابط إثر إطلاق نار على سيارته في الزرقاء") is one incident too: the
    attackers are unidentified, not absent."""
    if frame.frame == "ATTACK" and frame.place is not None and frame.casualties:
        return True
    return frame.frame == "CLASH" and frame.time is not None and not frame.time_inherited \
        and any(k.casualty.deaths for k in frame.casualties)


@lru_cache(maxsize=1)
def _victim_words() -> tuple[frozenset, frozenset]:
    from rasid.text.normalize import normalize_key
    c = load_yaml("cues.yaml")
    return (frozenset(normalize_key(w) for w in c.get("civilian_victims") or []),
            frozenset(normalize_key(w) for w in c.get("armed_victims") or []))


def _casualty_victims(frame: Frame) -> str | None:
    """"لقي مدنيان اثنان حتفهما": who died says who was hit."""
    from rasid.text.normalize import normalize_key
    civ, armed = _victim_words()
    for k in frame.casualties:
        words = normalize_key(k.casualty.span.text).split()
        for w in words:
            w = w[2:] if w.startswith("ال") else w
            if w in civ:
                return "civilian"
            if w in armed:
                return "armed"
    return None


_NEEDS_ACTOR1 = ("Arrests", "Looting/property destruction", "Headquarters or base established",
                 "Change to group/activity", "Non-violent transfer of territory")


def _armed_party(frame: Frame) -> bool:
    return any(a is not None and a.is_armed for a in (frame.agent, frame.target))


# aircraft words, normalised as the text is (طائرات → طايرات): "طائراته قصفت"
_AIRCRAFT_STEMS = tuple(normalize_key(w) for w in (
    "مقاتلات", "طائرات", "طائره", "طائرت", "طيران", "الطيران", "مروحيات", "مروحيه", "المقاتلات",
    "الطائرات", "الطائره", "مقاتلاته", "طائراته"))


def _by_aircraft(frame: Frame) -> bool:
    a = frame.agent
    if a is None:
        return False
    if a.entry.role == "air_force" or (a.entry.resolve or ("", ""))[1] == "air_force":
        return a.via != "nisba" or frame.frame != "SHELLING"  # "طائرة حربية إسرائيلية أطلقت صواريخ"
    # "طائراته قصفت": the aircraft with a possessive pronoun; "بقصف لطيران التحالف",
    # "للطائرات الحربية": the owner's لـ (or another proclitic) before the aircraft word
    return any(_aircraft_word(w) for w in normalize_key(a.span.text).split())


_PROCLITICS = ("ولل", "لل", "ول", "وب", "ل", "ب", "و")


def _aircraft_word(w: str) -> bool:
    """Is the word an aircraft noun, bare or after a proclitic ("لطيران", "وطائرات")?"""
    return w.startswith(_AIRCRAFT_STEMS) or any(
        w.startswith(p) and w[len(p):].startswith(_AIRCRAFT_STEMS) for p in _PROCLITICS)


def _is_air(frame: Frame) -> bool:
    if _by_aircraft(frame):
        return True
    a = frame.agent
    if a is not None and (a.entry.role == "air_force" or (a.entry.resolve or ("", ""))[1] == "air_force"):
        return True
    text = frame.trigger.span.text
    return any(w in text for w in ("جو", "طيران", "طائر"))


def _protest_code(frame: Frame, spec: dict) -> tuple[str, str]:
    killed = sum(k.casualty.deaths for k in frame.casualties)
    if frame.frame == "RIOT" or frame.riot_cue is not None:
        return tuple(_frames()["RIOT"]["code"])
    if killed and "excessive_force" in spec:
        return tuple(spec["excessive_force"])
    if (frame.intervention is not None or any(p.frame in ("ARREST", "ATTACK", "KILL") for p in frame.parts)
            or (frame.target is not None and frame.target.entry.kind not in ("protester", "rioter", "civilian"))
            or (frame.agent is not None and frame.agent.entry.kind not in ("protester", "rioter", "civilian"))) \
            and "intervention" in spec:
        return tuple(spec["intervention"])
    return tuple(spec["code"])


def _repression_plover(frame: Frame) -> list[str]:
    """PLOVER of force used on protesters ("فتحت الشرطة النار على المتظاهرين", a protest
    in which people were killed): CAMEO 175 "use tactics of violent repression" is PLOVER
    ASSAULT, told from the side that used the force; ACLED keeps it a Protests event
    (Excessive force against protesters, Protest with intervention). The mode is the
    force's own ("أطلقت النار": firearms)."""
    for p in frame.parts:
        plover = (_frames().get(p.frame) or {}).get("plover") or []
        if plover[:1] == ["ASSAULT"]:
            return list(plover)
    return ["ASSAULT", ""]


def _assoc(frame: Frame, when: date, ctx: Context) -> str:
    names = []
    for a in frame.target_support:
        n, _ = _side(a, when, ctx)
        if n and n not in names:
            names.append(n)
    return "; ".join(names)


def _fatalities(frame: Frame) -> tuple[int, int | None, int | None]:
    """Conservative deaths: the sum of known deaths over the frame's casualty phrases;
    the range keeps the upper bound "killed and wounded" phrases allow."""
    deaths, low, high = 0, 0, 0
    seen = set()
    for k in frame.casualties:
        c = k.casualty
        if c.kind == "wounded" or (c.span.start, c.span.end) in seen:
            continue
        seen.add((c.span.start, c.span.end))
        deaths += c.deaths
        low += c.low
        high = None if high is None or c.high is None else high + c.high
    killing = frame.frame in ("KILL", "ASSASSINATION") or any(p.frame in ("KILL", "ASSASSINATION") for p in frame.parts)
    if killing and not any(k.casualty.kind != "wounded" for k in frame.casualties):
        return 1, 1, 1  # "قُتل مختار البلدة", "شاباً استشهد": a killing with no count names one death
    if not frame.casualties:
        return 0, None, None
    index, count = frame.share
    if count > 1:  # a toll for a list of places, divided evenly; the first places take the remainder
        part = lambda n: None if n is None else n // count + (1 if index < n % count else 0)  # noqa: E731
        return part(deaths), part(low), part(high)
    return deaths, low, high


def _source(frame: Frame, ctx: Context, when: date) -> tuple[str, str, str]:
    names, scale, claimed = [], "", ""
    att = frame.attribution
    if att is not None:
        if att.claimant is not None:
            n, _ = _side(att.claimant, when, ctx)
            claimed = n
            names.append(f"{n.split(':')[0]} via affiliated media" if n else att.name)
        else:
            names.append(att.name)
            scale = att.scale
    if ctx.source_name and ctx.source_name not in names:
        names.append(ctx.source_name)
    return "; ".join(names), scale, claimed


def _field_spans(frame: Frame, s1: Span | None, s2: Span | None, deaths: int) -> tuple[tuple[str, Span], ...]:
    """Which words each emitted field came from. Sides are given as coded (after a
    protest's intervening force moved to actor2, say), not as the frame found them."""
    out: list[tuple[str, Span]] = [("trigger", frame.trigger.span)]
    out += [("trigger", p.span) for p in frame.parts]
    if s1 is not None:
        out.append(("actor1", s1))
    if s2 is not None:
        out.append(("actor2", s2))
    for a in frame.target_support:
        out.append(("assoc_actor_1", a.span))
    if frame.place is not None:
        out.append(("location", frame.place.location.span))
    if frame.time is not None:
        out.append(("event_date", frame.time.time.span))
    for k in frame.casualties:
        out.append(("fatalities", k.casualty.span))
    if deaths and not frame.casualties:
        kill = next((t for t in (frame.trigger,) + frame.parts if t.frame in ("KILL", "ASSASSINATION")), frame.trigger)
        out.append(("fatalities", kill.span))  # "قُتل مختار البلدة": one death, told by the verb
    if frame.attribution is not None:
        out.append(("source", frame.attribution.span))
    if frame.intervention is not None:
        out.append(("sub_event_type", frame.intervention))
    if frame.peaceful is not None:
        out.append(("sub_event_type", frame.peaceful))
    return tuple(out)


def _confidence(frame: Frame, defaulted: bool) -> float:
    c = 0.45
    c += 0.15 if frame.agent is not None else 0
    c += 0.1 if frame.target is not None or frame.victims else 0
    c += 0.15 if frame.place is not None else -0.1
    c += 0.1 if not defaulted else 0
    c += 0.05 if frame.attribution is not None else 0
    return max(0.05, min(0.99, c))
