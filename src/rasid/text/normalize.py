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
from itertools import chain
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
    norm = _translate(text)
    n = len(text)
    R = _ints(n + 1)
    if len(norm) == n and not _expanding().search(text):
        return norm, R[:n + 1]
    table = _table()
    parts: list[tuple[int, ...]] = []
    pos = 0
    for m in _special().finditer(text):
        i = m.start()
        if pos < i:
            parts.append(R[pos:i])
        rep = table.get(ord(m.group(0)), "")
        if rep:
            parts.append((i,) * len(rep))
        pos = i + 1
    parts.append(R[pos:n + 1])
    return norm, tuple(chain.from_iterable(parts))


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
    character in ten or so changes: find which distinct characters change (one C
    regex scan) and `str.replace` each. Same result because no replacement contains
    a character that is itself replaced (checked when the table is compiled, else
    this falls back to str.translate)."""
    global _last_translated
    last = _last_translated
    if last[0] == text:
        return last[1]  # the Doc's text, just translated whole for furniture (same text)
    plan = _replace_plan()
    if plan is None:
        out = text.translate(_fast_table())
    else:
        pattern, repl = plan
        out = text
        for c in set(pattern.findall(text)):
            out = out.replace(c, repl[c])
    if len(text) > 200:  # the last article's text; short keys are not worth keeping
        _last_translated = (text, out)
    return out


_last_translated: tuple = (None, None)


@lru_cache(maxsize=1)
def _replace_plan():
    import re
    repl = {chr(k): (v or "") for k, v in _fast_table().items() if (v or "") != chr(k)}
    if not repl or any(c in repl for v in repl.values() for c in v):
        return None
    return re.compile("[" + "".join(re.escape(c) for c in repl) + "]"), repl
