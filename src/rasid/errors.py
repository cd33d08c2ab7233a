"""Errors users see. Each names the input and says what is wrong, in one line."""
from __future__ import annotations


class RasidError(Exception):
    """Base class: a problem the user can fix, reported without a traceback."""


class InputError(RasidError):
    def __init__(self, name: str, problem: str):
        self.name = name
        self.problem = problem
        super().__init__(f"{name}: {problem}")
