"""Wires the stages. The only module that knows their order."""
from __future__ import annotations

from rasid.events.coding import Context, code_frame, is_historical
from rasid.events.frames import fill_frames, held_place
from rasid.events.gate import keeps_report
from rasid.events.reports import (DEMONSTRATIONS, PERSON_FRAMES, REMOTE_FRAMES, VIOLENT, agreement_not_reported,
                                  after_publication, anaphoric, attackers_killed, bombed_protests, broke_out, carried_out,
                                  crowd_acting, dated_later, day_of_telling, happening, has_victims,
                                  listed_kind, narrated, objection, ongoing, past_habit,
                                  pluperfect, recalled_week, sentence_statement, summed_up, timeline_entry, voting,
                                  witnessed)
from rasid.events.triggers import (accident_story, find_triggers, implicit_protests, is_exposure_object, is_possessive,
                                   is_present, may_trigger)
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from rasid.lexicon.data import cue_words
from rasid.text.normalize import normalize_key

from rasid.geo.resolve import find_places
from rasid.geo.scene import elsewhere, government
from rasid.lexicon.matcher import token_forms
from rasid.merge.inarticle import STRIKE_SUBS, Candidate, merge_article, one_per_coding
from rasid.merge.open_sides import state_government, gunmen_of_named_group, labels_to_named_group, open_side_from_article
from rasid.model import Article, Extraction, Mention
from rasid.recognize.actors import find_actors
from rasid.recognize.attribution import find_attributions
from rasid.recognize.quantities import SentenceCounts
from rasid.text.dates import find_dates
from rasid.text.dateline import dateline_end
from rasid.text.document import make_doc, token_at


_last_doc: tuple = (None, None)


def doc_of(article: Article):
    """The Doc the last `extract_article` built, if it was this very article's (the
    store fingerprints an article from its coded tokens: store/dedupe.py), else None."""
    last = _last_doc
    return last[1] if last[0] is article else None


def extract_article(article: Article) -> Extraction:
    """Code one article: text → mentions → frames → events → in-article merge."""
    global _last_doc
    doc = make_doc(article)
    _last_doc = (article, doc)
    forms = token_forms(doc)
    actors = find_actors(doc, forms)
    if not may_trigger(doc, forms) and not any(_protester(a) for a in actors):
        return _without_events(article, doc, actors)
    places = find_places(doc)
    dates = find_dates(doc, article.published) if article.published else ()
    found = actors  # all of them: attributions read actors inside place names too
    actors = _outside_place_names(actors, places)
    named = frozenset(i for a in actors if a.via == "alias" and not _weapon_actor(a)
                      for i in range(a.tok_start, a.tok_end))
    places = tuple(p for p in places if named.isdisjoint(range(p.tok_start, p.tok_end)))
    # governments ("قصفت إسرائيل", "اتهمت موسكو") are no scene, but may be a side
    states = tuple(p for p in places if government(doc, p))
    places = tuple(p for p in places if p not in states and not elsewhere(doc, p, places))
    masked = named | frozenset(i for h in list(places) + list(dates) for i in range(h.tok_start, h.tok_end))
    country = _country(places)
    triggers = find_triggers(doc, masked, forms)
    extra = implicit_protests(doc, actors, triggers, dates)
    if extra:
        triggers = tuple(sorted(triggers + extra, key=lambda t: t.tok_start))
    triggers = accident_story(doc, triggers, actors)
    asserted = [t for t in triggers if t.mode == "asserted" and not t.static]
    auxiliary = tuple(Mention("trigger", t.span, t.frame, t.mode, doc.tokens[t.tok_start].sentence)
                      for t in triggers if t.mode != "asserted")
    # the dateline's city is where the report was filed ("دبي، الإمارات العربية المتحدة
    # (CNN)-- أعلنت وكالة الأنباء الفلسطينية مقتل فلسطيني في غارات على قطاع غزة"): no
    # event's place, in its sentence or as the article's fallback (below)
    filed = dateline_end(doc.text)
    story = tuple(p for p in places if p.location.span.start >= filed) if filed else places
    frames = _frames(doc, asserted, triggers, found, actors, story, dates, forms, states) if asserted else []
    ctx = Context(article.id, article.published, country, article.source_name, doc.text)
    frames = bombed_protests(doc, frames, triggers)
    cands: list[Candidate] = []
    historical = []
    # the words of every toll the sentence tells ("إصابة 4 جنود في انفجار"): its victims
    # are counted, whichever frame took the toll
    tolled = frozenset(i for fr in frames for c in fr.casualties for i in range(c.tok_start, c.tok_end))
    sentenced = None  # sentence_statement(doc), asked once and only when needed
    for f in frames:
        if is_historical(f, ctx) and not timeline_entry(doc, f, places):
            historical.append(Mention("trigger", f.trigger.span, f.frame, "historical", f.sentence))
            continue
        ev = code_frame(f, ctx)
        if ev is None:
            continue
        if (ev.event_type in VIOLENT or ev.event_type in DEMONSTRATIONS and f.place is None) \
                and f.trigger.pos == "verb" and not f.is_title \
                and (f.time is None or f.time_inherited or day_of_telling(doc, f)) and is_present(f.trigger) \
                and not witnessed(doc, f.trigger):
            # "الأنظمة المضادة للصواريخ تستهدف الإرهابيين", "يأتي الطيران فيقصف المعسكرات":
            # violence told in the present with no day of its own is a habit, a policy or
            # a fear; reports tell incidents in the past (headlines aside). So is a
            # demonstration with no place either: "والمتظاهرون يحتجون على غلاء المعيشة" says
            # why they protest ("الآلاف يتظاهرون في عفرين", a linked headline, reports one).
            # The day of the telling ("قال شاهد أمس إن المتظاهرين يحتجون على") is no day of theirs
            historical.append(Mention("event", f.trigger.span, ev.event_type, "habitual", f.sentence))
            continue
        if (f.time is not None and not f.time_inherited and after_publication(ev, article.published)) \
                or dated_later(doc, f, dates, article.published):
            # "وتنظم النقابة مظاهرة يوم الخميس المقبل", "مونديال عام 2010": a day of its own
            # after publication is a plan or an expectation; no report tells what has not
            # happened yet
            historical.append(Mention("event", f.trigger.span, ev.event_type, "planned", f.sentence))
            continue
        if ev.event_type in DEMONSTRATIONS and objection(doc, f):
            # "واحتج السفير أمس لدى الخارجية": an official objection, not a demonstration
            historical.append(Mention("event", f.trigger.span, ev.event_type, "statement", f.sentence))
            continue
        if ev.sub_event_type == "Agreement":
            why = agreement_not_reported(doc, f, ev)
            if why:
                # "بموجب اتفاق أبرمته روسيا", "وقعت قطر على اتفاقية مع حلف شمال الأطلسي"
                historical.append(Mention("event", f.trigger.span, ev.event_type, why, f.sentence))
                continue
        if ev.event_type in DEMONSTRATIONS and voting(doc, f, triggers):
            # "واحتشد الناخبون أمام لجان الاقتراع": a queue of voters, not a demonstration
            historical.append(Mention("event", f.trigger.span, ev.event_type, "voting", f.sentence))
            continue
        if f.frame in PERSON_FRAMES and any(p.tok_start == f.trigger.tok_end and p.location.place.feature == "country"
                                             for p in places):
            # "محاولة لإعادة اغتيال لبنان", "اغتصاب فلسطين": a country is no
            # person to assassinate, abduct or rape
            historical.append(Mention("event", f.trigger.span, ev.event_type, "figurative", f.sentence))
            continue
        if listed_kind(doc, f, triggers):
            historical.append(Mention("event", f.trigger.span, ev.event_type, "generic", f.sentence))
            continue
        if f.agent is None and is_possessive(doc, f.trigger):
            # "صعد ماكين من هجومه على روسيا": "his attack" with no armed side to be his
            historical.append(Mention("event", f.trigger.span, ev.event_type, "unattributed", f.sentence))
            continue
        governor = ongoing(doc, f)
        if governor == "masdar" and f.frame in REMOTE_FRAMES \
                and any(p.frame == "ATTACK" and p.pos == "verb" and p.mode == "asserted" for p in f.parts):
            governor = None  # "هاجم الجيش البلدة ... في تكثيف للقصف": the verb tells the incident
        if governor and not f.is_title and (f.time is None or f.time_inherited or governor == "masdar"):
            # "وتخوض قوات الأمن مواجهات عنيفة ضد الجماعات": a campaign told in the present,
            # with no day of its own
            historical.append(Mention("event", f.trigger.span, ev.event_type, "ongoing", f.sentence))
            continue
        if recalled_week(doc, f):
            # "وفي الأسبوع الماضي استعاد التحالف جانبا كبيرا من عدن": an event known only
            # by a past week, told after the lead, is the story's background
            historical.append(Mention("event", f.trigger.span, ev.event_type, "background", f.sentence))
            continue
        if (f.time is None or f.time_inherited) and not f.is_title and pluperfect(doc, f):
            # "وكانت أعمال الشغب قد اندلعت": background told in the pluperfect, with no day
            historical.append(Mention("event", f.trigger.span, ev.event_type, "background", f.sentence))
            continue
        if (f.time is None or f.time_inherited) and not f.is_title and summed_up(doc, f):
            # "وقتل أمنها المتظاهرين في الشوارع، كل ذلك جرى في أقل من خمسة أشهر": deeds
            # listed and summed up by a comment, not an incident reported
            historical.append(Mention("event", f.trigger.span, ev.event_type, "background", f.sentence))
            continue
        if (f.time is None or f.time_inherited) and not f.is_title and past_habit(doc, f):
            # "حيث كانوا يرتكبون جرائم قتل", "كانا يساندان هجمات الميليشيات": كان with a
            # present verb tells what used to go on, not an incident
            historical.append(Mention("event", f.trigger.span, ev.event_type, "habitual", f.sentence))
            continue
        if (f.trigger.pos == "noun" and not f.trigger.crowd and (f.time is None or f.time_inherited or day_of_telling(doc, f))
                and not f.casualties
                and f.agent is None and (f.target is None or (ev.event_type in VIOLENT and not carried_out(doc, f.trigger)
                                                         and tolled.isdisjoint(range(f.target.tok_start, f.target.tok_end))))
                and not f.parts and not f.is_title and not f.trigger.reference
                and not (f.place is not None and (happening(doc, f, ev.event_type in VIOLENT)
                                                   or is_exposure_object(doc, f.trigger)))
                and not broke_out(doc, f, ev)):
            # "ملابسات اغتيال الحريري", "تفجيرات انتحارية": an event noun with no day, no
            # side and no victims of its own names an event, it does not report one. Its
            # object alone does not make it a report ("اتهمت الاستخبارات بخطف عسكري",
            # "سلسلة ضربات جوية على أهداف إيرانية": a name, an accusation, a scenario)
            # unless the noun is the action of "قام X بـ" ("قام مسلحون بخطف مسؤول")
            historical.append(Mention("event", f.trigger.span, ev.event_type, "unanchored", f.sentence))
            continue
        if f.time is None and f.place is None and not f.is_title and not f.trigger.reference \
                and not crowd_acting(doc, f) and not has_victims(f) and not narrated(f, ev) and not broke_out(doc, f, ev):
            # neither a day nor a place of its own: background ("the coalition strikes
            # Houthi positions"), not a codable incident
            historical.append(Mention("event", f.trigger.span, ev.event_type, "unanchored", f.sentence))
            continue
        if sentenced is not False and (sentenced := sentence_statement(doc)):
            # "تنفيذ حكم القتل قصاصاً في أحد الجناة ... أقدم على قتل": the crime and the
            # arrest a statement of an executed sentence recalls, from before the trial
            # (a day in the lead, "نفذت الوزارة أمس حكم القتل", dates the execution)
            historical.append(Mention("event", f.trigger.span, ev.event_type, "background", f.sentence))
            continue
        if not keeps_report(doc, f, ev):
            # past every rule, an assault the learned gate finds unlikely to be a report
            # (events/gate.py: commentary or background no construction marks)
            historical.append(Mention("event", f.trigger.span, ev.event_type, "unlikely_report", f.sentence))
            continue
        if attackers_killed(doc, f):
            cands.append(Candidate(replace(ev, claimed_by=""), f, True, f.is_title, f.time is None))
            continue
        cands.append(Candidate(ev, f, f.trigger.reference or anaphoric(doc, f), f.is_title, f.time is None))
    events, _dropped = merge_article(cands, _strike_sentences(doc, triggers))
    events = _fill_missing_places(events, story)
    events = _sharpen_country_places(doc, events, story)
    events = _continue_strikers(events, article.source_name)
    # who holds a place ("دوما الخاضعة لسيطرة جيش الإسلام") is named, not shown fighting
    acting = [a for a in actors if not held_place(doc, a)]
    events = labels_to_named_group(events, acting, ctx)
    events = gunmen_of_named_group(events, acting, ctx, doc)
    events = open_side_from_article(events, acting, ctx, doc)
    events = _struck_unnamed(events, triggers)  # (after the sides the article's other events fill)
    events = one_per_coding(events)  # (after the sides the article fills)
    return Extraction(article, tuple(events), _actor_mentions(doc, actors), _warnings(dates),
                      auxiliary + tuple(historical))


def _frames(doc, asserted, triggers, found, actors, places, dates, forms, states=()) -> list:
    """The frames of the asserted triggers, with the counts, casualties and
    attributions they draw on: those are looked for only when some trigger is
    asserted (with none, there is no frame to fill)."""
    # the casualties of the trigger sentences alone: fill_frames reads no other
    # (and asks `counts` for the counts next to a frame's words when it needs them)
    counts = SentenceCounts(doc, {doc.tokens[t.tok_start].sentence for t in asserted})
    casualties = counts.casualties
    attributions = find_attributions(doc, found, forms)
    muted = {i for t in triggers if t.mode != "asserted" for i in range(t.tok_start, t.tok_end)}
    if muted:  # a death count inside a tally or a threat is not this article's fatalities
        casualties = tuple(k for k in casualties if not any(i in muted for i in range(k.tok_start, k.tok_end)))
        places = _unrealised_places(doc, triggers, places)
    return fill_frames(doc, asserted, actors, places, dates, casualties, attributions, counts, states)


_UNREALISED = frozenset({"planned", "threatened", "hypothetical"})
_TO_PLACE = frozenset({"في", "علي", "ضد", "داخل", "الي"})  # normalised: على، إلى
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})
_RELATIVE_REACH = 4  # words from the relative pronoun to the unrealised event


def _unrealised_places(doc, triggers, places) -> tuple:
    """"قتلت عددا من المسلحين الذين كانوا يخططون لشن هجمات في العراق": the place told
    right after an event that was only planned, threatened or supposed, in a relative
    clause about someone of the sentence, is where that event would have been, not
    where the asserted ones happened. (Without the relative clause, "تستعد دمشق لشن هجوم
    لاستعادة إدلب", the planned event's place is the campaign's own.)"""
    toks = doc.tokens
    ends = {t.tok_end: toks[t.tok_start].sentence for t in triggers if t.mode in _UNREALISED
            and any(toks[j].norm in _RELATIVES and toks[j].sentence == toks[t.tok_start].sentence
                    for j in range(max(0, t.tok_start - _RELATIVE_REACH), t.tok_start))}
    if not ends:
        return places

    def unrealised(p) -> bool:
        j = p.tok_start
        while j - 1 >= 0 and toks[j - 1].norm in _TO_PLACE and p.tok_start - j < 2:
            j -= 1
        return ends.get(j) == toks[p.tok_start].sentence
    return tuple(p for p in places if not unrealised(p))


def _protester(actor) -> bool:
    """Named protesters or rioters: `implicit_protests` may make them a trigger."""
    return actor.entry.kind in ("protester", "rioter") and actor.via == "alias"


def _without_events(article: Article, doc, actors) -> Extraction:
    """The extraction of an article in which nothing can trigger an event (no trigger
    word, no split verb, no named protesters): no events and no auxiliary mentions,
    so counts, casualties, attributions and frames are not looked for. Its actor
    mentions and date warnings are those extract_article gives; places are needed
    only to drop generic actors inside a place's name."""
    if any(a.entry.generic for a in actors):
        actors = _outside_place_names(actors, find_places(doc))
    dates = find_dates(doc, article.published) if article.published else ()
    return Extraction(article, (), _actor_mentions(doc, actors), _warnings(dates), ())


def _outside_place_names(actors, places) -> tuple:
    """"قوات سوريا الديمقراطية" names an actor, not the country Syria; "ود مدني" a
    city, not civilians: a generic actor all inside a place of several words is none."""
    in_places = frozenset(i for p in places if p.tok_end - p.tok_start > 1 for i in range(p.tok_start, p.tok_end))
    return tuple(a for a in actors if not (a.entry.generic and all(i in in_places for i in range(a.tok_start, a.tok_end))))


def _actor_mentions(doc, actors) -> tuple:
    return tuple(Mention("actor", a.span, a.entry.id, a.via, doc.tokens[a.tok_start].sentence,
                         a.tok_start, a.tok_end) for a in actors)


_STRIKE_FRAMES = ("AIRSTRIKE", "DRONE_STRIKE", "SHELLING_OR_AIR", "SHELLING")


def _strike_sentences(doc, triggers) -> frozenset:
    """The sentences that tell an air strike or shelling, as news or as a back-reference
    ("وأسفرت الضربة الجوية عن مقتل 14"), and no fight: a bare toll there counts the
    strike's dead (merge.inarticle._tolls_of_strikes)."""
    told = [(doc.tokens[t.tok_start].sentence, t.frame) for t in triggers if t.mode == "asserted"]
    fights = {s for s, f in told if f == "CLASH"}
    return frozenset(s for s, f in told if f in _STRIKE_FRAMES and s not in fights)


def _warnings(dates) -> tuple:
    return tuple(d.time.warning for d in dates if d.time.warning)




def _weapon_actor(hit) -> bool:
    """"طائرة مسيّرة إسرائيلية" names both a weapon (the trigger) and whose it is (the
    actor): such spans must not hide the trigger."""
    entry = getattr(hit, "entry", None)
    if entry is None:
        return False
    return entry.role == "air_force" or entry.unattributed or _weapon_text(hit.span.text)


@lru_cache(maxsize=65536)
def _weapon_text(text: str) -> bool:
    """Is the text, normalised, a weapon word, with or without a proclitic?"""
    words = cue_words("weapon_actor_words")
    key = normalize_key(text)
    return key in words or any(
        key[len(p):] in words for p in ("بال", "وبال", "لل", "وال", "ال", "ب") if key.startswith(p))


def _country(places) -> str | None:
    """The country most of the article's places are in (country names count half):
    it names generic actors ("Civilians (Syria)") and resolves "الجيش"."""
    votes: Counter = Counter()
    for h in places:
        votes[h.location.place.country] += 0.5 if h.location.place.feature == "country" else 1
    return votes.most_common(1)[0][0] if votes else None


def _continue_strikers(events, publisher=None):
    """"واصلت مقاتلات التحالف استهداف مواقع الحوثي ... واستهدفت الغارات تجمعات في باجل":
    strikes told without their author on the day the article named one carry that
    author, when it named exactly one; not one that another named source gives later
    ("قال المرصد ... مقتل 20 مدنيا في القصف على دوما" is not the shelling of Damascus
    "نفذته فصائل معارضة" that the state news agency tells further on)."""
    authors: dict = {}
    for e in events:
        if e.sub_event_type in ("Air/drone strike", "Shelling/artillery/missile attack") and e.actor1:
            span = next((sp for k, sp in e.field_spans if k == "actor1"), None)
            # a dict, not a set: the first author told is taken, whatever the hash seed
            authors.setdefault((e.sub_event_type, e.event_date), {})[(e.actor1, e.inter1, span, e.source)] = None
    out = []
    for e in events:
        known = authors.get((e.sub_event_type, e.event_date))
        told_by = _named_sources(e.source, publisher)
        trig = next((sp for k, sp in e.field_spans if k == "trigger"), None)
        if known and told_by and trig is not None:
            known = [k for k in known if k[2] is None or k[2].start < trig.start or not _named_sources(k[3], publisher)
                     or _named_sources(k[3], publisher) & told_by]
        if not e.actor1 and known and len({k[0] for k in known}) == 1:
            name, inter, span, _ = next(iter(known))
            if name != e.actor2 and span is not None:
                e = replace(e, actor1=name, inter1=inter, field_spans=e.field_spans + (("actor1", span),))
        out.append(e)
    return out


def _struck_unnamed(events, triggers):
    """"بمقتل 51 من داعش جراء قصف طائرات التحالف ... وأشار إلى مقتل 11 منهم جراء استهداف
    مبنى في الميادين": in a story that tells strikes and no fight, a killing or an attack
    told with no doer, whose only side is the side that one author's strikes hit that
    day, is another of those strikes, not a battle (it is coded as a battle only because
    its victims were armed): it takes the strike's kind and author."""
    if not any(t.mode == "asserted" and t.frame in _STRIKE_FRAMES for t in triggers) \
            or any(t.mode == "asserted" and t.frame == "CLASH" for t in triggers):
        return events
    out = []
    for e in events:
        if e.event_type == "Battles" and e.sub_event_type == "Armed clash" and not e.actor1 and e.actor2:
            strikes = {(s.sub_event_type, s.actor1, s.inter1): s for s in events
                       if s.event_type == "Explosions/Remote violence" and s.sub_event_type in STRIKE_SUBS
                       and s.actor1 and s.actor2 == e.actor2 and s.event_date == e.event_date}
            if len(strikes) == 1:
                s = next(iter(strikes.values()))
                span = next((sp for k, sp in s.field_spans if k == "actor1"), None)
                e = replace(e, event_type=s.event_type, sub_event_type=s.sub_event_type, actor1=s.actor1,
                            inter1=s.inter1, plover_event=s.plover_event, plover_mode=s.plover_mode,
                            field_spans=e.field_spans + ((("actor1", span),) if span is not None else ()))
        out.append(e)
    return out


def _named_sources(source: str, publisher) -> set:
    """The sources an event's `source` names besides the publisher ("X; france24")."""
    return {p for p in (source or "").split("; ") if p and p != publisher}


def _sharpen_country_places(doc, events, places):
    """An event placed only at a country ("في سوريا") happened where the report is: the
    first more precise place of the same country in its sentence, else its paragraph,
    else the headline, else the article. ACLED codes the most precise place the report
    supports; the evidence then points at that place's words."""
    specific = [p for p in places if p.location.place.feature != "country"]
    if not specific:
        return events
    toks = doc.tokens
    out = []
    for e in events:
        loc = e.location
        if loc is None or loc.place.feature not in ("country", "admin1"):
            out.append(e)
            continue
        trig = next((sp for k, sp in e.field_spans if k == "trigger"), None)
        at = token_at(doc, trig.start) if trig is not None else None
        sent = toks[at].sentence if at is not None else None
        para = doc.sentences[sent].paragraph if sent is not None else None
        if loc.place.feature == "admin1":
            # "معارك في محافظة أبين مما أدى إلى طردهم من مدينة لودر": a town of that
            # province in the event's own sentence
            pick = next((p for p in specific if toks[p.tok_start].sentence == sent and p.location.place.feature != "admin1"
                         and p.location.place.country == loc.place.country
                         and p.location.place.admin1 and p.location.place.admin1 == loc.place.admin1), None)
            if pick is not None:
                fields = tuple(f for f in e.field_spans if f[0] != "location") + (("location", pick.location.span),)
                e = replace(e, location=pick.location, field_spans=fields)
            out.append(e)
            continue
        same = [p for p in specific if p.location.place.country == loc.place.country]
        pick = (next((p for p in same if toks[p.tok_start].sentence == sent), None)
                or next((p for p in same if doc.sentences[toks[p.tok_start].sentence].paragraph == para), None)
                or next((p for p in same if doc.sentences[toks[p.tok_start].sentence].is_title), None)
                or (same[0] if same else None))
        if pick is not None:
            fields = tuple(f for f in e.field_spans if f[0] != "location") + (("location", pick.location.span),)
            e = replace(e, location=pick.location, field_spans=fields)
        out.append(e)
    return out


def _fill_missing_places(events, places):
    """An event whose own clause names no place happened where the article's story
    is: the first place the article names (ACLED codes the most specific place the
    report supports; we never invent one beyond that)."""
    if not places:
        return events
    main = places[0].location
    story = _country(places)
    towns = sum(1 for p in places if p.location.place.country == story and p.location.place.feature != "country")
    if main.place.feature == "country" and main.place.country != story and towns >= 2:
        # "شنت إسرائيل غارات ... في سوريا": a country first named as the home of an army
        # is where that army comes from; the army's event with no place of its own
        # happened where the story's places are: the first town or province of the
        # story's country (a police acts at home: "اعتقلت السلطات اللبنانية" stays in
        # Lebanon; a story whose country is told by country names or by one town, "أوفا
        # (في روسيا)" where an accord was signed, keeps the first)
        abroad = next((p.location for p in places if p.location.place.country == story
                       and p.location.place.feature != "country"), None)
    else:
        abroad = None
    out = []
    for e in events:
        if e.location is None:
            loc = abroad if abroad is not None and _home_side(e, main.place.country) else main
            e = replace(e, location=loc, field_spans=e.field_spans + (("location", loc.span),))
        out.append(e)
    return out


def _home_side(event, country: str) -> bool:
    """Is a side of the event the army of `country` ("Military Forces of Israel
    (2009-2021) Israeli Air Force")? A police force ("Police Forces of Lebanon") is not
    asked: it acts at home."""
    return any(a.startswith("Military Forces of ") and state_government(a) and state_government(a)[0] == country
               for a in (event.actor1, event.actor2))
