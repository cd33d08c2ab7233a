"""Shared test fixtures.

Tests that read the read-only material in `../shared` (the seed, the corpora, the
gazetteer sources) use `shared_path` and skip cleanly when it is absent: a user's clone
of rasid has no `../shared`. Set RASID_SHARED to point elsewhere.
"""
from __future__ import annotations

import os
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
