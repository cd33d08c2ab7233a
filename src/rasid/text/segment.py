"""Sentence segmentation and tokenisation over the normalised view.

Arabic news writes long sentences joined by commas and و; an ACLED event often sits
in a clause, but splitting at commas would separate a verb from its actors, so we
split only at sentence-final punctuation and line breaks. Proclitics (و ف ب ل ك ال لل)
are recognised per token so lexicon look-ups can match الحسكة in وبالحسكة.
"""
from __future__ import annotations

from bisect import bisect_left
from hashlib import blake2b
from sys import intern
from itertools import repeat
from operator import itemgetter
from functools import lru_cache
from typing import Callable

import numpy as np
import regex

from rasid.model import Sentence, Token
from rasid.text.normalize import is_identity

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[.,][0-9]+)*")
WORD = _WORD  # what a token is (store/dedupe.py finds the same words without a Doc)
WORD_CHARS = regex.compile(r"[\p{L}\p{M}\p{N}]+")  # the characters words are made of
# sentence end: . ! ? ؟ … or a line break; a period between digits is a decimal point,
# and a single letter followed by a period is an abbreviation (د. أ.ف.ب).
_BOUNDARY = regex.compile(r"(?:(?<![0-9])\.(?![0-9])|[!?؟…]|\n)+")
_ABBREV = regex.compile(r"(?:^|[\s(\[«\"'./\-])\p{L}$")  # "(د.ب.أ)", "أ.ف.ب"

_PROCLITIC_SETS = (
    ("", "و", "ف"),
    ("", "ب", "ل", "ك", "س"),
)
# the letters a proclitic chain (or the article ال) can start with
_CLITIC_INITIALS = frozenset("وفبلكسا")
_CONJ_LETTERS = frozenset(_PROCLITIC_SETS[0]) - {""}
_PREP_LETTERS = frozenset(_PROCLITIC_SETS[1]) - {""}


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
        # a lone-letter abbreviation before a period does not end the sentence (no
        # need to look for one when the period ends a longer word: most sentences)
        if m.group(0) == ".":
            st = m.start()
            if not (st >= 2 and norm[st - 2].isalnum()) and _ABBREV.search(norm, max(0, st - 3), st):
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
    if word[:1] not in _CLITIC_INITIALS:
        return "", word  # (most words: no chain can start with their first letter)
    best = ("", word)
    # the chains in the order of _PROCLITIC_SETS, keeping only those the word starts
    # with: a word starts with at most one conjunction and one preposition after it
    conjs = ("", word[0]) if word[0] in _CONJ_LETTERS else ("",)
    for conj in conjs:
        rest = word[len(conj):]
        for prep in (("", rest[0]) if rest[:1] in _PREP_LETTERS else ("",)):
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
    if is_identity(offsets):  # (no character of the text vanished or expanded)
        raw_starts, raw_ends = starts, stops
    else:
        raw_starts = list(map(offsets.__getitem__, starts))
        raw_ends = [offsets[e - 1] + 1 for e in stops]
    # sentence of a token: the first sentence not ended before it (else the last)
    sent = _token_sentences(raw_starts, [s.end for s in sents])
    # split_clitics leaves a word that starts with a digit whole, as tokens must; the
    # lexicon forms of each word come with it (one memo look-up per token, not two).
    # Columns by itemgetter: zip(*records) makes an iterator per record, 3x slower.
    # The forms stay in the records: the lexicons read them at a few tokens only
    generation = _flag_generation
    records = list(map(_CLITICS.__getitem__, words))
    prefixes = list(map(_first, records))
    stems = list(map(_second, records))
    flags = list(map(_fourth, records))
    # Token(k, rs, ..., si) made in C: each zipped row becomes a Token as it is
    out = tuple(map(tuple.__new__, repeat(Token), zip(range(len(ms)), raw_starts, raw_ends, starts, stops,
                                                      words, stems, prefixes, sent)))
    global _last_columns
    # the flags are valid only if no flag was forgotten while the words were read
    _last_columns = (out, (words, raw_starts, sent, records, flags), generation)
    return out


_last_columns: tuple = (None, None, -1)


def token_columns(toks: tuple[Token, ...]) -> tuple[list[str], list[int], list[int], list, list[int]] | None:
    """(norm, start, sentence, memo record, word flags) of every token, when `toks` is
    the last tuple tokens() built (it had them at hand), else None; a memo record holds
    the word's proclitic_forms at [2] (`word_records`). Callers must not change them;
    the flags are for token_flags_column to vouch for."""
    last = _last_columns
    return last[1] if last[0] is toks else None


@lru_cache(maxsize=65536)
def word_hash(word: str) -> int:
    """A stable 64-bit hash of a word: the first 8 bytes of its BLAKE2b digest,
    little-endian. Stable across processes and runs (Python's `hash()` of a str is
    salted per process), as the near-duplicate signatures a store keeps must be.
    Only a store of fingerprint scheme 2 needs it (store/dedupe.py)."""
    return int.from_bytes(blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


def token_word_hashes(toks: tuple[Token, ...]) -> np.ndarray:
    """`word_hash(t.norm)` of every token (uint64)."""
    cols = token_columns(toks)
    norms = cols[0] if cols is not None else [t.norm for t in toks]
    return np.fromiter(map(word_hash, norms), dtype=np.uint64, count=len(norms))


def _token_sentences(raw_starts: list[int], ends: list[int]) -> list[int]:
    """The sentence of each token: the first sentence not ended before its start (else
    the last), i.e. `bisect_right(ends, r, 0, len(ends) - 1)` per token. Token starts
    ascend, so each sentence takes one run of tokens: one bisect per sentence."""
    last = len(ends) - 1
    if last <= 0:
        return [0] * len(raw_starts)
    out: list[int] = []
    done = 0
    for i in range(last):
        upto = bisect_left(raw_starts, ends[i], done)
        out += [i] * (upto - done)
        done = upto
    out += [last] * (len(raw_starts) - done)
    return out


def bare_word(w: str) -> str:
    """The word without و/ف and a one-letter preposition (ب ل ك), keeping at least
    two letters, for cue look-ups: "وبالقصف" → "القصف", "فقتل" → "قتل", "لها" → "ها".
    The same as trying "وب" "ول" "فب" "فل" "و" "ف" "ب" "ل" "ك" in turn, without the
    loop: the trigger and frame checks ask it a few hundred times per article. Not
    memoised: the words asked about are a different few in each article."""
    c = w[:1]
    if c == "و" or c == "ف":
        if len(w) >= 4 and (w[1] == "ب" or w[1] == "ل"):
            return w[2:]
        return w[1:] if len(w) >= 3 else w
    if c == "ب" or c == "ل" or c == "ك":
        return w[1:] if len(w) >= 3 else w
    return w  # (most words: no proclitic can start with their first letter)


_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
_FORM_INITIALS = frozenset(_CONJ + _PREP)


def proclitic_forms(w: str) -> tuple[tuple[str, str], ...]:
    """The (form, prefix) pairs a word may stand for in lexicon matching: the word
    itself and the word after each valid proclitic chain (split_clitics keeps only
    the longest). "للجيش" also yields "الجيش" (ل + ال)."""
    if w[:1] not in _FORM_INITIALS:
        return ((w, ""),)  # (most words: no proclitic can start with their first letter)
    out = [(w, "")]
    conj = w[0] if w and w[0] in _CONJ and len(w) > 2 else ""
    rest = w[len(conj):]
    if conj:
        out.append((rest, conj))
    for p in _PREP:
        if rest.startswith(p) and len(rest) > 2:
            r2 = rest[1:]
            out.append((r2, conj + p))
            if p == "ل" and r2.startswith("ل") and len(r2) > 2:
                out.append(("ال" + r2[1:], conj + "ل"))  # للجيش → ل + الجيش
    return tuple(out)


# words the per-word memo holds at most, in two generations of half as many (below).
# Measured on the whole ANT corpus (212,011 distinct words), one worker: a memo that
# started afresh at 262,144 words peaked at 411 MB RSS, at 131,072 at 365 MB; in two
# generations, 131,072 words peaked at 364-370k KiB and computed 331,025 words again,
# 163,840 at 379-382k KiB and ~283,000 (~4 % less CPU for the whole run). A memo
# entry costs ~450 bytes; the run's peak is set by DuckDB's checkpoints (store/db.py)
MEMO_WORDS = 163840


class _CliticMemo(dict):
    """word → split_clitics(word) + (proclitic_forms(word), word flags), read with
    `map(memo.__getitem__, words)`: a dict hit from C costs a fraction of an
    lru_cache hit, and tokens() asks for every word. One memo for all four: a
    look-up in a dict this large is a few cache misses, paid once per token.

    Bounded, as an archive's vocabulary keeps growing, in two generations: when the
    memo holds MEMO_WORDS // 2 words it becomes the old generation and starts afresh,
    and a word missing from it is taken from the old one before it is computed again.
    A word met in either of the last two generations stays (the frequent words always
    do) for the memory of a memo that forgets everything at MEMO_WORDS: on the whole
    ANT corpus ~12 % fewer words computed again (a miss is ~12 µs, mostly the flags).

    The word flags (text/wordflags.py: which recognisers' phrases may start at the
    word) come from `flagger`, which wordflags installs; they are 0 without it."""

    flagger: Callable[[str], int] | None = None

    def __init__(self) -> None:
        super().__init__()
        self.old: dict[str, tuple[str, str, tuple, int]] = {}  # the previous generation

    def clear(self) -> None:
        """Forget both generations (the word flags changed)."""
        super().clear()
        self.old = {}

    def __missing__(self, word: str) -> tuple[str, str, tuple, int]:
        out = self.old.get(word)
        if out is not None:  # (its flags are current: forget_flags clears both generations)
            self[word] = out
            return out
        if len(self) >= MEMO_WORDS // 2:
            self.old = dict(self)
            super().clear()
        prefix, stem = split_clitics.__wrapped__(word)  # this memo is the cache
        forms = proclitic_forms(word)
        if len(forms) > 1:
            # a form is often the stem ("بغداد": "غداد" both): one copy of it for both
            # (~5 % of the memo's memory, which sets how many words it can hold)
            forms = tuple([(stem if form == stem else form, intern(p)) for form, p in forms])
        # the prefixes are a few dozen distinct strings, built anew for each word:
        # one shared copy of each (a sixth of the memo's memory, which holds the
        # corpus's whole vocabulary)
        prefix = intern(prefix)
        flagger = self.flagger
        if flagger is None:
            out = self[word] = (prefix, stem, forms, 0)
            return out
        # the flag tests may ask for this word's clitics: they are in place first
        self[word] = (prefix, stem, forms, 0)
        while True:  # again if a test's data changed (forget_flags) while it ran
            generation = _flag_generation
            flags = flagger(word)
            if generation == _flag_generation:
                break
        out = self[word] = (prefix, stem, forms, flags)
        return out


_CLITICS = _CliticMemo()
_flag_generation = 0  # how many times the word flags were forgotten


def set_flagger(flagger: Callable[[str], int]) -> None:
    """Install the word flag tests (text/wordflags.py) and forget the flags so far."""
    _CliticMemo.flagger = flagger
    forget_flags()


def forget_flags() -> None:
    """A flag test was added or dropped, or its data changed: every word's flags are
    computed again when next seen (with its clitics: the memo starts anew)."""
    global _flag_generation
    _flag_generation += 1
    _CLITICS.clear()


def flags_of(word: str) -> int:
    """The word flags of `word`, from the tokeniser's memo."""
    return _CLITICS[word][3]


def token_flags_column(toks: tuple[Token, ...]) -> list[int] | None:
    """The word flags of every token, when `toks` is the last tuple tokens() built and
    no flag was forgotten since it read them, else None. Callers must not change it."""
    last = _last_columns
    return last[1][4] if last[0] is toks and last[2] == _flag_generation else None


def clitics_of(word: str) -> tuple[str, str]:
    """split_clitics(word), from the tokeniser's memo."""
    return _CLITICS[word][:2]


def forms_of(word: str) -> tuple[tuple[str, str], ...]:
    """proclitic_forms(word), from the tokeniser's memo."""
    return _CLITICS[word][2]


def word_records(words: list[str]) -> list[tuple]:
    """The memo records of `words` (as `token_columns` gives them for the last
    tokens): proclitic_forms at [2]."""
    return list(map(_CLITICS.__getitem__, words))


_first, _second, _fourth = itemgetter(0), itemgetter(1), itemgetter(3)
_Match = type(_WORD.match("x"))
_m_start, _m_end, _m_group = _Match.start, _Match.end, _Match.group
