"""Who says so: attribution cues per sentence ("أفاد موقع ...", "مصادر محلية قالت",
"أعلن تنظيم داعش عبر وسائل إعلام مقربة منه").

A report cited from an outlet or a kind of source fills ACLED's `source`; a party to
the conflict speaking about its own action is a claim and fills `claimed_by` as well.
Attribution scopes over its sentence; "وأضاف الموقع" refers back to the last source.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache, partial

from rasid.lexicon.data import load_yaml
from rasid.lexicon.matcher import Lexicon, token_forms
from rasid.model import Doc, Span, quick_init
from rasid.text import wordflags
from rasid.text.normalize import normalize_key
from rasid.text.segment import split_clitics


@quick_init
@dataclass(frozen=True)
class Attribution:
    """A source cited in sentence `sentence`. `claimant` is the actor hit of a party
    reporting its own action (a claim), else None."""

    sentence: int
    name: str
    scale: str
    span: Span
    claimant: object | None = None  # ActorHit


class _Sources:
    def __init__(self, data: dict):
        entries = []
        for group in ("outlets", "generic"):
            for o in data.get(group) or []:
                entries += [(a, (o["name"], o.get("scale", ""))) for a in o["ar"]]
        self.matcher = Lexicon(entries)
        self.named = frozenset(normalize_key(w) for w in data.get("named_kinds") or [])
        self.anaphors = frozenset(normalize_key(w) for w in data.get("anaphors") or [])
        self.speech = Lexicon([(w, True) for w in data.get("speech") or []])
        media = data.get("party_media") or []
        self.claims = Lexicon([(w, True) for w in (data.get("claim_channels") or []) + media])
        self.media = Lexicon([(w, True) for w in media])
        # may a token written so be an anaphor ("الموقع") or a kind of source
        # ("مصادر")? Its stem is the surface's split_clitics stem, as on every Token
        self.cue_word = wordflags.register_surfaces(self.anaphors | self.named,
                                                    partial(_is_cue_word, self.anaphors, self.named), owner=self)


def _is_cue_word(anaphors: frozenset, named: frozenset, w: str) -> bool:
    """May a token written `w` be an anaphor ("الموقع") or a kind of source ("مصادر")?
    Its stem is the surface's split_clitics stem, as on every Token."""
    return w in anaphors or _strip(w) in anaphors or split_clitics(w)[1] in named or w in named


@lru_cache(maxsize=1)
def _sources() -> _Sources:
    return _Sources(load_yaml("sources.yaml"))


def find_attributions(doc: Doc, actors=(), forms=None) -> tuple[Attribution, ...]:
    """At most one attribution per sentence (the first cue wins), in sentence order."""
    src = _sources()
    forms = forms if forms is not None else token_forms(doc)
    toks = doc.tokens
    speech_at = {h.start: h for h in src.speech.find(doc, forms)}
    claim_sents = {toks[h.start].sentence for h in src.claims.find(doc, forms)}
    media_hits = src.media.find(doc, forms)
    named_hits = {h.start: h for h in src.matcher.find(doc, forms)}
    by_sentence: dict[int, Attribution] = {}
    last: Attribution | None = None
    last_by_kind: dict[str, Attribution] = {}
    speech_sents = {toks[i].sentence for i in speech_at}
    actors_in: dict[int, list] | None = None
    # only a named source, a speech verb or a word that may be an anaphor or a kind of
    # source can start an attribution: the other tokens leave every state unchanged
    starts = set(named_hits).union(speech_at, wordflags.tokens_with(doc, src.cue_word))
    for i in sorted(starts):
        t = toks[i]
        s = t.sentence
        if s in by_sentence:
            continue
        found: Attribution | None = None
        if i in named_hits:
            h = named_hits[i]
            name, scale = h.payload
            found = Attribution(s, name, scale, doc.raw_span(toks[h.start].start, toks[h.end - 1].end))
        elif (t.norm in src.anaphors or _strip(t.norm) in src.anaphors) and last is not None and s in speech_sents:
            ref = last_by_kind.get(_kind(t.stem)) or (last if last.claimant is None else None)
            if ref is not None:
                found = Attribution(s, ref.name, ref.scale, doc.raw_span(t.start, t.end))
        elif t.stem in src.named or t.norm in src.named:
            if _near(speech_at, i, toks):
                found = _named_source(doc, i)
        if found is not None and found.claimant is None and media_hits:
            channel = _party_media(doc, media_hits, found.span.start, found.span.end)
            if channel is not None:
                if actors_in is None:
                    actors_in = _actors_by_sentence(toks, actors)
                owner = _speaker(actors_in.get(s, ()), channel)
                if owner is not None:
                    name = owner.entry.name or owner.entry.id
                    found = Attribution(s, f"{_short(name)} (claim)", "Other", found.span, owner)
        if found is None and i in speech_at and (s in claim_sents or _announces(toks[i].norm)):
            if actors_in is None:  # sentence → its actors, in order (once per article)
                actors_in = _actors_by_sentence(toks, actors)
            # "أفادت الوكالة الدعائية التابعة للتنظيم": the medium that speaks names its party
            after = i + 4 < len(toks) and _party_media(doc, media_hits, toks[i].end, toks[i + 4].end)
            claimant = (_speaker(actors_in.get(s, ()), after) if after else None) or _speaker(actors_in.get(s, ()), i)
            if claimant is not None:
                name = claimant.entry.name or claimant.entry.id
                found = Attribution(s, f"{_short(name)} (claim)", "Other", claimant.span, claimant)
        if found is not None:
            by_sentence[s] = found
            last = found
            if found.claimant is None:
                last_by_kind[_kind(normalize_key(found.span.text).split()[0])] = found
    return tuple(by_sentence[s] for s in sorted(by_sentence))


def _actors_by_sentence(toks, actors) -> dict[int, list]:
    out: dict[int, list] = {}
    for a in actors:
        out.setdefault(toks[a.tok_start].sentence, []).append(a)
    return out


def _party_media(doc: Doc, media_hits, start: int, end: int) -> int | None:
    """The last token of a party's medium told between raw offsets start and end ("بحسب
    ما أفادت الوكالة الدعائية التابعة للتنظيم", "ذكرت وكالة أعماق التابعة لداعش"): an
    agency or media arm of a party relays that party's claim (the party named right
    after it, or right before a possessive "ذراعه الإعلامية"), not an independent
    report; None when no party's medium is told there."""
    toks = doc.tokens
    for h in media_hits:
        if start <= toks[h.start].start and toks[h.end - 1].end <= end:
            return h.end - 1
    return None


_ANNOUNCE = frozenset({"اعلن", "اعلنت", "اعلنوا", "تبنى", "تبنت", "تبنوا"})


def _announces(word: str) -> bool:
    """A party that "announces" (أعلن الجيش اعتقال ...) reports its own action: a claim."""
    return word in _ANNOUNCE or (word[:1] in ("و", "ف") and word[1:] in _ANNOUNCE)


def _kind(word: str) -> str:
    """The kind noun of a source phrase: "الموقع"/"موقع X" → موقع; مصدر/مصادر alike."""
    w = _strip(word)
    w = w[2:] if w.startswith("ال") else w
    return "مصادر" if w in ("مصدر", "مصادر") else w


def _strip(w: str) -> str:
    return w[1:] if w[:1] in ("و", "ف") else w


def _near(speech_at, i, toks) -> bool:
    """A named source counts when a speech verb is within three tokens of it."""
    for j in range(max(0, i - 3), min(len(toks), i + 4)):
        if j in speech_at and toks[j].sentence == toks[i].sentence:
            return True
    return False


def _named_source(doc: Doc, i: int) -> Attribution:
    """"موقع تطورات العالم الإسلامي": the kind word and the name after it, up to a
    comma, a colon or "أن"."""
    toks = doc.tokens
    j = i + 1
    while j < len(toks) and j - i <= 5 and toks[j].sentence == toks[i].sentence:
        between = doc.text[toks[j - 1].end:toks[j].start]
        if any(c in between for c in "،,:؛") or toks[j].norm in ("ان", "انه", "بان", "الي", "عن", "في"):
            break
        j += 1
    span = doc.raw_span(toks[i].start, toks[j - 1].end)
    return Attribution(toks[i].sentence, span.text, "", span)


def _speaker(actors, i):
    """The party right after a speech verb ("أعلن تنظيم داعش") or right before it, of
    the actors of the verb's sentence."""
    for a in actors:
        if i < a.tok_start <= i + 3 and a.is_armed:
            return a
    for a in actors:
        if i - 4 <= a.tok_end - 1 < i and a.is_armed:
            return a
    return None


def _short(name: str) -> str:
    return name.split(":")[0] if ":" in name else name
