"""An expression sequence typed at the shell, compiled to a function.

erl's shell interprets the abstract syntax with erl_eval; beamish compiles
each sequence with its own compiler instead, so shell code runs at VM speed
and with exactly the compiler's semantics (its errors included). The
sequence ``E1, ..., En`` with the shell's bindings ``B1..Bk`` becomes

    '$eval'(B1, ..., Bk) -> E1, ..., V = En, {V, [{'N1', N1}, ...]}.

in a module of its own, ``'$shell_<n>'`` (a new name each time, so the code
server never purges a process that still runs an earlier entry or holds its
funs), which calls itself ``erl_eval`` in funs and stack traces (the
shell's funs are erl_eval's in OTP, and erl_error trims erl_eval frames
from the traces it prints); the real erl_eval module stays loadable. N1... are
every variable bound once the sequence has run. Calls of local functions
that are not BIFs are shell commands: they become calls of
``shell_default`` (beamish/repl/commands.py), or raise erl's
``undefined shell command`` error. Funs get the index and uniq that
OTP 25's erl_eval funs print with (``#Fun<erl_eval.42.3316493>``).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

from ..compiler.codegen import bound_by
from ..compiler.erl_internal import AUTO_IMPORTS
from ..compiler.module import ModuleCompiler
from ..vm.code import CompiledModule, Module
from ..vm.terms import Atom
from .expressions import SHELL_FILE

SHELL_MODULE = "erl_eval"  # the name shell code shows
_entries = itertools.count(1)
ENTRY = "$eval"
_VALUE = "shell value"  # a name no typed variable can have

# OTP 25 erl_eval makes a shell fun from one of its own funs chosen by arity;
# their indices (and the module's uniq) are what #Fun<...> shows.
_ERL_EVAL_UNIQ = 3316493
_FUN_INDEX_BASE = 43
_NAMED_FUN_INDEX_BASE = 20
_INTERPRETED_FUN = Atom("-inside-an-interpreted-fun-")
_SHOWN_MODULE = Atom(SHELL_MODULE)


@dataclass
class ShellCode:
    compiled: CompiledModule
    name: str             # the module's name in the code server
    params: list          # binding names, in the order '$eval' takes them
    named_funs: set       # indices of the named funs among compiled.funs


def compile_exprs(exprs: list, bindings, records: dict, commands) -> ShellCode:
    """Raises CompileError (erl_lint's first error is what the shell prints)."""
    params = sorted(bindings)
    exprs = [rewrite_local_calls(e, commands) for e in exprs]
    known = set(params)
    for expr in exprs:
        known |= bound_by(expr, known)
    bound = sorted(known)
    pos = exprs[-1][1]
    pairs = ("nil", pos)
    for name in reversed(bound):
        pairs = ("cons", pos, ("tuple", pos, [("atom", pos, name), ("var", pos, name)]), pairs)
    body = exprs[:-1] + [("match", pos, ("var", pos, _VALUE), exprs[-1]),
                         ("tuple", pos, [("var", pos, _VALUE), pairs])]
    clause = ("clause", pos, [("var", pos, name) for name in params], [], body)
    name = f"$shell_{next(_entries)}"
    forms = [("attribute", pos, "module", [("atom", pos, name)]),
             ("attribute", pos, "export", [("cons", pos, ("op", pos, "/", ("atom", pos, ENTRY),
                                                          ("int", pos, len(params))), ("nil", pos))]),
             *records.values(),
             ("function", pos, ENTRY, len(params), [clause])]
    lint = ModuleCompiler(forms, SHELL_FILE, name)
    compiled = lint.compile()
    compiled.file = ""  # erl_eval's frames carry no location, so neither do these
    return ShellCode(compiled, name, params, set(lint.named_funs))


def dress_funs(module: Module, named_funs: set) -> None:
    """Give the linked module and its funs erl_eval's names for printing and traces."""
    module.atom = _SHOWN_MODULE
    for index, fc in enumerate(module.funs):
        base = _NAMED_FUN_INDEX_BASE if index in named_funs else _FUN_INDEX_BASE
        fc.index = base - fc.arity
        fc.uniq = _ERL_EVAL_UNIQ
        fc.mfa_name = _INTERPRETED_FUN


def rewrite_local_calls(node, commands):
    """Local calls of non-BIFs become shell_default calls or shell_undef errors."""
    kind = type(node)
    if kind is list:
        return [rewrite_local_calls(item, commands) for item in node]
    if kind is not tuple:
        return node
    if (len(node) == 4 and node[0] == "call" and type(node[2]) is tuple
            and node[2][0] == "atom" and type(node[3]) is list):
        pos, name, args = node[1], node[2][2], rewrite_local_calls(node[3], commands)
        arity = len(args)
        if (name, arity) in AUTO_IMPORTS or (name, arity) == ("record_info", 2):
            return ("call", pos, node[2], args)
        if (name, arity) in commands:
            return ("call", pos, ("remote", pos, ("atom", pos, "shell_default"), node[2]), args)
        error = ("remote", pos, ("atom", pos, "erlang"), ("atom", pos, "error"))
        reason = ("tuple", pos, [("atom", pos, "shell_undef"), ("atom", pos, name),
                                 ("int", pos, arity), ("nil", pos)])
        return ("call", pos, error, [reason])
    return tuple(rewrite_local_calls(item, commands) for item in node)
