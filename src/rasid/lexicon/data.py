"""Read a data file shipped inside the package (cached per process)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=None)
def load_yaml(name: str):
    # libyaml's C loader when present: the lexicons are large and pure-Python parsing
    # costs about a second at start-up
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(resources.files("rasid").joinpath("data", name).read_text("utf-8"), Loader=loader)


@lru_cache(maxsize=None)
def cue_words(kind: str) -> frozenset:
    """The word list `kind` of cues.yaml, each word normalised as tokens' `norm` is
    (normalize_key), once per process: rules compare a token's norm with it."""
    from rasid.text.normalize import normalize_key  # text/ reads its own data files, not this module
    return frozenset(normalize_key(w) for w in load_yaml("cues.yaml").get(kind) or [])
