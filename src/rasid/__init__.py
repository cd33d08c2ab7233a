"""rasid (راصد): ACLED-style event coding of Arabic conflict news, with evidence spans.

    >>> import rasid
    >>> result = rasid.extract(text, published="2022-01-27", source="SANA")
    >>> for event in result.events: ...
"""
from __future__ import annotations

from datetime import date

from rasid.model import Article, Event, Extraction

__all__ = ["extract", "Article", "Event", "Extraction"]
__version__ = "0.1.0"


def extract(text: str, published: date | str | None = None, source: str | None = None,
            article_id: str = "article", title: str | None = None, url: str | None = None) -> Extraction:
    """Code one Arabic article into events. `published` (a date or YYYY-MM-DD) anchors
    relative dates such as "أمس" and "صباح اليوم الخميس"."""
    from rasid.ingest.validate import parse_published, check_text
    from rasid.pipeline import extract_article

    check_text(text, article_id)
    pub = parse_published(published, article_id) if published is not None else None
    return extract_article(Article(article_id, text, pub, title, url, source))
