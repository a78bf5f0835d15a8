"""Linking a CompiledModule into runnable code.

Symbolic operands become objects (see code.py): local targets FunctionCode,
remote targets Export entries, BIF names BifRef, fun indices FunctionCode.
A remote call whose target is a BIF becomes ``call_bif`` here, so the loop
calls the Python function directly.
"""
from __future__ import annotations

from .bif_registry import BIFS, PROCESS_BIFS
from .code import BifRef, CompiledModule, FunctionCode, Module
from .opcodes import OP


def bif_ref(mfa) -> BifRef | None:
    func = BIFS.get(mfa)
    if func is None:
        return None
    return BifRef(func, mfa[0], mfa[1], mfa[2], mfa in PROCESS_BIFS)


def link(compiled: CompiledModule, runtime) -> Module:
    module = Module(compiled)
    for cf in compiled.functions:
        module.functions[(cf.name, cf.arity)] = FunctionCode(module, cf)
    for index, cf in enumerate(compiled.funs):
        module.funs.append(FunctionCode(module, cf, index))
    for fc in list(module.functions.values()) + module.funs:
        fc.code = [_link_instruction(ins, module, runtime) for ins in fc.code]
    return module


def _missing_bif(mfa):
    from .errors import ErlangError, UNDEF

    def undefined(*args):
        raise ErlangError(UNDEF)
    return BifRef(undefined, mfa[0], mfa[1], mfa[2])


def _link_instruction(ins, module: Module, runtime):
    op = ins[0]
    if op == OP.call or op == OP.tail_call:
        return (op, module.functions[ins[1]], *ins[2:])
    if op == OP.call_ext:
        ref = bif_ref(ins[1])
        if ref is not None:
            return (OP.call_bif, -1, ref.func, ins[2], ins[3], ref)
        return (op, runtime.export(*ins[1]), *ins[2:])
    if op == OP.tail_call_ext:
        return (op, runtime.export(*ins[1]), *ins[2:])
    if op == OP.call_bif:
        ref = bif_ref(ins[2]) or _missing_bif(ins[2])
        return (op, ins[1], ref.func, ins[3], ins[4], ref)
    if op == OP.make_fun:
        return (op, module.funs[ins[1]], *ins[2:])
    return ins
