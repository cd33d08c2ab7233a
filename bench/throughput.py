"""Throughput of the coder on real news (not a test; prints measured numbers).

    python bench/throughput.py [--limit 2000 | --full] [--workers 2] [--end-to-end] [--no-in-process]

(a) codes articles of the ANT corpus (../shared/data/ant-multisource-news) in this
process with rasid.pipeline.extract_article: articles/s, events/s, peak RSS and the
time to the first result; (b) with --end-to-end, runs the same articles through the
batch run (`rasid.store.db.run`: read from the .jsonl.gz files, code, store) into a
temporary DuckDB with 1 and `--workers` workers: articles/s, time to the first
result and to the first stored batch, CPU seconds of the driver and of the workers
(with 1 worker: the coder's share, and the CPU per article spent outside it, which
includes the run's fixed costs: read it on --full),
peak RSS of the driver and of the largest worker, and the scaling efficiency
(articles/s with N workers / (N x articles/s with 1)). `--full` takes the whole
corpus (~31,500 articles).
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


def corpus_files() -> list[str]:
    files = sorted(CORPUS.glob("*.jsonl.gz"))  # ant_middleEast sorts first: conflict news
    if not files:
        sys.exit(f"bench: {CORPUS}: no *.jsonl.gz files (is ../shared there?)")
    return [str(f) for f in files]


def load(limit: int | None) -> list[Article]:
    return list(islice((x for x in iter_articles(corpus_files()) if isinstance(x, Article)), limit))


def in_process(articles: list[Article]) -> float:
    from rasid.pipeline import extract_article

    proc = psutil.Process()
    t0 = time.perf_counter()
    c0 = time.process_time()
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
    cpu = time.process_time() - c0
    peak = max(peak, proc.memory_info().rss)
    print(f"in-process: {len(articles)} articles, {events} events in {dt:.2f} s = "
          f"{len(articles) / dt:.1f} articles/s ({len(articles) / cpu:.1f} per CPU second), "
          f"{events / dt:.1f} events/s; first result after {first * 1000:.0f} ms; peak RSS {peak / 2**20:.0f} MiB")
    return len(articles) / dt


class _Monitor:
    """Peak RSS of this process and of each worker process, sampled per stored batch."""

    def __init__(self) -> None:
        self.proc = psutil.Process()
        self.driver = self.proc.memory_info().rss
        self.worker = 0
        self.worker_cpu: dict[int, float] = {}
        self.first_batch: float | None = None
        self.t0 = time.perf_counter()

    def __call__(self, stats=None) -> None:
        if self.first_batch is None:
            self.first_batch = time.perf_counter() - self.t0
        self.driver = max(self.driver, self.proc.memory_info().rss)
        for child in self.proc.children(recursive=True):
            try:
                self.worker = max(self.worker, child.memory_info().rss)
                t = child.cpu_times()
                self.worker_cpu[child.pid] = t.user + t.system
            except psutil.Error:
                pass


def _spin(seconds: float) -> float:
    t0, c0 = time.perf_counter(), time.process_time()
    while time.perf_counter() - t0 < seconds:
        pass
    return (time.process_time() - c0) / (time.perf_counter() - t0)


def cpu_capacity(n: int, seconds: float = 2.0) -> float:
    """Cores that n busy processes actually get now (a shared VM may give two busy
    processes much less than two cores): read wall-clock scaling against this."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(n) as pool:
        return sum(pool.map(_spin, [seconds] * n))


def end_to_end(limit: int | None, workers: int, batch_size: int, chunk_size: int | None) -> None:
    """Each configuration in a fresh process: nothing loaded or cached by an earlier
    one, and forked workers inherit only what a `rasid run` driver would hold."""
    import re
    import subprocess

    rates = {}
    for w in sorted({1, workers}):
        cmd = [sys.executable, __file__, "--e2e-one", str(w), "--batch-size", str(batch_size)]
        cmd += ["--full"] if limit is None else ["--limit", str(limit)]
        if chunk_size:
            cmd += ["--chunk-size", str(chunk_size)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        print(out, end="")
        rates[w] = float(re.search(r"= ([0-9.]+) articles/s", out).group(1))
    if workers > 1:
        cap = cpu_capacity(workers)
        print(f"scaling efficiency 1 -> {workers} workers: {rates[workers] / (workers * rates[1]):.2f} "
              f"(right now {workers} busy processes get {cap:.2f} cores of this machine)")


def _time_coder() -> list[float]:
    """Make `extract_article` add up the CPU time it spends (thread time: the store's
    DuckDB threads are not the coder's); a one-worker run codes in this process, so
    the run's CPU minus this is what reading, dedupe, store rows and writes cost."""
    from rasid import pipeline

    spent = [0.0]
    real, clock = pipeline.extract_article, time.thread_time

    def timed(article):
        t = clock()
        try:
            return real(article)
        finally:
            spent[0] += clock() - t
    pipeline.extract_article = timed  # engines look it up at call time
    return spent


def end_to_end_one(limit: int | None, w: int, batch_size: int, chunk_size: int | None) -> None:
    from rasid.engines.local import map_articles
    from rasid.store import db

    coder = _time_coder() if w == 1 else None

    files = corpus_files()
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "bench.duckdb"
        items = islice(iter_articles(files), limit)  # reading is part of the run
        mapper = partial(map_articles, workers=w)
        if chunk_size:
            mapper = partial(mapper, chunk_size=chunk_size)
        mon = _Monitor()
        c0 = time.process_time()
        t0 = time.perf_counter()
        stats = db.run(items, store, mapper, batch_size=batch_size, on_batch=mon)
        dt = time.perf_counter() - t0
        cpu = time.process_time() - c0
        wcpu = sum(mon.worker_cpu.values())
        print(f"end-to-end, {w} worker(s): {stats.read} read, {stats.coded} coded, "
              f"{stats.duplicates} duplicates, {stats.errors} errors, {stats.events} events in "
              f"{dt:.2f} s = {stats.coded / dt:.1f} articles/s; first result after "
              f"{(stats.first_result_s or 0) * 1000:.0f} ms, first batch stored after "
              f"{(mon.first_batch or 0) * 1000:.0f} ms; CPU: driver {cpu:.1f} s"
              + (f", workers {wcpu:.1f} s" if w > 1 else "")
              + (f" (coder {coder[0]:.1f} s; outside it {(cpu - coder[0]) * 1000 / max(stats.read, 1):.3f} ms "
                 f"per article read)" if coder else "")
              + f"; peak RSS driver {mon.driver / 2**20:.0f} MiB"
              + (f", largest worker {mon.worker / 2**20:.0f} MiB" if w > 1 else ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--full", action="store_true", help="the whole corpus (overrides --limit)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--end-to-end", action="store_true")
    ap.add_argument("--no-in-process", action="store_true", help="skip (a)")
    ap.add_argument("--batch-size", type=int, default=1024, help="articles per store transaction (rasid run's default)")
    ap.add_argument("--chunk-size", type=int, default=None, help="articles per worker task")
    ap.add_argument("--e2e-one", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    limit = None if args.full else args.limit
    if args.e2e_one:
        end_to_end_one(limit, args.e2e_one, args.batch_size, args.chunk_size)
        return
    if not args.no_in_process:
        t0 = time.perf_counter()
        articles = load(limit)
        print(f"read {len(articles)} articles in {time.perf_counter() - t0:.2f} s "
              f"({sum(len(a.text) for a in articles) / 1e6:.1f} M characters)")
        in_process(articles)
        del articles
    if args.end_to_end:
        end_to_end(limit, args.workers, args.batch_size, args.chunk_size)


if __name__ == "__main__":
    main()
