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

geo_precision follows ACLED: 1 the place itself; 2 near it / its countryside / a part of
it ("ريف حلب", "شمال الرقة", "قرب X", "محيط X") or a district; 3 only the province
(coded at the provincial capital's coordinates) or the country.
Location.label is ACLED's `location`: the place's name, or "City - Place" for a
neighbourhood, camp, prison, roundabout ... inside a town (see Gazetteer.label).
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from rasid.geo.gazetteer import ADMIN, POPULATED, Gazetteer, load
from rasid.geo.names import name_key, word_variants
from rasid.model import Doc, Location, Place
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
    max_cue_words: int


@lru_cache(maxsize=1)
def cues() -> Cues:
    raw = yaml.safe_load(resources.files("rasid").joinpath("data/place_cues.yaml").read_text("utf-8"))
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
        max_cue_words=max(len(w.split()) for w in list(feature) + list(near)),
    )


@lru_cache(maxsize=1)
def _arabic_keys() -> tuple[dict[str, tuple[int, ...]], dict[str, int]]:
    """Name key → gazetteer rows (Arabic-script keys only: what running text can match),
    and first word → most words of a name starting with it (to skip hopeless joins)."""
    g = load()
    cue_words = {w for w in cues().feature if " " not in w}
    out: dict[str, tuple[int, ...]] = {}
    first: dict[str, int] = {}
    for key, rows in g.keys():
        if key and "\u0600" <= key[0] <= "\u06ff":
            words = key.split(" ")
            if len(words) > MAX_WORDS:
                continue
            if words[0] in cue_words and all(g.feature(r) in ("admin2", "admin3") for r in rows):
                continue  # "مدينة إدلب" listed on the district: let the cue pick the town
            out[key] = tuple(rows)
            first[words[0]] = max(first.get(words[0], 1), len(words))
    return out, first


@lru_cache(maxsize=200_000)
def _variants(word: str) -> tuple[tuple[int, str], ...]:
    return word_variants(word)


# ----------------------------------------------------------------------------- matching
@dataclass(frozen=True)
class _Match:
    start: int  # token indices of the name
    end: int
    cut: int  # normalised characters of proclitics before the name
    key: str
    rows: tuple[int, ...]
    prefix: str  # proclitics on the first token (raw normalised letters)


_CUE_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


def _strip(word: str) -> str:
    """A cue word without proclitics: 'بحي' → 'حي', 'وبمدينة' → 'مدينه', 'للسجن' → 'السجن'."""
    words = _cue_words()
    if word in words:
        return word
    for p in _CUE_PROCLITICS:
        if word.startswith(p):
            rest = word[len(p):]
            if rest in words:
                return rest
            if p.endswith("ل") and rest.startswith("ل") and "ا" + rest in words:
                return "ا" + rest  # للسجن = ل + السجن
    return word


@lru_cache(maxsize=1)
def _cue_words() -> frozenset:
    c = cues()
    words = set()
    for phrase in list(c.feature) + list(c.near) + list(c.link) + list(c.anaphora):
        words.update(phrase.split())
    return frozenset(words)


def _matches(doc: Doc) -> list[_Match]:
    keys, first = _arabic_keys()
    toks = doc.tokens
    norms = [t.norm for t in toks]
    n = len(toks)
    out: list[_Match] = []
    i = 0
    while i < n:
        best = None
        sent = toks[i].sentence
        variants = _variants(norms[i])
        longest = max((first.get(v, 0) for _, v in variants), default=0)
        for k in range(min(longest, n - i), 0, -1):
            if toks[i + k - 1].sentence != sent:
                continue
            tail = " " + " ".join(norms[i + 1:i + k]) if k > 1 else ""
            for cut, v in variants:
                rows = keys.get(v + tail)
                if rows:
                    word = norms[i]
                    if cut >= 2 and word[cut - 2:cut] == "ال":
                        cut -= 2  # the article belongs to the name as written
                    best = _Match(i, i + k, cut, v + tail, rows, word[:cut])
                    break
            if best:
                break
        if best:
            out.append(best)
            i = best.end
        else:
            i += 1
    return out


def _cue_before(doc: Doc, start: int) -> tuple[str | None, str | None, int]:
    """(feature, near phrase, first cue token) read from the words before `start`."""
    c = cues()
    toks = doc.tokens
    feature = near = None
    first = start
    j = start
    # feature cue right before the name, possibly preceded by a near cue ("ريف مدينة X")
    for _ in range(2):
        found = False
        for w in range(min(c.max_cue_words, j), 0, -1):
            if toks[j - w].sentence != toks[start].sentence:
                continue
            words = [_strip(toks[j - w].norm)] + [toks[x].norm for x in range(j - w + 1, j)]
            phrase = " ".join(words)
            if feature is None and near is None and phrase in c.feature:
                feature, first, j, found = c.feature[phrase], j - w, j - w, True
                break
            if near is None and phrase in c.near:
                near, first, j, found = phrase, j - w, j - w, True
                break
        if not found:
            break
    return feature, near, first


def _near_after(doc: Doc, end: int) -> str | None:
    c = cues()
    toks = doc.tokens
    for w in (2, 1):
        if end + w <= len(toks) and toks[end + w - 1].sentence == toks[end - 1].sentence:
            phrase = " ".join(t.norm for t in toks[end:end + w])
            if phrase in c.near_after:
                return phrase
    return None


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


def find_places(doc: Doc, country: str | None = None) -> tuple[PlaceHit, ...]:
    """Every place mention in `doc`, resolved in context, in text order."""
    g = load()
    c = cues()
    mentions = _collect(doc, g, c)
    if not mentions:
        return ()
    _link_containers(doc, mentions, c)
    # pass 1: anchors
    for mt in mentions:
        mt.strong = _is_strong(g, mt, c)
    anchors = [mt for mt in mentions if mt.strong and len(_countries(g, mt.m.rows)) == 1]
    if country is None:
        votes = Counter()
        for mt in anchors:
            votes[g.country_of(mt.m.rows[0])] += 1
        country = votes.most_common(1)[0][0] if votes else None
    else:
        from rasid.geo.gazetteer import _country_name

        country = _country_name(country)
    anchor_places = list({r: g.place(r) for mt in anchors
                          if (r := _best(g, mt, country, [], None, strict=not (mt.feature or mt.near))) is not None
                          and g.feature(r) not in ("country", "admin1")}.values())
    # pass 2: right to left so containers come first
    for mt in reversed(mentions):
        cont = mentions[mt.container].row if mt.container is not None else None
        cont_place = g.place(cont) if cont is not None else None
        cued = bool(mt.feature or mt.near)
        row = _best(g, mt, country, anchor_places, cont_place, strict=not cued)
        if row is None and not cued:
            row = _best(g, mt, country, anchor_places, cont_place)
            if row is not None and not _weak_ok(g, mt, row, country, anchor_places, cont_place):
                row = None
        cont_near = mt.container is not None and mentions[mt.container].near is not None
        if row is not None and cont_place is not None and not _inside(g.place(row), cont_place, cont_near):
            row = None  # "منطقة X بحي Y": an X far from Y is another X; Y locates the event
        if row is None:
            continue
        mt.row = row
    hits = []
    for idx, mt in enumerate(mentions):
        if mt.row is None:
            continue
        hits.append(_hit(doc, g, mt, mentions))
    hits.extend(_anaphora(doc, g, c, mentions))
    hits.sort(key=lambda h: h.tok_start)
    return tuple(hits)


def _collect(doc: Doc, g: Gazetteer, c: Cues) -> list[_Mention]:
    out: list[_Mention] = []
    prev: _Mention | None = None
    for m in _matches(doc):
        feature, near, first = _cue_before(doc, m.start)
        if near is None and _near_after(doc, m.end):
            near = _near_after(doc, m.end)
        # a coordinated list keeps its cue: "أحياء غويران والزهور والعزيزية"
        if (feature is None and prev is not None and prev.feature and prev.m.end == m.start
                and m.prefix.startswith("و")):
            feature = prev.feature
        if m.key in c.stop and feature is None:
            prev = None
            continue
        if _adjective_not_country(g, doc, m):
            prev = None
            continue
        mt = _Mention(m, feature, near, first)
        out.append(mt)
        prev = mt
    return out


def _adjective_not_country(g: Gazetteer, doc: Doc, m: _Match) -> bool:
    """"السورية"/"التركية" are adjectives (الحكومة السورية), while the country is written
    "سورية"/"تركيا" without the article: a country-only match whose article is not part
    of the country's name is no place."""
    if not all(g.feature(r) == "country" for r in m.rows):
        return False
    word = doc.tokens[m.start].norm[m.cut:]
    has_al = word.startswith("ال") or (m.prefix.endswith("ل") and word.startswith("ل"))
    return has_al and not any(g.place(r).name_ar.startswith("ال") for r in m.rows)


def _link_containers(doc: Doc, mentions: list[_Mention], c: Cues) -> None:
    """Mark B as A's container when only link words ("في", "ب", "الواقع ب", "التابعة ل"),
    cue words or direction words stand between mention A and the following mention B."""
    toks = doc.tokens
    position = {id(m): i for i, m in enumerate(mentions)}
    for a, b in zip(mentions, mentions[1:]):
        if toks[a.m.end - 1].sentence != toks[b.m.start].sentence:
            continue
        between = [_strip(t.norm) for t in toks[a.m.end:b.cue_start]]
        if len(between) > 3:
            continue
        linked = b.m.prefix.endswith(("ب", "ل")) or (b.cue_start < b.m.start and
                                                     toks[b.cue_start].norm[:1] in ("ب", "ل"))
        if between:
            phrase = " ".join(between)
            if phrase in c.link or all(w in c.link or w in _cue_words() for w in between):
                linked = True
            else:
                linked = False
        if b.near and not between:
            linked = True  # "X جنوب Y" / "X شمالي Y"
        if linked:
            a.container = position[id(b)]


def _countries(g: Gazetteer, rows) -> set[str]:
    return {g.country_of(r) for r in rows}


def _is_strong(g: Gazetteer, mt: _Mention, c: Cues) -> bool:
    """A mention that needs no context to be believed a place."""
    if mt.feature or mt.near:
        return True
    return any(_row_strong(g, r, mt.m.key) for r in mt.m.rows)


def _row_strong(g: Gazetteer, r: int, key: str) -> bool:
    """A gazetteer row well enough attested to be taken from a bare name: a country, a
    province, a curated place, or a town of some size (larger far from the region rasid
    codes, where the Arabic spelling is a transliteration that may be a common word)."""
    if len(key.replace(" ", "")) < 3:
        return False
    feat = g.feature(r)
    if feat in ("country", "admin1"):
        return True
    if g.row_id(r).startswith("cur:"):
        return " " in key or len(key) >= 4
    pop = g.population(r)
    country = g.country_of(r)
    if country in _CORE:
        return pop >= STRONG_POPULATION
    if country in _REGION:
        return pop >= 20000
    if country in _NEIGHBOURS:
        return pop >= 500000
    return pop >= 300000


def _weak_ok(g, mt, row, country, anchors, cont_place) -> bool:
    """A village-only name without a cue counts when the story is in its country and it
    lies near a place the story names, or its container is given."""
    if cont_place is not None:
        return True
    key = mt.m.key
    if len(key.replace(" ", "")) < 5 or not country or g.country_of(row) != country:
        return False
    p = g.place(row)
    return any(_km(p, a) <= NEAR_KM for a in anchors)


def _best(g: Gazetteer, mt: _Mention, country, anchors, cont_place, strict: bool = False) -> int | None:
    c = cues()
    if len(mt.m.rows) == 1 and not (strict and not _row_strong(g, mt.m.rows[0], mt.m.key)):
        r = mt.m.rows[0]
        return None if (g.feature(r) == "country" and mt.feature) else r
    best, best_score = None, -1e9
    ok_feats = c.compatible.get(mt.feature) if mt.feature else None
    for r in mt.m.rows:
        feat = g.feature(r)
        if feat == "country" and mt.feature:
            continue
        if strict and not _row_strong(g, r, mt.m.key):
            continue
        score = math.log10(g.population(r) + 1) / 2
        if country and g.country_of(r) == country:
            score += 3
        if ok_feats is not None:
            score += 3 if feat in ok_feats else -3
        elif feat in ADMIN and feat != "country":
            score -= 1  # a bare name means the town more often than the district
        if mt.near and feat in POPULATED:
            score += 0.5
        p = None
        if cont_place is not None:
            p = g.place(r)
            if p.parent == cont_place.id:
                score += 6
            d = _km(p, cont_place)
            score += 5 if d <= 30 else 2 if d <= 100 else -2
        if anchors:
            p = p or g.place(r)
            d = min(_km(p, a) for a in anchors)
            score += 2 if d <= 30 else 1 if d <= 150 else 0
        if g._rows[r][0].startswith("cur:"):
            score += 0.3
        if score > best_score:
            best, best_score = r, score
    return best


def _inside(p: Place, container: Place, countryside: bool = False) -> bool:
    """Could `p` lie in `container` (or in its countryside, "ريف Y")?"""
    if p.parent == container.id:
        return True
    reach = {"neighbourhood": 8, "camp": 10, "prison": 5, "city": 30, "town": 20, "village": 15}
    limit = 100 if countryside else reach.get(container.feature, 150)
    return _km(p, container) <= limit


def _km(a: Place, b: Place) -> float:
    p = math.pi / 180
    h = (math.sin((b.lat - a.lat) * p / 2) ** 2
         + math.cos(a.lat * p) * math.cos(b.lat * p) * math.sin((b.lon - a.lon) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


def _precision(feature: str, near: str | None) -> int:
    if feature in ("admin1", "country"):
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
    return PlaceHit(mt.m.start, mt.m.end, loc, cue, g.place(cont).id if cont is not None else None)


@lru_cache(maxsize=1)
def _ana_endings() -> tuple[str, ...]:
    return tuple(w[2:] for w in cues().anaphora)  # "السجن" → "سجن" also ends "للسجن"


def _anaphora(doc: Doc, g: Gazetteer, c: Cues, mentions: list[_Mention]) -> list[PlaceHit]:
    """"السجن"/"المخيم"/"الحي" alone → the last place of that feature named before it."""
    out = []
    resolved = [mt for mt in mentions if mt.row is not None]
    covered = set()
    for mt in mentions:
        covered.update(range(mt.cue_start, mt.m.end))
    compat = {"city": {"city", "town"}, "town": {"town", "village", "city"}}
    for tok in doc.tokens:
        if tok.index in covered:
            continue
        if not tok.norm.endswith(_ana_endings()):
            continue
        word = _strip(tok.norm)
        if word not in c.anaphora:
            continue
        feat = c.anaphora[word]
        ok = compat.get(feat, {feat})
        ante = None
        for mt in resolved:
            if mt.m.end > tok.index:
                break
            if g.feature(mt.row) in ok or (mt.feature in ok and mt.feature != "area"):
                ante = mt
        if ante is None:
            continue
        feature, near, _ = _cue_before(doc, tok.index)
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
