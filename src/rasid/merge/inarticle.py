"""One event, one record, inside an article.

A headline restated by the first paragraph, "بعد ساعات من إعلان قسد السيطرة على السجن"
and "نقطة الاشتباك" all name events the article reports elsewhere: they add evidence to
that event instead of a new record. Two body mentions merge only when the later one
adds nothing that contradicts the first (no sides of its own, or the same sides, day
and place): "heavy gunfire" after "renewed clashes" is the same clash, but an IS claim
of an attack and an SDF raid on the same day are two events.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from rasid.geo.distance import km as _km
from rasid.model import Event, quick_init

NEAR_KM = 12.0


@quick_init
@dataclass(frozen=True)
class Candidate:
    event: Event
    frame: object  # events.frames.Frame
    reference: bool
    title: bool
    defaulted: bool  # date is the publication date by default


def _place_ok(a: Event, b: Event) -> bool:
    if a.location is None or b.location is None:
        return True
    pa, pb = a.location.place, b.location.place
    return pa.id == pb.id or _km(pa, pb) <= NEAR_KM


REGION_KM = 60.0


def _region_ok(a: Event, b: Event) -> bool:
    """A headline or a back-reference names the place loosely ("ريف درعا" for a
    village in it): the same province or a short drive away is enough."""
    if a.location is None or b.location is None:
        return True
    pa, pb = a.location.place, b.location.place
    return (pa.admin1 and pa.admin1 == pb.admin1) or _km(pa, pb) <= REGION_KM


def _same_place(a: Event, b: Event) -> bool:
    """Both name the same place, or one names a place inside the other (a full
    restatement may be vaguer, never elsewhere)."""
    if a.location is None or b.location is None:
        return True
    pa, pb = a.location.place, b.location.place
    return pa.id == pb.id or pa.parent == pb.id or pb.parent == pa.id or _holds(pa, pb) or _holds(pb, pa)


def _holds(outer, inner) -> bool:
    """A province or a country holds the places in it ("قطاع غزة" holds Gaza city)."""
    if outer.country != inner.country:
        return False
    return outer.feature == "country" or (outer.feature == "admin1" and bool(outer.admin1)
                                          and inner.admin1 == outer.admin1)


def _sides(e: Event) -> set[str]:
    # rioters and protesters of one demonstration are one crowd
    return {x.replace("Rioters (", "Protesters (") for x in (e.actor1, e.actor2) if x}


def _same_side(x: str, y: str) -> bool:
    """"Hamas: Al Qassam Brigades" is a wing of "Hamas Movement": ACLED writes a wing
    as "Group: Wing", so the part before the colon names the group; a state force's
    unit follows the force's name and period."""
    if x == y:
        return True
    # "Military Forces of Israel (2009-2021) Israeli Air Force" is a unit of the force named first
    return any((":" in u and u.split(":", 1)[0] == v.split(" ", 1)[0]) or (v.endswith(")") and u.startswith(v + " "))
               for u, v in ((x, y), (y, x)))


def _actors_ok(a: Event, b: Event) -> bool:
    return _sides_agree(_sides(a), _sides(b))


def _sides_agree(sa: set[str], sb: set[str]) -> bool:
    """Every side of the telling that names fewer is a side of the other (none named: no
    conflict)."""
    if not sa or not sb:
        return True
    small, big = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    return all(any(_same_side(x, y) for y in big) for x in small)


# "Unidentified Armed Group (", "Unidentified Tribal Militia (", "Unidentified Clan Militia (":
# a side told without its name ("مقاتلو العشائر يصدون هجوما" in a headline, "مقاتلي
# العشائر المعروفين باسم معاويسلي" in the body)
_UNIDENTIFIED = "Unidentified "


def _unnamed_gunmen(h: Event, e: Event, placeless: bool = False, undated: bool = False) -> bool:
    """"اندلعت اشتباكات بين حرس الحدود ومسلحين حوثيين في منطقة عسير" then "الاشتباكات في
    منطقة عسير أسفرت عن مقتل ثلاثة مسلحين": gunmen told without their group are the
    unidentified side only for want of a name; the same fight (same kind, day and place)
    told before names them. Only for battles at one place: elsewhere an unnamed group
    may well be another. A headline told with no place (`placeless`) or day (`undated`)
    of its own is the fight its body tells."""
    if h.event_type != "Battles" or e.sub_event_type != h.sub_event_type \
            or (h.event_date != e.event_date and not undated):
        return False
    if not (placeless and e.location is None) and (
            h.location is None or e.location is None or h.location.place.id != e.location.place.id):
        return False
    sh, se = _sides(h), _sides(e)
    if not any(x.startswith(_UNIDENTIFIED) for x in sh | se):
        return False
    return _sides_agree({x for x in sh if not x.startswith(_UNIDENTIFIED)},
                        {x for x in se if not x.startswith(_UNIDENTIFIED)})


def _complementary(h: Event, e: Event) -> bool:
    """"لقي 7 أشخاص مصرعهم جراء انفجار سيارة ملغومة" (no perpetrator) and "قام أبو جعفر
    بتفجير سيارته المفخخة" (no victim named) at one place on one day: each telling knows
    the side the other left open; the same bombing."""
    return h.sub_event_type == e.sub_event_type and h.event_date == e.event_date and (
        (not h.actor1 and bool(h.actor2) and bool(e.actor1) and not e.actor2)
        or (not e.actor1 and bool(e.actor2) and bool(h.actor1) and not h.actor2))


def _fills(h: Event, e: Event) -> bool:
    """A back-reference may name the side the report left open: "أعلن تنظيم ولاية سيناء
    مسؤوليته عن التفجير" gives the bombing its perpetrator."""
    extra = _sides(e) - _sides(h)
    return len(extra) == 1 and not h.actor1 and e.actor1 in extra


_DEMONSTRATIONS = ("Protests", "Riots")
_REMOTE = ("Air/drone strike", "Shelling/artillery/missile attack")
# one bombing is often told as an explosion, an IED and a suicide attack in turn
_BOMBINGS = ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade")


def _own_claim(e: Event) -> str:
    """Who claims the event as its own deed: a party's word about what it did stays apart
    from other reports; a target's or a third party's statement ("أفادت حماس أن الجيش
    استهدف موقعها") is just another report."""
    return e.claimed_by if e.claimed_by and e.actor1 and _same_side(e.claimed_by, e.actor1) else ""


def _generic_strike(h: Event, c: Candidate) -> bool:
    """"أفادت كتائب القسام أن الجيش الإسرائيلي استهدف موقع عسقلان" after the air strike
    on it: the generic word for a strike already told, by the same side on the same side."""
    e = c.event
    return (c.frame.frame == "ATTACK" and h.event_type == "Explosions/Remote violence"
            and bool(h.actor1) and bool(e.actor1) and _same_side(h.actor1, e.actor1)
            and (not e.actor2 or not h.actor2 or _same_side(h.actor2, e.actor2)))


def _same_kind(a: Event, b: Event) -> bool:
    """Same ACLED event type; a protest and a riot at one place on one day are one
    demonstration told from two angles."""
    return a.event_type == b.event_type or (a.event_type in _DEMONSTRATIONS and b.event_type in _DEMONSTRATIONS)


def _claim_only(host: Event, other: Event) -> bool:
    """A party's claim about an event already reported does not set its death toll
    ("مدعياً أن الهجوم أوقع 15 قتيلاً"): ACLED codes the conservative independent figure."""
    return bool(other.claimed_by) and other.claimed_by != host.claimed_by and host.fatalities > 0


def _absorb(host: Event, other: Event, title: bool = False) -> Event:
    """Evidence and any field the host lacks come from the restatement."""
    spans = tuple(sorted(set(host.evidence) | set(other.evidence), key=lambda s: (s.start, s.end)))
    taken = {"trigger", "event_date", "source", "sub_event_type", "assoc_actor_1"}
    # "قتل 25 من مقاتلي المعارضة" (no killer named) and "استهداف الفصائل لقوات النظام": a
    # clash told from the other side; the open side is the other telling's opponent, never
    # the side the host already names
    turned = (not host.actor1 and bool(host.actor2) and bool(other.actor1) and bool(other.actor2)
              and host.sub_event_type == other.sub_event_type == "Armed clash"
              and _same_side(other.actor1, host.actor2) and not _same_side(other.actor2, host.actor2))
    if turned:
        other = replace(other, actor1=other.actor2, inter1=other.inter2, actor2=other.actor1, inter2=other.inter1,
                        field_spans=tuple(({"actor1": "actor2", "actor2": "actor1"}.get(k, k), sp)
                                          for k, sp in other.field_spans))
    if not host.actor1 and other.actor1 and not (host.actor2 and _same_side(other.actor1, host.actor2)):
        taken.add("actor1")
    if not host.actor2 and other.actor2 and other.actor2 != host.actor1:
        taken.add("actor2")
    refined = not title and _refines(host, other) and _agrees(host, other)
    if (host.location is None and other.location is not None) or refined:
        taken.add("location")
    if other.fatalities > host.fatalities and not (_claim_only(host, other) or title):
        taken.add("fatalities")
    # evidence of the fields the restatement supplies, and its trigger and date words
    own = tuple(f for f in host.field_spans if not (refined and f[0] == "location"))
    fields = own + tuple(f for f in other.field_spans if f not in own and f[0] in taken)
    loc = host.location or other.location  # the report's own place; a restatement only fills a gap
    if refined:
        loc = other.location  # "قطاع غزة" then "رفح": the more precise telling of the same strike
    if other.sub_event_type == "Suicide bomb" and host.sub_event_type in _BOMBINGS:
        host = replace(host, sub_event_type="Suicide bomb")  # the most specific telling wins
    if other.event_type == "Riots" and host.event_type == "Protests":
        # "وتجمع العشرات ... قاموا برشق الحجارة": a demonstration that turned violent is a riot
        # (ACLED), whether or not it was met with force (the force stays actor2)
        host = replace(host, event_type=other.event_type, sub_event_type=other.sub_event_type,
                       disorder_type=other.disorder_type, plover_mode=other.plover_mode, notes=other.notes,
                       actor1=host.actor1.replace("Protesters (", "Rioters ("))
    if host.event_type == other.event_type == "Protests" \
            and _FORCE_ORDER.get(other.sub_event_type, 0) > _FORCE_ORDER.get(host.sub_event_type, 0):
        # "نظم مئات العمال أمس وقفة احتجاجية ... وفتحت قوات الأمن النار على المحتجين": the
        # protest met with force is one event, coded by the force (ACLED: Protest with
        # intervention, Excessive force against protesters when it kills), with the force
        # as actor2, as the intervention's own telling codes it
        host = replace(host, sub_event_type=other.sub_event_type, plover_event=other.plover_event,
                       plover_mode=other.plover_mode, notes=other.notes)
    if other.sub_event_type in _TERRITORY and host.sub_event_type not in _TERRITORY and host.event_type == "Battles":
        host = replace(host, sub_event_type=other.sub_event_type, notes=other.notes)  # ACLED codes the outcome
    return replace(
        host,
        actor1=host.actor1 or (other.actor1 if "actor1" in taken else ""),
        inter1=host.inter1 or (other.inter1 if "actor1" in taken else None),
        actor2=host.actor2 or (other.actor2 if other.actor2 != host.actor1 else ""),
        inter2=host.inter2 or (other.inter2 if other.actor2 != host.actor1 else None),
        location=loc,
        fatalities=host.fatalities if _claim_only(host, other) or title else max(host.fatalities, other.fatalities),
        fatalities_high=host.fatalities_high if host.fatalities_high is not None else other.fatalities_high,
        source=host.source or other.source,
        # a claim travels with the side it names ("أعلن تنظيم ولاية سيناء مسؤوليته عن التفجير")
        claimed_by=host.claimed_by or (other.claimed_by if "actor1" in taken else ""),
        evidence=spans, field_spans=fields,
        confidence=min(0.99, max(host.confidence, other.confidence) + 0.05),
    )


def merge_article(cands: list[Candidate], strike_sentences: frozenset = frozenset()) -> tuple[list[Event], list[Candidate]]:
    """(events, dropped references). Body mentions first, in text order; then the
    headline and references merge into the best compatible event. `strike_sentences`:
    the sentences that tell an air strike or shelling and no fight (`_tolls_of_strikes`)."""
    kept: list[Candidate] = []
    later: list[Candidate] = []
    lists: list[set] = []  # per kept event, the split lists ("في مديريات التحيتا وزبيد") it took a place of
    for c in cands:
        if c.reference or c.title:
            later.append(c)
            continue
        host = _find_host(kept, c, body=True)
        if host is not None and c.frame.share[1] > 1 and c.frame.trigger.tok_start in lists[host]:
            # each place of one list is an event of its own, never two places of one; told
            # by the same words, it has the sides the list's first place was given
            c = replace(c, event=_sides_of(c.event, kept[host].event))
            host = None
        if host is None and c.event.sub_event_type in ("Armed clash", "Suicide bomb"):
            host = _attackers_killed(kept, c)
            if host is not None:
                # the bombing is the record, the fight its evidence (its sides are the
                # defenders' and the attackers' told as a fight: not the bombing's)
                bomb, fight = (c, kept[host]) if c.event.sub_event_type == "Suicide bomb" else (kept[host], c)
                kept[host] = replace(bomb, event=_absorb(bomb.event, _sideless(fight.event)))
                continue
        if host is None and c.frame.frame == "HANDOVER":
            host = _takeover_of(kept, c)
            if host is not None:  # the side that withdrew is the takeover's other party
                c = replace(c, event=_as_other_side(c.event))
        own = {c.frame.trigger.tok_start} if c.frame.share[1] > 1 else set()
        if host is None:
            kept.append(c)
            lists.append(own)
        else:
            kept[host] = replace(kept[host], event=_absorb(kept[host].event, c.event))
            lists[host] |= own
    dropped: list[Candidate] = []
    for c in later:
        host = _same_sentence_host(kept, c)
        if host is None and c.reference and c.event.actor1 and c.event.claimed_by and not c.title \
                and c.event.event_type in _VIOLENT_TYPES:
            # "وتبنى التنظيم الهجوم" names the perpetrator of the violent event just told
            # that names none, before any event of like wording told after the claim
            host = _claimed_host(kept, c)
        if host is None:
            host = _find_host(kept, c, body=False)
        if host is None and c.reference and c.frame.frame == "HANDOVER":
            host = _takeover_of(kept, c)  # "سيطرتها على ود مدني بعد انسحاب قوات الجيش"
            if host is not None:
                c = replace(c, event=_as_other_side(c.event))
        if host is None and c.title and c.frame.frame in _GENERIC_VIOLENCE:
            host = _violent_host(kept, c)
        if host is None and c.reference and c.event.actor1 and c.event.claimed_by \
                and c.event.event_type in _VIOLENT_TYPES:
            host = _claimed_host(kept, c)  # (a relative clause about someone else names no perpetrator)
        if host is None and c.reference:
            host = next((i for i, k in enumerate(kept) if _struck_toll(k, c)), None)
        if host is not None:
            k = kept[host]
            if _struck_toll(k, c):
                k = replace(k, event=_as_strike(k.event, c.event))
            kept[host] = replace(k, event=_absorb(k.event, c.event, title=c.title))
        elif c.title and not c.reference and not _weak(c.event):
            kept.append(c)
        elif (c.reference and c.event.claimed_by and c.event.actor1 and not c.defaulted and not c.title
              and not any(k.event.actor1 == c.event.actor1 for k in kept)):
            kept.append(c)  # "تبنى تنظيم ولاية سيناء هجوماً على حاجز أمس": a claimed attack told only as a claim
        else:
            dropped.append(c)
    return [c.event for c in _tolls_of_strikes(kept, strike_sentences)], dropped


STRIKE_SUBS = ("Air/drone strike", "Shelling/artillery/missile attack")


def _bare_toll(c: Candidate) -> bool:
    """A death toll told with no fight of its own ("مقتل 23 عنصراً من داعش"): a killing
    coded as an armed clash only because its victims were armed."""
    return (c.frame.frame == "KILL" and c.event.event_type == "Battles" and c.event.sub_event_type == "Armed clash"
            and all(p.frame == "KILL" for p in c.frame.parts) and not c.title)


def _toll_host(kept: list[Candidate], c: Candidate) -> int | None:
    """The air strike or shelling of the same day and province that a bare toll counts
    the dead of, its victims being the strike's target and not its striker; of several,
    the one at the toll's own place, then the nearest in the text."""
    e = c.event
    victims = {x for x in (e.actor2,) if x} or {x for x in (e.actor1,) if x}
    at = min((s.start for s in e.evidence), default=0)
    best, best_key = None, None
    for i, k in enumerate(kept):
        h = k.event
        if h.event_type != "Explosions/Remote violence" or h.sub_event_type not in STRIKE_SUBS \
                or h.event_date != e.event_date or not _region_ok(h, e):
            continue
        if h.actor1 and any(_same_side(h.actor1, v) for v in victims):
            continue
        if h.actor2 and victims and not any(_same_side(h.actor2, v) for v in victims):
            continue
        key = (not _same_place(h, e), abs(min((s.start for s in h.evidence), default=0) - at))
        if best_key is None or key < best_key:
            best, best_key = i, key
    return best


def _tolls_of_strikes(kept: list[Candidate], strike_sentences: frozenset) -> list[Candidate]:
    """"مقتل 23 عنصراً من داعش ... بقصف لطيران التحالف", "وأسفرت الضربة الجوية عن مقتل 14
    عنصراً": a bare death toll told in a sentence that tells an air strike or shelling
    (by its own word or a back-reference) and no fight is that strike's toll, not a
    battle of its own (ACLED codes the dead in the strike): the strike of that day and
    province takes the toll's dead and evidence. A toll beside a fight ("قتل 35 حوثيا
    خلال إحباط محاولة تسلل") stays the fight's."""
    out = list(kept)
    for c in kept:
        if not _bare_toll(c) or c.frame.sentence not in strike_sentences or c not in out:
            continue
        rest = [k for k in out if k is not c]
        host = _toll_host(rest, c)
        if host is None:
            continue
        h = rest[host]
        merged = replace(h, event=_absorb(h.event, replace(c.event, actor1="", inter1=None, actor2="", inter2=None)))
        out = [merged if k is h else k for k in out if k is not c]
    return out


def _struck_toll(k: Candidate, c: Candidate) -> bool:
    """"أعلن الحرس الثوري مسؤوليته عن هجوم صاروخي على مقاتلين أكراد ... وقال إنه قتل ستة
    أعضاء": a killing told with no fight of its own (`_bare_toll`), coded an armed clash
    only because its victims were armed, that takes in a restated air strike or missile
    attack of the same striker is that strike's toll: the strike says what was done."""
    h, e = k.event, c.event
    return (_bare_toll(k) and e.event_type == "Explosions/Remote violence" and e.sub_event_type in STRIKE_SUBS
            and bool(h.actor1) and h.actor1 == e.actor1 and h.event_date == e.event_date and _region_ok(h, e))


def _as_strike(h: Event, e: Event) -> Event:
    """The toll `h` coded as the strike `e` (`_struck_toll`)."""
    return replace(h, event_type=e.event_type, sub_event_type=e.sub_event_type, disorder_type=e.disorder_type,
                   plover_event=e.plover_event, plover_mode=e.plover_mode, notes=e.notes)


def _attackers_killed(kept: list[Candidate], c: Candidate) -> int | None:
    """A suicide attack is often told twice in one story: as the bombing, and by the
    defenders or witnesses as a fight ("قالت الشرطة إن قوات الأمن أحبطت هجوما على
    المعسكر ... تم تصفية الإرهابيين على الفور", "اقتحم مسلحان مبنى المحافظة ... وفجر
    أحدهما نفسه"). A fight on the day and at the place of a suicide bombing (or told
    with no place of its own), with one side left unnamed or named by a definite noun
    for the attackers (cues.yaml attackers_back), is that bombing: ACLED codes the
    attack once. The index of the kept event `c` belongs with, told before or after it;
    None when a fight names both its sides or the bomber's side as its author."""
    e = c.event
    for i in range(len(kept) - 1, -1, -1):
        k = kept[i]
        if e.sub_event_type == "Armed clash" and k.event.sub_event_type == "Suicide bomb":
            fight, bomb = c, k
        elif e.sub_event_type == "Suicide bomb" and k.event.sub_event_type == "Armed clash":
            fight, bomb = k, c
        else:
            continue
        if _defenders_fight(fight, bomb.event):
            return i
    return None


def _sideless(e: Event) -> Event:
    """The event without its sides (and their evidence); a party's claimed toll ("قتلنا
    40 جنديا") is no toll of the bombing."""
    return replace(e, actor1="", inter1=None, actor2="", inter2=None, claimed_by="",
                   fatalities=0 if e.claimed_by else e.fatalities,
                   fatalities_high=None if e.claimed_by else e.fatalities_high,
                   field_spans=tuple(f for f in e.field_spans if f[0] not in ("actor1", "actor2")
                                     and not (e.claimed_by and f[0] == "fatalities")))


def _defenders_fight(fight: Candidate, bomb: Event) -> bool:
    """The fight is the bombing told as a fight (see _attackers_killed)."""
    f = fight.event
    if f.event_date != bomb.event_date or not _place_ok(bomb, f):  # (either told with no place: the story's)
        return False
    if bomb.actor1 and f.actor1 and f.actor2 and _same_side(bomb.actor1, f.actor1):
        return False
    if not f.actor1 or not f.actor2:
        return True
    target = fight.frame.target
    if target is None:
        return False
    from rasid.lexicon.data import cue_words  # (data, not a stage: no cycle)
    from rasid.text.normalize import normalize_key
    words = normalize_key(target.span.text).split()
    return bool(words) and words[0].lstrip("و") in cue_words("attackers_back")


def _sides_of(e: Event, sibling: Event) -> Event:
    """"قتل 46 حوثيا في غارات للتحالف ... وتركزت الغارات في مديريات التحيتا وزبيد": the
    strikes on Zabid are the coalition's as those on al-Tuhayta are, when the list itself
    names no side."""
    if e.actor1 or e.actor2:
        return e
    spans = tuple((k, sp) for k, sp in sibling.field_spans if k in ("actor1", "actor2"))
    return replace(e, actor1=sibling.actor1, inter1=sibling.inter1, actor2=sibling.actor2, inter2=sibling.inter2,
                   field_spans=e.field_spans + spans)


def _as_other_side(e: Event) -> Event:
    """The withdrawing side of a handover becomes actor2, its evidence relabelled."""
    fields = tuple(("actor2" if k == "actor1" else k, sp) for k, sp in e.field_spans if k != "actor2")
    return replace(e, actor1="", inter1=None, actor2=e.actor1, inter2=e.inter1, field_spans=fields)


def _takeover_of(kept: list[Candidate], c: Candidate) -> int | None:
    """"انسحبت قوات الوفاق من المدينة" after "سيطرة قوات حفتر على سرت": the side that
    withdrew is the other party of the same transfer of territory."""
    for i, k in enumerate(kept):
        if k.frame.frame == "TAKEOVER" and _region_ok(k.event, c.event) and k.event.location is not None \
                and c.event.actor1 and c.event.actor1 != k.event.actor1:
            return i
    return None


_TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
# ACLED's Protests sub-events by the force met: a telling of the force outranks one without
_FORCE_ORDER = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2}


def _territory_pair(a: Event, b: Event) -> bool:
    return a.event_type == b.event_type == "Battles" and (a.sub_event_type in _TERRITORY) != (b.sub_event_type in _TERRITORY)


_GENERIC_VIOLENCE = ("ATTACK", "CLASH", "KILL")
_VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _violent_host(kept: list[Candidate], c: Candidate) -> int | None:
    """A headline says "attack" or "killed" where the body says how ("استهداف قاعدة
    حرير بمسيّرة" / the drone strike): the violent event with a shared side and place."""
    e = c.event
    for i, k in enumerate(kept):
        h = k.event
        if h.event_type in _VIOLENT_TYPES + ("Riots",) and e.event_type in _VIOLENT_TYPES and _sides(h) & _sides(e) \
                and _region_ok(h, e):
            return i
    return None


def _same_sentence_host(kept: list[Candidate], c: Candidate) -> int | None:
    """"أصيب سبعة جنود في تفجير انتحاري ... وأعلنت حركة الشباب مسؤوليتها عن الهجوم": a
    generic back-reference ("الهجوم") in the sentence of a violent event is that event,
    whatever word the sentence first used for it, before any same-kind event elsewhere."""
    if not c.reference or c.title or c.frame.frame not in _GENERIC_VIOLENCE or c.event.event_type not in _VIOLENT_TYPES:
        return None
    e = c.event
    best = None
    for i, k in enumerate(kept):
        h = k.event
        if (k.frame.sentence == c.frame.sentence and h.event_type in _VIOLENT_TYPES
                and k.frame.trigger.tok_start < c.frame.trigger.tok_start
                and (_actors_ok(h, e) or _complementary(h, e) or not h.actor1)):
            best = i  # the nearest before it
    return best


def _claimed_host(kept: list[Candidate], c: Candidate) -> int | None:
    """"وتبنت حركة الشباب الهجوم": a claim names the perpetrator of the violent event
    just told, whatever word it uses for it."""
    best = None
    for i, k in enumerate(kept):
        h = k.event
        if h.event_type in _VIOLENT_TYPES and not h.actor1 and h.actor2 != c.event.actor1 \
                and abs(k.frame.sentence - c.frame.sentence) <= 1 and k.frame.sentence <= c.frame.sentence:
            best = i
    return best


def _claim_restated(k: Candidate, c: Candidate) -> bool:
    """"أفاد بيان للجيش التركي بمقتل 3 جنود خلال اشتباكات ... وقال الجيش إن الجنود قضوا
    خلال مواجهة": the next sentence, with no place, day or claimant of its own, goes on
    quoting the claim just told; it is no independent report of a second fight."""
    h, e = k.event, c.event
    return (bool(h.claimed_by) and not e.claimed_by and c.frame.place is None
            and (c.frame.time is None or c.frame.time_inherited)
            and h.sub_event_type == e.sub_event_type and h.event_date == e.event_date
            and 0 <= c.frame.sentence - k.frame.sentence <= 1)


def _agrees(h: Event, e: Event) -> bool:
    """Two tellings that agree on everything ACLED codes: the same kind of event on the
    same day, by the same side on the same side, at one place or a place inside the
    other ("قطاع غزة" / "رفح"). A party's statement and a second source telling the same
    strike are one event with two sources. A later claim by a party (IS's own account of
    an attack already reported) still stays beside the report: see _find_host."""
    return (bool(h.actor1) and bool(e.actor1) and bool(h.actor2) and bool(e.actor2)
            and h.sub_event_type == e.sub_event_type and h.event_date == e.event_date
            and ((_same_side(h.actor1, e.actor1) and _same_side(h.actor2, e.actor2))
                 or (h.sub_event_type == "Armed clash"  # a clash has no direction: "صد هجوم" / "الرد وتصفية"
                     and _same_side(h.actor1, e.actor2) and _same_side(h.actor2, e.actor1)))
            and (_place_ok(h, e) or _refines(h, e) or _refines(e, h)))


def _refines(h: Event, e: Event) -> bool:
    """e names a place inside the province or country h names."""
    return (h.location is not None and e.location is not None and h.location.place.id != e.location.place.id
            and _holds(h.location.place, e.location.place))


def _weak(e: Event) -> bool:
    """A headline battle with no side named only restates: alone it is not codable."""
    return e.event_type == "Battles" and not (e.actor1 or e.actor2)


def _find_host(kept: list[Candidate], c: Candidate, body: bool) -> int | None:
    best, best_score = None, -1.0
    e = c.event
    for i, k in enumerate(kept):
        h = k.event
        if not (_same_kind(h, e) or _generic_strike(h, c)) \
                or not (_actors_ok(h, e) or (not body and _fills(h, e)) or _complementary(h, e)
                        or _unnamed_gunmen(h, e, placeless=c.title, undated=c.title and c.defaulted)):
            continue
        if body and h.claimed_by != e.claimed_by and _own_claim(h) != _own_claim(e) \
                and not _complementary(h, e) and not _claim_restated(k, c) \
                and not (not e.claimed_by and _agrees(h, e)):
            continue  # a party's own claim stays beside the independent report, never merged
            # (unless it only names the perpetrator the report left open, or the next
            # sentence goes on telling the claim)
        if not (_place_ok(h, e) if body else _region_ok(h, e)) and not (body and _refines(h, e) and _agrees(h, e)):
            continue
        if body and _territory_pair(h, e) and _sides(h) == _sides(e) and h.event_date == e.event_date \
                and _region_ok(h, e):
            pass  # "استعاد الجيش البلدة بعد معارك قتل فيها 12": the fighting is the takeover
        elif body:
            own_sides = bool(_sides(e))
            if own_sides:
                # a restatement: same coding, same day (both stated or both by default),
                # same place, sides that agree, in another sentence
                demo = h.event_type in _DEMONSTRATIONS and e.event_type in _DEMONSTRATIONS
                bomb = h.sub_event_type in _BOMBINGS and e.sub_event_type in _BOMBINGS
                # "القصف" alone may be the air strike already told: قصف is shelling or bombing
                bomb = bomb or (c.frame.frame == "SHELLING_OR_AIR" and h.sub_event_type in _REMOTE
                                and e.sub_event_type in _REMOTE)
                bomb = bomb or _generic_strike(h, c)
                placeless = c.frame.place is None  # told without a place of its own: the same event again
                if ((h.sub_event_type != e.sub_event_type and not demo and not bomb)
                        or (c.defaulted != k.defaulted and not placeless)
                        or (h.event_date != e.event_date and not (placeless and c.defaulted)
                            and not c.frame.time_inherited)
                        or not (_same_place(h, e) or placeless)
                        or (k.frame.place is None and not placeless
                            and c.frame.sentence - k.frame.sentence > 1)):
                    # (the last: a fight told with no place, and one at a named place
                    # paragraphs later, are two fights)
                    continue
            elif k.frame.frame != c.frame.frame and h.sub_event_type != e.sub_event_type:
                continue
            elif not (c.defaulted or k.defaulted or h.event_date == e.event_date):
                continue
        else:
            if not (c.reference or c.defaulted or k.defaulted or h.event_date == e.event_date):
                continue
        before = min(s.start for s in h.evidence) < min(s.start for s in e.evidence) if h.evidence and e.evidence else True
        score = (h.sub_event_type == e.sub_event_type) * 2 + (k.frame.frame == c.frame.frame) + (
            len(_sides(h) & _sides(e)) * 0.5) + (3 if before or c.title else 0) - i * 0.01
        if score > best_score:
            best, best_score = i, score
    return best


def _coded_alike(a: Event, b: Event) -> bool:
    """Everything ACLED codes agrees: type and sub-event, day, place (the same
    gazetteer row), and both sides (a clash's in either order, a clash having no
    direction). A party's claim of its own deed still stays beside an independent
    report of a like event (see _find_host: an IS claim of attacks near the prison and
    the clashes at the prison the SDF reports are two events)."""
    if a.event_type != b.event_type or a.sub_event_type != b.sub_event_type or a.event_date != b.event_date:
        return False
    if _own_claim(a) != _own_claim(b):
        return False
    if (a.location is None) != (b.location is None):
        return False
    if a.location is not None and a.location.place.id != b.location.place.id:
        return False
    if (a.actor1, a.actor2) == (b.actor1, b.actor2):
        return True
    return a.sub_event_type == "Armed clash" and (a.actor1, a.actor2) == (b.actor2, b.actor1)


def _won_in(a: Event, b: Event) -> bool:
    """A takeover and a clash between the same two sides (in either order), on one
    day at one place: the fighting the takeover was won in ("نجاح المقاومة في السيطرة
    على مناطق ... لكن المقاومة تصدت لهم"), one event coded by its outcome (ACLED), as
    `_find_host` merges it when both tellings name both sides; often the takeover's
    loser is named only by the article's other events (`open_sides`)."""
    if not _territory_pair(a, b) or a.event_date != b.event_date or _own_claim(a) != _own_claim(b):
        return False
    if a.location is None or b.location is None or not _same_place(a, b):
        return False  # (the province a takeover is told in holds the town of the fight)
    return bool(a.actor1 and a.actor2) and {a.actor1, a.actor2} == {b.actor1, b.actor2}


_DEFINITE = ("ال", "وال", "فال", "بال")


def _trigger_at(e: Event):
    return next((sp for k, sp in e.field_spans if k == "trigger"), None)


def _told_back(h: Event, e: Event) -> bool:
    """"انفجرت سيارة مفخخة في حي البياع ... وادعى التنظيم بأن التفجير في البياع استهدف
    عناصر من الحشد": a definite event noun told after an event of its kind by the same
    side, on the same day at the same place, is that event named again, even when the
    second telling names the struck otherwise (a claimed target, a group for the
    civilians). Two acts told as two ("وقصفت المدفعية ... كما شنت الطائرات غارات")
    are no definite back-reference."""
    th, te = _trigger_at(h), _trigger_at(e)
    if th is None or te is None or te.start <= th.start:
        return False
    if not te.text.split()[0].startswith(_DEFINITE):
        return False
    if h.event_type != e.event_type or h.event_date != e.event_date or _own_claim(h) != _own_claim(e):
        return False
    if h.sub_event_type != e.sub_event_type and not (
            h.sub_event_type in _REMOTE + _BOMBINGS and e.sub_event_type in _REMOTE + _BOMBINGS):
        return False
    if h.location is None or e.location is None or h.location.place.id != e.location.place.id:
        return False
    return bool(h.actor1) and bool(e.actor1) and _same_side(h.actor1, e.actor1)


def _force_at_protest(p: Event, v: Event) -> bool:
    """"خرج الآلاف في مسيرات على حدود القطاع ... وقتل أربعة فلسطينيين برصاص الجيش": the
    force that met a protest, killing or hurting civilians on that day at that place, is
    the protest's intervention (ACLED: Excessive force against protesters), not an
    attack of its own."""
    return (p.event_type == "Protests" and bool(p.actor2) and v.event_type == "Violence against civilians"
            and bool(v.actor1) and _same_side(v.actor1, p.actor2) and v.event_date == p.event_date
            and p.location is not None and v.location is not None and _same_place(p, v))


def _bomber_s_attack(b: Event, a: Event) -> bool:
    """"اقتحم مسلحان مبنى المحافظة واحتجزا رهائن ... ونفذ أحدهما تفجيرا انتحاريا": the
    storming (told as an attack on the people inside or as a fight with the guards) and
    the suicide bombing, by one side on one day at one place, are one complex attack,
    coded as the suicide bomb (ACLED), whatever side each telling gives the struck; a
    side told without its name ("أحد المسلحين": Unidentified Armed Group) is the named
    one for want of a name (as in `_unnamed_gunmen`), and the record keeps the name."""
    return (b.sub_event_type == "Suicide bomb" and a.sub_event_type in ("Attack", "Armed clash")
            and a.event_type in ("Violence against civilians", "Battles") and a.event_date == b.event_date
            and bool(a.actor1) and bool(b.actor1)
            and (_same_side(a.actor1, b.actor1) or a.actor1.startswith(_UNIDENTIFIED) or b.actor1.startswith(_UNIDENTIFIED))
            and a.location is not None and b.location is not None and _same_place(a, b)
            and _own_claim(a) == _own_claim(b))


_RETOLD_DAYS = 7


def _dated(e: Event) -> bool:
    return any(k == "event_date" for k, _ in e.field_spans)


def _undated_retold(u: Event, d: Event) -> bool:
    """"قتل شخص وجرح 3 آخرين بهجوم مسلح استهدف حافلة" (no day: the publication day
    stands in) and "تعرضت الحافلة للهجوم ... صباح الجمعة": a telling with no day of its
    own that codes like a telling with a day (type and sub-event, sides, the same
    gazetteer row) a few days before is that event told without its day, the lead
    before the body (the annotation guide: an undated event is the day of publication
    or the day before, by the news's default). Two records with days of their own, or a
    dated one after the undated one, stay apart (two days' fighting told day by day)."""
    if _dated(u) or not _dated(d) or not 0 < (u.event_date - d.event_date).days <= _RETOLD_DAYS:
        return False
    return _coded_alike(u, replace(d, event_date=u.event_date))


def one_per_coding(events: list[Event]) -> list[Event]:
    """Two records of one article that code alike are one event told twice (the
    annotation guide and ACLED: one event = same type, same actors, same place, same
    day). The lead and the paragraph after it, a party's statement and a wire's account,
    a toll told in one sentence and the attack in the next often reach the same
    coding by different words, one with a day of its own and one without, or only
    once the article's other events have named the side a telling left open
    (`open_sides`, after `merge_article`): the first record keeps the evidence and
    the largest toll of both; a takeover and the fight it was won in, between the same
    sides, are one event too (`_won_in`), coded as the takeover, and so are a protest and
    the attack on civilians by the force that met it there that day (`_force_at_protest`),
    and a suicide bombing and the storming or fight its side waged with it
    (`_bomber_s_attack`), and a telling with no day and the same event told with its
    day (`_undated_retold`)."""
    out: list[Event] = []
    for e in events:
        for i, h in enumerate(out):
            if _coded_alike(h, e) or _told_back(h, e) or _told_back(e, h):
                out[i] = _absorb(h, e)
                break
            if _undated_retold(h, e) or _undated_retold(e, h):  # the record keeps the day told
                dated, undated = (e, h) if _dated(e) else (h, e)
                out[i] = _absorb(dated, undated)
                break
            if _force_at_protest(h, e) or _force_at_protest(e, h):
                protest, attack = (h, e) if h.event_type == "Protests" else (e, h)
                merged = _absorb(protest, replace(attack, actor1="", inter1=None, actor2="", inter2=None))
                if merged.fatalities > 0:
                    merged = replace(merged, sub_event_type="Excessive force against protesters")
                out[i] = merged
                break
            if _bomber_s_attack(h, e) or _bomber_s_attack(e, h):
                bomb, attack = (h, e) if h.sub_event_type == "Suicide bomb" else (e, h)
                if bomb.actor1.startswith(_UNIDENTIFIED) and not attack.actor1.startswith(_UNIDENTIFIED):
                    bomb = replace(bomb, actor1="", inter1=None,
                                   field_spans=tuple(f for f in bomb.field_spans if f[0] != "actor1"))
                out[i] = _absorb(bomb, attack)
                break
            if _won_in(h, e):  # the takeover is the record (its taker is actor1), in the first one's place
                won, fight = (h, e) if h.sub_event_type in _TERRITORY else (e, h)
                out[i] = _absorb(won, fight)
                break
        else:
            out.append(e)
    return out
