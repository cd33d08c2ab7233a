"""ACLED CSV export: the 31 ACLED columns, in ACLED's order, nothing else.

A file ACLED users can load with the tools they already have; rasid's own fields
(evidence, confidence, PLOVER) are in the JSON Lines and Parquet exports.
"""
from __future__ import annotations

import csv
from typing import Iterable

from rasid.export.acled import ACLED_COLUMNS
from rasid.export.jsonl import as_rows, opened


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return repr(v)
    return str(v)


def write_acled_csv(rows_or_events: Iterable, out=None) -> int:
    """Write a header and one line per event (LF line ends, UTF-8); returns rows written."""
    n = 0
    with opened(out) as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(ACLED_COLUMNS)
        for row in as_rows(rows_or_events):
            w.writerow([_cell(row.get(c)) for c in ACLED_COLUMNS])
            n += 1
    return n
