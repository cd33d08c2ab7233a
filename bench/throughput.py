"""Throughput of the coder on real news (not a test; prints measured numbers).

    python bench/throughput.py [--limit 2000] [--workers 1] [--end-to-end]

(a) codes articles of the ANT corpus (../shared/data/ant-multisource-news) in this
process with rasid.pipeline.extract_article: articles/s, events/s, peak RSS and the
time to the first result; (b) with --end-to-end, runs the same articles through the
batch run into a temporary DuckDB with 1 and `--workers` workers.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from functools import partial
from itertools import islice
from pathlib import Path

import psutil

from rasid.ingest.readers import iter_articles
from rasid.model import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASID_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "data" / "ant-multisource-news"


def load(limit: int) -> list[Article]:
    files = sorted(CORPUS.glob("*.jsonl.gz"))  # ant_middleEast sorts first: conflict news
    if not files:
        sys.exit(f"bench: {CORPUS}: no *.jsonl.gz files (is ../shared there?)")
    arts = [a for a in islice((x for x in iter_articles([str(f) for f in files]) if isinstance(x, Article)), limit)]
    return arts


def in_process(articles: list[Article]) -> None:
    from rasid.pipeline import extract_article

    proc = psutil.Process()
    t0 = time.perf_counter()
    first = None
    events = 0
    peak = proc.memory_info().rss
    for i, a in enumerate(articles):
        events += len(extract_article(a).events)
        if first is None:
            first = time.perf_counter() - t0
        if i % 50 == 0:
            peak = max(peak, proc.memory_info().rss)
    dt = time.perf_counter() - t0
    peak = max(peak, proc.memory_info().rss)
    print(f"in-process: {len(articles)} articles, {events} events in {dt:.2f} s = "
          f"{len(articles) / dt:.1f} articles/s, {events / dt:.1f} events/s; "
          f"first result after {first * 1000:.0f} ms; peak RSS {peak / 2**20:.0f} MiB")


def end_to_end(articles: list[Article], workers: int) -> None:
    from rasid.engines.local import map_articles
    from rasid.store import db

    for w in sorted({1, workers}):
        with tempfile.TemporaryDirectory() as tmp:
            store = Path(tmp) / "bench.duckdb"
            t0 = time.perf_counter()
            stats = db.run(iter(articles), store, partial(map_articles, workers=w), batch_size=64)
            dt = time.perf_counter() - t0
            print(f"end-to-end, {w} worker(s): {stats.coded} coded, {stats.duplicates} duplicates, "
                  f"{stats.events} events in {dt:.2f} s = {stats.coded / dt:.1f} articles/s; "
                  f"first result after {(stats.first_result_s or 0) * 1000:.0f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--end-to-end", action="store_true")
    args = ap.parse_args()
    t0 = time.perf_counter()
    articles = load(args.limit)
    print(f"read {len(articles)} articles in {time.perf_counter() - t0:.2f} s "
          f"({sum(len(a.text) for a in articles) / 1e6:.1f} M characters)")
    in_process(articles)
    if args.end_to_end:
        end_to_end(articles, args.workers)


if __name__ == "__main__":
    main()
