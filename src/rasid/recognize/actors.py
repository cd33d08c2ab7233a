"""Actor mentions: lexicon aliases, anaphors ("التنظيم") and member pronouns ("عناصره").

The lexicon (data/actors.yaml) gives each actor an ACLED-style name, an inter code and
Arabic aliases. Generic phrases ("الجيش", "مسلحون مجهولون", "المدنيين") are found here
too but only named at coding time, when the article's country and the event date are
known: "Military Forces of Syria (2000-2024)" depends on both.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rasid.lexicon.data import cue_words, load_yaml
from rasid.lexicon.matcher import Hit, Lexicon, token_forms
from rasid.model import Doc, Span, quick_init
from rasid.text import wordflags
from rasid.text.normalize import normalize_key


@dataclass(frozen=True)
class ActorEntry:
    """One actor of the lexicon, or a generic role resolved later ("الجيش")."""

    id: str
    name: str
    inter: int | None
    country: str | None
    kind: str
    role: str | None = None
    parent: str | None = None
    periods: tuple[tuple[date, date | None, str, str], ...] = ()  # (start, end, label, suffix)
    generic: bool = False
    resolve: tuple[str, str] | None = None  # (kind, role) of the state actor to use
    unattributed: bool = False
    default_for_country: bool = True
    by_country: tuple[tuple[str, str], ...] = ()  # generic phrase → actor id per country
    label_only: bool = False  # a pejorative label ("الإرهابيين") naming no group of its own
    context: tuple[str, ...] = ()  # words one of which the story must hold for a one-word alias


@quick_init
@dataclass(frozen=True)
class ActorHit:
    """An actor mentioned at tokens [tok_start, tok_end).

    via: alias | anaphor ("التنظيم") | member (a pronoun-suffixed member noun,
    "عناصره"). `country` is set when a nisba follows a generic ("الجيش السوري")."""

    tok_start: int
    tok_end: int
    entry: ActorEntry
    span: Span
    via: str = "alias"
    country: str | None = None
    prefix: str = ""  # proclitics the alias match stripped ("لل" in "للجماعات"), not letters of the name

    @property
    def is_civilian(self) -> bool:
        return self.entry.kind == "civilian"

    @property
    def is_armed(self) -> bool:
        return self.entry.kind not in ("civilian", "protester", "rioter")


class ActorLexicon:
    """The compiled actor lexicon: entries by id and a token matcher over aliases."""

    def __init__(self, data: dict):
        self.entries: dict[str, ActorEntry] = {}
        aliases: list[tuple[str, str]] = []
        for raw in data.get("actors") or []:
            e = _entry(raw, generic=False)
            self.entries[e.id] = e
            aliases += [(a, e.id) for a in _alias_forms(raw, nisba=True)]
        for raw in data.get("generic") or []:
            e = _entry(raw, generic=True)
            self.entries[e.id] = e
            aliases += [(a, e.id) for a in _alias_forms(raw, nisba=False)]
        self.matcher = Lexicon(aliases)
        # two-word names of named actors ("الجيش الصومالي"): a generic phrase that ends in
        # their first word and runs on into their nisba names them (_with_nisba)
        self.named_pairs: dict[str, str] = {
            a: i for a, i in aliases if a.count(" ") == 1 and not self.entries[i].generic}
        # the words of each actor's aliases: "التنظيم" refers back to an actor called
        # "تنظيم ...", "الحركة" to a "حركة ..."
        self.heads: dict[str, frozenset[str]] = {}
        for alias, actor_id in aliases:
            head = alias.split()[0]
            head = head[2:] if head.startswith("ال") else head
            self.heads[actor_id] = self.heads.get(actor_id, frozenset()) | {head}
        cues = load_yaml("cues.yaml")
        self.anaphors = {normalize_key(k): v for k, v in (cues.get("actor_anaphors") or {}).items()}
        self.members = frozenset(normalize_key(w) for w in cues.get("member_nouns") or [])
        self.suffixes = tuple(sorted(cues.get("pronoun_suffixes") or [], key=len, reverse=True))
        self.cue_forms = _cue_forms(self.anaphors, self.members, self.suffixes)
        # the word flag of the tokens written as a cue word: find_actors visits those
        # instead of testing every token of every article
        self.cue_bit = wordflags.register_words(self.cue_forms, owner=self)
        self._states: dict[tuple[str, str], ActorEntry | None] = {}  # state_actor's answers

    def state_actor(self, country: str | None, role: str) -> ActorEntry | None:
        """The state force of `country` with `role` (military, police, air_force ...).
        Looked up in a table built once: coding asks for every generic mention, and the
        lexicon holds the forces of some fifty states."""
        if not country:
            return None
        key = (country, role)
        if key not in self._states:
            self._states[key] = self._find_state(country, role)
        return self._states[key]

    def _find_state(self, country: str, role: str) -> ActorEntry | None:
        fallback = None
        for e in self.entries.values():
            if e.kind == "state" and e.country == country and not e.generic and e.default_for_country:
                if e.role == role:
                    return e
                if e.role == "military" and role in ("air_force", "navy", "intelligence"):
                    fallback = e
        return fallback


_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def _cue_forms(anaphors: dict, members: frozenset, suffixes: tuple) -> dict[str, tuple[str, str]]:
    """Every written form of an anaphor ("والتنظيم", "للتنظيم") or a member pronoun
    ("عناصره", "لقواتها") → (kind, head noun), so a token costs one look-up."""
    out: dict[str, tuple[str, str]] = {}
    for word in anaphors:
        noun = word[2:] if word.startswith("ال") else word
        for p in _CLITICS:
            out.setdefault(p + word, ("anaphor", noun))
            if p.endswith("ل") and word.startswith("ال"):
                out.setdefault(p + word[1:], ("anaphor", noun))
    for m in members:
        if " " in m:
            continue
        for suf in suffixes:
            for p in _CLITICS:
                out.setdefault(p + m + suf, ("member", m))
    return out


def _entry(raw: dict, generic: bool) -> ActorEntry:
    resolve = raw.get("resolve")
    periods = tuple(
        (_as_date(p.get("start")), _as_date(p.get("end")) if p.get("end") else None, str(p.get("label", "")),
         str(p.get("suffix", "")))
        for p in raw.get("periods") or []
    )
    kind = raw.get("kind") or (resolve or {}).get("kind") or _kind_from_id(raw["id"])
    return ActorEntry(
        id=raw["id"], name=raw.get("name", ""), inter=raw.get("inter"), country=raw.get("country"),
        kind=kind, role=raw.get("role"), parent=raw.get("parent"), periods=periods, generic=generic,
        resolve=(resolve["kind"], resolve["role"]) if resolve else None,
        unattributed=bool(raw.get("unattributed")),
        label_only=bool(raw.get("label_only")),
        default_for_country=raw.get("default_for_country", True) is not False,
        by_country=tuple(sorted((raw.get("resolve_by_country") or {}).items())),
        context=tuple(normalize_key(str(w)) for w in raw.get("context_ar") or ()),
    )


def _kind_from_id(actor_id: str) -> str:
    for k in ("civilian", "protester", "rioter"):
        if actor_id.startswith(k):
            return k
    return "armed"


def _as_date(v) -> date:
    return v if isinstance(v, date) else date.fromisoformat(str(v))


def _alias_forms(raw: dict, nisba: bool = True) -> list[str]:
    """Each Arabic alias with and without the article ال on its first word."""
    out: list[str] = []
    for a in raw.get("aliases_ar") or []:
        k = normalize_key(str(a))
        if not k:
            continue
        out.append(k)
        if k.startswith("ال") and len(k.split()[0]) > 4:
            out.append(k[2:])
            words = k.split()
            if len(words) > 1 and all(w.startswith("ال") and len(w) > 4 for w in words):
                out.append(" ".join(w[2:] for w in words))  # "القوات الأمريكية" → "قوات أمريكية"
        if not nisba and " " not in k and len(k) > 3 and k[-1] not in "اهيى" and not k.endswith(("ون", "ين")):
            out.append(k + "ا")  # accusative: متظاهراً، مسلحاً
        if nisba and " " not in k and k.endswith("ي") and len(k) > 3:
            base = k[2:] if k.startswith("ال") else k
            out += [base + "ا", base + "ه"]  # accusative and feminine nisba: حوثيا، حوثيه
    return out


@lru_cache(maxsize=1)
def lexicon() -> ActorLexicon:
    return ActorLexicon(load_yaml("actors.yaml"))


def find_actors(doc: Doc, forms=None) -> tuple[ActorHit, ...]:
    """Every actor mention in text order: aliases, then anaphors and member pronouns
    resolved to the nearest suitable actor named before them."""
    lex = lexicon()
    forms = forms if forms is not None else token_forms(doc)
    hits = lex.matcher.find(doc, forms)
    covered = set()
    out: list[ActorHit] = []
    for h in hits:
        covered.update(range(h.start, h.end))
        out.append(_hit(doc, h, lex.entries[h.payload]))
    out = [a for a in _with_nisba(doc, out) if not _military_adjective(doc, a) and not _weapon_kind(doc, a)]
    if any(a.entry.context for a in out):
        out = [a for a in out if not _out_of_context(doc, a)]
    out = _specific_over_generic(doc, out)
    out = _known_as(doc, out)
    out = _generic_by_antecedent(out)
    extra: list[ActorHit] = []
    toks = doc.tokens
    by_start = sorted(out, key=lambda a: a.tok_start)
    cues = lex.cue_forms
    # "للميليشيات" after "ميليشيات الحوثي": a bare definite group noun the lexicon reads
    # as an unidentified group may be the group already named
    bare_generic = {a.tok_start: a for a in out if a.entry.id == "unidentified" and a.tok_end - a.tok_start == 1
                    and ("ال" in toks[a.tok_start].prefix or toks[a.tok_start].prefix.endswith("لل"))}
    replaced: set[int] = set()
    # only tokens written as a cue word can be an anaphor or a member pronoun
    for i in wordflags.tokens_with(doc, lex.cue_bit):
        if i in covered and i not in bare_generic:
            continue
        t = toks[i]
        cue = cues.get(t.norm)
        if cue is None:
            continue
        kind, noun = cue
        if kind == "member":
            ref = _named_after(doc, i, by_start) \
                or _antecedent(by_start + extra, i, lambda a: a.is_armed, same_sentence_of=t.sentence, doc=doc)
            if ref is not None:
                extra.append(ActorHit(i, i + 1, ref.entry, doc.raw_span(t.start, t.end), "member", ref.country))
            continue
        if _described(doc, i):
            continue  # "الفصائل السورية الموالية لأنقرة": a group described anew, not the one before
        ok = lambda a: (a.entry.kind not in ("civilian", "protester", "rioter")  # noqa: E731
                        and (not a.entry.generic or kind == "sides"))
        ref = _antecedent(by_start, i, lambda a: ok(a) and noun in lex.heads.get(a.entry.id, ()))
        ref = ref or _antecedent(by_start, i, lambda a: ok(a) and a.entry.kind != "state")
        if i in bare_generic:
            # only a group named with that very noun ("ميليشيات الحوثي"), not any earlier actor
            ref = _antecedent(by_start, i, lambda a: ok(a) and noun in lex.heads.get(a.entry.id, ()))
            if ref is not None:
                replaced.add(i)
        if ref is not None:
            extra.append(ActorHit(i, i + 1, ref.entry, doc.raw_span(t.start, t.end), "anaphor", ref.country))
    if replaced:
        out = [a for a in out if not (a.tok_start in replaced and a is bare_generic.get(a.tok_start))]
    return tuple(sorted(out + extra, key=lambda a: a.tok_start))


def _out_of_context(doc: Doc, a: ActorHit) -> bool:
    """A one-word alias whose word is also a common noun ("طالبان": the Taliban, or the
    dual "two students") names the actor only in a story that speaks of its theatre
    (the entry's `context_ar` words); longer aliases ("حركة طالبان") always do."""
    if not a.entry.context or a.tok_end - a.tok_start > 1:
        return False
    text = normalize_key(doc.text)
    return not any(w in text for w in a.entry.context)


def _named_after(doc: Doc, i: int, by_start: list[ActorHit]) -> ActorHit | None:
    """"أعلن حفتر سيطرة قواته المعروفة باسم الجيش الوطني الليبي": a member pronoun
    ("قواته", "مقاتليه") followed by the name it goes by (cues.yaml known_as words between
    them, as in _known_as) is the named group, whoever the pronoun points back to (here a
    commander the lexicon does not know)."""
    words = cue_words("known_as")
    toks = doc.tokens
    j = i + 1
    while j < len(toks) and j - i <= 3 and toks[j].sentence == toks[i].sentence and toks[j].norm in words:
        j += 1
    if j == i + 1:
        return None
    k = bisect_left([a.tok_start for a in by_start], j)
    if k < len(by_start) and by_start[k].tok_start == j and by_start[k].is_armed and not by_start[k].entry.generic:
        return by_start[k]
    return None


def _described(doc: Doc, i: int) -> bool:
    """An anaphor noun followed by a nationality or an allegiance names a group by its
    description, not the group told before."""
    from rasid.geo.countries import country_by_nisba

    toks = doc.tokens
    if i + 1 >= len(toks) or toks[i + 1].sentence != toks[i].sentence:
        return False
    nxt = toks[i + 1].norm
    if nxt in _DESCRIBING or country_by_nisba(nxt) is not None:
        return True
    # one adjective may come first: "قوات الحركة الانفصالية المؤيدة للتحالف" (but "الحركة
    # الانفصالية الكردية" with no allegiance word is still the group told before)
    return i + 2 < len(toks) and toks[i + 2].sentence == toks[i].sentence and toks[i + 2].norm in _DESCRIBING


# allegiance words after an anaphor noun: "الفصائل الموالية لأنقرة", "الحركة المؤيدة
# للتحالف" describe a group anew
_DESCRIBING = frozenset({"المواليه", "الموالي", "الموالين", "التابعه", "المدعومه", "المتحالفه", "الحليفه",
                         "المويده", "المويد", "المويدين", "المناهضه", "المناهض", "المناهضين"})


def _strip_conj(w: str) -> str:
    for p in ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def _hit(doc: Doc, h: Hit, entry: ActorEntry) -> ActorHit:
    t0, t1 = doc.tokens[h.start], doc.tokens[h.end - 1]
    return ActorHit(h.start, h.end, entry, doc.raw_span(t0.start, t1.end), prefix=h.prefix)


def _specific_over_generic(doc: Doc, hits: list[ActorHit]) -> list[ActorHit]:
    """"مسلحاً حوثياً", "عناصر من داعش": a generic noun right before a named group is
    that group."""
    out: list[ActorHit] = []
    skip = set()
    for k, a in enumerate(hits):
        if k in skip:
            continue
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        # "ميليشيات المتمردين الحوثيين": over one more generic right after, to the name
        if (a.entry.generic and nxt is not None and nxt.entry.generic and nxt.tok_start == a.tok_end
                and k + 2 < len(hits) and not hits[k + 2].entry.generic and hits[k + 2].tok_start == nxt.tok_end
                and a.entry.kind not in ("civilian", "protester", "rioter")):
            skip.add(k + 1)
            nxt = hits[k + 2]
            out.append(ActorHit(a.tok_start, nxt.tok_end, nxt.entry,
                                doc.raw_span(a.span.start, nxt.span.end), nxt.via, nxt.country, a.prefix))
            skip.add(k + 2)
            continue
        gap = nxt.tok_start - a.tok_end if nxt is not None else 99
        if (a.entry.generic and nxt is not None and not nxt.entry.generic and gap <= 1
                and a.entry.kind not in ("civilian", "protester", "rioter")
                and (gap == 0 or doc.tokens[a.tok_end].norm == "من")):
            out.append(ActorHit(a.tok_start, nxt.tok_end, nxt.entry,
                                doc.raw_span(a.span.start, nxt.span.end), nxt.via, nxt.country, a.prefix))
            skip.add(k + 1)
            continue
        out.append(a)
    return out




def _known_as(doc: Doc, hits: list[ActorHit]) -> list[ActorHit]:
    """"مقاتلي العشائر المعروفين باسم "معاويسلي"": a generic noun and the name it is
    known by (cues.yaml known_as words between them) are one actor, the named one."""
    words = cue_words("known_as")
    toks = doc.tokens
    out: list[ActorHit] = []
    skip = -1
    for k, a in enumerate(hits):
        if k == skip:
            continue
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if (a.entry.generic and nxt is not None and not nxt.entry.generic and 0 < nxt.tok_start - a.tok_end <= 3
                and toks[nxt.tok_start].sentence == toks[a.tok_start].sentence
                and all(toks[j].norm in words for j in range(a.tok_end, nxt.tok_start))):
            out.append(ActorHit(a.tok_start, nxt.tok_end, nxt.entry, doc.raw_span(a.span.start, nxt.span.end),
                                nxt.via, nxt.country, a.prefix))
            skip = k + 1
            continue
        out.append(a)
    return out


def _military_adjective(doc: Doc, a) -> bool:
    """"مجمع عسكري لحماس", "مصدر عسكري": عسكري describing the noun before it is no soldier."""
    if a.tok_end - a.tok_start != 1 or a.country is not None:
        return False
    toks = doc.tokens
    w = toks[a.tok_start].norm
    if w not in ("عسكري", "العسكري", "عسكريه", "العسكريه") or a.tok_start == 0:
        return False
    prev = toks[a.tok_start - 1]
    if prev.sentence != toks[a.tok_start].sentence:
        return False
    head = prev.norm[2:] if prev.norm.startswith("ال") else prev.norm
    for p in ("وال", "بال", "لل", "و", "ب", "ل", "ف"):
        if head not in cue_words("military_adjective_heads") and prev.norm.startswith(p) and prev.norm[len(p):] in cue_words("military_adjective_heads"):
            head = prev.norm[len(p):]
    return head in cue_words("military_adjective_heads")


_WEAPON_NOUNS = frozenset({"صاروخ", "صواريخ", "منظومه", "منظومات", "بطاريه", "بطاريات", "مضادات", "قذائف", "قذيفه"})


def _weapon_kind(doc: Doc, a) -> bool:
    """"صاروخ دفاع جوي معادي": a role phrase after a weapon noun says what kind of weapon,
    not who fired it."""
    if not a.entry.generic or a.tok_start == 0:
        return False
    prev = doc.tokens[a.tok_start - 1]
    w = prev.norm
    for p in ("و", "ب", "ل"):
        if w.startswith(p) and w[1:] in _WEAPON_NOUNS:
            w = w[1:]
    return prev.sentence == doc.tokens[a.tok_start].sentence and w in _WEAPON_NOUNS


def _generic_by_antecedent(hits: list[ActorHit]) -> list[ActorHit]:
    """"أفاد بيان للجيش التركي ... وقال الجيش إن الجنود قضوا": a bare role phrase is the
    force of that role the article last named, before the article's country decides.
    Phrases the lexicon keeps unattributed (الطيران الحربي) are left alone."""
    from dataclasses import replace

    last: dict[str, str] = {}  # role → country of the last force of that role named
    out = []
    for a in sorted(hits, key=lambda h: h.tok_start):
        e = a.entry
        if e.generic and e.resolve is not None and not e.unattributed:
            role = e.resolve[1]
            if a.country:
                last[role] = a.country
            elif role in last:
                a = replace(a, country=last[role])
        elif e.kind == "state" and e.country and e.role and not e.generic:
            last[e.role] = e.country
        out.append(a)
    return out


def _with_nisba(doc: Doc, hits: list[ActorHit]) -> list[ActorHit]:
    """A generic followed by a nationality adjective belongs to that country:
    "الجيش السوري" → Syria, "المدنيين العراقيين" → Iraq."""
    try:
        from rasid.geo.countries import country_by_nisba
    except ImportError:  # pragma: no cover - geo not installed yet
        return hits
    out = []
    named = lexicon().named_pairs
    for a in hits:
        if a.entry.generic and a.tok_end < len(doc.tokens):
            nxt = doc.tokens[a.tok_end]
            if nxt.sentence == doc.tokens[a.tok_start].sentence:
                info = country_by_nisba(nxt.norm)
                # "دورية للجيش الصومالي", "وحدات الجيش الجزائري": the phrase's last word and
                # the nisba are a national force's own name, which the longer generic
                # phrase swallowed; the mention is that force
                own = next((named[f"{f} {nxt.norm}"] for f, _ in token_forms(doc)[a.tok_end - 1]
                            if f"{f} {nxt.norm}" in named), None) \
                    if info is not None and a.tok_end - a.tok_start > 1 else None
                if own is not None:
                    a = ActorHit(a.tok_start, a.tok_end + 1, lexicon().entries[own],
                                 doc.raw_span(a.span.start, nxt.end), a.via, None, a.prefix)
                elif info is not None:
                    a = ActorHit(a.tok_start, a.tok_end + 1, a.entry,
                                 doc.raw_span(a.span.start, nxt.end), a.via, info.name, a.prefix)
        out.append(a)
    return out


def _antecedent(hits, i, ok, same_sentence_of=None, doc=None):
    """The closest actor hit ending before token i that satisfies `ok`; member pronouns
    look no further back than the previous sentence."""
    best = None
    for a in hits:
        if a.tok_end > i:
            continue
        if same_sentence_of is not None and doc is not None:
            if doc.tokens[a.tok_start].sentence < same_sentence_of - 1:
                continue
        if ok(a) and (best is None or a.tok_end > best.tok_end):
            best = a
    return best


def actor_name(entry: ActorEntry, when: date, country: str | None) -> tuple[str, int | None] | None:
    """ACLED name and inter code of an actor for an event on `when` in `country`.
    Generic roles become the state actor of the country; {country} and {period}
    placeholders are filled. None when a generic cannot be resolved."""
    lex = lexicon()
    if entry.by_country and country:
        target_id = dict(entry.by_country).get(country)
        if target_id in lex.entries:
            entry = lex.entries[target_id]
        elif entry.resolve is None and entry.generic:
            return None  # "التحالف" where no coalition fights: no one we can name
        # a named group keeps its own name where the phrase names no other side
    if entry.resolve is None and not entry.name:
        return None
    if entry.resolve is not None:
        target = lex.state_actor(country, entry.resolve[1])
        if target is None:
            return None
        entry = target
    name = entry.name
    if "{country}" in name:
        if not country:
            return None
        name = name.replace("{country}", country)
    if "{period}" in name:
        label, suffix = _period(entry, when)
        if label:
            name = name.replace("{period}", label) + (f" {suffix}" if suffix else "")
        else:  # a date before every period the lexicon knows: no period rather than a wrong one
            name = name.replace(" ({period})", "").replace("{period}", "")
    return name, entry.inter


def _period(entry: ActorEntry, when: date) -> tuple[str, str]:
    """ACLED's government period for the event date, and the authority suffix ACLED
    adds where rival governments exist ("... (2016-2021) Government of National Accord")."""
    for start, end, label, suffix in entry.periods:
        if start <= when and (end is None or when < end):
            return label, suffix
    if entry.periods and when >= entry.periods[-1][0]:
        return entry.periods[-1][2], entry.periods[-1][3]
    return "", ""  # before the first known period (or between two): unknown, not guessed
