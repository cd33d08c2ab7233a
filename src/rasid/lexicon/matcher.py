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
from typing import Any, Iterable

from rasid.model import Doc
from rasid.text.normalize import normalize_key

_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


@dataclass(frozen=True)
class Hit:
    """A lexicon entry found at tokens [start, end)."""

    start: int
    end: int
    payload: Any
    prefix: str  # proclitics stripped from the first token


def token_forms(doc: Doc) -> tuple[tuple[tuple[str, str], ...], ...]:
    """For each token, the (form, prefix) pairs it may stand for: the word itself and
    the word after each valid proclitic chain. "للجيش" also yields "الجيش" (ل + ال)."""
    return tuple(_forms(t.norm) for t in doc.tokens)


def _forms(w: str) -> tuple[tuple[str, str], ...]:
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

    def __len__(self) -> int:
        return sum(len(v) for v in self.index.values())

    def find(self, doc: Doc, forms=None, longest: bool = True) -> list[Hit]:
        """All hits, left to right. With `longest`, overlapping hits are resolved
        leftmost-longest."""
        forms = forms if forms is not None else token_forms(doc)
        toks = doc.tokens
        n = len(toks)
        hits: list[Hit] = []
        index = self.index
        i = 0
        while i < n:
            best: Hit | None = None
            for form, prefix in forms[i]:
                if prefix and not self.allow_prefix:
                    continue
                cands = index.get(form)
                if not cands:
                    continue
                for words, payload in cands:
                    k = len(words)
                    if best is not None and k <= best.end - best.start:
                        break
                    if i + k > n or toks[i + k - 1].sentence != toks[i].sentence:
                        continue
                    if all(toks[i + j].norm == words[j] for j in range(1, k)):
                        best = Hit(i, i + k, payload, prefix)
                        break
            if best is not None:
                hits.append(best)
                if longest:
                    i = best.end
                    continue
            i += 1
        return hits
