"""Wires the stages. The only module that knows their order."""
from __future__ import annotations

from rasid.model import Article, Extraction


def extract_article(article: Article) -> Extraction:
    """Code one article: text → mentions → events → places → in-article merge."""
    return Extraction(article, ())
