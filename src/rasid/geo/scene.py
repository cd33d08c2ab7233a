"""Place names in an event's sentence that are not where the event happened.

A capital named bare as the subject of a verb of stating is its government speaking
("اتهمت موسكو"); the country across a border or behind a force is not the scene
("على مقربة من الحدود مع الأردن", "الموالية لإيران"); nor is where a force was heading
("تعزيزات كانت متجهة إلى محافظة تعز"). The resolver finds such names as places, rightly;
whether one is the event's scene depends on the words around it, which is decided here
before the events take their places. The word lists are in data/cues.yaml.
"""
from __future__ import annotations

from functools import lru_cache

from rasid.geo.countries import is_capital
from rasid.lexicon.data import cue_words


def elsewhere(doc, hit, places=()) -> bool:
    """True when the place `hit` is named as a neighbour, ally or patron, a country at
    the end of a border with a part of another, or a destination: not the scene of an
    event told in its sentence. A place named as a government is no scene either, but
    it names a side, so callers ask `government` apart. `places` are the article's
    place hits in text order (the other end of a border is one of them)."""
    return neighbour(doc, hit) or destination(doc, hit) or (bool(places) and border_end(doc, hit, places))


def border_end(doc, hit, places) -> bool:
    """"قرب الحدود بين إسرائيل وقطاع غزة", "على الحدود بين محافظة إدلب وتركيا": when a
    border is told by its two ends, a country and a part of another country (a region,
    province or town), what happens at it happens on the part's side, as a report
    names the border of the place it is about; the country is no scene. Two countries
    ("الحدود بين سوريا ولبنان") are left as they are."""
    if hit.location.place.feature != "country":
        return False
    toks = doc.tokens
    i = hit.tok_start
    first = i >= 2 and toks[i - 1].norm == "بين"
    if not first and toks[i].norm[:1] != "و":
        return False  # (most country names: the cheap test first)
    k = next((n for n, p in enumerate(places) if p is hit), None)
    if k is None:
        return False
    borders = cue_words("border_words")
    if first and _bare_word(toks[i - 2].norm) in borders:
        other = places[k + 1] if k + 1 < len(places) else None  # "بين إسرائيل وقطاع غزة"
        return other is not None and other.tok_start == hit.tok_end and toks[other.tok_start].norm[:1] == "و" \
            and other.location.place.feature != "country" and other.location.place.country != hit.location.place.country
    other = places[k - 1] if k else None  # "بين قطاع غزة وإسرائيل"
    if first or other is None or other.tok_end != i or other.location.place.feature == "country":
        return False
    j = other.tok_start
    return j >= 2 and toks[j - 1].norm == "بين" and _bare_word(toks[j - 2].norm) in borders \
        and other.location.place.country != hit.location.place.country


@lru_cache(maxsize=1)
def _capitals() -> frozenset:
    from rasid.geo.countries import all_countries
    return frozenset((c.name, c.capital) for c in all_countries())


def government(doc, hit) -> bool:
    """"الذي تصنفه أنقرة تنظيماً إرهابياً", "اتهمت موسكو": a capital named bare (no
    preposition or cue) as the subject of a verb of stating or deciding is its
    government speaking, not a place where the event happened."""
    place = hit.location.place
    if hit.cue or not (place.feature == "country" or (place.country, place.name) in _capitals()):
        return False
    toks = doc.tokens
    tok = toks[hit.tok_start]
    if _posting(doc, hit):
        return True
    if _hit_preposed(doc, hit):
        return False
    verbs = _verbs()
    sent = tok.sentence
    start = hit.tok_start
    after = toks[hit.tok_end] if hit.tok_end < len(toks) and toks[hit.tok_end].sentence == sent else None
    if after is not None and after.norm in verbs and not tok.prefix.startswith("و"):
        return True  # "موسكو تتهم"
    # "تصنفه أنقرة والاتحاد الأوروبي والولايات المتحدة": back to the verb over names only
    # (the word lists fetched once, not per word)
    preps = cue_words("place_prepositions")
    text = doc.text
    for j in range(start - 1, max(-1, start - 7), -1):
        w = toks[j]
        wn = w.norm
        if w.sentence != sent or wn in preps or _preposed(w):
            return False
        if wn in verbs or (wn[1:] in verbs and wn[0] in "وف"):
            return True
        if j == start - 1:
            if len(wn) >= 5 and wn.endswith(("تها", "ته", "تهم")) and not w.prefix:
                return True  # "عملية عسكرية بدأتها أنقرة": the capital is the verb's subject
            if j > 0 and toks[j - 1].norm in ("الذي", "التي", "الذين") \
                    and wn.endswith(("ه", "ها", "هم")) and wn[:1] in ("ت", "ي"):
                return True  # "التحالف الذي تقوده الولايات المتحدة": who leads it, not where
        gap = text[w.end:toks[j + 1].start]
        if "،" in gap or "," in gap:
            return False
        if j == start - 1 and wn in cue_words("subject_complementisers") and place.feature == "country":
            return True  # "إن الولايات المتحدة قلقة", "أن إسرائيل قصفت": the clause's subject
        if not wn.startswith(("و", "ال")) or wn in ("ان", "وان"):
            return False  # only over other names of the list ("والاتحاد الأوروبي"), not "قال مسؤولون إن"
    return False


@lru_cache(maxsize=1)
def _verbs() -> frozenset:
    """Verbs whose bare subject is a government: of stating and deciding, and of armed
    action ("قصفت إسرائيل قطاع غزة", "شنت الولايات المتحدة وفرنسا غارات": who struck,
    not where)."""
    return cue_words("government_verbs") | cue_words("acting_verbs")


def _posting(doc, hit) -> bool:
    """"سفير السعودية في الولايات المتحدة", "السفير الروسي في دمشق": where a diplomat is
    posted (a diplomatic title up to three words before في) is no scene."""
    toks = doc.tokens
    i = hit.tok_start
    if i < 2 or toks[i - 1].norm != "في" and not (toks[i].prefix[:1] == "ب" and i >= 1):
        return False
    k = i - 1 if toks[i - 1].norm == "في" else i
    titles = cue_words("diplomatic_titles")
    return any(toks[j].sentence == toks[i].sentence and (toks[j].norm in titles or _bare_word(toks[j].norm) in titles)
               for j in range(max(0, k - 3), k))


def neighbour(doc, hit) -> bool:
    """"على مقربة من الحدود مع الأردن": the country across the border is not where the
    event was; nor is the patron or ally in "الموالية لإيران", "المدعومة من تركيا",
    "المتحالفة مع إيران", also named by its capital ("الفصائل الموالية لأنقرة", "المدعومة
    من طهران"), nor the country of a national team ("ومنتخب بوليفيا") or of a flag ("سفينة
    تحمل علم النرويج")."""
    place = hit.location.place
    country = place.feature == "country"
    if not country and not (place.feature == "city" and is_capital(place)):
        return False
    toks = doc.tokens
    i = hit.tok_start
    if i < 1:
        return False
    allegiance = cue_words("allegiance_words")
    before = toks[i - 1].norm
    if before in allegiance:
        return True  # "المدعومين من إيران" written with من (or "الموالية لإيران")
    if country and (before in cue_words("team_words") or _bare_word(before) in cue_words("team_words")):
        return True  # "مباراة بين منتخب بلادهم ومنتخب بوليفيا": a national team, not the scene
    if country and before in cue_words("flag_words"):
        return True  # "اعتراض سفينة تحمل علم النرويج": the ship's flag, not where it was stopped
    if i >= 2 and before in ("من", "مع") and toks[i - 2].norm in allegiance:
        return True  # "المدعومة من تركيا", "المتحالفة مع إيران"
    return country and i >= 2 and before == "مع" and _bare_word(toks[i - 2].norm) in cue_words("border_words")


def destination(doc, hit) -> bool:
    """"تعزيزات كانت متجهة إلى محافظة تعز": where a force was heading is not where the
    event was (a cue word such as محافظة may stand between)."""
    toks = doc.tokens
    sent = toks[hit.tok_start].sentence
    if hit.tok_end < len(toks) and toks[hit.tok_end].norm in ("حيث", "وحيث") and toks[hit.tok_end].sentence == sent:
        # "كانت في طريقها إلى أبين حيث استهدفتها غارة": حيث goes on to what happened there
        return False
    heading = cue_words("heading_prepositions")
    for j in range(hit.tok_start - 1, max(0, hit.tok_start - 3) - 1, -1):
        if toks[j].sentence != sent:
            return False
        if toks[j].norm in heading:
            return j >= 1 and (_bare_word(toks[j - 1].norm) in cue_words("heading_words") or _moved_from(doc, j))
    return False


_MOVE_REACH = 6  # words from the movement noun to the heading preposition


def _moved_from(doc, j: int) -> bool:
    """"إجلاء مئات المقاتلين من دوما إلى جرابلس", "الاتفاق على خروجه إلى منطقة جرابلس":
    "إلى" (at j) a few words after a movement noun ends the move; where they went is
    not where the event (the evacuation, the deal) was."""
    toks = doc.tokens
    sent = toks[j].sentence
    moves = cue_words("movement_words")
    return any(toks[m].sentence == sent and (toks[m].norm in moves or _bare_word(toks[m].norm) in moves)
               for m in range(max(0, j - _MOVE_REACH), j))


def _bare_word(w: str) -> str:
    """و/ب/ل off a word of five letters or more ("والحدود" → "الحدود")."""
    return w[1:] if w[:1] in ("و", "ب", "ل") and len(w) > 4 else w


def _hit_preposed(doc, hit) -> bool:
    """`_preposed` for the word of a place name, judged by the letters before the name
    itself: in "وبريطانيا" the ب is the name's ("وب" is not a prefix of it)."""
    tok = doc.tokens[hit.tok_start]
    before = doc.text[tok.start:hit.location.span.start]
    if before.endswith("ال"):
        before = before[:-2]
    return any(ch in before for ch in "بلك")


def _preposed(tok) -> bool:
    """A preposition clitic (ب ل ك) on the word: "بأنقرة" is where, not who."""
    p = tok.prefix
    if not p:
        return False  # (most words)
    if p.endswith("ال"):
        p = p[:-2]
    return "ب" in p or "ل" in p or "ك" in p
