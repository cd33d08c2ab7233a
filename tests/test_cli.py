"""The `rasid` command as a user meets it: one line per bad input, exit status 2, and
the seed article coded to the gold standard."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import shared_file

RASID = [sys.executable, "-m", "rasid.cli"]


def run(*args, cwd=None):
    return subprocess.run([*RASID, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=120)


@pytest.mark.parametrize("content, problem", [
    (b"", "text is empty"),
    (b"   \n\t ", "text is empty"),
    (b"\xff\xfe\x00\x01binary", "not UTF-8"),
    (b"Only English words here, nothing Arabic at all.", "no Arabic"),
])
def test_bad_text_file_gets_one_line_and_exit_2(tmp_path, content, problem):
    f = tmp_path / "report.txt"
    f.write_bytes(content)
    r = run("extract", f, "--published", "2023-01-05")
    assert r.returncode == 2
    assert problem in r.stderr and str(f) in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("published, problem", [(None, "no publication date"), ("2022-02-30", "not a valid date")])
def test_missing_or_impossible_date_is_refused(tmp_path, published, problem):
    f = tmp_path / "report.txt"
    f.write_text("قتل ثلاثة مدنيين في قصف على مدينة إدلب أمس.", encoding="utf-8")
    args = ["extract", f] + (["--published", published] if published else [])
    r = run(*args)
    assert r.returncode == 2 and problem in r.stderr and "Traceback" not in r.stderr


def test_jsonl_batch_skips_a_malformed_line_and_codes_the_rest(tmp_path):
    f = tmp_path / "batch.jsonl"
    good = {"id": "idlib-1", "text": "قتل ثلاثة مدنيين في قصف مدفعي على مدينة إدلب أمس.", "published": "2023-01-05"}
    f.write_text(json.dumps(good, ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    r = run("extract", f, "--format", "jsonl")
    assert r.returncode == 0
    assert f"{f}:2" in r.stderr and "malformed JSON" in r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows and all(row["article_id"] == "idlib-1" for row in rows)
    assert rows[0]["event_date"] == "2023-01-04" and rows[0]["fatalities"] == 3


def test_csv_has_acled_columns_in_order(tmp_path):
    from rasid.export.acled import ACLED_COLUMNS
    f = tmp_path / "r.txt"
    f.write_text("قتل ثلاثة مدنيين في قصف مدفعي على مدينة إدلب أمس.", encoding="utf-8")
    r = run("extract", f, "--published", "2023-01-05", "--format", "csv")
    assert r.returncode == 0
    assert r.stdout.splitlines()[0].split(",") == list(ACLED_COLUMNS)


def test_seed_article_scores_at_least_090_with_the_reference_scorer(tmp_path):
    seed = shared_file("seed", "hasakah-2022-01-27.txt")
    score = shared_file("eval", "score.py")
    gold = shared_file("gold")
    pred = tmp_path / "pred"
    pred.mkdir()
    r = run("extract", seed, "--published", "2022-01-27", "--format", "jsonl")
    assert r.returncode == 0
    (pred / "seed-hasakah-2022-01-27.jsonl").write_text(r.stdout, encoding="utf-8")
    out = subprocess.run([sys.executable, str(score), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, timeout=60)
    summary = json.loads(out.stdout)["summary"]
    assert summary["f1"] >= 0.90
    for field in ("sub_event_type", "actors", "fatalities"):
        assert summary["field_accuracy"][field] >= 0.85


def test_every_seed_event_points_at_its_words():
    seed = shared_file("seed", "hasakah-2022-01-27.txt")
    import rasid
    text = Path(seed).read_text(encoding="utf-8")
    result = rasid.extract(text, published="2022-01-27")
    assert result.events
    for event in result.events:
        for name, span in event.field_spans:
            assert text[span.start:span.end] == span.text, name


def test_demo_codes_the_bundled_examples(tmp_path):
    r = run("demo", "--out", tmp_path / "out")
    assert r.returncode == 0, r.stderr
    csv_lines = (tmp_path / "out" / "events.csv").read_text(encoding="utf-8").splitlines()
    assert len(csv_lines) > 6  # header + events from six reports
