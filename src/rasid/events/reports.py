"""Is a coded frame the report of a new incident, or a mention of one?

A news sentence names far more violence and protest than it reports: causes, habits,
campaigns, plans, objections, voters, the dead of a bomb at a protest, an incident told
again. These tests read the words around a frame's trigger (cue lists in cues.yaml) and
answer for `pipeline.extract_article`, which keeps what fails them as auxiliary mentions
with a mode. They are separate from `events/coding.py`, which codes a frame's fields,
because they need the whole document and the other frames of the article.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import chain

from rasid.events.triggers import comma_between, is_narrated
from rasid.lexicon.data import cue_words, load_yaml
from rasid.model import replace
from rasid.text.document import first_token_from, lead_sentence, sentence_tokens, token_norms
from rasid.text.normalize import normalize_key
from rasid.text.segment import bare_word



def happening(doc, frame, after: bool = False) -> bool:
    """"تواصلت الاحتجاجات", "اندلعت اشتباكات": a verb of taking place right before the
    event noun (or before its adjective's noun); with `after`, also right after it, the
    noun its subject ("اثنين من التفجيرات وقعا في سوق", "انفجار قوي وقع في")."""
    toks = doc.tokens
    i = frame.trigger.tok_start
    end = frame.trigger.tok_end
    verbs = cue_words("happening_verbs")
    return any(toks[j].sentence == toks[i].sentence and (toks[j].norm in verbs or toks[j].norm[1:] in verbs
                                                          and toks[j].norm[:1] in ("و", "ف"))
               for j in range(max(0, i - 2), i)) \
        or after and any(toks[j].sentence == toks[i].sentence and _bare_happening(toks[j].norm, verbs)
               for j in range(end, min(len(toks), end + 2)))


def _bare_happening(w: str, verbs: frozenset) -> bool:
    """A verb of taking place, also in the dual ("وقعا", "اندلعتا")."""
    return w in verbs or (w.endswith("ا") and w[:-1] in verbs) or (w.endswith("تا") and w[:-2] + "ت" in verbs)


def after_publication(event, published) -> bool:
    """Is the event's own time after the publication day, at the precision it was told
    with? A day or a week is compared as a day; a month or a year only by its year
    ("هذا الشهر" stands at the month's middle, "عام 2008" at its first of July)."""
    if published is None:
        return False
    if event.time_precision <= 2:
        return event.event_date > published
    return event.event_date.year > published.year


def dated_later(doc, frame, dates, published) -> bool:
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


def objection(doc, frame) -> bool:
    """"واحتج السفير الفرنسي أمس لدى الخارجية", "احتجت إيران على العقوبات": "احتج" said
    by one official, a ministry or a state is an objection, a statement; ACLED codes
    demonstrations, people gathered in public. It tells a protest when people protest:
    named protesters or civilians as its side, a plural verb ("احتجوا"), a crowd word,
    a count or a civilian noun as its subject ("احتج مئات العمال", "العمال احتجوا"), or
    a place people gather at ("احتج المزارعون أمام مبنى البرلمان")."""
    t = frame.trigger
    head = normalize_key(t.span.text).split()[0]
    if t.pos != "verb" or head not in cue_words("objection_verbs") or head.endswith("وا"):
        return False
    if frame.agent is not None and frame.agent.entry.kind in ("protester", "rioter", "civilian"):
        return False
    toks = doc.tokens
    s = toks[t.tok_start].sentence
    people = cue_words("crowd") | cue_words("crowd_counts") | cue_words("civilian_victims")
    for j in (t.tok_start - 1, t.tok_end, t.tok_end + 1):
        if 0 <= j < len(toks) and toks[j].sentence == s:
            w = toks[j].norm
            for p in ("وال", "ال", "و"):
                if w.startswith(p) and len(w) - len(p) >= 2:
                    w = w[len(p):]
                    break
            if w in people or w.isdigit():
                return False
    sites = cue_words("protest_sites")  # "احتج المزارعون أمام مبنى البرلمان": people gathered
    return not any(toks[j].sentence == s and toks[j].norm in sites for j in range(t.tok_end, min(len(toks), t.tok_end + 6)))


def voting(doc, frame, triggers) -> bool:
    """"واحتشد المصريون أمام لجان الاقتراع", "وتجمع الناخبون أمام مراكز التصويت منذ
    الصباح": people gathering (cues.yaml gathering_verbs) where or to vote (voting_words,
    within eight words after the verb) are voters, not demonstrators; a protest word in
    the sentence ("تظاهروا أمام مراكز الاقتراع", "احتشدوا ... احتجاجا على التزوير")
    still tells a protest."""
    t = frame.trigger
    toks = doc.tokens
    if t.pos != "verb" or bare_word(toks[t.tok_start].norm) not in cue_words("gathering_verbs") \
            and toks[t.tok_start].norm not in cue_words("gathering_verbs"):
        return False
    s = toks[t.tok_start].sentence
    if any(u is not t and u.frame in ("PROTEST", "RIOT") and toks[u.tok_start].sentence == s for u in triggers):
        return False
    words = cue_words("voting_words")
    if not any(toks[j].sentence == s and (toks[j].norm in words or bare_word(toks[j].norm) in words)
               for j in range(t.tok_end, min(len(toks), t.tok_end + 8))):
        return False
    purposes = cue_words("protest_purposes")
    return not any(toks[j].norm in purposes or bare_word(toks[j].norm) in purposes for j in sentence_tokens(doc, s))


def agreement_not_reported(doc, frame, event) -> str | None:
    """Why an agreement word reports no new agreement, or None. ACLED's agreements are
    between conflict actors (ceasefires, exchanges, evacuations, surrenders of ground):
    - "reference": the agreement is the frame of what is told, made before ("بموجب
      اتفاق أبرمته روسيا", "بحسب اتفاق مسبق", "لتنفيذ اتفاق المصالحة", "بنود اتفاقية"),
      or a truce in force that is kept, exploited or fought despite ("الالتزام بالهدنة",
      "استغلت الجماعة الهدنة", "مستبعدة من الهدنة": cues.yaml agreement_exploited, up to
      five words before);
    - "negated": "لا اتفاق رسمياً بعد", or rejected ("رفض المتمردون الهدنة": cues.yaml
      agreement_rejected, up to five words before);
    - "diplomatic": a treaty between states or organisations with no armed group among
      its sides and no word of the conflict in its sentence (cues.yaml
      agreement_conflict_words): "وقعت قطر على اتفاقية مع حلف شمال الأطلسي"."""
    t = frame.trigger
    toks = doc.tokens
    s = toks[t.tok_start].sentence
    before = [toks[j] for j in range(max(0, t.tok_start - 2), t.tok_start) if toks[j].sentence == s]
    if before and (before[-1].norm in cue_words("agreement_frames") or bare_word(before[-1].norm) in cue_words("agreement_frames")):
        return "reference"
    if before and before[-1].norm in ("لا", "ولا", "دون", "بدون", "عدم"):
        return "negated"
    used, rejected = cue_words("agreement_exploited"), cue_words("agreement_rejected")
    for j in range(t.tok_start - 1, max(-1, t.tok_start - 6), -1):
        if toks[j].sentence != s or any(ch in doc.text[toks[j].end:toks[j + 1].start] for ch in "،,؛;"):
            break
        if toks[j].norm in used or bare_word(toks[j].norm) in used:
            return "reference"
        if toks[j].norm in rejected or bare_word(toks[j].norm) in rejected:
            return "negated"  # "رفضت جماعة الحوثي اتفاق وقف إطلاق النار": rejected, not made
    if event.inter1 in (2, 3, 4) or event.inter2 in (2, 3, 4):
        return None
    words = cue_words("agreement_conflict_words")
    if any(toks[j].norm in words or bare_word(toks[j].norm) in words for j in sentence_tokens(doc, s)):
        return None
    return "diplomatic"


def broke_out(doc, frame, event) -> bool:
    """"إن مظاهرة غاضبة اندلعت في الحي", "مسيرة حاشدة جرت": an indefinite protest noun
    that a verb of taking place follows (after at most its adjective) is the subject of
    that verb, a protest narrated as having happened, with or without a day or place of
    its own; a definite one ("المظاهرة") points back at a protest already told. So is
    one that a past verb of holding governs, its subject between them ("ونظم عشرات
    المعلمين وقفة احتجاجية", "نفذ العمال إضرابا"; cues.yaml holding_verbs)."""
    toks = doc.tokens
    t = frame.trigger
    if event.event_type not in DEMONSTRATIONS or t.pos != "noun":
        return False
    if _dispersed(doc, t):
        return True
    tok = toks[t.tok_start]
    if "ال" in tok.prefix or tok.norm.startswith("ال"):
        return False
    verbs, holding = cue_words("happening_verbs"), cue_words("holding_verbs")
    return any(toks[j].sentence == tok.sentence and toks[j].norm in verbs
               for j in range(t.tok_end, min(len(toks), t.tok_end + 2))) \
        or any(toks[j].sentence == tok.sentence and toks[j].norm in holding
               for j in range(max(0, t.tok_start - 4), t.tok_start))


def bombed_protests(doc, frames, triggers) -> list:
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
    verbs = cue_words("dispersal_verbs")
    # ("فرقت المحكمة بين الاحتجاج والشغب": فرّق بين is "told apart", no dispersal)
    return any(toks[j].sentence == s and (toks[j].norm in verbs or bare_word(toks[j].norm) in verbs)
               and not any(toks[k].norm == "بين" for k in range(j + 1, t.tok_start))
               for j in range(max(0, t.tok_start - 5), t.tok_start))


def listed_kind(doc, frame, triggers) -> bool:
    """"ما يجري في العراق من قتل وذبح وخطف", "عمليات خطف وقتل لعراقيين", "معصوما من
    القتل والاغتيال": violence nouns joined by و into a list name kinds of violence,
    not one incident, unless the words carry a day of their own or a toll."""
    if (frame.time is not None and not frame.time_inherited) or frame.casualties:
        return False
    t = frame.trigger
    toks = doc.tokens
    by_start, by_end = _trigger_ends(triggers)
    for u in chain(by_start.get(t.tok_end, ()), by_end.get(t.tok_start, ())):  # the triggers next to t
        if u is t or toks[u.tok_start].sentence != toks[t.tok_start].sentence or u.frame not in _violence_frames():
            continue  # "رفضت وقف إطلاق النار واحتجزت 30 رهينة": a truce is no kind of disorder
        if u.tok_start == t.tok_end and toks[u.tok_start].prefix.startswith("و"):
            return True
        if u.tok_end == t.tok_start and toks[t.tok_start].prefix.startswith("و"):
            return True
    return False


_last_ends: tuple = (None, None)


def _trigger_ends(triggers) -> tuple[dict, dict]:
    """The article's triggers by first token and by end token, kept for the last
    tuple of triggers: listed_kind asks about the neighbours of each frame's trigger,
    and scanning every trigger per frame is quadratic in a long article."""
    global _last_ends
    if _last_ends[0] is triggers:
        return _last_ends[1]
    by_start: dict = {}
    by_end: dict = {}
    for u in triggers:
        by_start.setdefault(u.tok_start, []).append(u)
        by_end.setdefault(u.tok_end, []).append(u)
    _last_ends = (triggers, (by_start, by_end))
    return by_start, by_end


@lru_cache(maxsize=1)
def _violence_frames() -> frozenset:
    """The frames whose default code is violence or a demonstration (frames.yaml): the
    kinds a list of violence nouns is made of ("إلقاء قنبلة يدوية ورشق بالحجارة"); a
    truce, an arrest or a withdrawal is none."""
    return frozenset(k for k, spec in load_yaml("frames.yaml").items()
                     if isinstance(spec, dict) and (spec.get("code") or [None])[0] in VIOLENT + DEMONSTRATIONS)


def narrated(frame, event) -> bool:
    """"سيارة مفخخة فجرت حافلة للحرس الثوري", "انتحاريا فجر نفسه وسط سوق",
    "هاجمتهم قوة من الجيش وقتلتهم": a past verb that can be nothing but a verb, with
    a side or a bomb, narrates one incident even with neither day nor place of its
    own (the article's day and place stand for them); a present verb or a masdar
    ("تستهدف الإرهابيين"، "امكانية خطف") stays background. Violence and demonstrations
    (`_gathered`): an arrest or a downed drone still needs a day or place of its own."""
    if event.event_type in DEMONSTRATIONS:
        return _gathered(frame.trigger)
    if event.event_type not in VIOLENT or not any(is_narrated(t) for t in (frame.trigger,) + tuple(frame.parts)):
        return False
    return frame.agent is not None or frame.target is not None or frame.victims is not None or frame.frame in _BOMB_FRAMES


def _gathered(trigger) -> bool:
    """"وتجمع مئات العمال أمام مقر الشركة", "واحتشد الطلاب أمام الجامعة": a past verb of
    demonstrating narrates one protest with or without a day or place of its own (the
    protest word names its protesters, so it needs no side); "احتج" also means "objected"
    ("واحتج السفير على التصريحات": a statement) and narrates none without a day or place."""
    return is_narrated(trigger) and normalize_key(trigger.span.text).split()[0] not in cue_words("objection_verbs")


_BOMB_FRAMES = ("IED", "SUICIDE")
_BOMB_WORDS = ("SUICIDE", "IED", "GRENADE", "EXPLOSION")
PERSON_FRAMES = ("ASSASSINATION", "ABDUCT", "SEXUAL_VIOLENCE")
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
DEMONSTRATIONS = ("Protests", "Riots")


def timeline_entry(doc, frame, places) -> bool:
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


def has_victims(frame) -> bool:
    """"قتل سبعة أشخاص وأصيب 25 في هجوم انتحاري": people killed or wounded make an
    incident, told with or without its day and place ("دون وقوع إصابات" does not)."""
    return any(k.casualty.deaths or (k.casualty.quantity is not None and k.casualty.quantity.value)
               for k in frame.casualties)


def crowd_acting(doc, frame) -> bool:
    """"ورشق مئات المتظاهرين قوات الأمن بالحجارة", "وقام محتجون بحرق سيارة": protesters
    doing something (a verb, or the masdar of "قام X بـ") are a report of their protest
    even without a day or place of its own (in an article it merges into the
    demonstration already told; "المحتجون" alone point back at it, see `anaphoric`). A
    bare noun whose side the clause lends it ("اتهمت الإدارة المتظاهرين ... بالشغب", "من
    ثبت تورطهم بعمليات شغب") names a riot, it does not narrate one."""
    return frame.frame in ("PROTEST", "RIOT") and frame.agent is not None \
        and frame.agent.entry.kind in ("protester", "rioter") \
        and (frame.trigger.pos == "verb" or carried_out(doc, frame.trigger))




REMOTE_FRAMES = ("AIRSTRIKE", "SHELLING", "SHELLING_OR_AIR", "DRONE_STRIKE")


def ongoing(doc, frame) -> str | None:
    """"verb" for an event noun governed by a light verb in the present ("تخوض", "تشن")
    up to six words before it in its sentence; "masdar" when the governor is a noun of
    continuing ("مع تكثيف داعش هجومه"): a campaign whatever day the sentence names. A
    verb that opens its sentence governs its object across a longer subject ("وتخوض قوات
    الأمن المصرية وخصوصا في شمال سيناء مواجهات"), up to ten words, within the clause."""
    t = frame.trigger
    if t.pos != "noun":
        return None
    toks = doc.tokens
    verbs, masdars = cue_words("ongoing_verbs"), cue_words("ongoing_masdars")
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
        for form in (w, *(w[len(p):] for p in cue_words("governor_clitics") if w.startswith(p))):
            if form in verbs:
                return "verb"
            if form in masdars:
                return "masdar"
    return None


def pluperfect(doc, frame) -> bool:
    """كان/كانت ... قد before the trigger in its sentence, unless قد governs a verb of
    telling and the event is new to the article ("وكان شهود قد ذكروا أن هجوما نفذ ضد
    مدرسة"): then the telling is earlier, the incident is told all the same. A definite
    event noun there ("وكان مراسلنا قد أفاد بأن التفجير وقع في سوق") restates one told."""
    run = sentence_tokens(doc, frame.sentence)
    words = token_norms(doc)[run.start:max(run.start, min(run.stop, frame.trigger.tok_start))]
    first = min((frame.trigger, *frame.parts), key=lambda h: h.tok_start)  # "هجوما بالقذائف": هجوما
    tok = doc.tokens[first.tok_start]
    definite = first.pos == "noun" and ("ال" in tok.prefix or tok.norm.startswith("ال"))
    telling = frozenset() if definite else cue_words("telling_verbs")
    for i, w in enumerate(words):
        if w in ("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا") and "قد" in words[i + 1:i + 6]:
            k = i + 1 + words[i + 1:i + 6].index("قد")
            if k + 1 < len(words) and words[k + 1] in telling:
                continue
            return True
    if first.pos == "verb" and frame.frame not in ("PROTEST", "RIOT") and words and words[-1] == "قد" and any(
            w in ("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا") for w in words[-_LONG_SUBJECT:-1]):
        # "وكان مقاتلون من الحوثيين ووحدات من الجيش موالية للرئيس السابق قد استولوا على
        # عدن": a long subject between كان and "قد" + the verb (armed deeds only: a crowd
        # counted anew so, "وكان 1000 لاجئ ... قد احتشدوا", is told as the news in GSR's
        # one-line protest reports)
        return True
    return False


_LONG_SUBJECT = 20  # words from كان to the "قد" right before the verb it makes pluperfect


def recalled_week(doc, frame) -> bool:
    """"وفي الأسبوع الماضي استعاد التحالف جانبا كبيرا من عدن", "وقتلت القوات 17
    فلسطينيا الأسبوع الماضي": an event the article dates only by a past week (a week,
    no day: time_precision 2) is recalled as the story's background, as one known only
    by an earlier month is (coding.is_historical); the day's news is told by its day. The
    lead is the exception: a report whose news is a week old says so in its first
    sentence ("قتل 8 مسلحين في غارة جوية استهدفت قافلتهم نهاية الأسبوع الماضي"). Only
    the event's own date counts: a sentence after it tells its own news
    (frames._passes_on)."""
    t = frame.time
    if t is None or frame.time_inherited or frame.is_title or t.time.time_precision != 2:
        return False
    return frame.sentence != lead_sentence(doc)


def anaphoric(doc, frame) -> bool:
    """"خلال الاحتجاجات", "التفجير": a definite event noun with no day and no place of
    its own points back at an event the article has already told; so does what the
    protesters already told of ("وأحرق المتظاهرون الإطارات") did or met, with neither."""
    t = frame.trigger
    tok = doc.tokens[t.tok_start]
    definite = "ال" in tok.prefix or tok.norm.startswith("ال")
    own_place = frame.place is not None and frame.place.location.span.start >= t.span.end \
        and getattr(frame.place, "cue", None) != "anaphora"
    if frame.frame == "TAKEOVER" and not frame.is_title and _points_back(doc, t):
        return True
    if t.pos == "noun" and _held_by_relative(doc, t) and (
            frame.time is None or frame.time_inherited or frame.time.tok_start < t.tok_start - 2):
        return True
    if frame.frame in ("PROTEST", "RIOT") and (frame.time is None or frame.time_inherited) and frame.place is None \
            and not frame.is_title and not (frame.frame == "PROTEST" and t.pos == "noun" and not definite) \
            and _protesters_told(doc, frame.agent):
        # "وأحرق المتظاهرون الإطارات", "وهاجمت قوات الأمن المتظاهرين": what the protesters
        # already told of did, or met, adds to that protest (a riot, an intervention);
        # "ورشق مئات المتظاهرين", "احتشد متظاهرون" bring a crowd of their own, and "ونفذ
        # المتظاهرون اعتصاما" a protest of its own
        return True
    return t.pos == "noun" and definite and (frame.time is None or frame.time_inherited) and not own_place \
        and not frame.is_title and not _done_with(doc, t) and not _dispersed(doc, t)


def attackers_killed(doc, frame) -> bool:
    """"وأضافت الشرطة في بيان: تم تصفية الإرهابيين على الفور قبل أن يتمكنوا من الوصول إلى
    البوابة": the attackers the article has told of, killed with no day or place of their
    own, died in that attack; the killing adds to it (or to nothing), it is no fight of its
    own, and the force telling it claims no event."""
    t = frame.trigger
    own_place = frame.place is not None and frame.place.location.span.start >= t.span.end \
        and getattr(frame.place, "cue", None) != "anaphora"
    return frame.frame == "KILL" and (frame.time is None or frame.time_inherited) and not own_place \
        and not frame.is_title and _attackers_told(doc, frame.target)


def _attackers_told(doc, hit) -> bool:
    """Unnamed armed men as one definite noun, not counted ("الإرهابيين", "المسلحين", not
    "ثلاثة مسلحين" or "مسلحين"), with an attack told in their sentence or the one before
    ("أحبطت هجوما كبيرا على المعسكر"): the attackers already told of."""
    if hit is None or hit.entry.id not in ("unidentified", "terrorists") or hit.via != "alias" \
            or hit.tok_end - hit.tok_start != 1:
        return False
    toks = doc.tokens
    i = hit.tok_start
    if not toks[i].norm.startswith("ال") or (i > 0 and (toks[i - 1].norm.isdigit() or toks[i - 1].norm == "من")):
        return False  # ("قتل عدد من الإرهابيين": some of them, counted)
    sent = toks[i].sentence
    start = first_token_from(doc, doc.sentences[sent - 1].start) if sent else 0
    return any(toks[j].norm in _ATTACK_WORDS or bare_word(toks[j].norm) in _ATTACK_WORDS for j in range(start, i))


_ATTACK_WORDS = frozenset({"هجوم", "الهجوم", "هجوما", "هجمات", "اعتداء", "الاعتداء", "هاجم", "هاجموا", "هاجمت",
                           "اقتحم", "اقتحموا", "تفجير", "التفجير", "انتحاري", "الانتحاري", "انتحاريين"})


def _held_by_relative(doc, t) -> bool:
    """"لعمال الشركة الذين نظموا إضرابا استمر أربعة أيام", "المسلحين الذين نفذوا
    الاعتداء": an event noun that a verb of holding (cues.yaml holding_verbs) governs right
    after a relative pronoun says who someone is, like "الذين نظموا مظاهرة" (one verb
    trigger, triggers.py); not after a time head ("في الوقت الذي"). A day inside the
    relative clause ("التي نفذت إضرابا اليوم") makes it tell the event: the caller asks
    for none there (a day before the pronoun dates the main clause)."""
    toks = doc.tokens
    i = t.tok_start
    if i < 3 or toks[i - 2].sentence != toks[i].sentence:
        return False
    return toks[i - 1].norm in cue_words("holding_verbs") and bare_word(toks[i - 2].norm) in cue_words("relatives") \
        and bare_word(toks[i - 3].norm) not in cue_words("relative_time_heads")


def _protesters_told(doc, hit) -> bool:
    """The protesters or rioters as one definite noun, neither counted nor described
    by a count ("المتظاهرون", not "مئات المتظاهرين", "عدة مئات من المحتجين" or
    "متظاهرون"): the crowd the article has already told of (as implicit_protests reads
    "وردد المتظاهرون")."""
    if hit is None or hit.entry.kind not in ("protester", "rioter") or hit.via != "alias" \
            or hit.tok_end - hit.tok_start != 1:
        return False
    toks = doc.tokens
    i = hit.tok_start
    tok = toks[i]
    if not ("ال" in tok.prefix or tok.norm.startswith("ال")):
        return False
    counts = cue_words("crowd_counts")
    before = [bare_word(toks[j].norm) for j in (i - 1, i - 2) if j >= 0 and toks[j].sentence == tok.sentence]
    if before and (before[0] in counts or before[0].isdigit()):
        return False
    return not (len(before) == 2 and before[0] == "من" and (before[1] in counts or before[1][2:] in counts))


def _done_with(doc, t) -> bool:
    """"قام متظاهرون بالاحتجاج على القرار": a masdar after "قام ... بـ" is the verb
    itself ("احتجوا"); its article is grammar, not a pointer to an event told before."""
    toks = doc.tokens
    if not t.prefix.startswith("ب") and not t.prefix.startswith("وب"):
        return False
    verbs = cue_words("done_with_verbs")
    s = toks[t.tok_start].sentence
    return any(toks[j].sentence == s and (toks[j].norm in verbs or toks[j].norm[1:] in verbs)
               for j in range(max(0, t.tok_start - 6), t.tok_start))


def past_habit(doc, frame, reach: int = 4) -> bool:
    """A form of كان right before a present verb ("كانت تستهدف", "كانا يساندان") that
    is the trigger or governs it (a noun trigger up to `reach` words after the verb); a
    verb after it opens a clause of its own ("حافلة كانت تنقل عمالا انفجرت")."""
    toks = doc.tokens
    t = min((frame.trigger, *frame.parts), key=lambda h: h.tok_start)  # a folded verb opens the telling
    aux = cue_words("past_habit_aux")
    for j in range(max(0, t.tok_start - reach - 1), min(t.tok_start, len(toks) - 1)):
        if toks[j].norm not in aux or toks[j + 1].sentence != toks[t.tok_start].sentence:
            continue
        v = toks[j + 1].norm
        if v[:1] in ("ي", "ت") and len(v) >= 4 and v not in cue_words("not_present_verbs") \
                and (t.tok_start == j + 1 or t.pos == "noun"):
            return True
    return False


def witnessed(doc, t, reach: int = 4) -> bool:
    """"شاهد مسلحين يطلقون النار على الطائرات": a present verb after a past verb of
    seeing or hearing and its object tells what was seen going on, not a habit."""
    toks = doc.tokens
    verbs = cue_words("perception_verbs")
    return any(toks[j].sentence == toks[t.tok_start].sentence
               and (toks[j].norm in verbs or toks[j].norm[:1] in ("و", "ف") and toks[j].norm[1:] in verbs)
               for j in range(max(0, t.tok_start - reach), t.tok_start))


def day_of_telling(doc, frame) -> bool:
    """"وقالت المصادر لـ«الشرق الأوسط» أمس إن ... عملية اغتيال": a day before the
    complementiser (إن، أن، بأن) that opens the trigger's clause dates the telling,
    not the event the clause names. So does a day before a word of deliberating or
    inquiring ("اجتمعت اللجنة أمس لبحث أعمال الشغب"): it dates the meeting, not its topic."""
    d, t = frame.time, frame.trigger
    if d is None or d.tok_end > t.tok_start:
        return False
    toks, words = doc.tokens, cue_words("complementisers")
    topics = cue_words("deliberation")
    return any(toks[k].norm in words and toks[k - 1].norm not in cue_words("not_complementiser_after")
               or toks[k].norm in topics or bare_word(toks[k].norm) in topics
               for k in range(d.tok_end, t.tok_start))


def carried_out(doc, t) -> bool:
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
    if masdar not in cue_words("doing_masdars"):
        return False
    verbs = cue_words("done_with_verbs")
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
def _summaries() -> frozenset:
    return frozenset(tuple(normalize_key(w).split()) for w in load_yaml("cues.yaml").get("summing_up") or [])


def summed_up(doc, frame) -> bool:
    """"قتل أمنها المتظاهرين في الشوارع ومنعوا الناس من الصلاة، كل ذلك جرى في أقل من
    خمسة أشهر": a clause opened after a comma by a phrase that sums up what came before
    (cues.yaml summing_up) makes the events listed before it the subject of a comment,
    a record of deeds recalled, not the report of one incident. The caller asks this
    only of an event with no day of its own."""
    toks, phrases = doc.tokens, _summaries()
    sizes = {len(p) for p in phrases}
    t = max((frame.trigger, *frame.parts), key=lambda h: h.tok_end)
    s = toks[t.tok_start].sentence
    for j in range(t.tok_end, len(toks)):
        if toks[j].sentence != s:
            break
        if not comma_between(doc, j - 1, j):
            continue
        for n in sizes:
            words = toks[j:j + n]
            if len(words) == n and words[-1].sentence == s and tuple(w.norm for w in words) in phrases:
                return True
    return False


@lru_cache(maxsize=1)
def _sentence_cues() -> tuple[frozenset, frozenset]:
    cues = load_yaml("cues.yaml")
    return (cue_words("sentence_carried_out"),
            frozenset(tuple(normalize_key(w) for w in p) for p in cues.get("sentence_carried_out_pairs") or []))


def sentence_statement(doc) -> bool:
    """Does the lead (the first sentence, and the title line before it if any) tell a
    court's sentence carried out ("أصدرت وزارة الداخلية بياناً بشأن تنفيذ حكم القتل
    قصاصاً في أحد الجناة")? Such a statement goes on to tell the crime and the arrest
    from before the trial ("أقدم على قتل ... وتمكنت سلطات الأمن من القبض على الجاني"):
    the caller keeps those as background, even with the lead's day ("نفذت الوزارة أمس
    حكم القتل ... لإقدامه على قتل": أمس dates the execution). Only the lead is read, so
    a story that mentions a sentence in passing keeps its incidents (cues.yaml
    sentence_carried_out)."""
    words, pairs = _sentence_cues()
    last = next((s.index for s in doc.sentences if not s.is_title), 0)
    prev = ""
    for t in doc.tokens:
        if t.sentence > last:
            break
        w = t.norm
        if w in words or bare_word(w) in words or (prev, bare_word(w)) in pairs:
            return True
        prev = bare_word(w)
    return False

