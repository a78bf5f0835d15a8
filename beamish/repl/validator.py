"""Is what has been typed ready to evaluate? (The Enter key asks.)

An entry is complete when it holds at least one whole expression (ending in
a dot outside strings, quoted atoms and comments) and nothing but blanks
after the last one; otherwise Enter starts a new line, as erl's shell keeps
reading until it has a dot.
"""
from __future__ import annotations

from .expressions import is_blank, split_expressions


def is_complete(text: str) -> bool:
    if is_blank(text):
        return True
    found, rest = split_expressions(text)
    return bool(found) and is_blank(rest)
