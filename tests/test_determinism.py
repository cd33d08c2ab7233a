"""The same article codes to the same bytes in every process, whatever its hash seed:
pool workers and Dask workers are separate processes, so anything that iterates over a
set of strings would make exports differ between runs and engines."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Two strikes by the same air force (named twice), then a third strike told without
# its author: the author is inherited from the first telling, in every process.
STRIKES = (
    "شنت مقاتلات روسية صباح اليوم السبت غارات على بلدة خان شيخون في ريف إدلب الجنوبي. "
    "وقال المرصد السوري لحقوق الإنسان إن مقاتلات روسية شنت بعد الظهر غارة على بلدة كفرنبل.\n"
    "وفي سياق متصل، قتل ثلاثة مدنيين في غارة جوية استهدفت مدينة معرة النعمان اليوم السبت.\n"
)


def _code(path: Path, seed: int) -> str:
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    out = subprocess.run(
        [sys.executable, "-m", "rasid", "extract", str(path), "--published", "2019-05-25", "--format", "jsonl"],
        env=env, capture_output=True, text=True, check=True)
    return out.stdout


def test_inherited_strike_author_is_the_same_in_every_process(tmp_path):
    p = tmp_path / "strikes.txt"
    p.write_text(STRIKES, encoding="utf-8")
    outputs = {_code(p, seed) for seed in range(1, 7)}
    assert len(outputs) == 1
    events = [json.loads(line) for line in outputs.pop().splitlines()]
    third = next(e for e in events if e["location"] == "Maarrat An Numan")
    assert third["field_evidence"]["actor1"]["start"] == STRIKES.index("مقاتلات روسية")


def test_bundled_examples_code_identically_under_different_hash_seeds():
    src = ROOT / "examples" / "articles.jsonl"
    assert _code(src, 1) == _code(src, 2) == _code(src, 3)
