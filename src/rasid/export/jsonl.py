"""JSON Lines export: one `event_row` dict per line, keys in ACLED's order.

Also home of the two helpers every writer shares: turning Events into rows (so a
writer accepts stored rows or freshly coded Events alike) and opening the output.
"""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

from rasid.export.acled import event_row
from rasid.model import Event


def as_rows(rows_or_events: Iterable) -> Iterator[dict]:
    """event_row dicts; Events are numbered by their position within their article."""
    counts: dict[str, int] = {}
    for item in rows_or_events:
        if isinstance(item, Event):
            i = counts.get(item.article_id, 0)
            counts[item.article_id] = i + 1
            yield event_row(item, i)
        else:
            yield item

@contextmanager
def opened(out, binary: bool = False) -> Iterator[IO]:
    """A writable stream for `out`: a path (created), an open stream (left open),
    or None / "-" for standard output."""
    if out is None or out == "-":
        yield sys.stdout.buffer if binary else sys.stdout
    elif isinstance(out, (str, Path)):
        with open(out, "wb" if binary else "w", encoding=None if binary else "utf-8",
                  newline=None if binary else "") as f:
            yield f
    else:
        yield out

def dumps(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False, separators=(", ", ": "))

def write_jsonl(rows_or_events: Iterable, out=None) -> int:
    """Write one JSON object per line; returns the number written."""
    n = 0
    with opened(out) as f:
        for row in as_rows(rows_or_events):
            f.write(dumps(row) + "\n")
            n += 1
    return n
