"""erlang:get_module_info/1,2: what Mod:module_info/0,1 report (OTP 25).

Every compiled module gets module_info/0,1 from the compiler, calling these.
Exports are listed in the order the functions are defined, as BEAM lists
them; compile information and md5 are not kept (DIFFERENCES.md).
"""
from __future__ import annotations

from ...vm.bif_registry import BIFS, bif
from ...vm.errors import BADARG, ErlangError
from ...vm.terms import FALSE, NIL, TRUE, Atom, from_iterable

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


@bif("erlang", "module_loaded", 1, process=True)
def module_loaded(proc, name):
    if type(name) is not Atom:
        raise ErlangError(BADARG)
    return TRUE if name.name in proc.runtime.modules else FALSE


@bif("erlang", "function_exported", 3, process=True)
def function_exported(proc, name, function, arity):
    """True for an exported function of a loaded module, and for a BIF."""
    if type(name) is not Atom or type(function) is not Atom or type(arity) is not int:
        raise ErlangError(BADARG)
    module = proc.runtime.modules.get(name.name)
    if module is not None and (function.name, arity) in module.exports:
        return TRUE
    return TRUE if (name.name, function.name, arity) in BIFS else FALSE
