"""Parquet export: typed columns for analysis in DuckDB, pandas or Spark.

The ACLED columns keep ACLED's types (dates as dates, codes as integers, an empty
code as null); evidence is a list of {start, end, text} structs; the per-field
evidence, whose keys vary, is kept as a JSON string.
"""
from __future__ import annotations

import json
from datetime import date
from typing import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from rasid.export.acled import ACLED_COLUMNS
from rasid.export.jsonl import as_rows

_INTS = {"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities"}
_SPAN = pa.struct([("start", pa.int32()), ("end", pa.int32()), ("text", pa.string())])


def _type(col: str) -> pa.DataType:
    if col == "event_date":
        return pa.date32()
    if col == "timestamp":
        return pa.int64()
    if col in _INTS:
        return pa.int32()
    if col in ("latitude", "longitude"):
        return pa.float64()
    return pa.string()


SCHEMA = pa.schema(
    [(c, _type(c)) for c in ACLED_COLUMNS]
    + [("article_id", pa.string()), ("claimed_by", pa.string()), ("evidence", pa.list_(_SPAN)),
       ("confidence", pa.float64()),
       ("plover", pa.struct([("event", pa.string()), ("mode", pa.string())])),
       ("field_evidence", pa.string())]
)


def _value(col: str, v):
    if col == "event_date":
        return date.fromisoformat(v) if isinstance(v, str) else v
    if col in _INTS or col == "timestamp":
        return None if v in ("", None) else int(v)
    if col in ("latitude", "longitude"):
        return None if v in ("", None) else float(v)
    if col == "field_evidence":
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    return v


def to_table(rows_or_events: Iterable) -> pa.Table:
    rows = list(as_rows(rows_or_events))
    cols = {f.name: [_value(f.name, r.get(f.name)) for r in rows] for f in SCHEMA}
    return pa.Table.from_pydict(cols, schema=SCHEMA)


def write_parquet(rows_or_events: Iterable, out) -> int:
    """Write one Parquet file (a path or a binary stream); returns rows written."""
    table = to_table(rows_or_events)
    pq.write_table(table, out)
    return table.num_rows
