"""The project's own gold sets (eval/*/) are fit to score against: every file loads,
names its article by corpus and id, and that article is one of the dev half (sha1 of
the id starting 0-7), so no held-out article was ever read to write them."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from rasid.evaluate import load_gold_file

EVAL = Path(__file__).resolve().parents[1] / "eval"
GOLD_FILES = sorted(EVAL.glob("*/*.gold.json"))
ACLED_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
               "Strategic developments"}


def test_there_are_gold_sets():
    assert {p.parent.name for p in GOLD_FILES} >= {"dev-gold", "dev-gold-b", "dev-gold-c"}


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_gold_file_codes_a_dev_half_article(path):
    doc = load_gold_file(path)
    assert doc.corpus and doc.article_id, "cite the article by corpus and id, never by its text"
    assert hashlib.sha1(doc.article_id.encode("utf-8")).hexdigest()[0] in "01234567"
    assert path.name == f"{doc.doc_id}.gold.json"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_gold_event_uses_acled_event_types(path):
    for e in json.loads(path.read_text(encoding="utf-8"))["events"]:
        assert set(e["event_type"]) <= ACLED_TYPES, e["id"]
