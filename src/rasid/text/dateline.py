"""Where a wire dateline ends: "القدس (CNN)-- ...", "بغداد (رويترز) - ...", "عين اليوم – صنعاء".

The city of a dateline is where the report was filed, not where anything happened: it
may stand for "the city" later in the lead, but it is no fallback place for an event
the article places nowhere.
"""
from __future__ import annotations

import regex

# a short opening (a city, perhaps ", country", perhaps an agency in brackets) closed by a
# dash: up to five whole words, then the word the dash or bracket follows. Whole words
# are matched with "\s+" between them, never "\S+\s*": a word that may be cut
# anywhere lets the engine try every way of cutting the line when no dash follows
# (~0.25 ms per article, more than the tokeniser), and it would reach past the first
# dash of "(CNN)-- ... -" to a later one.
_DATELINE = regex.compile(r"\A\s*(?:\S+\s+){0,5}?\S+\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]+(?=\s|\S)")
_MAX_WORDS = 6  # with an agency in brackets
_BARE_WORDS = 3  # "رام الله -"
_LINE_WORDS = 5


def dateline_end(text: str) -> int:
    """Offset just past the dateline at the start of `text`, or 0 if there is none."""
    first = text[:120].split("\n", 1)[0]
    if "-" not in first and "–" not in first and "—" not in first:
        return 0  # both forms end at a dash (a plain test, cheaper than letting the pattern fail)
    if "\n" in text[:120] and len(first.split()) <= _LINE_WORDS and regex.search(r"\s[-–—]+\s", first):
        return len(first)  # a line of its own: "عين اليوم – صنعاء"
    m = _DATELINE.match(first)
    if m is None:
        return 0
    head = first[:m.end()].rstrip("-–— ")
    agency = "(" in head
    if len(head.split()) > (_MAX_WORDS if agency else _BARE_WORDS) or any(ch in head for ch in ".؟!:"):
        return 0
    if regex.search(r"\d", head):
        return 0  # "قتل 20 - 30 شخصاً" is a range, not a dateline
    return m.end()
