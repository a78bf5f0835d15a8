"""The table of built-in functions written in Python.

A BIF is registered with ``@bif("module", "name", arity)``. It receives its
Erlang arguments as positional Python terms and returns a term, or raises
ErlangError (see beamish.vm.errors). A BIF never calls back into Erlang code:
higher-order functions (lists:map, maps:fold, ...) are written in Erlang under
beamish/stdlib/erl/. ``guard=True`` marks BIFs allowed in guards.
BIFs that need the calling process are registered with ``process=True`` and
get it as their first argument.
"""
from __future__ import annotations

from typing import Callable

BIFS: dict[tuple[str, str, int], Callable] = {}
GUARD_BIFS: set[tuple[str, str, int]] = set()
PROCESS_BIFS: set[tuple[str, str, int]] = set()


def bif(module: str, name: str, arity: int, guard: bool = False, process: bool = False):
    def register(func: Callable) -> Callable:
        key = (module, name, arity)
        BIFS[key] = func
        if guard:
            GUARD_BIFS.add(key)
        if process:
            PROCESS_BIFS.add(key)
        return func
    return register
