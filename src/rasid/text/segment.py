"""Sentence segmentation and tokenisation over the normalised view.

Arabic news writes long sentences joined by commas and و; an ACLED event often sits
in a clause, but splitting at commas would separate a verb from its actors, so we
split only at sentence-final punctuation and line breaks. Proclitics (و ف ب ل ك ال لل)
are recognised per token so lexicon look-ups can match الحسكة in وبالحسكة.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import regex

from rasid.model import Sentence, Token

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[.,][0-9]+)*")
# sentence end: . ! ? ؟ … or a line break; a period between digits is a decimal point,
# and a single letter followed by a period is an abbreviation (د. أ.ف.ب).
_BOUNDARY = regex.compile(r"(?:(?<![0-9])\.(?![0-9])|[!?؟…]|\n)+")
_ABBREV = regex.compile(r"(?:^|\s)\p{L}$")

_PROCLITIC_SETS = (
    ("", "و", "ف"),
    ("", "ب", "ل", "ك", "س"),
)


def sentences(norm: str, offsets: tuple[int, ...], title_lines: int = 0) -> tuple[Sentence, ...]:
    """Split the normalised text into sentences; offsets are mapped to raw.
    The first `title_lines` lines are flagged as title sentences."""
    out: list[Sentence] = []
    start = 0
    paragraph = 0
    line = 0
    pos = 0
    n = len(norm)
    for m in _BOUNDARY.finditer(norm):
        # a lone-letter abbreviation before a period does not end the sentence
        if m.group(0) == "." and _ABBREV.search(norm, max(0, m.start() - 3), m.start()):
            continue
        end = m.end()
        _emit(out, norm, offsets, start, end, paragraph, line < title_lines)
        newlines = m.group(0).count("\n")
        if newlines:
            paragraph += 1
            line += 1
        start = end
        pos = end
    if pos < n:
        _emit(out, norm, offsets, start, n, paragraph, line < title_lines)
    return tuple(out)


def _emit(out, norm, offsets, start, end, paragraph, is_title):
    s, e = start, end
    while s < e and not norm[s].isalnum():
        s += 1
    while e > s and not norm[e - 1].isalnum() and norm[e - 1] not in ".!?؟\"')»":
        e -= 1
    if e - s < 2:
        return
    out.append(Sentence(len(out), offsets[s], offsets[e - 1] + 1, paragraph, is_title))


@lru_cache(maxsize=262144)
def split_clitics(word: str) -> tuple[str, str]:
    """(prefix, stem) with the longest plausible proclitic chain removed, keeping a
    stem of at least two letters. 'والحسكه' → ('وال', 'حسكه'); 'للجيش' → ('لل', 'جيش')."""
    best = ("", word)
    for conj in _PROCLITIC_SETS[0]:
        if conj and not word.startswith(conj):
            continue
        rest = word[len(conj):]
        for prep in _PROCLITIC_SETS[1]:
            if prep and not rest.startswith(prep):
                continue
            rest2 = rest[len(prep):]
            if prep == "ل" and rest2.startswith("ل") and len(rest2) > 3:
                cand = (conj + "لل", rest2[1:])
            elif rest2.startswith("ال") and len(rest2) > 3 and prep != "س":
                cand = (conj + prep + "ال", rest2[2:])
            else:
                cand = (conj + prep, rest2)
            if len(cand[1]) >= 2 and len(cand[0]) > len(best[0]):
                best = cand
    # a bare و/ف/ب/ل/ك before a short word is usually part of the word (وطن, بلد)
    if best[0] in ("و", "ف", "ب", "ل", "ك", "س") and len(best[1]) < 3:
        return "", word
    return best


def tokens(norm: str, offsets: tuple[int, ...], sents: tuple[Sentence, ...]) -> tuple[Token, ...]:
    ms = list(_WORD.finditer(norm))
    if not ms:
        return ()
    starts = list(map(_m_start, ms))
    stops = list(map(_m_end, ms))
    words = list(map(_m_group, ms))
    raw_starts = list(map(offsets.__getitem__, starts))
    raw_ends = [offsets[e - 1] + 1 for e in stops]
    # sentence of a token: the first sentence not ended before it (else the last)
    ends = [s.end for s in sents]
    last = len(ends) - 1
    sent = [bisect_right(ends, r, 0, last) for r in raw_starts] if last > 0 else [0] * len(ms)
    # split_clitics leaves a word that starts with a digit whole, as tokens must
    clitics = list(map(split_clitics, words))
    out: list[Token] = []
    append = out.append
    new, setattr_ = object.__new__, object.__setattr__
    for k, rs, re_, s, e, w, (prefix, stem), si in zip(range(len(ms)), raw_starts, raw_ends, starts, stops,
                                                         words, clitics, sent):
        # Token(k, rs, ..., si) without the frozen dataclass's nine __setattr__ calls;
        # the instance is the same in every respect
        t = new(Token)
        setattr_(t, "__dict__", {"index": k, "start": rs, "end": re_, "nstart": s, "nend": e,
                                 "norm": w, "stem": stem, "prefix": prefix, "sentence": si})
        append(t)
    return tuple(out)


_Match = type(_WORD.match("x"))
_m_start, _m_end, _m_group = _Match.start, _Match.end, _Match.group
