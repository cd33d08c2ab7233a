"""Page furniture: "اقرأ المزيد", related-article teasers, comment widgets.

Furniture is blanked (replaced by spaces of the same length) rather than cut, so that
offsets into the original article stay valid. Marker phrases live in
data/furniture.yaml.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from rasid.text.normalize import normalize_key


@lru_cache(maxsize=1)
def _markers() -> tuple[tuple[str, ...], tuple[str, ...], int]:
    data = yaml.safe_load(resources.files("rasid").joinpath("data/furniture.yaml").read_text("utf-8"))
    teaser = tuple(normalize_key(m) for m in data["teaser_markers"])
    alone = tuple(normalize_key(m) for m in data["standalone_lines"])
    return teaser, alone, int(data.get("teaser_max_words", 25))


def _clean(line: str) -> str:
    return normalize_key(line).strip(" :：-–—|•·*>\"'.")


def is_furniture_line(line: str) -> bool:
    teaser, alone, _ = _markers()
    c = _clean(line)
    if not c:
        return False
    return c in alone or any(c == t or c.startswith(t + " ") or c.startswith(t + ":") for t in teaser)


def blank_furniture(text: str) -> str:
    """Blank furniture lines. A teaser marker ("اقرأ أيضا: ...") blanks its own line and
    the short headline-like lines that follow it, up to the next real paragraph."""
    teaser, alone, max_words = _markers()
    lines = text.split("\n")
    out: list[str] = []
    in_teaser = False
    for line in lines:
        c = _clean(line)
        if not c:
            out.append(line)
            continue
        is_teaser = any(c == t or c.startswith(t + " ") or c.startswith(t + ":") for t in teaser)
        if is_teaser:
            in_teaser = True
            out.append(" " * len(line))
            continue
        if c in alone:
            out.append(" " * len(line))
            continue
        if in_teaser and len(c.split()) <= max_words and not line.rstrip().endswith((".", "؟", "!")):
            out.append(" " * len(line))
            continue
        in_teaser = False
        out.append(line)
    return "\n".join(out)
