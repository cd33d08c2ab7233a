"""Find place mentions in an article and resolve each to one gazetteer place.

Reads a Doc, returns PlaceHits in text order. Three passes, because a name is only
resolvable in context:

1. match every gazetteer name on token boundaries (proclitics و ف ب ل ك لل and the
   article ال allowed, longest match first) and read the cue words around it
   ("حي X", "ريف X", "محافظة X", "X الشمالي") from data/place_cues.yaml;
2. resolve the unambiguous, well-attested names first: they fix the article's country
   and give anchors;
3. resolve the rest right to left, so that in "X في ريف Y" / "حي X بمدينة Y" / "X الواقع
   بحي Y جنوب Z" the container Y is known when X is scored; candidates score by country,
   cue/feature fit, distance to their container and to the anchors, then population.

Definite anaphora ("محيط السجن" after "سجن الصناعة") yields a hit for the antecedent.

Words that are never places: the cue words themselves (حي، بلدة، مدينة ...), the `stop`
list of place_cues.yaml, and data/place_common.tsv — frequent Arabic words that are also
the name of some small place ("منزله" his house / Al Manzalah; "السد" the dam / As Sadd),
computed by tools/build_gazetteer.py from news corpora. A common word is a place only
with a feature cue ("بلدة النهضة") or a container linked to it ("النهضة في ريف حمص").

geo_precision follows ACLED: 1 the place itself; 2 near it / its countryside / a part of
it ("ريف حلب", "شمال الرقة", "قرب X", "محيط X") or a district; 3 only the province
(coded at the provincial capital's coordinates) or the country.
Location.label is ACLED's `location`: the place's name, or "City - Place" for a
neighbourhood, camp, prison, roundabout ... inside a town (see Gazetteer.label).

Speed: everything that depends only on a word or a gazetteer row is computed once per
process and memoised (a word's candidate name keys, a cue word without its proclitics,
a row's feature/country/coordinates in radians), so an article costs one dictionary
look-up per token plus the scoring of the names it actually contains; each distinct
(name, cue, container) is scored once per article.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


from rasid.geo.countries import generated_names
from rasid.geo.gazetteer import ADMIN, POPULATED, Gazetteer, _country_name, load
from rasid.geo.names import name_key, word_variants
from rasid.geo.variants import variant_hits
from rasid.lexicon.data import load_yaml
from rasid.model import Doc, Location, quick_init
from rasid.text import wordflags
from rasid.text.document import first_token_from, token_norms
from rasid.text.segment import split_clitics
from rasid.text.normalize import normalize_key

MAX_WORDS = 5
# ACLED country names of the region (Arab League) and of neighbours whose towns carry
# Persian/Turkish/Hebrew-derived Arabic spellings
_REGION = frozenset({"Syria", "Iraq", "Yemen", "Lebanon", "Palestine", "Jordan", "Saudi Arabia", "Kuwait",
                     "Bahrain", "Qatar", "United Arab Emirates", "Oman", "Egypt", "Libya", "Tunisia",
                     "Algeria", "Morocco", "Sudan", "Mauritania", "Somalia", "Djibouti", "Comoros"})
_NEIGHBOURS = frozenset({"Turkey", "Iran", "Israel"})
# where rasid's users code events: small towns there may be named bare
_CORE = frozenset({"Syria", "Iraq", "Yemen", "Lebanon", "Palestine", "Libya", "Egypt", "Sudan",
                   "Somalia", "Jordan"})
STRONG_POPULATION = 1000  # a town this size may be named without a cue
NEAR_KM = 60.0
FAR_KM = 300.0  # a small foreign place this far from all the story's places is another reading
FAR_MAX_POP = 100000
_WORD_CACHE_MAX = 400_000  # distinct text words memoised per process


@quick_init
@dataclass(frozen=True)
class PlaceHit:
    """A place mention: the name's tokens [tok_start, tok_end), the resolved location,
    the cue that qualified it (a feature word, a 'near' word, 'anaphora') and the id of
    the place named as its container, if any."""

    tok_start: int
    tok_end: int
    location: Location
    cue: str | None
    container: str | None


@dataclass(frozen=True)
class Cues:
    feature: dict
    compatible: dict
    near: frozenset
    near_after: frozenset
    link: frozenset
    anaphora: dict
    stop: frozenset
    never: frozenset
    adjective_nouns: frozenset
    max_cue_words: int
    variant_cues: frozenset = frozenset()
    countryside: frozenset = frozenset()
    namesake: frozenset = frozenset()
    stop_written: frozenset = frozenset()
    river_words: frozenset = frozenset()
    participle_before_ala: frozenset = frozenset()


@lru_cache(maxsize=1)
def cues() -> Cues:
    raw = load_yaml("place_cues.yaml")
    k = normalize_key
    feature = {k(w): f for w, f in raw["feature"].items()}
    near = frozenset(k(w) for w in raw["near"])
    return Cues(
        feature=feature,
        compatible={f: frozenset(v) for f, v in raw["compatible"].items()},
        near=near,
        near_after=frozenset(k(w) for w in raw["near_after"]),
        link=frozenset(k(w) for w in raw["container_link"]),
        anaphora={k(w): f for w, f in raw["anaphora"].items()},
        stop=frozenset(name_key(w) for w in raw["stop"]),
        never=frozenset(name_key(w) for w in raw.get("never", ())),
        adjective_nouns=frozenset(k(w) for w in raw.get("country_adjective_nouns", ())),
        max_cue_words=max(len(w.split()) for w in list(feature) + list(near)),
        variant_cues=frozenset(k(w) for w in raw.get("variant_cues", ())),
        countryside=frozenset(k(w) for w in raw.get("countryside", ())),
        namesake=frozenset(raw.get("namesake_cues", ())),
        stop_written=frozenset(k(w) for w in raw.get("stop_written", ())),
        river_words=frozenset(k(w) for w in raw.get("river_words", ())),
        participle_before_ala=frozenset(k(w) for w in raw.get("participle_before_ala", ())),
    )


@lru_cache(maxsize=1)
def common_words() -> frozenset:
    """Name keys that are frequent Arabic words before they are places (data/place_common.tsv,
    built by tools/build_gazetteer.py): they resolve only with a cue or a container."""
    path = resources.files("rasid").joinpath("data/place_common.tsv")
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return frozenset()
    out = set()
    for ln in text.splitlines():
        if ln and not ln.startswith("#") and not ln.startswith("key\t"):
            out.add(ln.split("\t", 1)[0])
    return frozenset(out)


@lru_cache(maxsize=1)
def _cue_keys() -> frozenset:
    """Single cue words as name keys ("بلدة" → "بلده", "المخيم" → "مخيم"): never a name."""
    c = cues()
    words = set()
    for phrase in list(c.feature) + list(c.near) + list(c.anaphora) + list(c.near_after):
        if " " not in phrase:
            words.add(name_key(phrase))
    return frozenset(words)


@lru_cache(maxsize=1)
def _arabic_keys() -> tuple[dict[str, tuple[int, ...]], dict[str, int]]:
    """Name key → gazetteer rows (Arabic-script keys only: what running text can match),
    and first word → most words of a name starting with it (to skip hopeless joins)."""
    g = load()
    cue_words = {w for w in cues().feature if " " not in w}
    never = _cue_keys() | cues().never
    out: dict[str, tuple[int, ...]] = {}
    first: dict[str, int] = {}
    for key, rows in g.keys():
        if key and "\u0600" <= key[0] <= "\u06ff":
            words = key.split(" ")
            if len(words) > MAX_WORDS or key in never:
                continue
            if words[0] in cue_words and all(g.feature(r) in ("admin2", "admin3") for r in rows):
                continue  # "مدينة إدلب" listed on the district: let the cue pick the town
            out[key] = tuple(rows)
            first[words[0]] = max(first.get(words[0], 1), len(words))
    return out, first


# ----------------------------------------------------------------------------- per-row facts
class _Row:
    """What scoring needs of one gazetteer row, computed once per process."""

    __slots__ = ("row", "id", "feature", "country", "admin1", "pop", "logpop", "lat", "lon", "coslat",
                 "parent", "curated", "strong")

    def __init__(self, g: Gazetteer, r: int):
        rec = g._rows[r]
        c = g._col
        self.row = r
        self.id = rec[c["id"]]
        self.feature = rec[c["feature"]]
        self.country = rec[c["country"]]
        self.admin1 = rec[c["admin1"]]
        self.pop = int(rec[c["population"]])
        self.logpop = math.log10(self.pop + 1) / 2
        lat = float(rec[c["lat"]]) * math.pi / 180
        self.lat, self.lon, self.coslat = lat, float(rec[c["lon"]]) * math.pi / 180, math.cos(lat)
        self.parent = rec[c["parent"]] or None
        self.curated = self.id.startswith("cur:")
        # strength without the name: True/False, or None for "curated: depends on the name"
        if self.feature in ("country", "admin1"):
            self.strong = True
        elif self.curated:
            self.strong = None
        elif self.country in _CORE:
            self.strong = self.pop >= STRONG_POPULATION
        elif self.country in _REGION:
            self.strong = self.pop >= 20000
        elif self.country in _NEIGHBOURS:
            self.strong = self.pop >= 500000
        else:
            self.strong = self.pop >= 300000


_ROWS: dict[int, _Row] = {}


def _row(r: int) -> _Row:
    info = _ROWS.get(r)
    if info is None:
        info = _ROWS[r] = _Row(load(), r)
    return info


def _km(a: _Row, b: _Row) -> float:
    h = (math.sin((b.lat - a.lat) / 2) ** 2 + a.coslat * b.coslat * math.sin((b.lon - a.lon) / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


# ----------------------------------------------------------------------------- per-word facts
_WORDS: dict[str, tuple] = {}


_INDEX: list = [None, None, None]  # the keys dict, its first words, their second words


def _index() -> tuple[dict[str, tuple[int, ...]], dict[str, int], dict[str, frozenset]]:
    """_arabic_keys() and, per first word of a multi-word key, the words that may follow
    it (a cheap test before joining the next words); rebuilt with the keys."""
    keys, first = _arabic_keys()
    if _INDEX[0] is not keys:  # (tools/build_gazetteer.py rebuilds the keys in-process)
        seconds: dict[str, set] = {}
        for key in keys:
            words = key.split(" ", 2)
            if len(words) > 1:
                seconds.setdefault(words[0], set()).add(words[1])
        _WORDS.clear()
        wordflags.forget()  # the name-start flags were computed from the old keys
        _INDEX[:] = [keys, first, {w: frozenset(s) for w, s in seconds.items()}]
    return _INDEX[0], _INDEX[1], _INDEX[2]


_PROCLITIC_LETTERS = frozenset("وفبل")
_NO_SECONDS: frozenset = frozenset()


def _word(w: str) -> tuple:
    """A text word's readings that may start a gazetteer name: (longest name in words,
    ((proclitic characters, key), ...), words that may follow the first word, the
    first reading that is a name by itself as (proclitic characters, key, rows) or
    None); () for the vast majority of words. Only the readings of words ending
    a name's first word are kept: the word flag `_starts_name` answers for the rest."""
    ent = _WORDS.get(w)
    if ent is not None:
        return ent
    keys, first, seconds = _index()
    if w[:1] not in _PROCLITIC_LETTERS:
        # no proclitic: the word itself, or without its article (word_variants, inlined)
        if w.startswith("ال") and len(w) >= 4:
            v = w[2:]
            ok = len(v) >= 3
        else:
            v = w
            ok = len(v) >= 2
        vs = [(0, v)] if ok and v in first else ()
    # every reading is a suffix of the word (at most 4 proclitic letters: وبال, فلل ...):
    # when none of those suffixes starts a name, skip building the readings
    elif w in first or w[1:] in first or w[2:] in first or w[3:] in first or w[4:] in first:
        vs = []
        for cut, v in word_variants(w):
            if v in first:
                if cut >= 2 and w[cut - 2:cut] == "ال":
                    cut -= 2  # the article belongs to the name as written
                vs.append((cut, v))
    else:
        vs = ()
    if vs:
        nxt = set()
        for _, v in vs:
            nxt.update(seconds.get(v, ()))
        single = next(((cut, v, keys[v]) for cut, v in vs if keys.get(v)), None)
        ent = (max(first[v] for _, v in vs), tuple(vs), frozenset(nxt) if nxt else _NO_SECONDS, single)
    else:
        return ()  # not kept: the word flag (`_starts_name`) remembers it for every word
    if len(_WORDS) > _WORD_CACHE_MAX:
        _WORDS.clear()
    _WORDS[w] = ent
    return ent


_CUE_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_CUE_INITIALS = frozenset(p[0] for p in _CUE_PROCLITICS)
_UNIT_LIST_CHAINS = ("",) + _CUE_PROCLITICS
_NO_CHAIN = ("",)
_STRIPPED: dict[str, str] = {}


def _strip(word: str) -> str:
    """A cue word without proclitics: 'بحي' → 'حي', 'وبمدينة' → 'مدينه', 'للسجن' → 'السجن'."""
    out = _STRIPPED.get(word)
    if out is not None:
        return out
    out = word
    words = _cue_words()
    if word not in words:
        for p in _CUE_PROCLITICS:
            if word.startswith(p):
                rest = word[len(p):]
                if rest in words:
                    out = rest
                    break
                if p.endswith("ل") and rest.startswith("ل") and "ا" + rest in words:
                    out = "ا" + rest  # للسجن = ل + السجن
                    break
    if len(_STRIPPED) > _WORD_CACHE_MAX:
        _STRIPPED.clear()
    _STRIPPED[word] = out
    return out


@lru_cache(maxsize=1)
def _cue_words() -> frozenset:
    c = cues()
    words = set()
    for phrase in list(c.feature) + list(c.near) + list(c.link) + list(c.anaphora):
        words.update(phrase.split())
    return frozenset(words)


@lru_cache(maxsize=1)
def _cue_surfaces() -> frozenset:
    """Every text word that _strip reads as a cue word (`_strip(w) in _cue_words()`):
    the word itself and each proclitic chain of _CUE_PROCLITICS before it (before its
    "ل" for ل + ال). A set look-up instead of stripping each word asked about."""
    words = _cue_words()
    out = set(words)
    for p in _CUE_PROCLITICS:
        for w in words:
            out.add(p + w)
            if p.endswith("ل") and w.startswith("ال"):
                out.add(p + w[1:])  # للسجن = ل + السجن
    return frozenset(out)


# ----------------------------------------------------------------------------- matching
@dataclass(slots=True)
class _Match:
    start: int  # token indices of the name
    end: int
    cut: int  # normalised characters of proclitics before the name
    key: str
    rows: tuple[int, ...]
    prefix: str  # proclitics on the first token (raw normalised letters)


def _matches(doc: Doc, norms: list[str]) -> list[_Match]:
    keys, _, _ = _index()
    toks = doc.tokens
    n = len(norms)
    c = cues()
    stop = c.stop
    rare, locative = _rarely_places(common_words(), stop, _cue_keys()), _LOCATIVE
    cue_surfaces = _cue_surfaces()
    out: list[_Match] = []
    end = 0  # tokens before `end` belong to the previous match
    # only the tokens written as a word that may start a name (after the keys are current)
    for i in wordflags.tokens_with(doc, _name_start_flag()):
        if i < end:
            continue
        ent = _WORDS.get(norms[i]) or _word(norms[i])
        longest, variants, nxt, single = ent
        best = None
        if longest > 1 and i + 1 < n and norms[i + 1] in nxt:
            sent = toks[i].sentence
            for k in range(min(longest, n - i), 1, -1):
                if toks[i + k - 1].sentence != sent:
                    continue
                tail = " " + " ".join(norms[i + 1:i + k])
                for cut, v in variants:
                    rows = keys.get(v + tail)
                    if rows:
                        best = _Match(i, i + k, cut, v + tail, rows, norms[i][:cut])
                        break
                if best:
                    break
        if best is None and single is not None:
            cut, v, rows = single  # the first reading that is a name by itself
            prefix = norms[i][:cut]
            if v in rare and not prefix.startswith("و"):
                after = norms[i - 1] if i and toks[i - 1].sentence == toks[i].sentence else ""
                if after not in cue_surfaces and (v in stop or not (
                        after in locative or prefix.rstrip("ال").endswith(("ب", "ل")))):
                    continue  # a frequent word _collect would drop (see _rarely_places)
            best = _Match(i, i + 1, cut, v, rows, prefix)
        if best:
            out.append(best)
            end = best.end
    return out


@lru_cache(maxsize=4)
def _rarely_places(common: frozenset, stop: frozenset, cue_keys: frozenset) -> frozenset:
    """The name keys of frequent words ("علي", "امن", "بيان": some 27 matches an article
    out of 43) that _collect drops unless a cue word stands right before, a و joins
    them to a cued name, or (a common word that is no stop word) a preposition
    introduces them (_introduced). _matches leaves out such a one-word match when none
    of that holds, instead of building it for _collect to drop: what it leaves out
    covers no token a quoted cue name could take (that one follows a cue word) and
    no longer name (the longest reading is taken first). Keyed by the sets, so rebuilt
    cues give a new union."""
    return (common | stop) - cue_keys


@lru_cache(maxsize=1)
def _name_start_flag() -> int:
    """The word flag of the surfaces that may start a gazetteer name (`_word` is not
    empty); forgotten whenever the keys are rebuilt."""
    return wordflags.register(_starts_name)


def _starts_name(w: str) -> bool:
    """`bool(_word(w))`, asked of every new word: the look-ups that reject nearly all
    words are made here, and only a word one of whose readings starts a name is read
    in full (and kept) by _word."""
    first = _index()[1]
    if w[:1] not in _PROCLITIC_LETTERS:
        if w.startswith("ال") and len(w) >= 4:
            return len(w) >= 5 and w[2:] in first
        return len(w) >= 2 and w in first
    if w in first or w[1:] in first or w[2:] in first or w[3:] in first or w[4:] in first:
        return bool(_word(w))
    return False


def _cue_before(doc: Doc, start: int, names: frozenset = frozenset()) -> tuple[str | None, str | None, int]:
    """(feature, near phrase, first cue token) read from the words before `start`;
    `names` are tokens already read as a name (a quoted cue word), never a cue."""
    c = cues()
    toks = doc.tokens
    feature = near = None
    first = start
    j = start
    sent = toks[start].sentence
    ends = _cue_ends()
    # feature cue right before the name, possibly preceded by a near cue ("ريف مدينة X")
    for _ in range(2):
        if j == 0 or toks[j - 1].norm not in ends or toks[j - 1].sentence != sent or j - 1 in names:
            break  # no feature or near phrase can end on the word before
        found = False
        for w in range(min(c.max_cue_words, j), 0, -1):
            if toks[j - w].sentence != sent:
                continue
            head = _strip(toks[j - w].norm)
            phrase = head if w == 1 else " ".join([head] + [toks[x].norm for x in range(j - w + 1, j)])
            if feature is None and near is None and phrase in c.feature:
                feature, first, j, found = c.feature[phrase], j - w, j - w, True
                break
            if near is None and phrase in c.near:
                near, first, j, found = phrase, j - w, j - w, True
                break
        if not found:
            break
    return feature, near, first


@lru_cache(maxsize=1)
def _cue_ends() -> frozenset:
    """Every text word a feature or near phrase may end on: the last word of a longer
    phrase, or a one-word cue with any proclitics _strip removes ("وبمدينه", "للمخيم")."""
    c = cues()
    out = set()
    for phrase in list(c.feature) + list(c.near):
        words = phrase.split()
        if len(words) > 1:
            out.add(words[-1])
            continue
        out.add(phrase)
        for p in _CUE_PROCLITICS:
            out.add(p + phrase)
            if p.endswith("ل") and phrase.startswith("ال"):
                out.add(p + phrase[1:])
    return frozenset(out)


def _near_after(doc: Doc, end: int) -> str | None:
    c = cues()
    toks = doc.tokens
    if end >= len(toks) or toks[end].norm not in _near_after_first():
        return None
    for w in (2, 1):
        if end + w <= len(toks) and toks[end + w - 1].sentence == toks[end - 1].sentence:
            phrase = toks[end].norm if w == 1 else " ".join(t.norm for t in toks[end:end + w])
            if phrase in c.near_after:
                return phrase
    return None


@lru_cache(maxsize=1)
def _near_after_first() -> frozenset:
    return frozenset(p.split(" ")[0] for p in cues().near_after)


# ----------------------------------------------------------------------------- resolving
@dataclass
class _Mention:  # working state of one mention while resolving (never leaves this module)
    m: _Match
    feature: str | None
    near: str | None
    cue_start: int
    container_of: int | None = None  # index of the mention this one contains
    container: int | None = None  # index of the mention containing this one
    row: int | None = None
    strong: bool = False
    needs_context: bool = False  # a common word: a place only with a cue or a container
    introduced: bool = False  # written after a locative preposition ("في X", "بX")


# prepositions that introduce a place: a common word after one of them may be a place
_LOCATIVE = frozenset({"في", "من", "الى", "إلى", "على", "قرب", "عند", "نحو", "باتجاه", "داخل", "وفي", "ومن"})


def _introduced(doc: Doc, m: _Match) -> bool:
    if m.prefix.rstrip("ال").endswith(("ب", "ل")):
        return True
    if m.start == 0:
        return False
    prev = doc.tokens[m.start - 1]
    return prev.sentence == doc.tokens[m.start].sentence and prev.norm in _LOCATIVE


def find_places(doc: Doc, country: str | None = None) -> tuple[PlaceHit, ...]:
    """Every place mention in `doc`, resolved in context, in text order."""
    g = load()
    c = cues()
    norms = token_norms(doc)
    mentions = _collect(doc, g, c, norms)
    if mentions:
        _link_containers(doc, mentions, c)
        _drop_uncued_common(mentions)
    if not mentions:
        return tuple(_capitals(doc, g, norms, (), None))
    # pass 1: anchors
    for mt in mentions:
        mt.strong = _is_strong(mt)
    anchors = [mt for mt in mentions if mt.strong and _one_country(mt.m.key, mt.m.rows) and not _misfit(mt, c)]
    if country is None:
        votes = Counter()
        for mt in anchors:
            votes[_row(mt.m.rows[0]).country] += 1
        country = votes.most_common(1)[0][0] if votes else None
    else:
        country = _country_name(country)
    memo: dict = {}
    anchor_rows: dict[int, _Row] = {}
    for mt in anchors:
        r = _best_memo(memo, mt, country, (), None, strict=not (mt.feature or mt.near))
        if r is not None and _row(r).feature not in ("country", "admin1"):
            anchor_rows.setdefault(r, _row(r))
    anchor_list = tuple(anchor_rows.values())
    story_memo = memo  # the strict readings of pass 1, reused by _story_rows
    story = None  # the story's places for `_stray`: made only when a foreign reading is met
    memo = {}
    # pass 2: right to left so containers come first
    for mt in reversed(mentions):
        cont = mentions[mt.container].row if mt.container is not None else None
        cont_row = _row(cont) if cont is not None else None
        cued = bool(mt.feature or mt.near)
        row = _best_memo(memo, mt, country, anchor_list, cont_row, strict=not cued)
        if row is None and not cued:
            row = _best_memo(memo, mt, country, anchor_list, cont_row)
            if row is not None and not _weak_ok(mt, _row(row), country, anchor_list, cont_row):
                row = None
        if row is None or _namesake(mt, _row(row), c, cont_row):
            continue
        if cont_row is not None:
            cont = mentions[mt.container]
            # "بلدية X بولاية Y": Y cued as a province reaches as far as one, even when
            # the gazetteer only knows the town Y
            wide = cont.near is not None or cont.feature in _WIDE_CUES
            if not _inside(_row(row), cont_row, wide) and not _beside(mt, _row(row), cont, cont_row):
                continue  # "منطقة X بحي Y": an X far from Y is another X; Y locates the event
        elif country and _row(row).country != country and _row(row).feature not in ("country", "admin1"):
            if story is None:
                story = _story_rows(mentions, anchors, anchor_rows, country, story_memo, c)
            if _stray(mt, _row(row), country, story, c) and not _told_abroad(doc, mt, _row(row), mentions, c):
                continue
        mt.row = row
    _story_city(mentions, country, norms)
    if country:
        _one_reading(mentions, country, c)
    hits = [_hit(doc, g, mt, mentions) for mt in mentions if mt.row is not None]
    hits = [h for h in hits if not _bare_country(doc, h)]
    hits.extend(_anaphora(doc, g, c, mentions, norms))
    capitals = _capitals(doc, g, norms, hits, country)
    if capitals:  # "عاصمة أرمينيا": the capital's hit takes the country's words
        taken = {i for h in capitals for i in range(h.tok_start, h.tok_end)}
        hits = [h for h in hits if h.tok_start not in taken] + capitals
    hits.extend(variant_hits(doc, g, hits, country, wordflags.tokens_with(doc, _variant_cue_flag()),
                             _never_variants(common_words(), c.stop, c.never), _precision, PlaceHit))
    hits.sort(key=lambda h: h.tok_start)
    return tuple(hits)


def _told_abroad(doc: Doc, mt: _Mention, info: _Row, mentions: list[_Mention], c: Cues) -> bool:
    """Does the mention's own sentence put a foreign town where the gazetteer has it:
    the country's name, another place read there, or its people's adjective ("مقتل ضابط
    من قوات الدرك الأردنية في انفجار ... في محيط مهرجان مدينة الفحيص": Fuheis in Jordan,
    though the page's other stories are Saudi; "الغارة في منطقة أوباري، على بعد ألف كلم
    جنوبي طرابلس")? The story's country is a vote over the whole article; a sentence
    naming another country tells its own. Only a place read after a cue of its kind, or
    a curated place or town believed from a bare name ("قاعدة بحرية" is a naval base,
    not the Syrian village Hurriyeh, even beside "القوات السورية"). Asked only of a
    foreign reading `_stray` would drop."""
    from rasid.geo.countries import country_by_nisba

    if mt.feature:
        if info.feature not in c.compatible.get(mt.feature, (info.feature,)):
            return False
    elif not (info.curated or (info.feature in POPULATED and _row_strong(info, mt.m.key))):
        return False
    country = info.country
    toks = doc.tokens
    s = toks[mt.m.start].sentence
    for o in mentions:
        if o is mt or toks[o.m.start].sentence != s:
            continue
        if o.row is not None:
            if _row(o.row).country == country:
                return True
        elif any(_row(r).feature == "country" and _row(r).country == country for r in o.m.rows):
            return True
    lo, hi = mt.m.start, mt.m.end
    while lo > 0 and toks[lo - 1].sentence == s:
        lo -= 1
    while hi < len(toks) and toks[hi].sentence == s:
        hi += 1
    for t in toks[lo:hi]:
        w = t.norm
        if len(w) > 3 and w.endswith(("ي", "يه", "ين", "يون")):
            people = country_by_nisba(w)
            if people is not None and people.name == country:
                return True
    return False


def _bare_country(doc: Doc, h: PlaceHit) -> bool:
    """A generated country (countries_more.tsv) whose name has the article ("السويد",
    "النمسا") named without it: "بني سويد" (a Yemeni tribe's land), "سويد" a man's name,
    not Sweden. The article may stand
    after a proclitic ("والسويد", "بالسويد") or merge with ل ("للسويد")."""
    place = h.location.place
    if place.feature != "country" or not place.name_ar.startswith("ال") or h.tok_end - h.tok_start != 1 \
            or place.name_ar not in generated_names():
        return False  # (the hand-written countries, whose nisba also names them, are left as they were)
    w = doc.tokens[h.tok_start].norm
    return not ("ال" in w[:4] or w.startswith(("لل", "ولل", "فلل")))


def _misfit(mt: _Mention, c: Cues) -> bool:
    """A name after a street or square cue with no street or square reading ("شارع
    بغداد": the street is named after another place) is no anchor and casts no vote
    for the story's country (`_namesake` then drops it)."""
    if mt.feature not in c.namesake:
        return False
    ok = c.compatible.get(mt.feature, ())
    return not any(_row(r).feature in ok for r in mt.m.rows)


def _namesake(mt: _Mention, info: _Row, c: Cues, cont_row) -> bool:
    """A place read after a street, square or roundabout cue ("شارع بغداد", "ساحة
    بيروت") that is no street or square is the place the street is named after, not
    where it is: no place (place_cues.yaml namesake_cues). Only a neighbourhood of
    that name inside the town the text puts the street in ("شارع الحمراء في بيروت")
    may be where it is."""
    if mt.feature not in c.namesake or info.feature in c.compatible.get(mt.feature, ()):
        return False
    return cont_row is None or info.feature in POPULATED or info.feature in ADMIN


def _story_rows(mentions: list[_Mention], anchors: list[_Mention], anchor_rows: dict, country, memo: dict,
                c: Cues) -> tuple:
    """The places that tell where the story is, for `_stray`: the anchors, and each
    well-attested name of several countries read in the story's country ("مدينة
    كابول": Kabul has namesakes abroad, so it is no anchor, yet a village of Iran
    1,000 km away is not where a Kabul story happens)."""
    out = dict(anchor_rows)
    if country:
        taken = {id(mt) for mt in anchors}
        for mt in mentions:
            if not mt.strong or id(mt) in taken or _misfit(mt, c):
                continue
            r = _best_memo(memo, mt, country, (), None, strict=not (mt.feature or mt.near))
            if r is not None and _row(r).country == country and _row(r).feature not in ("country", "admin1"):
                out.setdefault(r, _row(r))
    return tuple(out.values())


@lru_cache(maxsize=4)
def _never_variants(common: frozenset, stop: frozenset, never: frozenset) -> frozenset:
    """The words never tried as a misspelt name: their union is built once, not per
    article (a set of some 1,500 words: as long to build as the rest of the article's
    place look-ups). Keyed by the sets themselves, so rebuilt cues give a new union."""
    return common | stop | never


@lru_cache(maxsize=1)
def _variant_cue_flag() -> int:
    """The word flag of the words after which a misspelt name is tried ("بلدة", "وبمدينة":
    place_cues.yaml variant_cues, proclitics allowed)."""
    return wordflags.register_surfaces(cues().variant_cues, _is_variant_cue)


def _is_variant_cue(w: str) -> bool:
    words = cues().variant_cues
    return w in words or split_clitics(w)[1] in words


_CAPITAL_WORDS = frozenset({"العاصمه", "والعاصمه", "بالعاصمه", "وبالعاصمه", "للعاصمه", "وللعاصمه", "فالعاصمه"})
# "في عاصمة مولدوفا": the capital told by its country's name (read only before one)
_CAPITAL_OF_WORDS = frozenset({"عاصمه", "وعاصمه", "بعاصمه", "وبعاصمه", "لعاصمه", "ولعاصمه"})


def _capitals(doc: Doc, g: Gazetteer, norms: list[str], hits, country: str | None) -> list[PlaceHit]:
    """"في العاصمة" with no name after it is the capital of the country the article is
    about ("العاصمة الأردنية": of the country its adjective names). "العاصمة دمشق" is
    left to the name that follows."""
    from rasid.geo.countries import country_by_nisba, country_info

    where = wordflags.tokens_with(doc, _capital_flag())
    if not where:
        return []
    toks = doc.tokens
    covered = {i for h in hits for i in range(h.tok_start, h.tok_end)}
    named = {h.tok_start for h in hits}
    out: list[PlaceHit] = []
    fallback = country
    for i in where:
        if i in covered:
            continue
        end = i + 1
        same = i + 1 < len(norms) and toks[i + 1].sentence == toks[i].sentence
        if norms[i] in _CAPITAL_OF_WORDS:
            # "احتشدوا في عاصمة مولدوفا": the city, not the country (nor, once the country
            # drops out as a scene, another country of the story)
            cty = _country_named(g, norms[i + 1]) if same else None
            if cty is None or i + 2 in named:
                continue  # "عاصمة العراق بغداد": left to the name that follows
            end = i + 2
        elif named & {i + 1, i + 2}:
            continue
        elif (nxt := country_by_nisba(norms[i + 1]) if same else None) is not None:
            cty, end = nxt.name, i + 2
        else:
            if fallback is None:
                fallback = _nisba_country(norms)
            cty = fallback
        if cty is None:
            continue
        try:
            info = country_info(cty)
        except KeyError:
            continue
        # the capital by its Arabic name, else its English one (not every country has the first)
        name = info.capital_ar or info.capital
        cands = [p for p in g.lookup(name, info.name) if p.feature not in ("country", "admin1")] if name else []
        if not cands:
            continue
        place = max(cands, key=lambda p: p.population)
        tok = toks[i]
        nstart = tok.nend - (len("عاصمه") if norms[i] in _CAPITAL_OF_WORDS else len("العاصمه"))
        span = doc.span(nstart, toks[end - 1].nend)
        out.append(PlaceHit(i, end, Location(place, 1, span, g.label(place.id)), "capital", None))
    return out


@lru_cache(maxsize=1)
def _capital_flag() -> int:
    """The word flag of the words for "the capital" (_CAPITAL_WORDS, _CAPITAL_OF_WORDS):
    _capitals visits those tokens instead of testing every token of the article."""
    return wordflags.register_words(_CAPITAL_WORDS | _CAPITAL_OF_WORDS)


def _country_named(g: Gazetteer, word: str) -> str | None:
    """The country a word names ("مولدوفا"), else None."""
    for r in g.lookup_rows(name_key(split_clitics(word)[1] or word)):
        p = g.place(r)
        if p.feature == "country":
            return p.country
    return None


def _nisba_country(norms: list[str]) -> str | None:
    """The country whose adjective the article uses most ("الشارع الأردني")."""
    from rasid.geo.countries import country_by_nisba

    votes: Counter = Counter()
    for w in norms:
        if len(w) > 3 and w.endswith(("ي", "يه", "ين", "يون")):
            info = country_by_nisba(w)
            if info is not None:
                votes[info.name] += 1
    return votes.most_common(1)[0][0] if votes else None


_OPEN_QUOTES = ("«", '"', "“")
_CLOSE_QUOTES = ("»", '"', "”")


def _quoted_cue_names(doc: Doc, g: Gazetteer, found: list[_Match]) -> list[_Match]:
    """"منطقة «معبر» بمحافظة ذمار": a cue word written alone in quotes right after a
    feature cue is the place's own name (a town called "crossing", a village called
    "the camp"), not a second cue; the quotes are how the report marks a name."""
    text = doc.text
    if not any(q in text for q in _OPEN_QUOTES):
        return found
    toks = doc.tokens
    cue_keys = _cue_keys()
    feature = cues().feature
    # a word _strip reads as no cue word is none of the feature cues (one set look-up
    # before stripping: most quotes follow no cue word)
    cue_surfaces = _cue_surfaces()
    taken = None  # the tokens of the names found, made when first needed
    extra = []
    for q in _OPEN_QUOTES:
        at = text.find(q)
        while at >= 0:
            i = first_token_from(doc, at + 1)
            at = text.find(q, at + 1)
            # (the feature cue first: news quotes speech, and few quotes follow one)
            if not 0 < i < len(toks) - 1 or toks[i - 1].norm not in cue_surfaces \
                    or _strip(toks[i - 1].norm) not in feature or toks[i - 1].sentence != toks[i].sentence:
                continue
            before = text[toks[i - 1].end:toks[i].start]
            after = text[toks[i].end:toks[i + 1].start]
            if q not in before or not any(cq in after for cq in _CLOSE_QUOTES):
                continue
            if taken is None:
                taken = {k for m in found for k in range(m.start, m.end)}
            if i in taken:
                continue
            key = name_key(text[toks[i].start:toks[i].end])
            if key not in cue_keys:
                continue  # any other name is matched the ordinary way
            rows = tuple(g.lookup_rows(key))
            if rows:
                extra.append(_Match(i, i + 1, 0, key, rows, ""))
                taken.add(i)
    return sorted(found + extra, key=lambda m: m.start) if extra else found


@lru_cache(maxsize=1)
def _unit_list_cues() -> dict[str, str]:
    """place_cues.yaml unit_list_cues as name keys: list cue word → singular cue."""
    raw = load_yaml("place_cues.yaml")
    return {normalize_key(w): name_key(s) for w, s in (raw.get("unit_list_cues") or {}).items()}


@lru_cache(maxsize=1)
def _unit_list_not_after() -> frozenset:
    """place_cues.yaml unit_list_not_after: "بين محافظتي X وY" names the ends of a stretch."""
    raw = load_yaml("place_cues.yaml")
    return frozenset(normalize_key(w) for w in raw.get("unit_list_not_after") or ())


@lru_cache(maxsize=1)
def _unit_list_never() -> frozenset:
    """place_cues.yaml unit_list_never: "محافظات الجنوب" says which provinces, names none."""
    raw = load_yaml("place_cues.yaml")
    return frozenset(normalize_key(w) for w in raw.get("unit_list_never") or ())


@lru_cache(maxsize=1)
def _unit_list_flag() -> int:
    """The word flag of a dual or plural province cue ("منطقتي", "وبمحافظات")."""
    return wordflags.register_surfaces(_unit_list_cues(), lambda w: _unit_list_word(w) is not None)


def _unit_list_word(w: str) -> str | None:
    """The singular cue of a dual or plural province cue, proclitics allowed ("بمنطقتي" →
    "منطقه"); None for any other word, and for the singular cue itself (its names are
    read with it: "منطقة عسير" is one gazetteer name)."""
    cues_ = _unit_list_cues()
    # (a word met for the first time is tested here: only the chains it can start with)
    for p in _UNIT_LIST_CHAINS if w[:1] in _CUE_INITIALS else _NO_CHAIN:
        if w.startswith(p):
            single = cues_.get(w[len(p):])
            if single is not None:
                return None if name_key(w[len(p):]) == single else single
    return None


_UNIT_NAME_WORDS = 3


def _cued_list_names(doc: Doc, norms: list[str], found: list[_Match]) -> list[_Match]:
    """"منطقتي جازان وعسير", "ولايتي هكاري وشرناق": a list of provinces given one dual or
    plural cue, or the cue of its first name ("منطقة جازان وعسير"), names each province
    bare; each name is read with the singular cue ("منطقة عسير"), which is how admin1.tsv
    lists a province whose bare name is a word or its capital's. A name the list gives
    the cue is the province, as after the singular cue, even when it is also a town."""
    keys = _index()[0]
    cues_ = _unit_list_cues()
    singles = set(cues_.values())
    toks = doc.tokens
    not_after = _unit_list_not_after()
    starts: list[tuple[int, str]] = [(i + 1, _unit_list_word(norms[i]))
                                     for i in wordflags.tokens_with(doc, _unit_list_flag())
                                     if not (i and toks[i - 1].sentence == toks[i].sentence
                                             and norms[i - 1] in not_after)]
    for m in found:
        first = m.key.split(" ", 1)[0]
        if first in singles and " " in m.key and all(_row(r).feature == "admin1" for r in m.rows):
            starts.append((-m.end, first))  # after a cued province: only coordinated names
    if not starts:
        return found
    n = len(norms)
    never = _unit_list_never()
    longest = {m.start: m.end for m in found}
    extra: list[_Match] = []
    for start, cue in starts:
        k, need_and = (start, False) if start > 0 else (-start, True)
        while k < n and toks[k].sentence == toks[k - 1].sentence:
            w0 = norms[k]
            cut = 0
            if need_and:
                if not w0.startswith("و") or len(w0) < 3:
                    break
                cut = 1
            hit = None
            if w0[cut:] in never:
                break
            for ln in range(min(_UNIT_NAME_WORDS, n - k), 0, -1):
                if toks[k + ln - 1].sentence != toks[k].sentence:
                    continue
                key = cue + " " + " ".join([w0[cut:], *norms[k + 1:k + ln]])
                rows = keys.get(key)
                if rows and all(_row(r).feature == "admin1" for r in rows):
                    hit = _Match(k, k + ln, cut, key, rows, w0[:cut])
                    break
            if hit is None or longest.get(k, 0) > hit.end:
                break  # a longer name starts here ("منطقتي جازان" before "جازان الجديدة")
            extra.append(hit)
            k, need_and = hit.end, True
    if not extra:
        return found
    spans = [(m.start, m.end) for m in extra]
    kept = [m for m in found if not any(a <= m.start and m.end <= b for a, b in spans)
            and not any(m.start < b and a < m.end for a, b in spans)]
    return sorted(kept + extra, key=lambda m: m.start)


def _collect(doc: Doc, g: Gazetteer, c: Cues, norms: list[str]) -> list[_Mention]:
    out: list[_Mention] = []
    prev: _Mention | None = None
    common = common_words()
    stop = c.stop
    cue_words = _cue_words()
    cue_surfaces = _cue_surfaces()
    toks = doc.tokens
    n = len(toks)
    cue_ends, near_after_first = _cue_ends(), _near_after_first()
    matches = _cued_list_names(doc, norms, _quoted_cue_names(doc, g, _matches(doc, norms)))
    quoted = frozenset(m.start for m in matches if m.key in _cue_keys())
    for m in matches:
        if m.key in common or m.key in stop:
            # fast path for the frequent words that are rarely places: unless a cue word
            # precedes, a cued name is coordinated with it, or (common words only) a
            # locative preposition introduces it, it is no place; skip the cue reading
            j = m.start - 1
            cued = j >= 0 and toks[j].sentence == toks[m.start].sentence and toks[j].norm in cue_surfaces
            coord = prev is not None and prev.feature and prev.m.end == m.start and m.prefix.startswith("و")
            if not cued and not coord and (m.key in stop or not _introduced(doc, m)):
                prev = None
                continue
        # (the cue look-ups only when the word before, or after, may end or start
        # one: they would find nothing else)
        if m.start and toks[m.start - 1].norm in cue_ends:
            feature, near, first = _cue_before(doc, m.start, quoted)
        else:
            feature, near, first = None, None, m.start
        if near is None and m.end < n and toks[m.end].norm in near_after_first:
            near = _near_after(doc, m.end)
        # a coordinated list keeps its cue: "أحياء غويران والزهور والعزيزية"
        if (feature is None and prev is not None and prev.feature and prev.m.end == m.start
                and m.prefix.startswith("و")):
            feature = prev.feature
        if feature is None and m.key in c.stop:
            prev = None
            continue
        if feature is None and m.end - m.start == 1 and norms[m.start] in c.stop_written and _complemented(doc, m, c):
            prev = None  # "بحجة أن": "on the pretext", not "in Hajjah"
            continue
        if (feature is None and m.end - m.start == 1 and norms[m.start] in c.participle_before_ala
                and m.end < n and norms[m.end] in _ALA and toks[m.end].sentence == toks[m.start].sentence):
            prev = None  # "التلال المطلة على المدينة": overlooking the city, not in Metula
            continue
        if m.end < n and norms[m.end] in c.river_words and toks[m.end].sentence == toks[m.start].sentence:
            prev = None  # "الضفة الغربية لنهر الفرات": the river's bank, not the West Bank
            continue
        if m.end - m.start == 1 and (_construct_head(doc, norms, m) or _bare_article_name(norms, m, feature)):
            prev = None
            continue
        # a province of a cued list ("ولايتي هكاري وشرناق") is read with its cue: its key
        # has a word more than the text, and the nisba look of "هكاري" makes no adjective
        listed = m.end - m.start <= m.key.count(" ")
        adj = None if listed else _adjective(doc, m, common, cue_words, c)
        if adj or (adj is False and _adjective_not_country(g, doc, m)):
            prev = None
            continue
        mt = _Mention(m, feature, near, first)
        if feature is None and m.key in common:
            mt.needs_context = True
            mt.introduced = _introduced(doc, m)
        out.append(mt)
        prev = mt
    return out


# "على" and its pronoun forms, normalized: the preposition an "overlooking" participle takes
_ALA = frozenset(("علي", "عليه", "عليها", "عليهم", "عليهما"))


def _complemented(doc: Doc, m: _Match, c: Cues) -> bool:
    """Is the word followed, with no punctuation between, by a word of its clause that
    is no direction? "بحجة حيازة سلاح" (on the pretext of) is; "في المزرق بحجة،" and
    "ميدي بحجة شمال غرب اليمن" (in Hajjah) are not."""
    toks = doc.tokens
    j = m.end
    if j >= len(toks) or toks[j].sentence != toks[m.start].sentence or toks[j].norm in c.near:
        return False
    return not any(ch in doc.text[toks[j - 1].end:toks[j].start] for ch in "،,.:؛;()\"«»-–")


def _construct_head(doc: Doc, norms: list[str], m: _Match) -> bool:
    """"باب الأسباط" (a gate of Jerusalem), "باب الحارة": a place whose name has the
    article ("الباب") written without it before a definite noun is the first noun of
    a construct ("the gate of ..."), not the place: a name keeps its article in
    running text ("مدينة الباب", "في الباب")."""
    word = norms[m.start][m.cut:]
    if word.startswith("ال") or m.end >= len(norms) or not norms[m.end].startswith("ال") \
            or doc.tokens[m.end].sentence != doc.tokens[m.start].sentence:
        return False
    return _per_key(_DEFINITE_NAME, m.key, m.rows, _rows_definite)


_DEFINITE_NAME: dict[str, tuple] = {}


def _bare_article_name(norms: list[str], m: _Match, feature: str | None) -> bool:
    """"رياض منصور" (a man's name), "في أقصى الريف الغربي" (the farthest countryside),
    "وفجر مسلحون سيارة" (and set off), "في ضاحية من ضواحي كابول" (a suburb): a place
    every one of whose Arabic names has the article on this word (الرياض، المسجد
    الأقصى، الفجر، الضاحية الجنوبية), written without it and with no cue before it,
    is another word: the article is part of such a name in running text ("في الرياض",
    "بالرياض", "للرياض")."""
    word = norms[m.start][m.cut:]
    if feature is not None or word.startswith("ال") or m.prefix.endswith("لل") \
            or (m.start and norms[m.start - 1] == "ال"):  # 'الـ"تيفور"': the article written apart
        return False
    return _per_key(_ARTICLE_NAME, m.key, m.rows, _rows_article_name)


_ARTICLE_NAME: dict[str, tuple] = {}


def _rows_article_name(key: str, rows: tuple[int, ...]) -> bool:
    """Does every place of the key have a word with the article whose key is the key
    (and no word that is the key without it)? A place known only by a foreign or
    bare spelling ("حجة") keeps its bare reading."""
    g = load()
    for r in rows:
        words = normalize_key(g.place(r).name_ar).split()
        if not any(w.startswith("ال") and name_key(w) == key for w in words) \
                or any(w == key for w in words):
            return False
    return True


def _rows_definite(key: str, rows: tuple[int, ...]) -> bool:
    """Is every place of the key named with the article, and is the key that name
    ("الباب" → "باب")? Another spelling ("أمريكا" of الولايات المتحدة) is not the
    name without its article."""
    g = load()
    return all(g.place(r).name_ar.startswith("ال") and name_key(g.place(r).name_ar) == key for r in rows)


def _drop_uncued_common(mentions: list[_Mention]) -> None:
    """Remove common-word mentions that have no feature cue, unless they follow a locative
    preposition and are linked to a container below country level ("في النهضة بريف حمص").
    A 'near' cue alone is not enough ("قرب منزله" is near his house)."""
    if not any(mt.needs_context for mt in mentions):
        return

    def ok(mt: _Mention) -> bool:
        if not mt.needs_context:
            return True
        if mt.container is None or not mt.introduced:
            return False
        cont = mentions[mt.container]
        return not _all_country(cont.m.key, cont.m.rows)

    keep = [mt for mt in mentions if ok(mt)]
    if len(keep) == len(mentions):
        return
    index = {id(mt): i for i, mt in enumerate(keep)}
    old = list(mentions)
    for mt in keep:
        if mt.container is not None:
            cont = old[mt.container]
            mt.container = index.get(id(cont))
    mentions[:] = keep


_NISBA_ENDINGS = ("ي", "يه")
_GENERIC_CUES = frozenset({"area", "town", "village", "city"})
_TOWN_CUES = frozenset({"town", "city"})
_WIDE_CUES = frozenset({"admin1", "admin2", "admin3", "area"})


def _adjective(doc: Doc, m: _Match, common: frozenset, cue_words: frozenset, c: Cues) -> bool | None:
    """A one-word name written as an adjective agreeing with the noun before it: "الدفاع
    المدني" (civil defence, not Wad Madani), "الخوذ البيضاء" (the White Helmets), "محكمة تركية"
    (a Turkish court), "ناشط مدني", "منطقة جبلية" (a mountainous area: a common word after a
    cue noun). True: an adjective, no place; None: a country adjective after أراضي/حدود
    ("الأراضي السورية" is Syria), which skips the country-adjective test; False: not read
    as an adjective."""
    toks = doc.tokens
    if m.end < len(toks) and toks[m.end].norm == "للدموع":
        return True  # "قنابل مسيلة للدموع" is tear gas, not M'Sila
    if m.end - m.start != 1 or m.prefix or m.start == 0:
        return False
    prev = toks[m.start - 1]
    if prev.sentence != toks[m.start].sentence:
        return False
    pw = prev.norm
    word = toks[m.start].norm
    definite = word.startswith("ال")
    key = m.key
    if not (key.endswith(_NISBA_ENDINGS) or (definite and key.endswith("اء"))):
        return False
    if pw in _LOCATIVE or not pw or not ("\u0621" <= pw[-1] <= "\u064a"):
        return False
    if pw in c.adjective_nouns or _strip(pw) in c.adjective_nouns:
        return None
    if definite and _strip(pw) in cue_words and pw.startswith(("ال", "وال", "فال", "بال", "لل", "ولل")):
        from rasid.geo.countries import country_by_nisba
        if country_by_nisba(word) is not None:
            return True  # "العاصمة العراقية", "المدينة السورية": whose, not where
    if _strip(pw) in cue_words:
        # "منطقة جبلية" (a common word after a generic noun); but "مدينة سلمية", "مديرية مودية"
        return key in common and not definite and c.feature.get(_strip(pw)) in _GENERIC_CUES
    pdef = pw.startswith(("ال", "وال", "فال", "بال", "لل", "ولل"))
    if definite:
        return pdef
    if pdef:
        return False
    # indefinite agreement: feminine noun + feminine adjective, masculine + masculine
    return key.endswith("يه") == pw.endswith(("ه", "ات"))  # "قوات سعودية": plurals take the feminine


def _adjective_not_country(g: Gazetteer, doc: Doc, m: _Match) -> bool:
    """"السورية"/"التركية" are adjectives (الحكومة السورية), while the country is written
    "سورية"/"تركيا" without the article: a country-only match whose article is not part
    of the country's name is no place."""
    if not _all_country(m.key, m.rows):
        return False
    word = doc.tokens[m.start].norm[m.cut:]
    has_al = word.startswith("ال") or (m.prefix.endswith("ل") and word.startswith("ل"))
    return has_al and not any(g.place(r).name_ar.startswith("ال") for r in m.rows)


def _all_country(key: str, rows: tuple[int, ...]) -> bool:
    return _per_key(_ALL_COUNTRY, key, rows, _rows_all_country)


def _one_country(key: str, rows: tuple[int, ...]) -> bool:
    return _per_key(_ONE_COUNTRY, key, rows, _rows_one_country)


def _rows_all_country(key: str, rows: tuple[int, ...]) -> bool:
    return all(_row(r).feature == "country" for r in rows)


def _rows_one_country(key: str, rows: tuple[int, ...]) -> bool:
    return len({_row(r).country for r in rows}) == 1


_ALL_COUNTRY: dict[str, tuple] = {}
_ONE_COUNTRY: dict[str, tuple] = {}
_KEY_STRONG: dict[str, tuple] = {}


def _per_key(memo: dict, key: str, rows: tuple[int, ...], fact) -> bool:
    """fact(key, rows), kept per name key with the rows it was computed for: a key's rows
    are one tuple of the index, recognised by identity, so the (long) tuple of a
    common name is not hashed on every mention as an lru_cache key would be."""
    ent = memo.get(key)
    if ent is not None and ent[0] is rows:
        return ent[1]
    out = fact(key, rows)
    if len(memo) >= 65536:  # bounded
        memo.clear()
    memo[key] = (rows, out)
    return out


def _link_containers(doc: Doc, mentions: list[_Mention], c: Cues) -> None:
    """Mark B as A's container when only link words ("في", "ب", "الواقع ب", "التابعة ل"),
    cue words or direction words stand between mention A and the following mention B."""
    toks = doc.tokens
    cue_words = _cue_words()
    for ai in range(len(mentions) - 1):
        a, b = mentions[ai], mentions[ai + 1]
        if toks[a.m.end - 1].sentence != toks[b.m.start].sentence:
            continue
        if b.cue_start - a.m.end > 3:
            continue
        between = [_strip(t.norm) for t in toks[a.m.end:b.cue_start]]
        linked = b.m.prefix.endswith(("ب", "ل")) or (b.cue_start < b.m.start and
                                                     toks[b.cue_start].norm[:1] in ("ب", "ل"))
        if between:
            phrase = " ".join(between)
            # "بمنطقة الساحل الشرقي في مدينة درنة": a direction adjective of A may come first
            linked = phrase in c.link or all(w in c.link or w in cue_words or w in c.near_after for w in between)
        if b.near and not between:
            linked = True  # "X جنوب Y" / "X شمالي Y"
        if linked:
            a.container = ai + 1
    # "حيي الأشرفية والجميلية في مدينة عفرين", "قريتي X وY بريف حلب": the container named
    # after the last member of a و-list holds every member (right to left, so it reaches
    # the first). Not the ends of a stretch: in "الطريق بين بغداد وكركوك قرب طوزخورماتو"
    # the road, not Baghdad, is near Tuz Khurmatu.
    for ai in range(len(mentions) - 2, -1, -1):
        a, b = mentions[ai], mentions[ai + 1]
        if (a.container is None and b.container is not None and a.m.end == b.m.start
                and b.m.prefix.startswith("و")
                and not (a.cue_start and _strip(toks[a.cue_start - 1].norm) == "بين")):
            a.container = b.container


def _key_strong(key: str, rows: tuple[int, ...]) -> bool:
    return _per_key(_KEY_STRONG, key, rows, _rows_strong)


def _rows_strong(key: str, rows: tuple[int, ...]) -> bool:
    return any(_row_strong(_row(r), key) for r in rows)


def _is_strong(mt: _Mention) -> bool:
    """A mention that needs no context to be believed a place."""
    if mt.feature or mt.near:
        return True
    return _key_strong(mt.m.key, mt.m.rows)


def _row_strong(info: _Row, key: str) -> bool:
    """A gazetteer row well enough attested to be taken from a bare name: a country, a
    province, a curated place, or a town of some size (larger far from the region rasid
    codes, where the Arabic spelling is a transliteration that may be a common word)."""
    if len(key) - key.count(" ") < 3:
        return False
    if info.strong is None:  # curated
        return " " in key or len(key) >= 4
    return info.strong


def _weak_ok(mt: _Mention, info: _Row, country, anchors, cont_row) -> bool:
    """A village-only name without a cue counts when the story is in its country and it
    lies near a place the story names, or its container is given."""
    if cont_row is not None:
        return True
    key = mt.m.key
    if len(key) - key.count(" ") < 5 or not country or info.country != country:
        return False
    return any(_km(info, a) <= NEAR_KM for a in anchors)


def _best_memo(memo: dict, mt: _Mention, country, anchors, cont_row, strict: bool = False) -> int | None:
    k = (mt.m.key, mt.feature, mt.near is not None, strict, cont_row.row if cont_row is not None else -1)
    if k in memo:
        return memo[k]
    r = memo[k] = _best(mt, country, anchors, cont_row, strict)
    return r


def _best(mt: _Mention, country, anchors, cont_row, strict: bool = False) -> int | None:
    rows = mt.m.rows
    key = mt.m.key
    if len(rows) == 1:
        info = _row(rows[0])
        if not (strict and not _row_strong(info, key)):
            return None if (info.feature == "country" and mt.feature) else rows[0]
    if not mt.feature:
        # "جنوب لبنان": a country's own name is the country (not a town abroad called so)
        # unless a town cue says otherwise ("مدينة لبنان")
        for r in rows:
            if _row(r).feature == "country":
                return r
    best, best_score = None, -1e9
    ok_feats = cues().compatible.get(mt.feature) if mt.feature else None
    for r in rows:
        info = _row(r)
        feat = info.feature
        if feat == "country" and mt.feature:
            continue
        if strict and not _row_strong(info, key):
            continue
        score = info.logpop
        if country and info.country == country:
            score += 3
        if ok_feats is not None:
            if feat in ok_feats:
                score += 3
            elif not (feat == "village" and info.pop == 0 and mt.feature in _TOWN_CUES):
                score -= 3  # (a source's "village" of unknown size may be a town: "مدينة أريحا")
        elif feat in ADMIN and feat != "country":
            if any(_row(o).country == info.country and _row(o).feature in POPULATED for o in rows if o != r):
                score -= 1  # a bare name means the town more often than the district named after it
            elif feat == "admin1":
                score += 2  # "غربي الأنبار": a province, not a village abroad that shares its name
        if mt.near and feat in POPULATED:
            score += 0.5
        if cont_row is not None:
            if info.parent == cont_row.id:
                score += 6
            d = _km(info, cont_row)
            score += 5 if d <= 30 else 2 if d <= 100 else -2
        if anchors:
            d = min((_km(info, a) for a in anchors if a is not info), default=0.0)
            score += 2 if d <= 30 else 1 if d <= 150 else 0
            if d > FAR_KM and country and info.country != country and feat not in ("country", "admin1"):
                score -= 3  # an ambiguous name prefers the story's country and places
        if info.curated:
            score += 0.3
        if score > best_score:
            best, best_score = r, score
    return best


STORY_CITY_MIN_POP = 100_000


def _story_city(mentions: list[_Mention], country: str | None, norms: list[str]) -> None:
    """A bare country name that is also a city of another country ("عمان": Oman, and
    Amman) is that city in a story about its country: by the story's places, else by
    its people's adjective ("تظاهر مئات الأردنيين في عمان"). "سلطنة عمان" is another
    name and stays the country."""
    named = [mt for mt in mentions if mt.row is not None and not mt.feature
             and _row(mt.row).feature == "country" and _country_and_city(mt.m.key, mt.m.rows)]
    if not named:
        return
    votes = Counter(_row(mt.row).country for mt in mentions
                    if mt.row is not None and _row(mt.row).feature != "country")
    people = country or (votes.most_common(1)[0][0] if votes else None) or _nisba_country(norms)
    for mt in named:
        if people and people != _row(mt.row).country:
            # a notable city only: "تركيا" and "قطر" are also Syrian villages, and a Syria
            # story names the states far more often than the villages
            cities = [r for r in mt.m.rows if _row(r).country == people and _row(r).feature in POPULATED
                      and _row(r).pop >= STORY_CITY_MIN_POP]
            if cities:
                mt.row = max(cities, key=lambda r: _row(r).logpop)


def _one_reading(mentions: list[_Mention], country: str, c: Cues) -> None:
    """A name the article reads in the story's country after a cue or inside a place
    that contains it is that place wherever it recurs: "بلدة أريحا ... في محافظة ادلب"
    then "مدينة أريحا" is still the Syrian town, not Jericho. A later cue only says the
    name is a place, which the first reading already is. Kept apart: a
    mention whose cue does not fit the story reading, or whose container rules it out
    ("حي الحديدة في دمشق" may be a quarter of Damascus)."""
    home: dict[str, int] = {}
    for mt in mentions:
        if mt.row is not None and (mt.container is not None or mt.feature) and _row(mt.row).country == country \
                and _row(mt.row).feature != "country":
            home.setdefault(mt.m.key, mt.row)  # read after a cue or inside a place that contains it
    if not home:
        return
    for mt in mentions:
        r = home.get(mt.m.key)
        if r is None or mt.row is None or mt.row == r or _row(mt.row).country == country \
                or _row(mt.row).feature == "country" or mt.container is not None:
            continue
        info = _row(r)
        if mt.feature and info.feature not in c.compatible.get(mt.feature, (info.feature,)) \
                and not (info.feature == "village" and mt.feature in _TOWN_CUES):
            continue
        mt.row = r


def _country_and_city(key: str, rows: tuple[int, ...]) -> bool:
    """Does the name stand for a country and for a city in another country? (Kept per
    key: asked of every bare country name, ~7 an article, each over all its rows.)"""
    return _per_key(_COUNTRY_CITY, key, rows, _rows_country_and_city)


_COUNTRY_CITY: dict[str, tuple] = {}


def _rows_country_and_city(key: str, rows: tuple[int, ...]) -> bool:
    infos = [_row(r) for r in rows]
    states = {i.country for i in infos if i.feature == "country"}
    return bool(states) and any(i.feature in POPULATED and i.country not in states for i in infos)


def _stray(mt: _Mention, info: _Row, country: str, anchors, c: Cues) -> bool:
    """A place in another country than the story's that its wording does not support:
    a small town named bare far from every place of the story ("المالكية" in a south
    Lebanon story is not the Syrian town 400 km away), or a cue of another kind ("ساحة
    النور" is a square, not the Iranian town Nur). A cue of the right kind still says
    only that the word is a place, not which: "منطقة الشعب" in a Baghdad story is not
    the Israeli village Sha'av, so the distance test applies to cued names too. A near
    cue exempts a town, not a landmark: "في محيط القصر الجمهوري" in a Taiz story is
    Taiz's palace, not Khartoum's (every capital has one)."""
    if info.country == country or info.feature in ("country", "admin1"):
        return False
    if mt.feature:
        ok = c.compatible.get(mt.feature)
        if ok is not None and info.feature not in ok and not _row_strong(info, mt.m.key):
            return True
    if (mt.near and info.feature != "landmark") or not anchors or info.pop >= FAR_MAX_POP:
        return False
    return min((_km(info, a) for a in anchors if a is not info), default=0.0) > FAR_KM


_REACH = {"neighbourhood": 8, "camp": 10, "prison": 5, "city": 30, "town": 20, "village": 15}


_DIRECTIONS = ("شمال", "جنوب", "شرق", "غرب")


def _beside(mt: _Mention, info: _Row, cont: _Mention, cont_row: _Row) -> bool:
    """"في مدينة كركوك شمال بغداد", "مدينة النجف جنوبي العاصمة بغداد": a town told by its
    direction from another (Y after a direction word) lies beside Y, not in it, often
    100-400 km away; Y is only a reference point. The town stays when its reading is a
    city of Y's country (100,000 people or more), or a town of some size written with
    its own name ("قضاء سنجار غرب الموصل"); a village, or a town met by another of its
    names, far from Y is another place the gazetteer lacks ("الشومرية شرقي درعا" is no
    Homs village, "حصيبة الشرقية شرق الرمادي" not Al Qaim, once called Husaybah)."""
    if cont.near is None or not cont.near.startswith(_DIRECTIONS):
        return False  # ("X قرب Y", "X في ريف Y" are near Y: the 100 km reach holds)
    if info.country != cont_row.country or info.feature not in POPULATED:
        return False
    return info.pop >= STORY_CITY_MIN_POP or (
        _row_strong(info, mt.m.key) and name_key(load().place(info.row).name_ar) == mt.m.key)


@lru_cache(maxsize=1)
def _admin1_names() -> frozenset:
    """ACLED admin-1 names (a source's native name, "Shabeellaha Dhexe", is not one)."""
    g = load()
    c = g._col
    return frozenset(r[c["admin1"]] for r in g._rows if r[c["feature"]] == "admin1")


def _inside(p: _Row, container: _Row, countryside: bool = False) -> bool:
    """Could `p` lie in `container` (or in its countryside, "ريف Y")?"""
    if p.parent == container.id:
        return True
    if container.feature == "country":
        return p.country == container.country
    if container.feature == "admin1" and p.admin1 in _admin1_names() and p.country == container.country:
        return p.admin1 == container.admin1
    limit = 100 if countryside else _REACH.get(container.feature, 150)
    return _km(p, container) <= limit


def _precision(feature: str, near: str | None) -> int:
    # a region named as part of a country ("شمال العراق") is as wide as a province
    if feature in ("admin1", "country", "region"):
        return 3
    if near or feature in ("admin2", "admin3", "area", "mountain"):
        return 2
    return 1


def _hit(doc: Doc, g: Gazetteer, mt: _Mention, mentions: list[_Mention]) -> PlaceHit:
    place = g.place(mt.row)
    toks = doc.tokens
    nstart = toks[mt.m.start].nstart + mt.m.cut
    span = doc.span(nstart, toks[mt.m.end - 1].nend)
    loc = Location(place, _precision(place.feature, mt.near), span, g.label(place.id))
    cont = mentions[mt.container].row if mt.container is not None else None
    cue = mt.near or mt.feature
    return PlaceHit(mt.m.start, mt.m.end, loc, cue, _row(cont).id if cont is not None else None)


_ANA: dict[str, tuple] = {}


def _ana_word(w: str) -> tuple:
    """(stripped word, feature) when `w` is a definite place noun ("للسجن"), else ()."""
    ent = _ANA.get(w)
    if ent is None:
        if not w.endswith(_ana_endings()):
            return ()  # not kept: the word flag (`_is_anaphor`) remembers it for every word
        c = cues()
        s = _strip(w)
        ent = (s, c.anaphora[s]) if s in c.anaphora else ()
        if len(_ANA) > _WORD_CACHE_MAX:
            _ANA.clear()
        _ANA[w] = ent
    return ent


@lru_cache(maxsize=1)
def _anaphor_flag() -> int:
    """The word flag of the definite place nouns (`_ana_word` is not empty)."""
    return wordflags.register_surfaces(cues().anaphora, _is_anaphor)


def _is_anaphor(w: str) -> bool:
    return bool(_ana_word(w))


@lru_cache(maxsize=1)
def _ana_endings() -> tuple[str, ...]:
    return tuple(w[2:] for w in cues().anaphora)  # "السجن" → "سجن" also ends "للسجن"


_ANA_COMPAT = {"city": {"city", "town"}, "town": {"town", "village", "city"}}


_SETTLED = frozenset({"city", "town", "village"})  # "المدينة"، "البلدة"، "القرية"


def _anaphora(doc: Doc, g: Gazetteer, c: Cues, mentions: list[_Mention], norms: list[str]) -> list[PlaceHit]:
    """"السجن"/"المخيم"/"الحي" alone → the last place of that feature named before it."""
    resolved = [mt for mt in mentions if mt.row is not None]
    if not resolved:
        return []
    out = []
    covered = set()
    for mt in mentions:
        covered.update(range(mt.cue_start, mt.m.end))
    first_end = resolved[0].m.end  # no antecedent can precede
    toks = doc.tokens
    for i in wordflags.tokens_with(doc, _anaphor_flag()):
        if i < first_end:
            continue
        tok = toks[i]
        ent = _ANA.get(tok.norm) or _ana_word(tok.norm)
        if tok.index in covered:
            continue
        word, feat = ent
        ok = _ANA_COMPAT.get(feat, {feat})
        ante = None
        for mt in resolved:
            if mt.m.end > tok.index:
                break
            # (the cheap identity tests first: the key of `near` only for the antecedent's container)
            if ante is not None and ante.container is not None and mentions[ante.container] is mt \
                    and feat in _SETTLED and mt.near is not None and normalize_key(mt.near) in c.countryside:
                continue  # "مدينة خان شيخون في ريف إدلب ... في المدينة": the city, not its countryside
            if _row(mt.row).feature in ok or (mt.feature in ok and mt.feature != "area"):
                ante = mt
        if ante is None:
            continue
        _, near, _ = _cue_before(doc, tok.index)
        place = g.place(ante.row)
        nstart = tok.nend - len(word) if tok.norm.endswith(word) else tok.nstart
        span = doc.span(nstart, tok.nend)
        loc = Location(place, _precision(place.feature, near), span, g.label(place.id))
        out.append(PlaceHit(tok.index, tok.index + 1, loc, near or "anaphora", None))
    return out


def article_country(doc: Doc) -> str | None:
    """The ACLED country most of the article's places are in (country names count half)."""
    votes: Counter = Counter()
    for h in find_places(doc):
        votes[h.location.place.country] += 0.5 if h.location.place.feature == "country" else 1
    return votes.most_common(1)[0][0] if votes else None
