"""Checks on incoming articles, with errors that name the input and the problem."""
from __future__ import annotations

from datetime import date, datetime

import regex

from rasid.errors import InputError

_ARABIC = regex.compile(r"\p{Arabic}")
MAX_CHARS = 2_000_000


def check_text(text: object, name: str) -> str:
    if not isinstance(text, str):
        raise InputError(name, f"text must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InputError(name, "text is empty")
    if "\x00" in text:
        raise InputError(name, "text contains NUL bytes (binary data?)")
    if len(text) > MAX_CHARS:
        raise InputError(name, f"text is {len(text):,} characters; the limit is {MAX_CHARS:,}")
    if not _has_arabic(text[:20000]):
        raise InputError(name, "text has no Arabic (rasid codes Arabic news)")
    return text


def _has_arabic(text: str, needed: int = 10) -> bool:
    """At least `needed` Arabic letters; stops as soon as it has seen them."""
    n = 0
    for _ in _ARABIC.finditer(text):
        n += 1
        if n >= needed:
            return True
    return False


def parse_published(value: object, name: str) -> date:
    """A publication date from a date, a datetime or an ISO string (YYYY-MM-DD...)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise InputError(name, "publication date is missing")
    v = value.strip()
    try:
        return date.fromisoformat(v[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(v.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime
        return parsedate_to_datetime(v).date()
    except (TypeError, ValueError, IndexError):
        raise InputError(name, f"publication date {value!r} is not a valid date (expected YYYY-MM-DD)") from None
