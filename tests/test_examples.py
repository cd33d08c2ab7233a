"""The example reports in examples/: each .txt has a headline, a publication date in its
name, and a twin line in examples/articles.jsonl with the same text."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TEXTS = sorted(EXAMPLES.glob("*.txt"))
NAME = re.compile(r"^[a-z]+(?:-[a-z]+)*-(\d{4}-\d{2}-\d{2})$")
ARABIC = re.compile(r"[\u0600-\u06FF]")


def jsonl_records() -> dict[str, dict]:
    lines = (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return {r["id"]: r for r in records}


def test_six_examples_one_per_theatre():
    theatres = {p.stem.split("-")[0] for p in TEXTS}
    assert theatres >= {"syria", "iraq", "yemen", "libya", "gaza", "sudan"}


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_example_has_date_headline_and_body(path):
    m = NAME.match(path.stem)
    assert m, f"{path.name}: name should be theatre-place-YYYY-MM-DD.txt"
    date.fromisoformat(m.group(1))
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    headline, body = lines[0], lines[1:]
    assert ARABIC.search(headline) and len(headline.split()) <= 20, "first line is a short Arabic headline"
    assert not headline.rstrip().endswith((".", ":")), "the headline is not a sentence of the body"
    assert 3 <= len(body) <= 6, "2-4 paragraphs plus a closing teaser line"
    assert 120 <= len(text.split()) <= 300
    assert body[-1].startswith("اقرأ أيضا"), "ends with a related-article teaser (page furniture)"


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_example_has_jsonl_twin(path):
    records = jsonl_records()
    assert path.stem in records, f"{path.stem} missing from articles.jsonl"
    rec = records[path.stem]
    assert set(rec) >= {"id", "published", "title", "source", "text"}
    assert rec["text"].strip() == path.read_text(encoding="utf-8").strip()
    assert rec["published"] == NAME.match(path.stem).group(1)
    assert rec["title"] == rec["text"].splitlines()[0]


def test_jsonl_has_no_extra_records():
    assert set(jsonl_records()) == {p.stem for p in TEXTS}


def test_readme_lists_every_file():
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    for path in [*TEXTS, EXAMPLES / "articles.jsonl"]:
        assert f"`{path.name}`" in readme, path.name
