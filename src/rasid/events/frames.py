"""Frame filling: who did it, to whom, where, when, how many died, who says so.

Arabic news is VSO and SVO alike ("هاجمت مجموعة ... نقطة" / "قسد داهمت ..."), chains
verbs with و and كما that share one subject ("داهمت ... وقتلت ... كما ألقت القبض"),
and names both sides of a clash with "بين X وY". The rules below are ordered from the
most explicit cue to the weakest: "بين X وY", agent markers ("برصاص X", "على يد X"),
a genitive right after a noun trigger, a subject before the verb, a coordinated verb's
inherited subject, and the first actor after the verb. Each argument keeps the hit it
came from so the coder can point at the words.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache, partial

from rasid.events.triggers import TriggerHit, comma_between, present_shape, split_object_end
from rasid.geo.countries import country_by_nisba
from rasid.geo.distance import km as _km
from rasid.lexicon.data import cue_words, load_yaml
from rasid.model import Casualty, Doc, quick_init, replace
from rasid.recognize.actors import ActorHit, lexicon
from rasid.text import wordflags
from rasid.text.document import first_token_from, lead_sentence, sentence_tokens
from rasid.text.normalize import normalize_key
from rasid.text.numbers import digit_value, parse_number_words
from rasid.text.segment import bare_word as _bare


@quick_init
@dataclass(frozen=True)
class Frame:
    """One trigger with its arguments. `parts` are triggers folded into this one (a
    raid that led to a killing, "بمقتل" after "هاجموا")."""

    trigger: TriggerHit
    sentence: int
    agent: object | None = None  # ActorHit
    target: object | None = None  # ActorHit
    assoc: tuple = ()  # supporting actors (ActorHit) of the agent's side
    target_support: tuple = ()  # actors a surrender yields to, etc.
    victims: str | None = None  # civilian | armed, from the counted noun
    victims_span: object | None = None  # Span of that noun
    place: object | None = None  # PlaceHit
    time: object | None = None  # DateHit
    time_inherited: bool = False
    place_inherited: bool = False  # the place is the clause before's (no place of its own)
    casualties: tuple = ()  # CasualtyHit
    attribution: object | None = None  # Attribution
    parts: tuple[TriggerHit, ...] = ()
    surrender_by: object | None = None  # ActorHit of a side that surrendered
    intervention: object | None = None  # Span of a protest intervention cue
    riot_cue: object | None = None  # Span of a protester-violence cue
    peaceful: object | None = None  # Span of "دون قتال"-like cue for a takeover
    is_title: bool = False
    share: tuple[int, int] = (0, 1)  # (index, count) of one place among a split list's events
    repression: bool = False  # a protest known only from force used on the protesters

    @property
    def frame(self) -> str:
        return self.trigger.frame


@dataclass(frozen=True)
class _Cues:
    support: frozenset
    affiliation: frozenset
    between: frozenset
    agent_markers: frozenset
    agent_after_from: frozenset
    relatives: frozenset
    doing: frozenset
    coordinators: frozenset
    civilian: frozenset
    armed: frozenset
    intervention: frozenset
    riot: frozenset
    violent: frozenset
    genitive: dict
    standalone: frozenset
    target_heads: frozenset = frozenset()
    membership: frozenset = frozenset()
    peaceful: tuple = ()
    crowd: frozenset = frozenset()
    roads: frozenset = frozenset()
    exposure: frozenset = frozenset()
    casualty_nouns: frozenset = frozenset()
    held_by: frozenset = frozenset()
    cause: frozenset = frozenset()
    controllers: frozenset = frozenset()
    joined_openers: frozenset = frozenset()
    passive: frozenset = frozenset()  # cues.yaml passive_forms
    speech: frozenset = frozenset()
    attribution: frozenset = frozenset()
    owner: frozenset = frozenset()
    launch: frozenset = frozenset()
    projectiles: frozenset = frozenset()
    results: frozenset = frozenset()
    result_back: frozenset = frozenset()
    continuing: frozenset = frozenset()
    topic_shifts: tuple = ()
    linked: frozenset = frozenset()
    done_with: frozenset = frozenset()
    death_news: frozenset = frozenset()  # cues.yaml death_news: nouns that tell a death, not a deed
    foiling: frozenset = frozenset()  # cues.yaml foiling_verbs
    bombs: frozenset = frozenset()  # frames.yaml `bomb`: frames whose act is a bomb's
    mourning: frozenset = frozenset()  # cues.yaml mourning_words
    destroyable: frozenset = frozenset()  # cues.yaml destroyable_weapons
    toll_causes: frozenset = frozenset()  # cues.yaml toll_causes
    # word flags (text/wordflags.py) of the words the scans before and after a trigger
    # or an actor look for: an int test per token instead of a bare_word call
    support_bit: int = 0
    controller_bit: int = 0
    launch_bit: int = 0
    victim_bit: int = 0


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    c = load_yaml("cues.yaml")
    frames = load_yaml("frames.yaml")
    k = lambda name: frozenset(normalize_key(w) for w in c.get(name) or [])  # noqa: E731
    cues = _Cues(
        support=k("support_markers"), affiliation=k("affiliation_markers"), between=k("between"),
        agent_markers=k("agent_markers"), agent_after_from=k("agent_after_from"),
        relatives=k("relatives"), doing=k("doing_verbs"),
        coordinators=k("coordinators"), civilian=k("civilian_victims"),
        armed=k("armed_victims"), intervention=k("intervention"), riot=k("riot_cues"),
        violent=frozenset(f for f, v in frames.items() if isinstance(v, dict) and v.get("violent")),
        genitive={f: v.get("genitive", "agent") for f, v in frames.items() if isinstance(v, dict) and "code" in v},
        standalone=frozenset(f for f, v in frames.items() if isinstance(v, dict) and v.get("standalone", True)),
        target_heads=k("target_heads"), membership=k("membership"), crowd=k("crowd"), roads=k("road_words"),
        projectiles=frozenset(w for w in k("weak_triggers") if " " not in w),
        peaceful=tuple(normalize_key(w) for w in c.get("peaceful_takeover") or []),
        exposure=k("exposure"), casualty_nouns=k("casualty_nouns"), held_by=k("held_by"),
        cause=k("cause_cues"), attribution=k("attribution_verbs"), controllers=k("place_controllers"),
        joined_openers=k("joined_openers"), passive=k("passive_forms"),
        speech=frozenset(normalize_key(w) for w in load_yaml("sources.yaml").get("speech") or [] if " " not in w),
        owner=k("owner_cues"),
        launch=k("launch_verbs"), mourning=k("mourning_words"),
        results=k("result_cues"), result_back=k("result_back"), continuing=k("ongoing_masdars"),
        topic_shifts=tuple(normalize_key(w) for w in c.get("topic_shifts") or []),
        linked=k("linked_words"),
        done_with=k("done_with_verbs"),
        death_news=k("death_news"),
        foiling=k("foiling_verbs"),
        destroyable=k("destroyable_weapons"),
        toll_causes=k("toll_causes"),
        bombs=frozenset(f for f, v in frames.items() if isinstance(v, dict) and v.get("bomb")),
    )
    # a support marker, place controller or launch verb as written or bare; a victim
    # noun as _victim_kind reads it (also without the article)
    written: dict[str, int] = {}
    bare: dict[str, int] = {}
    bits = {}
    for name, words in (("support_bit", cues.support), ("controller_bit", cues.controllers),
                        ("launch_bit", cues.launch)):
        bit = bits[name] = wordflags.new_bit()
        for w in words:
            written[w] = written.get(w, 0) | bit
            bare[w] = bare.get(w, 0) | bit
    victims = cues.civilian | cues.armed
    bits["victim_bit"] = wordflags.new_bit()
    cues = replace(cues, **bits)
    wordflags.register_surface_bits(written.keys() | bare.keys() | victims,
                                    partial(_frame_flags, written, bare, victims, bits["victim_bit"]), owner=cues)
    return cues


def _frame_flags(written: dict, bare: dict, victims: frozenset, victim_bit: int, w: str) -> int:
    """The frame scans' word flags of a word (see _cues): one bare_word call per new word."""
    b = _bare(w)
    flags = written.get(w, 0) | bare.get(b, 0)
    if w in victims or b in victims or (b.startswith("ال") and b[2:] in victims):
        flags |= victim_bit
    return flags


def fill_frames(doc: Doc, triggers, actors, places, dates, casualties, attributions, counts=None,
                states=()) -> list[Frame]:
    """Frames for the asserted, non-static triggers, sentence by sentence, after folding
    outcomes and raids into the events they belong to. `counts` finds the counts
    near some words (`rasid.recognize.quantities.SentenceCounts`; None: no counts).
    `states` are country names that stand for a government ("قصفت إسرائيل قطاع غزة",
    geo/scene.government): no event's place, but the side a violent verb's bare
    subject names."""
    c = _cues()
    toks = doc.tokens
    by_sent: dict[int, list] = {}
    for t in triggers:
        by_sent.setdefault(toks[t.tok_start].sentence, []).append(t)
    attr_by_sent = {a.sentence: a for a in attributions}
    # each sentence's actors, places, dates and tolls, in text order, gathered once (a
    # scan of every mention per trigger sentence grows with the square of a long text)
    in_sent = {s: ([], [], [], [], []) for s in by_sent}
    for k, hits in enumerate((actors, places, dates, casualties, states)):
        for h in hits:
            lists = in_sent.get(toks[h.tok_start].sentence)
            if lists is not None:
                lists[k].append(h)
    frames: list[Frame] = []
    last_time = None  # (paragraph, DateHit)
    recalls = _recalled_without_event(doc, dates, by_sent)
    for s, trs in sorted(by_sent.items()):
        while recalls and recalls[0][0] < s:
            last_time = recalls.pop(0)[1:]
        sent = doc.sentences[s]
        s_actors, s_places, s_dates, s_cas, s_states = in_sent[s]
        s_dates = [d for d in s_dates if not _since(doc, d)]
        s_first = _first_token(doc, s)
        s_last = _last_token(doc, s)
        out: list[Frame] = []
        roles = _sentence_roles(doc, s_actors, s_places, c)
        for k, t in enumerate(trs):
            left = _clause_start(doc, trs[k - 1].tok_end, t.tok_start) if k else s_first
            right = trs[k + 1].tok_start if k + 1 < len(trs) else s_last + 1
            prev = out[-1] if out else None
            f = _fill(doc, t, s, left, right, prev, s_actors, s_places, c, roles, s_states)
            out.append(f)
        out = _attach_times(doc, out, s_dates, sent, last_time)
        out = _attach_casualties(out, s_cas, doc, c)
        if s_cas:
            out = [_without_mourned(doc, f, c) if f.casualties and f.frame in _CROWDS else f for f in out]
        if counts is not None:
            out = [_subject_count(doc, f, counts) for f in out]
            out = [_coordinated_victims(doc, f, c, counts) for f in out]
        out = _fold(out, c, doc)
        out = _split_towns(doc, out, s_places)
        att = attr_by_sent.get(s)
        if att is not None and att.claimant is not None:
            # "أعلن الجيش اعتقال ...": the announcing party did what it announces
            out = [_claimed(doc, f, att.claimant, c) for f in out]
        out = [_with_sentence(doc, f, att, sent, s_first, s_last, c, s_actors) for f in out]
        if s_dates:
            # the day of the sentence's own news, not of the background it recalls ("اندلعت
            # اشتباكات أمس الأحد ... بعد يومين على احتراق رضيع الجمعة"): what follows continues it
            own = [f.time for f in out if f.time is not None and not f.time_inherited and not f.trigger.reference]
            pub = doc.article.published
            lead = s == lead_sentence(doc)
            own = [d for d in own if lead or _passes_on(d, pub)]
            told = [d for d in s_dates if lead or _passes_on(d, pub)]
            if own or told:
                last_time = (sent.paragraph, own[0] if own else told[-1])
        frames.extend(out)
    return _toll_told_after(doc, frames, c)


_OPENING_DATE = 2  # words before a sentence's opening date: "وفي فبراير 2013،", "وفي عام 2012"


def _recalled_without_event(doc: Doc, dates, by_sent) -> list[tuple]:
    """(sentence, paragraph, DateHit) of the sentences that tell no event but open a
    recalled earlier month or year at its start ("وفي فبراير 2013، قاد أبو داود مهمة في تونس
    لتجنيد عناصر جديدة. كما نظم هجوما على ثكنات عسكرية"): the story has gone back to
    its background, and the next sentences that go on with it ("كما", و) tell that
    background (coding.is_historical), not the day's news the last dated event was
    told on. A day named in such a sentence ("وقال المتحدث الأحد") does not pass on:
    a statement's day need not be the events' (see _passes_on)."""
    pub = doc.article.published
    if pub is None:
        return []
    toks = doc.tokens
    out = []
    for d in dates:
        s = toks[d.tok_start].sentence
        t = d.time
        if s in by_sent or t.time_precision < 3 or (t.date.year, t.date.month) >= (pub.year, pub.month) \
                or _since(doc, d):
            continue
        if d.tok_start - first_token_from(doc, doc.sentences[s].start) > _OPENING_DATE:
            continue  # a year inside the sentence ("قدمت في عام 2014 مليار دولار", "منذ سقوط
            # النظام في العام 2003") dates that fact, not the story the next sentences go on with
        out.append((s, doc.sentences[s].paragraph, d))
    out.sort(key=lambda r: (r[0], r[2].tok_start))
    return out


def _passes_on(d, published) -> bool:
    """May the date `d` of a sentence after the lead date the sentences after it that
    tell no day? A day may. A week ("الأسبوع الماضي") or the current month or year
    ("الشهر الجاري") names no day: told in a clause of its own ("بعد نجاحها في السيطرة
    على المطار الأسبوع الماضي", "بعد سقوط ثمانية قتلى خلال احتجاجات الأسبوع الماضي"), it
    recalls what came before, and the next sentences ("وفي نفس السياق، شهدت المنطقة
    اشتباكات") go on with the day told before it (ANT and SaudiNewsNet: most sentences
    that took such a date from an earlier one were the day's news). An earlier month or
    year passes on: what follows it goes on with the recalled story ("وفي يناير الماضي
    هاجم ... وقتل في الهجوم"), background like it (coding.is_historical). The lead's
    date, whatever it is, is the story's: a report of last week's news goes on telling
    it ("أفادت التقارير باعتقال الداعية في مكة الأسبوع الماضي. وقالت مجموعة حقوقية إن
    السلطات ألقت القبض عليه")."""
    t = d.time
    if t.time_precision == 1:
        return True
    return t.time_precision >= 3 and published is not None \
        and (t.date.year, t.date.month) < (published.year, published.month)


_RESULT_OPENING = 5  # words at the start of a sentence where "نتج عن ذلك" may stand


def _toll_told_after(doc: Doc, frames: list[Frame], c: _Cues) -> list[Frame]:
    """"تعرض المركز لقذائف كثيفة ... وقد نتج عن ذلك استشهاد العريف ...": a killing with no
    killer told by a sentence that opens with a result cue pointing back ("نتج عن ذلك",
    "أسفر ذلك عن") is the toll of the last violent event of the sentence before."""
    toks = doc.tokens
    out = list(frames)
    for f in frames:
        if f.frame != "KILL" or f.agent is not None:
            continue
        first = _first_token(doc, f.sentence)
        opening = [_bare(toks[j].norm) for j in range(first, min(f.trigger.tok_start, first + _RESULT_OPENING))]
        if not (any(w in c.results for w in opening) and any(w in c.result_back for w in opening)):
            continue
        host = next((h for h in reversed(out) if h.sentence == f.sentence - 1 and h.frame in c.violent), None)
        if host is None:
            continue
        merged = replace(host, target=host.target or f.target, parts=host.parts + (f.trigger,) + f.parts,
                         casualties=host.casualties + f.casualties)
        out = [merged if x is host else x for x in out if x is not f]
    return out


def _claimed(doc: Doc, f: Frame, claimant, c: _Cues) -> Frame:
    """"أعلن الجيش اعتقال ...": the announcing party did what it announces; but in "أعلن
    التحالف تعرض إحدى مقاتلاته لإطلاق صاروخ" it is what the event was done to."""
    if f.agent is not None or f.trigger.pos != "noun" or f.frame in ("HANDOVER", "SURRENDER") \
            or f.trigger.tok_start <= claimant.tok_start or (f.trigger.reference and not _claim_word(doc, claimant, f)) \
            or _linked(doc, f.trigger, c) or _done_by_other(doc, claimant, f.trigger, c):
        return f  # (nor did it carry out the act a suspect it names is linked to, or another did)
    if f.target is not None and f.target.entry.id == claimant.entry.id:
        return f
    if f.frame in c.violent and not _claim_word(doc, claimant, f) \
            and (_own_side(claimant, f.target) or _death_told(doc, claimant, f, c)):
        return f
    toks = doc.tokens
    if f.frame in c.bombs and _state_side(claimant) and any(toks[j].norm in _THAT or _bare(toks[j].norm) in _THAT
                                  for j in range(claimant.tok_end, f.trigger.tok_start)):
        # "أعلنت الشرطة التونسية أن انفجارا وقع في مسجد بالكويت", "قالت الشرطة في بيان إن
        # انتحاريا فجر نفسه": a bomb told by a state's force or ministry in the clause a bare
        # complementiser opens is its news, not its deed (its own blast is "أعلن الجيش
        # تفجير نفق" or "أنه فجر"); an armed group telling a bombing so ("قائلا إن مقاتلي
        # التنظيم نفذوا عمليات انتحارية") claims it
        return f
    if f.frame in c.violent and _state_side(claimant) and f.target is not None and f.target.is_civilian:
        # "أعلنت السلطات الباكستانية مقتل شخصين في هجوم استهدف حافلة": a state's force or
        # authority announcing the toll of violence on civilians tells the news; a state
        # does not announce that it killed civilians (its own strikes on fighters, "أعلن
        # الجيش مقتل 20 مسلحاً", and its arrests, "أعلنت الشرطة اعتقال", stay its deeds)
        return f
    if any(_bare(toks[j].norm) in c.exposure for j in range(claimant.tok_end, f.trigger.tok_start)):
        return replace(f, target=claimant) if f.target is None else f
    return replace(f, agent=claimant)


def _own_side(claimant, target) -> bool:
    """"أعلنت وزارة الداخلية مقتل ثلاثة جنود في هجوم": a state's force or ministry that
    announces violence done to its own state's forces tells its losses; it did not attack
    them (a force with no country of its own is the article's state's). A rival authority
    of the same country (the Houthis' forces, the LNA: default_for_country false) is no
    own side: "أعلن الجيش الوطني مقتل القيادي الحوثي" is the army's deed."""
    if target is None or not (_state_side(claimant) and _state_side(target)):
        return False
    a = claimant.country or claimant.entry.country
    b = target.country or target.entry.country
    if not (a is None or b is None or a == b):
        return False
    x, y = claimant.entry, target.entry
    if x.id == y.id or (x.parent or x.id) == (y.parent or y.id):
        return True
    return (x.generic or x.default_for_country) and (y.generic or y.default_for_country)


def _death_told(doc: Doc, claimant, f: Frame, c: _Cues) -> bool:
    """"أعلنت الحركة اغتيال الناشط", "أعلنت الشرطة مقتل ثلاثة مدنيين": a party that
    announces the death of civilians (a noun of death or assassination the announcing
    verb governs, cues.yaml death_news) reports it; only a claim word makes it the
    killer. Armed dead ("أعلن الجيش مقتل عشرة مسلحين") are still the announcer's deed,
    and so is an execution ("أعلن التنظيم إعدام ...": no death_news noun)."""
    if f.target is not None and not f.target.is_civilian:
        return False
    if f.victims != "civilian" and not (f.target is not None and f.target.is_civilian):
        return False
    toks = doc.tokens
    return any(_bare(toks[j].norm) in c.death_news or toks[j].norm in c.death_news
               for j in range(claimant.tok_end, min(f.trigger.tok_end, claimant.tok_end + _DEATH_OBJECT_REACH)))


# how far after the announcer its object may stand ("أعلنت الحركة في بيان السبت اغتيال"):
# a death told further on ("أعلنت القوات استعادة الغوطة بعد عملية أسفرت عن مقتل 1700
# مدني") is another clause's, of a deed the announcer may own
_DEATH_OBJECT_REACH = 5


_CLAIM_WORDS = frozenset({"مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "مسووليته", "مسووليتها", "مسووليتهم", "تبني", "تبنى",
                          "تبنت", "يتبنى"})


def _state_side(a) -> bool:
    """A state's force, ministry or authority (the lexicon's kind, or what it resolves to)."""
    return a.entry.kind == "state" or (a.entry.resolve or ("",))[0] == "state"


_THAT = frozenset({"ان", "بان"})  # a bare complementiser; "أنه" (the speaker's pronoun) is not one


_CLAIM_VERBS = frozenset({"اعلن", "اعلنت", "اعلنوا", "تبنت", "تبنى", "تبنوا"})


def _claimed_after(doc: Doc, t, after: list):
    """"هجوم انتحاري أعلنت حركة طالبان مسؤوليتها عنه", "تفجير تبنى تنظيم داعش
    مسؤوليته": the actor right after a claim verb that follows the noun trigger (an
    adjective or two between them at most), itself followed by a claim word within two
    words, claimed the act."""
    toks = doc.tokens
    sent = toks[t.tok_start].sentence
    for j in range(t.tok_end, min(t.tok_end + 3, len(toks))):
        if toks[j].sentence != sent:
            return None
        if _bare(toks[j].norm) in _CLAIM_VERBS or toks[j].norm in _CLAIM_VERBS:
            a = next((a for a in after if a.tok_start == j + 1), None)
            if a is None or not a.is_armed:
                return None
            ok = any(_bare(toks[k].norm) in _CLAIM_WORDS or toks[k].norm in _CLAIM_WORDS
                     for k in range(a.tok_end, min(a.tok_end + 2, len(toks))) if toks[k].sentence == sent)
            return a if ok else None
    return None


def _claim_word(doc: Doc, claimant, f: Frame) -> bool:
    """"أعلنت حركة الشباب مسؤوليتها عن الهجوم": a claim of responsibility names the
    author of the event it refers back to."""
    toks = doc.tokens
    return any(_bare(toks[j].norm) in _CLAIM_WORDS or toks[j].norm in _CLAIM_WORDS
               for j in range(claimant.tok_end, f.trigger.tok_start))


TOWN_FEATURES = ("city", "town", "village", "admin2", "admin3", "camp")
SPLIT_KM = 1.0
PROVINCE_REACH_KM = 150.0  # geo/resolve._inside's default reach of a province


SPLIT_FEATURES = TOWN_FEATURES + ("admin1",)
# Words that open a new clause: a place after them is no longer in the list
_CLAUSE_OPENERS = frozenset({"فيما", "بينما", "كما", "حيث", "التي", "الذي", "الذين", "بعد", "قبل", "اثر", "عقب"})


def _split_towns(doc: Doc, frames: list[Frame], places) -> list[Frame]:
    """"في مدينتي الباب وأعزاز", "غارات ... بمحافظة لحج، وفي أنحاء من محافظة مارب":
    one event per place of a coordinated list, as ACLED codes one location per event.
    Neighbourhoods of one city ("أحياء غويران والزهور") stay one event, and a province
    named after a town in it ("حرض بمحافظة حجة") is that town's, not a second place."""

    out: list[Frame] = []
    toks = doc.tokens
    starts = sorted(f.trigger.tok_start for f in frames)
    for f in frames:
        out.append(f)
        if f.place is None or f.place.location.place.feature not in SPLIT_FEATURES:
            continue
        if _between_ends(doc, f.place):
            continue
        bound = next((x for x in starts if x > f.trigger.tok_start), len(toks))
        head = _list_head(doc, f, places, starts)
        if head is not f.place:
            out[-1] = f = replace(f, place=head)
        last = f.place
        for p in places:
            if p.tok_start <= last.tok_start:
                continue
            if p.tok_start >= bound:
                break
            if not _coordinated_place(doc, last.tok_end, p.tok_start):
                if _aside_place(doc, last, p):
                    continue  # "محافظة مارب، إلى الشرق من صنعاء، ومنطقة معبر": it locates the last one
                break
            pl = p.location.place
            used = [q.place.location.place for q in out if q.trigger is f.trigger and q.place]
            if pl.feature in SPLIT_FEATURES and all(
                    _km(pl, u) > SPLIT_KM and not _contains(pl, u) and not _contains(u, pl) for u in used):
                out.append(replace(f, place=p))
            last = p
    # one toll told for the whole list is shared among its places, as ACLED divides it,
    # never counted once per place ("قتل 7 مدنيين في غارات على مدينتي الباب وأعزاز")
    groups: dict[int, list[int]] = {}
    for i, f in enumerate(out):
        groups.setdefault(id(f.trigger), []).append(i)
    for idx in groups.values():
        if len(idx) > 1:
            for n, i in enumerate(idx):
                out[i] = replace(out[i], share=(n, len(idx)))
    return out


def _list_head(doc: Doc, f: Frame, places, starts):
    """"قتل 50 شخصا في مدينتي زملكا وعربين جراء قصف": a frame whose trigger follows the
    list (the toll folded into its cause) took the list's last place, the one nearest
    before it; the list starts at its first name, and each name is a place of the act.
    None of this when the place follows the trigger (it is then the list's first)."""
    if f.place.tok_start >= f.trigger.tok_start:
        return f.place
    prev = max((x for x in starts if x < f.trigger.tok_start), default=-1)
    head = f.place
    for q in reversed(places):
        if q.tok_start >= head.tok_start:
            continue
        if q.tok_start <= prev or q.location.place.feature not in SPLIT_FEATURES \
                or not _joined_names(doc, q.tok_end, head.tok_start):
            break
        head = q
    return head


def _joined_names(doc: Doc, gap_start: int, at: int) -> bool:
    """The place at `at` is the next name of a list right before it: "وعربين" right
    after the last name, or after one word that opens with و ("وبلدة عربين", "وفي
    عربين"). Looking back, nothing longer: "محافظة الخليل، جنوب الضفة الغربية،
    وأفادت مصادر أمنية في الخليل" is a new clause, not a list."""
    toks = doc.tokens
    if at - gap_start > 1 or toks[gap_start].sentence != toks[at].sentence:
        return False
    return toks[gap_start].norm.startswith("و")


def _between_ends(doc: Doc, p) -> bool:
    """"في السلسلة الجبلية التي تفصل بين مديريتي ناطع والملاجم", "الطريق بين بلدتي X وY":
    places after بين, bare or after their cue, are the two ends of what lies between
    them, one scene; not a list of places where the same act happened."""
    toks = doc.tokens
    j = p.tok_start - 1
    if j >= 0 and toks[j].norm != "بين" and j - 1 >= 0 and toks[j - 1].sentence == toks[j].sentence:
        j -= 1  # the list's cue: "بين مديريتي"
    return j >= 0 and toks[j].norm == "بين" and toks[j].sentence == toks[p.tok_start].sentence


def _aside_place(doc: Doc, last, p) -> bool:
    """"في أنحاء من محافظة مارب، إلى الشرق من صنعاء، ومنطقة معبر": a place in an aside
    set off by commas right after a listed place, opened by no و, tells where that place
    lies; the list goes on after it."""
    toks = doc.tokens
    if p.tok_end >= len(toks) or last.tok_end >= p.tok_start:
        return False
    first = toks[last.tok_end]
    before = doc.text[toks[last.tok_end - 1].end:first.start]
    after = doc.text[toks[p.tok_end - 1].end:toks[p.tok_end].start]
    return (("،" in before or "," in before) and ("،" in after or "," in after)
            and not first.norm.startswith("و") and p.tok_start - last.tok_end <= 4
            and first.sentence == toks[p.tok_end].sentence)


def _coordinated_place(doc: Doc, gap_start: int, at: int) -> bool:
    """The place at `at` continues a list of places: "وأعزاز" right after the last one,
    or a short gap that opens with و and no new clause ("، وفي أنحاء متفرقة من محافظة
    مارب")."""
    toks = doc.tokens
    # skip an aside between commas: "محافظة مارب، إلى الشرق من صنعاء، ومنطقة معبر بمحافظة ذمار"
    for k in range(at - 1, gap_start, -1):
        between = doc.text[toks[k - 1].end:toks[k].start]
        if ("،" in between or "," in between) and toks[k].norm.startswith("و") and at - k <= 4:
            gap_start = k
            break
    gap = toks[gap_start:at]
    if not gap or (len(gap) == 1 and toks[at].norm.startswith("و")):
        return toks[at].norm.startswith("و")  # "، ومحافظة الجوف", "وأعزاز"
    if len(gap) > 7 or any(_bare(w.norm) in _CLAUSE_OPENERS or w.norm in _CLAUSE_OPENERS for w in gap):
        return False
    first = gap[0] if gap else toks[at]
    if not first.norm.startswith("و") or first.sentence != toks[at].sentence:
        return False
    text = doc.text[toks[gap_start - 1].end:first.start]
    return "،" in text or "," in text or len(gap) <= 4


def _contains(outer, inner) -> bool:
    """A province holds a place of it (the place's admin1 is that province). A place the
    gazetteer knows no province of ("بقطاع ظهران الجنوب بمنطقة عسير": a curated border
    town) is held by a province of its country within the reach the resolver allows a
    province (150 km of its capital): the text has just said it lies there."""
    if outer.feature != "admin1" or outer.country != inner.country or not outer.admin1:
        return False
    admin1 = getattr(inner, "admin1", None)
    if admin1 or inner.feature in ("admin1", "country", "region"):
        return admin1 == outer.admin1
    return _km(outer, inner) <= PROVINCE_REACH_KM


def _first_token(doc: Doc, s: int) -> int:
    """The first token starting at or after sentence s starts (len(tokens) if none)."""
    return first_token_from(doc, doc.sentences[s].start)


def _last_token(doc: Doc, s: int) -> int:
    """The last token of sentence s (0 if it has none)."""
    run = sentence_tokens(doc, s)
    return run[-1] if run else 0


def _clause_start(doc: Doc, after: int, before: int) -> int:
    """After a previous trigger, a trigger's own clause starts at the last comma between
    them: in "وعقب سيطرة قسد على السجن، هاجمت مجموعة ..." قسد belongs to the first."""
    toks = doc.tokens
    start = after
    for j in range(after, before + 1):
        gap = doc.text[toks[j - 1].end:toks[j].start] if j > 0 else ""
        if "،" in gap or "," in gap:
            start = j
    return start


def _actor_at(actors, i):
    for a in actors:
        if a.tok_start == i:
            return a
    return None


_WHILE = frozenset({"بينما", "فيما"})


def _after_while(doc: Doc, before: list, t: TriggerHit) -> list:
    """"دخل مقاتلو المقاومة القصر، بينما قصف طيران التحالف مواقع للحوثيين": a verb
    after بينما/فيما with its subject right after it (VSO) opens a clause of its own;
    the subject of the clause before is not its subject. The actors after the last such
    word (none when it stands right before the verb)."""
    toks = doc.tokens
    for j in range(t.tok_start - 1, before[0].tok_start - 1, -1):
        if toks[j].norm in _WHILE or toks[j].norm[1:] in _WHILE:
            return [a for a in before if a.tok_start > j]
    return before


def _after_speaker(doc: Doc, before: list, t: TriggerHit, left: int, c: _Cues) -> list:
    """"وقال علي وهو أحد المتظاهرين إن الحكومة هدمت منازل": a bare complementiser (أن/إن)
    after a speech verb opens the reported clause, whose subject follows it; the speaker
    named before it is no subject of the verbs in that clause ("أنهم", with a pronoun,
    still points back at the speaker). A force or its ministry speaking of an unnamed unit
    ("أعلنت وزارة الدفاع أن مفرزة للجيش قضت") speaks for the side that acted, so only
    civilians and protesters are set aside."""
    toks = doc.tokens
    for j in range(t.tok_start - 1, before[0].tok_end - 1, -1):
        if _bare(toks[j].norm) != "ان" and toks[j].norm != "ان":
            continue
        if any(toks[k].norm in c.speech or _bare(toks[k].norm) in c.speech for k in range(left, j)):
            if _weapon_subject(doc, j + 1, c):
                return [a for a in before if a.tok_start > j]
            craft = _reported_craft(doc, j, t, before)
            if craft is not None:
                return [a for a in before if a.tok_end <= j and a.entry.kind not in ("civilian", "protester", "rioter")] + [craft]
            kept = [a for a in before if a.tok_start > j or a.entry.kind not in ("civilian", "protester", "rioter")]
            return [_speaker_s_own(a, kept, j) for a in kept]
        break
    return before


def _reported_craft(doc: Doc, j: int, t: TriggerHit, before: list):
    """"أعلنت وزارة الدفاع الروسية أن مقاتلتين أميركيتين اعترضت قاذفات روسية": a craft
    noun with a nationality adjective opening the clause a speaker reports, before its
    verb and named by no actor, is the subject: that state's air force, not the
    speaker's side (cues.yaml `craft_nouns`; the plurals are actor aliases)."""
    toks = doc.tokens
    k = j + 1
    # (a bare craft word the lexicon reads as an unattributed aircraft, or as a member
    # of the side last named, "مقاتلة" = its fighters, is this one)
    if k >= t.tok_start or t.tok_start - k > 7 \
            or any(a.tok_start > j and not (a.tok_start == k and (a.entry.unattributed or a.via == "member"))
                   for a in before) \
            or _bare(toks[k].norm) not in cue_words("craft_nouns"):
        return None
    # the nationality right after the craft or one adjective on ("طائرتين حربيتين
    # أميركيتين"); a model may follow it ("من طراز إف-15") before the verb
    for i in range(k + 1, min(k + 3, t.tok_start)):
        info = country_by_nisba(toks[i].norm)
        if info is None:
            continue
        entry = lexicon().state_actor(info.name, "air_force") or lexicon().state_actor(info.name, "military")
        if entry is None:
            return None
        return ActorHit(k, i + 1, entry, doc.raw_span(toks[k].start, toks[i].end), "nisba", info.name)
    return None


def _speaker_s_own(a, kept: list, j: int):
    """"قال متحدثون عسكريون باسم الحكومة إن طائرات حربية أغرقت سفينة": unattributed
    warplanes in the clause a state force reports are that force's own (as a ministry
    speaking of "مفرزة للجيش" speaks for the side that acted); "via speaker" lets
    coding name them by the speaker's country, or the article's."""
    if a.tok_start <= j or not a.entry.unattributed or a.country is not None:
        return a
    speakers = [s for s in kept if s.tok_end <= j and not s.entry.unattributed
                and (s.entry.kind == "state" or (s.entry.resolve or ("",))[0] == "state")]
    if not speakers:
        return a
    return replace(a, via="speaker", country=speakers[-1].country or speakers[-1].entry.country)


def _weapon_subject(doc: Doc, i: int, c: _Cues) -> bool:
    """"قال الجيش الإسرائيلي إن صاروخا أطلق من غزة": a projectile as the subject of the
    reported clause was fired by someone the speaker does not name (often at the
    speaker's side); the speaker is no agent of it. "إن صواريخه دمرت" (with the
    speaker's pronoun) is the speaker's own deed."""
    if i >= len(doc.tokens):
        return False
    tok = doc.tokens[i]
    return (tok.norm in c.projectiles or _bare(tok.norm) in c.projectiles) and not _pronoun_suffixed(doc, tok)


def _resolve_affiliation(doc: Doc, a, actors, c: _Cues):
    """"مجموعة مسلحة تابعة لتنظيم داعش" stands for IS: a generic or unidentified
    group followed by an affiliation marker takes the actor named after it."""
    toks = doc.tokens
    j = a.tok_end
    for _ in range(2):
        if j < len(toks) and _bare(toks[j].norm) in c.affiliation or (j < len(toks) and toks[j].norm in c.affiliation):
            nxt = [b for b in actors if j < b.tok_start <= j + 3]
            if nxt:
                return nxt[0]
        j += 1
    return a


def _is_support(doc: Doc, a, c: _Cues) -> bool:
    """A support marker ("بدعم من", "بمساندة") in the three words before the actor."""
    flags, bit = wordflags.token_flags(doc), c.support_bit
    return any(flags[j] & bit for j in range(max(0, a.tok_start - 3), a.tok_start))


def _sentence_roles(doc: Doc, actors, places, c: _Cues) -> tuple:
    """What a sentence's actors and places are whichever of its triggers asks (a
    sentence with an event has ~1.4 triggers): (the actors that hold no place, the ids
    of the supporting actors and of those behind a preposition, the places that are no
    road's end, the tokens of all its places). Passed to `_fill`."""
    holding = [a for a in actors if not _controller(doc, a, c)]
    supporting = {id(a) for a in actors if _is_support(doc, a, c)}
    prepositional = {id(a) for a in actors if _prepositional(doc, a)}
    off_road = [p for p in places if not _on_road(doc, p, c, places)] or places
    in_place = {i for p in places for i in range(p.tok_start, p.tok_end)}
    return holding, supporting, prepositional, off_road, in_place


def _fill(doc: Doc, t: TriggerHit, s: int, left: int, right: int, prev: Frame | None,
          actors, places, c: _Cues, roles: tuple, states=()) -> Frame:
    toks = doc.tokens
    holding, supporting, prepositional, off_road, in_place = roles
    if t.frame != "TAKEOVER":
        # "تعرضت دوما الخاضعة لسيطرة المعارضة إلى غارات": who holds the place struck is
        # part of its description, neither the striker nor the struck
        actors = holding
    main = [a for a in actors if id(a) not in supporting]
    free = [a for a in main if id(a) not in prepositional]  # may be a subject
    support = tuple(a for a in actors if id(a) in supporting and t.tok_end <= a.tok_start < right)
    after = [a for a in main if t.tok_end <= a.tok_start < right]
    before = [a for a in free if left <= a.tok_start and a.tok_end <= t.tok_start and not _place_owner(doc, a, c)]
    if before and t.pos == "verb" and after and after[0].tok_start == t.tok_end:
        before = _after_while(doc, before, t)
    if before and (t.pos == "verb" or _weapon_subject(doc, t.tok_start, c)):
        before = _after_speaker(doc, before, t, left, c)
    agent = target = None

    # 1. "بين X وY"
    for j in range(t.tok_end, min(t.tok_end + 14, right)):
        if t.frame not in ("CLASH", "AGREEMENT", "ATTACK") or (j + 1 < len(toks) and toks[j + 1].norm.isdigit()):
            break  # "ما بين 5 و7 مدنيين" is a range, not two sides
        if toks[j].norm in c.between or _bare(toks[j].norm) in c.between:
            sides = [a for a in after if a.tok_start > j]
            if sides:
                agent = _resolve_affiliation(doc, sides[0], actors, c)
                rest = [a for a in sides[1:] if a.entry.id != agent.entry.id]
                target = _resolve_affiliation(doc, rest[0], actors, c) if rest else None
                if target is None and _dual(doc, sides[0]):
                    target = agent  # "بين مجموعتين مسلحتين": both sides are of that kind
            break
    # 2. agent markers: "برصاص قناص", "على يد", "من قبل"; but "من أيدي X" names the side
    # that lost the place, not the one that took it
    loser = None
    if agent is None:
        for a in after:
            marks = [j for j in range(max(t.tok_end, a.tok_start - 2), a.tok_start)
                     if toks[j].norm in c.agent_markers or _bare(toks[j].norm) in c.agent_markers
                     or (toks[j].norm in c.agent_after_from and j > 0 and toks[j - 1].norm == "من")]
            if marks and _out_of_hands(doc, marks[0], c):
                loser = loser or a
                continue
            if marks and _held_by(doc, marks[0]):
                continue  # "مناطق لا تزال بأيدي الفصائل": who holds it, not who acted
            if marks:
                agent = _resolve_affiliation(doc, a, actors, c)
                cands = [b for b in after if b is not a and b.tok_start < a.tok_start]
                target = cands[0] if cands else None
                break
    # 3. genitive after a noun trigger ("هجوم داعش", "اعتقال القيادي")
    if agent is None and target is None and t.pos == "noun" and after and t.frame in c.violent \
            and after[0].tok_start == t.tok_end and after[0].prefix[:1] == "ب" and after[0].is_armed:
        target = after[0]  # "انفجرت عبوة ناسفة بدورية للجيش": what the bomb hit, not whose it was
    if agent is None and target is None and t.pos == "noun" and after:
        first = after[0]
        gap = [w for w in toks[t.tok_end:first.tok_start] if not w.norm.isdigit()]
        if len(gap) == 1 and gap[0].norm == "من" and c.genitive.get(t.frame) == "agent":
            gap = []  # "انتحاري من داعش": one of them, so theirs
        elif len(gap) == 1 and first.prefix.replace("ال", "") in ("ل", "ول") and not gap[0].prefix \
                and c.genitive.get(t.frame) == "agent" and gap[0].norm not in ("من", "في", "علي", "الي", "عن") \
                and not _pronoun_suffixed(doc, gap[0]):
            gap = []  # "غارات جديدة للتحالف": an adjective between the strikes and whose they are
        elif len(gap) == 2 and gap[1].norm == "من" and not gap[0].prefix and c.genitive.get(t.frame) == "agent" \
                and t.frame in c.violent and gap[0].norm not in ("في", "علي", "الي", "عن") \
                and not _pronoun_suffixed(doc, gap[0]):
            gap = []  # "بغارات مكثفة من التحالف": the strikes came from the coalition
        if len(gap) == 0:
            role = c.genitive.get(t.frame, "agent")
            if role == "agent":
                agent = _resolve_affiliation(doc, first, actors, c)
                rest = [a for a in after if a.tok_start >= agent.tok_end and a.entry.id != agent.entry.id
                        and not any(toks[j].norm in _WHILE for j in range(agent.tok_end, a.tok_start))]
                # ("قصف عشوائي للحوثيين على أحياء سكنية، فيما أحكمت المقاومة سيطرتها": an
                # actor past فيما/بينما is another clause's, not what the strike hit)
                if rest and t.frame in c.violent and rest[0].is_armed and rest[0].tok_start == agent.tok_end \
                        and rest[0].prefix[:1] == "و":
                    # "قصف لقوات النظام والطيران الروسي": a force joined to the doer by و
                    # shares the deed; what was hit comes after them
                    support, rest = support + (rest[0],), rest[1:]
                target = rest[0] if rest else None
            elif role == "target" and first.is_armed and not first.is_civilian and first.tok_end < len(toks) \
                    and toks[first.tok_end].sentence == toks[first.tok_start].sentence \
                    and toks[first.tok_end].norm.isdigit():
                agent = _resolve_affiliation(doc, first, actors, c)  # "في قتل الجيش 15 فلسطينيا": a count after the genitive is the object, so the genitive did it
            elif role == "target":
                target = first
    # 3b. "قذائف أطلقها الحوثيون", "غارات شنتها طائرات": a verb with a pronoun object
    # right after a noun trigger introduces who did it
    if agent is None and target is None and t.pos == "noun" and t.tok_end < len(toks) and toks[t.tok_end].sentence == toks[t.tok_start].sentence:
        nxt = toks[t.tok_end].norm
        # (ألقاها is a verb, not a definite noun, though it starts with ال once normalised)
        if len(nxt) > 3 and _pronoun_suffixed(doc, toks[t.tok_end]) and (nxt[:2] != "ال" or nxt.startswith("القا")):
            cand = next((a for a in after if a.tok_start == t.tok_end + 1), None)
            if cand is not None and not cand.is_civilian and not _is_weapon_owner(cand):
                agent = _resolve_affiliation(doc, cand, actors, c)
                rest = [a for a in after if a.tok_start >= agent.tok_end and a.entry.id != agent.entry.id]
                target = rest[0] if rest else None
    # 3b''. "التفجير الذي نفذه تنظيم داعش", "الغارات التي تشنها تركيا": a relative clause
    # whose verb carries the act out (cues.yaml doing_verbs) names its doer right after
    if agent is None and target is None and t.pos == "noun" and t.tok_end + 2 < len(toks) \
            and _bare(toks[t.tok_end].norm) in c.relatives and toks[t.tok_end + 1].norm in c.doing \
            and toks[t.tok_end + 2].sentence == toks[t.tok_start].sentence:
        cand = next((a for a in after if a.tok_start == t.tok_end + 2), None)
        if cand is not None and not cand.is_civilian:
            agent = _resolve_affiliation(doc, cand, actors, c)
            rest = [a for a in after if a.tok_start >= agent.tok_end and a.entry.id != agent.entry.id]
            target = rest[0] if rest else None
    # 3b'. "اعتداء انتحاري أعلن عناصر طالبان مسؤوليتهم عنه": a claim told right after the
    # noun names who did it
    if agent is None and t.pos == "noun" and t.frame in c.violent:
        claimer = _claimed_after(doc, t, after)
        if claimer is not None:
            agent = _resolve_affiliation(doc, claimer, actors, c)
            if target is not None and target.entry.id == agent.entry.id:
                target = None
    # 3c. "هجوم نسبه الجيش إلى المتمردين": the one an act is attributed to did it
    if agent is None and target is None and t.pos == "noun":
        laid = _attributed_to(doc, t, after, c)
        if laid is not None:
            agent = _resolve_affiliation(doc, laid, actors, c)
    # 4. subject before the trigger, 5. coordinated verb, 6. first actor after the verb
    if agent is None and target is None:
        coordinated = t.prefix[:1] in ("و", "ف") or (
            t.tok_start > 0 and toks[t.tok_start - 1].norm in c.coordinators)
        subj = before[-1] if before else None
        if coordinated and t.pos == "verb" and prev is not None and prev.agent is not None and subj is not None \
                and prev.target is not None and subj.tok_start >= prev.target.tok_start \
                and subj.entry.id == prev.target.entry.id:
            subj = None  # "ألقت القبض على قيادي حوثي وقتلت مرافقيه": the first verb's object is not the second's subject
        if subj is not None and len(before) >= 2 and toks[subj.tok_start].norm.startswith("و") \
                and subj.tok_start - before[-2].tok_end <= 1 and subj.entry.id != before[-2].entry.id:
            # "دخلت القوات التركية والفصائل الموالية لها": the first named leads, the other is associated
            support = support + (subj,)
            subj = before[-2]
        if subj is not None and t.pos == "noun" and (c.genitive.get(t.frame) != "agent" or t.tok_start - subj.tok_end > 2) \
                and not (t.prefix.endswith("ب") and t.frame in c.violent and t.tok_start - subj.tok_end <= 8
                         and not _linked(doc, t, c)):
            subj = None  # but "أطلق الجيش العملية بغارات": the instrument's user is the subject  # "مقتل" has no subject; a noun takes one only right before it ("شنت قوات النظام قصفاً")
        if subj is not None and t.pos == "noun" and (
                (prev is not None and prev.trigger.tok_end <= subj.tok_start
                 and any(_bare(w.norm) in c.cause for w in toks[subj.tok_end:t.tok_start]))
                or (t.tok_start > 0 and toks[t.tok_start - 1].norm in c.toll_causes)):
            # "مقتل 11 من داعش جراء استهداف مقرهم", "مقتل 4 جنود إثر هجوم": an actor told
            # inside the event before a cause word is that event's argument (what a cause
            # word follows suffered the act), not the subject of the cause
            subj = None
        if subj is not None and t.pos == "noun" and t.prefix[:1] == "و" and t.tok_start == subj.tok_end:
            subj = None  # "مقتل عنصرين من داعش وتدمير موضع": the name ends the conjunct before
        if subj is not None and t.pos == "verb" and prev is not None and prev.trigger.pos == "noun" \
                and prev.trigger.tok_end == t.tok_start and subj.tok_end <= prev.trigger.tok_start:
            subj = None  # "مصرعهما في غارات استهدفت موقعاً": the strikes are what targeted, not the dead
        near_after = [a for a in after if a.tok_start - t.tok_end <= 8 and id(a) not in prepositional
                      and not _new_that_clause(doc, t.tok_end, a.tok_start)] if t.pos == "verb" else []
        if t.pos == "noun" and t.prefix.endswith("ب") and prev is not None and prev.agent is not None \
                and not _done_by_other(doc, prev.trigger, t, c):
            subj = prev.agent  # "استهدفت المقاومة القاعدة بطائرة مسيّرة": the instrument's user
            if any(_bare(w.norm) in _RESPONSE or w.norm in _RESPONSE for w in toks[prev.trigger.tok_end:t.tok_start]):
                # "هجوم نسبه إلى المتمردين، وتم الرد عليه بضربات جوية": the side that was hit answers
                subj = prev.target if prev.target is not None and prev.target.is_armed else None
        if subj is not None and t.pos == "noun" and t.prefix.endswith("ب") and _victim_phrase(doc, subj, c):
            subj = None  # "إصابة عسكريين بانفجار لغم": the wounded did not plant the mine
        elif subj is not None and t.pos == "noun" and t.tok_start > 0 and toks[t.tok_start - 1].norm == "في" \
                and _hurt_before(doc, subj) and _victim_phrase(doc, subj, c):
            subj = None  # "أصيب سبعة جنود في تفجير انتحاري": the wounded are what it hit
        elif t.pos == "noun" and subj is None and before and _after_light_verb(doc, t):
            subj = before[-1]  # "تمكنت مفارز الجيش من تفكيك عبوة": the subject of the light verb
        if t.frame in c.violent and (subj is not None or t.pos == "verb" or _after_light_verb(doc, t)):
            ctry = _country_subject(doc, t, list(places) + list(states), left)
            if ctry is not None and (subj is None or subj.tok_end <= ctry.tok_start):
                subj = ctry  # "قال مصدر عسكري سوري إن إسرائيل شنت الضربة": the country, not the speaker
        passive = t.pos == "verb" and _bare(toks[t.tok_start].norm) in c.passive
        if subj is not None and passive:
            target = subj  # "القيادي في حركة فتح اغتيل": the subject of a passive verb is its object
        elif subj is not None and t.pos == "noun" and t.frame in c.violent and _foiled(doc, t, left, c):
            target = subj  # "أحبطت قوات الأمن هجوما على المعسكر": who foiled an attack was its target
        elif subj is not None and t.frame in ("KILL",) and (subj.is_civilian or _victim_phrase(doc, subj, c)):
            target = subj  # "10 مسلحين حوثيين قُتلوا": the counted subject of a passive died
            earlier = [a for a in before[:-1] if a.is_armed and a.entry.id != subj.entry.id]
            if earlier and t.prefix[:1] in ("و", "ف"):
                agent = earlier[-1]  # "أطلقت قوات الأمن الرصاص على المتظاهرين فقتلت ثلاثة منهم"
        elif subj is not None and (t.frame in c.violent or t.frame == "LOOTING") and _owner_of_object(doc, subj, c):
            target = subj  # "سيارات تعود لناشطين في حماس دمرت": the owner of what was hit, not who hit it
        elif subj is not None and (not subj.is_civilian or t.frame in ("PROTEST", "RIOT")):
            agent = _resolve_affiliation(doc, subj, actors, c)
        elif coordinated and t.pos == "verb" and prev is not None and prev.agent is not None:
            agent = prev.agent  # coordinated verbs share a subject; coordinated nouns are other events
        elif near_after:
            first = near_after[0]
            if t.frame in ("PROTEST", "RIOT") and first.entry.kind not in ("protester", "rioter", "civilian"):
                pass  # "مودعون يعتصمون ... والجيش يفتح طريقاً": a force after a protest verb is not its subject
            elif first.is_civilian and t.frame not in ("PROTEST", "RIOT"):
                target = first
            elif passive:
                target = first  # "اغتيل طلال الأردني القيادي في حركة فتح": who was killed, not by whom
            elif _after_object_marker(doc, t, first):
                target = first  # "ألقت القبض على ثلاثة عناصر من داعش", "شنت هجوماً على مواقع"
            elif t.frame == "LOOTING" and _after_target_head(doc, first, c, places_only=True):
                target = first  # "دمرت مواقع يستخدمها الحزب": whose positions were destroyed, not who destroyed
            elif t.frame in c.violent and t.frame not in ("CLASH", "ASSASSINATION") and first.is_armed \
                    and _victim_phrase(doc, first, c) and _civilian_object_after(doc, first, right, c):
                agent = _resolve_affiliation(doc, first, actors, c)  # "اغتصب عناصر من الدعم السريع امرأة": VSO
            elif t.frame == "ATTACK" and first.is_armed and _nominative_count(doc, first, c):
                agent = _resolve_affiliation(doc, first, actors, c)  # "اقتحم مسلحان المبنى": VSO
            elif t.frame in c.violent and t.frame not in ("CLASH", "ASSASSINATION") and (
                    _victim_phrase(doc, first, c) or _after_target_head(doc, first, c)
                    or (t.frame == "KILL" and len(near_after) == 1
                        and not (first.is_armed and _nationals_at(doc, first.tok_end, right)))):
                # ("قتل الجيش التركي ثلاثة عراقيين": people counted after the force are its
                # object, so the force is the subject)
                # "قتل جندي أميركي", "استهدف جنوداً": the one named is the victim; but in
                # "اشتبك عناصر من X" and "اغتال مسلحون X" the first named is the subject
                target = first  # "قتل جندي أميركي", "استهدف جنوداً": the one named is the victim
            else:
                agent = _resolve_affiliation(doc, first, actors, c)
        if target is None:
            start = agent.tok_end if agent is not None and agent.tok_start >= t.tok_end else t.tok_end
            co = _co_subject(doc, t, agent, after, c)
            if co is not None:
                support, start = support + (co,), co.tok_end
            # "استهدفت غارات التحالف مواقع الحوثيين": the verb before the noun takes the object
            verb_before = prev is not None and prev.trigger.pos == "verb" and prev.trigger.tok_end == t.tok_start
            rest = [a for a in after if a.tok_start >= start and (agent is None or a.entry.id != agent.entry.id)
                    and (t.pos == "verb" or verb_before or a.tok_start - t.tok_end <= 3
                         or (a.tok_start - t.tok_end <= 8 and _after_target_head(doc, a, c)))
                    and t.frame not in ("PROTEST", "RIOT") and not _instrument(doc, a)
                    and not (t.pos == "verb" and _new_that_clause(doc, t.tok_end, a.tok_start))]
            if rest:
                target = _resolve_affiliation(doc, rest[0], actors, c)
    if t.pos == "verb" and len(toks[t.tok_end - 1].norm) > 4 \
            and _pronoun_suffixed(doc, toks[t.tok_end - 1]) and t.frame in ("ABDUCT", "KILL", "ARREST", "ATTACK"):
        ref = [a for a in actors if a.tok_end <= t.tok_start and (agent is None or a.entry.id != agent.entry.id)
               and (agent is None or a.tok_end <= agent.tok_start) and a.entry.kind in ("civilian", "protester")]
        if ref:
            target = ref[-1]  # "عائلة ناشط مدني قالت إن مسلحين اختطفوه": the pronoun is the activist
    if agent is not None and _in_ranks(doc, agent) and target is None:
        agent, target = None, agent  # "سقوط قتلى في صفوف الميليشيا الحوثية": the side that lost men
    if target is None:
        ranks = [a for a in actors if left <= a.tok_start < right and _in_ranks(doc, a)
                 and (agent is None or a.entry.id != agent.entry.id)]
        if ranks:
            target = ranks[0]
    if target is None and loser is not None and (agent is None or agent.entry.id != loser.entry.id):
        target = loser  # "استعادة السيطرة ... من أيدي المليشيات الحوثية"
    if t.frame == "TAKEOVER" and target is not None and target.is_civilian:
        # civilians hold no territory: the people a takeover's sentence counts ("استعادة
        # الجيش الغوطة بعد حملة قصف أسفرت عن مقتل مئات المدنيين") are the campaign's dead,
        # not the side that lost the ground (left open for the article to fill)
        target = None
    if target is None and t.frame == "TAKEOVER":
        target = _former_holder(doc, t, after, agent, c) or target
    if agent is None and t.frame in ("PROTEST", "RIOT") and t.pos == "noun":
        crowd = [a for a in before if a.entry.kind in ("protester", "rioter")]
        if crowd:
            agent = crowd[-1]  # "ونزل آلاف المتظاهرين إلى الشوارع في مسيرات احتجاجية": the crowd marched
    if t.frame in ("ATTACK", "KILL") and agent is None and t.pos == "verb" and any(
            _bare(w.norm) in c.crowd and not (t.frame == "KILL" and _bare(w.norm) in _VICTIM_COUNTS)
            for w in toks[t.tok_end:min(right, t.tok_end + 3)]) \
            and not (t.frame == "KILL" and _bare(toks[t.tok_start].norm).startswith("استشهد")):
        # "هاجم عشرات الشبان مهاجرين": a crowd, not a force. A count after a killing verb
        # counts its dead ("استشهد وجرح عشرات الأشخاص جراء غارات", "قتل مئات المدنيين":
        # the passive is spelt like the active), and the martyred are never the killers
        t = replace(t, frame="MOB_VIOLENCE")
    if target is None and t.frame in c.violent and t.frame != "KILL" and t.pos == "noun" and before \
            and _victim_phrase(doc, before[-1], c) and (agent is None or before[-1].entry.id != agent.entry.id):
        target = before[-1]  # "أصيب عسكريان إثر انفجار لغم"
    if target is None and t.frame == "KILL" and before and (before[-1].is_civilian or _victim_phrase(doc, before[-1], c)) \
            and (agent is None or before[-1].entry.id != agent.entry.id):
        target = before[-1]  # "15 متظاهراً قُتلوا برصاص قوات الأمن"
    if target is None and t.frame in ("CLASH", "AGREEMENT"):
        for a in after:
            if a.tok_start - t.tok_end <= 5 and a.tok_start > 0 and _bare(toks[a.tok_start - 1].norm) == "مع":
                target = _resolve_affiliation(doc, a, actors, c)
                break
            if a.tok_start - t.tok_end <= 5 and a.tok_start > 0 and toks[a.tok_start].norm.startswith("مع"):
                break
    if t.frame == "CLASH" and (agent is None) != (target is None):
        known = agent or target
        other = next((a for a in reversed(before) if a.is_armed and a.entry.id != known.entry.id), None)
        if other is not None:
            agent, target = (other, target) if agent is None else (agent, other)
    if agent is not None and t.prefix.endswith("ل") and agent.tok_end <= t.tok_start and target is None and any(
            _bare(toks[j].norm) in c.exposure for j in range(max(0, agent.tok_start - 3), agent.tok_start)):
        agent, target = None, agent  # "تعرضت إحدى مقاتلات التحالف لإطلاق صاروخ": the aircraft was fired at
    if t.frame in c.violent and target is not None and _is_weapon_owner(target) and (
            agent is None or agent.entry.generic) and not _after_object_marker(doc, t, target):
        # "غارات شنتها طائرات حربية روسية": the aircraft's owner struck; but aircraft after
        # على/ضد were fired at ("يطلقون النار على الطائرات الأميركية")
        agent, target = target, None
    if target is None and t.frame in c.violent:
        target = _owned_target(doc, t, right, c, agent) or target
    if t.frame == "DISRUPTED":
        launcher = next((a for a in main if a.tok_start >= t.tok_end and a.tok_start - t.tok_end <= 10
                         and not a.entry.generic and (agent is None or a.entry.id != agent.entry.id)), None)
        if launcher is not None and (target is None or target.entry.generic):
            target = launcher  # "اعتراض طائرة مسيّرة أطلقتها جماعة الحوثي"
    if agent is None and t.frame in c.violent:
        launcher = _launched_by(doc, t, right, after, c)
        if launcher is not None:
            if target is not None and target.entry.id == launcher.entry.id:
                # "قتل طفل إثر انفجار قنبلة زرعها إرهابيون": the armed men after the verb of
                # planting were taken for the victims (the first actor after a passive
                # verb); they planted the bomb, the child is the victim
                target = None
            agent = launcher
    if agent is None and t.frame == "KILL":
        agent = _operation_owner(doc, t, after, target) or agent
    if agent is None and t.frame in c.violent:
        agent = _nisba_agent(doc, t, actors, right, c) or agent
    if agent is None and t.frame in c.violent and t.pos == "verb":
        agent = _country_as_actor(doc, t, list(places) + list(states), left, target) or agent
    if target is not None and target.is_civilian:
        member_of = _membership(doc, target, after, c)
        if member_of is not None:
            target = member_of
    victims, victims_span = _exposed_victims(doc, t, c) if t.prefix.endswith("ل") else (None, None)
    if victims is None:
        victims, victims_span = _victims(doc, t, right, c, in_place)
    if victims is None:
        victims, victims_span = _counted_nationals(doc, t, right, in_place, actors)
    if target is None and victims == "armed" and prev is not None and prev.target is not None and prev.target.is_armed:
        target = prev.target  # "وقتلت عنصرين من التنظيم، كما ألقت القبض على 5 عناصر"
    place = _place(off_road, t, left, right, doc)
    if place is None and prev is not None and prev.place is not None:
        return Frame(t, s, agent, target, (), support, victims, victims_span, prev.place, place_inherited=True)
    return Frame(t, s, agent, target, (), support, victims, victims_span, place)


def _new_that_clause(doc: Doc, start: int, end: int) -> bool:
    """"إن شخصا فجر نفسه في السوق، وإن قوات الأمن قتلت ...", "...، وقالت الشرطة إنها
    طوقت المكان": a complementiser, a verb of telling or a "but" after a comma opens another
    clause; an actor past it is that clause's subject or speaker, not the subject or
    object after the verb before it."""
    toks = doc.tokens
    telling = cue_words("telling_verbs")
    return any(j > 0 and comma_between(doc, j - 1, j)
               and (toks[j].norm in _THAT or _bare(toks[j].norm) in _THAT or _bare(toks[j].norm) in telling
                    or toks[j].norm in _BUT)
               for j in range(start, end))


# "أطلق النار عليها، ولكنها تقول لطالبان ...": a contrast after a comma opens another clause
_BUT = frozenset({"لكن", "ولكن", "لكنه", "ولكنه", "لكنها", "ولكنها", "لكنهم", "ولكنهم", "لكنهما", "ولكنهما"})


def _done_by_other(doc: Doc, before, t: TriggerHit, c: _Cues) -> bool:
    """"قصفت طائراته موقعا ... بعدما قام فلسطينيون بهجوم عبر الحدود": a masdar after
    "قام X بـ" is the deed of قام's own subject X, neither the instrument of the event
    told before it nor the deed of the party announcing it (cues.yaml done_with_verbs;
    "أعلن الجيش أنه قام بقصف" names no other doer)."""
    toks = doc.tokens
    return any((toks[j].norm in c.done_with or toks[j].norm[1:] in c.done_with) and j + 1 < t.tok_start
               and toks[j].sentence == toks[t.tok_start].sentence
               for j in range(before.tok_end, t.tok_start))


def _linked(doc: Doc, t: TriggerHit, c: _Cues) -> bool:
    """"تعرفت الشرطة على هوية مشتبه به مرتبط بالهجوم": the act after بـ is what a
    suspect is linked to, not the instrument of the sentence's subject (cues.yaml
    linked_words; a pronoun may stand between: "مشتبه به بالتفجير")."""
    toks = doc.tokens
    return any(toks[j].sentence == toks[t.tok_start].sentence
               and (toks[j].norm in c.linked or _bare(toks[j].norm) in c.linked)
               for j in range(max(0, t.tok_start - 2), t.tok_start))


def _launched_by(doc: Doc, t: TriggerHit, right: int, after, c: _Cues):
    """"استشهد طفل جراء إصابته بعيار ناري في الرأس أطلقه عليه جنود الاحتلال": a verb of
    firing or planting with a pronoun for the weapon (cues.yaml launch_verbs), later in
    the trigger's clause, names who did it: the armed actor right after it (an
    "عليه/عليهم" between)."""
    toks = doc.tokens
    flags, bit = wordflags.token_flags(doc), c.launch_bit
    for j in range(t.tok_end, min(right, len(toks))):
        if toks[j].sentence != toks[t.tok_start].sentence:
            return None
        if not flags[j] & bit:
            continue  # not a launch verb
        k = j + 1
        if k < len(toks) and toks[k].norm.startswith("علي"):
            k += 1
        cand = next((a for a in after if a.tok_start == k), None)
        if cand is not None and cand.is_armed and not _is_weapon_owner(cand):
            return cand
        return None
    return None


def _owner_of_object(doc: Doc, a, c: _Cues) -> bool:
    """"خمس سيارات تعود لناشطين في حركة حماس", "منازل مملوكة لقادة الحركة": an actor
    after a word of ownership (up to four words before it, in its sentence) owns the
    thing named before; it is what the event hit."""
    toks = doc.tokens
    return any(toks[j].sentence == toks[a.tok_start].sentence
               and (toks[j].norm in c.owner or _bare(toks[j].norm) in c.owner)
               for j in range(max(0, a.tok_start - 4), a.tok_start))


_RESPONSE = frozenset({"الرد", "رد", "ردا", "ردت", "ردوا"})


def _attributed_to(doc: Doc, t: TriggerHit, after, c: _Cues):
    """"في هجوم نسبه أيضاً إلى المتمردين الأكراد": an attribution verb right after the
    event noun, its pronoun standing for the event, and the actor after the إلى that
    follows within four words (the attributing party or an adverb may come between)."""
    toks = doc.tokens
    j = t.tok_end
    if j >= len(toks) or toks[j].sentence != toks[t.tok_start].sentence or _bare(toks[j].norm) not in c.attribution \
            and toks[j].norm not in c.attribution:
        return None
    for k in range(j + 1, min(len(toks), j + 5)):
        if toks[k].sentence != toks[j].sentence:
            return None
        if toks[k].norm == "الي":
            return next((a for a in after if a.tok_start == k + 1 and a.is_armed), None)
    # "نسبه للمتمردين": the preposition written as a clitic
    return next((a for a in after if j < a.tok_start <= j + 4 and a.prefix[:1] == "ل" and a.is_armed), None)


def _country_as_actor(doc: Doc, t: TriggerHit, places, left: int, target):
    """"إسرائيل شنت غارة", "قصفت تركيا مواقع": a country named as the subject of a
    violent verb is its armed forces (its air force for air strikes)."""
    for p in places:
        pl = p.location.place
        if pl.feature != "country":
            continue
        before = left <= p.tok_start and p.tok_end <= t.tok_start and t.tok_start - p.tok_end <= 1
        after = p.tok_start == t.tok_end and not doc.tokens[p.tok_start].prefix
        if before or after:
            role = "air_force" if t.frame in ("AIRSTRIKE", "DRONE_STRIKE") else "military"
            entry = lexicon().state_actor(pl.country, role)
            if entry is not None and (target is None or target.entry.id != entry.id):
                return ActorHit(p.tok_start, p.tok_end, entry, p.location.span, "country", pl.country)
    return None


def _country_subject(doc: Doc, t: TriggerHit, places, left: int):
    """"إن إسرائيل قصفت المطار", "إن إسرائيل شنت الضربة الجوية": a country named right
    before a violent verb, or right before the light verb of a violent noun, is the
    clause's subject (its armed forces, its air force for air strikes): nearer than any
    actor named before it, such as the source that reports the clause. Only a country
    that opens its clause (after إن/أن, a colon or a comma, or first in the sentence)
    is a subject: one after a preposition, a conjunction or a noun is not."""
    toks = doc.tokens
    ends = {t.tok_start}
    if t.pos == "noun" and t.tok_start > 0 and (_bare(toks[t.tok_start - 1].norm) in _LIGHT_VERBS
                                               or toks[t.tok_start - 1].norm in _LIGHT_VERBS):
        ends = {t.tok_start - 1}
    elif t.pos == "noun":
        return None
    for p in places:
        pl = p.location.place
        if pl.feature != "country" or p.tok_start < left or p.tok_end not in ends \
                or toks[p.tok_start].sentence != toks[t.tok_start].sentence or toks[p.tok_start].prefix:
            continue
        k = p.tok_start - 1
        opens = k < 0 or toks[k].sentence != toks[p.tok_start].sentence or _bare(toks[k].norm) == "ان" \
            or any(ch in doc.text[toks[k].end:toks[p.tok_start].start] for ch in ":،,")
        if not opens:
            continue  # "في سوريا أطلقت", "وروسيا استهدفت", "بقيادة الولايات المتحدة، قصفت": no subject
        role = "air_force" if t.frame in ("AIRSTRIKE", "DRONE_STRIKE") else "military"
        entry = lexicon().state_actor(pl.country, role)
        if entry is not None:
            return ActorHit(p.tok_start, p.tok_end, entry, p.location.span, "country", pl.country)
    return None


def _nisba_agent(doc: Doc, t: TriggerHit, actors, right: int | None = None, c: _Cues | None = None):
    """"غارات روسية", "قصف إسرائيلي": a nationality adjective on a strike names the
    state that carried it out (its air force for air strikes, else its military); so
    does one on the fire an agent marker names later in the clause ("وقتل 16 فلسطينيا
    بنيران إسرائيلية", up to `right`)."""
    toks = doc.tokens
    last = toks[t.tok_end - 1]
    # (the word after a noun whose genitive is its victim is the victim: "مقتل فلسطيني",
    # "اغتيال ضابط سوري" name who died, not who killed)
    victim_genitive = c is not None and t.pos == "noun" and c.genitive.get(t.frame) == "target"
    cands = [t.tok_end - 1] + ([t.tok_end] if t.tok_end < len(toks) and toks[t.tok_end].sentence == last.sentence
                               and not victim_genitive else [])
    if c is not None and right is not None:
        cands += [j + 1 for j in range(t.tok_end, min(right, len(toks) - 1, t.tok_end + 8))
                  if toks[j].norm in c.agent_markers and toks[j].prefix[-1:] == "ب"
                  and toks[j + 1].sentence == last.sentence]
    for i in cands:
        info = country_by_nisba(toks[i].norm)
        if info is None:
            continue
        role = "air_force" if t.frame in ("AIRSTRIKE", "DRONE_STRIKE") else "military"
        entry = lexicon().state_actor(info.name, role)
        if entry is None:
            return None
        tok = toks[i]
        return ActorHit(tok.index, tok.index + 1, entry, doc.raw_span(tok.start, tok.end), "nisba", info.name)
    return None


_LIGHT_VERBS = frozenset({"تمكن", "تمكنت", "تمكنوا", "نفذ", "نفذت", "نفذوا", "قام", "قامت", "قاموا", "اقدم", "اقدمت",
                          "اقدموا", "واصل", "واصلت", "واصلوا", "باشر", "باشرت", "بدا", "بدات", "شن", "شنت", "شنوا",
                          "كثف", "كثفت", "كثفوا", "جدد", "جددت", "جددوا", "صعد", "صعدت", "صعدوا", "استانف",
                          "استانفت", "استانفوا", "وسع", "وسعت", "وسعوا"})


def _foiled(doc: Doc, t, left: int, c: _Cues) -> bool:
    """A verb of foiling or repelling (cues.yaml foiling_verbs) right before an attack noun
    ("قوات الأمن أحبطت هجوما على المعسكر", "أحبطت قوات الأمن هجوما على": the verb and a
    short subject at most before the noun, aimed at something after it): its subject was
    attacked."""
    toks = doc.tokens
    aimed = any(toks[j].norm in ("علي", "ضد") for j in range(t.tok_end, min(len(toks), t.tok_end + 3)))
    # (an attack aimed at something: "أفشلت طائرات التحالف هجوما كانت الميليشيات تحضر له" is
    # a strike on the attackers before it came)
    return aimed and any(_bare(toks[j].norm) in c.foiling or toks[j].norm in c.foiling
                         for j in range(max(left, t.tok_start - _FOIL_REACH), t.tok_start))


_FOIL_REACH = 4  # words from a verb of foiling to the attack noun it governs


_CO_SUBJECT_REACH = 3  # words between a verb and its subject ("سيطرت قوات النخبة التابعة للجيش")


def _co_subject(doc: Doc, t, agent, after, c: _Cues):
    """"استعادت قوات الجيش وعناصر المقاومة الشعبية قاعدة العند": an armed actor joined by
    و right after a subject that follows its verb shares the deed; the object comes after
    both. Not for a fight or a deal, whose "X وY" are the two sides ("اشتبك الجيش
    والمسلحون"), nor for a killing verb, whose "X وY" are often the dead of a passive
    ("وقتل المئات من أفراد الجيش والشرطة")."""
    if agent is None or agent.tok_start < t.tok_end or t.frame in ("CLASH", "AGREEMENT", "KILL") \
            or _victim_phrase(doc, agent, c):
        return None
    toks = doc.tokens
    if agent.tok_start - t.tok_end > _CO_SUBJECT_REACH or toks[agent.tok_start - 1].norm == "من":
        return None  # a subject stands next to its verb ("استهدف نقطة مشتركة من الجيش والشرطة": the owners)
    heads = (_bare(toks[j].norm) for j in range(max(t.tok_end, agent.tok_start - 4), agent.tok_start))
    if any(p in agent.prefix for p in ("ل", "ب")) and any(
            w in c.target_heads or (w.startswith("ال") and w[2:] in c.target_heads) for w in heads):
        # "استهدفت المواقع التابعة للنظام والميليشيات": the owner of what was hit is no
        # subject; but "سيطرت قوات النخبة التابعة للجيش والمقاومة": the force's is
        return None
    j = agent.tok_end
    if j < len(toks) and toks[j].norm.startswith("و") and toks[j].norm[1:] in cue_words("member_nouns"):
        j += 1  # "قوات الجيش وعناصر الدفاع الوطني": the member noun the name follows
    return next((a for a in after if a.is_armed and a.entry.id != agent.entry.id
                 and ((a.tok_start == agent.tok_end and a.prefix in ("و", "وال"))
                      or (a.tok_start == j > agent.tok_end and not a.prefix))), None)


def _after_light_verb(doc: Doc, t) -> bool:
    """"تمكنت مفارز الجيش من تفكيك عبوة". A masdar right after "من" may sit further from
    its light verb ("تمكنت المقاومة الشعبية في محافظة تعز، من استعادة السيطرة")."""
    toks = doc.tokens
    after_min = t.prefix.endswith("من") or (t.tok_start > 0 and toks[t.tok_start - 1].norm == "من")
    reach = 14 if after_min else 6
    return any(_bare(toks[j].norm) in _LIGHT_VERBS or toks[j].norm in _LIGHT_VERBS
               for j in range(max(0, t.tok_start - reach), t.tok_start) if toks[j].sentence == toks[t.tok_start].sentence)


_HANDS = frozenset({"يد", "ايدي", "يدي", "قبضه", "سيطره"})


def _in_ranks(doc: Doc, a) -> bool:
    """"في صفوف (عناصر) X": X is whose men were hit."""
    toks = doc.tokens
    return any(_bare(toks[j].norm) in ("صفوف", "صفوفها", "صفوفهم") for j in range(max(0, a.tok_start - 2), a.tok_start)
               if toks[j].sentence == toks[a.tok_start].sentence)


_DURING = frozenset({"خلال", "اثناء", "إثناء", "أثناء", "في"})


def _operation_owner(doc: Doc, t, after, target):
    """"قتل 5 مسلحين، الخميس، خلال تطهير القوات العراقية مناطق": the deaths happened in
    an operation whose doer is named right after its noun ("خلال <operation> X")."""
    toks = doc.tokens
    for a in after:
        if a.tok_start - t.tok_end > 10 or a.is_civilian or (target is not None and a.entry.id == target.entry.id):
            continue
        j = a.tok_start - 2
        if j >= t.tok_end and toks[j].norm in _DURING and toks[a.tok_start - 1].sentence == toks[t.tok_start].sentence \
                and not toks[a.tok_start - 1].norm.startswith("ال") and not toks[a.tok_start - 1].prefix \
                and _bare(toks[a.tok_start - 1].norm) not in _cues().target_heads:
            return a  # (but "قتلوا في مقر الجيش": a place of X's, not an operation of X's)
    return None


def _former_holder(doc: Doc, t, after, agent, c: _Cues):
    """"تحرير مناطق جديدة كانت تتمركز فيها ميليشيات الحوثي": the side said to hold the
    places taken (within a dozen words of the trigger) lost them."""
    toks = doc.tokens
    for a in after:
        if a.tok_start - t.tok_end > 12 or (agent is not None and a.entry.id == agent.entry.id) or a.is_civilian:
            continue
        if any(_bare(toks[j].norm) in c.held_by or toks[j].norm in c.held_by
               for j in range(max(t.tok_end, a.tok_start - 3), a.tok_start)):
            return a
    return None


def held_place(doc: Doc, a) -> bool:
    """The actor is named as who holds a place ("الخاضعة لسيطرة X"), not as acting."""
    return _controller(doc, a, _cues())


def _controller(doc: Doc, a, c: _Cues) -> bool:
    """The actor follows "الخاضعة لسيطرة", "تحت سيطرة", "التي يسيطر عليها"."""
    toks = doc.tokens
    s = toks[a.tok_start].sentence
    flags, bit = wordflags.token_flags(doc), c.controller_bit
    for j in range(max(0, a.tok_start - 2), a.tok_start):
        if flags[j] & bit and toks[j].sentence == s:
            return True
    return False


def _held_by(doc: Doc, j: int) -> bool:
    """"بأيدي X", "في يد X", "تحت يد X": in X's hands (a state). Only "على يد/أيدي X"
    names who did something."""
    toks = doc.tokens
    w = toks[j].norm
    hand = _bare(w) in ("يد", "ايدي", "يدي") or w in ("يد", "ايدي", "يدي")
    if not hand:
        return False
    return not (j > 0 and toks[j - 1].norm in ("علي", "وعلي"))


def _out_of_hands(doc: Doc, j: int, c: _Cues) -> bool:
    """"من أيدي X", "من يد X": the place was taken from X."""
    toks = doc.tokens
    w = toks[j].norm
    if w.startswith("من") and w[2:] in _HANDS:
        return True
    return _bare(w) in _HANDS and j > 0 and toks[j - 1].norm == "من"


def _pronoun_suffixed(doc: Doc, tok) -> bool:
    """An attached object pronoun (ه، ها، هم، هما) — read from the raw text, where a
    taa marbuta (ثلاثة) is not the pronoun ه it normalises to."""
    raw = doc.text[tok.start:tok.end]
    raw = "".join(ch for ch in raw if not ("\u064b" <= ch <= "\u0652"))
    return raw.endswith(("ه", "ها", "هم", "هما"))


_CIVILIAN_PROPERTY = frozenset({"منازل", "منزل", "مساكن", "بيوت", "سيارات", "مزارع", "ممتلكات", "محال", "متاجر",
                                "اراضي", "محاصيل", "مواشي"})


# land nouns that a feminine nationality adjective makes a country's territory
# ("الأراضي اليمنية"), where "أراضي الفلسطينيين" (people in the genitive) is property
_TERRITORY = frozenset({"اراضي"})


def _owned_target(doc: Doc, t, right: int, c: _Cues, agent):
    """"استهدفوا موقع المالكية الإسرائيلي": a position named with a nationality belongs to
    that state's military."""
    toks = doc.tokens
    for j in range(t.tok_end, min(right, t.tok_end + 5)):
        w = _bare(toks[j].norm)
        w = w[2:] if w.startswith("ال") else w
        if w in c.target_heads or w in _CIVILIAN_PROPERTY:
            for k in range(j + 1, min(right, j + 4)):
                info = country_by_nisba(toks[k].norm)
                if info is not None and w in _TERRITORY and toks[k].norm.endswith("يه"):
                    return None  # "الأراضي اليمنية": the country's territory, no one's property
                if info is not None and agent is not None and agent.tok_start <= k < agent.tok_end:
                    return None  # "عناصر طالبان الباكستانيون": the nisba is part of the agent's name
                if info is not None:
                    # "منازل الفلسطينيين" are civilians'; "موقع المالكية الإسرائيلي" the army's
                    entry = (lexicon().entries.get("civilians") if w in _CIVILIAN_PROPERTY
                             else lexicon().state_actor(info.name, "military"))
                    if entry is not None and (agent is None or agent.entry.id != entry.id):
                        return ActorHit(k, k + 1, entry, doc.raw_span(toks[j].start, toks[k].end), "nisba", info.name)
            return None
    return None


def _after_object_marker(doc: Doc, t, a) -> bool:
    toks = doc.tokens
    return any(_bare(toks[j].norm) in ("علي", "ضد") for j in range(max(t.tok_end, a.tok_start - 4), a.tok_start))


def _instrument(doc: Doc, a) -> bool:
    """"بالمدفعية", "بالدبابات": a force named as the means of an attack is not its target."""
    return a.entry.generic and "ب" in a.prefix


def _dual(doc: Doc, a) -> bool:
    words = [doc.tokens[i].norm for i in range(a.tok_start, a.tok_end)]
    return any(w.endswith(("تين", "تان")) for w in words) or any(w.endswith(("ين", "ان")) and w.startswith("فصيل") for w in words)


def _prepositional(doc: Doc, a) -> bool:
    """"للجماعات الإرهابية", "بقوات النظام": an actor behind a preposition is never the
    subject of a verb."""
    if a.tok_start > 0 and _bare(doc.tokens[a.tok_start - 1].norm) in _cues().affiliation:
        return False  # "مفارز التابعة للجيش العراقي": the affiliated unit is the subject
    if a.tok_start > 0 and doc.tokens[a.tok_start - 1].norm in _PREPOSITIONS \
            and doc.tokens[a.tok_start - 1].sentence == doc.tokens[a.tok_start].sentence:
        return True  # "تضييق الخناق على الحوثي", "هجوم ضد الجيش": an object, never the subject
    # the proclitics the alias match stripped: "كتائب حزب الله" begins with its own ك
    p = a.prefix[1:] if a.prefix[:1] in ("و", "ف") else a.prefix
    return p[:1] in ("ل", "ب", "ك") and a.via == "alias"


_PREPOSITIONS = frozenset({"علي", "ضد", "مع", "الي", "نحو", "تجاه", "باتجاه"})
_PLACE_PREPOSITIONS = frozenset({"في", "علي", "الي", "قرب", "داخل", "عند", "امام", "نحو", "باتجاه", "ضد", "من", "حول"})


def _place_owner(doc: Doc, a, c) -> bool:
    """"قتلوا في مقر الجيش حيث فجر المهاجمون سيارة", "بالقرب من قاعدة للقوات الأمريكية":
    an actor right after a place noun that stands behind a preposition owns the place
    the phrase locates; it is no subject of the verb after it."""
    toks = doc.tokens
    j = a.tok_start - 1
    if j < 1 or toks[j].sentence != toks[a.tok_start].sentence:
        return False
    w = _bare(toks[j].norm)
    w = w[2:] if w.startswith("ال") else w
    if w not in c.target_heads or _is_victim_word(w, c) or w in c.membership:
        return False
    return toks[j].prefix[-1:] in ("ب", "ل") or _bare(toks[j - 1].norm) in _PLACE_PREPOSITIONS


def _is_weapon_owner(a) -> bool:
    return a.entry.role == "air_force" or a.entry.unattributed or (a.entry.resolve or ("", ""))[1] == "air_force"


def _membership(doc: Doc, target, after, c: _Cues):
    toks = doc.tokens
    for j in range(target.tok_end, min(len(toks), target.tok_end + 5)):
        if _bare(toks[j].norm) in c.membership or toks[j].norm in c.membership:
            for a in after:
                if j < a.tok_start <= j + 4 and a.is_armed:
                    return a
    return None


def _is_victim_word(w: str, c: _Cues) -> bool:
    """عنصر، عنصرين، عنصران، العناصر …: any number or case of a victim noun."""
    w = w[2:] if w.startswith("ال") else w
    cands = {w}
    if w.endswith("ان"):
        cands.add(w[:-2] + "ين")
    if w.endswith("ون"):
        cands.add(w[:-2] + "ين")
    return any(x in c.armed or x in c.civilian for x in cands)


def _after_target_head(doc: Doc, a, c: _Cues, places_only: bool = False) -> bool:
    """"مواقع الحوثيين", "تجمعات لعناصر قسد": the actor owns what was hit. With
    `places_only`, people ("عناصر من قوات الدعم السريع") are no such head."""
    toks = doc.tokens
    for j in range(max(0, a.tok_start - 2), a.tok_start):
        w = _bare(toks[j].norm)
        if w in c.target_heads or (w.startswith("ال") and w[2:] in c.target_heads):
            if places_only and (_is_victim_word(w, c) or w in c.membership):
                continue
            return True
    return False


_HURT = ("اصيب", "اصيبت", "اصيبوا", "قتل", "قتلت", "قتلوا", "جرح", "جرحت", "جرحوا", "لقي", "لقيت", "لقوا", "استشهد",
         "استشهدت", "استشهدوا", "اصابه", "مقتل", "اصابت")


def _hurt_before(doc: Doc, a) -> bool:
    """A casualty verb up to three words before the actor: "أصيب سبعة جنود"."""
    toks = doc.tokens
    # "ولقي": و + لقي, not the preposition ل (which _bare would strip as "ول")
    return any(_bare(toks[j].norm) in _HURT or toks[j].norm in _HURT
               or (toks[j].norm[:1] in "وف" and toks[j].norm[1:] in _HURT)
               for j in range(max(0, a.tok_start - 5), a.tok_start) if toks[j].sentence == toks[a.tok_start].sentence)


_RANKS_OF = frozenset({"افراد", "عناصر", "رجال", "منتسبي", "جنود", "ضباط"})


def _victim_phrase(doc: Doc, a, c: _Cues) -> bool:
    """An actor written as a count of people ("جندي أميركي", "3 عناصر من الشرطة") is
    someone things happen to, not a named force acting."""
    toks = doc.tokens
    w = _bare(toks[a.tok_start].norm)
    w = w[2:] if w.startswith("ال") else w
    if a.tok_start > 0 and toks[a.tok_start - 1].norm.isdigit():
        return True
    k = a.tok_start - 1
    if k > 1 and _bare(toks[k].norm) in _RANKS_OF and toks[k - 1].norm == "من" \
            and toks[k - 1].sentence == toks[a.tok_start].sentence:
        k -= 1  # "اثنين من أفراد شرطة الدرك قتلا": counted among the men of a force
    if k > 0 and toks[k].norm in ("من", "في"):
        # "عنصرين من قوات النظام", "قتلى وجرحى من ميليشيات الحوثي", "قياديان بارزان في
        # ميليشيات الحوثي": people counted as members of a side (a word of praise between)
        for j in range(k - 1, max(-1, k - 3), -1):
            if toks[j].sentence != toks[a.tok_start].sentence:
                break
            w2 = _bare(toks[j].norm)
            if toks[j].norm.isdigit() or _is_victim_word(w2, c) or w2 in c.casualty_nouns \
                    or (k < a.tok_start - 1 and parse_number_words(toks[j].norm)):
                return True  # (a count in words only before "من أفراد": "اثنين" alone is also Monday's)
    return w in c.armed or w in c.civilian


def _nominative_count(doc: Doc, a, c: _Cues) -> bool:
    """"اقتحم مسلحان المبنى", "هاجم عسكريون الحاجز": a dual or sound plural in the
    nominative (-ان, -ون) right after the verb is its subject; the object is written
    -ين or -ا ("استهدف جنديين"). Only for verbs of attacking, which news rarely puts in
    the passive ("قُتل جنديان" is the dead): no number or preposition before it."""
    toks = doc.tokens
    w = _bare(toks[a.tok_start].norm)
    if a.tok_start > 0 and toks[a.tok_start - 1].norm.isdigit():
        return False
    return w[-2:] in ("ان", "ون") and w in c.armed


def _victims(doc: Doc, t: TriggerHit, right: int, c: _Cues, skip=frozenset()) -> str | None:
    """civilian | armed from the first counted noun after the trigger (not a word of a
    place name: "ود مدني")."""
    toks = doc.tokens
    flags, bit = wordflags.token_flags(doc), c.victim_bit
    for j in range(t.tok_end, min(right, t.tok_end + 6)):
        kind = None if not flags[j] & bit or j in skip else _victim_kind(toks[j].norm, c)
        if kind is not None:
            return kind, doc.raw_span(toks[j].start, toks[j].end)
    return None, None


def _counted_nationals(doc: Doc, t: TriggerHit, right: int, in_place, actors) -> tuple:
    """"اختطف 9 عراقيين", "قتل ثلاثة لبنانيين", "قتل الجيش نحو 60 فلسطينيا": people
    counted by a nisba right after the trigger or its subject (a number first) are
    civilians; a nisba naming a force or a group is an actor (skipped) and says who
    they are. Words of a place (`in_place`, token indices) are no such count either
    ("ود مدني")."""
    toks = doc.tokens
    for j in range(t.tok_end + 1, min(right, t.tok_end + 6)):
        w = toks[j].norm
        # (the word's shape first: the words of places and actors are looked at only
        # for a nisba, and hardly any word is one)
        if not (len(w) > 5 and w.endswith(("يين", "يون", "يا")) and not w.startswith("ال")):
            continue
        if j in in_place or j - 1 in in_place or toks[j].sentence != toks[t.tok_start].sentence \
                or any(a.tok_start <= j < a.tok_end or a.tok_start <= j - 1 < a.tok_end for a in actors):
            continue
        if _counted_national(doc, j):
            return "civilian", doc.raw_span(toks[j].start, toks[j].end)
    return None, None


def _counted_national(doc: Doc, j: int) -> bool:
    """Is token j a nisba counted by the number before it: a plural ("ثلاثة عراقيين") or,
    after a number from eleven on, the singular of a country's people ("60 فلسطينيا")?"""
    toks = doc.tokens
    w = toks[j].norm
    if len(w) <= 5 or w.startswith("ال") or j == 0:
        return False
    prev = toks[j - 1].norm
    if w.endswith(("يين", "يون")):
        return _number_value(prev) is not None
    if w.endswith("يا") and country_by_nisba(w[:-1]) is not None:
        n = _number_value(prev)
        return n is not None and n >= 11
    return False


@lru_cache(maxsize=4096)
def _number_value(norm: str) -> float | None:
    """The number a token's norm writes, in digits or words (kept per word: reading a
    number word builds a small document)."""
    d = digit_value(norm)
    return d[0] if d is not None else parse_number_words(norm)


def _nationals_at(doc: Doc, start: int, right: int) -> bool:
    """Counted nationals within three words from `start` in the clause (a number between)."""
    return any(_counted_national(doc, j) for j in range(start + 1, min(right, start + 3)))


def _victim_kind(norm: str, c: _Cues) -> str | None:
    """civilian | armed when the word is a victim noun: as written ("فتاه" is not ف +
    تاه), without its proclitics, or without its article."""
    w = _bare(norm)
    forms = (norm, w, w[2:] if w.startswith("ال") else w)
    if any(f in c.civilian for f in forms):
        return "civilian"
    if any(f in c.armed for f in forms):
        return "armed"
    return None


def _civilian_object_after(doc: Doc, a, right: int, c: _Cues) -> bool:
    """A civilian noun later in the clause ("... امرأة") is the verb's object, so the
    armed men named first are its subject."""
    toks = doc.tokens
    return any(toks[k].norm in c.civilian or _bare(toks[k].norm) in c.civilian
               for k in range(a.tok_end, min(right, a.tok_end + 4)))


def _exposed_victims(doc: Doc, t: TriggerHit, c: _Cues):
    """"تعرضت فتاة لاغتصاب": the person exposed to the act, between the exposure word and
    the trigger, is its victim."""
    toks = doc.tokens
    for j in range(t.tok_start - 1, max(-1, t.tok_start - 6), -1):
        if toks[j].sentence != toks[t.tok_start].sentence:
            break
        if _bare(toks[j].norm) in c.exposure or toks[j].norm in c.exposure:
            for k in range(j + 1, t.tok_start):
                kind = _victim_kind(toks[k].norm, c)
                if kind is not None:
                    return kind, doc.raw_span(toks[k].start, toks[k].end)
            break
    return None, None


def _on_road(doc: Doc, p, c: _Cues, places=()) -> bool:
    """"على أوتوستراد دمشق–درعا": both ends of a named road are the road, not the place;
    so are the ends told with بين ("على الطريق الرابط بين الموصل وبغداد قرب ناحية
    القيارة": the road runs between them, the bomb lay near the third)."""
    toks = doc.tokens
    j = p.tok_start - 1
    if j >= 0 and _bare(toks[j].norm) in c.roads:
        return True
    if j >= 0 and toks[j].norm == "بين" and any(
            _bare(toks[k].norm) in c.roads for k in range(max(0, j - 3), j) if toks[k].sentence == toks[j].sentence):
        return True
    for q in places:
        if q.tok_end == p.tok_start and q is not p and _on_road(doc, q, c):
            gap = doc.text[toks[q.tok_end - 1].end:toks[p.tok_start].start]
            if gap.strip() in ("-", "–", "—", "/"):
                return True
        # the other end after و: "بين الحديدة من جهة، وصنعاء وتعز من جهة أخرى"
        if q is not p and 0 <= p.tok_start - q.tok_end <= 5 and toks[p.tok_start].prefix.startswith("و") \
                and toks[q.tok_start].sentence == toks[p.tok_start].sentence \
                and q.tok_start > 0 and toks[q.tok_start - 1].norm == "بين" and _on_road(doc, q, c):
            return True
    return False


_ASIDES = frozenset({"الذي", "التي", "الذين", "اشاره", "بعد", "وبعد", "بعدما", "وبعدما"})
_AFTER = frozenset({"بعد", "وبعد"})


def _aside_start(doc: Doc, t: TriggerHit, right: int) -> int:
    """Where an aside after a comma begins ("، في إشارة إلى حزب العمال الذي تصنفه
    أنقرة والولايات المتحدة ..."): places named in it are not where the event was.
    So is a clause of what came before, after a comma ("قتلت القوات عشرات المحتجين،
    بعد أن أجج افتتاح السفارة في القدس التوترات": the killings were not in Jerusalem);
    a violent cause told there is a trigger of its own, which ends the clause before."""
    toks = doc.tokens
    for j in range(t.tok_end + 1, right):
        if toks[j].norm not in _ASIDES:
            continue  # (all the cases below open with one of them)
        if toks[j].norm in _AFTER and not (j + 1 < right and toks[j + 1].norm == "ان"):
            continue  # "بعد" alone is a preposition ("بعد ظهر اليوم في المدينة")
        if comma_between(doc, j - 1, j) \
                or (toks[j].norm == "اشاره" and toks[j - 1].norm == "في"
                    and comma_between(doc, j - 2, j - 1)):
            return j
    return right


_FIRED = frozenset({"AIRSTRIKE", "DRONE_STRIKE", "SHELLING", "SHELLING_OR_AIR", "DISRUPTED"})
_TOWARD = frozenset({"علي", "نحو", "باتجاه", "اتجاه", "صوب", "تجاه", "الي"})
_PROJECTILES = frozenset({"صاروخ", "صاروخا", "صواريخ", "الصواريخ", "قذيفه", "قذائف", "القذائف", "طائرات", "الطائرات"})


def _launch_site(doc: Doc, site, target) -> bool:
    """"أطلقت صواريخ من إسرائيل على مطار التيفور", "اعترضت صاروخا أطلق من صعدة باتجاه
    نجران": the place a strike was fired from (من after a launch word or a projectile,
    a cue word or two allowed between: "من قاعدة", "من داخل الأراضي") is not where it
    struck or was stopped, when the clause goes on to the place it was fired at (على،
    نحو، باتجاه، صوب، إلى); the base aircraft flew from ("طائرات انطلقت من قاعدة
    أكروتيري في قبرص منشأة قرب حمص") is not, whatever word leads to the next place. "أجزاء من مدينة دوما" is the place itself (no launch word). A target told
    only by its country ("من قطاع غزة نحو جنوب إسرائيل") places nothing finer than the
    launch site, which is kept."""
    toks = doc.tokens
    at = next((j for j in range(site.tok_start - 1, max(-1, site.tok_start - 5), -1) if toks[j].norm == "من"), None)
    if at is None or at == 0:
        return False
    # the launch word, right before من or before its subject ("أطلقه الحوثيون من صعدة")
    words = [toks[j].norm for j in range(max(0, at - 3), at) if toks[j].sentence == toks[at].sentence]
    flew = any(w.startswith(("انطلق", "وانطلق")) for w in words)  # "طائرات انطلقت من قاعدة أكروتيري في قبرص"
    if not (flew or (words and words[-1] in _PROJECTILES) or any(w.startswith(("اطلق", "واطلق")) for w in words)):
        return False
    if not flew and not any(toks[j].norm in _TOWARD for j in range(site.tok_end, target.tok_start)):
        return False
    return target.location.place.feature != "country" or site.location.place.feature == "country"


def _place(places, t: TriggerHit, left: int, right: int, doc: Doc | None = None):
    """The first place after the trigger in its clause, else the last one before it."""
    after = [p for p in places if t.tok_end <= p.tok_start < right]
    if after and doc is not None:
        # places in an aside are not where the event was: the aside's start is looked
        # for only when a place follows, and only up to the first such place (most
        # triggers have none after them, and an aside after it changes nothing)
        first = after[0].tok_start
        aside = _aside_start(doc, t, first + 1)
        if aside <= first:
            after = [p for p in after if p.tok_start < aside]
    if len(after) > 1 and doc is not None and t.frame in _FIRED and _launch_site(doc, after[0], after[1]):
        after = after[1:]
    if after:
        return after[0]
    before = [p for p in places if left <= p.tok_start < t.tok_start]
    if before:
        last = before[-1]
        # "جامعة الأنبار في جنوب مدينة الرمادي بمحافظة الأنبار واشتبكت": the province is the
        # town's container; the town is where it happened. So is a place the text locates
        # by the last one ("في مديرية نهم شرق العاصمة صنعاء، وذلك بعد معارك": Nihm)
        inner = [p for p in before[:-1] if _contains(last.location.place, p.location.place)
                 or (last.location.place.feature == "country" and p.location.place.country == last.location.place.country
                     and p.location.place.feature != "country")
                 or (p.container is not None and p.container == last.location.place.id)]
        return inner[-1] if inner else last
    inside = [p for p in places if t.tok_start <= p.tok_start < t.tok_end]
    return inside[0] if inside else None


_SINCE = frozenset({"منذ", "ومنذ", "حتي", "وحتي", "لغايه", "ابتداء", "اعتبارا"})


def _since(doc: Doc, d) -> bool:
    """"منذ التاسع عشر من حزيران", "حتى الساعة 19": the start or end of a period, not
    the day of an event."""
    toks = doc.tokens
    return any(toks[j].norm in _SINCE for j in range(max(0, d.tok_start - 2), d.tok_start)
               if toks[j].sentence == toks[d.tok_start].sentence)


def _attach_times(doc: Doc, frames: list[Frame], s_dates, sent, last_time) -> list[Frame]:
    """Each frame takes the nearest date expression of its sentence; a sentence without
    one takes the last date of its paragraph; else the publication date applies."""
    out = []
    inherits = None  # does the sentence take last_time's day (asked once per sentence)
    for f in frames:
        opener = _background_clause(doc, f.trigger) if s_dates else None
        dates = s_dates if opener is None else [d for d in s_dates if d.tok_start > opener]
        joiner = _joined_clause(doc, f.trigger) if dates else None
        # a day after the joiner with a trigger of the joined clause before it is that clause's
        own = dates if joiner is None else [
            d for d in dates if not any(joiner < g.trigger.tok_start < d.tok_start for g in frames)]
        if len(own) > 1:
            # "أعلنت هدنة مساء الجمعة، لكن سقوط القذائف استمر السبت": the joined clause's
            # own day dates its event; the day before the joiner is the first clause's
            before = _joiner_before(doc, f.trigger)
            if before is not None and any(g.trigger.tok_end <= before for g in frames):
                own = [d for d in own if d.tok_start > before] or own
        if own:
            d = min(own, key=lambda d: (_reported_across(doc, d, f.trigger), _distance(d, f.trigger)))
            out.append(replace(f, time=d))
        elif s_dates:
            out.append(f)  # the sentence's day is the main clause's, not the background's
        elif last_time is not None and (inherits if inherits is not None else (
                inherits := last_time[0] == sent.paragraph or _continues(doc, sent))):
            out.append(replace(f, time=last_time[1], time_inherited=True))
        else:
            out.append(f)
    return out


_THAT = frozenset({"ان", "بان", "وان", "انه", "انها", "بانه", "بانها"})


def _joined_clause(doc: Doc, t: TriggerHit) -> int | None:
    """"أطلقت قوات الأمن الرصاص على المحتجين، كما اعتقلت عدداً منهم، صباح اليوم":
    a comma then "كما"/"كذلك" opens a second main clause; a day told after its own event
    dates that event, not the trigger before the joiner ("، كما أفادت مصادر الثلاثاء" is
    "as sources said": its day stays the report's). The index of the joiner after the
    trigger, else None."""
    toks = doc.tokens
    s = toks[t.tok_start].sentence
    joiners = cue_words("clause_joiners")
    for j in range(t.tok_end, len(toks)):
        if toks[j].sentence != s:
            return None
        if toks[j].norm in joiners and any(ch in doc.text[toks[j - 1].end:toks[j].start] for ch in "،,"):
            # "، كما أفادت مصادر متطابقة الثلاثاء": "as sources said", no second clause
            telling = j + 1 < len(toks) and toks[j + 1].norm in cue_words("telling_verbs")
            return None if telling else j
    return None


def _joiner_before(doc: Doc, t: TriggerHit) -> int | None:
    """The index of a clause joiner after a comma ("، كما", "، لكن") before the trigger in
    its sentence (the clause the trigger is in was joined to one before), else None."""
    toks = doc.tokens
    s = toks[t.tok_start].sentence
    joiners = cue_words("clause_joiners") | cue_words("contrast_joiners")
    for j in range(t.tok_start - 1, 0, -1):
        if toks[j].sentence != s:
            return None
        if toks[j].norm in joiners and any(ch in doc.text[toks[j - 1].end:toks[j].start] for ch in "،,"):
            return j
    return None


def _background_clause(doc: Doc, t: TriggerHit, reach: int = 15) -> int | None:
    """"لم تخرج الندوة أمس بتوصيات، في وقت تعاني فيه معظم الدول احتجاجات شعبية": a
    clause opened by a time head after في ("في وقت", "في الوقت الذي", "في حين") whose
    verb is in the present tells the state the news falls in, not an incident on the
    main clause's day. The index of its "في" when the trigger is in such a clause (no
    comma between), else None. A past verb there ("في الوقت الذي أطلق فيه متمردون
    صواريخ") tells a second event on that same day. ("بينما تتواصل الغارات" and "حيث
    يتعرض الحي" are left out: as often as not they tell the day's news going on.)"""
    toks = doc.tokens
    s = toks[t.tok_start].sentence
    heads = cue_words("relative_time_heads")
    text = doc.text
    for j in range(t.tok_start - 1, max(0, t.tok_start - reach - 1), -1):
        if toks[j].sentence != s:
            return None
        if toks[j].norm not in heads or toks[j - 1].norm not in ("في", "وفي"):
            continue
        # not across a comma or semicolon (looked for only once a time head is met: the
        # scan back stops at the first one, so the head must come before any)
        if any(_punct_between(text[toks[k].end:toks[k + 1].start]) for k in range(j, t.tok_start)):
            return None
        v = j + 1
        if v < t.tok_start and toks[v].norm in cue_words("relatives"):
            v += 1  # "في الوقت الذي تشهد فيه"
        return j - 1 if v <= t.tok_start and present_shape(toks[v].norm) \
            and toks[v].norm not in cue_words("not_present_verbs") else None
    return None


_CLAUSE_PUNCT = frozenset("،,؛;")


def _punct_between(gap: str) -> bool:
    """A comma or semicolon in the gap between two words (nearly always one space)."""
    return gap != " " and not _CLAUSE_PUNCT.isdisjoint(gap)


def _reported_across(doc: Doc, d, t) -> bool:
    """"أعلن الجيش، الأحد، أن طائراته قصفت موقعاً ... ليل السبت": a date before the
    "أن" that opens the reported clause dates the announcement, not the event in it."""
    if d.tok_end > t.tok_start:
        return False
    toks = doc.tokens
    return any(toks[j].norm in _THAT for j in range(d.tok_end, t.tok_start))


def _continues(doc: Doc, sent) -> bool:
    """"وفي خان يونس، شارك المئات ...", "كما استهدفت غارات التحالف ...": a paragraph that
    opens with و/ف or an "also" word continues the day the report was telling."""
    k = first_token_from(doc, sent.start)
    if k >= len(doc.tokens) or sent.is_title:
        return False
    first = doc.tokens[k]
    opening = " ".join(_bare(t.norm) if i == 0 else t.norm for i, t in enumerate(doc.tokens[k:k + 3]))
    if any(opening.startswith(p) for p in _cues().topic_shifts):
        return False  # "وعلى صعيد آخر، أكدت المقاومة": another story, not the same day
    return first.prefix[:1] in ("و", "ف") or first.norm in ("كما", "كذلك", "فيما", "بينما") \
        or first.norm in _cues().joined_openers  # "وفي خان يونس، شارك المئات": و kept on a preposition


def _distance(d, t: TriggerHit) -> int:
    if d.tok_end <= t.tok_start:
        return t.tok_start - d.tok_end
    if d.tok_start >= t.tok_end:
        return d.tok_start - t.tok_end + 1  # prefer a date before the trigger on ties
    return 0


def _attach_casualties(frames: list[Frame], s_cas, doc: Doc | None = None, c: _Cues | None = None) -> list[Frame]:
    """A casualty phrase belongs to the nearest trigger before it (or the first one),
    unless its cause is told right after it ("وعلى أثر عملية المداهمة، لقي 30 مسلحا
    مصرعهم في قصف جوي", "قتل 5 جنود جراء هجوم"): the dead fell in the violence named
    after them, not in the event named before (often only the occasion)."""
    if not frames:
        return frames
    assigned: dict[int, list] = {}
    for k in s_cas:
        idx = 0
        for i, f in enumerate(frames):
            if f.trigger.tok_start <= k.tok_start or (f.trigger.tok_start < k.tok_end):
                idx = i
        if doc is not None and frames[idx].trigger.tok_start < k.tok_start:
            cause = _cause_after(doc, frames, k, c)
            if cause is not None:
                idx = cause
        assigned.setdefault(idx, []).append(k)
    return [replace(f, casualties=tuple(assigned.get(i, ()))) if i in assigned else f for i, f in enumerate(frames)]


_CROWDS = frozenset({"PROTEST", "RIOT"})


def _without_mourned(doc: Doc, f: Frame, c: _Cues) -> Frame:
    """A crowd's frame without the dead it gathers to mourn: a toll up to three words
    after a word of mourning ("تجمع الآلاف لتشييع جثامين 14 طفلا قتلوا جراء غارة",
    "تجمهر الآلاف لتشييع ضحايا الهجوم") fell before, in the event that killed them; it
    is no toll of the gathering, which stays a protest, not force used on it (cues.yaml
    mourning_words). Dead the crowd itself suffers are told by their own words
    ("فتحت القوات النار على المشيعين فقتلت اثنين")."""
    toks = doc.tokens
    keep = tuple(k for k in f.casualties
                 if not any(toks[j].sentence == toks[k.tok_start].sentence and _bare(toks[j].norm) in c.mourning
                            for j in range(max(0, k.tok_start - 3), k.tok_start + 1)))
    return f if len(keep) == len(f.casualties) else replace(f, casualties=keep)


def _cause_after(doc: Doc, frames: list[Frame], k, c: _Cues) -> int | None:
    """The violent frame whose trigger follows the casualty phrase `k` after في or a
    cause cue (cues.yaml cause_cues: جراء، إثر، بسبب ...), or with ب on the trigger
    itself ("مصرعهم بقصف"); None if none does."""
    toks = doc.tokens
    j = k.tok_end
    if j >= len(toks) or toks[j].sentence != toks[k.tok_start].sentence:
        return None
    w = _bare(toks[j].norm)
    if w == "في" or w in c.cause:
        j += 1
    elif "ب" not in toks[j].prefix:
        return None
    for i, f in enumerate(frames):
        if f.trigger.tok_start == j and f.frame in c.violent:
            return i
    return None


def _subject_count(doc: Doc, f: Frame, counts) -> Frame:
    """"ما بين 10 و15 مسلحاً قُتلوا": a passive killing verb whose counted subject comes
    before it; the count (with its bounds) is the number killed."""
    if f.frame != "KILL" or f.target is None:
        return f
    if any(k.casualty.quantity is not None and k.casualty.kind == "killed" and k.casualty.deaths for k in f.casualties):
        return f
    # a count ending a word or two before the subject, covering its first word, or
    # right after it: one with a word in [tok_start - 2, tok_end]
    q = next((q for q in counts.near(f.target.tok_start - 2, f.target.tok_end + 1)
              if 0 <= f.target.tok_start - q.tok_end <= 1
              or q.tok_start <= f.target.tok_start < q.tok_end or 0 <= q.tok_start - f.target.tok_end <= 0), None)
    if q is None or q.quantity.value is None:
        return f
    from rasid.recognize.quantities import CasualtyHit

    qv = q.quantity
    span = doc.raw_span(min(qv.span.start, f.trigger.span.start), max(qv.span.end, f.trigger.span.end))
    cas = Casualty(span, "killed", qv.value, qv.low if qv.low is not None else qv.value, qv.high, qv, None)
    rest = tuple(k for k in f.casualties if k.tok_start > f.trigger.tok_start or k.tok_end < f.trigger.tok_start)
    return replace(f, casualties=rest + (CasualtyHit(q.tok_start, f.trigger.tok_end, cas),))


def _as_protest(f: Frame) -> Frame:
    """"أطلقت قوات الأمن الرصاص على المحتجين": violence against protesters is a protest
    event with intervention (ACLED), coded from the protesters' side."""
    if f.frame in ("KILL", "ATTACK") and f.target is not None and f.target.entry.kind == "protester":
        t = replace(f.trigger, frame="PROTEST")
        return replace(f, trigger=t, agent=f.target, target=f.agent, parts=f.parts + (f.trigger,), repression=True)
    if f.frame == "LOOTING" and f.agent is not None and f.agent.entry.kind in ("protester", "rioter"):
        # "أحرق محتجون غاضبون إطارات وأغلقوا الطرق": protesters destroying property riot
        return replace(f, trigger=replace(f.trigger, frame="RIOT"))
    return f


def _coordinated_victims(doc: Doc, f: Frame, c: _Cues, counts) -> Frame:
    """"قُتل ضابط ومجند": each coordinated singular victim noun is one more death."""
    if not f.casualties:
        return f
    toks = doc.tokens
    out = []
    changed = False  # (most tolls join no second count: the frame is kept as it is)
    for k in f.casualties:
        cas = k.casualty
        if cas.kind != "killed" or cas.deaths < 1 or (cas.quantity is None and cas.deaths != 1):
            out.append(k)
            continue
        extra, j = 0, k.tok_end
        while j < len(toks) and toks[j].sentence == toks[k.tok_start].sentence and toks[j].norm.startswith("و"):
            w = toks[j].norm[1:]
            w = w[2:] if w.startswith("ال") else w
            if w in c.armed or w in c.civilian:
                extra += 1
                j += 1
            else:
                break
        if not extra and cas.quantity is not None:
            # "مقتل ثمانية من عناصر قسد وخمسة من مقاتلي العشائر": a second count joined by و
            # ("أوقعت 40 قتيلا، وأكثر من مئة جريح": a count that opens a toll of its own, the
            # wounded here, adds no dead)
            tolls = {x.tok_start for x in f.casualties}
            j = k.tok_end
            while j < len(toks) and j < k.tok_end + 6 and toks[j].sentence == toks[k.tok_start].sentence:
                q = next((q for q in counts.near(j, j + 1) if q.tok_start == j), None)
                if q is not None and q.tok_start in tolls:
                    break
                if q is not None and toks[j].norm.startswith("و") and q.quantity.value:
                    extra += q.quantity.value
                    j = q.tok_end
                    break
                j += 1
        if extra:
            span = doc.raw_span(cas.span.start, toks[j - 1].end)
            cas = replace(cas, span=span, deaths=cas.deaths + extra, low=(cas.low or cas.deaths) + extra,
                          high=(cas.high or cas.deaths) + extra)
            k = replace(k, tok_end=j, casualty=cas)
            changed = True
        out.append(k)
    return replace(f, casualties=tuple(out)) if changed else f


_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})


def _named_in_clause(doc: Doc | None, f: Frame) -> bool:
    """The frame's place follows its trigger in the trigger's own clause: no comma and
    no relative pronoun between ("في غارة جوية قتلت مسلحين كانوا يخططون لهجمات في
    العراق": Iraq is where they planned to strike, in the relative clause)."""
    if doc is None or f.place.tok_start < f.trigger.tok_end:
        return False
    toks = doc.tokens
    return not any(toks[j].norm in _RELATIVES or comma_between(doc, j - 1, j)
                   for j in range(f.trigger.tok_end, f.place.tok_start + 1))


def _compatible_agent(a, b) -> bool:
    """Same actor, or one of them only a role ("المدفعية", "القوات") of the other side."""
    return a is None or b is None or a.entry.id == b.entry.id or a.entry.generic or b.entry.generic


def _fold(frames: list[Frame], c: _Cues, doc: Doc | None = None, refs=()) -> list[Frame]:
    """Fold outcomes into the events they belong to: a killing next to a violent
    event with a compatible agent ("هاجموا ... وتسببوا بمقتل"), a raid into what
    happened during it, a surrender into the takeover it completed."""
    out: list[Frame] = []
    for f in frames:
        host = out[-1] if out else None
        if host is not None and doc is not None and _destroyed_weapon(host, f, c, doc):
            # the weapon destroyed lends the event no kind: it joins as the destruction's object
            out[-1] = _merge_frames(host, replace(f, trigger=replace(f.trigger, frame="LOOTING")))
            continue
        if host is not None and _absorbs(host, f, c, doc):
            if host.place_inherited and f.place is not None and not f.place_inherited and not _named_in_clause(doc, f):
                # "اغتيل معلم بإطلاق نار قرب منزله الذي يقع في الموصل": a place the means
                # names only inside a relative clause (or past a comma) does not replace the
                # verb's inherited one (`_own_places` would take it)
                f = replace(f, place=None)
            out[-1] = _merge_frames(host, _as_object(host, f))
            continue
        out.append(f)
    if len(out) > 1:  # (a sentence with one frame has no neighbours to fold: most have one)
        out = _fold_neighbours(out, c, doc)
    out = _captures_in_battle(out, doc)
    if doc is not None:
        out = _air_support(doc, out, c)
    # "15 متظاهراً قُتلوا برصاص قوات الأمن خلال احتجاجات": the protest absorbs the shooting
    protests = [f for f in out if f.frame in ("PROTEST", "RIOT")]
    if protests:
        kept = []
        for f in out:
            against_crowd = f.frame in ("KILL", "ATTACK") and (
                (f.target is not None and f.target.entry.kind in ("protester", "civilian"))
                or (f.target is None and f.agent is not None and (f.agent.entry.kind == "state" or f.agent.entry.generic)))
            if against_crowd:  # "استشهد شابان برصاص قوات الاحتلال خلال مشاركتهم في مسيرات العودة"
                host = protests[0]
                merged = replace(host, target=host.target or f.agent, casualties=host.casualties + f.casualties,
                                 parts=host.parts + (f.trigger,) + f.parts, time=host.time or f.time)
                out = [merged if x is host else x for x in out]
                protests[0] = merged
                continue
            kept.append(f)
        out = [next((p for p in protests if p.trigger is f.trigger), f) for f in kept]
    else:
        out = [_as_protest(f) for f in out]
    # "سيطر مقاتلو العشائر على ذيبان بعد معارك مع قسد": the recalled fight names the loser
    for i, f in enumerate(out):
        if f.frame == "TAKEOVER" and f.target is None:
            fight = next((g for g in out if g.frame == "CLASH" and g.trigger.reference
                          and g.trigger.tok_start > f.trigger.tok_start), None)
            if fight is not None:
                loser = fight.target if fight.target is not None and (
                    f.agent is None or fight.target.entry.id != f.agent.entry.id) else fight.agent
                if loser is not None and (f.agent is None or loser.entry.id != f.agent.entry.id):
                    out[i] = replace(f, target=loser)
    # a surrender in the sentence of a takeover names the side that lost
    takeovers = [f for f in out if f.frame == "TAKEOVER"]
    if takeovers:
        kept = []
        for f in out:
            if f.frame == "SURRENDER":
                tk = takeovers[0]
                loser = f.agent or f.target
                if loser is not None and tk.target is None and (tk.agent is None or loser.entry.id != tk.agent.entry.id):
                    takeovers[0] = replace(tk, target=loser, parts=tk.parts + (f.trigger,))
                    out = [takeovers[0] if x is tk else x for x in out]
                continue
            kept.append(f)
        out = [next((t for t in takeovers if t.trigger is f.trigger), f) for f in kept]
    return out


def _fold_neighbours(out: list[Frame], c: _Cues, doc: Doc | None) -> list[Frame]:
    """The folds of two frames told next to each other, in this order, each one
    left-to-right pass (`_fold_adjacent`)."""
    # a killing before its cause: "مقتل 3 مدنيين بقصف لقوات النظام"; so is a destruction
    # ("سيارات تعود لناشطين في حماس دمرت في انفجار عبوات ناسفة")
    def killing_before_cause(a: Frame, b: Frame) -> Frame | None:
        if not ((a.frame == "KILL" or (a.frame == "LOOTING" and a.sentence == b.sentence and _told_as_cause(doc, b, c)))
                and a.agent is None and b.frame in c.violent and b.frame != "KILL"):
            return None
        if b.trigger.reference and not a.trigger.reference and b.agent is not None and b.trigger.cue is not None \
                and (normalize_key(b.trigger.cue.text) in c.cause or _bare(normalize_key(b.trigger.cue.text)) in c.cause):
            # "قُتل 18 متمردا ... بعد أن شنت قوات الأمن عملية عسكرية": the deaths the main
            # clause reports are news, and the cause told after بعد/إثر with its own doer is
            # their incident, not a back-reference to one told elsewhere ("بعد محاولته
            # الهجوم", with no doer named, stays a reference)
            b = replace(b, trigger=replace(b.trigger, reference=False, cue=None))
        merged = _merge_frames(b, a, keep_host_place=True)
        if b.frame == "CLASH" and b.agent is None and a.target is not None and (
                b.target is None or a.target.entry.id != b.target.entry.id):
            merged = replace(merged, agent=a.target, target=b.target)
        return merged

    # "خمس سيارات تعود لناشطين في حماس دمرت أمس في انفجار عبوات ناسفة": what was destroyed
    # in a blast or a strike is that event's damage; whoever owned it was the target
    def damage_of_blast(a: Frame, b: Frame) -> Frame | None:
        if not (a.frame == "LOOTING" and b.frame in c.violent and b.frame != "KILL" and a.sentence == b.sentence
                and doc is not None and _caused_by(doc, a, b, c)):
            return None
        owner = a.agent if a.agent is not None and a.agent.tok_start < a.trigger.tok_start else None
        return _merge_frames(replace(b, target=b.target or owner), replace(a, agent=None, target=None),
                             keep_host_place=True)

    # "هزت انفجارات عنيفة مدينة تعز عقب غارات شنتها مقاتلات التحالف": blasts heard after
    # strikes are the strikes' own, not a bombing; the strikes are news, not a back-reference
    def blasts_of_strikes(a: Frame, b: Frame) -> Frame | None:
        if not (a.frame == "EXPLOSION" and a.agent is None and b.frame in _AIR and a.sentence == b.sentence
                and b.trigger.reference and b.trigger.cue is not None
                and _bare(normalize_key(b.trigger.cue.text)) in c.cause):
            return None
        strike = replace(b, trigger=replace(b.trigger, reference=False, cue=None))
        return _merge_frames(strike, a, keep_host_place=True)

    # "قضت مفرزة للجيش على إرهابيين اثنين ... خلال اشتباك": the killing happened in the fight
    def killing_in_fight(a: Frame, b: Frame) -> Frame | None:
        if not (a.frame == "KILL" and b.frame == "CLASH" and not b.trigger.reference and a.agent is not None
                and (b.agent is None or b.agent.entry.id == a.agent.entry.id)):
            return None
        a, b = _own_places(a, b)
        return _inherited_place(replace(b, agent=a.agent, target=b.target or a.target, casualties=b.casualties + a.casualties,
                       parts=b.parts + (a.trigger,) + a.parts, time=b.time or a.time, place=_better_place(b.place, a.place)), a, b)

    # "وسيطر رجال القبائل على هذه المناطق في اشتباكات عنيفة مع الحوثيين": the fight a
    # takeover was won in (told right after it as its means: في، خلال، بعد) is that
    # takeover; ACLED codes one territorial battle, and the fight names the loser
    def takeover_in_fight(a: Frame, b: Frame) -> Frame | None:
        if not (a.frame == "TAKEOVER" and b.frame == "CLASH" and a.sentence == b.sentence and doc is not None
                and 0 <= b.trigger.tok_start - a.trigger.tok_end <= 20 and _told_as_cause(doc, b, c)
                and not any(ch in doc.text[doc.tokens[a.trigger.tok_end - 1].end:doc.tokens[b.trigger.tok_start].start]
                            for ch in "،,؛;")):
            return None
        mine = a.agent.entry.id if a.agent is not None else None
        loser = next((x for x in (b.target, b.agent) if x is not None and x.entry.id != mine), None)
        a, b = _own_places(a, b)
        return _inherited_place(replace(a, target=a.target or loser, casualties=a.casualties + b.casualties,
                                        parts=a.parts + (b.trigger,) + b.parts, time=a.time or b.time,
                                        place=_better_place(a.place, b.place)), a, b)

    for fold in (killing_before_cause, damage_of_blast, blasts_of_strikes, killing_in_fight, takeover_in_fight):
        out = _fold_adjacent(out, fold)
    return out


_AIR = ("AIRSTRIKE", "DRONE_STRIKE", "SHELLING_OR_AIR", "SHELLING")


def _fold_adjacent(frames: list[Frame], fold) -> list[Frame]:
    """One left-to-right pass: each pair of neighbours that `fold` joins becomes the
    frame it returns, which may then join the next one."""
    out = list(frames)
    i = 0
    while i + 1 < len(out):
        merged = fold(out[i], out[i + 1])
        if merged is None:
            i += 1
        else:
            out[i:i + 2] = [merged]
    return out


def _caused_by(doc: Doc, a: Frame, b: Frame, c: _Cues) -> bool:
    """b's trigger follows a within a few words, introduced as the means or cause of a
    ("دمرت ... في انفجار", "تضررت جراء القصف")."""
    start = min([b.trigger.tok_start] + [p.tok_start for p in b.parts])  # "في انفجار عبوات ناسفة"
    first = b.trigger if start == b.trigger.tok_start else next(p for p in b.parts if p.tok_start == start)
    if not 0 <= start - a.trigger.tok_end <= 6:
        return False
    before = doc.tokens[start - 1].norm if start > 0 else ""
    return before in c.cause or _bare(before) in c.cause or before == "في" or first.prefix.endswith("ب")


def _told_as_cause(doc: Doc | None, f: Frame, c: _Cues) -> bool:
    """The event noun is told as a cause: "في انفجار", "بانفجار", "جراء قصف" (not the
    object "تدمير 5 سيارات مفخخة")."""
    if doc is None:
        return False
    t = min((f.trigger,) + f.parts, key=lambda x: x.tok_start)  # "انفجار عبوات": the first word told
    if t.pos != "noun":
        return False
    if t.prefix.replace("ال", "").endswith("ب"):
        return True
    prev = doc.tokens[t.tok_start - 1] if t.tok_start else None
    return prev is not None and (prev.norm == "في" or _bare(prev.norm) in c.cause)


def _air_support(doc: Doc, frames: list[Frame], c: _Cues) -> list[Frame]:
    """"تمكنت القوات من دخول حرم الجامعة مدعومة بغارات مكثفة من التحالف", "سيطر رجال
    القبائل على المناطق ... بمساندة ضربات جوية": strikes told as the support of a ground
    fight or advance in the same sentence are part of it; ACLED codes the battle (or the
    takeover), not a separate strike."""
    toks = doc.tokens
    flags = wordflags.token_flags(doc)

    def supporting(f: Frame) -> bool:
        i = f.trigger.tok_start
        return f.frame in _AIR and any(
            flags[j] & c.support_bit and toks[j].sentence == toks[i].sentence for j in range(max(0, i - 2), i))

    out = list(frames)
    for f in frames:
        if not supporting(f):
            continue
        host = next((g for g in out if g is not f and g.sentence == f.sentence
                     and g.frame in ("CLASH", "TAKEOVER", "ATTACK")), None)
        if host is None:
            continue
        merged = replace(host, parts=host.parts + (f.trigger,) + f.parts,
                         casualties=host.casualties + f.casualties, time=host.time or f.time)
        out = [merged if x is host else x for x in out if x is not f]
    return out


def _as_object(host: Frame, f: Frame) -> Frame:
    """"هاجم مسلحون كميناً للجيش المصري": a noun trigger that is the verb's object names
    with "لـ" whose it is; that owner was attacked, it did not attack."""
    a = f.agent
    if (host.trigger.pos == "verb" and f.trigger.pos == "noun" and a is not None and f.target is None
            and 0 <= f.trigger.tok_start - host.trigger.tok_end <= 2 and a.prefix.replace("ال", "") in ("ل", "لل")
            and (host.agent is None or host.agent.entry.id != a.entry.id)):
        return replace(f, agent=None, target=a)
    return f


def _captures_in_battle(frames: list[Frame], doc: Doc | None = None) -> list[Frame]:
    """"أحبطت قوات العمالقة عملية تسلل، وألقت القبض على قيادي حوثي وقتلت مرافقيه": armed
    men captured by the side fighting them in the same sentence (before or after the
    fight is told) were taken in that battle; ACLED codes the battle, not an arrest."""
    def fights(g: Frame, f: Frame) -> bool:
        return (g.frame in ("CLASH", "ATTACK", "KILL") and g.sentence == f.sentence and g.agent is not None
                and (f.agent is None or f.agent.entry.id == g.agent.entry.id)
                and (g.target is None or g.target.is_armed))

    out = list(frames)
    for f in frames:
        if f.frame != "ARREST" or f.target is None or not f.target.is_armed or f.target.is_civilian:
            continue
        if doc is not None and f.trigger.tok_start > 0 and doc.tokens[f.trigger.tok_start - 1].norm in ("كما", "ثم"):
            continue  # "... وقتلت عنصرين، كما ألقت القبض على 5 عناصر مختبئين": a further act, coded apart
        host = next((g for g in out if g is not f and fights(g, f)), None)
        if host is None:
            continue
        merged = replace(host, target=host.target or f.target, parts=host.parts + (f.trigger,) + f.parts,
                         casualties=host.casualties + f.casualties, time=host.time or f.time)
        out = [merged if x is host else x for x in out if x is not f]
    return out


# the more specific of two adjacent violent triggers names the event: "انفجرت عبوة
# ناسفة" is an IED, "هجوم انتحاري" a suicide bombing
SPECIFICITY = ("SUICIDE", "CHEMICAL", "IED", "GRENADE", "DRONE_STRIKE", "AIRSTRIKE", "SHELLING",
               "SHELLING_OR_AIR", "ASSASSINATION", "EXPLOSION", "ATTACK", "CLASH", "KILL")


def _adjacent_violent(host: Frame, f: Frame, c: _Cues, doc: Doc | None = None) -> bool:
    gap = f.trigger.tok_start - host.trigger.tok_end
    if doc is not None and _weapon_of(host, f, c, doc, gap):
        return True
    if not (host.frame in c.violent and f.frame in c.violent and 0 <= gap <= 4):
        return False
    if f.trigger.prefix[:1] == "و" and gap > 0:
        return False  # "غارات روسية على جسر الشغور وقصف مدفعي": a second event
    if host.frame == f.frame and gap > 2:
        return False
    if doc is None:
        return gap <= 2
    between = doc.text[host.trigger.span.end:f.trigger.span.start]
    if "،" in between or "," in between:
        return False
    # "معارك غرب تعز وقناص حوثي يقتل امرأة": a conjunction starts another clause
    return gap <= 1 or not any(t.norm.startswith("و") and len(t.norm) > 3
                               for t in doc.tokens[host.trigger.tok_end:f.trigger.tok_start])  # "فجّر انتحاري من داعش سيارة مفخخة


_VICTIM_COUNTS = frozenset({"عشرات", "مئات"})


def _strike_object_verb(doc: Doc, host: Frame, f: Frame) -> bool:
    """"شن الجيش، مساء الأربعاء، هجوما صاروخيا استهدف مواقع القوات": an attack verb right
    after the object of a split strike verb (شن/أطلق ... a strike, triggers.yaml split)
    describes that strike and names its target; it is no event of its own, whatever the
    subject and the day between the verb and its object (`_adjacent_violent` counts the
    words from the verb and stops at a comma)."""
    if not (host.frame in _REMOTE_FRAMES and host.trigger.pos == "verb" and f.frame == "ATTACK"
            and f.trigger.pos == "verb" and not f.trigger.prefix and 0 < f.trigger.tok_start - host.trigger.tok_end <= 10):
        return False
    return split_object_end(doc, host.trigger.tok_start, host.trigger.tok_end) == f.trigger.tok_start


def _weapon_of(host: Frame, f: Frame, c: _Cues, doc: Doc, gap: int) -> bool:
    """"قصفت قوات النظام بلدة في الغوطة الشرقية بغاز السارين": a weapon noun introduced
    by بـ later in the clause of a violent verb is what the verb was done with."""
    if not (host.trigger.pos == "verb" and host.frame in c.violent and f.frame in c.violent
            and f.trigger.pos == "noun" and f.trigger.prefix[:1] == "ب" and 0 < gap <= 10):
        return False
    between = doc.text[host.trigger.span.end:f.trigger.span.start]
    commas = between.count("،") + between.count(",")
    # "اغتيلت سعاد، إحدى الناشطات، بإطلاق نار": one aside set off by two commas, the
    # weapon right after it, still tells how the verb's act was done
    return (commas == 0 or (commas == 2 and between.rstrip()[-1:] in "،,")) and not any(
        t.norm.startswith("و") and len(t.norm) > 3 for t in doc.tokens[host.trigger.tok_end:f.trigger.tok_start])


_WEAPONS = frozenset({"DRONE_STRIKE", "IED", "SHELLING", "SHELLING_OR_AIR", "AIRSTRIKE", "LOOTING", "EXPLOSION",
                      "SUICIDE", "GRENADE"})


_REMOTE_FRAMES = ("AIRSTRIKE", "SHELLING", "SHELLING_OR_AIR", "DRONE_STRIKE")

_WEAPON_OBJECTS = _WEAPONS - {"LOOTING", "EXPLOSION"}


def _destroyed_weapon(host: Frame, f: Frame, c: _Cues, doc: Doc) -> bool:
    """"وتدمير سيارة مفخخة بقصف لطيران التحالف", "دمرت القوات 3 طائرات مسيرة": a weapon
    (a thing, cues.yaml destroyable_weapons) named right after a word of destroying or
    seizing, a count between, is the thing destroyed, not a bombing or a strike of its
    own: it belongs to the destruction (and with it to the strike that did it) and never
    lends that its kind. An act noun there is the subject ("دمرت ضربة جوية مخازن")."""
    # the destruction is the host, or the last part folded into it ("مقتل 23 عنصراً
    # وتدمير سيارة مفخخة": the toll took the destruction first)
    d = host.trigger if host.frame == "LOOTING" else (
        host.parts[-1] if host.parts and host.parts[-1].frame == "LOOTING" else None)
    if not (d is not None and f.frame in _WEAPON_OBJECTS and f.trigger.pos == "noun"
            and not f.trigger.prefix and f.trigger.tok_start >= d.tok_end):
        return False
    # between the two, at most a count, or the verb's own subject and day ("دمرت قوات
    # الأمن اليوم عبوة ناسفة")
    told = set()
    if d is host.trigger and d.pos == "verb":
        for x in (host.agent, host.time):
            if x is not None and x.tok_start >= d.tok_end:
                told.update(range(x.tok_start, x.tok_end))
    if len(set(range(d.tok_end, f.trigger.tok_start)) - told) > 1:
        return False
    w = doc.tokens[f.trigger.tok_start].norm
    return w in c.destroyable or (w.startswith("ال") and w[2:] in c.destroyable)


def _damage_beside_toll(host: Frame, f: Frame, doc: Doc) -> bool:
    """"أسفرت الضربة عن مقتل عنصرين وتدمير موضع دفاعي", "مقتل 17 عنصراً وتدمير 5 عربات":
    a destruction told as a noun joined by و to a death toll, in its clause, is the same
    act's other outcome (whatever caused the deaths destroyed it too), not a property
    destruction of its own."""
    gap = f.trigger.tok_start - host.trigger.tok_end
    return (host.frame == "KILL" and f.frame == "LOOTING" and host.trigger.pos == "noun" and f.trigger.pos == "noun"
            and f.trigger.prefix[:1] == "و" and 0 < gap <= 8 and f.agent is None
            and not any(ch in doc.text[host.trigger.span.end:f.trigger.span.start] for ch in "،,؛;."))


def _absorbs(host: Frame, f: Frame, c: _Cues, doc: Doc | None = None) -> bool:
    if host.frame in _REMOTE_FRAMES and f.frame in _REMOTE_FRAMES and f.trigger.pos == "noun" and doc is not None \
            and ("ال" in f.trigger.prefix or doc.tokens[f.trigger.tok_start].norm.startswith("ال")) \
            and _compatible_agent(host.agent, f.agent):
        return True  # "أطلقت أربعة صواريخ ... موضحاً أن القصف أسفر عن أضرار": the strike told again
    if host.trigger.reference or f.trigger.reference:
        return False
    if doc is not None and _damage_beside_toll(host, f, doc):
        return True
    if host.frame == f.frame and 0 <= f.trigger.tok_start - host.trigger.tok_end <= 4 and doc is not None \
            and not any(ch in doc.text[host.trigger.span.end:f.trigger.span.start] for ch in "،,") \
            and _compatible_agent(host.agent, f.agent):
        return True  # "استعاد الجيش السوري السيطرة على": one act told with two words
    if doc is not None and _strike_object_verb(doc, host, f) and _compatible_agent(host.agent, f.agent):
        return True  # "شن الجيش، مساء الأربعاء، هجوما صاروخيا استهدف مواقع": the strike and its target
    if _adjacent_violent(host, f, c, doc):
        return _compatible_agent(host.agent, f.agent)
    if host.frame == "ATTACK" and host.trigger.pos == "verb" and f.frame in _WEAPONS and f.trigger.prefix.endswith("ب") \
            and _compatible_agent(host.agent, f.agent):
        return True  # "استهدفت قاعدة حرير بطائرة مسيّرة": the instrument says what kind of attack
    if host.frame == "ATTACK" and host.trigger.pos == "verb" and f.frame in _REMOTE_FRAMES and doc is not None \
            and f.trigger.prefix[-1:] == "ل" and f.trigger.tok_start >= 2 and f.agent is None \
            and _bare(doc.tokens[f.trigger.tok_start - 1].norm) in c.continuing \
            and doc.tokens[f.trigger.tok_start - 2].norm == "في":
        return True  # "هاجم الجيش البلدة ... في تكثيف للقصف الجوي": the campaign says how it attacked
    if host.frame == "KILL" and f.frame == "ATTACK" and f.trigger.pos == "verb" and _compatible_agent(host.agent, f.agent) \
            and (f.agent is None or host.agent is not None):
        return True  # "قُتل مختار برصاص مجهولين أطلقوا النار عليه": the shooting is the killing
    if f.frame in ("KILL", "LOOTING") and host.frame in c.violent and host.frame != "KILL":
        return f.agent is None or (host.agent is not None and host.agent.entry.id == f.agent.entry.id)
    if host.frame == "RAID" and f.frame in ("KILL", "ARREST", "ATTACK", "CLASH", "ABDUCT"):
        return _compatible_agent(host.agent, f.agent)
    if host.frame in ("KILL", "ARREST") and f.frame == "RAID" and host.agent is None \
            and 0 <= f.trigger.tok_start - host.trigger.tok_end <= 6:
        return True  # "قُتل 12 مسلحاً في حملة مداهمات شنتها القوات المسلحة": the raiders killed them
    if host.frame == "DISRUPTED" and f.frame in _WEAPONS and f.trigger.pos == "noun" \
            and f.trigger.tok_start - host.trigger.tok_end <= 6:
        return True  # "اعتراض وتدمير طائرة مسيرة مفخخة": the weapon is what was stopped
    if host.frame in ("PROTEST", "RIOT") and f.frame in ("ARREST", "ATTACK", "KILL", "CLASH"):
        return True  # arrests and shooting at a protest are the intervention, not new events
    if host.frame == "ARREST" and f.frame == "ABDUCT" and f.target is None and f.agent in (None, host.agent):
        return True  # "احتجزت 45 شخصاً واقتادتهم إلى جهة مجهولة"
    return False


_VAGUE = ("country",)


def _better_place(a, b):
    """Of two candidate places for one event, the more specific: a town named after the
    verb beats the country named in the speaker's title ("تحالف دعم الشرعية في اليمن")."""
    if a is None or b is None:
        return a or b
    va = a.location.place.feature in _VAGUE
    vb = b.location.place.feature in _VAGUE
    if va != vb:
        return b if va else a
    # "وفي محافظة صعدة ... استهدف منطقة آل ثابت بمديرية قطابر": the more precise place
    return b if b.location.geo_precision < a.location.geo_precision else a


def _merge_frames(host: Frame, f: Frame, keep_host_place: bool = False) -> Frame:
    """`f` folded into `host`. A raid host yields to what happened in it. A place one
    of them only inherits from the clause before yields to a place the other's own
    words name ("وقبلها بيومين اغتيلت ناشطة، ... بإطلاق نار في البصرة": Basra, not the
    city of the killing told before)."""
    host, f = _own_places(host, f)
    return _inherited_place(_merge_own(host, f, keep_host_place), host, f)


def _own_places(a: Frame, b: Frame) -> tuple[Frame, Frame]:
    """Of two frames folded into one, the one whose place is inherited from the clause
    before loses it when the other names a place of its own; a country of its own
    ("غارات جوية روسية وسورية") does not outweigh an inherited town of that country."""
    if a.place_inherited and _owns_place(b, a.place):
        return replace(a, place=None, place_inherited=False), b
    if b.place_inherited and _owns_place(a, b.place):
        return a, replace(b, place=None, place_inherited=False)
    return a, b


def _owns_place(f: Frame, inherited) -> bool:
    """Does `f` name a place of its own that outweighs the `inherited` one?"""
    own = f.place
    if own is None or f.place_inherited:
        return False
    return own.location.place.feature not in _VAGUE or own.location.place.country != inherited.location.place.country


def _inherited_place(merged: Frame, a: Frame, b: Frame) -> Frame:
    """The folded frame's place is inherited when it is the inherited place of a part."""
    inherited = merged.place is not None and any(x.place_inherited and x.place is merged.place for x in (a, b))
    return merged if inherited == merged.place_inherited else replace(merged, place_inherited=inherited)


def _merge_own(host: Frame, f: Frame, keep_host_place: bool) -> Frame:
    if host.frame == "DISRUPTED":
        return replace(host, target=host.target or f.agent or f.target, place=_better_place(host.place, f.place),
                       time=host.time or f.time, parts=host.parts + (f.trigger,) + f.parts)
    if host.frame == "RAID" or (host.frame in SPECIFICITY and f.frame in SPECIFICITY
                                and SPECIFICITY.index(f.frame) < SPECIFICITY.index(host.frame)):
        main, other = f, host
        # a raid's place is where it all happened; otherwise the named event's own place
        place = (host.place or f.place) if host.frame == "RAID" else (f.place or host.place)
    else:
        main, other = host, f
        place = host.place or f.place if not keep_host_place else (host.place or f.place)
    if main.frame == "CLASH" and main.agent is None and other.target is not None:
        if main.target is None or other.target.entry.id != main.target.entry.id:
            main = replace(main, agent=other.target)
        # else: the killed belong to the one side named; the other stays unknown  # "عنصران من قوات النظام قُتلا في اشتباكات مع الهيئة"
    if main.frame in ("PROTEST", "RIOT") and other.frame not in ("PROTEST", "RIOT"):
        return replace(
            main, target=main.target or other.agent, place=main.place or other.place,
            casualties=main.casualties + other.casualties,
            parts=main.parts + (other.trigger,) + other.parts)
    return replace(
        main,
        agent=main.agent or other.agent,
        target=main.target or other.target,
        victims=main.victims or other.victims,
        victims_span=main.victims_span or other.victims_span,
        place=_better_place(place, other.place if place is main.place else main.place),
        time=main.time or other.time,
        casualties=main.casualties + other.casualties,
        parts=main.parts + (other.trigger,) + other.parts,
    )


def _with_sentence(doc: Doc, f: Frame, att, sent, s_first: int, s_last: int, c: _Cues, s_actors) -> Frame:
    """The frame with what its sentence tells of it: its attribution, whether it is the
    title, and the protest and takeover cues. Most frames have no attribution, are no
    title and have no cues: they are kept as they are instead of copied unchanged."""
    cues = _protest_cues(doc, f, s_first, s_last, c, s_actors)
    peaceful = _peaceful(doc, f, sent, c)
    if not cues and not peaceful and f.attribution is att and f.is_title is sent.is_title:
        return f
    return replace(f, attribution=att, is_title=sent.is_title, **cues, **peaceful)


def _peaceful(doc: Doc, f: Frame, sent, c: _Cues) -> dict:
    if f.frame != "TAKEOVER":
        return {}
    # the sentence in the normalised text; offsets never decrease, so bisection finds
    # what offsets.index(start) and a walk to the first offset at its end would
    offsets = doc.offsets
    ns = bisect_left(offsets, sent.start)
    if ns == len(offsets) or offsets[ns] != sent.start:
        return {}
    ne = bisect_left(offsets, sent.end, ns, max(ns, len(doc.norm)))
    text = doc.norm[ns:ne]
    for phrase in c.peaceful:
        k = text.find(phrase)
        if k >= 0:
            return {"peaceful": doc.span(ns + k, ns + k + len(phrase))}
    return {}


def _protest_cues(doc: Doc, f: Frame, first: int, last: int, c: _Cues, actors=()) -> dict:
    if f.frame not in ("PROTEST", "RIOT"):
        return {}

    def actors_near(j):
        return sorted((a for a in actors if abs(a.tok_start - j) <= 4), key=lambda a: abs(a.tok_start - j))
    toks = doc.tokens
    found = {}
    for j in range(first, last + 1):
        w, b = toks[j].norm, _bare(toks[j].norm)
        if "intervention" not in found and (w in c.intervention or b in c.intervention):
            found["intervention"] = doc.raw_span(toks[j].start, toks[j].end)
            if f.target is None:
                who = next((a for a in actors_near(j) if a.is_armed), None)
                if who is None:
                    # "وأطلقت قوات الأمن الغاز المسيل للدموع لتفريق المتظاهرين": the subject
                    # of the clause the cue ends, however long the object between
                    who = next((a for a in sorted(actors, key=lambda a: -a.tok_start)
                                if a.is_armed and a.tok_end <= j and toks[a.tok_start].sentence == toks[j].sentence
                                and not any(ch in doc.text[toks[a.tok_end - 1].end:toks[j].start] for ch in "،,")),
                               None)
                if who is not None:
                    found["target"] = who  # "قبل أن يتدخل الجيش اللبناني": the army intervened
        if "riot_cue" not in found and (w in c.riot or b in c.riot):
            found["riot_cue"] = doc.raw_span(toks[j].start, toks[j].end)
    return found
