"""Saved news pages → article text and metadata.

trafilatura finds the main text and the page's own metadata (title, date, site
name); what it keeps of inline teasers ("اقرأ أيضا: ...") is dropped with the same
marker list the pipeline uses (data/furniture.yaml), so a teaser headline is never
coded as an event of this article. Lines are dropped, not blanked: the text returned
here *is* the article's original text, and every later offset indexes it.
"""
from __future__ import annotations

from dataclasses import dataclass

from rasid.ingest.boilerplate import blank_furniture


@dataclass(frozen=True)
class HtmlPage:
    """What a page gives us: main text plus the metadata the page declares."""

    text: str
    title: str | None = None
    date: str | None = None  # as trafilatura reports it (YYYY-MM-DD)
    sitename: str | None = None
    url: str | None = None


def drop_teasers(text: str) -> str:
    """Remove furniture lines (teasers and the short headlines after them)."""
    kept = [line for line, blanked in zip(text.split("\n"), blank_furniture(text).split("\n"))
            if blanked.strip() or not line.strip()]
    out = "\n".join(kept)
    while "\n\n\n" in out:
        out = out.replace("\n\n\n", "\n\n")
    return out.strip()


def parse_html(html: str) -> HtmlPage:
    """Main text and metadata of one page; text is "" when no article body is found."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, output_format="txt",
                               include_tables=False, with_metadata=False) or ""
    meta = trafilatura.extract_metadata(html)
    title = date = sitename = url = None
    if meta is not None:
        title = meta.title or None
        date = meta.date or None
        sitename = meta.sitename or None
        url = meta.url or None
    return HtmlPage(drop_teasers(text), title, date, sitename, url)
