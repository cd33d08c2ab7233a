"""Event triggers and their mode: asserted, or one of PLOVER's auxiliary modes.

A trigger is a word that reports an event ("اشتباكات", "قصفت", "اعتقال"). Whether it
is an event depends on its context: negated (لم، نفى), threatened (هدد), planned
(يعتزم، دعت إلى), hypothetical (في حال) or historical (منذ) triggers are kept as
auxiliary mentions, never events; a trigger after "بعد/عقب/رغم" or as the second term
of "نقطة الاشتباك" refers to an event reported elsewhere and only adds evidence.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache, partial

from rasid.lexicon.data import load_yaml
from rasid.lexicon.matcher import Hit, Lexicon, token_forms
from rasid.model import Doc, Span, quick_init, replace
from rasid.text import wordflags
from rasid.text.dates import calendar_words
from rasid.text.document import first_token_from, sentence_tokens
from rasid.text.normalize import normalize_key
from rasid.text.segment import bare_word as _bare


@quick_init
@dataclass(frozen=True)
class TriggerHit:
    tok_start: int
    tok_end: int
    frame: str
    pos: str  # verb | noun
    span: Span
    prefix: str  # proclitics on the first token (و، ف ...): coordination
    mode: str = "asserted"  # asserted | negated | threatened | planned | hypothetical | historical
    reference: bool = False  # refers to an event reported elsewhere in the article
    static: bool = False  # "تخضع لسيطرة": a state, not an event
    cue: Span | None = None  # the word that set mode/reference
    crowd: bool = False  # the protesters themselves stand in for a protest word (implicit_protests)


_CROWD_FRAMES = ("PROTEST", "RIOT")


class _Triggers:
    def __init__(self, triggers: dict, cues: dict):
        entries = []
        self.split_rules = [
            (int(r.get("window", 5)), frozenset(normalize_key(v) for v in r.get("verbs") or []),
             {tuple(normalize_key(o).split()): f for o, f in (r.get("objects") or {}).items()})
            for r in (triggers.get("split") or [])
        ]
        noun_frame: dict[str, str] = {}
        # the first words of the verb forms: tells a past form from a present one
        self.verb_heads = frozenset(normalize_key(f).split()[0] for frame, forms in triggers.items()
                                    if frame not in ("split", "possessive") for f in forms.get("verb") or [])
        for frame, forms in triggers.items():
            if frame in ("split", "possessive"):
                continue
            for pos in ("verb", "noun"):
                for f in forms.get(pos) or []:
                    entries.append((f, (frame, pos)))
                    if pos == "noun" and not f.startswith("ال"):
                        entries.append(("ال" + f, (frame, pos)))  # "التفجير", "والاشتباكات"
                        noun_frame.setdefault(normalize_key(f), frame)
        possessive = set()
        for noun in triggers.get("possessive") or []:
            key = normalize_key(noun)
            stem = key[:-1] + "ت" if key.endswith("ه") else key
            for suffix in ("ه", "ها", "هم", "هما"):
                entries.append((stem + suffix, (noun_frame[key], "noun")))  # "قصفها", "غاراتها"
                possessive.update((stem + suffix, "ال" + stem + suffix))
        self.possessive = frozenset(possessive)
        self.matcher = Lexicon(entries)
        verbs = frozenset().union(*(r[1] for r in self.split_rules))
        # per rule, the words its objects start with: an object is looked for only
        # after a word that is one of them, bare or as written
        self.split_firsts = [frozenset(o[0] for o in objects) for _w, _v, objects in self.split_rules]
        self.split_rule_of: dict[str, int | None] = {}  # word → _split_rule_index (a flagged verb's)
        mod = cues["modality"]
        self.window = int(mod.get("window", 4))
        self.modality: dict[str, str] = {}
        for mode, words in mod.items():
            if mode == "window":
                continue
            for w in words:
                self.modality.setdefault(normalize_key(w), mode)
        self.pairs = {
            (normalize_key(a), normalize_key(b)): mode
            for mode, pairs in (cues.get("modality_pairs") or {}).items() for a, b in pairs
        }
        after = cues.get("modality_after") or {}
        self.after_window = int(after.get("window", 5))
        self.after = {normalize_key(w): mode for mode, words in after.items() if mode != "window" for w in words
                      if " " not in w}
        # two-word cues after a trigger, by their second word ("في السابق")
        self.after_pairs = {tuple(normalize_key(w).split()): mode for mode, words in after.items()
                            if mode != "window" for w in words if " " in w}
        self.not_neg = {tuple(normalize_key(w) for w in p) for p in cues.get("not_negation") or []}
        self.not_ref = {tuple(normalize_key(w) for w in p) for p in cues.get("not_reference") or []}
        self.not_habitual_after = frozenset(normalize_key(w) for w in cues.get("not_habitual_after") or [])
        ref = cues["reference"]
        self.ref_window = int(ref.get("window", 6))
        self.participation = frozenset(normalize_key(w) for w in ref.get("participation") or [])
        self.tolls = frozenset(normalize_key(w) for w in ref.get("tolls") or [])
        self.reference = frozenset(normalize_key(w) for w in ref["cues"]) | self.participation
        self.idafa = frozenset(normalize_key(w) for w in cues.get("idafa_heads") or [])
        self.ordinals = frozenset(normalize_key(w) for w in cues.get("series_ordinals") or [])
        self.static = frozenset(normalize_key(w) for w in cues.get("static_control") or [])
        self.failed = frozenset(normalize_key(w) for w in cues.get("failed_verbs") or [])
        self.failed_window = 5
        self.cause = frozenset(normalize_key(w) for w in cues.get("cause_cues") or [])
        self.masdar_heads = frozenset(normalize_key(w) for w in cues.get("masdar_heads") or [])
        self.weak = frozenset(normalize_key(w) for w in cues.get("weak_triggers") or [])
        self.weak_context = frozenset(normalize_key(w) for w in cues.get("weak_context") or [])
        self.figurative = {f: frozenset(normalize_key(w) for w in ws) for f, ws in (cues.get("figurative") or {}).items()}
        far = cues.get("figurative_object") or {}
        self.figurative_far = {f: frozenset(normalize_key(w) for w in ws) for f, ws in far.items() if f != "reach"}
        self.figurative_reach = int(far.get("reach", 12))
        self.may_particles = frozenset(normalize_key(w) for w in cues.get("may_particles") or [])
        self.backed_by = frozenset(normalize_key(w) for w in cues.get("backed_by") or [])
        self.order_words = frozenset(normalize_key(w) for w in cues.get("order_words") or [])
        self.animals = frozenset(normalize_key(w) for w in cues.get("animals") or [])
        self.describing = frozenset(normalize_key(w) for w in cues.get("describing_verbs") or [])
        self.that_they = frozenset(normalize_key(w) for w in cues.get("that_they") or [])
        self.ongoing_masdars = frozenset(normalize_key(w) for w in cues.get("ongoing_masdars") or [])
        self.leading_verbs = frozenset(normalize_key(w) for w in cues.get("leading_verbs") or [])
        self.clause_breaks = frozenset(normalize_key(w) for w in cues.get("clause_breaks") or [])
        self.figurative_ala = {f: frozenset(normalize_key(w) for w in ws)
                               for f, ws in (cues.get("figurative_after_ala") or {}).items()}
        self.speech = frozenset(normalize_key(w) for w in cues.get("speech_participles") or [])
        self.objecting = frozenset(normalize_key(w) for w in cues.get("objecting_ala") or [])
        self.vehicles = frozenset(normalize_key(w) for w in cues.get("intercepted_vehicles") or [])
        self.car_bomb = frozenset(normalize_key(w) for w in cues.get("car_bomb_words") or [])
        self.protest_actions = frozenset(normalize_key(w) for w in cues.get("protest_actions") or []) | frozenset(
            normalize_key(w) for w in cues.get("intervention") or [] if " " not in w)
        self.denials = frozenset(normalize_key(w) for w in cues.get("denials") or [])
        self.casualty_words = frozenset(normalize_key(w) for w in cues.get("casualty_words") or [])
        condemn = cues.get("condemnation") or {}
        self.condemn_window = int(condemn.get("window", 14))
        self.condemn = frozenset(normalize_key(w) for w in condemn.get("verbs") or [])
        accuse = cues.get("accusation") or {}
        self.accuse_window = int(accuse.get("window", 20))
        self.accuse = frozenset(normalize_key(w) for w in accuse.get("verbs") or [])
        self.accuse_that = frozenset(normalize_key(w) for w in accuse.get("complements") or [])
        self.charges = frozenset(normalize_key(w) for w in accuse.get("charges") or [])
        self.charge_window = int(accuse.get("charge_window", 3))
        self.charge_verbs = self.accuse | frozenset(normalize_key(w) for w in accuse.get("charge_verbs") or [])
        self.crowd_deeds = frozenset(normalize_key(w) for w in cues.get("crowd_deeds") or [])
        self.crowd_met = frozenset(normalize_key(w) for w in cues.get("crowd_met") or [])
        self.figurative_march = frozenset(normalize_key(w) for w in cues.get("figurative_march") or [])
        self.crowd_details = frozenset(normalize_key(w) for w in cues.get("crowd_details") or [])
        self.slogan_heads = frozenset(normalize_key(w) for w in cues.get("slogan_heads") or [])
        self.name_heads = frozenset(normalize_key(w) for w in cues.get("name_heads") or [])
        self.crowd_counts = frozenset(normalize_key(w) for w in cues.get("crowd_counts") or [])
        self.crowd_object_preps = frozenset(normalize_key(w) for w in cues.get("crowd_object_preps") or [])
        spans = cues.get("period_spans") or {}
        since = cues.get("since") or {}
        self.since_ago = frozenset(normalize_key(w) for w in since.get("ago") or [])
        self.since_months, weekdays = calendar_words()
        self.since_days = weekdays | frozenset(normalize_key(w) for w in since.get("days") or [])
        self.tally_continuations = frozenset(normalize_key(w) for w in cues.get("tally_continuations") or [])
        self.toll_causes = frozenset(normalize_key(w) for w in cues.get("toll_causes") or [])
        self.period_before = int(spans.get("window_before", 6))
        self.period_after = int(spans.get("window_after", 8))
        self.periods = {tuple(normalize_key(w).split()): mode for mode in ("cumulative", "habitual", "undated")
                        for w in spans.get(mode) or []}
        self.period_firsts = frozenset(k[0] for k in self.periods)
        self.period_counts = frozenset(normalize_key(w) for w in spans.get("counts") or [])
        self.terms = frozenset(normalize_key(w) for w in cues.get("agreement_terms") or [])
        # the same spans by first word, in the order above: a word flagged as a first
        # word is compared with its own few spans, not with every span of the list
        self.periods_by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for key, mode in self.periods.items():
            self.periods_by_first.setdefault(key[0], []).append((key, mode))
        comparison = cues.get("comparison") or {}
        self.compare_before = int(comparison.get("window_before", 10))
        self.comparisons = frozenset(tuple(normalize_key(w).split()) for w in comparison.get("phrases") or [])
        self.comparison_firsts = frozenset(k[0] for k in self.comparisons)
        self.results = frozenset(normalize_key(w) for w in cues.get("result_cues") or [])
        self.exposure = frozenset(normalize_key(w) for w in cues.get("exposure") or [])
        self.target_nouns = frozenset(normalize_key(w) for w in cues.get("target_nouns") or [])
        self.relatives = frozenset(normalize_key(w) for w in cues.get("relatives") or [])
        self.natural = {tuple(normalize_key(w).split()) for w in cues.get("natural_causes") or []}
        # the natural causes by the word that opens them, with or without the article,
        # each list in the order of the set (which one is tried first stays the same)
        self.natural_by_first: dict[str, list[tuple[str, ...]]] = {}
        for words in self.natural:
            for first in (words[0], "ال" + words[0]):
                self.natural_by_first.setdefault(first, []).append(words)
        self.natural_preps = frozenset(normalize_key(w) for w in cues.get("natural_cause_preps") or [])
        self.natural_unless = frozenset(normalize_key(w) for w in cues.get("natural_cause_unless") or [])
        self.accidental_blasts = frozenset(normalize_key(w) for w in cues.get("accidental_blasts") or [])
        self.relative_time_heads = frozenset(normalize_key(w) for w in cues.get("relative_time_heads") or [])
        ago = cues.get("ago") or {}
        self.ago_window = int(ago.get("window", 10))
        self.ago_units = frozenset(normalize_key(w) for w in ago.get("units") or [])
        judicial = cues.get("judicial") or {}
        self.judicial_forms = frozenset(normalize_key(w) for w in judicial.get("forms") or [])
        self.judicial_heads = frozenset(normalize_key(w) for w in judicial.get("heads") or [])
        self.carried_out = frozenset(normalize_key(w) for w in judicial.get("carried_out") or [])
        facing = cues.get("facing_idiom") or {}
        self.facing = tuple(frozenset(normalize_key(w) for w in facing.get(k) or [])
                            for k in ("nouns", "before", "unless_next"))
        # word flags: the words each scan below looks for, so that a scan over a window
        # of tokens tests an int per token instead of stripping every word's proclitics
        # (a few hundred bare_word calls per article). A word passes a list as written
        # or bare (without و/ف and a preposition), as the scans ask; one test sets all
        # the bits with one bare_word call per new word.
        written: dict[str, int] = {}
        bare: dict[str, int] = {}

        def flag(words, as_written: bool = True, as_bare: bool = True) -> int:
            bit = wordflags.new_bit()
            for w in words:
                if as_written:
                    written[w] = written.get(w, 0) | bit
                if as_bare:
                    bare[w] = bare.get(w, 0) | bit
            return bit

        # the verbs of split phrases and the first words of their objects; denial words
        self.split_verb = flag(verbs)
        self.split_first = flag(frozenset().union(*self.split_firsts))
        # "وتجددت صباح اليوم": a verb of resuming whose subject is the event just told
        self.resumed = frozenset(normalize_key(w) for w in cues.get("resumption_verbs") or [])
        self.resume_bit = flag(self.resumed, as_bare=False)
        self.denial_bit = flag(self.denials)
        # words that may set a mode (see _mode): modality words, bare or as written, the
        # second words of modality pairs, and "سبق" ("وسبق لإسرائيل أن")
        self.mode_bit = flag(self.modality)
        pair_seconds = frozenset(b for _a, b in self.pairs)
        for w in pair_seconds:
            written[w] = written.get(w, 0) | self.mode_bit
        bare["سبق"] = bare.get("سبق", 0) | self.mode_bit
        # the words that _mode_after, _long_ago, _since_year_after, _tally, _over_period,
        # _compared, _reference and the casualty test before a trigger stop at
        self.after_bit = flag(set(self.after) | {b for _a, b in self.after_pairs})
        self.ago_bit = flag(("قبل",), as_written=False)
        self.since_bit = flag(("منذ",), as_written=False)
        tally = cues.get("tally") or {}
        self.tally_superlatives = frozenset(normalize_key(w) for w in tally.get("superlatives") or [])
        self.tally_one_of = frozenset(normalize_key(w) for w in tally.get("one_of") or [])
        self.tally_total_raisers = frozenset(normalize_key(w) for w in tally.get("total_raisers") or [])
        self.tally_since_starts = frozenset(normalize_key(w) for w in tally.get("since_starts") or [])
        self.tally_periods = tuple(normalize_key(w) for w in tally.get("periods") or [])
        self.tally_wars = tuple(normalize_key(w) for w in tally.get("wars") or [])
        self.tally_spans = tuple(normalize_key(w) for w in tally.get("spans") or [])
        self.tally_units = frozenset(normalize_key(w) for w in tally.get("units") or [])
        self.tally_bit = flag(self.tally_superlatives | {"منذ", "اكثر"}, as_written=False)
        for w in self.tally_periods + self.tally_wars + self.tally_spans + tuple("و" + x for x in self.tally_spans):
            written[w] = written.get(w, 0) | self.tally_bit
        self.period_bit = flag(self.period_firsts, as_written=False)
        self.comparison_bit = flag(self.comparison_firsts)
        self.condemn_bit = flag(self.condemn)
        self.reference_bit = flag(self.reference)
        self.casualty_bit = flag(self.casualty_words, as_written=False)
        self.result_bit = flag(self.results, as_written=False)  # the result cues, bare
        # the charges, as written or after و/ف (what _reference's charge window asks)
        self.charge_bit = flag(self.charges | {p + w for w in self.charges for p in ("و", "ف")}, as_bare=False)
        wordflags.register_surface_bits(written.keys() | bare.keys(), partial(_trigger_flags, written, bare), owner=self,
                                        chains=wordflags.PREFIX_CHAINS)


def _trigger_flags(written: dict, bare: dict, w: str) -> int:
    """The trigger scans' word flags of a word: the bits of its lists that hold the
    word as written, or without its proclitics (see _Triggers)."""
    return written.get(w, 0) | bare.get(_bare(w), 0)


def _split_rule_index(c: _Triggers, w: str) -> int | None:
    """The index in `c.split_rules` of the first split rule whose verbs hold the word or
    the word without its proclitics (None for none), kept per word: it is asked of the
    words flagged `split_verb` only, the few hundred surfaces of the rules' verbs, each
    met again and again."""
    k = c.split_rule_of.get(w, -1)
    if k == -1:
        k = c.split_rule_of[w] = next((n for n, r in enumerate(c.split_rules) if _bare(w) in r[1] or w in r[1]), None)
    return k


# "ما" is a result cue ("ما أدى إلى"), but not inside "كما" (also), "لما" (when) or
# "بما" (including)
# "أسفر انفجار سيارة عن إصابة عشرة": right after the verb, an indefinite event is its
# subject ("أسفرت المعارك" points back at the fighting already told)
_RESULT_VERBS = frozenset({"اسفر", "اسفرت", "ادي", "ادت", "تسبب", "تسببت"})
_NOT_RESULTS = frozenset({"كما", "وكما", "لما", "ولما", "بما", "وبما"})


_CLAUSE_PUNCT = frozenset("،,؛;")


def _clause_break(gap: str) -> bool:
    """Is there a comma or semicolon in the gap between two words? Asked of every word
    a clause scan passes, and the gap is nearly always one space."""
    return gap != " " and not _CLAUSE_PUNCT.isdisjoint(gap)


@lru_cache(maxsize=1)
def _compiled() -> _Triggers:
    return _Triggers(load_yaml("triggers.yaml"), load_yaml("cues.yaml"))


_WAS = frozenset({"كان", "كانت", "كانوا", "كانا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت", "فكانوا"})


def _past_habit(doc: Doc, i: int, mode: str, cue, c: _Triggers):
    """"كانوا يخطفون ويقتلون": كان with an imperfect tells what used to happen, not an
    incident; so does "كانت" with a ت imperfect ("صواريخ ... وكانت تستهدف جازان": what the
    missiles were aimed at, told with their interception), a ت form whose ي form is listed
    (`_present_head`: "تصدت" and "تعرضت" are past and stay)."""
    toks = doc.tokens
    if not _present_head(_bare(toks[i].norm), c):
        return mode, cue
    for j in range(max(0, i - 3), i):
        if toks[j].sentence == toks[i].sentence and toks[j].norm in _WAS:
            return "habitual", doc.raw_span(toks[j].start, toks[j].end)
    return mode, cue


def _object_of_takeover_verb(doc: Doc, i: int, out) -> bool:
    """"السيطرة" a few words after "استعادت/فرضت" (its subject and day between, no comma)
    is what the verb took, not a second takeover."""
    if not out:
        return False
    prev = out[-1]
    toks = doc.tokens
    if prev.frame != "TAKEOVER" or prev.pos != "verb" or toks[prev.tok_start].sentence != toks[i].sentence:
        return False
    if i - prev.tok_end > 8 or _bare(toks[i].norm) not in ("السيطره", "سيطره"):
        return False
    gap = doc.text[toks[prev.tok_end - 1].end:toks[i].start]
    return "،" not in gap and "," not in gap


def sentence_start(doc: Doc, i: int) -> int:
    """The index of the first token of token i's sentence."""
    return sentence_tokens(doc, doc.tokens[i].sentence).start


def is_exposure_object(doc: Doc, t: TriggerHit) -> bool:
    """"تعرضت الوزيرة ... لمحاولة اغتيال": the event noun after لـ is what happened to
    the subject of an exposure verb; the sentence reports it. A present exposure
    ("يتعرضون لعمليات اختطاف": a habit) or one inside a relative clause ("الرحلة التي
    تعرضوا فيها للاختطاف": a description) reports nothing new."""
    c = _compiled()
    if t.pos != "noun" or t.prefix[-1:] != "ل":
        return False
    j = _exposure_at(doc, t.tok_start, c)
    if j is None:
        return False
    toks = doc.tokens
    w = _bare(toks[j].norm)
    if w[:1] == "ي" or w.startswith("تت"):
        return False
    return not (j > 0 and toks[j - 1].sentence == toks[j].sentence and _bare(toks[j - 1].norm) in c.relatives)


def _exposed(doc: Doc, i: int, c: _Triggers) -> bool:
    return _exposure_at(doc, i, c) is not None


def _exposure_at(doc: Doc, i: int, c: _Triggers) -> int | None:
    """"تعرضت إحدى مقاتلات التحالف لإطلاق صاروخ", "بتعرض المرجع آية الله علي السيستاني
    لمحاولة اغتيال": the لـ after an exposure word (the subject and day between, up to
    ten words, no comma) names what happened to it, not a purpose. When the exposure
    verb opens the sentence ("تعرضت الوزيرة، زوجة نائب الرئيس، لمحاولة اغتيال"), all
    before the لـ is its subject, appositions between commas included (up to twenty words)."""
    toks = doc.tokens
    if i > 0 and toks[i - 1].sentence == toks[i].sentence and toks[i - 1].norm in c.target_nouns:
        return i - 1  # "كان المعسكر هدفا لهجوم": the target of what follows
    comma = False
    first = sentence_start(doc, i)
    for j in range(i - 1, max(-1, i - 21), -1):
        if toks[j].sentence != toks[i].sentence:
            return None
        comma = comma or "،" in doc.text[toks[j].end:toks[j + 1].start] or "," in doc.text[toks[j].end:toks[j + 1].start]
        if _bare(toks[j].norm) in c.exposure:
            return j if (not comma and i - j <= 10) or j == first else None
    return None


def _verb_head(t: TriggerHit) -> str:
    """The first word of a verb trigger without a و/ف conjunction."""
    c = _compiled()
    w = normalize_key(t.span.text).split()[0]
    if w not in c.verb_heads and w[:1] in ("و", "ف") and w[1:] in c.verb_heads:
        w = w[1:]
    return w


def is_present(t: TriggerHit) -> bool:
    """A verb trigger in the present: a ي form, or a ت/ن form whose ي or أ form is
    listed (تستهدف ← يستهدف، تطلق ← أطلق، نستهدف ← يستهدف); "تعرض" (past) has neither,
    and neither have the past verbs that begin with ن ("نظموا وقفة"، "نفذ هجوما"، "نزل")."""
    if t.pos != "verb":
        return False
    return _present_head(_verb_head(t), _compiled())


def _present_head(w: str, c: _Triggers) -> bool:
    """is_present's test of a verb head: a ي form, or a ت/ن form whose ي or أ form is listed."""
    return w[:1] == "ي" or (w[:1] in ("ت", "ن") and ("ي" + w[1:] in c.verb_heads or "ا" + w[1:] in c.verb_heads))


def _may_verb(w: str, c: _Triggers) -> bool:
    """A verb after "قد" that makes it "may": a present one by its shape ("قد تقتل",
    "قد يستهدف"; present_shape), or a ن form whose ي or أ form is listed ("قد نستهدف").
    A past verb of the forms that begin with ت ("وكانت القوات قد تصدت لهجوم", "قد
    تعرضت") or a past verb whose root begins with ن ("قد نفذت") is "had": the event is
    reported."""
    if w[:1] == "ن":
        return _present_head(w, c)
    return present_shape(w)


def present_shape(w: str) -> bool:
    """Any word (a token's norm) in the present by its shape: a ي form, or a ت form that
    does not end as a past one does ("تعاني", "تتواصل"; not "تواصلت", "تظاهروا"); a
    listed trigger verb is asked as is_present asks it ("تظاهر", "تجمع" are past)."""
    if len(w) < 4 or w[:1] not in ("ي", "ت"):
        return False
    c = _compiled()
    if w in c.verb_heads:
        return _present_head(w, c)
    return w[:1] == "ي" or not w.endswith(("ت", "وا", "تا"))


def is_narrated(t: TriggerHit) -> bool:
    """Is the trigger a verb in the past that cannot be read as a noun ("فجرت"،
    "اختطف"، "هاجمتهم"، "فجر نفسه"، "أطلقت صاروخا")? Such a verb narrates one incident.
    Present forms (يقتلون، تستهدف، تطلق) tell habits and policies; a bare three-letter
    form (قتل، خطف، فجر) may be a masdar or another noun ("فجر جديد")."""
    if t.pos != "verb" or is_present(t):
        return False
    return len(t.span.text.split()) > 1 or len(_verb_head(t)) > 3


def is_possessive(doc: Doc, t: TriggerHit) -> bool:
    """"هجومه", "قصفها": the event belongs to whoever the pronoun stands for."""
    return t.tok_end - t.tok_start == 1 and _bare(doc.tokens[t.tok_start].norm) in _compiled().possessive \
        or doc.tokens[t.tok_start].norm in _compiled().possessive


_SUPPORT_FRAMES = frozenset({"AIRSTRIKE", "SHELLING", "SHELLING_OR_AIR", "DRONE_STRIKE"})


def find_triggers(doc: Doc, masked: frozenset[int] = frozenset(), forms=None) -> tuple[TriggerHit, ...]:
    """Triggers in text order, each with its mode. Tokens in `masked` (inside actor or
    place names, e.g. تحرير in هيئة تحرير الشام) never trigger."""
    c = _compiled()
    forms = forms if forms is not None else token_forms(doc)
    toks = doc.tokens
    flags = wordflags.token_flags(doc)
    raw = [h for h in _lexicon_hits(doc, forms, c) if not any(i in masked for i in range(h.start, h.end))]
    raw = _with_split_phrases(doc, raw, c, masked)
    raw = _with_resumptions(doc, raw, c, masked)
    out: list[TriggerHit] = []
    told = set()  # the sentences of the triggers in `out` that are no reference
    prev_end = -1
    prev_sentence = -1
    for h in raw:
        frame, pos = h.payload
        if pos == "verb" and ("ب" in h.prefix or (h.prefix in ("ل", "ول", "فل") and toks[h.start].norm[len(h.prefix):][:1] not in "يتنا")):
            # "بقصف لميليشيات الحوثي", "أسلحة كيماوية لقتل المدنيين": after a preposition
            # قصف/قتل is a masdar (لـ before an imperfect, "ليفجر نفسه", stays a verb)
            pos = "noun"
        elif pos == "verb" and not h.prefix and h.start > 0 and toks[h.start - 1].sentence == toks[h.start].sentence \
                and _bare(toks[h.start - 1].norm) in c.masdar_heads:
            # "جراء قصف طائرات التحالف", "في قتل": after a word that governs a noun only, a
            # past-verb spelling is the masdar (cues.yaml masdar_heads)
            pos = "noun"
        t0 = toks[h.start]
        span = doc.raw_span(t0.start, toks[h.end - 1].end)
        scope_start = prev_end if prev_sentence == t0.sentence else -1
        mode, cue = _mode(doc, h.start, scope_start, c)
        if mode == "asserted" and pos == "verb" and h.start > 0 and toks[h.start - 1].sentence == t0.sentence \
                and toks[h.start - 1].norm in c.may_particles and _may_verb(_bare(t0.norm), c):
            # "قد تقتل بعض الأطفال": قد before a present verb is "may" (before a past
            # verb, "قد قتل", "قد تصدت", "قد نفذت", it is "has")
            mode, cue = "hypothetical", doc.raw_span(toks[h.start - 1].start, toks[h.start - 1].end)
        if mode == "asserted":
            mode, cue = _denied(doc, h.start, c)
        if mode == "asserted":
            mode, cue = _mode_after(doc, h.end, c)
        if mode == "asserted":
            mode, cue = _long_ago(doc, h.end, c)
        if mode == "asserted":
            mode, cue = _tally(doc, h.end, c, kill=frame == "KILL")
        if mode == "asserted":
            mode, cue = _over_period(doc, h.start, h.end, c)
        if mode == "asserted":
            mode, cue = _compared(doc, h.start, h.end, pos, c)
        if mode == "asserted" and pos == "noun" and h.prefix in ("ل", "ول", "فل") and not _exposed(doc, h.start, c) \
                and not (h.start > 0 and _bare(toks[h.start - 1].norm) in (c.ongoing_masdars | c.leading_verbs)):
            # (after a noun of continuing, لـ marks its object: "في تكثيف للقصف الجوي"; after
            # a verb of leading to, the result: "مما أدى لمقتل جنديين")
            mode, cue = "purpose", doc.raw_span(t0.start, t0.end)  # "لمواجهة داعش", "لقتل المدنيين"
        if mode == "asserted" and pos == "noun" and frame in _SUPPORT_FRAMES and h.prefix[-1:] == "ب" and h.start > 0 \
                and toks[h.start - 1].sentence == t0.sentence and toks[h.start - 1].norm in c.backed_by:
            # "دخلت القوات حرم الجامعة مدعومة بغارات التحالف": the air support of the advance
            mode, cue = "support", doc.raw_span(toks[h.start - 1].start, t0.end)
        if mode == "asserted" and pos == "noun" and h.start > 1:
            label = _described_as(doc, h.start, c)
            if label is not None:
                mode, cue = "statement", label  # "ووصفت المحتجين بأنهم مثيرو شغب": a label
        if mode == "asserted" and pos == "noun" and "ب" in h.prefix and h.start > 0 \
                and toks[h.start - 1].sentence == t0.sentence and _bare(toks[h.start - 1].norm) in c.order_words:
            # "أمر بقتل المتظاهرين", "أمرت المحكمة باعتقال": an order, not the deed done
            mode, cue = "planned", doc.raw_span(toks[h.start - 1].start, toks[h.start - 1].end)
        reference, rcue = _reference(doc, h.start, scope_start, c, pos)
        if reference and frame in _CROWD_FRAMES and rcue is not None and _bare(normalize_key(rcue.text)) in c.participation:
            reference, rcue = False, None  # "شارك العشرات في وقفة": taking part in a protest is the protest
        if reference and rcue is not None and _prev_kill(doc, h.start, out, c, flags) \
                and _bare(normalize_key(rcue.text)) in c.cause:
            reference, rcue = False, None  # "قُتل ضابط إثر انفجار عبوة": the cause of the death, not a back-reference
        if not reference and t0.sentence not in told:
            for j in range(max(0, h.start - 3), h.start):
                if flags[j] & c.result_bit and toks[j].sentence == t0.sentence \
                        and toks[j].norm not in _NOT_RESULTS \
                        and not (j == h.start - 1 and _bare(toks[j].norm) in _RESULT_VERBS
                                 and "ال" not in h.prefix and not toks[h.start].norm.startswith("ال")):
                    reference, rcue = True, doc.raw_span(toks[j].start, toks[j].end)  # "زاعماً أنه أدى إلى تدمير"
                    break
        if not reference and pos == "verb" and h.start >= 2 and _bare(toks[h.start - 1].norm) in c.relatives \
                and toks[h.start - 1].sentence == t0.sentence \
                and _bare(toks[h.start - 2].norm) not in c.relative_time_heads:
            # "الهجوم الذي استهدف ...", "عماد مغنية، الذي قتل في انفجار": a relative clause
            # describes what is already told or who someone is; it reports no new event
            reference, rcue = True, doc.raw_span(toks[h.start - 1].start, toks[h.start - 1].end)
        if not reference and h.start >= 2 and toks[h.start - 1].norm in ("تم", "جري") \
                and _bare(toks[h.start - 2].norm) in c.relatives and toks[h.start - 2].sentence == t0.sentence:
            # "أقاربهن الذين تم قتلهم": the same relative clause in the passive with تم
            reference, rcue = True, doc.raw_span(toks[h.start - 2].start, toks[h.start - 2].end)
        if not reference and pos == "noun" and h.start >= 3 and toks[h.start - 1].norm == "في" \
                and _bare(toks[h.start - 3].norm) in c.relatives \
                and toks[h.start - 3].sentence == t0.sentence:
            # "أهالي الشهداء الذين سقطوا في تفجير طرابلس": the event that a relative clause
            # places someone in is already known; it is not reported here
            reference, rcue = True, doc.raw_span(toks[h.start - 3].start, toks[h.start - 3].end)
        if not reference and _told_again(doc, h, frame, pos, out):
            reference, rcue = True, span  # "... بتنفيذ هجوم على مواقع حوثية. الهجوم المباغت نجح في"
        static = frame == "TAKEOVER" and _is_static(doc, h.start, c)
        if frame == "TAKEOVER" and mode == "asserted" and not static and _failed_to(doc, h.start, c) is not None:
            frame = "ATTACK"  # the failed takeover was an attack (ACLED codes the fighting), no takeover
        if mode == "asserted" and pos == "verb":
            mode, cue = _past_habit(doc, h.start, mode, cue, c)
        if mode == "asserted":
            mode, cue = _non_report(doc, h, frame, c, mode, cue)
        if mode == "asserted":
            mode, cue = _slogan(doc, h.start, c)
        prev = out[-1] if out else None
        if (prev is not None and pos == "noun" and prev.reference and not reference
                and (h.prefix[:1] == "ب" or toks[h.start - 1].norm in ("في", "جراء", "اثر", "بسبب"))
                and toks[prev.tok_start].sentence == t0.sentence and h.start - prev.tok_end <= 3):
            reference, rcue = True, prev.cue  # "بعد ساعات من مقتل مستوطنَين بإطلاق نار": the means of a recalled event
        if (prev is not None and pos == "noun" and h.prefix[:1] == "و" and toks[prev.tok_start].sentence == t0.sentence
                and h.start - prev.tok_end <= 8):
            # "مقتل 17 عنصراً وتدمير 5 عربات ... على مدى أسبوعين": a coordinated noun shares
            # the status of the one before it
            if prev.mode != "asserted" and mode == "asserted":
                mode, cue = prev.mode, prev.cue
            if prev.reference and not reference:
                reference, rcue = True, prev.cue
        if (prev is not None and prev.mode not in ("asserted", "purpose") and not prev.static
                and mode == "asserted" and frame == "KILL" and h.prefix[:1] not in ("و", "ف")
                and toks[prev.tok_start].sentence == t0.sentence and h.start - prev.tok_end <= 3
                and not any(ch in doc.text[toks[prev.tok_end - 1].end:t0.start] for ch in "،,؛;")):
            # "وسبق لها أن نفذت غارات جوية قتل فيها العشرات": the deaths of an event that
            # is not reported as news (past, threatened, denied) are not news either
            mode, cue = prev.mode, prev.cue
        if (prev is not None and prev.mode != "asserted" and not prev.static and prev.pos == "noun"
                and mode == "asserted" and pos == "noun" and h.start == prev.tok_end and not h.prefix
                and toks[prev.tok_start].sentence == t0.sentence):
            # "المحاولات الفاشلة لتفجير سيارات مفخخة", "هددت بقصف صواريخ": a noun right
            # after an event noun is its object, and shares its status
            mode, cue = prev.mode, prev.cue
        if (prev is not None and prev.mode == "cumulative" and prev.frame == "KILL" and frame == "KILL"
                and mode == "asserted" and toks[prev.tok_start].sentence == t0.sentence
                and not _day_between(doc, prev.tok_end, min(len(toks), h.end + 4), c)):
            # "مقتل 1200 من حزب الله خلال ست سنوات، بينما قتل أضعاف هذا الرقم من": a death
            # told after a tally in its sentence, with no day of its own, is counted with it
            mode, cue = prev.mode, prev.cue
        if (prev is not None and prev.mode == "cumulative" and prev.frame == "KILL" and mode == "asserted"
                and pos == "noun" and toks[prev.tok_start].sentence == t0.sentence and h.start - prev.tok_end <= 16
                and (h.prefix[:1] == "ب" or any(toks[j].norm in c.toll_causes for j in range(prev.tok_end, h.start)))
                and not _day_between(doc, sentence_start(doc, h.start), sentence_tokens(doc, t0.sentence).stop, c, True)):
            # "مقتل 2927 من التنظيم جراء الضربات الصاروخية": the cause of a tallied toll is
            # the campaign that toll counts (but "وثق المرصد السبت مقتل 42 مدنيا جراء القصف
            # على دوما" is a day's toll of a day's shelling)
            mode, cue = prev.mode, prev.cue
        if (mode == "asserted" and out and t0.sentence > 0 and _tally_before(doc, t0.sentence, out)
                and (frame == "KILL" or any(toks[j].norm in c.toll_causes for j in range(sentence_start(doc, h.start), h.start)))
                and _continues_tally(doc, t0.sentence, out, c)):
            # "وأشار المرصد إلى ارتفاع العدد الإجمالي للقتلى إلى 3216 منذ 23 أيلول 2014. ولفت
            # إلى مقتل 2927 من التنظيم جراء الغارات", "كما لقي 115 مسلحا حتفهم جراء ضربات":
            # the same statement goes on counting, deaths and the strikes that caused them
            opener = toks[sentence_start(doc, h.start)]
            mode, cue = "cumulative", doc.raw_span(opener.start, opener.end)
        if frame == "TAKEOVER" and pos == "noun" and _object_of_takeover_verb(doc, h.start, out):
            continue  # "استعادت القوات الحكومية الأحد السيطرة على بلدات": the verb's object
        out.append(TriggerHit(h.start, h.end, frame, pos, span, h.prefix, mode, reference, static, cue or rcue))
        if not reference:
            told.add(t0.sentence)
        prev_end, prev_sentence = h.end, t0.sentence
    return tuple(out)


def _tally_before(doc: Doc, s: int, out: list) -> bool:
    """Was an event of sentence s - 1 a tally or long past (mode cumulative, or historical:
    a toll "since 2014" is read as historical before it is read as a tally)?"""
    toks = doc.tokens
    return any(t.mode in ("cumulative", "historical") and toks[t.tok_start].sentence == s - 1 for t in out[-6:])


def _continues_tally(doc: Doc, s: int, out: list, c: _Triggers) -> bool:
    """Does sentence s go on with the tally of the sentence before it (`_tally_before`
    holds)? It opens with a verb that continues a statement or with "كما" (cues.yaml
    tally_continuations), names no day, and the sentence before names none either but
    the end of its span ("وحتى فجر أمس")."""
    toks = doc.tokens
    before = sentence_tokens(doc, s - 1)
    if _day_between(doc, before.start, before.stop, c, until_ok=True):
        return False  # "وثق مقتل 20 مدنيا السبت": a day's toll, whatever the verb; then a day's news
    rng = sentence_tokens(doc, s)
    w = toks[rng.start].norm if rng.start < rng.stop else ""
    if not (w in c.tally_continuations or (w[:1] in ("و", "ف") and w[1:] in c.tally_continuations)):
        return False  # (not bare_word: "ولفت" would lose its ل)
    return not _day_between(doc, rng.start, rng.stop, c)


def _day_between(doc: Doc, start: int, stop: int, c: _Triggers, until_ok: bool = False) -> bool:
    """A day named among tokens start..stop of one sentence ("أمس", "اليوم", "الثلاثاء");
    with `until_ok`, not the day a span runs up to ("وحتى فجر أمس")."""
    toks = doc.tokens
    s = toks[start].sentence if start < len(toks) else -1
    for j in range(start, stop):
        if toks[j].sentence == s and (_bare(toks[j].norm) in c.since_days or _bare(toks[j].norm) == "اليوم"):
            if until_ok and any(_bare(toks[k].norm) in ("حتي", "لغايه") for k in range(max(start, j - 2), j)):
                continue
            return True
    return False


def _prev_kill(doc: Doc, i: int, out: list, c: _Triggers, flags: list[int]) -> bool:
    """A killing told just before token i in its sentence: a trigger of KILL ending at
    most ten words before it, or a casualty word in the twelve before it. Asked only of a
    trigger that has a cue of reference (most have none)."""
    toks = doc.tokens
    s = toks[i].sentence
    if out and out[-1].frame == "KILL" and toks[out[-1].tok_start].sentence == s and i - out[-1].tok_end <= 10:
        return True
    bit = c.casualty_bit
    return any(flags[j] & bit and toks[j].sentence == s for j in range(max(0, i - 12), i))


def may_trigger(doc: Doc, forms=None) -> bool:
    """Can `find_triggers` find anything in `doc`, whatever tokens are masked? Not when
    no trigger of the lexicon is written and no verb of a split phrase is: masking
    only takes hits away, and split phrases start at such a verb. Articles on other
    topics (a quarter of the news) then skip the stages that only feed events."""
    c = _compiled()
    forms = forms if forms is not None else token_forms(doc)
    return bool(_lexicon_hits(doc, forms, c)) or bool(wordflags.tokens_with(doc, c.split_verb))


_last_hits: tuple = (None, None, None)


def _lexicon_hits(doc: Doc, forms, c: _Triggers) -> list:
    """`c.matcher.find(doc, forms)`, kept for the last Doc (`may_trigger` and
    `find_triggers` both ask); callers must not change the list."""
    global _last_hits
    last = _last_hits
    if last[0] is doc and last[1] is forms:
        return last[2]
    hits = c.matcher.find(doc, forms)
    _last_hits = (doc, forms, hits)
    return hits


_COURT = frozenset({"محكمه", "المحكمه", "القاضي", "القضاء", "هيئه", "الهيئه", "النيابه"})


def _with_resumptions(doc: Doc, raw, c: _Triggers, masked) -> list:
    """"اندلعت اشتباكات عنيفة مساء أمس ...، وتجددت صباح اليوم": a verb of resuming
    after a comma and و, with no subject of its own after it (the event just told is
    its subject), tells that event again on a day of its own: it triggers the frame of
    the last trigger before it in its sentence."""
    toks = doc.tokens
    extra = []
    starts = {h.start for h in raw}
    for i in wordflags.tokens_with(doc, c.resume_bit):
        t = toks[i]
        if i in masked or i in starts or i == 0 or not t.norm.startswith("و"):
            continue
        if not comma_between(doc, i - 1, i):
            continue
        if i + 1 < len(toks) and (i + 1) in starts:
            continue  # "وتجددت الاشتباكات": a subject of its own, itself a trigger
        prev = [h for h in raw if h.end <= i and toks[h.start].sentence == t.sentence]
        if prev:
            extra.append(Hit(i, i + 1, (prev[-1].payload[0], "verb"), t.prefix))
    return sorted(raw + extra, key=lambda h: h.start) if extra else raw


def _with_split_phrases(doc: Doc, raw, c: _Triggers, masked) -> list:
    """"أطلقت قوات الأمن الرصاص": a verb whose object comes after its subject. The verb
    becomes the trigger and the object's own hit (if any) is dropped."""
    toks = doc.tokens
    flags = wordflags.token_flags(doc)
    covered = {i for h in raw for i in range(h.start, h.end)}
    # a one-word hit on the verb itself gives way to the phrase: its object tells the
    # frame ("احتجز المسلحون 20 رهينة" takes hostages, "تصدت الدفاعات لصاروخ" intercepts)
    alone = {h.start for h in raw if h.end == h.start + 1}
    extra, drop = [], set()
    for i in wordflags.tokens_with(doc, c.split_verb):
        if (i in covered and i not in alone) or i in masked:
            continue
        t = toks[i]
        rule = _split_rule_index(c, t.norm)
        window, _verbs, objects = c.split_rules[rule]
        firsts = c.split_firsts[rule]
        for j in range(i + 1, min(len(toks), i + 1 + window)):
            if toks[j].sentence != t.sentence:
                break
            found = None
            # (the flag first: it is set on the first words of every rule's objects)
            if not flags[j] & c.split_first or toks[j].norm not in firsts and _bare(toks[j].norm) not in firsts:
                continue  # no object starts here
            for obj, frame in objects.items():
                k = len(obj)
                if j + k <= len(toks) and all(_bare(toks[j + m].norm) == obj[m] or toks[j + m].norm == obj[m]
                                              for m in range(k)):
                    found = (frame, j, j + k)
                    break
            if found:
                frame, a, b = found
                if any(_bare(toks[x].norm) in _COURT for x in range(i + 1, a)):
                    break  # "قضت محكمة على فلان بالسجن": a sentence passed, not a killing
                if frame == "DISRUPTED" and a - 1 > i and (a - 1 in covered or present_shape(toks[a - 1].norm)):
                    # "سيارات دمرت أمس في انفجار عبوات ناسفة", "دمرت ثلاثة زوارق تحمل عبوات
                    # ناسفة": the bombs are another event's, or the cargo of what was destroyed
                    break
                if b < len(toks) and toks[b].sentence == t.sentence and toks[b - 1].norm.endswith(("مسيره", "مسيرات")) \
                        and (toks[b].norm in c.figurative_march or _bare(toks[b].norm) in c.figurative_march):
                    break  # "شارك الحزب في مسيرة التنمية": the course of a process, no march
                extra.append(Hit(i, i + 1, (frame, "verb"), t.prefix))
                drop.update(range(a, b))
                drop.add(i)
                break
    if not extra:
        return raw
    kept = [h for h in raw if not any(x in drop for x in range(h.start, h.end))]
    return sorted(kept + extra, key=lambda h: h.start)


def comma_between(doc: Doc, j: int, i: int) -> bool:
    """A comma between token j and token i (j < i)."""
    gap = doc.text[doc.tokens[j].end:doc.tokens[i].start]
    return "،" in gap or "," in gap


def _window(doc: Doc, i: int, scope_start: int, size: int):
    toks = doc.tokens
    s = toks[i].sentence
    j = i - 1
    while j >= 0 and j >= i - size and j >= scope_start and toks[j].sentence == s:
        yield j
        j -= 1


def _flagged_back(doc: Doc, bit: int, i: int, lo: int) -> list[int]:
    """The tokens before token i, back to `lo` and within i's sentence, whose flags hold
    `bit`, nearest first: the words a look-back window (`_window`) would stop at, found
    by bisection among the article's few flagged tokens instead of testing each word."""
    flagged = wordflags.tokens_with(doc, bit)
    k = bisect_left(flagged, i)
    if not k or flagged[k - 1] < lo:
        return []  # (nearly always: no flagged word in the window)
    toks = doc.tokens
    s = toks[i].sentence
    out = []
    for x in range(k - 1, -1, -1):
        j = flagged[x]
        if j < lo or toks[j].sentence != s:
            break
        out.append(j)
    return out


def _flagged_after(doc: Doc, bit: int, end: int, stop: int) -> list[int]:
    """The tokens from `end` up to (not including) `stop`, within the sentence of token
    end - 1, whose flags hold `bit`, in text order (see `_flagged_back`)."""
    flagged = wordflags.tokens_with(doc, bit)
    k = bisect_left(flagged, end)
    if k == len(flagged) or flagged[k] >= stop:
        return []
    toks = doc.tokens
    s = toks[end - 1].sentence
    out = []
    for x in range(k, len(flagged)):
        j = flagged[x]
        if j >= stop or toks[j].sentence != s:
            break
        out.append(j)
    return out


def _mode(doc: Doc, i: int, scope_start: int, c: _Triggers) -> tuple[str, Span | None]:
    toks = doc.tokens
    # (only the words that may set a mode: `_window`'s words, flagged)
    for j in _flagged_back(doc, c.mode_bit, i, max(i - c.window, scope_start)):
        w = toks[j].norm
        b = _bare(w)
        nxt = toks[j + 1].norm if j + 1 < len(toks) else ""
        if (w, nxt) in c.not_neg or (b, nxt) in c.not_neg:
            continue
        if j > 0 and ((toks[j - 1].norm, w) in c.pairs or (_bare(toks[j - 1].norm), w) in c.pairs):
            pair = (toks[j - 1].norm, w) if (toks[j - 1].norm, w) in c.pairs else (_bare(toks[j - 1].norm), w)
            return c.pairs[pair], doc.raw_span(toks[j - 1].start, toks[j].end)  # "وسبق لها أن"
        if b == "سبق" and nxt.startswith("ل") and len(nxt) > 2:
            return "historical", doc.raw_span(toks[j].start, toks[j + 1].end)  # "وسبق لإسرائيل أن نفذت"
        mode = c.modality.get(w) or (c.modality.get(b) if not (w[:1] == "ك" and len(w) <= 3) else None)
        if mode == "hypothetical" and b == "ان":
            continue  # plain "أن" (and "بأن", "لأن") is a complementiser; only "في حال أن" is hypothetical
        if mode == "historical" and not _year_follows(doc, j):
            continue
        if mode == "habitual" and j > 0 and _bare(toks[j - 1].norm) in c.not_habitual_after:
            continue  # "قبل أن يتم اقتياده": one event told in the subjunctive, not a habit
        if mode:
            return mode, doc.raw_span(toks[j].start, toks[j].end)
    return "asserted", None


def _slogan(doc: Doc, i: int, c: _Triggers):
    """"رفعوا لافتات كتب عليها «... وهدم للمجتمع»": words inside a quotation that opens
    right after a banner or chant word are the slogan's, not a report."""
    toks = doc.tokens
    sent = toks[i].sentence
    before = doc.text[toks[sentence_start(doc, i)].start:toks[i].start]
    if "«" not in before:
        if '"' in before or "“" in before:
            return _quoted_name(doc, i, before, c)
        return "asserted", None  # no quotation opens before the trigger in its sentence
    j = i - 1
    listed = False  # "«...»، و«...»": a second slogan of the same list
    while j >= 0 and toks[j].sentence == sent:
        between = doc.text[toks[j].end:toks[j + 1].start]
        if "»" in between and not listed:
            return "asserted", None
        listed = False
        if "«" in between:
            if toks[j].norm == "و" and j > 0 and "»" in doc.text[toks[j - 1].end:toks[j].start]:
                listed = True
                j -= 1
                continue
            heads = [toks[k] for k in range(max(0, j - 2), j + 1) if toks[k].sentence == sent]
            if any(w.norm in c.slogan_heads or _bare(w.norm) in c.slogan_heads for w in heads):
                return "slogan", doc.raw_span(toks[j].start, toks[j].end)
            return "asserted", None
        j -= 1
    return "asserted", None


def _quoted_name(doc: Doc, i: int, before: str, c: _Triggers):
    """"الاحتجاجات التي تحمل اسم "مسيرة العودة الكبرى"", "أطلقت القوات عملية تحت اسم
    "تحرير الساحل"": event words inside a quotation ("..." or “...”) that opens right after
    a naming word (name_heads) or a banner or chant word name an operation, a campaign or
    a slogan; the event, if any, is the noun that bears the name. A possessive
    ("المتحدث باسمها "...""): a spokesman's quoted words, not a name. `before`: the
    sentence's text before the trigger."""
    if before.count('"') % 2 == 1:
        opened = before.rfind('"')
    elif before.rfind("“") > before.rfind("”"):
        opened = before.rfind("“")
    else:
        return "asserted", None  # the trigger is outside any quotation
    toks = doc.tokens
    start = toks[sentence_start(doc, i)].start
    j = i - 1
    while j >= 0 and toks[j].start >= start and toks[j].end > start + opened:
        j -= 1  # the token right before the quotation opens
    if j < 0 or toks[j].start < start:
        return "asserted", None
    # only the word right before the quotation: "قال المتحدث باسم الجيش: "اعتقلت قوات
    # الأمن ..."" quotes a statement, the naming word ("باسم") being farther back
    w = toks[j]
    if w.norm in c.name_heads or _bare(w.norm) in c.name_heads \
            or w.norm in c.slogan_heads or _bare(w.norm) in c.slogan_heads:
        return "slogan", doc.raw_span(w.start, w.end)
    return "asserted", None


_MODEL_NUMBER = re.compile(r"[-‐–]\d")
_HYPHENS = frozenset("-‐–")
# a demonstrative between a verb and its subject ("استهدفت تلك الأوامر"): the word after it
# is the one that may make the verb figurative
_DEMONSTRATIVES = ("تلك", "هذه", "ذلك", "هذا", "هذان", "هاتان", "هؤلاء", "هولاء")  # what _MODEL_NUMBER's match must start with


def _non_report(doc: Doc, h, frame: str, c: _Triggers, mode: str, cue):
    """Weapon nouns outside an action, figurative uses, and questions report no event."""
    toks = doc.tokens
    t0 = toks[h.start]
    surface = t0.norm if h.end - h.start == 1 else " ".join(toks[i].norm for i in range(h.start, h.end))
    bare = _bare(surface)
    if (surface in c.weak or bare in c.weak) and not h.prefix.endswith("ب"):
        s = t0.sentence
        window = [toks[j] for j in range(max(0, h.start - 4), min(len(toks), h.end + 4))
                  if toks[j].sentence == s and not (h.start <= j < h.end)]
        if not any(w.norm in c.weak_context or _bare(w.norm) in c.weak_context for w in window) \
                and not (h.prefix.endswith("ل") and _exposed(doc, h.start, c)):
            # ("تعرض مركز المسيال بقطاع ظهران الجنوب لقذائف": shells something was exposed to)
            return "generic", doc.raw_span(t0.start, toks[h.end - 1].end)
    if doc.text[toks[h.end - 1].end:toks[h.end - 1].end + 1] in _HYPHENS and _MODEL_NUMBER.match(doc.text, toks[h.end - 1].end):
        # "صواريخ زلزال وفجر-5": a word joined by a hyphen to a number names a weapon model
        return "generic", doc.raw_span(t0.start, toks[h.end - 1].end)
    if h.start > 0 and toks[h.start - 1].norm in ("دون", "بدون", "دونما") and toks[h.start - 1].sentence == t0.sentence:
        return "negated", doc.raw_span(toks[h.start - 1].start, toks[h.start - 1].end)  # "مرت دون تفجير واحد"
    if h.start > 0 and _bare(toks[h.start - 1].norm) in ("اي", "كل", "اية", "ايه") and toks[h.start - 1].sentence == t0.sentence:
        return "generic", doc.raw_span(toks[h.start - 1].start, toks[h.start - 1].end)  # "أي هجوم", "كل اعتداء"
    if frame == "KILL":
        natural = _natural_cause(doc, h.end, c) or _natural_result(doc, h.start, c)
        if natural is not None:
            return "natural", natural
    if frame in ("KILL", "ATTACK"):
        beast = _animal_agent(doc, h, c)
        if beast is not None:
            return "natural", beast  # "قتلت مجموعة من الخنازير البرية رجلا", "هجوم سمكة قرش"
    if frame == "EXPLOSION" and h.end < len(toks) and toks[h.end].sentence == t0.sentence \
            and _blast_of(doc, h.start, h.end, c) and not _hand_in_it(doc, t0.sentence, h.end + 1, c):
        # "انفجار غاز في مطعم", "انفجار اسطوانة غاز": an accident, not a bombing ("تفجير
        # أنبوب الغاز" is someone's act and stays)
        return "natural", doc.raw_span(t0.start, toks[h.end].end)
    if frame == "KILL" and _sentenced(doc, h.start, c):
        return "sentenced", doc.raw_span(t0.start, t0.end)  # "الأحكام الصادرة بالإعدام": a sentence passed
    if _facing(doc, h, c):
        return "figurative", doc.raw_span(toks[h.start - 1].start, t0.end)  # "في مواجهة حزب الله": against
    fig = c.figurative.get(frame)
    if fig:
        # the word after the trigger, or after its preposition ("استولت على كاميرات")
        after_prep = h.end + 1 if h.end + 1 < len(toks) and toks[h.end].norm in ("علي", "من", *_DEMONSTRATIVES) else None
        for k in (h.end, _after_split_object(doc, h), after_prep):
            if k is not None and k < len(toks) and toks[k].sentence == t0.sentence \
                    and (toks[k].norm in fig or _bare(toks[k].norm) in fig) \
                    and not (toks[k].norm == "علي" and (h.end - h.start > 1 or k != h.end)):
                # (على right after a one-word "اعترض/أسقط" is "objected to"/"dropped on";
                # after "تفكيك عبوة ناسفة" or a split verb's object, "دمرت القوات عبوة
                # ناسفة على طريق", it places the bomb)
                return "figurative", doc.raw_span(toks[k].start, toks[k].end)
        if frame == "PROTEST":
            # "وتظاهر المتهم بأنه مريض", "اعتصم الوزير أمس بالصمت": with ب and such an
            # object the verbs mean "feigned" and "held fast to"; the subject and a day
            # may come between
            for k in range(h.end, min(len(toks), h.end + 4)):
                w = toks[k].norm
                if toks[k].sentence == t0.sentence and w[:1] == "ب" and _bare(w) in fig:
                    return "figurative", doc.raw_span(toks[k].start, toks[k].end)
    fig = c.figurative_far.get(frame)
    if fig and h.payload[1] == "verb" and "ب" not in h.prefix:
        # VSO: "فجر رئيس الاتحاد الدولي لكرة القدم قضية كبرى", "خطفت التقنيات ... أنظار
        # الصحافيين": the object after a long subject, within the verb's clause
        for k in range(h.end, min(len(toks), h.end + c.figurative_reach)):
            if toks[k].sentence != t0.sentence or (k > h.end and _clause_break(doc.text[toks[k - 1].end:toks[k].start])):
                break
            w = toks[k].norm
            if w in c.clause_breaks or _bare(w) in c.clause_breaks or _bare(w) in c.results:
                break
            if w in fig or _bare(w) in fig:
                return "figurative", doc.raw_span(toks[k].start, toks[k].end)
    fig = c.figurative_ala.get(frame)
    if fig and h.end + 1 < len(toks) and toks[h.end].norm == "علي" and toks[h.end + 1].sentence == t0.sentence \
            and (toks[h.end + 1].norm in fig or _bare(toks[h.end + 1].norm) in fig):
        return "figurative", doc.raw_span(toks[h.end + 1].start, toks[h.end + 1].end)  # "اعتداء على حرية التعبير"
    if frame == "DISRUPTED" and _bare(toks[h.end - 1].norm) in c.objecting:
        # "الاعتراض على التدخل الإيراني", "واعترض النواب على القرار": objecting, not
        # intercepting; an interception takes its object directly ("اعترضت الدفاعات
        # صاروخا أطلق على المدينة": a projectile before على ends the look)
        for k in range(h.end, min(len(toks), h.end + (1 if h.payload[1] == "noun" else _OBJECTING_REACH))):
            if toks[k].sentence != t0.sentence or (k > h.end and _clause_break(doc.text[toks[k - 1].end:toks[k].start])):
                break
            w = toks[k].norm
            if w == "علي":
                return "figurative", doc.raw_span(toks[k].start, toks[k].end)
            if w in c.weak or _bare(w) in c.weak:
                break
            if _bare(w) in c.vehicles and not (k + 1 < len(toks) and toks[k + 1].sentence == t0.sentence
                                                and _bare(toks[k + 1].norm) in c.car_bomb):
                # "اعترض مسلحون سيارة تقل موظفين": a car blocked, no weapon disrupted
                # ("اعترضت القوات سيارة مفخخة" stays an interception)
                return "figurative", doc.raw_span(toks[k].start, toks[k].end)
    if frame == "ATTACK":
        for j in range(h.end, min(len(toks), h.end + 5)):
            if toks[j].sentence != t0.sentence:
                break
            if toks[j].norm in c.speech:
                return "figurative", doc.raw_span(toks[j].start, toks[j].end)  # "هاجمت الوزيرة الحركة قائلة"
    if _question(doc.text, doc.sentences[t0.sentence]):
        return "question", None
    terms = _terms_of(doc, h.start, c) if frame != "AGREEMENT" else None  # (the agreement itself stays)
    if terms is not None:
        return "planned", terms
    return mode, cue


def _described_as(doc: Doc, start: int, c: _Triggers):
    """The "بأنهم/بأنه" of a description the event noun at `start` stands in, up to
    three words after it, a verb of describing up to twelve words before that in the
    sentence ("ووصفت الوزارة المحتجين بأنهم مثيرو شغب", "واصفا المتظاهرين بأنهم
    مخربون"): a label given to people or deeds, not an incident (cues.yaml
    describing_verbs, that_they). A report after "أفادت ... بأنه" has no verb of
    describing and stays."""
    toks = doc.tokens
    s = toks[start].sentence
    for j in range(start - 1, max(-1, start - 4), -1):
        if toks[j].sentence != s:
            return None
        if toks[j].norm in c.that_they:
            for k in range(j - 1, max(-1, j - 13), -1):
                if toks[k].sentence != s:
                    return None
                if toks[k].norm in c.describing or _bare(toks[k].norm) in c.describing:
                    return doc.raw_span(toks[k].start, toks[j].end)
            return None
    return None


def _animal_agent(doc: Doc, h, c: _Triggers):
    """An animal that kills or attacks: its noun up to four words before a verb in the
    clause ("مجموعة من الخنازير البرية قتلت رجلا") or right after a noun, one word
    between ("هجوم سمكة قرش", "هجوم لهذه الحيوانات"). A death by an animal is no
    political violence (cues.yaml animals; "الذئاب المنفردة", lone attackers, and
    "نمور التاميل" are left out of it)."""
    toks = doc.tokens
    s = toks[h.start].sentence
    if h.payload[1] == "verb":
        for j in range(h.start - 1, max(-1, h.start - 5), -1):
            if toks[j].sentence != s or _clause_break(doc.text[toks[j].end:toks[j + 1].start]):
                return None
            if _bare(toks[j].norm) in c.animals:
                return doc.raw_span(toks[j].start, toks[j].end)
        return None
    for j in range(h.end, min(len(toks), h.end + 2)):
        if toks[j].sentence != s or toks[j].norm == "علي":
            return None  # ("هجوم على كلاب الحراسة": the animals are its target)
        if _bare(toks[j].norm) in c.animals:
            return doc.raw_span(toks[j].start, toks[j].end)
    return None


def _terms_of(doc: Doc, start: int, c: _Triggers):
    """The verb that states an agreement's terms, up to four words before the trigger in
    its clause ("وينص الاتفاق على سيطرة القوات الحكومية", "الاتفاق يقضي بخروج المسلحين"):
    what the agreement provides for has not happened (cues.yaml agreement_terms)."""
    toks = doc.tokens
    s = toks[start].sentence
    for j in range(start - 1, max(-1, start - 5), -1):
        if toks[j].sentence != s or _clause_break(doc.text[toks[j].end:toks[j + 1].start]):
            return None
        if toks[j].norm in c.terms or _bare(toks[j].norm) in c.terms:
            return doc.raw_span(toks[j].start, toks[j].end)
    return None


_OBJECTING_REACH = 8  # words from a verb of objecting to its على (the subject between: "اعترض النواب على")


def _question(text: str, sent) -> bool:
    """Does the sentence end with a question mark (before closing quotes and spaces)?
    `text[sent.start:sent.end].rstrip(" »\"'").endswith(("?", "؟"))`, read from its end
    instead of copying the sentence twice."""
    e = sent.end
    while e > sent.start and text[e - 1] in _CLOSING:
        e -= 1
    return e > sent.start and text[e - 1] in "?؟"


_CLOSING = frozenset(" »\"'")




def _natural_cause(doc: Doc, end: int, c: _Triggers, reach: int = 16) -> Span | None:
    """"قتل 16 ألف شخص في كارثة تسونامي", "لقوا حتفهم جراء السيول": a death whose
    cause, up to `reach` words on in its sentence, is nature or an accident (cues.yaml
    natural_causes), after a preposition of cause or with ب. The reach spans a toll
    told with its wounded ("قتل 17 شخصا على الأقل، وجرح 36 آخرين، في حادث حافلة"); a
    word of someone's hand on the way ("في هجوم", "بقصف": natural_cause_unless) ends it."""
    toks = doc.tokens
    s = toks[end - 1].sentence
    unless = c.natural_unless
    for j in range(end, min(len(toks), end + reach)):
        if toks[j].sentence != s or toks[j].norm in unless or _bare(toks[j].norm) in unless:
            break
        k = _natural_phrase_at(doc, j, c)
        if k:
            return None if _hand_in_it(doc, s, k, c) else doc.raw_span(toks[j].start, toks[k - 1].end)
    return None


def _natural_phrase_at(doc: Doc, j: int, c: _Triggers) -> int:
    """The end of a cause of death by nature or accident that starts at token j after a
    preposition of cause ("جراء السيول", "في حادث سير") or with ب ("بالزلزال"), else 0."""
    toks = doc.tokens
    first = toks[j].norm
    if not (j > 0 and toks[j - 1].norm in c.natural_preps):
        if not first.startswith(("ب", "لل")):
            return 0
        first = first[1:] if first.startswith("ب") else "ال" + first[2:]
    return _cause_end(doc, j, first, sentence_tokens(doc, toks[j].sentence).stop, c)


def _cause_end(doc: Doc, j: int, first: str, stop: int, c: _Triggers) -> int:
    """The end of a cause of death by nature or accident (cues.yaml natural_causes) that
    opens at token j with the word `first` (as written, or after ال) and ends by token
    `stop`, else 0."""
    toks = doc.tokens
    for words in c.natural_by_first.get(first, ()):
        k = j + len(words)
        if k <= stop and all(toks[j + n].norm == words[n] for n in range(1, len(words))):
            return k
    return 0


def _blast_of(doc: Doc, head: int, obj: int, c: _Triggers) -> bool:
    """"انفجار غاز", "انفجار اسطوانة": an explosion word at token `head` whose object at
    token `obj` is something that blows up by accident (cues.yaml accidental_blasts)."""
    toks = doc.tokens
    return _bare(toks[head].norm).startswith(("انفجار", "انفجر")) and _bare(toks[obj].norm) in c.accidental_blasts


def _natural_result(doc: Doc, start: int, c: _Triggers) -> Span | None:
    """"وقع انفجار اسطوانة غاز في منزل ما أدى إلى مقتل طفلين", "ضربت سيول المنطقة
    وأسفرت عن مقتل": a death told as the result (cues.yaml result_cues) of an accident or
    of nature named earlier in its sentence."""
    toks = doc.tokens
    s = toks[start].sentence
    first = sentence_tokens(doc, s).start
    # the result cues before the trigger in its sentence, among the flagged words only
    flagged = wordflags.tokens_with(doc, c.result_bit)
    x = bisect_left(flagged, start)
    if not x or flagged[x - 1] < first:
        return None
    last = flagged[x - 1]
    for j in range(first, last):
        w = toks[j].norm
        if j + 1 < last and _blast_of(doc, j, j + 1, c):
            found = j + 2
        else:
            found = _cause_end(doc, j, w, last, c) or _cause_end(doc, j, _bare(w), last, c)
        if found and not _hand_in_it(doc, s, start, c):
            return doc.raw_span(toks[j].start, toks[found - 1].end)
    return None


def _hand_in_it(doc: Doc, s: int, k: int, c: _Triggers) -> bool:
    """Do the words around a cause of death tell of someone's hand in it (cues.yaml
    natural_cause_unless): in its sentence before it or up to 12 words after it ("في
    تحطم طائرة حربية أسقطها مسلحون"), or in the sentence before ("أسقطت مروحية عسكرية
    ... / وقتل عسكريان في تحطم الطائرة")? Then no accident."""
    toks = doc.tokens
    first = sentence_tokens(doc, s - 1).start if s > 0 else sentence_tokens(doc, s).start
    stop = min(sentence_tokens(doc, s).stop, k + 12)
    unless = c.natural_unless
    return any(toks[m].norm in unless or _bare(toks[m].norm) in unless for m in range(first, stop))


def _facing(doc: Doc, h, c: _Triggers) -> bool:
    """"في مواجهة حزب الله": "in the face of", not a clash, unless the words after it
    make it one ("في مواجهة مع مسلحين", "في مواجهة مسلحة", "في مواجهة أمس")."""
    nouns, before, unless = c.facing
    toks = doc.tokens
    i = h.start
    if h.end - h.start != 1 or h.prefix or toks[i].norm not in nouns or i == 0 or i + 1 >= len(toks):
        return False
    if toks[i - 1].sentence != toks[i].sentence or _bare(toks[i - 1].norm) not in before:
        return False
    nxt = toks[i + 1]
    return nxt.sentence == toks[i].sentence and _bare(nxt.norm) not in unless and nxt.norm not in unless \
        and not any(ch in doc.text[toks[i].end:nxt.start] for ch in "،,.؛;")


def _sentenced(doc: Doc, i: int, c: _Triggers) -> bool:
    """"المدانين بالإعدام", "أحكام الإعدام": a death sentence passed, unless a verb of
    carrying it out comes before it in the clause ("نفذت جبهة النصرة أمس حكم الإعدام")."""
    toks = doc.tokens
    s = toks[i].sentence
    before = [j for j in range(max(0, i - 10), i) if toks[j].sentence == s]
    if not (_bare(toks[i].norm) in c.judicial_forms or toks[i].norm in c.judicial_forms
            or (before and before[-1] == i - 1 and _bare(toks[i - 1].norm) in c.judicial_heads)):
        return False
    return not any(_bare(toks[j].norm) in c.carried_out or toks[j].norm in c.carried_out for j in before)


def _after_split_object(doc: Doc, h) -> int | None:
    """"وشن رئيس الحزب أمس هجوماً حاداً": the word after the object of a split verb
    (the trigger is the verb alone), where a figurative adjective stands."""
    return split_object_end(doc, h.start, h.end)


def split_object_end(doc: Doc, start: int, end: int) -> int | None:
    """The token after the object of the split verb at tokens [start, end) ("شن ... هجوما"),
    else None (not a split verb, or no object within its window)."""
    c = _compiled()
    toks = doc.tokens
    if end - start != 1 or not wordflags.token_flags(doc)[start] & c.split_verb:
        return None
    rule = _split_rule_index(c, toks[start].norm)
    if rule is None:
        return None
    window, _verbs, objects = c.split_rules[rule]
    for j in range(end, min(len(toks), start + 1 + window)):
        for obj in objects:
            k = len(obj)
            if j + k <= len(toks) and all(_bare(toks[j + m].norm) == obj[m] or toks[j + m].norm == obj[m]
                                          for m in range(k)):
                return j + k
    return None


def _denied(doc: Doc, start: int, c: _Triggers) -> tuple[str, Span | None]:
    """A denial earlier in the sentence covers every report in it."""
    toks = doc.tokens
    # the nearest denial word before `start`, if it is in the same sentence
    denials = wordflags.tokens_with(doc, c.denial_bit)
    k = bisect_left(denials, start) - 1
    if k >= 0 and toks[denials[k]].sentence == toks[start].sentence:
        j = denials[k]
        return "negated", doc.raw_span(toks[j].start, toks[j].end)
    return "asserted", None


def _long_ago(doc: Doc, end: int, c: _Triggers) -> tuple[str, Span | None]:
    """"اغتالته إسرائيل في غزة قبل ثلاثة أعوام", "قتل قبل عامين": "قبل" with a count of
    years or months (or a dual of them) in the clause after the trigger."""
    toks = doc.tokens
    s = toks[end - 1].sentence
    # only at a "قبل" (nearly every clause has none): the clause's end is looked for only up to it
    for j in _flagged_after(doc, c.ago_bit, end, end + c.ago_window):
        text = doc.text
        if any(_clause_break(text[toks[k - 1].end:toks[k].start]) for k in range(end, j + 1)):
            break
        for k in range(j + 1, min(len(toks), j + 4)):
            if toks[k].sentence != s:
                break
            if _bare(toks[k].norm) in c.ago_units:
                return "historical", doc.raw_span(toks[j].start, toks[k].end)
    return "asserted", None


def _mode_after(doc: Doc, end: int, c: _Triggers) -> tuple[str, Span | None]:
    toks = doc.tokens
    if end >= len(toks):
        return "asserted", None
    since = _since_year_after(doc, end, c)
    if since is not None:
        return "historical", since
    for j in _flagged_after(doc, c.after_bit, end, end + c.after_window):  # the words that may set a mode
        mode = c.after.get(toks[j].norm) or c.after.get(_bare(toks[j].norm))
        if mode:
            return mode, doc.raw_span(toks[j].start, toks[j].end)
        mode = c.after_pairs.get((toks[j - 1].norm, toks[j].norm)) if j > end else None
        if mode:  # "وشنت إسرائيل في السابق ضربات": the strikes of the past, not of the day
            return mode, doc.raw_span(toks[j - 1].start, toks[j].end)
    return "asserted", None


def _tally(doc: Doc, end: int, c: _Triggers, kill: bool = True) -> tuple[str, Span | None]:
    """"مقتل أكثر من 60 مدنياً ... منذ بداية الشهر": a count over a period, and
    "زراعة مليون لغم منذ عام 2014": activity over years, are not one day's event."""
    toks = doc.tokens
    reach = 28 if kill else 12  # a tally qualifies a death count; other events only what is near them
    for j in _flagged_after(doc, c.tally_bit, end, end + reach):  # (only the words below)
        if _bare(toks[j].norm) in c.tally_superlatives:
            return "asserted", None  # "أوسع هجوم على المخيم منذ عام 2002" compares, it does not tally
        if _bare(toks[j].norm) == "اكثر":
            if j > 0 and _bare(toks[j - 1].norm) in c.tally_one_of:
                return "asserted", None  # "في أحد أكثر الأيام دموية منذ بدء العملية"
            continue  # ("أكثر من 500 مدني قتلوا منذ": more than, a tally may follow)
        if _bare(toks[j].norm) == "منذ" and (j < end + 6 or kill) and _year_follows(doc, j):
            return "cumulative", doc.raw_span(toks[j].start, toks[j].end)
        if _bare(toks[j].norm) == "منذ" and (_year_follows(doc, j, 0) or (
                j + 1 < len(toks) and (toks[j + 1].norm in c.tally_since_starts or _bare(toks[j + 1].norm) in c.tally_since_starts))):
            if j >= end + 6 and any(toks[k].norm in c.tally_total_raisers for k in range(end, j)):
                # "قتلت القوات فلسطينيا قرب الجدار، ليرتفع عدد من قتلوا منذ بدء الاحتجاجات إلى
                # 62": the total the death brings up is the tally, not the killing told
                return "asserted", None
            # farther on, only a date with its year ("منذ 23 أيلول / سبتمبر 2014") or a
            # start ("منذ مطلع العام", "منذ بداية الأزمة": the word as written, for bare_word
            # reads the ب of "بداية" as a preposition): "منذ عدة أشهر" may be said of a
            # nearer verb ("لم تدفع أجورهم منذ عدة أشهر")
            return "cumulative", doc.raw_span(toks[j].start, toks[j].end)
        if not kill:
            continue
        if toks[j].norm in c.tally_periods and j > 0 and _bare(toks[j - 1].norm) in ("علي", "في"):
            return "cumulative", doc.raw_span(toks[j - 1].start, toks[j].end)  # "على مدى الأسبوعين الماضيين"
        if toks[j].norm in c.tally_wars and j > 0 and _bare(toks[j - 1].norm) in ("في", "خلال"):
            return "cumulative", doc.raw_span(toks[j - 1].start, toks[j].end)  # "قتل 10 آلاف في الحرب"
        if _bare(toks[j].norm) in c.tally_spans:
            k = _counted_span_end(doc, j, c)
            if k:
                return "cumulative", doc.raw_span(toks[j].start, toks[k - 1].end)
    return "asserted", None


def _counted_span_end(doc: Doc, j: int, c: _Triggers) -> int:
    """The end of "خلال 10 أشهر", "طيلة ثلاثة أسابيع", "خلال شهرين" opening at token j (a
    span word, at most one count, a unit of a week or more), else 0; "خلال يومين" or
    "خلال 24 ساعة" is one incident's time, not a tally's."""
    toks = doc.tokens
    s = toks[j].sentence
    for k in (j + 1, j + 2):
        if k >= len(toks) or toks[k].sentence != s:
            return 0
        if toks[k].norm in c.tally_units:
            return k + 1
    return 0


def _over_period(doc: Doc, start: int, end: int, c: _Triggers) -> tuple[str, Span | None]:
    """"حملة خطف واسعة استهدفت خلال الأيام الماضية صحفيين", "وفي الأسابيع الأخيرة، شنت
    الشرطة سلسلة عمليات", "تخوض اشتباكات من حين لآخر": a period of days or weeks, or
    a habit, told next to the trigger (cues.yaml period_spans)."""
    toks = doc.tokens
    s = toks[start].sentence
    # only the words that may start a period phrase (flagged), by bisection among them
    flagged = wordflags.tokens_with(doc, c.period_bit)
    stop = min(len(toks), end + c.period_after)
    for x in range(bisect_left(flagged, max(0, start - c.period_before)), len(flagged)):
        j = flagged[x]
        if j >= stop:
            break
        if start <= j < end or toks[j].sentence != s:
            continue
        if j >= end and _clause_break(doc.text[toks[end - 1].end:toks[j].start]):
            break  # after the trigger, only within its clause
        for key, mode in c.periods_by_first.get(_bare(toks[j].norm), ()):
            k = _period_end(toks, j, key, c)
            if k and (k <= start or j >= end):
                return mode, doc.raw_span(toks[j].start, toks[k - 1].end)
        if j >= end and _bare(toks[j].norm) == "منذ" and _since_point(doc, j, c):
            return "cumulative", doc.raw_span(toks[j].start, toks[j + 1].end)
    return _fronted_period(doc, start, c, flagged)


def _since_point(doc: Doc, j: int, c: _Triggers) -> bool:
    """Does "منذ" at token j open "since a point" (a day, a date, an event: "منذ يوم
    الثلاثاء", "منذ 30 آذار", "منذ شهر مارس", "منذ إعلان ترامب"), after which a toll counts
    the days between, rather than "ago" ("منذ ثلاثة أيام", "منذ ساعات", "منذ يوم": a
    duration, cues.yaml since.ago)?"""
    toks = doc.tokens
    s = toks[j].sentence
    if j + 1 >= len(toks) or toks[j + 1].sentence != s:
        return False
    w = _bare(toks[j + 1].norm)
    after = _bare(toks[j + 2].norm) if j + 2 < len(toks) and toks[j + 2].sentence == s else ""
    if w in c.since_months or w in c.since_days:
        return True
    if w == "يوم" and after[-1:].isdigit():
        # "منذ يوم 30 من مارس": a day of the month, with "من" or not before its month
        k = j + 3 + (j + 3 < len(toks) and toks[j + 3].norm == "من")
        return k < len(toks) and toks[k].sentence == s and _bare(toks[k].norm) in c.since_months
    if w in ("يوم", "شهر") or w[-1:].isdigit():
        # a day of the week or a month after them is a point; a unit is a duration
        return after in c.since_days or after in c.since_months
    return w not in c.since_ago


_FRONTED_WORDS = 3  # "وفي الأسابيع الأخيرة،", "وخلال الأشهر الماضية،": the period opens its sentence


def _fronted_period(doc: Doc, start: int, c: _Triggers, flagged: list[int]) -> tuple[str, Span | None]:
    """"وفي الأسابيع الأخيرة، شنت الشرطة سلسلة عمليات نوعية استهدفت شبكات تجنيد": a period
    that opens the sentence, set off by a comma, frames the whole sentence however far
    the trigger stands from it; what is told is what went on over that period.
    `flagged`: the tokens that may start a period phrase (`tokens_with(doc, c.period_bit)`)."""
    toks = doc.tokens
    opens = doc.sentences[toks[start].sentence].start
    before = bisect_left(flagged, start)
    if not before or toks[flagged[before - 1]].start < opens:
        return "asserted", None  # no word between the sentence's start and the trigger may start one
    first = first_token_from(doc, opens)
    for x in range(bisect_left(flagged, first), before):
        j = flagged[x]
        if j >= first + _FRONTED_WORDS:
            break
        # (the spans that open with the word, in the order of c.periods)
        for key, mode in c.periods_by_first.get(_bare(toks[j].norm), ()):
            k = _period_end(toks, j, key, c)
            if k and k <= start \
                    and _comma_closes(doc, k - 1, start, _SINCE_REACH if key[0] == "منذ" else 1):
                return mode, doc.raw_span(toks[j].start, toks[k - 1].end)
    return "asserted", None


def _period_end(toks, j: int, key: tuple[str, ...], c: _Triggers) -> int:
    """The token after the period span `key` told from token j (its first word already
    matched), or 0. A count may stand after the span's first word: "خلال الأيام الثلاثة
    الماضية" spans days as "خلال الأيام الماضية" does (cues.yaml period_spans.counts)."""
    k = len(key)
    if j + k <= len(toks) and all(toks[j + x].norm == key[x] for x in range(1, k)):
        return j + k
    if k > 1 and j + k < len(toks) and toks[j + 1].norm in c.period_counts \
            and all(toks[j + 1 + x].norm == key[x] for x in range(1, k)):
        return j + k + 1
    return 0


# "ومنذ بدء التظاهرات في 30 مارس الماضي، قتل 49 فلسطينيا": a fronted "since ..." clause
# runs on to its comma, up to this many words after its first words
_SINCE_REACH = 8


def _comma_closes(doc: Doc, last: int, start: int, reach: int) -> bool:
    """A comma after token `last` or one of the `reach` - 1 tokens after it, before the
    trigger at `start`: the end of a fronted clause."""
    return any(comma_between(doc, i, i + 1) for i in range(last, min(start, last + reach)))


def _comparison_at(doc: Doc, j: int, c: _Triggers, flags: list[int]) -> Span | None:
    toks = doc.tokens
    if not flags[j] & c.comparison_bit:
        return None  # no comparison phrase starts at the word, bare or as written
    words = (toks[j].norm, _bare(toks[j].norm))
    for key in c.comparisons:
        k = len(key)
        if j + k <= len(toks) and key[0] in words \
                and toks[j + k - 1].sentence == toks[j].sentence \
                and all(toks[j + x].norm == key[x] for x in range(1, k)):
            return doc.raw_span(toks[j].start, toks[j + k - 1].end)
    return None


def _compared(doc: Doc, start: int, end: int, pos: str, c: _Triggers) -> tuple[str, Span | None]:
    """"كما فعل عندما تم استدراج الجيش إلى مواجهة", "مثلما حدث من السيارات المفخخة":
    an event named to liken something to it is recalled, not reported (within the
    clause before the trigger); so is an event noun the likening follows at once
    ("اشتباكات كما حصل في مار مخايل")."""
    if not c.comparisons:
        return "asserted", None
    toks = doc.tokens
    flags = wordflags.token_flags(doc)
    s = toks[start].sentence
    # the words before the trigger that may start a comparison phrase (flagged), nearest
    # first, up to the clause's start: the gaps are looked for a comma only up to such a word
    text = doc.text
    clean = start  # the gaps after tokens clean .. start - 1 hold no clause break
    for j in _flagged_back(doc, c.comparison_bit, start, start - c.compare_before):
        if any(_clause_break(text[toks[k].end:toks[k + 1].start]) for k in range(j, clean)):
            break
        clean = j
        cue = _comparison_at(doc, j, c, flags)
        if cue is not None:
            return "compared", cue
    if pos == "noun" and end < len(toks) and flags[end] & c.comparison_bit and toks[end].sentence == s \
            and not _clause_break(text[toks[end - 1].end:toks[end].start]):
        cue = _comparison_at(doc, end, c, flags)
        if cue is not None:
            return "compared", cue
    return "asserted", None


def _since_year_after(doc: Doc, end: int, c: _Triggers) -> Span | None:
    """"ويشن التحالف غارات على العراق وسوريا منذ أغسطس 2014": strikes "since" a year
    ago are a campaign, not an incident (within the clause after the trigger)."""
    toks = doc.tokens
    # only at a "منذ" (nearly every clause has none): the clause's commas are looked for
    # only up to it
    for j in _flagged_after(doc, c.since_bit, end, end + 10):
        text = doc.text
        if any("،" in text[toks[k - 1].end:toks[k].start] for k in range(end, j + 1)):
            break
        if _year_follows(doc, j, reach=4):
            return doc.raw_span(toks[j].start, toks[j].end)
    return None


def _year_follows(doc: Doc, j: int, reach: int = 2) -> bool:
    """"منذ" is historical only before a year, a date with its year ("منذ 23 أيلول /
    سبتمبر 2014") or, within `reach` words, "عام/سنوات/أعوام/بداية" ("منذ عام 2014"),
    not before hours ("منذ ساعات الصباح")."""
    toks = doc.tokens
    months = calendar_words()[0]
    for k in range(j + 1, min(j + 6, len(toks))):
        # "منذ 23 أيلول / سبتمبر 2014": a day and month names before the year
        w = toks[k].norm
        if w.isdigit() and len(w) == 4:
            return True
        if not ((w.isdigit() and len(w) <= 2) or w in months):
            break
    for k in range(j + 1, min(j + 1 + reach, len(toks))):
        w = toks[k].norm
        if w.isdigit() and len(w) == 4:
            return True
        if _bare(w) in ("عام", "سنه", "سنوات", "اعوام", "العام", "السنه", "بدايه", "مطلع", "اندلاع", "بدء", "اشهر",
                        "شهور", "اسابيع"):
            return True
    return False


_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هذان", "هاتان", "هؤلاء"})
_COPULAS = _DEMONSTRATIVES | {"هو", "هي"}


def _told_again(doc: Doc, h, frame: str, pos: str, out) -> bool:
    """A definite event noun opening a sentence ("الهجوم المباغت نجح في تكبيد الحوثيين
    خسائر") right after a sentence that reported an event of that kind is that event
    again, told for its outcome: the article's own back-reference."""
    toks = doc.tokens
    t0 = toks[h.start]
    if pos != "noun" or not (t0.norm.startswith("ال") or t0.norm.startswith("وال")):
        return False
    if h.start > 0 and toks[h.start - 1].sentence == t0.sentence:
        return False
    return any(x.frame == frame and x.mode == "asserted" and not x.reference
               and 0 < t0.sentence - toks[x.tok_start].sentence <= 1 for x in out)


def _reference(doc: Doc, i: int, scope_start: int, c: _Triggers, pos: str = "noun") -> tuple[bool, Span | None]:
    toks = doc.tokens
    if i > 0 and toks[i - 1].sentence == toks[i].sentence:
        head = _bare(toks[i - 1].norm)
        if head in _DEMONSTRATIVES and pos == "noun":
            # "وأدانت الكتائب هذا الاعتداء": the one already told; before a verb the
            # demonstrative closes a connective ("إلى ذلك قتلت القوات", "بعد ذلك هاجم")
            return True, doc.raw_span(toks[i - 1].start, toks[i - 1].end)
        if head in c.idafa or toks[i - 1].norm in c.idafa:
            return True, doc.raw_span(toks[i - 1].start, toks[i - 1].end)
        if head in c.ordinals and any(toks[j].sentence == toks[i].sentence and _bare(toks[j].norm) in _COPULAS
                                      for j in range(max(0, i - 3), i - 1)):
            # "وهذا ثالث هجوم انتحاري في كابل", "وهو أحدث هجوم": the one just told, in a series
            return True, doc.raw_span(toks[i - 1].start, toks[i - 1].end)
        if i > 1 and toks[i - 2].sentence == toks[i].sentence and head in c.weak_context \
                and (_bare(toks[i - 2].norm) in c.idafa or toks[i - 2].norm in c.idafa):
            # "مصادر إطلاق القذائف": the head of a longer construct chain
            return True, doc.raw_span(toks[i - 2].start, toks[i - 2].end)
    # the look-back windows below test a word flag: only the flagged words are visited
    # (`_flagged_back`: the condemnation verbs, the cues of reference)
    for j in _flagged_back(doc, c.condemn_bit, i, max(i - c.condemn_window, scope_start)):
        # "واستنكر علاوي في بيان صحافي له أمس ... تفجيرات مدينة الصدر": what is
        # condemned was reported before; the verb's object may come far after it
        return True, doc.raw_span(toks[j].start, toks[j].end)
    if i > 0 and toks[i - 1].sentence == toks[i].sentence and toks[i - 1].norm in c.accuse_that:
        for j in range(i - 2, max(-1, i - 1 - c.accuse_window), -1):
            if toks[j].sentence != toks[i].sentence:
                break
            if toks[j].norm in c.accuse or _bare(toks[j].norm) in c.accuse:
                # "اتهمت المؤسسة ... الحكومة بأنها قصفت ناقلات": the content of an accusation
                return True, doc.raw_span(toks[j].start, toks[j].end)
    if pos == "noun" and toks[i].prefix[-1:] == "ب":
        for j in _window(doc, i, scope_start, c.accuse_window):
            if comma_between(doc, j, i):
                break
            if toks[j].norm in c.charge_verbs or _bare(toks[j].norm) in c.charge_verbs:
                # "ادعى القاضي على ثلاثة ضباط بقتل متظاهر", "اتهمت المنظمة الحكومة
                # بقصف المستشفى": the masdar after ب is what the verb charges them with,
                # however long its object
                return True, doc.raw_span(toks[j].start, toks[j].end)
            if toks[j].prefix[-1:] == "ب":
                break  # "تتهمه بالمسؤولية عن بث فبركات تتعلق بهجوم": the charge is the first ب
    for j in _flagged_back(doc, c.charge_bit, i, max(i - c.charge_window, scope_start)):
        # "وجهت إليه تهمة قتل متظاهر": what someone is charged with or tried for (a charge
        # word, flagged); not across a comma (a comma between j and i lies between every
        # word before j and i too, so the window ends there: it is looked for only at a
        # charge word)
        if comma_between(doc, j, i):
            break
        return True, doc.raw_span(toks[j].start, toks[j].end)
    for j in _flagged_back(doc, c.reference_bit, i, max(i - c.ref_window, scope_start)):
        w = toks[j].norm
        # "عن" only in "بعد ساعات من / أسفر عن" chains; skip it on its own
        if _bare(w) == "عن" and j != i - 1:
            continue
        if (j > 0 and (toks[j - 1].norm, w) in c.not_ref) or (j + 1 < len(toks) and (w, toks[j + 1].norm) in c.not_ref):
            continue  # "فيما بعد", "بعد ذلك": a sequence of events
        if j + 1 < i and toks[j + 1].norm == "ان" and j == sentence_start(doc, j) and comma_between(doc, j + 1, i):
            # "وقبل أن تبدأ القمة، ضربت غارة جوية البلدة": a fronted "قبل/بعد أن" clause
            # governs its own verb, closed by the comma; the trigger after it is the main
            # clause. (Inside a sentence, "ويأتي ذلك بعد أن أعلنت أنقرة، الخميس، مقتل"
            # and "قبل أن ترديه الشرطة قتيلا، وتلقي القبض": the commas stay inside the clause)
            continue
        return True, doc.raw_span(toks[j].start, toks[j].end)
    if i > 1 and toks[i - 1].norm == "في" and toks[i - 1].sentence == toks[i].sentence:
        flags = wordflags.token_flags(doc)
        # "بعد وفاة اثنين من المتظاهرين الألبان في احتجاج السبت": the cue governs the
        # toll, and the event is where its dead fell, however long the count between
        for k in _window(doc, i - 1, scope_start, c.ref_window):
            if toks[k].norm in c.tolls or _bare(toks[k].norm) in c.tolls:
                j = k - 1
                if j >= scope_start and toks[j].sentence == toks[i].sentence and flags[j] & c.reference_bit:
                    return True, doc.raw_span(toks[j].start, toks[j].end)
                break
    return False, None


def _failed_to(doc: Doc, i: int, c: _Triggers) -> Span | None:
    """"وأخفقت قوات الجيش في السيطرة على البلدة", "فشل المسلحون في اقتحام القرية": a
    takeover a side failed at is no takeover but the attack it was (ACLED: a failed attack
    is still an attack, coded as the fighting; other frames do not ask). The failure
    verb, up to `failed_window` words before "في" + the takeover noun."""
    toks = doc.tokens
    if i < 2 or toks[i - 1].norm != "في":
        return None
    for j in range(i - 2, max(-1, i - 2 - c.failed_window), -1):
        if toks[j].sentence != toks[i].sentence:
            break
        if toks[j].norm in c.failed or _bare(toks[j].norm) in c.failed:
            return doc.raw_span(toks[j].start, toks[j].end)
    return None


def _is_static(doc: Doc, i: int, c: _Triggers) -> bool:
    toks = doc.tokens
    if toks[i].norm[:1] in ("ي", "ت") and i > 0 and toks[i - 1].norm in c.relatives:
        return True  # "التي تسيطر عليها": held, not taken
    if toks[i].norm[:1] in ("ي", "ت") and i + 1 < len(toks) and toks[i + 1].norm in ("عليها", "عليه", "عليهم"):
        return True  # "أبعد منطقة يسيطر عليها المقاتلون": held, not taken
    for j in range(max(0, i - 2), i):
        if toks[j].sentence == toks[i].sentence and (toks[j].norm in c.static or _bare(toks[j].norm) in c.static):
            return True
    return toks[i].prefix.endswith("ل") and i > 0 and _bare(toks[i - 1].norm) in c.static


def _counted_crowd(doc: Doc, i: int, c: _Triggers) -> bool:
    """"عدة مئات من المتظاهرين", "الآلاف من المتظاهرين", "وخرج مئات المحتجين": protesters
    counted anew (a count before "من", or a count whose genitive they are). A count
    that is itself the object of a preposition ("ألقى كلمة في حشود المتظاهرين",
    "بمئات المحتجين") is where or to whom something was done, no crowd acting."""
    toks = doc.tokens
    if i < 2 or toks[i - 2].sentence != toks[i].sentence:
        return False
    if toks[i - 1].norm == "من":
        w = _bare(toks[i - 2].norm)
        return w in c.crowd_counts or (w.startswith("ال") and w[2:] in c.crowd_counts)
    w = toks[i - 1].norm
    if w[:1] in ("و", "ف") and w[1:] in c.crowd_counts:
        w = w[1:]
    if w not in c.crowd_counts:
        return False  # (a ب/ل/ك before the count leaves it unlisted: "بمئات المحتجين")
    return not (toks[i - 2].norm in c.crowd_object_preps or _bare(toks[i - 2].norm) in c.crowd_object_preps)


def implicit_protests(doc: Doc, actors, triggers: tuple[TriggerHit, ...], dates=()) -> tuple[TriggerHit, ...]:
    """"خرج مئات المتظاهرين في مدينة الباب": protesters named in a sentence that has no
    protest word are themselves the report of a protest. The mention stands in for
    the trigger and gets the same modality checks."""
    c = _compiled()
    toks = doc.tokens
    # ("للاحتجاج على": a protest's purpose, said of a crowd that may itself be the protest)
    covered = {toks[t.tok_start].sentence for t in triggers
               if t.frame in ("PROTEST", "RIOT", "MOB_VIOLENCE", "LOOTING") and t.mode not in ("purpose", "slogan")}
    dated = {toks[d.tok_start].sentence for d in dates}  # a protest we can date, not "protesters demand"
    out: list[TriggerHit] = []
    for a in actors:
        if a.entry.kind not in ("protester", "rioter") or a.via != "alias":
            continue
        s = toks[a.tok_start].sentence
        if s in covered:
            continue
        first = toks[a.tok_start]
        deed = _bare(toks[a.tok_start - 1].norm) if a.tok_start > 0 and toks[a.tok_start - 1].sentence == s else ""
        if ("ال" in first.prefix or first.norm.startswith("ال")) and a.tok_end - a.tok_start == 1 \
                and not (deed in c.crowd_deeds or (deed in c.crowd_details and s in dated)) \
                and not _counted_crowd(doc, a.tok_start, c) and not _met_by_force(doc, a.tok_start, c):
            # "وردد المتظاهرون": the protesters already told of, saying something; but
            # "وأضرم المتظاهرون النار", "وسد المتظاهرون طريقاً" tell what a protest did
            # (an in-article restatement merges with the protest it restates)
            continue
        acts = [toks[j] for j in range(max(0, a.tok_start - 5), a.tok_start) if toks[j].sentence == s]
        # "دفعت الجماعة أمس بخمسة آلاف متظاهر", "نحو 200 متظاهر": protesters counted in a
        # sentence with a day of their own are a protest told by its size (a report gives
        # the crowd's count), whatever verb carries them
        counted = _counted_crowd(doc, a.tok_start, c) or deed in c.crowd_counts or deed.isdigit()
        if not (counted and s in dated) and not any(_bare(w.norm) in c.protest_actions or w.norm in c.protest_actions for w in acts) \
                and not (s in dated and a.tok_start > 0 and _bare(toks[a.tok_start - 1].norm) in c.protest_actions):
            continue  # only protesters who do something ("تجمع مئات المتظاهرين"), not "طالب المتظاهرون" in a quote
        if any(toks[t.tok_start].sentence == s and t.tok_end <= a.tok_start
               and not any(ch in doc.text[t.span.end:a.span.start] for ch in "،,") for t in triggers):
            continue  # "اعتقلت عشرات المحتجين": the protesters are the object of another event
        covered.add(s)
        mode, cue = _mode(doc, a.tok_start, -1, c)
        # "بعد أن قام مشاغبون بإشعال النار في مكاتب اللجنة": the crowd of an event a
        # temporal clause recalls, as for any trigger (taking part is the protest itself)
        reference, rcue = _reference(doc, a.tok_start, -1, c)
        if reference and rcue is not None and _bare(normalize_key(rcue.text)) in c.participation:
            reference, rcue = False, None
        frame = "RIOT" if a.entry.kind == "rioter" else "PROTEST"
        out.append(TriggerHit(a.tok_start, a.tok_end, frame, "noun", a.span, "", mode, reference, False, cue or rcue,
                              crowd=True))
    return tuple(out)


_VIOLENCE = frozenset({"CLASH", "ATTACK", "ASSASSINATION", "AIRSTRIKE", "DRONE_STRIKE", "SHELLING", "SHELLING_OR_AIR",
                       "EXPLOSION", "IED", "SUICIDE", "GRENADE", "CHEMICAL", "ABDUCT", "SEXUAL_VIOLENCE", "MOB_VIOLENCE",
                       "RIOT"})


def accident_story(doc: Doc, triggers: tuple[TriggerHit, ...], actors) -> tuple[TriggerHit, ...]:
    """In a story of an accident or a disaster, the later tolls are its toll: "قتل 17
    شخصا في حادث حافلة ... / وقالت الوزارة إن 20 شخصا لقوا حتفهم على الفور". When the
    article's first killing word is a death by nature or accident (mode "natural") and
    no other violence is told anywhere in it, a killing word later on, in a sentence
    that names no armed side, is that same death."""
    first = next((t for t in triggers if t.frame == "KILL"), None)
    if first is None or any(t.frame in _VIOLENCE and t.mode == "asserted" for t in triggers):
        return triggers
    cause = first.cue if first.mode == "natural" else _natural_lead(doc, first.tok_start)
    if cause is None:
        return triggers
    toks = doc.tokens
    armed = {toks[a.tok_start].sentence for a in actors if a.is_armed}
    return tuple(replace(t, mode="natural", cue=cause)
                 if t.frame == "KILL" and t.mode == "asserted" and toks[t.tok_start].sentence not in armed else t
                 for t in triggers)


def _natural_lead(doc: Doc, before: int) -> Span | None:
    """A cause of death by nature or accident told in the article's first two sentences,
    before token `before` ("لقي 50 شخصا حتفهم ... بعد اصطدام شاحنتين"), with no hand in it."""
    c = _compiled()
    toks = doc.tokens
    for j in range(min(before, len(toks))):
        if toks[j].sentence > 1:
            break
        k = _natural_phrase_at(doc, j, c)
        if k and not _hand_in_it(doc, toks[j].sentence, k, c):
            return doc.raw_span(toks[j].start, toks[k - 1].end)
    return None


def _met_by_force(doc: Doc, i: int, c: _Triggers) -> bool:
    """"وأطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين", "وفرقت قوات الأمن
    المتظاهرين": the protesters already told of, met by force (cues.yaml crowd_met, up to
    four words before them, no comma between): the intervention in the protest, told of
    its crowd; as a crowd it merges into that protest (reports.anaphoric) and codes it."""
    toks = doc.tokens
    for j in range(i - 1, max(-1, i - 5), -1):
        if toks[j].sentence != toks[i].sentence or comma_between(doc, j, i):
            return False
        if toks[j].norm in c.crowd_met:
            return True
    return False
