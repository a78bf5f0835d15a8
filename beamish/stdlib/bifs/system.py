"""erlang:memory, statistics, system_info, garbage_collect (Python: they report
on the runtime itself)."""
from __future__ import annotations

import time

from ...vm.bif_registry import bif
from ...vm.errors import ErlangError, BADARG
from ...vm.heap import process_bytes
from ...vm.terms import Atom, TRUE, from_iterable, make_string, to_pylist

_MEMORY_KINDS = ("total", "processes", "processes_used", "system", "atom", "atom_used",
                 "binary", "code", "ets")


def _memory(proc, kind: str) -> int:
    runtime = proc.runtime
    if kind in ("processes", "processes_used"):
        return sum(process_bytes(p) for p in runtime.processes.values())
    if kind in ("atom", "atom_used"):
        return 64 * len(Atom.table)
    if kind == "total":
        return _memory(proc, "processes") + _memory(proc, "system")
    if kind == "system":
        return _memory(proc, "atom") + 1_000_000
    return 0


@bif("erlang", "memory", 0, process=True)
def memory0(proc):
    return from_iterable([(Atom(k), _memory(proc, k)) for k in _MEMORY_KINDS])


@bif("erlang", "memory", 1, process=True)
def memory1(proc, kind):
    if type(kind) is Atom and kind.name in _MEMORY_KINDS:
        return _memory(proc, kind.name)
    try:
        kinds = to_pylist(kind)
    except ValueError:
        raise ErlangError(BADARG) from None
    if not all(type(k) is Atom and k.name in _MEMORY_KINDS for k in kinds):
        raise ErlangError(BADARG)
    return from_iterable([(k, _memory(proc, k.name)) for k in kinds])


@bif("erlang", "garbage_collect", 0)
def garbage_collect0():
    return TRUE


@bif("erlang", "garbage_collect", 1)
def garbage_collect1(pid):
    return TRUE


@bif("erlang", "garbage_collect", 2)
def garbage_collect2(pid, options):
    return TRUE


@bif("erlang", "statistics", 1, process=True)
def statistics(proc, item):
    runtime = proc.runtime
    name = item.name if type(item) is Atom else None
    if name in ("total_run_queue_lengths", "run_queue", "total_run_queue_lengths_all"):
        return runtime.run_queue_length()
    if name == "run_queue_lengths":
        return from_iterable([runtime.run_queue_length()])
    if name == "reductions":
        total = sum(p.reductions for p in runtime.processes.values())
        return (total, 0)
    if name == "runtime":
        ms = int(time.process_time() * 1000)
        return (ms, 0)
    if name == "wall_clock":
        return (int(runtime.now_ms()), 0)
    if name == "process_count":
        return len(runtime.processes)
    raise ErlangError(BADARG)


@bif("erlang", "system_info", 1, process=True)
def system_info(proc, item):
    name = item.name if type(item) is Atom else None
    if name == "process_count":
        return len(proc.runtime.processes)
    if name == "process_limit":
        return 1 << 27
    if name == "otp_release":
        return make_string("25")
    if name == "wordsize":
        return 8
    if name in ("schedulers", "schedulers_online", "logical_processors"):
        return 1
    if name == "machine":
        return make_string("BEAM")
    if name == "version":
        return make_string("13.1.5")
    if name == "atom_count":
        return len(Atom.table)
    raise ErlangError(BADARG)


def _datetime(t: time.struct_time) -> tuple:
    return ((t.tm_year, t.tm_mon, t.tm_mday), (t.tm_hour, t.tm_min, t.tm_sec))


@bif("erlang", "localtime", 0)
def localtime():
    return _datetime(time.localtime())


@bif("erlang", "universaltime", 0)
def universaltime():
    return _datetime(time.gmtime())


@bif("erlang", "date", 0)
def date():
    return _datetime(time.localtime())[0]


@bif("erlang", "time", 0)
def time_of_day():
    return _datetime(time.localtime())[1]


def _epoch_seconds(datetime, convert) -> int:
    try:
        (y, mo, d), (h, mi, s) = datetime
        return convert((y, mo, d, h, mi, s, 0, 0, -1))
    except (TypeError, ValueError, OverflowError):
        raise ErlangError(BADARG) from None


@bif("erlang", "localtime_to_universaltime", 1)
def localtime_to_universaltime(datetime):
    return _datetime(time.gmtime(_epoch_seconds(datetime, time.mktime)))


@bif("erlang", "universaltime_to_localtime", 1)
def universaltime_to_localtime(datetime):
    import calendar as pycalendar
    return _datetime(time.localtime(_epoch_seconds(datetime, pycalendar.timegm)))
