"""Every coded field points at the words it came from (non-negotiable 6): an actor,
a place or a death toll with no span behind it is not emitted."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import rasid

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.yaml"))
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


def _events(text: str, published: str):
    return rasid.extract(text, published=published).events


def _cases():
    for p in ARTICLES:
        d = yaml.safe_load(p.read_text(encoding="utf-8"))
        yield pytest.param(d["text"], str(d["published"]), id=p.stem)
    for p in EXAMPLES:
        yield pytest.param(p.read_text(encoding="utf-8"), p.stem[-10:], id=p.stem)


@pytest.mark.parametrize("text, published", list(_cases()))
def test_every_emitted_field_has_its_words(text, published):
    for event in _events(text, published):
        fields = {name for name, _ in event.field_spans}
        assert "trigger" in fields
        if event.actor1:
            assert "actor1" in fields, (event.actor1, event.field_spans)
        if event.actor2:
            assert "actor2" in fields, (event.actor2, event.field_spans)
        if event.location is not None:
            assert "location" in fields, event.field_spans
        if event.fatalities:
            assert "fatalities" in fields, event.field_spans
        if event.time_precision == 1:
            assert "event_date" in fields, event.field_spans


@pytest.mark.parametrize("text, published", list(_cases()))
def test_every_span_is_the_text_at_its_offsets(text, published):
    for event in _events(text, published):
        for name, span in event.field_spans:
            assert text[span.start:span.end] == span.text, name
        for span in event.evidence:
            assert text[span.start:span.end] == span.text
