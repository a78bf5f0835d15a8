"""System processes: the registered servers OTP has running before main starts.

OTP's logger and application_controller exist before an escript's main
runs, so starting them takes no pid from the program's sequence. beamish
starts them on first use, with pids from a range below that sequence, so
that the pids a program prints stay the ones OTP prints.
"""
from __future__ import annotations

from ...vm.bif_registry import bif
from ...vm.errors import ErlangError, BADARG
from ...vm.terms import Atom, Pid, to_pylist

LAST_SYSTEM_PID = 79  # runtime.next_system_pid starts at 40, the user's pids at 80


PRIORITIES = ("low", "normal", "high", "max")


@bif("$system", "whereis_or_start", 5, process=True)
def whereis_or_start(proc, name, module, function, args, priority):
    """The pid registered as name, or a new process M:F(Args) registered so,
    queued at the given priority from its first turn on."""
    runtime = proc.runtime
    existing = runtime.registered.get(name) if type(name) is Atom else None
    if existing is not None:
        return existing.pid
    if type(name) is not Atom or type(module) is not Atom or type(function) is not Atom \
            or type(priority) is not Atom or priority.name not in PRIORITIES:
        raise ErlangError(BADARG)
    arglist = to_pylist(args)
    export = runtime.export(module.name, function.name, len(arglist))
    runtime.autoload(export)
    if export.code is None:
        raise ErlangError(Atom("undef"))
    number = runtime.next_system_pid
    if number > LAST_SYSTEM_PID:
        raise ErlangError(Atom("system_limit"))
    runtime.next_system_pid = number + 1
    child = runtime.spawn(export.code, arglist, Pid(number))
    child.initial_call = (module, function, len(arglist))
    if priority.name != child.priority:
        runtime.requeue(child, priority.name)
    runtime.registered[name] = child
    child.registered_name = name
    return child.pid
