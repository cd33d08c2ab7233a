"""Build a Doc (normalised view + offset map, sentences, tokens) from an Article."""
from __future__ import annotations

from rasid.ingest.boilerplate import blank_furniture
from rasid.model import Article, Doc
from rasid.text.normalize import normalize
from rasid.text.segment import sentences, tokens


def make_doc(article: Article) -> Doc:
    """Prepare an article for recognition. Page furniture is blanked with spaces (not
    cut), so every offset still indexes `article.text`."""
    text = blank_furniture(article.text)
    norm, offsets = normalize(text)
    title_lines = 1 if _first_line_is_title(text) else 0
    sents = sentences(norm, offsets, title_lines)
    toks = tokens(norm, offsets, sents)
    return Doc(article, text, norm, offsets, sents, toks)


def _first_line_is_title(text: str) -> bool:
    first, sep, rest = text.strip().partition("\n")
    if not sep or not rest.strip():
        return False
    line = first.strip()
    return len(line.split()) <= 20 and not line.endswith((".", "،", ":"))


_last_norms: tuple = (None, None)


def token_norms(doc: Doc) -> list[str]:
    """`[t.norm for t in doc.tokens]`, kept for the last Doc: recognisers that scan
    for the few tokens they care about share one list (callers must not change it)."""
    global _last_norms
    last = _last_norms
    if last[0] is doc:
        return last[1]
    norms = [t.norm for t in doc.tokens]
    _last_norms = (doc, norms)
    return norms
