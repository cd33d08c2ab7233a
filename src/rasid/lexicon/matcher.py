"""Dictionary matching on token boundaries, proclitics allowed.

Arabic attaches و ف ب ل ك and the article ال to the word, so a lexicon entry such as
"الحسكة" must match "وبالحسكة" and "للحسكة" but never "الحسكاوي", and "حلب" must not
match inside "الحلبي" (the flashtext trap). We therefore match whole tokens: each
token is expanded once into the forms it can take after stripping a valid proclitic
chain, and entries (one or more words) are looked up by their first word in a dict.
One pass over the tokens per lexicon; no regex per entry.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from itertools import compress
from operator import itemgetter
from typing import Any, Iterable

from rasid.model import Doc, quick_init
from rasid.text import wordflags
from rasid.text.document import token_norms
from rasid.text.normalize import normalize_key
from rasid.text.segment import forms_of, proclitic_forms, token_columns, word_records


@quick_init
@dataclass(frozen=True)
class Hit:
    """A lexicon entry found at tokens [start, end)."""

    start: int
    end: int
    payload: Any
    prefix: str  # proclitics stripped from the first token


_forms_of_record = itemgetter(2)
_NONE = object()  # no one-word entry (a payload may be None)


class TokenForms:
    """What `token_forms` returns: a read-only sequence with one tuple of (form,
    prefix) pairs per token. The pairs stay in the tokeniser's memo records
    (`records[k][2]`), which it reads for every token anyway: a Lexicon looks at the
    forms of a few tokens only, so they are not copied out for all of them. It also
    keeps the tokens' surfaces (`norms`), which lets a Lexicon find the tokens where
    one of its entries can start without looking at every form."""

    __slots__ = ("records", "norms")

    def __init__(self, records: list[tuple], norms: list[str]) -> None:
        self.records = records
        self.norms = norms

    def __len__(self) -> int:
        return len(self.records)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return tuple(map(_forms_of_record, self.records[k]))
        return self.records[k][2]

    def __iter__(self):
        return map(_forms_of_record, self.records)


_last_forms: tuple = (None, None)


def token_forms(doc: Doc) -> TokenForms:
    """For each token, the (form, prefix) pairs it may stand for: the word itself and
    the word after each valid proclitic chain. "للجيش" also yields "الجيش" (ل + ال).
    The last document's forms are kept, so recognisers that call this for the same
    Doc share one computation."""
    global _last_forms
    last = _last_forms
    if last[0] is doc:
        return last[1]
    norms = token_norms(doc)
    cols = token_columns(doc.tokens)  # the tokeniser read the forms with the clitics
    forms = TokenForms(cols[3] if cols is not None else word_records(norms), norms)
    _last_forms = (doc, forms)
    return forms


def _can_start(index: dict, allow_prefix: bool, w: str) -> bool:
    """`any(form in index and (allow_prefix or not prefix) for form, prefix in
    proclitic_forms(w))`: only the first form, the word itself, has no proclitic."""
    if not allow_prefix:
        return w in index
    return not index.keys().isdisjoint(map(_form_of, forms_of(w)))


_form_of = itemgetter(0)


def _register_starts(lexicon: "Lexicon", firsts: tuple[str, ...], allow_prefix: bool) -> int:
    """A word flag bit for the tokens where an entry of `lexicon` can start (see
    _can_start), dropped with the lexicon. A surface can start an entry only if it is a
    first word written after a proclitic chain, so the surfaces that can are listed
    once here (wordflags.register_surfaces) and a new word costs no test of its forms."""
    if not allow_prefix:
        return wordflags.register_words(firsts, owner=lexicon)
    index = dict.fromkeys(firsts)
    return wordflags.register_surfaces(firsts, partial(_any_form_in, index), owner=lexicon,
                                       chains=wordflags.PREFIX_CHAINS)


def _any_form_in(index: dict, w: str) -> bool:
    return not index.keys().isdisjoint(map(_form_of, proclitic_forms(w)))


class Lexicon:
    """Entries: (surface form, payload). Multi-word forms match consecutive tokens;
    the first token may carry proclitics, the others must match exactly."""

    def __init__(self, entries: Iterable[tuple[str, Any]], allow_prefix: bool = True):
        self.allow_prefix = allow_prefix
        index: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for surface, payload in entries:
            words = tuple(normalize_key(surface).split())
            if not words:
                continue
            index.setdefault(words[0], []).append((words, payload))
        # longest entries first so the first success is the longest match
        self.index = {k: sorted(v, key=lambda e: -len(e[0])) for k, v in index.items()}
        # the same lists split by second word (multi-word entries, still longest
        # first) and the one-word entries: a token looks only at entries whose
        # second word is the next token
        multi: dict[str, dict[str, list]] = {}
        single: dict[str, list] = {}
        for first, cands in self.index.items():
            for words, payload in cands:
                if len(words) == 1:
                    single.setdefault(first, []).append((words, payload))
                else:
                    multi.setdefault(first, {}).setdefault(words[1], []).append((words, payload))
        # both by first word, in one dict (one look-up per form of a token, and most
        # forms of a token are no first word): (by second word or None, the payload
        # of the first one-word entry, or _NONE)
        self._firsts: dict[str, tuple[dict[str, list] | None, Any]] = {
            w: (multi.get(w), single[w][0][1] if w in single else _NONE) for w in self.index}
        self._start_bit = _register_starts(self, tuple(self.index), allow_prefix)

    def can_start(self, w: str) -> bool:
        """Can an entry start at a token written `w`?"""
        return _can_start(self.index, self.allow_prefix, w)

    def __len__(self) -> int:
        return sum(len(v) for v in self.index.values())

    def find(self, doc: Doc, forms=None, longest: bool = True) -> list[Hit]:
        """All hits, left to right. With `longest`, overlapping hits are resolved
        leftmost-longest."""
        forms = forms if forms is not None else token_forms(doc)
        toks = doc.tokens
        n = len(toks)
        hits: list[Hit] = []
        if isinstance(forms, TokenForms):
            if forms.norms is token_norms(doc):
                # only the tokens where an entry can start (the others give no hit)
                starts = wordflags.tokens_with(doc, self._start_bit)
            else:
                starts = compress(range(n), map(self.can_start, forms.norms))
            records = forms.records  # (the forms of token i at [i][2])
        else:
            starts = range(n)
            records = [(None, None, f) for f in forms]
        allow_prefix = self.allow_prefix
        get = self._firsts.get
        nxt = 0
        for i in starts:
            if i < nxt:
                continue
            best: Hit | None = None
            blen = 0
            for form, prefix in records[i][2]:
                ent = get(form)
                if ent is None or (prefix and not allow_prefix):
                    continue
                by_second, one = ent
                if by_second is not None and i + 1 < n:
                    sent = toks[i].sentence
                    t = toks[i + 1]
                    cands = by_second.get(t.norm) if t.sentence == sent else None
                    if cands:
                        for words, payload in cands:
                            k = len(words)
                            if k <= blen:
                                break
                            if i + k > n or toks[i + k - 1].sentence != sent:
                                continue
                            if all(toks[i + j].norm == words[j] for j in range(2, k)):
                                best, blen = Hit(i, i + k, payload, prefix), k
                                break
                if blen < 1 and one is not _NONE:
                    best, blen = Hit(i, i + 1, one, prefix), 1
            if best is not None:
                hits.append(best)
                if longest:
                    nxt = best.end
        return hits
