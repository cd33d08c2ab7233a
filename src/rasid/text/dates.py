"""Resolve date expressions against the publication date.

ACLED codes the day an event happened, not the day it was reported, and Arabic news
mostly says "صباح اليوم الخميس", "مساء أمس" or "الجمعة الماضية" rather than a date.
So each expression is resolved against `published`, with ACLED's time_precision
(1 day, 2 week, 3 month). The conventions chosen where usage is ambiguous are
written at the top of data/dates.yaml.

One pass over the tokens turns every date word into an element (a dict look-up on
the token surface, proclitics included); runs of adjacent elements form a phrase,
and each phrase is parsed once. `date_token_ranges` exposes which tokens a date
consumed so `rasid.text.numbers` does not count the 27 of "27 كانون الثاني".
Nothing here raises on odd input: contradictions ("أمس الثلاثاء" published on a
Thursday) come back as a TimeRef with `warning` set.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from rasid.lexicon.data import load_yaml
from rasid.model import Article, Doc, TimeRef, quick_init
from rasid.text import wordflags
from rasid.text.normalize import normalize_key
from rasid.text.numbers import compile_phrases, match_phrase, token_span
from rasid.text.segment import bare_word as _bare


@quick_init
@dataclass(frozen=True)
class DateHit:
    """A resolved date expression at tokens [tok_start, tok_end)."""

    tok_start: int
    tok_end: int
    time: TimeRef


@quick_init
@dataclass(frozen=True)
class _El:
    """One date word (or digit token) at tokens [start, end)."""

    start: int
    end: int
    kind: str  # rel period weekday month part mod ord ymark gsuf hsuf lead bridge num numdate
    value: object
    prefix: str = ""


@quick_init
@dataclass(frozen=True)
class _Phrase:
    """A parsed, not yet resolved, date phrase."""

    start: int
    end: int
    kind: str  # explicit | year | rel | period | weekday
    day: int | None = None
    month: int | None = None
    year: int | None = None
    hijri: bool = False
    weekday: int | None = None
    offset: int | None = None
    period: tuple | None = None
    part: str | None = None
    direction: str | None = None  # past | next | current


# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def calendar_words() -> tuple[frozenset, frozenset]:
    """(the first word of each Gregorian month name, each weekday name), normalised as
    token norms are: what a date can open with, for rules that ask it of one word
    ("منذ 30 آذار", "منذ يوم الثلاثاء": events/triggers._since_point)."""
    d = load_yaml("dates.yaml")
    months = frozenset(normalize_key(n.split()[0]) for names in d["months"]["gregorian"].values() for n in names)
    weekdays = frozenset(normalize_key(w) for names in d["weekdays"].values() for w in names)
    return months, weekdays


@lru_cache(maxsize=1)
def _table() -> dict:
    """All date words of data/dates.yaml in one phrase table (see numbers.compile_phrases)."""
    d = load_yaml("dates.yaml")
    entries: list[tuple[str, tuple]] = []
    for r in d["relative_days"]:
        entries += [(w, ("rel", (r["offset"], r.get("part")))) for w in r["words"]]
    for r in d["relative_periods"]:
        entries += [(w, ("period", (r["unit"], r["back"]))) for w in r["words"]]
    for cal, months in d["months"].items():
        for m, names in months.items():
            entries += [(w, ("month", (int(m), cal == "hijri"))) for w in names]
    support = {normalize_key(w) for w in d["weekdays_need_support"]}
    for wd, names in d["weekdays"].items():
        entries += [(w, ("weekday", (int(wd), normalize_key(w) in support))) for w in names]
    for part, words in d["parts_of_day"].items():
        entries += [(w, ("part", part)) for w in words]
    units = {int(k): v for k, v in d["ordinal_units"].items()}
    tens = {int(k): v for k, v in d["ordinal_tens"].items()}
    for n, words in units.items():
        for w in words:
            entries.append((w, ("ord", n)))
            entries.append((f"{w} عشر", ("ord", 10 + n)))
            for t in (20, 30):
                if t + n <= 31:
                    for tw in tens[t]:
                        entries.append((f"{w} و{tw}", ("ord", t + n)))
    for t, words in tens.items():
        entries += [(w, ("ord", t)) for w in words]
    for mod, words in d["modifiers"].items():
        entries += [(w, ("mod", mod)) for w in words]
    entries += [(w, ("ymark", None)) for w in d["year_markers"]]
    entries += [(w, ("gsuf", None)) for w in d["gregorian_suffix"]]
    entries += [(w, ("hsuf", None)) for w in d["hijri_suffix"]]
    entries += [(w, ("lead", None)) for w in d["fillers"]["lead"]]
    entries += [(w, ("bridge", None)) for w in d["fillers"]["bridge"]]
    return compile_phrases(entries)


@lru_cache(maxsize=1)
def _day_noun_after() -> frozenset:
    """Prepositions after which "اليوم" is the noun "day" (dates.yaml day_noun_after)."""
    return frozenset(normalize_key(w) for w in load_yaml("dates.yaml").get("day_noun_after") or [])


@lru_cache(maxsize=1)
def _name_heads() -> frozenset:
    """Nouns a date after which is a name (dates.yaml name_heads): "مدينة العاشر من رمضان"
    is a town, "جسر 6 أكتوبر" a bridge; the day they recall is no event's day."""
    return frozenset(normalize_key(w) for w in load_yaml("dates.yaml").get("name_heads") or [])


@lru_cache(maxsize=1)
def _today_words() -> frozenset:
    """The one-word names of the publication day ("اليوم")."""
    return frozenset(normalize_key(w) for r in load_yaml("dates.yaml")["relative_days"]
                     if r["offset"] == 0 and not r.get("part") for w in r["words"] if " " not in w)


_NUMDATE = re.compile(r"^(\d{1,4})[./](\d{1,2})[./](\d{1,4})$")
_DIGITS = re.compile(r"^[وفب]?(\d{1,4})$")


@lru_cache(maxsize=1)
def _element_starts() -> int:
    """The word flag of the surfaces at which a date element may start: a phrase of
    the table or a number."""
    table = _table()
    return wordflags.register(lambda w: w in table or w[-1].isdigit())


# kinds that make no date on their own: a run of fewer than three elements all of
# these kinds is no phrase
_FILLERS = ("num", "bridge", "lead", "ord", "mod")


def _elements(doc: Doc) -> list[_El]:
    """The date elements of a Doc, left to right. An element of a filler kind with no
    element right before or after it ("في", "من", a lone number: most of them) would
    be a run of its own and dropped, so it is left out here."""
    toks = doc.tokens
    table = _table()
    out: list[_El] = []
    n = len(toks)
    starts = _element_starts()  # registered (on first use) before the flags are read
    flags = wordflags.token_flags(doc)
    lone = _lone_fillers(table)
    append = out.append
    last_end = -1  # where the last element kept ends (out[-1].end)
    i = 0
    # only the tokens that can start an element, visited in order as a token-by-token
    # scan would (the others are passed over either way)
    for c in wordflags.tokens_with(doc, _element_starts()):
        if c < i:
            continue
        i = c
        norm = toks[i].norm
        filler = lone.get(norm)  # first: most candidates (no lone word ends in a digit)
        if filler is not None:  # ("في", "من": kept only next to another element)
            if last_end == i or (i + 1 < n and flags[i + 1] & starts):
                append(_El(i, i + 1, *filler))
                last_end = i + 1
            i += 1
            continue
        if norm[-1].isdigit():
            m = _DIGITS.match(norm)
            if m:
                if last_end == i or (i + 1 < n and flags[i + 1] & starts):
                    append(_El(i, i + 1, "num", m.group(1)))
                    last_end = i + 1
            elif _NUMDATE.match(norm):
                append(_El(i, i + 1, "numdate", _NUMDATE.match(norm).groups()))
                last_end = i + 1
            i += 1
            continue
        if norm in table:
            hit = match_phrase(table, toks, i)
            if hit is not None:
                end, (kind, value), prefix = hit
                if kind == "rel" and end == i + 1 and not prefix and norm in _today_words() and (
                        (i > 0 and toks[i - 1].sentence == toks[i].sentence
                         and toks[i - 1].norm in _day_noun_after())
                        or (end < n and toks[end].norm in _anchored_table()[2])):
                    # "لساعات محدودة في اليوم", "اليوم التالي": the noun "day", not today
                    i = end
                    continue
                if kind not in _FILLERS or last_end == i or (end < n and flags[end] & starts):
                    append(_El(i, end, kind, value, prefix))
                    last_end = end
                i = end
                continue
        i += 1
    return out


_LONE: list = [None, {}]  # the phrase table, its lone fillers


def _lone_fillers(table: dict) -> dict:
    """The words of `table` that start no phrase but their own one-word phrase of a
    filler kind ("في", "من": ~11 an article), as word → (kind, value, proclitic):
    _elements keeps one only next to another element, which it can tell without
    matching a phrase there. Made once per table."""
    if _LONE[0] is not table:
        lone = {}
        for w, cands in table.items():
            if len(cands) == 1 and not cands[0][0] and cands[0][1][0] in _FILLERS and not w[-1].isdigit():
                (kind, value), prefix = cands[0][1], cands[0][2]
                lone[w] = (kind, value, prefix)
        _LONE[:] = [table, lone]
    return _LONE[1]


def _runs(doc: Doc, els: list[_El]) -> list[list[_El]]:
    """Group adjacent elements of one sentence; a و-prefixed anchor after an anchor
    starts a new run ("أمس الأربعاء واليوم الخميس" is two dates)."""
    toks = doc.tokens
    runs: list[list[_El]] = []
    cur: list[_El] = []
    for el in els:
        if cur and (
            el.start != cur[-1].end
            or toks[el.start].sentence != toks[cur[-1].start].sentence
            or (el.prefix.startswith("و") and el.kind in ("rel", "weekday", "period") and
                any(c.kind in ("rel", "weekday", "period", "month") for c in cur))
        ):
            runs.append(cur)
            cur = []
        cur.append(el)
    if cur:
        runs.append(cur)
    return runs


def _sep(doc: Doc, a: _El, b: _El) -> str:
    return doc.text[doc.tokens[a.start].end:doc.tokens[b.start].start].strip()


def _parse(doc: Doc, run: list[_El]) -> _Phrase | None:
    """Read one run of date elements into a _Phrase, or None if it is not a date."""
    used: set[int] = set()
    f: dict = {}
    k = len(run)

    def nxt(p, skip_bridge=True):
        q = p + 1
        while skip_bridge and q < k and run[q].kind == "bridge" and run[q].value is None and \
                doc.tokens[run[q].start].norm == "من":
            q += 1
        return q if q < k else None

    p = 0
    while p < k:
        el = run[p]
        kind = el.kind
        if kind == "numdate":
            a, b, c = (int(x) for x in el.value)
            d, m, y = (c, b, a) if len(el.value[0]) == 4 else (a, b, c)
            if 1 <= d <= 31 and 1 <= m <= 12 and y > 1900:
                f.update(day=d, month=m, year=y, explicit=True)
                used.add(p)
        elif kind == "num":
            # 15/01/2022 or 2022-01-15 as three tokens
            if p + 2 < k and run[p + 1].kind == run[p + 2].kind == "num" and \
                    _sep(doc, el, run[p + 1]) in ("/", "-", ".") and _sep(doc, run[p + 1], run[p + 2]) in ("/", "-", "."):
                vals = [int(run[p + j].value) for j in range(3)]
                d, m, y = (vals[2], vals[1], vals[0]) if len(run[p].value) == 4 else vals
                if 1 <= d <= 31 and 1 <= m <= 12 and y > 1900:
                    f.update(day=d, month=m, year=y, explicit=True)
                    used.update((p, p + 1, p + 2))
                    p += 3
                    continue
                hijri_next = p + 3 < k and run[p + 3].kind == "hsuf"
                if 1 <= d <= 30 and 1 <= m <= 12 and 1300 <= y <= 1500 and hijri_next:
                    # "الموافق 15 / 10 / 1436 هـ": a Hijri date written in digits
                    f.update(day=d, month=m, year=y, hijri=True, explicit=True)
                    used.update((p, p + 1, p + 2, p + 3))
                    p += 4
                    continue
            q = nxt(p)
            v = int(el.value)
            if q is not None and run[q].kind == "month" and 1 <= v <= 31 and "day" not in f:
                f["day"] = v
                used.add(p)
            elif p > 0 and run[p - 1].kind in ("month", "ymark") and len(el.value) in (3, 4) and "year" not in f:
                f["year"] = v
                used.add(p)
                if run[p - 1].kind == "ymark":
                    used.add(p - 1)
            elif p + 1 < k and run[p + 1].kind in ("gsuf", "hsuf") and len(el.value) in (3, 4) \
                    and not run[p + 1].prefix:  # "155 كم" is kilometres, not ك + م (AD)
                f["year"] = v
                used.add(p)
        elif kind == "ord":
            q = nxt(p)
            if q is not None and run[q].kind == "month" and "day" not in f:
                f["day"] = el.value
                used.add(p)
        elif kind == "month":
            m, hijri = el.value
            supported = (
                "day" in f
                or (p + 1 < k and run[p + 1].kind in ("num", "mod", "month"))
                or (p > 0 and run[p - 1].kind == "lead" and doc.tokens[run[p - 1].start].norm.endswith("شهر"))
            )
            if supported and "month" not in f:
                f.update(month=m, hijri=hijri, explicit=True)
                used.add(p)
                if p > 0 and run[p - 1].kind == "lead":
                    used.add(p - 1)
            elif "month" in f and f["month"] == m and not hijri:
                used.add(p)  # "كانون الثاني/يناير": the same month twice
        elif kind in ("gsuf", "hsuf"):
            if p > 0 and p - 1 in used and run[p - 1].kind == "num" and not el.prefix:
                used.add(p)
                if kind == "hsuf":
                    f["hijri"] = True
        elif kind == "rel":
            if "offset" not in f:
                f["offset"], part = el.value
                if part:
                    f["part"] = part
                used.add(p)
        elif kind == "period":
            f.setdefault("period", el.value)
            used.add(p)
        elif kind == "weekday":
            wd, needs = el.value
            ok = not needs or (
                (p > 0 and run[p - 1].kind in ("lead", "part", "rel"))
                or (p + 1 < k and run[p + 1].kind in ("mod", "num", "ord", "weekday"))
                or _weekday_slot(doc, el.start)
                or not _the_two(doc, el.start)
            )
            if ok and "weekday" not in f:
                f["weekday"] = wd
                used.add(p)
            elif ok:
                used.add(p)  # ليل الاثنين الثلاثاء: keep the first night
        elif kind == "part":
            f.setdefault("part", el.value)
            used.add(p)
        elif kind == "mod":
            if p > 0 and run[p - 1].kind in ("weekday", "month") and p - 1 in used or (
                p > 1 and run[p - 1].kind == "num" and p - 1 in used
            ):
                f.setdefault("direction", el.value)
                used.add(p)
        p += 1

    if f.get("explicit") and "month" in f:
        kind = "explicit"
    elif "year" in f and "month" not in f:
        kind = "year"
    elif "offset" in f:
        kind = "rel"
    elif "period" in f:
        kind = "period"
    elif "weekday" in f:
        kind = "weekday"
    else:
        return None
    if kind != "year":
        # a bare part of the day belongs to the phrase; so do lead words before it
        for p, el in enumerate(run):
            if el.kind == "part":
                used.add(p)
    lo, hi = min(used), max(used)
    while lo > 0 and run[lo - 1].kind == "lead":
        lo -= 1
    # keep the bridges and leads inside the phrase ("في وقت مبكر من صباح اليوم")
    while lo > 0 and run[lo - 1].kind in ("lead", "bridge") and any(
        run[q].kind == "lead" for q in range(0, lo)
    ):
        lo -= 1
    while lo < hi and run[lo].kind == "bridge":
        lo += 1
    return _Phrase(
        run[lo].start, run[hi].end, kind,
        day=f.get("day"), month=f.get("month"), year=f.get("year"), hijri=f.get("hijri", False),
        weekday=f.get("weekday"), offset=f.get("offset"), period=f.get("period"),
        part=f.get("part"), direction=f.get("direction"),
    )


_last_phrases: tuple = (None, ())


def _phrases(doc: Doc) -> tuple[_Phrase, ...]:
    """The date phrases of a Doc. The numbers finder and `find_dates` both need
    them: the last Doc's are kept so the second asks nothing more."""
    global _last_phrases
    last = _last_phrases
    if last[0] is doc:
        return last[1]
    out = _find_phrases(doc)
    _last_phrases = (doc, out)
    return out


def _find_phrases(doc: Doc) -> tuple[_Phrase, ...]:
    out = []
    for run in _runs(doc, _elements(doc)):
        if len(run) < 3 and all(el.kind in _FILLERS for el in run):
            continue
        ph = _parse(doc, run)
        if ph is not None:
            out.append(ph)
    return tuple(out)


def date_token_ranges(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Token ranges [start, end) consumed by date phrases (for the number finder)."""
    return tuple((p.start, p.end) for p in _phrases(doc))


# ---------------------------------------------------------------------------
# Resolution
# ---------------------------------------------------------------------------


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """The tabular (arithmetical) Islamic calendar, which agrees with Umm al-Qura to
    within a day or two: good enough for ACLED day precision of reported dates."""
    jdn = (11 * year + 3) // 30 + 354 * year + 30 * month - (month - 1) // 2 + day + 1948440 - 385
    return date.fromordinal(jdn - 1721425)


def gregorian_to_hijri_year(d: date) -> int:
    y = int((d.year - 622) * 33 / 32)
    while hijri_to_gregorian(y + 1, 1, 1) <= d:
        y += 1
    while hijri_to_gregorian(y, 1, 1) > d:
        y -= 1
    return y


def _safe_date(y: int, m: int, d: int, hijri: bool) -> date | None:
    try:
        if hijri:
            return hijri_to_gregorian(y, m, min(d, 30))
        return date(y, m, d)
    except ValueError:
        return None


def _previous_weekday(pub: date, wd: int) -> date:
    return pub - timedelta(days=(pub.weekday() - wd) % 7)


def _resolve(ph: _Phrase, pub: date, doc: Doc) -> TimeRef | None:
    span = token_span(doc, ph.start, ph.end - 1)
    warning = None
    if ph.kind == "explicit":
        day = ph.day or 15
        precision = 1 if ph.day else 3
        relative = ph.year is None
        if ph.year is not None:
            d = _safe_date(ph.year, ph.month, day, ph.hijri)
        else:
            y = gregorian_to_hijri_year(pub) if ph.hijri else pub.year
            d = _safe_date(y, ph.month, day, ph.hijri)
            month_later = d is not None and d > pub and (ph.day or d.month != pub.month or ph.hijri)
            if d is None or month_later:
                d = _safe_date(y - 1, ph.month, day, ph.hijri)
        if d is None:
            return None
        if ph.hijri and ph.weekday is not None and ph.day and d.weekday() != ph.weekday:
            # the tabular Hijri calendar can be a day or two off the sighted one: a weekday
            # named beside the date settles it ("اليوم الجمعة الموافق 15/10/1436 هـ")
            for shift in (-1, 1, -2, 2):
                if (d + timedelta(days=shift)).weekday() == ph.weekday:
                    d = d + timedelta(days=shift)
                    break
        if ph.weekday is not None and ph.day and d.weekday() != ph.weekday:
            warning = "weekday does not match the date; the date was kept"
        if d > pub and precision == 1:
            warning = "date after publication"
        return TimeRef(span, d, precision, ph.part, relative, warning)
    if ph.kind == "year":
        y = ph.year
        if ph.hijri or y < 1600:
            d = hijri_to_gregorian(y, 7, 1)
        else:
            d = date(y, 7, 1)
        return TimeRef(span, d, 3, None, False, "date after publication" if y > pub.year else None)
    if ph.kind == "rel":
        d = pub + timedelta(days=ph.offset)
        if ph.weekday is not None and d.weekday() != ph.weekday:
            # "اليوم الجمعة" in an article stamped Saturday: publication dates of crawled
            # news often lag the text by a day or two, and the named weekday is the
            # writer's own; it wins when it is at most three days back
            back = (d.weekday() - ph.weekday) % 7
            if back <= 3:
                d = d - timedelta(days=back)
                warning = "weekday disagrees with the relative day; the weekday was kept (the publication date may lag)"
            else:
                warning = "weekday disagrees with the relative day; the relative day was kept"
        if ph.offset > 0:
            warning = "date after publication"
        return TimeRef(span, d, 1, ph.part, True, warning)
    if ph.kind == "period":
        unit, back = ph.period
        if unit == "week":
            return TimeRef(span, pub - timedelta(days=7 * back), 2, ph.part, True)
        if unit == "month":
            m, y = pub.month - back, pub.year
            while m < 1:
                m, y = m + 12, y - 1
            return TimeRef(span, date(y, m, 15), 3, None, True)
        if back == 0:  # "هذا العام": some day between new year and publication
            start = date(pub.year, 1, 1)
            return TimeRef(span, start + (pub - start) / 2, 3, None, True)
        return TimeRef(span, date(pub.year - back, 7, 1), 3, None, True)
    if ph.kind == "weekday":
        d = _previous_weekday(pub, ph.weekday)
        if ph.direction == "next":
            d = pub + timedelta(days=(ph.weekday - pub.weekday()) % 7 or 7)
            warning = "date after publication"
        return TimeRef(span, d, 1, ph.part, True, warning)
    return None


def find_dates(doc: Doc, published: date) -> tuple[DateHit, ...]:
    """Every date expression of the document, resolved against `published`; then the
    days told from the last date before them (`_anchored`)."""
    out = []
    heads = _name_heads()
    toks = doc.tokens
    for ph in _phrases(doc):
        if ph.start > 0 and (toks[ph.start - 1].norm in heads or _bare(toks[ph.start - 1].norm) in heads):
            continue  # "مدينة السادس من أكتوبر", "شارع 26 يوليو": a name, not a day
        ref = _resolve(ph, published, doc)
        if ref is not None:
            out.append(DateHit(ph.start, ph.end, ref))
    if out and wordflags.tokens_with(doc, _anchored_table()[3]):
        out = _anchored(doc, out, published)
    return tuple(out)


@lru_cache(maxsize=1)
def _anchored_table() -> tuple:
    """(opening words → -1 before / +1 after, gap words → days, the word after
    "اليوم" → days, the flag of a gap's first word or of that word), from
    dates.yaml anchored_days."""
    d = load_yaml("dates.yaml")["anchored_days"]
    sides = {tuple(normalize_key(w).split()): sign for key, sign in (("before", -1), ("after", 1))
             for w in d[key]}
    gaps = {tuple(normalize_key(w).split()): int(n) for n, words in d["gaps"].items() for w in words}
    day = {normalize_key(w): off for key, off in (("day_after", 1), ("day_before", -1), ("same_day", 0))
           for w in d[key]}
    bit = wordflags.register_words({g[0] for g in gaps} | set(day))
    return sides, gaps, day, bit


_NOT_FROM = frozenset({"الذي", "التي", "من", "عندما", "حين"})


def _anchored(doc: Doc, hits: list[DateHit], published: date) -> list[DateHit]:
    """"والخميس الماضي اغتيلت عارضة الأزياء ...، وقبلها بيومين اغتيلت ناشطة": a
    distance told from "then" ("قبلها بيومين", "بعد ذلك بيوم", "في اليوم التالي", "في
    اليوم نفسه") dates its clause from the last date the text told before it, which
    must be a day (precision 1); an anchored day may anchor the next. "في اليوم التالي
    لاختفائه" and "في اليوم نفسه الذي" count from an event the clause names, not from a
    date: no date (the clause keeps what it had)."""
    sides, gaps, day, bit = _anchored_table()
    toks = doc.tokens
    n = len(toks)
    out = list(hits)
    for i in wordflags.tokens_with(doc, bit):
        s = toks[i].sentence
        norm = toks[i].norm
        start = end = None
        offset = 0
        if norm in day and i > 0 and toks[i - 1].norm in ("اليوم", "واليوم") and toks[i - 1].sentence == s:
            nx = toks[i + 1].norm if i + 1 < n and toks[i + 1].sentence == s else ""
            if nx in _NOT_FROM or (nx.startswith("ل") and nx not in ("لم", "لن", "لا")):
                continue
            start, end, offset = i - 1, i + 1, day[norm]
            if start > 0 and toks[start - 1].norm in ("في", "وفي") and toks[start - 1].sentence == s:
                start -= 1
        else:
            for g, days in gaps.items():
                k = len(g)
                if i + k <= n and tuple(t.norm for t in toks[i:i + k]) == g and toks[i + k - 1].sentence == s:
                    for side, sign in sides.items():
                        j = len(side)
                        if i - j >= 0 and toks[i - j].sentence == s and \
                                tuple(t.norm for t in toks[i - j:i]) == side:
                            start, end, offset = i - j, i + k, sign * days
                            break
                    if start is not None:
                        break
        if start is None:
            continue
        before = [h for h in out if h.tok_end <= start]
        if not before or any(h.tok_start < end and start < h.tok_end for h in out):
            continue
        anchor = max(before, key=lambda h: h.tok_end)
        if anchor.time.time_precision != 1:
            continue
        d = anchor.time.date + timedelta(days=offset)
        ref = TimeRef(token_span(doc, start, end - 1), d, 1, None, True,
                      "date after publication" if d > published else None)
        out.append(DateHit(start, end, ref))
        out.sort(key=lambda h: h.tok_start)
    return out


def resolve_phrase(phrase: str, published: date) -> TimeRef | None:
    """The first date of a short phrase (a convenience for tests and the REPL)."""
    from rasid.text.document import make_doc

    hits = find_dates(make_doc(Article("phrase", phrase, published)), published)
    return hits[0].time if hits else None


@lru_cache(maxsize=1)
def _the_two_words() -> tuple[frozenset, frozenset]:
    """(the words after which الاثنين is "the two", the words before which it is),
    from dates.yaml."""
    d = load_yaml("dates.yaml")
    return (frozenset(normalize_key(w) for w in d["the_two_after"]),
            frozenset(normalize_key(w) for w in d["the_two_before"]))


def _the_two(doc: Doc, i: int) -> bool:
    """Is الاثنين at token i "the two" rather than Monday? After "بين"/"كلا"/"هذين"
    ("المقارنة بين الاثنين"), after a definite noun ending in ين that is no nisba (the
    dual or plural it counts: "حبس الضابطين الاثنين"; "قتلت القوات المحتجين الفلسطينيين
    الاثنين" is Monday), or before "الآخرين"/"معا" ("ونجاة الاثنين الآخرين")."""
    toks = doc.tokens
    after, before = _the_two_words()
    s = toks[i].sentence
    if i + 1 < len(toks) and toks[i + 1].sentence == s and toks[i + 1].norm in before:
        return True
    if i == 0 or toks[i - 1].sentence != s or _punct_before(doc, i):
        return False
    w = toks[i - 1].norm
    return w in after or ("ال" in w[:3] and w.endswith("ين") and not w.endswith("يين"))


def _punct_before(doc: Doc, i: int) -> bool:
    """A comma or stop between token i and the word before it."""
    return any(ch in doc.text[doc.tokens[i - 1].end:doc.tokens[i].start] for ch in "،,.:؛;")


def _weekday_slot(doc: Doc, i: int) -> bool:
    """"والاثنين اقتحمت القوات", "حرر الجيش المنطقة، الاثنين، وبذلك": الاثنين opening
    its sentence or set off by commas is Monday, not "the two"."""
    toks = doc.tokens
    if i + 1 >= len(toks) or toks[i + 1].sentence != toks[i].sentence:
        return False  # a clause must follow: "الاثنين" alone is not a date
    if i == 0 or toks[i - 1].sentence != toks[i].sentence:
        return True
    before = doc.text[toks[i - 1].end:toks[i].start]
    after = doc.text[toks[i].end:toks[i + 1].start] if i + 1 < len(toks) else ""
    return any(ch in before for ch in "،,") and any(ch in after for ch in "،,")
