"""Casualty phrases: who was killed or wounded, and how many, ACLED-conservatively.

ACLED codes only known deaths: "بمقتل وإصابة ثمانية عناصر" (killed *and* wounded,
eight in all) is 0 known deaths with a 0..8 range, "إصابة 12" is 0 deaths, and a
vague plural ("مقتل مدنيين") gets a small conservative number. This module pairs the
counts from `rasid.text.numbers` with the killed/wounded words of
data/casualties.yaml; it does not decide which event a casualty belongs to.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from rasid.lexicon.data import load_yaml
from rasid.model import Casualty, Doc, Quantity, quick_init
from rasid.text import wordflags
from rasid.text.normalize import normalize_key
from rasid.text.document import sentence_tokens
from rasid.text.numbers import (QuantityHit, compile_phrases, find_quantities, match_phrase, start_flag,
                                 token_span)


@quick_init
@dataclass(frozen=True)
class CasualtyHit:
    """A casualty phrase at tokens [tok_start, tok_end)."""

    tok_start: int
    tok_end: int
    casualty: Casualty


@dataclass(frozen=True)
class _Tables:
    before: dict  # phrase table → kind (killed | wounded | both | neutral)
    after: dict  # phrase table → (kind, "singular" | "plural")
    victims: dict  # surface → "singular" | "plural"
    not_victims: frozenset
    plural_value: int
    max_gap: int
    ranks: frozenset


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    d = load_yaml("casualties.yaml")
    before = [(w, kind) for kind, words in d["before"].items() for w in words]
    after = [
        (w, (kind, number))
        for kind, groups in d["after"].items()
        for number, words in groups.items()
        for w in words
    ]
    victims: dict[str, str] = {}
    for number, words in d["victims"].items():
        for w in words:
            key = normalize_key(w)
            for form in (key, "ال" + key):
                victims.setdefault(form, number)
    return _Tables(
        before=compile_phrases(before),
        after=compile_phrases(after),
        victims=victims,
        not_victims=frozenset(normalize_key(w) for w in d["not_victims"]),
        plural_value=int(d["plural_without_number"]),
        max_gap=int(d["max_gap"]),
        ranks=frozenset(normalize_key(w).split()[0] for w in d.get("ranks") or []),
    )


def _combine(before: str | None, after: str | None) -> str | None:
    kinds = {k for k in (before, after) if k and k != "neutral"}
    if not kinds:
        return None
    if "both" in kinds or kinds == {"killed", "wounded"}:
        return "killed_or_wounded"
    return kinds.pop()


def _counts(kind: str, q: Quantity | None, value: int | None) -> tuple[int, int, int | None]:
    """(deaths, low, high) the ACLED way for a kind and a count."""
    if kind == "wounded":
        return 0, 0, 0
    if q is None:
        if kind == "killed_or_wounded":
            return 0, 0, value
        return value, value, value if value == 1 else None
    if kind == "killed_or_wounded":
        return 0, 0, q.high if q.high is not None else q.value
    high = q.high if (q.low is not None or q.high is not None) else q.value
    low = q.low if q.low is not None else q.value
    return q.value, low, high


def find_casualties(doc: Doc, quantities: tuple[QuantityHit, ...] | None = None,
                    windows: list[tuple[int, int]] | None = None) -> tuple[CasualtyHit, ...]:
    """Killed / wounded phrases with ACLED-conservative death counts, left to right.
    Pass the result of `find_quantities(doc)` when you already have it. With
    `windows` (`count_windows`), only the phrases that start inside them, as the whole
    scan finds them there; `quantities` must then hold at least those windows' counts."""
    T = _tables()
    if quantities is None:
        quantities = find_quantities(doc, windows)
    toks = doc.tokens
    n = len(toks)
    q_at = {h.tok_start: h for h in quantities}
    q_cover = {}
    for h in quantities:
        for k in range(h.tok_start, h.tok_end):
            q_cover[k] = h
    out: list[CasualtyHit] = []
    used = bytearray(n)
    # only a killed/wounded word or a number can start a phrase: step from one such
    # token to the next (a token of neither kind would only move on by one)
    cands = sorted(set(wordflags.tokens_with(doc, _casualty_flag())).union(q_at))
    if windows is None:
        _scan(doc, cands, 0, n, q_at, q_cover, used, out, T)
    else:
        # each window alone: no phrase of the text before runs into it, and the tokens
        # a phrase found in it reads lie in its own sentences (or after its end)
        for lo, hi in windows:
            _scan(doc, cands, lo, hi, q_at, q_cover, used, out, T)
    return tuple(out)


def _scan(doc, cands, lo: int, hi: int, q_at, q_cover, used, out, T) -> None:
    """The casualty phrases starting in tokens [lo, hi), added to `out`, stepping from
    one candidate token to the next."""
    toks = doc.tokens
    n = len(toks)
    before, after = T.before, T.after
    i = _next_at(cands, lo, n)
    while i < hi:
        norm = toks[i].norm
        if used[i]:
            i = _next_at(cands, i + 1, n)
            continue
        b = match_phrase(before, toks, i) if norm in before else None
        if b is not None and i not in q_cover:
            hit = _from_before(doc, i, b, q_at, q_cover, T)
            if hit is not None:
                out.append(hit)
                for k in range(hit.tok_start, hit.tok_end):
                    used[k] = 1
                i = hit.tok_end
                continue
        h = q_at.get(i)
        if h is not None:
            hit = _from_quantity(doc, h, None, i, T)
            if hit is not None:
                out.append(hit)
                for k in range(hit.tok_start, hit.tok_end):
                    used[k] = 1
                i = hit.tok_end
                continue
        a = match_phrase(after, toks, i) if norm in after else None
        if a is not None:
            (kind, number) = a[1]
            value = 1 if number == "singular" else (None if kind == "both" else T.plural_value)
            dual = value is not None and toks[a[0] - 1].norm.endswith("هما")
            hit = _standalone(doc, i, a[0], kind, 2 if dual else value)
            if dual:  # "لقي فلسطينيان حتفهما": the dual pronoun counts exactly two
                c = hit.casualty
                hit = CasualtyHit(hit.tok_start, hit.tok_end, Casualty(c.span, c.kind, c.deaths, c.low, c.low, None, None))
            out.append(hit)
            i = a[0]
            continue
        i = _next_at(cands, i + 1, n)


def count_windows(doc: Doc, sentences) -> list[tuple[int, int]]:
    """Token ranges [start, end) of whole sentences, in text order, covering
    `sentences`, in which find_quantities and find_casualties, scanning each range
    alone, find exactly what a scan of the whole Doc finds there.

    A count or a casualty phrase runs on into the next sentence only through that
    sentence's first word: a multiplier or a number ("3 | آلاف", "قرابة الـ | 20"),
    "من" after a vague count ("عشرات | من الآلاف"), a second casualty word ("مقتل |
    وإصابة"). A range therefore starts at a sentence whose first word can start neither
    (nor is "من"); else the sentence before is scanned too."""
    toks = doc.tokens
    flags = wordflags.token_flags(doc)
    bits = _casualty_flag() | start_flag()
    out: list[tuple[int, int]] = []
    for s in sorted(sentences):
        run = sentence_tokens(doc, s)
        if not run:
            continue
        lo, hi = run.start, run.stop
        while lo and (flags[lo] & bits or toks[lo].norm == "من"):
            lo = sentence_tokens(doc, toks[lo - 1].sentence).start
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


class SentenceCounts:
    """The counts and casualty phrases of the sentences that can hold an event's,
    found for those sentences only (`count_windows`): the frames read casualties in a
    trigger's sentence and counts next to its words, and most sentences of an article
    hold no trigger. `casualties` are those of the sentences asked for; `near` looks
    for counts around any words, scanning their sentences when first asked."""

    __slots__ = ("doc", "casualties", "_quantities", "_covered")

    def __init__(self, doc: Doc, sentences) -> None:
        self.doc = doc
        self._covered = bytearray(len(doc.sentences))
        self._quantities: list[QuantityHit] = []
        windows = self._cover(sentences)
        self.casualties = find_casualties(doc, self._quantities, windows)

    def _cover(self, sentences) -> list[tuple[int, int]]:
        """Scan the windows of `sentences` for counts, keeping those of the sentences
        not scanned before; the windows scanned."""
        toks, covered = self.doc.tokens, self._covered
        windows = count_windows(self.doc, sentences)
        new = [q for q in find_quantities(self.doc, windows) if not covered[toks[q.tok_start].sentence]]
        for lo, hi in windows:
            for s in range(toks[lo].sentence, toks[hi - 1].sentence + 1):
                covered[s] = 1
        if new:
            self._quantities = sorted(self._quantities + new, key=_tok_start)
        return windows

    def near(self, lo: int, hi: int) -> list[QuantityHit]:
        """The counts with a word in tokens [lo, hi), in text order, exactly those of
        a whole-Doc `find_quantities`."""
        toks = self.doc.tokens
        lo, hi = max(lo, 0), min(hi, len(toks))
        if lo >= hi:
            return []
        missing = {toks[j].sentence for j in range(lo, hi)}
        missing = [s for s in missing if not self._covered[s]]
        if missing:
            self._cover(missing)
        return [q for q in self._quantities if q.tok_start < hi and q.tok_end > lo]


def _tok_start(hit) -> int:
    return hit.tok_start


@lru_cache(maxsize=1)
def _casualty_words() -> frozenset:
    """Every word a killed/wounded phrase of casualties.yaml starts with."""
    T = _tables()
    return frozenset(T.before) | frozenset(T.after)


@lru_cache(maxsize=1)
def _casualty_flag() -> int:
    """The word flag of the words a killed/wounded phrase starts with: the tokens
    find_casualties starts from, without a test of every token of the article."""
    return wordflags.register_words(_casualty_words())


def _next_at(cands: list[int], i: int, n: int) -> int:
    """The first candidate token at or after i, else n."""
    k = bisect_left(cands, i)
    return cands[k] if k < len(cands) else n


def _from_before(doc, i, b, q_at, q_cover, T) -> CasualtyHit | None:
    toks = doc.tokens
    n = len(toks)
    end, kind, _ = b
    sent = toks[i].sentence
    # "مقتل وإصابة": a second before-word of another kind right after
    if end < n and toks[end].norm in T.before and toks[end].norm[0] == "و":
        b2 = match_phrase(T.before, toks, end)
        if b2 is not None and b2[1] != kind and b2[1] != "neutral":
            end, kind = b2[0], "both"
    for gap in range(T.max_gap + 1):
        k = end + gap
        if k >= n or toks[k].sentence != sent:
            break
        if k in q_at:
            return _from_quantity(doc, q_at[k], kind, i, T)
        if k in q_cover or toks[k].norm in T.before:
            break
        if gap == 0 and kind == "killed" and toks[k].norm in T.ranks:
            named, last = _named_list(doc, k, T)
            return _standalone(doc, i, last, "killed", named)
        if gap == 0:
            # no number: a casualty noun or a counted person right after
            a = match_phrase(T.after, toks, k) if toks[k].norm in T.after else None
            if a is not None:
                akind, number = a[1]
                kk = _combine(kind, akind)
                value = None if kk == "killed_or_wounded" else (1 if number == "singular" else T.plural_value)
                return _standalone(doc, i, a[0], kk, value)
            number = T.victims.get(toks[k].norm) or T.victims.get(toks[k].stem)
            if number and kind != "neutral":
                kk = _combine(kind, None)
                value = None if kk == "killed_or_wounded" else (1 if number == "singular" else T.plural_value)
                hit = _standalone(doc, i, k + 1, kk, value)
                victims = doc.text[toks[k].start:toks[k].end]
                c = hit.casualty
                return CasualtyHit(hit.tok_start, hit.tok_end, Casualty(
                    c.span, c.kind, c.deaths, c.low, c.high, None, victims))
            if kind == "killed_or_wounded" or kind == "both":
                return _standalone(doc, i, end, "killed_or_wounded", None)
    if kind == "both":
        return _standalone(doc, i, end, "killed_or_wounded", None)
    return None


_NISBA_PLURAL = ("يين", "يون", "يات")
_NAME_WORDS = 6  # rank words and name parts of one listed person, at most


def _is_rank(norm: str, T, first: bool) -> bool:
    return norm in T.ranks or (not first and norm[:1] == "و" and norm[1:] in T.ranks)


def _named_list(doc, k: int, T) -> tuple[int, int]:
    """(people, end token) of a list of ranked names from token k: "استشهاد العريف
    أحمد علي، والجندي أول سعد محمد" names two dead. Each name runs to a comma or to the
    next "و" + rank; the list ends at the first item that opens with no rank."""
    toks = doc.tokens
    n, sent = len(toks), toks[k].sentence
    people, j = 0, k
    while True:
        people += 1
        m = j + 1
        while m < n and toks[m].sentence == sent and m - j < _NAME_WORDS \
                and not any(ch in doc.text[toks[m - 1].end:toks[m].start] for ch in "،,") \
                and not _is_rank(toks[m].norm, T, first=False):
            m += 1
        if m < n and toks[m].sentence == sent and _is_rank(toks[m].norm, T, first=False):
            j = m
            continue
        return people, m


def _from_quantity(doc, h: QuantityHit, kind: str | None, start: int, T) -> CasualtyHit | None:
    """A count with its counted noun and a casualty word after it."""
    toks = doc.tokens
    n = len(toks)
    q = h.quantity
    end = h.tok_end
    sent = toks[h.tok_start].sentence
    victims = None
    after_kind = None
    if q.noun is not None:
        a = match_phrase(T.after, toks, h.tok_start) if toks[h.tok_start].norm in T.after else None
        noun_key = normalize_key(q.noun)
        if noun_key in T.not_victims:
            return None  # "فتى يبلغ من العمر 13 عاماً": an age, not a count of the dead
        for form in ("قتيل", "شهيد"):
            if noun_key == form:
                after_kind = "killed"
        if noun_key in ("جريح",):
            after_kind = "wounded"
        if after_kind is None:
            victims = doc.text[toks[h.tok_start].start:toks[h.tok_end - 1].end]
            victims = _dual_word(doc, h)
        del a
    elif (inner := next((k for k in range(h.tok_start + 1, h.tok_end) if toks[k].norm in T.after), None)) is not None:
        # "سقط سبعة قتلى على الأقل": the count's "at least" took its casualty noun inside
        a = match_phrase(T.after, toks, inner)
        if a is not None:
            after_kind = a[1][0]
    elif end < n and toks[end].sentence == sent:
        t = toks[end]
        if t.norm in T.not_victims or t.stem in T.not_victims:
            return None
        if t.norm not in T.after and not t.norm[-1].isdigit() and t.norm not in T.before:
            if t.norm not in ("من", "في", "على", "عن", "الى", "و", "بين", "خلال", "منذ", "بعد", "قبل"):
                victims = doc.text[t.start:t.end]
                end += 1
    # a casualty word after the count (and after the counted noun and its nisba
    # adjective: "لقي 7 أشخاص ليبيين مصرعهم")
    if end + 1 < n and toks[end].sentence == sent and toks[end].norm not in T.after \
            and toks[end].norm.endswith(_NISBA_PLURAL) and toks[end + 1].norm in T.after:
        end += 1
    if victims is not None:
        end = _partitive_end(doc, end, sent, T)
    for at in (end,):
        if at < n and toks[at].sentence == sent and toks[at].norm in T.after:
            a = match_phrase(T.after, toks, at)
            if a is not None:
                after_kind = _combine(after_kind, a[1][0]) if after_kind else a[1][0]
                if after_kind == "killed_or_wounded":
                    after_kind = "both"
                end = a[0]
                if victims is not None and normalize_key(victims) in T.after:
                    victims = None
    final = _combine(kind, after_kind)
    if final is None:
        return None
    if q.value is None:
        return None
    deaths, low, high = _counts(final, q, q.value)
    span = token_span(doc, start, end - 1)
    return CasualtyHit(start, end, Casualty(span, final, deaths, low, high, q, victims))


_PARTITIVE_WORDS = 3  # the definite noun phrase after من: "من العناصر الإرهابية المسلحة"


def _partitive_end(doc, end: int, sent: int, T) -> int:
    """"لقي نحو 30 عنصرا من العناصر الإرهابية مصرعهم": a partitive من + definite noun
    phrase between the counted noun and the casualty word says of whom the count is;
    the casualty word still counts them. The token where the casualty word stands,
    else `end` unchanged (no comma inside, at most three words after من)."""
    toks = doc.tokens
    n = len(toks)
    if end + 2 >= n or toks[end].norm != "من" or not toks[end + 1].norm.startswith("ال"):
        return end
    for m in range(end + 2, min(end + 2 + _PARTITIVE_WORDS, n)):
        if toks[m].sentence != sent or any(ch in doc.text[toks[m - 1].end:toks[m].start] for ch in "،,"):
            return end
        if toks[m].norm in T.after:
            return m
    return end


def _dual_word(doc, h: QuantityHit) -> str:
    t = doc.tokens[h.tok_start]
    return doc.text[t.start:t.end]


def _standalone(doc, start: int, end: int, kind: str, value: int | None) -> CasualtyHit:
    """A casualty without a written number ("مقتل مدني", "قتلى وجرحى")."""
    kind = "killed_or_wounded" if kind == "both" else kind
    deaths, low, high = _counts(kind, None, value)
    if kind == "killed" and value is None:
        deaths, low, high = 0, 0, None
    span = token_span(doc, start, end - 1)
    return CasualtyHit(start, end, Casualty(span, kind, deaths, low, high, None, None))
