"""Shared test fixtures and helpers.

Tests that read the read-only material in `../shared` (the seed, the corpora, the
gazetteer sources) use `shared_path` and skip cleanly when it is absent: a user's clone
of rasid has no `../shared`. Set RASID_SHARED to point elsewhere.
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASID_SHARED", ROOT.parent / "shared"))


def shared_file(*parts: str) -> Path:
    """Path to a file under ../shared, or skip the test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is absent in a user's clone)")
    return path


@pytest.fixture
def shared_path():
    return shared_file


# ---- helpers the behaviour tests share (imported as `from conftest import ...`)

PUB = date(2023, 5, 10)  # a Wednesday: the publication day of the report-vs-mention tests
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
DEMONSTRATIONS = {"Protests", "Riots"}


def coded(text: str, kinds: set[str]) -> list:
    """The events of `text` (published on PUB) whose event type is one of `kinds`."""
    import rasid

    return [e for e in rasid.extract(text, published=PUB).events if e.event_type in kinds]


def violent(text: str) -> list:
    return coded(text, VIOLENT)


def protests(text: str) -> list:
    return coded(text, DEMONSTRATIONS)


def place_hits(text: str, country: str | None = None):
    """Every place mention of `text` read as an article of its own."""
    from rasid.geo.resolve import find_places
    from rasid.model import Article
    from rasid.text.document import make_doc

    return find_places(make_doc(Article("t", text)), country)


def place_at(text: str, surface: str, country: str | None = None):
    """The place mention whose words include `surface` (the name may carry its cue:
    "محافظة إدلب"); fails the test when there is none."""
    for h in place_hits(text, country):
        if surface in h.location.span.text:
            return h
    raise AssertionError(f"no place at {surface!r} in {[h.location.span.text for h in place_hits(text, country)]}")
