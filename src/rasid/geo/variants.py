"""Places named in a spelling the gazetteer does not hold.

Arabic writes foreign and local names by ear: Kismayo is كسمايو or كيسمايو, Nangarhar
ننكرهار or ننغرهار, with long vowels added or dropped and g written ك, غ, ج or ق. A
name that no gazetteer spelling matches is tried once more by its consonant skeleton
(those letters folded, long vowels after the first letter dropped), but only where the
text itself says a place follows (a feature word: "بلدة", "إقليم", "مدينة") and only
inside the country the article is about, where one place must answer. The skeleton
is coarse, so everything else stays with the exact look-up.
"""
from __future__ import annotations

from functools import lru_cache

from rasid.geo.gazetteer import Gazetteer, _country_name
from rasid.geo.names import name_key
from rasid.model import Doc, Location

_FOLD = str.maketrans({"غ": "ك", "ق": "ك", "ج": "ك", "ة": "ه", "ى": "ي"})
_VOWELS = frozenset("اويءئؤأإآ")
MIN_SKELETON = 3  # consonants: shorter skeletons match too many names


def skeleton(key: str) -> str:
    """كيسمايو → كسم، ننكرهار → ننكره‍ر: the name's consonants (first letter kept)."""
    key = key.translate(_FOLD)
    return key[:1] + "".join(ch for ch in key[1:] if ch not in _VOWELS)


@lru_cache(maxsize=1)
def _index(g: Gazetteer) -> dict[tuple[str, str], tuple[int, ...]]:
    """(country, skeleton) → rows, over the single-word Arabic keys of every place that
    is not a country."""
    out: dict[tuple[str, str], list[int]] = {}
    kcol, ccol, fcol = g._col["keys"], g._col["country"], g._col["feature"]
    for i, row in enumerate(g._rows):
        if row[fcol] == "country":
            continue
        seen = set()
        for k in row[kcol].split("|"):
            if " " in k or not k or not ("\u0600" <= k[0] <= "\u06ff"):
                continue
            sk = skeleton(k)
            if len(sk) >= MIN_SKELETON and sk not in seen:
                seen.add(sk)
                out.setdefault((row[ccol], sk), []).append(i)
    return {k: tuple(v) for k, v in out.items()}


def _adjective(word: str) -> bool:
    """A relative adjective (نسبة) by its ending: "رئيسية", "الإيراني", "البريطانية".
    Real names with those endings are spelt as the gazetteer spells them or not tried."""
    return word.endswith(("يه", "يون", "يين")) or (word.endswith("ي") and word.startswith("ال"))


def variant_hits(doc: Doc, g: Gazetteer, hits, country: str | None, cue_tokens, skip_words,
                 precision, hit_type):
    """PlaceHits for single-word names right after a settlement or province word (the
    token indices `cue_tokens`) that no exact look-up resolved, when their skeleton names
    exactly one place in `country`. (The caller passes its PlaceHit type and precision
    rule: this module sits below geo.resolve.)"""
    if country is None or not cue_tokens:
        return []
    cname = _country_name(country)
    idx = _index(g)
    toks = doc.tokens
    covered = {i for h in hits for i in range(h.tok_start, h.tok_end)}
    out = []
    for i in cue_tokens:
        if i + 1 >= len(toks) or i + 1 in covered or toks[i + 1].sentence != toks[i].sentence:
            continue
        if toks[i].norm.startswith("ال") or "ال" in toks[i].prefix:
            continue  # "المدينة الكبيرة", "المحافظة توجد": a definite noun takes adjectives, not names
        word = toks[i + 1].norm
        if len(word) < 4 or word in skip_words or _adjective(word) or name_key(word) in skip_words:
            continue  # "رئيسية", "التركي": adjectives; "مدينة الشعب": a common word with its article
        where = cname
        if i + 2 < len(toks) and toks[i + 2].sentence == toks[i].sentence:
            from rasid.geo.countries import country_by_nisba

            info = country_by_nisba(toks[i + 2].norm)  # "بولاية تكساس الأمريكية": the name's own country
            if info is not None:
                where = _country_name(info.name)
        rows = idx.get((where, skeleton(name_key(word))), ())
        if len(rows) != 1:
            continue  # unknown, or ambiguous even inside the country: leave it
        place = g.place(rows[0])
        span = doc.raw_span(toks[i + 1].start, toks[i + 1].end)
        loc = Location(place, precision(place.feature, None), span, g.label(place.id))
        out.append(hit_type(i + 1, i + 2, loc, "variant", None))
    return out
