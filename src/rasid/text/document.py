"""Build a Doc (normalised view + offset map, sentences, tokens) from an Article."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from rasid.ingest.boilerplate import blank_furniture
from rasid.model import Article, Doc
from rasid.text.normalize import normalize
from rasid.text.segment import sentences, token_columns, tokens


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


def lead_sentence(doc: Doc) -> int:
    """The index of the lead, the first sentence of the body (after any title), or -1."""
    return next((s.index for s in doc.sentences if not s.is_title), -1)


def token_norms(doc: Doc) -> list[str]:
    """`[t.norm for t in doc.tokens]`, kept for the last Doc: recognisers that scan
    for the few tokens they care about share one list (callers must not change it)."""
    global _last_norms
    last = _last_norms
    if last[0] is doc:
        return last[1]
    cols = token_columns(doc.tokens)
    norms = cols[0] if cols is not None else [t.norm for t in doc.tokens]
    _last_norms = (doc, norms)
    return norms


_last_index: tuple = (None, None)


def _token_index(doc: Doc) -> tuple[list[int], list[int]]:
    """(raw start of each token, sentence of each token), kept for the last Doc. Both
    ascend: tokens are in text order and each sentence holds one run of tokens."""
    global _last_index
    last = _last_index
    if last[0] is doc:
        return last[1]
    toks = doc.tokens
    cols = token_columns(toks)
    out = (cols[1], cols[2]) if cols is not None else ([t.start for t in toks], [t.sentence for t in toks])
    _last_index = (doc, out)
    return out


def sentence_tokens(doc: Doc, s: int) -> range:
    """The indices of the tokens of sentence s (`t.sentence == s`), without a scan of
    every token per question."""
    sids = _token_index(doc)[1]
    return range(bisect_left(sids, s), bisect_right(sids, s))


def token_at(doc: Doc, raw: int) -> int | None:
    """Index of the token that holds raw offset `raw`, else None: by bisection, as
    callers ask once per event or mention and a long article has many tokens."""
    i = bisect_right(_token_index(doc)[0], raw) - 1
    return i if i >= 0 and doc.tokens[i].end > raw else None


def first_token_from(doc: Doc, raw: int) -> int:
    """Index of the first token starting at or after raw offset `raw`, else len(tokens)."""
    return bisect_left(_token_index(doc)[0], raw)

