"""Benchmark place resolution: gazetteer load time, peak memory, µs per resolved mention.

Run:  python bench/geo.py [N]   (N ANT articles, default 300; needs ../shared)
"""
from __future__ import annotations

import gzip
import json
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

ANT = Path(__file__).resolve().parents[2] / "shared/data/ant-multisource-news/ant_middleEast.jsonl.gz"


def main(n: int = 300) -> None:
    import psutil

    proc = psutil.Process()
    rss0 = proc.memory_info().rss
    t = time.perf_counter()
    from rasid.geo.gazetteer import load
    from rasid.geo.resolve import _arabic_keys, find_places

    g = load()
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    _arabic_keys()
    t_index = time.perf_counter() - t
    rss_loaded = proc.memory_info().rss
    print(f"gazetteer: {len(g)} places, load {t_load:.3f} s, text index {t_index:.3f} s, "
          f"RSS +{(rss_loaded - rss0) / 1e6:.0f} MB (total {rss_loaded / 1e6:.0f} MB)")
    if not ANT.exists():
        print("ANT corpus not available; skipping resolution benchmark")
        return
    from rasid.model import Article
    from rasid.text.document import make_doc

    docs = []
    with gzip.open(ANT, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if len(docs) >= n:
                break
            text = json.loads(line).get("text") or ""
            if text.strip():
                docs.append(make_doc(Article(f"ant-{i}", text)))
    find_places(docs[0])  # first call builds the text index and cue tables
    # timed without tracemalloc (it slows allocation-heavy code several-fold); the word
    # memos are emptied first so the timing includes learning the articles' vocabulary,
    # as a fresh process that has loaded the gazetteer would
    from rasid.geo import resolve

    resolve._WORDS.clear()
    resolve._STRIPPED.clear()
    resolve._ANA.clear()
    t = time.perf_counter()
    hits = [find_places(d) for d in docs]
    elapsed = time.perf_counter() - t
    t = time.perf_counter()
    hits = [find_places(d) for d in docs]
    warm = time.perf_counter() - t
    tracemalloc.start()
    for d in docs:
        find_places(d)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    total = sum(len(h) for h in hits)
    names = Counter((h.location.span.text, h.location.label, h.location.place.country) for hs in hits for h in hs)
    prec = Counter(h.location.geo_precision for hs in hits for h in hs)
    print(f"{len(docs)} articles, {total} resolved mentions, {elapsed:.2f} s, "
          f"{elapsed / max(total, 1) * 1e6:.1f} µs/mention, {elapsed / len(docs) * 1e3:.2f} ms/article, "
          f"peak traced during resolution {peak / 1e6:.1f} MB, RSS {proc.memory_info().rss / 1e6:.0f} MB")
    print(f"second pass (word memo warm): {warm / max(total, 1) * 1e6:.1f} µs/mention, "
          f"{warm / len(docs) * 1e3:.2f} ms/article")
    print("geo_precision:", dict(prec))
    print("most frequent (surface, label, country):")
    for (s, lab, c), k in names.most_common(40):
        print(f"  {k:4d}  {s}  →  {lab} ({c})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
