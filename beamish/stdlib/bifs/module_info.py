"""erlang:get_module_info/1,2: what Mod:module_info/0,1 report (OTP 25).

Every compiled module gets module_info/0,1 from the compiler, calling these.
Exports are listed in the order the functions are defined, as BEAM lists
them; compile information and md5 are not kept (DIFFERENCES.md).
"""
from __future__ import annotations

from ...vm.bif_registry import bif
from ...vm.errors import BADARG, ErlangError
from ...vm.terms import NIL, Atom, from_iterable

_ITEMS = ("module", "exports", "attributes", "compile", "md5")


def _module(proc, name):
    module = proc.runtime.modules.get(name.name) if type(name) is Atom else None
    if module is None:
        raise ErlangError(BADARG)
    return module


def _info(module, item: str):
    if item == "module":
        return module.atom
    if item in ("exports", "functions"):
        keys = [key for key in module.functions
                if item == "functions" or key in module.exports]
        return from_iterable([(Atom(n), a) for n, a in keys])
    if item == "attributes":
        return from_iterable([(Atom(n), v if type(v) is list or v is NIL else from_iterable([v]))
                              for n, v in module.attributes])
    if item == "compile":
        return NIL
    raise ErlangError(BADARG)


@bif("erlang", "get_module_info", 1, process=True)
def get_module_info1(proc, name):
    module = _module(proc, name)
    return from_iterable([(Atom(item), _info(module, item)) for item in _ITEMS[:4]])


@bif("erlang", "get_module_info", 2, process=True)
def get_module_info2(proc, name, item):
    module = _module(proc, name)
    if type(item) is not Atom:
        raise ErlangError(BADARG)
    return _info(module, item.name)
