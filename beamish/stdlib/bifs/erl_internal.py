"""erl_internal: which functions the language auto-imports, as OTP 25 says.

Why Python: the compiler keeps these tables (beamish.compiler.erl_internal);
erl_eval asks the same questions at run time.
"""
from __future__ import annotations

from beamish.compiler import erl_internal as tables
from beamish.vm.bif_registry import bif
from beamish.vm.terms import Atom, TRUE, FALSE


def _is(table, name, arity) -> Atom:
    return TRUE if type(name) is Atom and (name.name, arity) in table else FALSE


@bif("erl_internal", "bif", 2)
def is_bif(name, arity):
    return _is(tables.AUTO_IMPORTS, name, arity)


@bif("erl_internal", "guard_bif", 2)
def guard_bif(name, arity):
    return _is(tables.GUARD_BIFS | tables.TYPE_TESTS, name, arity)


@bif("erl_internal", "type_test", 2)
def type_test(name, arity):
    return _is(tables.TYPE_TESTS, name, arity)
