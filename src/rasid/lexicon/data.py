"""Read a data file shipped inside the package (cached per process)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=None)
def load_yaml(name: str):
    return yaml.safe_load(resources.files("rasid").joinpath("data", name).read_text("utf-8"))
