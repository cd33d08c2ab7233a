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
    check_unicode(text, name, "text")
    if len(text) > MAX_CHARS:
        raise InputError(name, f"text is {len(text):,} characters; the limit is {MAX_CHARS:,}")
    if not _has_arabic(text[:20000]):
        raise InputError(name, "text has no Arabic (rasid codes Arabic news)")
    return text


def check_unicode(value: str, name: str, field: str) -> None:
    """A lone UTF-16 surrogate (a broken "\\ud800" escape in JSON, an undecodable file
    name) is not text: it cannot be written to the store or any export, so the record
    is refused here, by name, rather than stopping a batch run when it is stored."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise InputError(name, f"{field} holds a lone surrogate (U+{ord(value[e.start]):04X} at "
                               f"character {e.start}): not valid Unicode (a broken \\u escape?)") from None


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
