"""Map the pipeline over articles in a local process pool.

Results come back in input order whatever the number of workers, so a store filled
with 1 worker or 8 holds the same rows (and exports the same bytes). Only a bounded
window of chunks is in flight, so an archive of millions of articles streams
through in constant memory. Workers code (and, for a store run, fingerprint each
article and build its rows: `rasid.store.db.code_for_store`); the driver alone
writes the store.
"""
from __future__ import annotations

import gc
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

from rasid.model import Article, Extraction

DEFAULT_CHUNK = 16
# chunks in flight per worker: enough that one slow chunk (a very long article) at
# the head of the line does not leave the other workers idle while results wait to
# be returned in order; still a bounded number of articles in memory
WINDOW = 6


@dataclass(frozen=True)
class CodingFailure:
    """The pipeline raised on this article; `problem` is the one-line reason."""

    problem: str


Result = tuple[Article, "Extraction | CodingFailure"]


def code_one(article: Article) -> Extraction | CodingFailure:
    """Code one article, turning a crash of the coder into a recorded failure so one
    bad article cannot stop a run."""
    from rasid import pipeline  # looked up at call time: tests may wrap it

    try:
        return pipeline.extract_article(article)
    except Exception as e:  # noqa: BLE001 - any coder bug becomes a per-article error
        return CodingFailure(f"coding failed: {type(e).__name__}: {e}")


def code_chunk(articles: list[Article], work: Callable[[Article], Any] | None = None) -> list:
    """`work` (default: `code_one`) applied to each article of a chunk, in order; a
    `work` marked `whole_chunk` is given the chunk itself and returns one result per
    article (the store fingerprints a chunk's articles together: store/db.py)."""
    if getattr(work, "whole_chunk", False):
        out = work(articles)
    else:
        out = [(work or code_one)(a) for a in articles]
    if _FREEZE_AFTER_FIRST_CHUNK:
        _freeze()
    return out


# The coder allocates many small objects per article while its data (gazetteer,
# lexicons) stays put: a collector that keeps re-scanning that data costs ~5 %.
# Worker processes (and a one-worker run, for its duration) therefore collect less
# often and, once the data is loaded, move it out of the collector's sight.
_GC_THRESHOLD = (20_000, 50, 100)
_FREEZE_AFTER_FIRST_CHUNK = False


def _worker_init() -> None:
    global _FREEZE_AFTER_FIRST_CHUNK
    gc.set_threshold(*_GC_THRESHOLD)
    _FREEZE_AFTER_FIRST_CHUNK = True


def _freeze() -> None:
    global _FREEZE_AFTER_FIRST_CHUNK
    _FREEZE_AFTER_FIRST_CHUNK = False
    gc.collect()
    gc.freeze()


@contextmanager
def _quiet_gc() -> Iterator[None]:
    """The worker's collector settings in this process, restored afterwards. Like a
    worker, the process moves what it holds once its data is loaded (after the first
    article: `_frozen_after_first`) out of the collector's sight, and gives it back
    at the end: one-worker runs pay for no full collection over the gazetteer."""
    old = gc.get_threshold()
    frozen_before = gc.get_freeze_count()
    gc.set_threshold(*_GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*old)
        if not frozen_before and gc.get_freeze_count():
            gc.unfreeze()


def _frozen_after_first(articles: Iterable[Article], one: Callable[[Article], Any]) -> Iterator[Result]:
    """(article, one(article)) in order, freezing the collector's view after the first."""
    first = True
    for a in articles:
        out = one(a)
        if first:
            first = False
            gc.collect()
            gc.freeze()
        yield a, out


def _chunks_frozen_after_first(articles: Iterable[Article], work: Callable[[list[Article]], list],
                               size: int) -> Iterator[Result]:
    """`_frozen_after_first` for a `whole_chunk` work: the chunks grow as a pool's
    do (the first result after one article)."""
    first = True
    for chunk in _growing_chunks(articles, size):
        out = work(chunk)
        if first:
            first = False
            gc.collect()
            gc.freeze()
        yield from zip(chunk, out)


def chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


def default_workers() -> int:
    return os.cpu_count() or 1


def map_articles(articles: Iterable[Article], workers: int | None = None,
                 chunk_size: int = DEFAULT_CHUNK, work: Callable[[Article], Any] | None = None) -> Iterator[Result]:
    """(article, extraction or failure) for each article, in input order.

    `work` replaces `code_one` as what is done to each article (a module-level
    function, so it pickles by name); the store passes one that also fingerprints
    the article and builds its rows, so the driver has nothing left to compute.
    One worker codes in this process: no pool to start, nothing to pickle."""
    workers = workers or default_workers()
    one = work or code_one
    if workers <= 1:
        with _quiet_gc():
            if getattr(one, "whole_chunk", False):
                yield from _chunks_frozen_after_first(articles, one, chunk_size)
            else:
                yield from _frozen_after_first(articles, one)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_init) as pool:
        window: deque[tuple[list[Article], Future]] = deque()
        for chunk in _growing_chunks(articles, chunk_size):
            window.append((chunk, pool.submit(code_chunk, chunk, work)))
            if len(window) >= workers * WINDOW:
                yield from _drain_one(window)
        while window:
            yield from _drain_one(window)


def _growing_chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Chunks of `size` articles, except that the first few are smaller (1, 2, 4 ...)
    so the first result comes back after one article, not after a whole chunk."""
    it = iter(articles)
    n = 1
    while chunk := list(islice(it, min(n, size))):
        yield chunk
        n *= 2


def _drain_one(window: deque) -> Iterator[Result]:
    chunk, fut = window.popleft()
    yield from zip(chunk, fut.result())
