"""Per-surface-form flags shared by the recognisers.

Most recognisers look at only a few tokens of an article: those written as a word
that can start one of their phrases. Asking each recogniser's own memo about every
token costs a look-up in a large dict per token and recogniser, and with a dozen
such dicts competing for the CPU cache that look-up is slow. Here each recogniser
registers its test once and gets a bit; every surface form is tested once by all
registered tests together, and an article's tokens cost one look-up each: a
recogniser then finds its tokens with a bitwise AND over a short list of ints.
"""
from __future__ import annotations

import weakref
from itertools import compress, count
from typing import Callable, Iterable, Iterator

from rasid.model import Doc
from rasid.text import segment
from rasid.text.document import token_norms


class _Tests:
    """The registered tests. A surface form's flags are the OR of the bits of the
    tests it passes (a test registered with bit 0 returns the bits it sets itself);
    they are kept in the tokeniser's per-word memo (text/segment.py), beside the
    word's clitics, so an article's tokens cost one look-up for both.

    Most tests pass only words written as one of a few hundred words after a
    proclitic chain ("وبمدينة"): those are asked once, at registration, of every such
    surface (`chained`), and the surfaces that pass are kept in one table of surface
    → bits for all of them. A word met for the first time then costs one look-up in
    that table for all such tests instead of a dozen Python calls that strip its
    proclitics again and again (~7 µs a word, paid ~285,000 times over a corpus of
    30,000 articles); only the tests that cannot be listed so (the gazetteer's ~17,000
    first words, digits) still run per word."""

    def __init__(self) -> None:
        self.tests: list[tuple[int, Callable[[str], object]]] = []
        # the same tests in two lists, made by `changed`: those that return their bits,
        # and those that return a truth for one bit (no branch per test in `flags`,
        # which runs for every word the tokeniser's memo meets for the first time)
        self._bits: tuple[Callable[[str], int], ...] = ()
        self._bools: tuple[tuple[int, Callable[[str], object]], ...] = ()
        self.table: dict[str, int] = {}  # surface → bits of the listed tests

    def changed(self) -> None:
        """`tests` was changed: rebuild the two lists."""
        self._bits = tuple(test for bit, test in self.tests if not bit)
        self._bools = tuple((bit, test) for bit, test in self.tests if bit)

    def flags(self, word: str) -> int:
        flags = self.table.get(word, 0)
        for test in self._bits:
            flags |= test(word)
        for bit, test in self._bools:
            if test(word):
                flags |= bit
        return flags


# what a flag test may strip off a word's front: و/ف, then ب/ل/ك/س (PREFIX_CHAINS: all
# that bare_word, proclitic_forms and the place cues' _strip remove), then the article
# or the ل of ل + ال ("للسجن": ل + السجن; CHAINS: all that split_clitics removes too)
PREFIX_CHAINS = tuple(c + p for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك", "س"))
CHAINS = tuple(c + a for c in PREFIX_CHAINS for a in ("", "ال", "ل"))


def chained(words: Iterable[str], chains: tuple[str, ...] = CHAINS) -> Iterator[str]:
    """Every surface a test that strips one of `chains` off a word's front may read as
    one of `words`: each word after each chain, and a word that starts with "ا" also
    without it after the chain ("للسجن" for "السجن", ل + ال). (Made word by word, not
    gathered: ~100,000 strings at once for the lexicons left ~6 MB of the process's
    memory behind them.)"""
    for w in words:
        for p in chains:
            yield p + w
        if w.startswith("ا"):
            w = w[1:]
            for p in chains:
                yield p + w


_FLAGS = _Tests()
_generation = 0  # how many times the flags were forgotten
_next_bit = 1
_last: tuple = (None, None, None)  # the last Doc, its tokens' flags, its tokens_with lists
# (by bit; under None, the tokens of each flag value)


def register(test: Callable[[str], object], owner: object = None) -> int:
    """A new bit set on the surface forms for which `test` is true. `test` must
    depend on the form only (and on data fixed once the caller is built), and must
    not refer to `owner`: when the owner (a lexicon built by a test, say) is
    collected, its test is dropped."""
    global _next_bit
    bit = _next_bit
    _next_bit <<= 1
    _FLAGS.tests.append((bit, test))
    _FLAGS.changed()
    forget()  # forms seen so far lack the new bit
    if owner is not None:
        weakref.finalize(owner, _unregister, bit)
    return bit


def new_bit() -> int:
    """A bit for a test of the caller's own, registered with `register_bits`."""
    global _next_bit
    bit = _next_bit
    _next_bit <<= 1
    forget()  # forms seen so far lack the new bit
    return bit


def register_bits(test: Callable[[str], int], owner: object = None) -> None:
    """Register a test that returns the bits (from `new_bit`) a surface form gets:
    one test can stand for many recognisers that share their work (the lexicons),
    or for many word lists of one recogniser that share a look-up (the triggers').
    As with `register`, the test is dropped when `owner` is collected."""
    _FLAGS.tests.append((0, test))
    _FLAGS.changed()
    forget()
    if owner is not None:
        weakref.finalize(owner, _unregister_test, test)


def register_surfaces(words: Iterable[str], test: Callable[[str], object], owner: object = None,
                      chains: tuple[str, ...] = CHAINS) -> int:
    """As `register`, for a test that no word passes unless it is written as one of
    `words` after one of `chains` (`chained`): the test is asked now of each such
    surface, and a new word costs a look-up in one table (see _Tests)."""
    bit = new_bit()
    _add_table(bit, (w for w in chained(words, chains) if test(w)), owner)
    return bit


def register_surface_bits(words: Iterable[str], test: Callable[[str], int], owner: object = None,
                          chains: tuple[str, ...] = CHAINS) -> None:
    """As `register_bits`, for a test that sets no bit on a word unless it is written
    as one of `words` after one of `chains` (`chained`)."""
    table = {w: bits for w in chained(words, chains) if (bits := test(w))}
    mask = 0
    for bits in table.values():
        mask |= bits
    _add(table, mask, owner)


def register_words(words: Iterable[str], owner: object = None) -> int:
    """A new bit set on exactly the surface forms in `words` (as written)."""
    bit = new_bit()
    _add_table(bit, words, owner)
    return bit


def _add_table(bit: int, words: Iterable[str], owner: object) -> None:
    table = _FLAGS.table
    get = table.get
    for w in words:
        table[w] = get(w, 0) | bit
    _added(bit, owner)


def _add(bits_of: dict[str, int], mask: int, owner: object) -> None:
    table = _FLAGS.table
    get = table.get
    for w, bits in bits_of.items():
        table[w] = get(w, 0) | bits
    _added(mask, owner)


def _added(mask: int, owner: object) -> None:
    forget()  # forms seen so far lack the new bits
    if owner is not None:
        weakref.finalize(owner, _unregister_bits, mask)


def _unregister_bits(mask: int) -> None:
    """Take the bits in `mask` (of a collected owner: no other registration has them)
    off the listed surfaces."""
    table = _FLAGS.table
    for w in [w for w, bits in table.items() if bits & mask]:
        rest = table[w] & ~mask
        if rest:
            table[w] = rest
        else:
            del table[w]


def _unregister(bit: int) -> None:
    _FLAGS.tests[:] = [t for t in _FLAGS.tests if t[0] != bit]
    _FLAGS.changed()


def _unregister_test(test: Callable[[str], int]) -> None:
    _FLAGS.tests[:] = [t for t in _FLAGS.tests if t[1] is not test]
    _FLAGS.changed()


def forget() -> None:
    """Drop every computed flag: a registered test's data changed (a rebuilt
    gazetteer index), so each form is tested again when next seen."""
    global _last, _generation
    segment.forget_flags()
    _last = (None, None, None)
    _generation += 1


def _doc_flags(doc: Doc) -> tuple:
    """(doc, its tokens' flags, its tokens_with lists), kept for the last Doc: one
    tuple, read once, so the flags and the lists always belong to the same Doc."""
    global _last
    last = _last
    if last[0] is doc:
        return last
    while True:  # again if a test's data changed (forget) while the flags were read
        generation = _generation
        flags = segment.token_flags_column(doc.tokens)  # the tokeniser read them
        if flags is None:
            flags = list(map(segment.flags_of, token_norms(doc)))
        if generation == _generation:
            break
    last = _last = (doc, flags, {})
    return last


def token_flags(doc: Doc) -> list[int]:
    """The flags of each token of `doc`, kept for the last Doc."""
    return _doc_flags(doc)[1]


def tokens_with(doc: Doc, bit: int) -> list[int]:
    """Indices of the tokens whose surface passes the test of `bit`, in text order;
    kept for the last Doc (callers must not change the list)."""
    _doc, flags, found = _doc_flags(doc)
    out = found.get(bit)
    if out is None:
        grouped = found.get(None)
        if grouped is None:
            grouped = found[None] = _groups(flags)
        groups, union = grouped
        if not union & bit:  # no token has it (a third of the first asks): no scan
            out = found[bit] = []
            return out
        hits = [v for v in groups if v & bit]
        if len(hits) == 1:
            out = groups[hits[0]]
        else:  # the runs of several flag values, merged back into text order
            out = sorted([i for v in hits for i in groups[v]])
        found[bit] = out
    return out


def _groups(flags: list[int]) -> tuple[dict[int, list[int]], int]:
    """(flag value → indices of the tokens with exactly those flags (none for 0), the
    union of all the values): an article has a few dozen distinct values, so each
    bit's tokens are gathered from a few lists instead of testing every token once
    per bit, and a bit no token has is told by one test instead of a scan of them."""
    groups: dict[int, list[int]] = {}
    for i, f in zip(compress(count(), flags), compress(flags, flags)):
        run = groups.get(f)
        if run is None:
            groups[f] = [i]
        else:
            run.append(i)
    union = 0
    for f in groups:
        union |= f
    return groups, union


segment.set_flagger(_FLAGS.flags)
