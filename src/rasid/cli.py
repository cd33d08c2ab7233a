"""The `rasid` command.

    rasid extract FILE --published 2022-01-27 --format jsonl|csv|table
    rasid demo                       # the bundled examples, end to end
    rasid eval GOLD_DIR              # score against gold files (same numbers as score.py)
    rasid run INPUT... --db x.duckdb # an archive into a DuckDB store (resumable)
    rasid export --db x.duckdb --format acled-csv|jsonl|geojson|plover|parquet

Every user-fixable problem (a missing file, a bad date, text that is not Arabic)
prints one line naming the input and the problem and exits with status 2.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from pathlib import Path

from rasid.errors import InputError, RasidError

FORMATS = ("jsonl", "csv", "table")


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    from rasid.ingest.validate import parse_published
    return parse_published(value, "--published")


def _rows(articles_and_errors, errors: list[str]):
    """Code each article; bad inputs are reported and skipped."""
    from rasid.export.acled import event_row
    from rasid.ingest.readers import ReadError
    from rasid.pipeline import extract_article

    for item in articles_and_errors:
        if isinstance(item, ReadError):
            errors.append(str(item))
            print(f"rasid: {item}", file=sys.stderr)
            continue
        result = extract_article(item)
        for i, event in enumerate(result.events):
            yield event_row(event, i)


def _articles(path: str, published: date | None, source: str | None):
    """A text file is one article (its published date from --published); a .jsonl or
    .jsonl.gz file or a directory is a batch."""
    from dataclasses import replace

    from rasid.ingest.readers import ReadError, iter_articles

    p = Path(path)
    if path != "-" and not p.exists():
        raise InputError(path, "no such file or directory")
    if path != "-" and p.is_file() and not str(p).endswith((".jsonl", ".jsonl.gz", ".json")) and published is None:
        raise InputError(path, "no publication date: give --published YYYY-MM-DD")
    for item in iter_articles([path], default_published=published):
        if source and not isinstance(item, ReadError) and not item.source_name:
            item = replace(item, source_name=source)
        yield item


def cmd_extract(args: argparse.Namespace) -> int:
    published = _published(args.published)
    errors: list[str] = []
    rows = _rows(_articles(args.file, published, args.source), errors)
    out = sys.stdout
    n = write_rows(rows, args.format, out)
    # a single article that could not be read is an error; a batch with some bad lines is not
    return 2 if errors and n == 0 and _single_file(args.file) else 0


def _single_file(path: str) -> bool:
    return not path.endswith((".jsonl", ".jsonl.gz")) and path != "-" and not Path(path).is_dir()


def write_rows(rows, fmt: str, out) -> int:
    """Write event rows as JSON Lines, ACLED CSV or a terminal table; returns the count."""
    from rasid.export.acled import ACLED_COLUMNS

    n = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(ACLED_COLUMNS)
        for row in rows:
            w.writerow(["" if row[c] is None else row[c] for c in ACLED_COLUMNS])
            n += 1
    else:
        rows = list(rows)
        n = len(rows)
        print_table(rows, out)
    return n


def print_table(rows: list[dict], out=None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} events", show_lines=False)
    for col in ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "fatalities", "source"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(str(r["event_date"]), r["event_type"], r["sub_event_type"], r["actor1"], r["actor2"],
                      f"{r['location']} ({r['country']})" if r["location"] else "", str(r["fatalities"]), r["source"])
    Console(file=out or sys.stdout, width=200).print(table)


def examples_dir() -> Path:
    """The bundled examples: inside the package when installed, else the checkout's."""
    from importlib import resources
    packaged = Path(str(resources.files("rasid").joinpath("data", "examples")))
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "examples"
    if checkout.is_dir():
        return checkout
    raise InputError("examples", "bundled examples not found")


def cmd_demo(args: argparse.Namespace) -> int:
    """Code the bundled examples end to end: read, code, store in DuckDB, export."""
    from rasid.store import db
    from rasid.ingest.readers import iter_articles

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    store = out / "demo.duckdb"
    src = examples_dir() / "articles.jsonl"
    from rasid.engines.local import map_articles
    from functools import partial
    db.run(iter_articles([str(src)]), store, partial(map_articles, workers=1), batch_size=16)
    rows = list(db.select_rows(store))
    print_table(rows)
    from rasid.cli_batch import export_rows
    for fmt, name in (("acled-csv", "events.csv"), ("jsonl", "events.jsonl"), ("geojson", "events.geojson")):
        with open(out / name, "w", encoding="utf-8") as f:
            export_rows(db.select_rows(store), fmt, f)
    print(f"{len(rows)} events from {src.name} → {out}/events.csv, events.jsonl, events.geojson, demo.duckdb")
    return 0


def build_parser() -> argparse.ArgumentParser:
    from rasid import __version__
    from rasid.cli_batch import add_subcommands
    from rasid.evaluate import add_eval_arguments, cmd_eval

    p = argparse.ArgumentParser(prog="rasid", description="ACLED-style event coding of Arabic conflict news.")
    p.add_argument("--version", action="version", version=f"rasid {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract", help="code one article or a JSON Lines batch")
    e.add_argument("file", metavar="FILE", help="a UTF-8 text file, a .jsonl/.jsonl.gz batch, or - for stdin")
    e.add_argument("--published", help="publication date YYYY-MM-DD (anchors أمس، اليوم ...)")
    e.add_argument("--source", help="the outlet that published the article")
    e.add_argument("--format", choices=FORMATS, default="jsonl")
    e.set_defaults(func=cmd_extract)
    d = sub.add_parser("demo", help="code the bundled examples end to end")
    d.add_argument("--out", default="rasid-demo", help="folder for the store and exports")
    d.set_defaults(func=cmd_demo)
    v = sub.add_parser("eval", help="score against gold files (same numbers as score.py)")
    add_eval_arguments(v)
    v.set_defaults(func=cmd_eval)
    add_subcommands(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except RasidError as err:
        print(f"rasid: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
