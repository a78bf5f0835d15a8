"""erlang:process_info/1,2 (Python: it reads the scheduler's view of a process)."""
from __future__ import annotations

from ...vm.bif_registry import bif
from ...vm.errors import ErlangError, BADARG
from ...vm.heap import process_bytes, process_heap_words
from ...vm.terms import NIL, FALSE, TRUE, Atom, Pid, from_iterable, to_pylist

UNDEFINED = Atom("undefined")
PROCESS = Atom("process")

DEFAULT_ITEMS = ["current_function", "initial_call", "status", "message_queue_len", "links",
                 "dictionary", "trap_exit", "error_handler", "priority", "group_leader",
                 "total_heap_size", "heap_size", "stack_size", "reductions",
                 "garbage_collection", "suspending"]


def _status(proc, target) -> Atom:
    if target is proc:
        return Atom("running")
    return Atom({"waiting": "waiting", "runnable": "runnable"}.get(target.status, "exiting"))


def _item(proc, target, name: str):
    if name == "status":
        return _status(proc, target)
    if name == "message_queue_len":
        return len(target.mailbox)
    if name == "messages":
        return from_iterable(list(target.mailbox))
    if name == "links":
        return from_iterable(sorted(target.links, key=lambda p: p.number))
    if name == "monitors":
        return from_iterable([(PROCESS, pid) for pid in target.monitors.values()])
    if name == "monitored_by":
        return from_iterable([pid for pid, _ in target.monitored_by.values()])
    if name == "dictionary":
        return from_iterable([(k, v) for k, v in target.dictionary.values()])
    if name == "trap_exit":
        return TRUE if target.trap_exit else FALSE
    if name == "registered_name":
        return target.registered_name if target.registered_name is not None else NIL
    if name == "reductions":
        return target.reductions
    if name in ("heap_size", "total_heap_size"):
        return process_heap_words(target)
    if name == "memory":
        return process_bytes(target)
    if name == "stack_size":
        return len(target.stack) * 4 + 2
    if name == "current_function":
        fc = target.fc
        return (fc.module.atom, fc.mfa_name, fc.arity) if fc is not None else UNDEFINED
    if name == "initial_call":
        return target.initial_call or (Atom("erlang"), Atom("apply"), 2)
    if name == "group_leader":
        return target.group_leader or proc.pid
    if name == "priority":
        return Atom(target.priority)
    if name == "error_handler":
        return Atom("error_handler")
    if name == "garbage_collection":
        return from_iterable([(Atom("max_heap_size"), 0), (Atom("min_heap_size"), 233),
                              (Atom("minor_gcs"), 0)])
    if name == "suspending":
        return NIL
    if name == "current_stacktrace":
        if target.fc is None:
            return NIL
        from ...vm.interp import build_trace  # the loop's module; imported when asked
        # a process not running stands at the instruction it will run next
        return build_trace(target.fc, target.pc + 1, target.stack)
    raise ErlangError(BADARG)


def _target(proc, pid):
    if type(pid) is not Pid:
        raise ErlangError(BADARG)
    return proc.runtime.process_of(pid)


@bif("erlang", "process_info", 2, process=True)
def process_info2(proc, pid, spec):
    target = _target(proc, pid)
    if type(spec) is Atom:
        if target is None:
            _item(proc, proc, spec.name)  # badarg for an unknown item even when dead
            return UNDEFINED
        value = _item(proc, target, spec.name)
        if spec.name == "registered_name" and value is NIL:
            return NIL
        return (spec, value)
    try:
        items = to_pylist(spec)
    except ValueError:
        raise ErlangError(BADARG) from None
    if any(type(i) is not Atom for i in items):
        raise ErlangError(BADARG)
    if target is None:
        return UNDEFINED
    return from_iterable([(i, _item(proc, target, i.name)) for i in items])


@bif("erlang", "process_info", 1, process=True)
def process_info1(proc, pid):
    target = _target(proc, pid)
    if target is None:
        return UNDEFINED
    items = list(DEFAULT_ITEMS)
    if target.registered_name is not None:
        items.insert(0, "registered_name")
    return from_iterable([(Atom(i), _item(proc, target, i)) for i in items])
