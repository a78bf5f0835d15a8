"""The standard library: Python BIFs (bifs/) and modules written in Erlang (erl/).

``load_stdlib`` registers every BIF; modules under erl/ are compiled on first
call through the code path like any user module (and cached).
"""
from __future__ import annotations

import importlib
import os
import pkgutil

_loaded = False


def load_stdlib() -> None:
    global _loaded
    if _loaded:
        return
    from . import bifs
    from ..vm import arith  # noqa: F401 - registers erlang's operators
    for info in pkgutil.iter_modules(bifs.__path__):
        importlib.import_module(f"{bifs.__name__}.{info.name}")
    _loaded = True


def stdlib_erl_dir() -> str:
    return os.path.join(os.path.dirname(__file__), "erl")
