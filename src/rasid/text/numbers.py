"""Find counts in the text: digits, number words, dual nouns and vague amounts.

A count feeds ACLED's `fatalities`, so it must be conservative and explainable:
"أكثر من 45" is 45 with no upper bound, "بين 60 و90" keeps both bounds, عشرات is 12
as ACLED codes "dozens". Numbers that belong to a date, a year or a clock time are
not counts of people; `find_quantities` skips every token a date pattern consumed
(see `rasid.text.dates.date_token_ranges`) so casualty code never reads "27" in
"27 كانون الثاني" as 27 dead.

Speed matters (every article passes here), so every word list is compiled once into
a dict keyed by the *full* token surface, proclitics included (وعشرون, بالآلاف):
one dict look-up per token, no regex per word list.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from rasid.lexicon.data import load_yaml
from rasid.model import Article, Doc, Quantity, Token, quick_init
from rasid.text import wordflags
from rasid.text.normalize import normalize_key

# ---------------------------------------------------------------------------
# Phrase tables shared by the text-layer recognisers (numbers, dates, casualties)
# ---------------------------------------------------------------------------

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")


def surface_forms(word: str, article: bool = True, preps: bool = True) -> dict[str, str]:
    """Every written form of a normalised word with proclitics attached, mapped to the
    proclitic string: "الخميس" → {"الخميس": "", "والخميس": "و", "للخميس": "ل", ...}.

    Expanding the keys once at load time is what lets a recogniser do a single dict
    look-up per token instead of stripping prefixes at run time. `article` also adds
    the ال forms (also to words that start with ال, such as آلاف → الآلاف);
    `preps` allows ب ل ك (otherwise only و ف)."""
    bases = [word]
    if article:
        bases.append("ال" + word)
    out: dict[str, str] = {}
    for conj in _CONJ:
        for prep in _PREP if preps else ("",):
            for base in bases:
                if prep == "ل" and base.startswith("ال"):
                    form = conj + "ل" + base[1:]  # ل + الخميس → للخميس
                else:
                    form = conj + prep + base
                out.setdefault(form, conj + prep)
    return out


def compile_phrases(
    entries: Iterable[tuple[str, Any]], article: bool = False, preps: bool = True
) -> dict[str, tuple[tuple[tuple[str, ...], Any, str], ...]]:
    """Index phrases by every surface form of their first word. Value: tuple of
    (rest words, payload, proclitic), longest phrase first. Later words must match
    exactly (they carry no proclitics in practice: "ما لا يقل عن")."""
    index: dict[str, list[tuple[tuple[str, ...], Any, str]]] = {}
    for surface, payload in entries:
        words = normalize_key(surface).split()
        if not words:
            continue
        for form, prefix in surface_forms(words[0], article, preps).items():
            index.setdefault(form, []).append((tuple(words[1:]), payload, prefix))
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in index.items()}


def token_span(doc: Doc, first: int, last: int):
    """Raw Span from the start of token `first` to the end of token `last`, taking
    in trailing diacritics and tatweel (مساءَ أمسِ, الـ) that normalisation dropped, so
    evidence shows the word as it was written."""
    text = doc.text
    s, e = doc.tokens[first].start, doc.tokens[last].end
    n = len(text)
    while e < n and (text[e] in _MARKS):
        e += 1
    return doc.raw_span(s, e)


_MARKS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640")


def match_phrase(table: dict, toks: tuple[Token, ...], i: int) -> tuple[int, Any, str] | None:
    """Longest phrase of `table` starting at token i, within one sentence:
    (end token index, payload, proclitic) or None."""
    cands = table.get(toks[i].norm)
    if not cands:
        return None
    n = len(toks)
    sent = toks[i].sentence
    # the next word of this sentence, if any: most candidates (a first word such as
    # "في" starts dozens of phrases) fail on their second word, tested first
    second = toks[i + 1].norm if i + 1 < n and toks[i + 1].sentence == sent else None
    for rest, payload, prefix in cands:
        if not rest:
            return i + 1, payload, prefix
        if rest[0] != second:
            continue
        k = len(rest)
        if i + k >= n:
            continue
        ok = True
        for j in range(2, k + 1):
            t = toks[i + j]
            if t.norm != rest[j - 1] or t.sentence != sent:
                ok = False
                break
        if ok:
            return i + 1 + k, payload, prefix
    return None


# ---------------------------------------------------------------------------
# Number tables
# ---------------------------------------------------------------------------


@quick_init
@dataclass(frozen=True)
class QuantityHit:
    """A count found at tokens [tok_start, tok_end)."""

    tok_start: int
    tok_end: int
    quantity: Quantity


@dataclass(frozen=True)
class _Word:
    kind: str  # unit | teen | tens | hundred | hundreds | scale | scale_dual | scale_plural
    value: int


@dataclass(frozen=True)
class _Tables:
    words: dict  # surface → (_Word, prefix); one entry per form
    vague: dict  # phrase table → int
    cues: dict  # phrase table → "approx" | "at_least" | "at_most" | "range" | "article"
    post: dict  # phrase table → "approx" | "at_least"  (after the number)
    joins: frozenset
    duals: dict  # surface → (noun as listed, prefix)
    year_markers: frozenset
    time_markers: frozenset
    percent: dict


def _keys(words) -> list[str]:
    return [normalize_key(str(w)) for w in words]


@lru_cache(maxsize=1)
def tables() -> _Tables:
    """Compile data/numbers.yaml once per process."""
    data = load_yaml("numbers.yaml")
    bare = set(_keys(data["bare_only"]))
    words: dict[str, tuple[_Word, str]] = {}

    def add(form: str, w: _Word):
        restricted = form in bare
        for surf, prefix in surface_forms(form, article=not restricted, preps=not restricted).items():
            words.setdefault(surf, (w, prefix))

    for kind, key in (("tens", "tens"), ("hundreds", "hundreds")):
        for value, forms in data[key].items():
            k = "hundred" if int(value) == 100 else kind
            for f in _keys(forms):
                add(f, _Word(k, int(value)))
    for value, forms in data["units"].items():
        for f in _keys(forms):
            add(f, _Word("unit", int(value)))
    for f in _keys(data["teen"]):
        words.setdefault(f, (_Word("teen", 10), ""))  # bare "عشر" after a unit
    for value, group in data["scales"].items():
        for kind in ("singular", "dual", "plural"):
            for f in _keys(group[kind]):
                add(f, _Word({"singular": "scale", "dual": "scale_dual", "plural": "scale_plural"}[kind], int(value)))

    duals: dict[str, tuple[str, str]] = {}
    for noun in data["dual_nouns"]:
        key = normalize_key(noun)
        stem = key[:-1] + "ت" if key.endswith("ه") else key  # غاره → غارتين
        for suffix in ("ين", "ان"):
            for surf, prefix in surface_forms(stem + suffix).items():
                duals.setdefault(surf, (noun, prefix))
    for noun in data.get("nominative_dual_nouns") or []:
        # "قتل متظاهران": the nominative dual (-ان) of a noun with a sound plural is
        # unambiguous; only its -ين form is spelled like the plural
        for surf, prefix in surface_forms(normalize_key(noun) + "ان").items():
            duals.setdefault(surf, (noun, prefix))
    cues = compile_phrases(
        [(p, "approx") for p in data["approx"]]
        + [(p, "at_least") for p in data["at_least"]]
        + [(p, "at_most") for p in data["at_most"]]
        + [(p, "range") for p in data["range_open"]]
        + [(p, "article") for p in data["article"]],
        preps=False,
    )
    post = compile_phrases(
        [(p, "approx") for p in data["approx_after"]] + [(p, "at_least") for p in data["at_least_after"]],
        preps=False,
    )
    return _Tables(
        words=words,
        vague=compile_phrases([(k, int(v)) for k, v in data["vague"].items()], article=True),
        cues=cues,
        post=post,
        joins=frozenset(_keys(data["range_join"])),
        duals=duals,
        year_markers=frozenset(f for w in _keys(data["year_markers"]) for f in surface_forms(w, article=False)),
        time_markers=frozenset(f for w in _keys(data["time_markers"]) for f in surface_forms(w, article=False)),
        percent=compile_phrases([(p, True) for p in data["percent_after"]], preps=False),
    )


# ---------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------

_DIGITS = re.compile(r"^(?P<p>(?:[وف]?[بلك]?)|(?:[وف]?(?:[بك]?ال|لل)))(?P<n>[0-9]+(?:[.,][0-9]+)*)$")


def digit_value(norm: str) -> tuple[float, str] | None:
    """(value, proclitic) of a digit token such as "45", "و90", "بـ5", "1,500",
    "1.5"; None if the token is not a number. A comma or a dot followed by exactly
    three digits groups thousands; otherwise a dot is a decimal point."""
    if not norm or not norm[-1].isdigit():
        return None
    m = _DIGITS.match(norm)
    if not m:
        return None
    n = m.group("n")
    if "," in n or "." in n:
        parts = re.split(r"[.,]", n)
        if all(len(p) == 3 for p in parts[1:]) and len(parts) > 1 and not (len(parts) == 2 and "." in n and "," not in n and len(parts[0]) > 3):
            if "." in n and len(parts) == 2:
                # "1.500" is 1500 in Arabic print, "1.5" is one and a half
                return float(parts[0] + parts[1]), m.group("p")
            return float("".join(parts)), m.group("p")
        try:
            return float(n.replace(",", ".")), m.group("p")
        except ValueError:
            return None
    return float(n), m.group("p")


def _word_number(toks, i: int, T: _Tables) -> tuple[int, int] | None:
    """Parse number words starting at token i: (value, end). "ثلاثة عشر" → 13,
    "خمسة وعشرون" → 25, "ثلاثة آلاف وخمسمئة" → 3500, "مئتي" → 200."""
    words = T.words
    n = len(toks)
    total = 0
    cur = 0
    j = i
    last: _Word | None = None
    sent = toks[i].sentence
    while j < n and toks[j].sentence == sent:
        hit = words.get(toks[j].norm)
        if hit is None:
            break
        w, prefix = hit
        joined = prefix.startswith("و") or prefix.startswith("ف")
        if last is None:
            if w.kind == "teen" and prefix:
                break
            if w.kind == "scale_plural":
                return None  # آلاف alone is vague, handled elsewhere
        elif joined:
            if w.kind in ("teen",) or prefix not in ("و",):
                break
            if w.kind == "scale_plural":
                break
            # Arabic order: units before tens (خمسة وعشرون), smaller after larger
            # (مئة وخمسون, ألف ومئتان); "عشرة وعشرين" is two numbers
            if cur and not ((w.kind == "tens" and cur <= 9) or (cur % 100 == 0 and w.value < 100)):
                break
        else:
            # directly following, no "و": only a teen after a unit or a multiplier
            if w.value == 10 and w.kind in ("unit", "teen") and last.kind == "unit" and last.value < 10:
                cur += 10
                last = w
                j += 1
                continue
            if w.kind == "hundred" and last.kind == "unit" and cur and cur < 10:
                cur *= 100
                last = w
                j += 1
                continue
            if w.kind == "scale_dual" and cur:  # عشرين ألفاً: accusative, not a dual
                w = _Word("scale", w.value)
            if w.kind in ("scale", "scale_plural") and last.kind not in ("scale", "scale_dual", "scale_plural") and cur:
                if w.kind == "scale_plural" and not 3 <= cur <= 10:
                    break
                total += cur * w.value
                cur = 0
                last = w
                j += 1
                continue
            break
        if w.kind in ("unit", "teen", "tens", "hundreds"):
            cur += w.value
        elif w.kind == "hundred":
            cur += 100
        elif w.kind == "scale":
            total += (cur or 1) * w.value
            cur = 0
        elif w.kind == "scale_dual":
            total += 2 * w.value
            cur = 0
        last = w
        j += 1
    if last is None:
        return None
    return total + cur, j


def _scale_after(toks, j: int, T: _Tables) -> tuple[int, int]:
    """Multiplier right after a digit or vague word ("3 آلاف", "عشرات الآلاف",
    "1.5 مليون"): (factor, new end)."""
    if j < len(toks):
        hit = T.words.get(toks[j].norm)
        if hit and hit[0].kind in ("scale", "scale_plural") and not hit[1].startswith("و"):
            return hit[0].value, j + 1
    return 1, j


def _number_at(toks, i: int, T: _Tables):
    """A number starting at token i: (value, end, vague, noun) or None."""
    t = toks[i]
    dv = digit_value(t.norm)
    if dv is not None:
        value, _ = dv
        factor, end = _scale_after(toks, i + 1, T)
        value *= factor
        if value != int(value):
            return None  # 2.5 with no scale is not a count of anything
        return int(value), end, False, None
    vague = match_phrase(T.vague, toks, i)
    if vague is not None:
        end, value, _ = vague
        if end < len(toks) and toks[end].norm == "من":
            factor, end2 = _scale_after(toks, end + 1, T)
            if factor > 1:
                return value * factor, end2, True, None
        factor, end = _scale_after(toks, end, T)
        return value * factor, end, True, None
    wn = _word_number(toks, i, T)
    if wn is not None:
        return wn[0], wn[1], False, None
    dual = T.duals.get(t.norm)
    if dual is not None:
        return 2, i + 1, False, dual[0]
    return None


def _blocked(toks, i: int, doc: Doc, T: _Tables) -> bool:
    """Digits that are a year (عام 2014) or a clock time (الساعة 10, 10:30)."""
    if i > 0 and toks[i - 1].sentence == toks[i].sentence:
        prev = toks[i - 1].norm
        if prev in T.year_markers or prev in T.time_markers:
            return True
        if doc.text[toks[i - 1].end:toks[i].start] == ":":
            return True
    if i + 1 < len(toks) and doc.text[toks[i].end:toks[i + 1].start] == ":":
        return True
    if i + 1 < len(toks) and toks[i + 1].norm in ("م", "ه", "هـ"):
        return True
    return False


def find_quantities(doc: Doc, windows: Iterable[tuple[int, int]] | None = None) -> tuple[QuantityHit, ...]:
    """Every count in the document, left to right, with its cue words in the span.
    Tokens that belong to a date, a year or a clock time are skipped.

    With `windows` (token ranges [start, end), in text order, that no count of the
    text before can run into: `rasid.recognize.quantities.count_windows`), only the
    counts that start inside them: the very ones the whole scan finds there, at the
    cost of the windows' words (most of an article's sentences hold no event)."""
    from rasid.text.dates import date_token_ranges  # dates and numbers share the tokens

    T = tables()
    toks = doc.tokens
    n = len(toks)
    skip = bytearray(n)
    for s, e in date_token_ranges(doc):
        for k in range(s, e):
            skip[k] = 1
    out: list[QuantityHit] = []
    percent, starts = T.percent, _starts()
    # only tokens that can start a percentage or a count need a look: the loop below
    # visits them in order, exactly as a token-by-token scan would
    i = 0
    starts_at = wordflags.tokens_with(doc, start_flag())
    if windows is not None:
        starts_at = in_windows(starts_at, windows)
    for c in starts_at:
        if c < i or skip[c]:
            continue
        i = c
        norm = toks[i].norm
        if norm in percent:
            pct = match_phrase(percent, toks, i)
            if pct is not None:
                i = pct[0]
                continue
        if not (norm in T.words or norm in T.vague or norm in T.cues or norm in T.duals or norm[-1].isdigit()):
            i += 1
            continue
        hit = _quantity_at(doc, toks, i, T, skip)
        if hit is None:
            i += 1
            continue
        out.append(hit)
        i = hit.tok_end
    return tuple(out)


def in_windows(indices: list[int], windows: Iterable[tuple[int, int]]) -> list[int]:
    """The sorted token indices that fall inside the sorted ranges [start, end)."""
    out: list[int] = []
    for lo, hi in windows:
        out += indices[bisect_left(indices, lo):bisect_left(indices, hi)]
    return out


@lru_cache(maxsize=1)
def _starts() -> frozenset:
    """Surfaces at which find_quantities has something to try (digits aside)."""
    T = tables()
    return frozenset(T.percent).union(T.words, T.vague, T.cues, T.duals)


@lru_cache(maxsize=1)
def start_flag() -> int:
    """The word flag of the surfaces at which find_quantities has something to try,
    digits included."""
    starts = _starts()
    return wordflags.register(lambda w: w in starts or w[-1].isdigit())


def _quantity_at(doc: Doc, toks, i: int, T: _Tables, skip) -> QuantityHit | None:
    n = len(toks)
    cue = match_phrase(T.cues, toks, i)
    kind = None
    j = i
    if cue is not None and cue[0] < n and not skip[cue[0]] and toks[cue[0]].sentence == toks[i].sentence:
        kind = cue[1]
        j = cue[0]
        # "قرابة الـ 20": an article token may follow a cue
        if j < n and toks[j].norm == "ال" and j + 1 < n:
            j += 1
    num = _number_at(toks, j, T) if j < n and not skip[j] else None
    if num is None:
        if kind is not None:
            num = _number_at(toks, i, T) if not skip[i] else None
            kind, j = None, i
        if num is None:
            return None
    if toks[j].norm[-1].isdigit() and _blocked(toks, j, doc, T):
        return None
    value, end, vague, noun = num
    low = high = value
    approx = False
    if end < n and match_phrase(T.percent, toks, end) is not None:
        return None
    if doc.text[toks[end - 1].end:toks[end - 1].end + 2].lstrip().startswith(("%", "٪")):
        return None
    if kind == "approx":
        approx, low, high = True, None, None
    elif kind == "at_least":
        low, high = value, None
    elif kind == "at_most":
        approx, low, high = True, None, value
    elif kind == "range" or kind is None or kind == "article":
        second = _range_second(doc, toks, end, T, skip, allow_and=kind == "range")
        if second is not None and second[0] > value:
            high, end = second
        elif kind == "range":
            return _plain(doc, toks, j, end, value, vague, noun)
    if vague:
        low, high = value, None
    post = None
    for at in (end, end + 1):  # "5 عناصر على الأقل": the counted noun may come first
        if at < n and toks[at].sentence == toks[j].sentence and toks[at].norm in T.post:
            post = match_phrase(T.post, toks, at)
            break
    if post is not None:
        end = post[0]
        if post[1] == "approx":
            approx, low, high = True, None, None
        else:
            low, high = value, None
    span = token_span(doc, i, end - 1)
    return QuantityHit(i, end, Quantity(span, value, low, high, approx, vague, noun))


def _plain(doc, toks, j, end, value, vague, noun) -> QuantityHit:
    low, high = (value, None) if vague else (value, value)
    span = token_span(doc, j, end - 1)
    return QuantityHit(j, end, Quantity(span, value, low, high, False, vague, noun))


def _range_second(doc, toks, end: int, T: _Tables, skip, allow_and: bool) -> tuple[int, int] | None:
    """The upper bound of "بين 60 و90", "3 إلى 5", "3 أو 4": (value, end) or None.
    "و" joins a range only after بين: "قتيلان وثلاثة جرحى" is two counts."""
    n = len(toks)
    if end >= n or skip[end] or toks[end].sentence != toks[end - 1].sentence:
        return None
    t = toks[end]
    if t.norm == "و" and not allow_and:
        return None
    if t.norm in T.joins and end + 1 < n and not skip[end + 1]:
        num = _number_at(toks, end + 1, T)
        if num is not None and not num[2]:
            return num[0], num[1]
        return None
    if not allow_and:
        return None
    dv = digit_value(t.norm)
    if dv is not None and dv[1] == "و":
        factor, e2 = _scale_after(toks, end + 1, T)
        return int(dv[0] * factor), e2
    if t.norm.startswith("و") and t.norm in T.words:
        wn = _word_number(toks, end, T)
        if wn is not None:
            return wn
    return None


@lru_cache(maxsize=512)
def parse_number_words(text: str) -> int | None:
    """The value of a number written in words or digits: "ثلاثة عشر" → 13,
    "مئتي" → 200, "45" → 45, "عنصرين" → 2; None if `text` is not a number."""
    from rasid.text.document import make_doc

    doc = make_doc(Article("number", text))
    if not doc.tokens:
        return None
    num = _number_at(doc.tokens, 0, tables())
    if num is None or num[1] != len(doc.tokens):
        return None
    return num[0]
