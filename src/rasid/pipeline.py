"""Wires the stages. The only module that knows their order."""
from __future__ import annotations

from rasid.events.coding import Context, code_frame, is_historical
from rasid.events.frames import fill_frames, held_place
from rasid.events.triggers import (find_triggers, implicit_protests, is_exposure_object, is_narrated, is_possessive,
                                   is_present, may_trigger)
from collections import Counter
from functools import lru_cache

from rasid.lexicon.data import load_yaml
from rasid.text.normalize import normalize_key

from rasid.geo.resolve import find_places
from rasid.lexicon.matcher import token_forms
from rasid.merge.inarticle import Candidate, merge_article
from rasid.merge.open_sides import labels_to_named_group, open_side_from_article
from rasid.model import Article, Extraction, Mention, replace
from rasid.recognize.actors import find_actors
from rasid.recognize.attribution import find_attributions
from rasid.recognize.quantities import find_casualties
from rasid.text.dates import find_dates
from rasid.text.dateline import dateline_end
from rasid.text.document import make_doc, sentence_tokens, token_norms
from rasid.text.numbers import find_quantities
from rasid.text.segment import bare_word


def extract_article(article: Article) -> Extraction:
    """Code one article: text → mentions → frames → events → in-article merge."""
    doc = make_doc(article)
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
    places = tuple(p for p in places if not any(i in named for i in range(p.tok_start, p.tok_end))
                   and not _government(doc, p) and not _neighbour(doc, p) and not _destination(doc, p))
    masked = named | frozenset(i for h in list(places) + list(dates) for i in range(h.tok_start, h.tok_end))
    country = _country(places)
    triggers = find_triggers(doc, masked, forms)
    extra = implicit_protests(doc, actors, triggers, dates)
    if extra:
        triggers = tuple(sorted(triggers + extra, key=lambda t: t.tok_start))
    asserted = [t for t in triggers if t.mode == "asserted" and not t.static]
    auxiliary = tuple(Mention("trigger", t.span, t.frame, t.mode, doc.tokens[t.tok_start].sentence)
                      for t in triggers if t.mode != "asserted")
    frames = _frames(doc, asserted, triggers, found, actors, places, dates, forms) if asserted else []
    ctx = Context(article.id, article.published, country, article.source_name, doc.text)
    frames = _bombed_protests(doc, frames, triggers)
    cands: list[Candidate] = []
    historical = []
    # the words of every toll the sentence tells ("إصابة 4 جنود في انفجار"): its victims
    # are counted, whichever frame took the toll
    tolled = frozenset(i for fr in frames for c in fr.casualties for i in range(c.tok_start, c.tok_end))
    for f in frames:
        if is_historical(f, ctx) and not _timeline_entry(doc, f, places):
            historical.append(Mention("trigger", f.trigger.span, f.frame, "historical", f.sentence))
            continue
        ev = code_frame(f, ctx)
        if ev is None:
            continue
        if (ev.event_type in _VIOLENT or ev.event_type in _DEMONSTRATIONS and f.place is None) \
                and f.trigger.pos == "verb" and not f.is_title \
                and (f.time is None or f.time_inherited or _day_of_telling(doc, f)) and is_present(f.trigger) \
                and not _witnessed(doc, f.trigger):
            # "الأنظمة المضادة للصواريخ تستهدف الإرهابيين", "يأتي الطيران فيقصف المعسكرات":
            # violence told in the present with no day of its own is a habit, a policy or
            # a fear; reports tell incidents in the past (headlines aside). So is a
            # demonstration with no place either: "والمتظاهرون يحتجون على غلاء المعيشة" says
            # why they protest ("الآلاف يتظاهرون في عفرين", a linked headline, reports one).
            # The day of the telling ("قال شاهد أمس إن المتظاهرين يحتجون على") is no day of theirs
            historical.append(Mention("event", f.trigger.span, ev.event_type, "habitual", f.sentence))
            continue
        if (f.time is not None and not f.time_inherited and _after_publication(ev, article.published)) \
                or _dated_later(doc, f, dates, article.published):
            # "وتنظم النقابة مظاهرة يوم الخميس المقبل", "مونديال عام 2010": a day of its own
            # after publication is a plan or an expectation; no report tells what has not
            # happened yet
            historical.append(Mention("event", f.trigger.span, ev.event_type, "planned", f.sentence))
            continue
        if ev.event_type in _DEMONSTRATIONS and _objection(doc, f):
            # "واحتج السفير أمس لدى الخارجية": an official objection, not a demonstration
            historical.append(Mention("event", f.trigger.span, ev.event_type, "statement", f.sentence))
            continue
        if ev.event_type in _DEMONSTRATIONS and _voting(doc, f, triggers):
            # "واحتشد الناخبون أمام لجان الاقتراع": a queue of voters, not a demonstration
            historical.append(Mention("event", f.trigger.span, ev.event_type, "voting", f.sentence))
            continue
        if f.frame in _PERSON_FRAMES and any(p.tok_start == f.trigger.tok_end and p.location.place.feature == "country"
                                             for p in places):
            # "محاولة لإعادة اغتيال لبنان", "اغتصاب فلسطين": a country is no
            # person to assassinate, abduct or rape
            historical.append(Mention("event", f.trigger.span, ev.event_type, "figurative", f.sentence))
            continue
        if _listed_kind(doc, f, triggers):
            historical.append(Mention("event", f.trigger.span, ev.event_type, "generic", f.sentence))
            continue
        if f.agent is None and is_possessive(doc, f.trigger):
            # "صعد ماكين من هجومه على روسيا": "his attack" with no armed side to be his
            historical.append(Mention("event", f.trigger.span, ev.event_type, "unattributed", f.sentence))
            continue
        governor = _ongoing(doc, f)
        if governor == "masdar" and f.frame in _REMOTE_FRAMES \
                and any(p.frame == "ATTACK" and p.pos == "verb" and p.mode == "asserted" for p in f.parts):
            governor = None  # "هاجم الجيش البلدة ... في تكثيف للقصف": the verb tells the incident
        if governor and not f.is_title and (f.time is None or f.time_inherited or governor == "masdar"):
            # "وتخوض قوات الأمن مواجهات عنيفة ضد الجماعات": a campaign told in the present,
            # with no day of its own
            historical.append(Mention("event", f.trigger.span, ev.event_type, "ongoing", f.sentence))
            continue
        if (f.time is None or f.time_inherited) and not f.is_title and _pluperfect(doc, f):
            # "وكانت أعمال الشغب قد اندلعت": background told in the pluperfect, with no day
            historical.append(Mention("event", f.trigger.span, ev.event_type, "background", f.sentence))
            continue
        if (f.time is None or f.time_inherited) and not f.is_title and _past_habit(doc, f):
            # "حيث كانوا يرتكبون جرائم قتل", "كانا يساندان هجمات الميليشيات": كان with a
            # present verb tells what used to go on, not an incident
            historical.append(Mention("event", f.trigger.span, ev.event_type, "habitual", f.sentence))
            continue
        if (f.trigger.pos == "noun" and not f.trigger.crowd and (f.time is None or f.time_inherited or _day_of_telling(doc, f))
                and not f.casualties
                and f.agent is None and (f.target is None or (ev.event_type in _VIOLENT and not _carried_out(doc, f.trigger)
                                                         and tolled.isdisjoint(range(f.target.tok_start, f.target.tok_end))))
                and not f.parts and not f.is_title and not f.trigger.reference
                and not (f.place is not None and (_happening(doc, f, ev.event_type in _VIOLENT)
                                                   or is_exposure_object(doc, f.trigger)))
                and not _broke_out(doc, f, ev)):
            # "ملابسات اغتيال الحريري", "تفجيرات انتحارية": an event noun with no day, no
            # side and no victims of its own names an event, it does not report one. Its
            # object alone does not make it a report ("اتهمت الاستخبارات بخطف عسكري",
            # "سلسلة ضربات جوية على أهداف إيرانية": a name, an accusation, a scenario)
            # unless the noun is the action of "قام X بـ" ("قام مسلحون بخطف مسؤول")
            historical.append(Mention("event", f.trigger.span, ev.event_type, "unanchored", f.sentence))
            continue
        if f.time is None and f.place is None and not f.is_title and not f.trigger.reference \
                and not _crowd_acting(doc, f) and not _has_victims(f) and not _narrated(f, ev) and not _broke_out(doc, f, ev):
            # neither a day nor a place of its own: background ("the coalition strikes
            # Houthi positions"), not a codable incident
            historical.append(Mention("event", f.trigger.span, ev.event_type, "unanchored", f.sentence))
            continue
        cands.append(Candidate(ev, f, f.trigger.reference or _anaphoric(doc, f), f.is_title, f.time is None))
    events, _dropped = merge_article(cands)
    # the dateline's city is where the report was filed: no fallback place for an event
    filed = dateline_end(doc.text)
    story = tuple(p for p in places if p.location.span.start >= filed)
    events = _fill_missing_places(events, story)
    events = _sharpen_country_places(doc, events, story)
    events = _continue_strikers(events)
    # who holds a place ("دوما الخاضعة لسيطرة جيش الإسلام") is named, not shown fighting
    acting = [a for a in actors if not held_place(doc, a)]
    events = labels_to_named_group(events, acting, ctx)
    events = open_side_from_article(events, acting, ctx, doc)
    return Extraction(article, tuple(events), _actor_mentions(doc, actors), _warnings(dates),
                      auxiliary + tuple(historical))


def _frames(doc, asserted, triggers, found, actors, places, dates, forms) -> list:
    """The frames of the asserted triggers, with the counts, casualties and
    attributions they draw on: those are looked for only when some trigger is
    asserted (with none, there is no frame to fill)."""
    quantities = find_quantities(doc)
    casualties = find_casualties(doc, quantities)
    attributions = find_attributions(doc, found, forms)
    muted = {i for t in triggers if t.mode != "asserted" for i in range(t.tok_start, t.tok_end)}
    if muted:  # a death count inside a tally or a threat is not this article's fatalities
        casualties = tuple(k for k in casualties if not any(i in muted for i in range(k.tok_start, k.tok_end)))
    return fill_frames(doc, asserted, actors, places, dates, casualties, attributions, quantities)


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


def _warnings(dates) -> tuple:
    return tuple(d.time.warning for d in dates if d.time.warning)


@lru_cache(maxsize=1)
def _government_verbs() -> frozenset:
    return frozenset(normalize_key(w) for w in load_yaml("cues.yaml").get("government_verbs") or [])


@lru_cache(maxsize=1)
def _capitals() -> frozenset:
    from rasid.geo.countries import all_countries
    return frozenset((c.name, c.capital) for c in all_countries())


def _government(doc, hit) -> bool:
    """"الذي تصنفه أنقرة تنظيماً إرهابياً", "اتهمت موسكو": a capital named bare (no
    preposition or cue) as the subject of a verb of stating or deciding is its
    government speaking, not a place where the event happened."""
    place = hit.location.place
    if hit.cue or not (place.feature == "country" or (place.country, place.name) in _capitals()):
        return False
    toks = doc.tokens
    tok = toks[hit.tok_start]
    if _preposed(tok):
        return False
    verbs = _government_verbs()
    after = toks[hit.tok_end] if hit.tok_end < len(toks) and toks[hit.tok_end].sentence == tok.sentence else None
    if after is not None and after.norm in verbs and not tok.prefix.startswith("و"):
        return True  # "موسكو تتهم"
    # "تصنفه أنقرة والاتحاد الأوروبي والولايات المتحدة": back to the verb over names only
    for j in range(hit.tok_start - 1, max(-1, hit.tok_start - 7), -1):
        w = toks[j]
        if w.sentence != tok.sentence or w.norm in _PLACE_PREPOSITIONS or _preposed(w):
            return False
        if w.norm in verbs or (w.norm[1:] in verbs and w.norm[0] in "وف"):
            return True
        if j == hit.tok_start - 1 and len(w.norm) >= 5 and w.norm.endswith(("تها", "ته", "تهم")) and not w.prefix:
            return True  # "عملية عسكرية بدأتها أنقرة": the capital is the verb's subject
        if j == hit.tok_start - 1 and j > 0 and toks[j - 1].norm in ("الذي", "التي", "الذين") \
                and w.norm.endswith(("ه", "ها", "هم")) and w.norm[:1] in ("ت", "ي"):
            return True  # "التحالف الذي تقوده الولايات المتحدة": who leads it, not where
        if "،" in doc.text[w.end:toks[j + 1].start] or "," in doc.text[w.end:toks[j + 1].start]:
            return False
        if not w.norm.startswith(("و", "ال")) or w.norm in ("ان", "وان"):
            return False  # only over other names of the list ("والاتحاد الأوروبي"), not "قال مسؤولون إن"
    return False


def _neighbour(doc, hit) -> bool:
    """"على مقربة من الحدود مع الأردن": the country across the border is not where the
    event was; nor is the patron in "الموالية لإيران", "المدعومة من تركيا"."""
    if hit.location.place.feature != "country":
        return False
    toks = doc.tokens
    i = hit.tok_start
    if i >= 1 and toks[i - 1].norm in _ALLEGIANCE:
        return True  # "المدعومين من إيران" written with من
    if i >= 1 and toks[i].prefix[:1] == "ل" and toks[i - 1].norm in _ALLEGIANCE:
        return True
    if i >= 2 and toks[i - 1].norm == "من" and toks[i - 2].norm in _ALLEGIANCE:
        return True
    return i >= 2 and toks[i - 1].norm == "مع" and _bare_word(toks[i - 2].norm) in ("الحدود", "حدود", "الحدوديه")


def _destination(doc, hit) -> bool:
    """"تعزيزات كانت متجهة إلى محافظة تعز": where a force was heading is not where the
    event was (a cue word such as محافظة may stand between)."""
    toks = doc.tokens
    for j in range(hit.tok_start - 1, max(0, hit.tok_start - 3) - 1, -1):
        if toks[j].sentence != toks[hit.tok_start].sentence:
            return False
        if toks[j].norm in ("الي", "نحو", "باتجاه"):
            return j >= 1 and _bare_word(toks[j - 1].norm) in _ongoing_words("heading_words")
    return False


_ALLEGIANCE = frozenset({"المواليه", "الموالي", "الموالين", "مواليه", "موالي", "موالين", "المدعومه", "المدعوم",
                         "المدعومين", "مدعومه", "مدعومين", "التابعه", "التابع", "المقربه", "الحليفه", "حليفه"})


def _bare_word(w: str) -> str:
    return w[1:] if w[:1] in ("و", "ب", "ل") and len(w) > 4 else w


def _preposed(tok) -> bool:
    """A preposition clitic (ب ل ك) on the word: "بأنقرة" is where, not who."""
    p = tok.prefix[:-2] if tok.prefix.endswith("ال") else tok.prefix
    return any(ch in p for ch in "بلك")


_PLACE_PREPOSITIONS = frozenset({"في", "علي", "من", "الي", "قرب", "داخل", "عند", "نحو", "باتجاه", "تجاه", "ضد"})


@lru_cache(maxsize=1)
def _happening_verbs() -> frozenset:
    return frozenset(normalize_key(w) for w in load_yaml("cues.yaml").get("happening_verbs") or [])


def _happening(doc, frame, after: bool = False) -> bool:
    """"تواصلت الاحتجاجات", "اندلعت اشتباكات": a verb of taking place right before the
    event noun (or before its adjective's noun); with `after`, also right after it, the
    noun its subject ("اثنين من التفجيرات وقعا في سوق", "انفجار قوي وقع في")."""
    toks = doc.tokens
    i = frame.trigger.tok_start
    end = frame.trigger.tok_end
    verbs = _happening_verbs()
    return any(toks[j].sentence == toks[i].sentence and (toks[j].norm in verbs or toks[j].norm[1:] in verbs
                                                          and toks[j].norm[:1] in ("و", "ف"))
               for j in range(max(0, i - 2), i)) \
        or after and any(toks[j].sentence == toks[i].sentence and _bare_happening(toks[j].norm, verbs)
               for j in range(end, min(len(toks), end + 2)))


def _bare_happening(w: str, verbs: frozenset) -> bool:
    """A verb of taking place, also in the dual ("وقعا", "اندلعتا")."""
    return w in verbs or (w.endswith("ا") and w[:-1] in verbs) or (w.endswith("تا") and w[:-2] + "ت" in verbs)


def _after_publication(event, published) -> bool:
    """Is the event's own time after the publication day, at the precision it was told
    with? A day or a week is compared as a day; a month or a year only by its year
    ("هذا الشهر" stands at the month's middle, "عام 2008" at its first of July)."""
    if published is None:
        return False
    if event.time_precision <= 2:
        return event.event_date > published
    return event.event_date.year > published.year


def _dated_later(doc, frame, dates, published) -> bool:
    """"وأعلنت النقابة أمس إضرابا يبدأ الأحد المقبل": an event noun whose own words
    (at most a verb of starting between, within three words) give it a day after
    publication is planned, whatever day the sentence's verb was told on (that day,
    "أمس", dates the announcement)."""
    t = frame.trigger
    if published is None or t.pos != "noun" or (frame.time is not None and frame.time.tok_start > t.tok_start):
        return False
    s = doc.tokens[t.tok_start].sentence
    return any(t.tok_end <= d.tok_start <= t.tok_end + 3 and doc.tokens[d.tok_start].sentence == s
               and (d.time.date > published if d.time.time_precision <= 2 else d.time.date.year > published.year)
               for d in dates)


def _objection(doc, frame) -> bool:
    """"واحتج السفير الفرنسي أمس لدى الخارجية", "احتجت إيران على العقوبات": "احتج" said
    by one official, a ministry or a state is an objection, a statement; ACLED codes
    demonstrations, people gathered in public. It tells a protest when people protest:
    named protesters or civilians as its side, a plural verb ("احتجوا"), a crowd word,
    a count or a civilian noun as its subject ("احتج مئات العمال", "العمال احتجوا"), or
    a place people gather at ("احتج المزارعون أمام مبنى البرلمان")."""
    t = frame.trigger
    head = normalize_key(t.span.text).split()[0]
    if t.pos != "verb" or head not in _ongoing_words("objection_verbs") or head.endswith("وا"):
        return False
    if frame.agent is not None and frame.agent.entry.kind in ("protester", "rioter", "civilian"):
        return False
    toks = doc.tokens
    s = toks[t.tok_start].sentence
    people = _ongoing_words("crowd") | _ongoing_words("crowd_counts") | _ongoing_words("civilian_victims")
    for j in (t.tok_start - 1, t.tok_end, t.tok_end + 1):
        if 0 <= j < len(toks) and toks[j].sentence == s:
            w = toks[j].norm
            for p in ("وال", "ال", "و"):
                if w.startswith(p) and len(w) - len(p) >= 2:
                    w = w[len(p):]
                    break
            if w in people or w.isdigit():
                return False
    sites = _ongoing_words("protest_sites")  # "احتج المزارعون أمام مبنى البرلمان": people gathered
    return not any(toks[j].sentence == s and toks[j].norm in sites for j in range(t.tok_end, min(len(toks), t.tok_end + 6)))


def _voting(doc, frame, triggers) -> bool:
    """"واحتشد المصريون أمام لجان الاقتراع", "وتجمع الناخبون أمام مراكز التصويت منذ
    الصباح": people gathering (cues.yaml gathering_verbs) where or to vote (voting_words,
    within eight words after the verb) are voters, not demonstrators; a protest word in
    the sentence ("تظاهروا أمام مراكز الاقتراع", "احتشدوا ... احتجاجا على التزوير")
    still tells a protest."""
    t = frame.trigger
    toks = doc.tokens
    if t.pos != "verb" or bare_word(toks[t.tok_start].norm) not in _ongoing_words("gathering_verbs") \
            and toks[t.tok_start].norm not in _ongoing_words("gathering_verbs"):
        return False
    s = toks[t.tok_start].sentence
    if any(u is not t and u.frame in ("PROTEST", "RIOT") and toks[u.tok_start].sentence == s for u in triggers):
        return False
    words = _ongoing_words("voting_words")
    if not any(toks[j].sentence == s and (toks[j].norm in words or bare_word(toks[j].norm) in words)
               for j in range(t.tok_end, min(len(toks), t.tok_end + 8))):
        return False
    purposes = _ongoing_words("protest_purposes")
    return not any(toks[j].norm in purposes or bare_word(toks[j].norm) in purposes for j in sentence_tokens(doc, s))


def _broke_out(doc, frame, event) -> bool:
    """"إن مظاهرة غاضبة اندلعت في الحي", "مسيرة حاشدة جرت": an indefinite protest noun
    that a verb of taking place follows (after at most its adjective) is the subject of
    that verb, a protest narrated as having happened, with or without a day or place of
    its own; a definite one ("المظاهرة") points back at a protest already told. So is
    one that a past verb of holding governs, its subject between them ("ونظم عشرات
    المعلمين وقفة احتجاجية", "نفذ العمال إضرابا"; cues.yaml holding_verbs)."""
    toks = doc.tokens
    t = frame.trigger
    if event.event_type not in _DEMONSTRATIONS or t.pos != "noun":
        return False
    if _dispersed(doc, t):
        return True
    tok = toks[t.tok_start]
    if "ال" in tok.prefix or tok.norm.startswith("ال"):
        return False
    verbs, holding = _happening_verbs(), _ongoing_words("holding_verbs")
    return any(toks[j].sentence == tok.sentence and toks[j].norm in verbs
               for j in range(t.tok_end, min(len(toks), t.tok_end + 2))) \
        or any(toks[j].sentence == tok.sentence and toks[j].norm in holding
               for j in range(max(0, t.tok_start - 4), t.tok_start))


def _bombed_protests(doc, frames, triggers) -> list:
    """"قتل مراهق في أحد الاحتجاجات عندما فجر انتحاري متفجرات في حشد من المتظاهرين":
    the dead of a protest whose sentence tells a bomb are the bomb's victims, not of
    force used on protesters. The bombing's own frame takes them (when it has no toll of
    its own); with no such frame (the bomber named by a noun alone) the protest's frame
    becomes the bombing, the protesters its target."""
    out = list(frames)
    for i, f in enumerate(frames):
        bomb = _bomb_at_protest(doc, f, triggers)
        if bomb is None:
            continue
        host = next((k for k, g in enumerate(out) if g is not None and k != i and any(
            h.tok_start == bomb.tok_start for h in (g.trigger,) + tuple(g.parts))), None)
        if host is not None:
            out[host] = replace(out[host], casualties=out[host].casualties or f.casualties)
            out[i] = None
        else:
            out[i] = replace(f, trigger=replace(bomb, mode="asserted", reference=False, static=False), agent=None,
                             target=f.agent, victims=None, victims_span=None, parts=f.parts + (f.trigger,))
    return [f for f in out if f is not None]


def _bomb_at_protest(doc, frame, triggers):
    """The bomb word (suicide bomber, explosive device, explosion; "انتحاري" alone too,
    not one told as past or denied) in the sentence of a demonstration that has dead or
    wounded and no named force as its other side, the most specific if several: ACLED
    codes a bombing of a protest as Explosions/Remote violence with the protesters as
    its victims, not as force used on protesters. None if there is none. A riot is left
    alone: its bomb may be the rioters' own ("ألقى المحتجون قنبلة يدوية على الشرطة")."""
    if frame.frame != "PROTEST" or not frame.casualties or frame.target is not None:
        return None  # "قتل متظاهرون برصاص الشرطة": a named force's fire is force on protesters
    toks = doc.tokens
    s = toks[frame.trigger.tok_start].sentence
    bombs = [u for u in triggers if u.frame in _BOMB_WORDS and toks[u.tok_start].sentence == s
             and not u.reference and u.mode not in ("negated", "historical")]
    return min(bombs, key=lambda u: _BOMB_WORDS.index(u.frame)) if bombs else None


def _dispersed(doc, t) -> bool:
    """"لكن الشرطة فضت الاعتصام", "وفرقت قوات الأمن مظاهرة أمام الوزارة": a protest noun
    that a past verb of dispersing governs (cues.yaml dispersal_verbs; within five words
    before it, its subject between them) is a protest that took place and met the force,
    definite or not, with or without a day or place of its own: the dispersal is the
    news (ACLED Protest with intervention). The masdar ("قرار فض الاعتصام") is no such
    verb."""
    if t.pos != "noun" or t.tok_start == 0:
        return False
    toks = doc.tokens
    s = toks[t.tok_start].sentence
    verbs = _ongoing_words("dispersal_verbs")
    # ("فرقت المحكمة بين الاحتجاج والشغب": فرّق بين is "told apart", no dispersal)
    return any(toks[j].sentence == s and (toks[j].norm in verbs or bare_word(toks[j].norm) in verbs)
               and not any(toks[k].norm == "بين" for k in range(j + 1, t.tok_start))
               for j in range(max(0, t.tok_start - 5), t.tok_start))


def _listed_kind(doc, frame, triggers) -> bool:
    """"ما يجري في العراق من قتل وذبح وخطف", "عمليات خطف وقتل لعراقيين", "معصوما من
    القتل والاغتيال": violence nouns joined by و into a list name kinds of violence,
    not one incident, unless the words carry a day of their own or a toll."""
    if (frame.time is not None and not frame.time_inherited) or frame.casualties:
        return False
    t = frame.trigger
    toks = doc.tokens
    for u in triggers:
        if u is t or toks[u.tok_start].sentence != toks[t.tok_start].sentence or u.frame not in _violence_frames():
            continue  # "رفضت وقف إطلاق النار واحتجزت 30 رهينة": a truce is no kind of disorder
        if u.tok_start == t.tok_end and toks[u.tok_start].prefix.startswith("و"):
            return True
        if u.tok_end == t.tok_start and toks[t.tok_start].prefix.startswith("و"):
            return True
    return False


@lru_cache(maxsize=1)
def _violence_frames() -> frozenset:
    """The frames whose default code is violence or a demonstration (frames.yaml): the
    kinds a list of violence nouns is made of ("إلقاء قنبلة يدوية ورشق بالحجارة"); a
    truce, an arrest or a withdrawal is none."""
    return frozenset(k for k, spec in load_yaml("frames.yaml").items()
                     if isinstance(spec, dict) and (spec.get("code") or [None])[0] in _VIOLENT + _DEMONSTRATIONS)


def _narrated(frame, event) -> bool:
    """"سيارة مفخخة فجرت حافلة للحرس الثوري", "انتحاريا فجر نفسه وسط سوق",
    "هاجمتهم قوة من الجيش وقتلتهم": a past verb that can be nothing but a verb, with
    a side or a bomb, narrates one incident even with neither day nor place of its
    own (the article's day and place stand for them); a present verb or a masdar
    ("تستهدف الإرهابيين"، "امكانية خطف") stays background. Violence and demonstrations
    (`_gathered`): an arrest or a downed drone still needs a day or place of its own."""
    if event.event_type in _DEMONSTRATIONS:
        return _gathered(frame.trigger)
    if event.event_type not in _VIOLENT or not any(is_narrated(t) for t in (frame.trigger,) + tuple(frame.parts)):
        return False
    return frame.agent is not None or frame.target is not None or frame.victims is not None or frame.frame in _BOMB_FRAMES


def _gathered(trigger) -> bool:
    """"وتجمع مئات العمال أمام مقر الشركة", "واحتشد الطلاب أمام الجامعة": a past verb of
    demonstrating narrates one protest with or without a day or place of its own (the
    protest word names its protesters, so it needs no side); "احتج" also means "objected"
    ("واحتج السفير على التصريحات": a statement) and narrates none without a day or place."""
    return is_narrated(trigger) and normalize_key(trigger.span.text).split()[0] not in _ongoing_words("objection_verbs")


_BOMB_FRAMES = ("IED", "SUICIDE")
_BOMB_WORDS = ("SUICIDE", "IED", "GRENADE", "EXPLOSION")
_PERSON_FRAMES = ("ASSASSINATION", "ABDUCT", "SEXUAL_VIOLENCE")
_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
_DEMONSTRATIONS = ("Protests", "Riots")


def _timeline_entry(doc, frame, places) -> bool:
    """A line of a chronology ("ـ 12 يوليو 2005: جرح الوزير في تفجير سيارة مفخخة",
    "* روسيا 24 مارس 2001 مقتل شرطيين"): a sentence that opens with a full date (day,
    month; at most a place name before it) and then tells the event reports that event
    on that day, however long ago; it is not background to the day's news. A date
    after a preposition ("في 14 فبراير 2005 اغتيل") stays a reminder."""
    t = frame.time
    if t is None or frame.time_inherited or t.time.time_precision != 1 or t.tok_end > frame.trigger.tok_start:
        return False
    first = sentence_tokens(doc, frame.sentence).start
    if t.tok_start == first:
        return True
    return t.tok_start == first + 1 and any(p.tok_start == first and p.tok_end == t.tok_start for p in places)


def _has_victims(frame) -> bool:
    """"قتل سبعة أشخاص وأصيب 25 في هجوم انتحاري": people killed or wounded make an
    incident, told with or without its day and place ("دون وقوع إصابات" does not)."""
    return any(k.casualty.deaths or (k.casualty.quantity is not None and k.casualty.quantity.value)
               for k in frame.casualties)


def _crowd_acting(doc, frame) -> bool:
    """"ورشق مئات المتظاهرين قوات الأمن بالحجارة", "وقام المحتجون بحرق سيارة": protesters
    doing something (a verb, or the masdar of "قام X بـ") are a report of their protest
    even without a day or place of its own (in an article it merges into the
    demonstration already told). A bare noun whose side the clause lends it ("اتهمت
    الإدارة المتظاهرين ... بالشغب", "من ثبت تورطهم بعمليات شغب") names a riot, it does
    not narrate one."""
    return frame.frame in ("PROTEST", "RIOT") and frame.agent is not None \
        and frame.agent.entry.kind in ("protester", "rioter") \
        and (frame.trigger.pos == "verb" or _carried_out(doc, frame.trigger))


@lru_cache(maxsize=None)
def _ongoing_words(kind: str) -> frozenset:
    """A word list of cues.yaml, normalised once per process."""
    return frozenset(normalize_key(w) for w in load_yaml("cues.yaml").get(kind) or [])


_REMOTE_FRAMES = ("AIRSTRIKE", "SHELLING", "SHELLING_OR_AIR", "DRONE_STRIKE")


def _ongoing(doc, frame) -> str | None:
    """"verb" for an event noun governed by a light verb in the present ("تخوض", "تشن")
    up to six words before it in its sentence; "masdar" when the governor is a noun of
    continuing ("مع تكثيف داعش هجومه"): a campaign whatever day the sentence names. A
    verb that opens its sentence governs its object across a longer subject ("وتخوض قوات
    الأمن المصرية وخصوصا في شمال سيناء مواجهات"), up to ten words, within the clause."""
    t = frame.trigger
    if t.pos != "noun":
        return None
    toks = doc.tokens
    verbs, masdars = _ongoing_words("ongoing_verbs"), _ongoing_words("ongoing_masdars")
    first = sentence_tokens(doc, toks[t.tok_start].sentence).start
    if t.tok_start - 10 <= first < t.tok_start - 6 and not any(
            ch in doc.text[toks[first].end:toks[t.tok_start].start] for ch in "،,؛;"):
        w = toks[first].norm
        if w in verbs or (w[:1] in "وف" and w[1:] in verbs):
            return "verb"
    for j in range(max(0, t.tok_start - 6), t.tok_start):
        if toks[j].sentence != toks[t.tok_start].sentence:
            continue
        w = toks[j].norm
        # with a conjunction or a preposition: "وتواصل", "طالبوا بمواصلة الاحتجاجات"
        for form in (w, *(w[len(p):] for p in _ongoing_words("governor_clitics") if w.startswith(p))):
            if form in verbs:
                return "verb"
            if form in masdars:
                return "masdar"
    return None


def _pluperfect(doc, frame) -> bool:
    """كان/كانت ... قد before the trigger in its sentence, unless قد governs a verb of
    telling and the event is new to the article ("وكان شهود قد ذكروا أن هجوما نفذ ضد
    مدرسة"): then the telling is earlier, the incident is told all the same. A definite
    event noun there ("وكان مراسلنا قد أفاد بأن التفجير وقع في سوق") restates one told."""
    run = sentence_tokens(doc, frame.sentence)
    words = token_norms(doc)[run.start:max(run.start, min(run.stop, frame.trigger.tok_start))]
    first = min((frame.trigger, *frame.parts), key=lambda h: h.tok_start)  # "هجوما بالقذائف": هجوما
    tok = doc.tokens[first.tok_start]
    definite = first.pos == "noun" and ("ال" in tok.prefix or tok.norm.startswith("ال"))
    telling = frozenset() if definite else _ongoing_words("telling_verbs")
    for i, w in enumerate(words):
        if w in ("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا") and "قد" in words[i + 1:i + 6]:
            k = i + 1 + words[i + 1:i + 6].index("قد")
            if k + 1 < len(words) and words[k + 1] in telling:
                continue
            return True
    return False


def _anaphoric(doc, frame) -> bool:
    """"خلال الاحتجاجات", "التفجير": a definite event noun with no day and no place of
    its own points back at an event the article has already told."""
    t = frame.trigger
    tok = doc.tokens[t.tok_start]
    definite = "ال" in tok.prefix or tok.norm.startswith("ال")
    own_place = frame.place is not None and frame.place.location.span.start >= t.span.end \
        and getattr(frame.place, "cue", None) != "anaphora"
    if frame.frame == "TAKEOVER" and not frame.is_title and _points_back(doc, t):
        return True
    return t.pos == "noun" and definite and (frame.time is None or frame.time_inherited) and not own_place \
        and not frame.is_title and not _done_with(doc, t) and not _dispersed(doc, t)


def _done_with(doc, t) -> bool:
    """"قام متظاهرون بالاحتجاج على القرار": a masdar after "قام ... بـ" is the verb
    itself ("احتجوا"); its article is grammar, not a pointer to an event told before."""
    toks = doc.tokens
    if not t.prefix.startswith("ب") and not t.prefix.startswith("وب"):
        return False
    verbs = _ongoing_words("done_with_verbs")
    s = toks[t.tok_start].sentence
    return any(toks[j].sentence == s and (toks[j].norm in verbs or toks[j].norm[1:] in verbs)
               for j in range(max(0, t.tok_start - 6), t.tok_start))


def _past_habit(doc, frame, reach: int = 4) -> bool:
    """A form of كان right before a present verb ("كانت تستهدف", "كانا يساندان") that
    is the trigger or governs it (a noun trigger up to `reach` words after the verb); a
    verb after it opens a clause of its own ("حافلة كانت تنقل عمالا انفجرت")."""
    toks = doc.tokens
    t = min((frame.trigger, *frame.parts), key=lambda h: h.tok_start)  # a folded verb opens the telling
    aux = _ongoing_words("past_habit_aux")
    for j in range(max(0, t.tok_start - reach - 1), min(t.tok_start, len(toks) - 1)):
        if toks[j].norm not in aux or toks[j + 1].sentence != toks[t.tok_start].sentence:
            continue
        v = toks[j + 1].norm
        if v[:1] in ("ي", "ت") and len(v) >= 4 and v not in _ongoing_words("not_present_verbs") \
                and (t.tok_start == j + 1 or t.pos == "noun"):
            return True
    return False


def _witnessed(doc, t, reach: int = 4) -> bool:
    """"شاهد مسلحين يطلقون النار على الطائرات": a present verb after a past verb of
    seeing or hearing and its object tells what was seen going on, not a habit."""
    toks = doc.tokens
    verbs = _ongoing_words("perception_verbs")
    return any(toks[j].sentence == toks[t.tok_start].sentence
               and (toks[j].norm in verbs or toks[j].norm[:1] in ("و", "ف") and toks[j].norm[1:] in verbs)
               for j in range(max(0, t.tok_start - reach), t.tok_start))


def _day_of_telling(doc, frame) -> bool:
    """"وقالت المصادر لـ«الشرق الأوسط» أمس إن ... عملية اغتيال": a day before the
    complementiser (إن، أن، بأن) that opens the trigger's clause dates the telling,
    not the event the clause names. So does a day before a word of deliberating or
    inquiring ("اجتمعت اللجنة أمس لبحث أعمال الشغب"): it dates the meeting, not its topic."""
    d, t = frame.time, frame.trigger
    if d is None or d.tok_end > t.tok_start:
        return False
    toks, words = doc.tokens, _ongoing_words("complementisers")
    topics = _ongoing_words("deliberation")
    return any(toks[k].norm in words and toks[k - 1].norm not in _ongoing_words("not_complementiser_after")
               or toks[k].norm in topics or bare_word(toks[k].norm) in topics
               for k in range(d.tok_end, t.tok_start))


def _carried_out(doc, t) -> bool:
    """The event noun is the action of "قام X بـ": itself the masdar ("قام مسلحون بخطف
    مسؤول"), or the object of a masdar of doing after بـ, however long the subject
    ("قامت قوات المقاومة المكلفة بحماية الخط الساحلي، بتنفيذ هجوم عنيف على مواقع")."""
    if _done_with(doc, t):
        return True
    toks = doc.tokens
    j = t.tok_start - 1
    if j < 0 or toks[j].sentence != toks[t.tok_start].sentence:
        return False
    w = toks[j].norm
    masdar = w[1:] if w.startswith("ب") else w[2:] if w.startswith("وب") else ""
    if masdar not in _ongoing_words("doing_masdars"):
        return False
    verbs = _ongoing_words("done_with_verbs")
    return any(toks[k].sentence == toks[j].sentence and (toks[k].norm in verbs or toks[k].norm[1:] in verbs)
               for k in range(max(0, j - 12), j))


@lru_cache(maxsize=1)
def _demonstrative_places() -> frozenset:
    return frozenset(tuple(normalize_key(w).split()) for w in load_yaml("cues.yaml").get("demonstrative_places") or [])


def _points_back(doc, t) -> bool:
    """"وسيطر رجال قبائل على هذه المناطق": the places taken are the ones just told."""
    toks, phrases = doc.tokens, _demonstrative_places()
    s = toks[t.tok_start].sentence
    for j in range(t.tok_end, min(len(toks) - 1, t.tok_end + 20)):  # the subject may be long
        if toks[j].sentence != s or toks[j + 1].sentence != s:
            break
        if (toks[j].norm, toks[j + 1].norm) in phrases:
            return True
    return False


@lru_cache(maxsize=1)
def _weapon_words() -> frozenset:
    return frozenset(normalize_key(w) for w in load_yaml("cues.yaml").get("weapon_actor_words") or [])


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
    words = _weapon_words()
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


def _continue_strikers(events):
    """"واصلت مقاتلات التحالف استهداف مواقع الحوثي ... واستهدفت الغارات تجمعات في باجل":
    strikes told without their author on the day the article named one carry that
    author, when it named exactly one."""
    from dataclasses import replace
    authors: dict = {}
    for e in events:
        if e.sub_event_type in ("Air/drone strike", "Shelling/artillery/missile attack") and e.actor1:
            span = next((sp for k, sp in e.field_spans if k == "actor1"), None)
            # a dict, not a set: the first author told is taken, whatever the hash seed
            authors.setdefault((e.sub_event_type, e.event_date), {})[(e.actor1, e.inter1, span)] = None
    out = []
    for e in events:
        known = authors.get((e.sub_event_type, e.event_date))
        if not e.actor1 and known and len({k[0] for k in known}) == 1:
            name, inter, span = next(iter(known))
            if name != e.actor2 and span is not None:
                e = replace(e, actor1=name, inter1=inter, field_spans=e.field_spans + (("actor1", span),))
        out.append(e)
    return out


def _sharpen_country_places(doc, events, places):
    """An event placed only at a country ("في سوريا") happened where the report is: the
    first more precise place of the same country in its sentence, else its paragraph,
    else the headline, else the article. ACLED codes the most precise place the report
    supports; the evidence then points at that place's words."""
    from dataclasses import replace
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
        sent = next((t.sentence for t in toks if trig is not None and t.start <= trig.start < t.end), None)
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
    from dataclasses import replace
    main = places[0].location
    return [e if e.location is not None else
            replace(e, location=main, field_spans=e.field_spans + (("location", main.span),)) for e in events]
