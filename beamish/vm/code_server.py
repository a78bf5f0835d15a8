"""Module versions: loading over current code, purging and deleting (OTP 25's
code server and erts' code management).

A module has at most two versions: ``runtime.modules`` holds the current one,
``runtime.old_modules`` the old one. Loading a module that is already loaded
makes the current version old and repoints every Export entry of the module at
the new code, so a fully qualified call (through an Export) reaches the new
version while running frames keep their own FunctionCode and go on in the old
one; a local call (linked straight to a FunctionCode) stays in the version it
was made from.

Notes
 1. A process runs old code when its current function, a frame on its call
    stack, or a catch/try handler belongs to the old version (OTP's
    erlang:check_process_code/2). Funs a process holds are not looked at: as in
    OTP 25, a fun whose code was purged raises ``{badfun, Fun}`` when called.
 2. Purging kills the processes that run old code with an untrappable
    ``kill``, so their links see ``killed``; then it retires the old funs by
    replacing their code with a one-instruction body that raises badfun.
 3. Modules found in the stdlib directories, and BIF-only modules, are
    "sticky": they cannot be reloaded, deleted or purged.
 4. The calling process can only be judged by its call stack and handlers: its
    current function lives in the interpreter's locals while a BIF runs.
"""
from __future__ import annotations

import os
from typing import Any

from .bif_registry import BIFS
from .code import BifRef, CompiledModule, Module, jit_stub
from .errors import ErlangError
from .interp import ExitSelf, build_trace, frame_term
from .opcodes import OP
from .terms import Atom

KILLED = Atom("killed")
BADFUN = Atom("badfun")


def bif_modules() -> set[str]:
    """Modules that have Python BIFs (some of them have Erlang code too)."""
    return {key[0] for key in BIFS}


def source_of(runtime, name: str) -> str | None:
    """The source file a module was (or would be) loaded from. A module whose
    file is named without a directory and is not in the working directory
    (the stdlib's) is looked up on the code path."""
    module = runtime.modules.get(name) or runtime.old_modules.get(name)
    if module is not None and module.file and (os.path.dirname(module.file)
                                               or os.path.isfile(module.file)):
        return module.file
    return runtime.find_source(name)


def is_sticky(runtime, name: str) -> bool:
    """Stdlib modules cannot be replaced (OTP's sticky directories)."""
    path = source_of(runtime, name)
    if path is None:
        return name in bif_modules()
    directory = os.path.dirname(os.path.abspath(path))
    return any(os.path.abspath(d) == directory for d in runtime.stdlib_dirs)


def install(runtime, compiled: CompiledModule) -> Module:
    """Make ``compiled`` the current version; a current one becomes old.

    The caller has checked that there is no old version (or accepts losing
    track of it, as autoloading after code:delete/1 does)."""
    from .loader import link
    module = link(compiled, runtime)
    name = module.name
    previous = runtime.modules.get(name)
    if previous is not None:
        runtime.old_modules[name] = previous
    runtime.modules[name] = module
    _repoint_exports(runtime, name, module)
    return module


def delete(runtime, name: str) -> bool:
    """code:delete/1: the current version becomes old; qualified calls fail."""
    if name not in runtime.modules or name in runtime.old_modules or is_sticky(runtime, name):
        return False
    runtime.old_modules[name] = runtime.modules.pop(name)
    _repoint_exports(runtime, name, None)
    return True


def _repoint_exports(runtime, name: str, module: Module | None) -> None:
    for (mod, fname, arity), entry in runtime.exports.items():
        if mod != name:
            continue
        if module is not None and (fname, arity) in module.exports:
            entry.code = module.functions.get((fname, arity))
        else:
            entry.code = None


def runs_code_of(proc, module: Module, running: bool = False) -> bool:
    """Whether ``proc`` executes code of this module version (note 1).

    ``running``: proc is the caller, whose saved current function is stale
    (note 4)."""
    fc = proc.fc
    if not running and fc is not None and fc.module is module:
        return True
    for frame in proc.stack:
        if frame[0].module is module:
            return True
    for handler in proc.handlers:
        if handler[1].module is module:
            return True
    return False


def check_process_code(runtime, proc, name: str, caller=None) -> bool:
    old = runtime.old_modules.get(name)
    return old is not None and runs_code_of(proc, old, proc is caller)


def lingering(runtime, name: str, caller=None) -> list:
    """The processes that run the old version of ``name``."""
    old = runtime.old_modules.get(name)
    if old is None:
        return []
    return [p for p in list(runtime.processes.values())
            if p.status != "exited" and runs_code_of(p, old, p is caller)]


def purge(runtime, name: str, caller=None) -> bool:
    """code:purge/1: kill the processes in old code, then drop it (note 2).

    True when some process had to be killed. Raises ExitSelf when the caller
    itself ran the old code."""
    if name not in runtime.old_modules:
        return False
    victims = lingering(runtime, name, caller)
    old = runtime.old_modules.pop(name)
    killed_self = False
    for proc in victims:
        if proc is caller:
            killed_self = True
        else:
            runtime.kill(proc, KILLED)
    _retire_funs(old)
    if killed_self:
        raise ExitSelf(KILLED)
    return bool(victims)


def soft_purge(runtime, name: str, caller=None) -> bool:
    """code:soft_purge/1: drop old code only when no process runs it."""
    if name not in runtime.old_modules:
        return True
    if lingering(runtime, name, caller):
        return False
    _retire_funs(runtime.old_modules.pop(name))
    return True


def _purged_fun_called(proc, fun: Any) -> Any:
    """The body of a fun whose code was purged: badfun, shown at the caller
    twice, as interp.bad_fun_call shows a body call of a non-fun."""
    error = ErlangError((BADFUN, fun))
    stack = proc.stack
    top = frame_term(stack[-1][0], stack[-1][1] - 1) if stack else None
    error.stacktrace = build_trace(None, 0, stack, top)
    raise error


_PURGED = BifRef(_purged_fun_called, "erlang", "apply", 2, process=True)


def _retire_funs(module: Module) -> None:
    for fc in module.funs:
        fc.code = [(OP.call_bif, -1, _purged_fun_called, (fc.nparams - 1,), 0, _PURGED)]
        fc.jit = jit_stub(fc)  # generated code made from the old body is dropped too
