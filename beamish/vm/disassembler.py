"""A readable listing of compiled code; every name comes from opcodes.TABLE."""
from __future__ import annotations

from .code import CompiledFunction, CompiledModule
from .opcodes import TABLE


def _term(value) -> str:
    try:
        from ..stdlib.printer import write_term
        return write_term(value)
    except Exception:  # printing must never stop a listing
        return repr(value)


def _operand(kind: str, value) -> str:
    if kind == "label":
        return "fail" if value == -1 else f"L{value}"
    if kind == "reg":
        return "-" if value == -1 else f"r{value}"
    if kind == "regs":
        return "(" + ", ".join("-" if r == -1 else f"r{r}" for r in value) + ")"
    if kind in ("mfa", "bif"):
        m, f, a = value
        return f"{m}:{f}/{a}"
    if kind == "local":
        return f"{value[0]}/{value[1]}"
    if kind == "lit":
        return _term(value)
    if kind == "types":
        return "{" + ",".join(t.__name__ for t in value) + "}"
    if kind == "code":
        return f"fun#{value}"
    return repr(value)


def disassemble_function(cf: CompiledFunction) -> str:
    lines = [f"{cf.name}/{cf.arity}  (params {cf.nparams}, registers {cf.nregs})"]
    for reg, value in cf.constants:
        lines.append(f"    const r{reg} = {_term(value)}")
    targets = set()
    for ins in cf.code:
        op = TABLE[ins[0]]
        for kind, value in zip(op.operands, ins[1:]):
            if kind == "label" and value != -1:
                targets.add(value)
    for pc, ins in enumerate(cf.code):
        op = TABLE[ins[0]]
        operands = ", ".join(_operand(k, v) for k, v in zip(op.operands, ins[1:]))
        mark = f"L{pc}:" if pc in targets else ""
        lines.append(f"{mark:>7} {pc:4d}  {op.name:<15} {operands}    ; line {cf.lines[pc]}")
    return "\n".join(lines) + "\n"


def disassemble_module(cm: CompiledModule) -> str:
    out = [f"module {cm.name}  ({cm.file})",
           "exports " + ", ".join(f"{n}/{a}" for n, a in cm.exports), ""]
    for cf in cm.functions:
        out.append(disassemble_function(cf))
    for index, cf in enumerate(cm.funs):
        out.append(f"fun#{index} " + disassemble_function(cf))
    return "\n".join(out)
