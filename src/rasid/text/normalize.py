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

    Latin letters are lower-cased (one-to-one for the scripts news uses)."""
    table = _table()
    out: list[str] = []
    offsets: list[int] = []
    # fast path: most characters map to themselves
    for i, ch in enumerate(text):
        rep = table.get(ord(ch))
        if rep is None:
            if "A" <= ch <= "Z":
                ch = ch.lower()
            out.append(ch)
            offsets.append(i)
        elif rep:
            for r in rep:
                out.append(r)
                offsets.append(i)
    offsets.append(len(text))
    return "".join(out), tuple(offsets)


def normalize_key(text: str) -> str:
    """Normalise a lexicon entry the same way as article text, collapsing spaces.
    Used when compiling data files so keys and text agree."""
    t = text.translate(_translate_table()).lower()
    return " ".join(t.split())
