"""Every export format is written from the same event rows."""
from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq

from rasid.cli_batch import main
from rasid.export.acled import ACLED_COLUMNS
from rasid.export.acled_csv import write_acled_csv
from rasid.export.geojson import write_geojson
from rasid.export.jsonl import write_jsonl
from rasid.export.parquet import write_parquet
from rasid.export.plover import plover_record, write_plover
from test_engines import fake_coder  # noqa: F401 - fixture
from test_resume import write_articles


def _row(eid="SYR-0000000001-1", lat=35.93, lon=36.63, **kw) -> dict:
    row = {c: "" for c in ACLED_COLUMNS}
    row.update(event_id_cnty=eid, event_date="2024-03-01", year=2024, time_precision=1,
               event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
               actor1="Military Forces of Syria (2000-)", inter1=1, actor2="Civilians (Syria)", inter2=7,
               interaction=17, iso=760, country="Syria", location="Saraqab", latitude=lat,
               longitude=lon, geo_precision=1, fatalities=7, timestamp=1709251200)
    row.update(article_id="a1", claimed_by="", confidence=0.8,
               evidence=[{"start": 0, "end": 5, "text": "قصفت"}], plover={"event": "ASSAULT", "mode": "aerial"},
               field_evidence={"trigger": {"start": 0, "end": 5, "text": "قصفت"}})
    row.update(kw)
    return row


def test_acled_csv_has_the_31_columns_in_order():
    buf = io.StringIO()
    write_acled_csv([_row()], buf)
    header, line = list(csv.reader(io.StringIO(buf.getvalue())))
    assert tuple(header) == ACLED_COLUMNS and len(header) == 31
    assert line[ACLED_COLUMNS.index("latitude")] == "35.93"


def test_acled_csv_leaves_missing_coordinates_empty():
    buf = io.StringIO()
    write_acled_csv([_row(lat=None, lon=None)], buf)
    line = list(csv.reader(io.StringIO(buf.getvalue())))[1]
    assert line[ACLED_COLUMNS.index("longitude")] == ""


def test_jsonl_writes_the_rows_as_they_are():
    buf = io.StringIO()
    write_jsonl([_row(), _row(eid="SYR-0000000001-2")], buf)
    rows = [json.loads(x) for x in buf.getvalue().splitlines()]
    assert rows[0] == _row() and list(rows[0])[:2] == ["event_id_cnty", "event_date"]


def test_geojson_leaves_out_and_counts_events_without_coordinates():
    buf = io.StringIO()
    res = write_geojson([_row(), _row(eid="SYR-0000000001-2", lat=None, lon=None)], buf)
    fc = json.loads(buf.getvalue())
    assert (res.written, res.without_coordinates) == (1, 1)
    assert fc["features"][0]["geometry"] == {"type": "Point", "coordinates": [36.63, 35.93]}


def test_plover_record_carries_category_mode_actor_recipient_and_place():
    rec = plover_record(_row())
    assert (rec["event_type"], rec["mode"], rec["date"]) == ("ASSAULT", "aerial", "2024-03-01")
    assert rec["actor"] == [{"actorText": "Military Forces of Syria (2000-)"}]
    assert rec["recipient"] == [{"actorText": "Civilians (Syria)"}]
    assert rec["dead"] == 7 and rec["location"]["name"] == "Saraqab" and rec["eventText"] == "قصفت"


def test_plover_leaves_out_events_without_a_category():
    buf = io.StringIO()
    res = write_plover([_row(plover={"event": "", "mode": ""})], buf)
    assert res.without_category == 1 and json.loads(buf.getvalue()) == []


def test_parquet_keeps_acled_types(tmp_path):
    write_parquet([_row(), _row(eid="SYR-0000000001-2", inter2="", lat=None, lon=None)], tmp_path / "e.parquet")
    t = pq.read_table(tmp_path / "e.parquet")
    assert t.column_names[:31] == list(ACLED_COLUMNS)
    assert str(t.schema.field("event_date").type) == "date32[day]"
    assert t.column("inter2").to_pylist() == [7, None]
    assert t.column("evidence").to_pylist()[0] == [{"start": 0, "end": 5, "text": "قصفت"}]


def test_export_of_a_missing_database_is_one_line_and_status_2(tmp_path, capsys):
    assert main(["export", "--db", str(tmp_path / "none.duckdb"), "--format", "jsonl"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "none.duckdb" in err


def test_bad_since_date_is_one_line_and_status_2(tmp_path, capsys):
    assert main(["export", "--db", "x", "--format", "jsonl", "--since", "أمس"]) == 2
    assert "--since" in capsys.readouterr().err


def test_run_on_a_missing_input_is_one_line_and_status_2(tmp_path, capsys):
    assert main(["run", str(tmp_path / "nope.jsonl"), "--db", str(tmp_path / "s.duckdb")]) == 2
    assert "nope.jsonl: no such file" in capsys.readouterr().err


def test_cli_export_filters_by_date_and_orders_rows(tmp_path, fake_coder, capsys):
    src = write_articles(tmp_path / "in.jsonl", n=20, extras=False)
    store = tmp_path / "s.duckdb"
    assert main(["run", str(src), "--db", str(store), "--workers", "1", "--quiet"]) == 0
    out = tmp_path / "e.jsonl"
    assert main(["export", "--db", str(store), "--format", "jsonl", "--out", str(out),
                 "--since", "2024-03-05", "--until", "2024-03-10"]) == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    keys = [(r["event_date"], r["article_id"]) for r in rows]
    assert len(rows) >= 6 and keys == sorted(keys)  # at least the six synthetic events
    assert all("2024-03-05" <= d <= "2024-03-10" for d, _ in keys)


def test_plover_names_the_force_used_on_protesters_as_the_actor():
    rec = plover_record(_row(event_type="Protests", sub_event_type="Excessive force against protesters",
                             actor1="Protesters (Iraq)", actor2="Police Forces of Iraq (2022-)",
                             plover={"event": "ASSAULT", "mode": "firearms"}))
    assert rec["actor"] == [{"actorText": "Police Forces of Iraq (2022-)"}]
    assert rec["recipient"] == [{"actorText": "Protesters (Iraq)"}]
