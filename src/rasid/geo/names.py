"""Canonical look-up keys for place names.

Arabic news writes the same place with or without the article (الحسكة / حسكة, and
بالحسكة after a preposition), and transliterations vary in hyphens, apostrophes and
diacritics (Deir-ez-Zor, Dayr az Zawr). A key folds those differences away so that the
gazetteer, the recogniser and `Gazetteer.lookup` all agree on one spelling per name.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from rasid.text.normalize import normalize_key

_LATIN_ARTICLES = ("al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an ", "ath ", "adh ")
_PUNCT = str.maketrans({c: " " for c in "-_/(),.;:\"«»“”"} | {c: "" for c in "'’‘`ʿʾ´"})


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """One key per name: normalised, punctuation folded, leading article dropped.

    'الحسكة' → 'حسكه'; 'Al-Hasakeh' → 'hasakeh'; 'دير الزور' → 'دير الزور' (only the
    first word loses its article, because inner articles are part of the name)."""
    text = name.translate(_PUNCT)
    if any("a" <= c.lower() <= "z" for c in text[:3]) or text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    key = normalize_key(text)
    for art in _LATIN_ARTICLES:
        if key.startswith(art) and len(key) > len(art) + 2:
            return key[len(art):]
    if key.startswith("ال") and len(key.split(" ", 1)[0]) >= 4:
        return key[2:]
    return key


# proclitic chains that may precede a name in running text, longest first; not the
# comparative ك: "كبيرا" (large) is no ك + Beira, and "كسوريا" is rare in news
_PROCLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "")


def word_variants(word: str) -> tuple[tuple[int, str], ...]:
    """Keys a normalised text word may stand for once proclitics are removed, as
    (characters removed, key) with the unstripped reading first.

    'وبالحسكه' → (0,'وبالحسكه'), (4,'حسكه'); 'للرقه' → (0,'للرقه'), (2,'رقه')."""
    out: list[tuple[int, str]] = []
    seen: set[str] = set()
    for p in reversed(_PROCLITICS):
        if not word.startswith(p):
            continue
        rest = word[len(p):]
        if rest.startswith("ال") and len(rest) >= 4:
            cands = ((len(p) + 2, rest[2:]),)
        elif p.endswith("ل") and rest.startswith("ل") and len(rest) >= 3:
            cands = ((len(p) + 1, rest[1:]), (len(p), rest))  # لل = ل + ال
        else:
            cands = ((len(p), rest),)
        for cut, cand in cands:
            if len(cand) < 2 or (cut and len(cand) < 3) or cand in seen:
                continue
            seen.add(cand)
            out.append((cut, cand))
    return tuple(out)
