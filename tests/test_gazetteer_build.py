"""The gazetteer build (tools/build_gazetteer.py) writes the same bytes for the same rows,
so a rebuild of unchanged sources leaves the shipped .gz unchanged."""
from __future__ import annotations

import gzip
import importlib.util
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _builder():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "tools" / "build_gazetteer.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


ROWS = [("adm1:XX:North", "North", "الشمال", "Nowhere", "0", "1.0000", "2.0000", "admin1", "North",
         "", "", "0", "", "North", "north|شمال")]


def test_two_writes_of_the_same_rows_are_identical(tmp_path, monkeypatch):
    build = _builder()
    build.write_gz(tmp_path / "a.tsv.gz", ROWS)
    clock = time.time()
    monkeypatch.setattr(time, "time", lambda: clock + 3600)  # an hour later
    build.write_gz(tmp_path / "b.tsv.gz", ROWS)
    assert (tmp_path / "a.tsv.gz").read_bytes() == (tmp_path / "b.tsv.gz").read_bytes()


def test_the_written_file_reads_back_as_the_rows(tmp_path):
    build = _builder()
    build.write_gz(tmp_path / "g.tsv.gz", ROWS)
    lines = gzip.open(tmp_path / "g.tsv.gz", "rt", encoding="utf-8").read().splitlines()
    assert lines[-2] == "\t".join(build.COLUMNS)
    assert lines[-1] == "\t".join(ROWS[0])
