"""Map the pipeline over articles on Dask: a LocalCluster started for the run, or
an existing cluster joined with `--scheduler ADDRESS`.

Same contract as engines.local: (article, extraction or failure) in input order,
a bounded window of chunks in flight, the store written only by the driver. The
work function is the same `code_chunk`, so an article codes identically on a Dask
worker, in a process pool or in this process.
"""
from __future__ import annotations

import logging
from collections import deque
from contextlib import ExitStack
from typing import Any, Callable, Iterable, Iterator

from rasid.engines.local import DEFAULT_CHUNK, Result, chunks, code_chunk, default_workers
from rasid.errors import RasidError
from rasid.model import Article


def map_articles(articles: Iterable[Article], workers: int | None = None, scheduler: str | None = None,
                 chunk_size: int = DEFAULT_CHUNK, processes: bool = True,
                 work: Callable[[Article], Any] | None = None) -> Iterator[Result]:
    """Code on Dask. Without `scheduler`, a LocalCluster of `workers` single-threaded
    workers (processes, or threads when processes=False) lives for this call.
    `work` replaces `code_one` as what is done to each article (see engines.local)."""
    from distributed import Client, LocalCluster

    workers = workers or default_workers()
    with ExitStack() as stack:
        if scheduler:
            try:
                client = stack.enter_context(Client(scheduler, timeout="20s"))
            except (OSError, TimeoutError) as e:
                raise RasidError(f"{scheduler}: cannot reach the Dask scheduler ({e})") from None
            slots = max(1, sum(client.nthreads().values()))
        else:
            cluster = stack.enter_context(LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=processes,
                dashboard_address=None, silence_logs=logging.ERROR))
            client = stack.enter_context(Client(cluster))
            slots = workers
        window: deque = deque()
        for chunk in chunks(articles, chunk_size):
            window.append((chunk, client.submit(code_chunk, chunk, work, pure=False)))
            if len(window) >= slots * 2:
                chunk0, fut = window.popleft()
                yield from zip(chunk0, fut.result())
        while window:
            chunk0, fut = window.popleft()
            yield from zip(chunk0, fut.result())
