"""Offset-preserving normalisation of Arabic text.

Matching needs one spelling per word (أ/إ/آ → ا, ى → ي, ة → ه, no diacritics or
tatweel, Western digits), but evidence must point into the original text. So we build
a normalised view *and* a map from each normalised character back to its raw index;
characters that normalise to nothing (diacritics, tatweel, bidi marks) simply have no
entry. The table lives in data/charmap.json.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    raw = json.loads(resources.files("rasid").joinpath("data/charmap.json").read_text("utf-8"))
    return {ord(k): v for k, v in raw["map"].items()}


@lru_cache(maxsize=1)
def _translate_table() -> dict[int, str | None]:
    return {k: (v if v else None) for k, v in _table().items()}


def normalize(text: str) -> tuple[str, tuple[int, ...]]:
    """Return (normalised text, offsets) where offsets[i] is the raw index of the
    i-th normalised character and offsets[-1] == len(text).

    Latin letters are lower-cased (one-to-one for the scripts news uses). One
    str.translate does the work; offsets are rebuilt only around the characters
    that vanish or expand, which keeps this linear and fast in C.

    The last result is kept: the store's duplicate check and the Doc of the same
    article both normalise its text, and the second call then costs nothing."""
    global _last
    last = _last
    if last[0] == text:
        return last[1]
    result = _normalize(text)
    _last = (text, result)
    return result


_last: tuple = (None, None)


def _normalize(text: str) -> tuple[str, tuple[int, ...]]:
    global _identity
    norm, changed = _translate_changed(text)
    n = len(text)
    R = _ints(n + 1)
    if changed is not None:
        # the characters that vanish or expand are among those _translate replaced:
        # none of them, nothing to scan for; else their places by str.find (a few an
        # article) instead of a regex scan of the whole text
        specials = _special_chars().intersection(changed)
        if not specials:
            _identity = R[:n + 1]
            return norm, _identity
        places = []
        for c in specials:
            i = text.find(c)
            while i >= 0:
                places.append(i)
                i = text.find(c, i + 1)
        places.sort()
    elif len(norm) == n and not _expanding().search(text):
        _identity = R[:n + 1]
        return norm, _identity
    else:
        places = [m.start() for m in _special().finditer(text)]
    table = _table()
    out: list[int] = []
    pos = 0
    for i in places:
        if pos < i:
            out += R[pos:i]
        rep = table.get(ord(text[i]), "")
        if rep:
            out += (i,) * len(rep)
        pos = i + 1
    out += R[pos:n + 1]
    return norm, tuple(out)


# the last offsets _normalize made with no character changed in length (at first a
# tuple of its own: the empty tuple is shared)
_identity: tuple[int, ...] = (-1,)


def is_identity(offsets: tuple[int, ...]) -> bool:
    """Whether `offsets` is an offset map `normalize` made for a text in which no
    character vanished or expanded (`offsets[i] == i`: about half of the news). Known
    without reading it, for the last such map only: the tokeniser, which gets the map
    right after normalize made it, then takes its normalised offsets as the raw ones."""
    return offsets is _identity


_INTS: tuple[int, ...] = ()


def _ints(n: int) -> tuple[int, ...]:
    """A tuple (0, 1, ..., m-1) with m ≥ n, kept between calls: slicing it shares the
    int objects instead of allocating one per character of every article."""
    global _INTS
    if len(_INTS) < n:
        if n > 1 << 18:  # a huge text: do not keep millions of ints around
            return tuple(range(n))
        _INTS = tuple(range(max(n, 1 << 15)))
    return _INTS


@lru_cache(maxsize=1)
def _fast_table() -> dict[int, str | None]:
    t = {k: (v if v else None) for k, v in _table().items()}
    for c in range(ord("A"), ord("Z") + 1):
        t.setdefault(c, chr(c).lower())
    return t


@lru_cache(maxsize=1)
def _special():
    """Characters that normalise to nothing or to more than one character."""
    import re
    chars = [chr(k) for k, v in _table().items() if len(v) != 1]
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]") if chars else re.compile("(?!x)x")


@lru_cache(maxsize=1)
def _special_chars() -> frozenset[str]:
    """The characters of `_special` (that normalise to nothing or to more than one)."""
    return frozenset(chr(k) for k, v in _table().items() if len(v) != 1)


@lru_cache(maxsize=1)
def _expanding():
    import re
    chars = [chr(k) for k, v in _table().items() if len(v) > 1]
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]") if chars else re.compile("(?!x)x")


def normalize_key(text: str) -> str:
    """Normalise a lexicon entry the same way as article text, collapsing spaces.
    Used when compiling data files so keys and text agree."""
    t = _translate(text).lower()  # == text.translate(_translate_table()).lower()
    return " ".join(t.split())


def translated_lines(text: str) -> list[str]:
    """The lines of `text`, each translated as `normalize_key` translates it (not yet
    lower-cased nor its spaces collapsed): `normalize_key(line)` is
    `" ".join(t.lower().split())` of its translation `t`. One translation of the
    whole text when no character maps to or from a line break."""
    if not _lines_safe():
        return [_translate(line) for line in text.split("\n")]
    return _translate(text).split("\n")


@lru_cache(maxsize=1)
def _lines_safe() -> bool:
    """No character maps to or from a line break."""
    table = _fast_table()
    return ord("\n") not in table and not any("\n" in v for v in table.values() if v)


def _translate(text: str) -> str:
    """`text.translate(_fast_table())`, three to four times faster on Arabic.

    str.translate looks every character up in a dict, while in news text only one
    character in ten or so changes: find each distinct character that changes (C
    regex searches that together read the text once) and `str.replace` it. Same result because no replacement contains
    a character that is itself replaced (checked when the table is compiled, else
    this falls back to str.translate)."""
    return _translate_changed(text)[0]


def _translate_changed(text: str) -> tuple[str, list[str] | None]:
    """(_translate(text), the distinct characters of `text` that changed, or None
    when not known)."""
    global _last_translated
    last = _last_translated
    if last[0] == text:
        return last[1]  # the Doc's text, just translated whole for furniture (same text)
    plan = _replace_plan()
    if plan is None:
        out = text.translate(_fast_table()), None
    else:
        # each distinct character that changes, found by a search that resumes where
        # the last one was found (what is before it holds none), and replaced whole:
        # one look at the text, and no list of every character that changes
        pattern, repl = plan
        new = text
        changed = []
        m = pattern.search(new)
        while m is not None:
            c = m.group()
            changed.append(c)
            at = m.start()
            new = new.replace(c, repl[c])  # (no replacement holds a character replaced)
            m = pattern.search(new, at)
        out = new, changed
    if len(text) > 200:  # the last article's text; short keys are not worth keeping
        _last_translated = (text, out)
    return out


# the last long text translated, and (its translation, the characters that changed)
_last_translated: tuple = (None, None)


@lru_cache(maxsize=1)
def _replace_plan():
    import re
    repl = {chr(k): (v or "") for k, v in _fast_table().items() if (v or "") != chr(k)}
    if not repl or any(c in repl for v in repl.values() for c in v):
        return None
    return re.compile("[" + "".join(re.escape(c) for c in repl) + "]"), repl
