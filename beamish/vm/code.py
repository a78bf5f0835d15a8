"""Loaded code: modules, functions and export entries.

The compiler produces a picklable ``CompiledModule`` whose instructions name
their targets symbolically (``("f", 2)``, ``("lists", "map", 2)``). Loading
links it: local call targets become FunctionCode objects, remote ones become
Export entries (shared, mutable cells the code server repoints when a module
is reloaded, which is how a qualified call reaches the current version), and
BIF names become Python callables.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from .opcodes import BY_NAME
from .terms import Atom


@dataclass
class CompiledFunction:
    """One function or fun body as the compiler leaves it (picklable)."""
    name: str
    arity: int            # Erlang arity (arguments only)
    nparams: int          # registers filled by the caller: args, env, self-fun
    nregs: int            # total registers incl. constants
    code: list            # instruction tuples with symbolic operands
    lines: list           # line of each instruction
    constants: list       # (register, term) filled in by the frame template
    kind: str = "function"  # or "fun"
    env_size: int = 0
    receive_patterns: dict = field(default_factory=dict)  # loop_rec pc -> source text
    file: str | None = None  # the file a -file attribute named for it; None: the module's


@dataclass
class CompiledModule:
    name: str
    file: str
    functions: list       # CompiledFunction, named functions first
    funs: list            # CompiledFunction of fun bodies, by index
    exports: list         # (name, arity)
    attributes: list      # (name, term)
    records: dict = field(default_factory=dict)
    warnings: list = field(default_factory=list)


class FunctionCode:
    """A linked function: what the VM runs."""

    __slots__ = ("module", "name", "arity", "nparams", "code", "lines", "tail",
                 "kind", "env_size", "mfa_name", "index", "uniq", "receive_patterns", "jit",
                 "leaf", "file")

    def __init__(self, module: "Module", compiled: CompiledFunction, index: int = 0):
        self.module = module
        self.name = compiled.name
        self.arity = compiled.arity
        self.nparams = compiled.nparams
        self.lines = compiled.lines
        self.kind = compiled.kind
        self.env_size = compiled.env_size
        self.receive_patterns = compiled.receive_patterns
        self.index = index
        self.uniq = 0  # the fun's old_uniq, as #Fun<M.Index.Uniq> prints it
        tail = [None] * (compiled.nregs - compiled.nparams)
        for reg, value in compiled.constants:
            tail[reg - compiled.nparams] = value
        self.tail = tail
        self.code = compiled.code  # replaced by the linked copy
        self.mfa_name = Atom(compiled.name)
        self.jit = jit_stub(self)
        self.leaf = not any(ins[0] in _NOT_LEAF for ins in compiled.code)
        self.file = compiled.file or module.file  # what stack traces name

    def line_at(self, pc: int) -> int:
        if 0 <= pc < len(self.lines):
            return self.lines[pc]
        return 0

    def __repr__(self) -> str:
        return f"<FunctionCode {self.module.name}:{self.name}/{self.arity}>"


# A function without these never calls Erlang code nor waits: the generated
# path may run it as a direct Python call from its caller (vm/jit.py).
_NOT_LEAF = frozenset(BY_NAME[name] for name in (
    "call", "tail_call", "call_ext", "tail_call_ext", "call_fun", "tail_call_fun", "apply",
    "tail_apply", "loop_rec", "loop_rec_next", "remove_message", "wait", "wait_timeout", "timeout"))


def jit_stub(fc: FunctionCode) -> Callable:
    """fc.jit before the first call: generates fc's Python function (vm/jit.py)."""
    def stub(P, S, r, pc, reds):
        from .jit import compile_function
        return compile_function(fc)(P, S, r, pc, reds)
    stub.fc = fc
    return stub


class Export:
    """The entry a remote call goes through; repointed on code reload."""

    __slots__ = ("module", "name", "arity", "code", "bif", "process_bif")

    def __init__(self, module: str, name: str, arity: int):
        self.module = module
        self.name = name
        self.arity = arity
        self.code: FunctionCode | None = None
        self.bif: Callable | None = None
        self.process_bif = False

    def __repr__(self) -> str:
        return f"<Export {self.module}:{self.name}/{self.arity}>"


class Module:
    __slots__ = ("name", "atom", "file", "functions", "funs", "exports", "attributes",
                 "compiled", "records")

    def __init__(self, compiled: CompiledModule):
        self.name = compiled.name
        self.atom = Atom(compiled.name)
        self.file = compiled.file
        self.compiled = compiled
        self.functions: dict[tuple[str, int], FunctionCode] = {}
        self.funs: list[FunctionCode] = []
        self.exports = set(compiled.exports)
        self.attributes = compiled.attributes
        self.records = compiled.records


@dataclass
class BifRef:
    """A linked BIF operand: the callable and the name for stack traces."""
    func: Callable
    module: str
    name: str
    arity: int
    process: bool = False
    extra: Any = None
