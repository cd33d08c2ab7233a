"""The same input codes to the same bytes in one process, a process pool and Dask."""
from __future__ import annotations

import io
import sys
from functools import partial

import pytest

from rasid.engines import cluster, local
from rasid.export.acled_csv import write_acled_csv
from rasid.ingest.readers import iter_articles
from rasid.model import Article
from rasid.store import db
from test_resume import install_fake_coder, write_articles


@pytest.fixture
def fake_coder(tmp_path, monkeypatch):
    """Install the synthetic-event coder in this process (fork-started pool workers
    and a threaded LocalCluster inherit it)."""
    install_fake_coder(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "fakecoder", raising=False)
    import rasid.pipeline
    monkeypatch.setattr(rasid.pipeline, "extract_article", rasid.pipeline.extract_article)
    import fakecoder  # noqa: F401 - patches rasid.pipeline.extract_article
    return tmp_path


def _csv_of(store) -> bytes:
    buf = io.StringIO()
    write_acled_csv(db.select_rows(store), buf)
    return buf.getvalue().encode("utf-8")


def test_local_pool_keeps_input_order():
    arts = [Article(f"id-{i}", "نص قصير عن قصف في ريف إدلب الجنوبي " * 2) for i in range(37)]
    got = [a.id for a, _ in local.map_articles(arts, workers=2, chunk_size=4)]
    assert got == [a.id for a in arts]


def test_coder_crash_becomes_a_failure_not_an_exception(monkeypatch):
    import rasid.pipeline

    def boom(article):
        raise ValueError("لا شيء")
    monkeypatch.setattr(rasid.pipeline, "extract_article", boom)
    [(_, result)] = list(local.map_articles([Article("x", "نص")], workers=1))
    assert isinstance(result, local.CodingFailure) and "ValueError" in result.problem


def test_exports_are_identical_across_engines_and_workers(tmp_path, fake_coder):
    src = write_articles(tmp_path / "in.jsonl", n=60)
    mappers = {
        "local1": partial(local.map_articles, workers=1),
        "local2": partial(local.map_articles, workers=2, chunk_size=5),
        "dask": partial(cluster.map_articles, workers=2, chunk_size=5, processes=False),
    }
    exports = {}
    for name, mapper in mappers.items():
        store = tmp_path / f"{name}.duckdb"
        stats = db.run(iter_articles([str(src)]), store, mapper, batch_size=16)
        assert stats.coded == 60
        exports[name] = _csv_of(store)
    assert exports["local1"].count(b"\n") >= 61  # header + at least the synthetic events
    assert exports["local1"] == exports["local2"] == exports["dask"]
