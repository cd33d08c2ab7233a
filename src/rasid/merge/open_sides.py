"""Sides an event's own clause leaves open, taken from the rest of the article.

A fight, strike or handover told with one side was fought against the side the article
sets against it; a pejorative label names the one armed group the article names. This
runs on the merged events of one article (it reads them all), which is why it lives with
the in-article merge rather than with the per-clause frame filling.
"""
from __future__ import annotations

import re

from rasid.lexicon.data import cue_words
from rasid.text.document import first_token_from


_ONE_ADVERSARY_TYPES = frozenset({"Battles", "Explosions/Remote violence"})
_ONE_ADVERSARY_SUBS = frozenset({"Non-violent transfer of territory"})


def open_side_from_article(events, actors, ctx, doc=None):
    """"تعرضت إحدى مقاتلات التحالف لإطلاق صاروخ" in an article whose only other armed
    party is the Houthis; "سيطرت القوات التركية على عفرين" in a report of the
    operation against the YPG: a fight, strike or handover told with one side only
    was fought against the side the article sets against it. The open side is filled
    when that is unambiguous: the known side meets exactly one opponent in the
    article's other events, or, when it meets none, the article names exactly one
    other armed party that may be its adversary (`_adversaries`), or names exactly one
    of them as an operation's declared target. The evidence points at the mention of
    that party nearest the event."""
    from dataclasses import replace

    def sides(e):
        return [(n, a) for n, a in ((e.actor1, e.assoc_actor_1), (e.actor2, e.assoc_actor_2)) if n]

    open_events = [k for k, e in enumerate(events)
                   if (e.event_type in _ONE_ADVERSARY_TYPES or e.sub_event_type in _ONE_ADVERSARY_SUBS)
                   and bool(e.actor1) != bool(e.actor2) and (e.inter1 or e.inter2) not in (5, 6, 7)]
    if not open_events:
        return events
    out = list(events)
    parties_on: dict = {}  # event date → _coded_parties
    for k in open_events:
        e = events[k]
        known = e.actor1 or e.actor2
        allies = {known} | {x.strip() for x in (e.assoc_actor_1 if e.actor1 else e.assoc_actor_2).split(";") if x.strip()}
        for o in events:  # allies: those on the known side's side elsewhere
            for n, a in sides(o):
                if n in allies or any(x.strip() in allies for x in a.split(";")):
                    allies |= {n} | {x.strip() for x in a.split(";") if x.strip()}
        parties = parties_on.get(e.event_date)
        if parties is None:  # the same for every event of that day: one pass over the actors
            parties = parties_on[e.event_date] = _coded_parties(actors, e.event_date, ctx)
        own = {g for g in map(state_government, allies) if g is not None}
        opponents = {}
        for j, o in enumerate(events):
            if j == k or not (o.actor1 and o.actor2) or (e.event_type != "Explosions/Remote violence"
                                                        and o.event_type == "Explosions/Remote violence"):
                continue  # whom a side bombs from the air says little about whom it fights on the ground
            for mine, theirs, inter, f in ((o.actor1, o.actor2, o.inter2, "actor2"), (o.actor2, o.actor1, o.inter1, "actor1")):
                if mine in allies and theirs not in allies and inter not in (5, 6, 7) \
                        and (state_government(theirs) is None or state_government(theirs) not in own):
                    opponents.setdefault(theirs, (inter, next((sp for g, sp in o.field_spans if g == f), None)))
        trig = next((sp for f, sp in e.field_spans if f == "trigger"), None)
        where = trig.start if trig is not None else 0
        # a state's forces set against another state's only by what the article tells of
        # them (its events), not by being named: allies and enemies look alike here
        state_side = bool(own) or (e.inter1 if e.actor1 else e.inter2) == 1
        near = _adversaries([p for p in parties if not (state_side and p[2] == 1)], allies, own, e, ctx, where)
        pick = None
        if len(opponents) == 1:
            name, (inter, span) = next(iter(opponents.items()))
            if name in near:
                inter, span = near[name]
            pick = (name, inter, span)
        elif not opponents and len(near) == 1:
            name, (inter, span) = next(iter(near.items()))
            pick = (name, inter, span)
        elif not opponents and near and doc is not None:
            # "عملية عسكرية بدأتها أنقرة ... تقول إنها تستهدف وحدات حماية الشعب": of several
            # parties named, the one the article names as a target ("ضد X", "تستهدف X")
            aimed = [(h, n) for h, n, _, _, _ in parties if n in near and not h.entry.generic and _declared_target(doc, h)]
            if len({n for _, n in aimed}) == 1:
                h, name = aimed[0]
                pick = (name, near[name][0], h.span)
        if pick is None or pick[2] is None or _suspect_pair(known, pick, parties):
            continue
        name, inter, span = pick
        if e.actor1:
            e = replace(e, actor2=name, inter2=inter, field_spans=e.field_spans + (("actor2", span),))
        else:
            e = replace(e, actor1=name, inter1=inter, field_spans=e.field_spans + (("actor1", span),))
        out[k] = e
    return out


def _suspect_pair(known: str, pick: tuple, parties) -> bool:
    """"اقتحم مسلحان مبنى المحافظة ... يعتقدون أن المسلحين عضوان في تنظيم الدولة":
    a transnational armed group (IS, al-Qaeda: no country of its own in the lexicon)
    named in a story of unidentified gunmen is who they are suspected, said or claimed
    to be, not the side they fought; it is not set against them for want of another
    party. A group that holds ground in one country (the LNA in Derna) may well be the
    gunmen's target."""
    return known.startswith("Unidentified Armed Group") and any(
        n == pick[0] and h.entry.country is None and not h.entry.generic for h, n, _, _, _ in parties)


def _coded_parties(actors, when, ctx):
    """(hit, name, inter, country, government) of every armed mention, generic role
    phrases included (`state_government`)."""
    from rasid.events.coding import _side

    out = []
    for h in actors:
        if h.entry.kind in ("civilian", "protester", "rioter"):
            continue
        name, inter = _side(h, when, ctx)
        if name:
            out.append((h, name, inter, h.country or h.entry.country or ctx.country, state_government(name)))
    return out


_STATE_NAME = re.compile(r"^(?:Military|Police) Forces of (.+?) \(([0-9]{4}-[0-9]{0,4})\)")


def state_government(name: str):
    """("Israel", "2009-2021") for "Military Forces of Israel (2009-2021) Israeli Air
    Force" and "Police Forces of Israel (2009-2021)": ACLED names one government's
    forces by country and period, so a police force and its army, or an air force and
    its army, are one government, while "Military Forces of Yemen (2017-) Houthi" is
    another than "Military Forces of Yemen (2012-2022)". None for non-state actors."""
    m = _STATE_NAME.match(name or "")
    return (m.group(1), m.group(2)) if m else None


def _adversaries(parties, sides, own, e, ctx, where) -> dict:
    """name → (inter, span of the mention nearest `where`) of the parties named by
    name (no role phrase) that may stand against `sides`: not those sides, not forces
    of their own government, state forces or armed groups (not outside powers,
    peacekeepers or communities), and of the event's country or a side's country (the
    PMF named in an Egyptian story fights no Egyptian police)."""
    place = e.location.place.country if e.location is not None else ctx.country
    countries = {place} | {c for _, n, _, c, _ in parties if n in sides}
    out: dict = {}
    for h, name, inter, country, gov in parties:
        if h.entry.generic or name in sides or inter not in (1, 2, 3) or (gov is not None and gov in own):
            continue
        if h.entry.country is not None and h.entry.country not in countries:
            continue
        best = out.get(name)
        if best is None or abs(h.span.start - where) < abs(best[1].start - where):
            out[name] = (inter, h.span)
    return out


def labels_to_named_group(events, actors, ctx):
    """"قتل 5 مسلحين متشددين خلال تطهير القوات العراقية ..." in a report whose only other
    named armed party is IS ("مسلحي تنظيم داعش المتشدد"): a pejorative label (الإرهابيين،
    المتشددين; `label_only` in actors.yaml) names no group of its own, so it stands for
    the one non-state armed group the article names that may stand against the other
    side (`_adversaries`; political movements excepted), when it names exactly one. The
    evidence points at the mention of that group nearest the label."""
    from dataclasses import replace

    labels = {h.span: h for h in actors if h.entry.label_only}
    if not labels:
        return events
    out = []
    for e in events:
        for n in (1, 2):
            span = next((sp for f, sp in e.field_spans if f == f"actor{n}"), None)
            if span not in labels or ctx.country in dict(labels[span].entry.by_country):
                continue  # "المتمردين" in Yemen already names the Houthis
            other = e.actor2 if n == 1 else e.actor1
            parties = [p for p in _coded_parties(actors, e.event_date, ctx)
                       if p[0].entry.kind != "political" and p[2] in (2, 3)]
            own = {g for g in [state_government(other)] if g is not None}
            groups = _adversaries(parties, {other} if other else set(), own, e, ctx, span.start)
            if len(groups) != 1:
                continue
            name, (inter, where) = next(iter(groups.items()))
            fields = tuple(f for f in e.field_spans if f[0] != f"actor{n}") + ((f"actor{n}", where),)
            e = replace(e, field_spans=fields, **{f"actor{n}": name, f"inter{n}": inter})
        out.append(e)
    return out




def gunmen_of_named_group(events, actors, ctx, doc):
    """"يعتقدون أن المسلحين المتحصنين داخل المبنى عضوان في تنظيم الدولة", "إن المهاجمين
    ينتمون إلى حركة الشباب": unidentified armed men the article says are members of a
    named group (cues.yaml member_of: a word of membership after them, the group right
    after it) are that group, in every event where they are a side. Only when the article
    names one such group; a group named otherwise (suspected, claiming, fought) is not
    filled in (`_suspect_pair`)."""
    from dataclasses import replace

    from rasid.events.coding import _side

    if not any(e.actor1.startswith("Unidentified Armed Group") or e.actor2.startswith("Unidentified Armed Group")
               for e in events):
        return events
    toks = doc.tokens
    words = cue_words("member_of")
    told = None
    named = {}
    for h in actors:
        w = toks[h.tok_start].norm
        w = w[2:] if w.startswith("ال") else w
        if h.entry.id not in ("unidentified", "terrorists") or not w.startswith("مسلح"):
            continue  # armed men, not "هذه الميليشيا تنتمي لحزب العمال" (a side's say about a group)
        s = toks[h.tok_start].sentence
        j = next((j for j in range(h.tok_end, min(h.tok_end + _MEMBER_REACH, len(toks)))
                  if toks[j].sentence == s and (toks[j].norm in words or toks[j].norm[:1] in "وف"
                                                and toks[j].norm[1:] in words)), None)
        if j is None:
            continue
        if told is None:
            told = {toks[min(first_token_from(doc, sp.start), len(toks) - 1)].sentence
                    for e in events for f, sp in e.field_spans if f == "trigger" and sp is not None}
        if not toks[h.tok_start].norm.startswith("ال") and s not in told:
            continue  # new armed men in a sentence of no event of the article: another story's
        g = next((a for a in actors if j < a.tok_start <= j + 3), None)
        if g is None or g.entry.generic or g.entry.kind in ("state", "civilian", "protester", "rioter"):
            continue
        name, inter = _side(g, ctx.published, ctx)
        if name and inter in (2, 3):
            named.setdefault(name, (inter, g.span))
    if len(named) != 1:
        return events
    name, (inter, span) = next(iter(named.items()))
    out = []
    for e in events:
        for n in (1, 2):
            if (getattr(e, f"actor{n}") or "").startswith("Unidentified Armed Group") \
                    and name not in (e.actor1, e.actor2):
                fields = tuple(f for f in e.field_spans if f[0] != f"actor{n}") + ((f"actor{n}", span),)
                e = replace(e, field_spans=fields, **{f"actor{n}": name, f"inter{n}": inter})
        out.append(e)
    return out


_MEMBER_REACH = 6  # words from the gunmen to the word of membership ("المسلحين المتحصنين داخل المبنى هما عضوان")


def _declared_target(doc, hit) -> bool:
    """An actor right after "ضد" or a verb of targeting ("تستهدف", "استهداف"), one
    word between at most, in its sentence: what an operation is declared against."""
    toks = doc.tokens
    marks = cue_words("declared_target_markers")
    for j in range(max(0, hit.tok_start - 2), hit.tok_start):
        w = toks[j].norm
        if toks[j].sentence == toks[hit.tok_start].sentence and (w in marks or (w[:1] in "وفل" and w[1:] in marks)):
            return True
    return False
