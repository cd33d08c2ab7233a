"""`rasid run` and `rasid export`: archives in, a DuckDB store in the middle,
ACLED CSV / JSONL / GeoJSON / PLOVER / Parquet out.

The lead's `rasid.cli` calls `add_subcommands(subparsers)`; each subcommand sets
`func(args) -> exit status`. `python -m rasid.cli_batch run ...` works on its own
too. Every handler turns a RasidError into one line on stderr and exit status 2.
Nothing here does work the library cannot do: reading is `rasid.ingest.readers`,
the run is `rasid.store.db.run`, the formats are `rasid.export.*`.
"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from functools import partial
from pathlib import Path
from typing import Callable

from rasid.errors import InputError, RasidError

FORMATS = ("acled-csv", "jsonl", "geojson", "plover", "parquet")


def add_subcommands(subparsers) -> None:
    r = subparsers.add_parser("run", help="code an archive into a DuckDB store (resumable)",
                              description="Code articles into a DuckDB store. Rerunning the same "
                                          "command resumes: stored articles are skipped.")
    r.add_argument("inputs", nargs="+", metavar="INPUT",
                   help=".txt, .html, .jsonl, .jsonl.gz files, directories, or - for stdin")
    r.add_argument("--db", required=True, help="DuckDB file (created if missing)")
    r.add_argument("--published", help="publication date YYYY-MM-DD for inputs that carry none")
    r.add_argument("--workers", type=int, default=None, help="worker processes (default: CPU count)")
    r.add_argument("--engine", choices=("local", "dask"), default="local")
    r.add_argument("--scheduler", help="address of a running Dask scheduler (implies --engine dask)")
    r.add_argument("--batch-size", type=int,
                   help="articles per store transaction (a killed run redoes at most one batch; default 1024)")
    r.add_argument("--quiet", action="store_true", help="no progress bar")
    r.set_defaults(func=guarded(cmd_run))

    e = subparsers.add_parser("export", help="export stored events",
                              description="Export events from a store, ordered by date, article and event.")
    e.add_argument("--db", required=True)
    e.add_argument("--format", required=True, choices=FORMATS)
    e.add_argument("--out", help="output file (default: standard output; parquet needs a file)")
    e.add_argument("--since", help="first event date, YYYY-MM-DD")
    e.add_argument("--until", help="last event date, YYYY-MM-DD")
    e.add_argument("--country")
    e.add_argument("--event-type")
    e.set_defaults(func=guarded(cmd_export))


def guarded(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Run a handler; a user-fixable problem becomes one line and exit status 2."""
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except RasidError as err:
            print(f"rasid: {err}", file=sys.stderr)
            return 2
        except BrokenPipeError:  # `rasid export ... | head`: the reader has what it wanted
            import os
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
        except KeyboardInterrupt:
            print("rasid: interrupted; run the same command again to resume", file=sys.stderr)
            return 130
    wrapper.__doc__ = func.__doc__
    return wrapper


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(option, f"{value!r} is not a date (expected YYYY-MM-DD)") from None


def _mapper(args: argparse.Namespace):
    if args.workers is not None and args.workers < 1:
        raise InputError("--workers", "must be at least 1")
    if args.engine == "dask" or args.scheduler:
        from rasid.engines.cluster import map_articles
        return partial(map_articles, workers=args.workers, scheduler=args.scheduler)
    from rasid.engines.local import map_articles
    return partial(map_articles, workers=args.workers)


def cmd_run(args: argparse.Namespace) -> int:
    """Code the inputs into the store and print a one-line summary."""
    from rasid.ingest.readers import iter_articles
    from rasid.store import db

    published = _date(args.published, "--published")
    for name in args.inputs:
        if name != "-" and not Path(name).exists():
            raise InputError(name, "no such file or directory")
    batch_size = db.BATCH_SIZE if args.batch_size is None else args.batch_size
    if batch_size < 1:
        raise InputError("--batch-size", "must be at least 1")
    mapper = _mapper(args)
    items = iter_articles(args.inputs, published)
    with _progress(args.quiet) as on_batch:
        stats = db.run(items, args.db, mapper, batch_size=batch_size, on_batch=on_batch)
    rate = stats.coded / stats.elapsed if stats.elapsed > 0 else 0.0
    print(f"{stats.coded} coded, {stats.events} events, {stats.duplicates} duplicates, "
          f"{stats.skipped} already stored, {stats.errors} errors in {stats.elapsed:.1f} s "
          f"({rate:.1f} articles/s) -> {args.db}")
    return 0


# The counts change once per stored batch (every second or so); rich's default of
# 10 redraws a second cost ~5 % of a core over a one-worker run for no news.
REFRESH_PER_SECOND = 2


class _progress:
    """A rich progress line on stderr: articles stored, articles/s, events found."""

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.bar = None

    def __enter__(self):
        if self.quiet:
            return None
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(SpinnerColumn(), TextColumn("[bold]coding[/]"),
                            TextColumn("{task.fields[done]} articles"),
                            TextColumn("{task.fields[rate]:.1f} articles/s"),
                            TextColumn("{task.fields[events]} events"),
                            TextColumn("{task.fields[dups]} duplicates"),
                            TimeElapsedColumn(), console=Console(stderr=True), transient=False,
                            refresh_per_second=REFRESH_PER_SECOND)
        self.bar.__enter__()
        task = self.bar.add_task("run", total=None, done=0, rate=0.0, events=0, dups=0)

        def on_batch(stats) -> None:
            done = stats.coded + stats.duplicates + stats.errors
            self.bar.update(task, done=done, rate=done / max(stats.elapsed, 1e-9),
                            events=stats.events, dups=stats.duplicates)
        return on_batch

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)
        return False


def cmd_export(args: argparse.Namespace) -> int:
    """Write the stored events in one format."""
    from rasid.store.db import select_rows

    since, until = _date(args.since, "--since"), _date(args.until, "--until")
    if args.format == "parquet" and not args.out:
        raise InputError("--out", "parquet output needs a file (--out PATH)")
    rows = select_rows(args.db, since, until, args.country, args.event_type)
    n, note = export_rows(rows, args.format, args.out)
    if note:
        print(f"rasid: {note}", file=sys.stderr)
    return 0


def export_rows(rows, fmt: str, out) -> tuple[int, str | None]:
    """Write rows in `fmt`; returns (rows written, a note for stderr or None)."""
    if fmt == "acled-csv":
        from rasid.export.acled_csv import write_acled_csv
        return write_acled_csv(rows, out), None
    if fmt == "jsonl":
        from rasid.export.jsonl import write_jsonl
        return write_jsonl(rows, out), None
    if fmt == "geojson":
        from rasid.export.geojson import write_geojson
        res = write_geojson(rows, out)
        note = f"{res.without_coordinates} events without coordinates left out of the GeoJSON" \
            if res.without_coordinates else None
        return res.written, note
    if fmt == "plover":
        from rasid.export.plover import write_plover
        res = write_plover(rows, out)
        note = f"{res.without_category} events without a PLOVER category left out" \
            if res.without_category else None
        return res.written, note
    if fmt == "parquet":
        from rasid.export.parquet import write_parquet
        return write_parquet(rows, out), None
    raise InputError("--format", f"unknown format {fmt!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="rasid", description="rasid batch commands")
    sub = parser.add_subparsers(dest="command", required=True)
    add_subcommands(sub)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
