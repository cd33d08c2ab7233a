"""Page furniture: "اقرأ المزيد", related-article teasers, comment widgets.

Furniture is blanked (replaced by spaces of the same length) rather than cut, so that
offsets into the original article stay valid. Marker phrases live in
data/furniture.yaml.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from rasid.text.normalize import normalize_key, translated_lines


@lru_cache(maxsize=1)
def _furniture() -> dict:
    return yaml.safe_load(resources.files("rasid").joinpath("data/furniture.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _markers() -> tuple[tuple[str, ...], tuple[str, ...], int]:
    data = _furniture()
    teaser = tuple(normalize_key(m) for m in data["teaser_markers"])
    alone = tuple(normalize_key(m) for m in data["standalone_lines"])
    return teaser, alone, int(data.get("teaser_max_words", 25))


@lru_cache(maxsize=1)
def _link_block() -> tuple[int, int]:
    """(fewest lines, most words per line) of a block of related-article links that
    no marker announces (furniture.yaml unmarked_links)."""
    block = _furniture().get("unmarked_links") or {}
    return int(block.get("min_lines", 3)), int(block.get("max_words", 14))


@lru_cache(maxsize=1)
def _marker_index() -> tuple[frozenset, tuple[int, ...], frozenset]:
    """The markers as sets, and the distinct teaser lengths: a line is tested with one
    set look-up per length instead of three string comparisons per marker."""
    teaser, alone, _ = _markers()
    return frozenset(teaser), tuple(sorted({len(t) for t in teaser})), frozenset(alone)


@lru_cache(maxsize=1)
def _decisive() -> int:
    """How many characters of a line's key decide whether it is furniture when it is
    longer than that: a teaser marker and the character after it, or a whole
    standalone line, fit in them. (A line in a teaser block is also measured in
    words: blank_furniture then reads its whole key.)"""
    teasers, lengths, alone = _marker_index()
    return max([lengths[-1] + 2 if lengths else 0, *(len(a) + 1 for a in alone)])


def _key(translated: str) -> str:
    """normalize_key of a line from its translation (see translated_lines)."""
    return " ".join(translated.lower().split())


def _is_teaser(c: str, teasers: frozenset, lengths: tuple[int, ...]) -> bool:
    """`any(c == t or c.startswith(t + " ") or c.startswith(t + ":") for t in teaser)`:
    c starts with a marker that ends the line or is followed by a space or a colon."""
    n = len(c)
    if not lengths or lengths[0] > n:
        return False
    # a line that starts with a marker starts with that marker's first lengths[0]
    # characters: one set look-up rejects most lines (paragraphs) before the loop
    global _heads
    k0 = lengths[0]
    if _heads[0] is not teasers or _heads[1] != k0:
        _heads = (teasers, k0, frozenset(t[:k0] for t in teasers))
    if c[:k0] not in _heads[2]:
        return False
    for k in lengths:
        if k > n:
            break
        if (k == n or c[k] in " :") and c[:k] in teasers:
            return True
    return False


_heads: tuple = (None, 0, frozenset())  # (teasers, shortest length, their beginnings of that length)


_STRIP = " :：-–—|•·*>\"'."


def _clean(line: str) -> str:
    return normalize_key(line).strip(_STRIP)


def is_furniture_line(line: str) -> bool:
    teasers, lengths, alone = _marker_index()
    c = _clean(line)
    if not c:
        return False
    return c in alone or _is_teaser(c, teasers, lengths)


def blank_furniture(text: str) -> str:
    """Blank furniture lines. A teaser marker ("اقرأ أيضا: ...") blanks its own line and
    the short headline-like lines that follow it, up to the next real paragraph."""
    max_words = _markers()[2]
    teasers, lengths, alone = _marker_index()
    # A paragraph's key is decided by its first `need` characters, and those come from
    # the first `cut` characters of its translation: a long line's key is built from
    # those alone (most lines of an article are paragraphs, and building each whole
    # key was most of this function's time). The cut key is a prefix of the whole key
    # but for its last character (str.lower's final sigma reads the next character),
    # so it is used only when more than `need` characters long.
    need = _decisive()
    cut = 2 * need + 16
    lines = text.split("\n")
    out: list[str] = []
    in_teaser = False
    for line, t in zip(lines, translated_lines(text)):
        c = None
        if len(t) > cut:
            c = _key(t[:cut]).strip(_STRIP)
            if len(c) <= need:
                c = None
        if c is None:
            c = _key(t).strip(_STRIP)  # _clean(line)
        if not c:
            out.append(line)
            continue
        if _is_teaser(c, teasers, lengths):
            in_teaser = True
            out.append(" " * len(line))
            continue
        if c in alone:
            out.append(" " * len(line))
            continue
        if in_teaser and len(_key(t).strip(_STRIP).split()) <= max_words \
                and not line.rstrip().endswith((".", "؟", "!")):
            out.append(" " * len(line))
            continue
        in_teaser = False
        out.append(line)
    return "\n".join(_blank_link_blocks(out))


_SENTENCE_END = (".", "؟", "?", "!", ":", "،", ",", "؛")


def _blank_link_blocks(lines: list[str]) -> list[str]:
    """Blank runs of headline-like lines in the body: "درنة مدينة استراتيجية ... /
    "طرد" تنظيم الدولة من درنة / تعيين خليفة حفتر رسميا قائدا للجيش": three or more
    short lines in a row, none ending a sentence, are a box of links to other stories
    that no "اقرأ أيضا" announces (BBC Arabic sets them between paragraphs). Their
    words tell other stories' events, never this one's. The article's first line is
    left alone (a headline or a dateline may stand there), and so are lists of one or
    two items."""
    fewest, most = _link_block()
    # (a paragraph is rejected by its spaces before it is split into words)
    short = [bool(x) and not x.endswith(_SENTENCE_END) and x.count(" ") < 2 * most and len(x.split()) <= most
             for x in (line.strip() for line in lines)]
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    out = lines
    i = first + 1
    n = len(lines)
    while i < n:
        if not short[i]:
            i += 1
            continue
        j = i
        while j < n and short[j]:
            j += 1
        if j - i >= fewest:
            if out is lines:
                out = list(lines)
            for k in range(i, j):
                out[k] = " " * len(lines[k])
        i = j
    return out
