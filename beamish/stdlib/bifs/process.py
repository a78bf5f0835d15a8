"""BIFs that need the calling process or the runtime (Python: they touch VM state).

Also the compiler's private helpers (``erlang:'$badrecord'/2`` and friends),
which raise the errors OTP's generated code raises.
"""
from __future__ import annotations


from ...vm.bif_registry import bif
from ...vm.errors import ErlangError, BADARG, ERROR, EXIT, THROW
from ...vm.interp import Halt
from ...vm.process import EMPTY_MAP
from ...vm.terms import (Atom, NIL, TRUE, FALSE, Fun, Pid, Port, Ref, make_string,
                         from_iterable, to_pylist)

UNDEFINED = Atom("undefined")


# ---- exceptions
@bif("erlang", "throw", 1)
def throw(reason):
    raise ErlangError(reason, THROW, bif_frame=False)


# Exceptions raised on purpose put no frame of their own on the stack trace:
# the caller is on top (with the given arguments for error/2,3), as on the BEAM.

@bif("erlang", "error", 1)
def error(reason):
    raise ErlangError(reason, ERROR, bif_frame=False)


@bif("erlang", "error", 2)
def error2(reason, args):
    raise ErlangError(reason, ERROR, bif_frame=False, caller_args=args)


@bif("erlang", "error", 3)
def error3(reason, args, options):
    raise ErlangError(reason, ERROR, bif_frame=False, caller_args=args)


@bif("erlang", "exit", 1)
def exit1(reason):
    raise ErlangError(reason, EXIT, bif_frame=False)


@bif("erlang", "raise", 3)
def raise3(class_, reason, trace):
    """Returns badarg (does not raise) for a bad class or trace, as OTP's does."""
    if class_ not in (ERROR, EXIT, THROW):
        return BADARG
    try:
        to_pylist(trace)
    except ValueError:
        return BADARG
    raise ErlangError(reason, class_, trace)


@bif("erlang", "$badarg_value", 1)
def badarg_value(value):
    raise ErlangError((BADARG, value), bif_frame=False)


@bif("erlang", "$bad_generator", 1)
def bad_generator(value):
    raise ErlangError((Atom("bad_generator"), value), bif_frame=False)


@bif("erlang", "$bad_filter", 1)
def bad_filter(value):
    raise ErlangError((Atom("bad_filter"), value), bif_frame=False)


@bif("erlang", "$badrecord", 2)
def badrecord(value, name):
    raise ErlangError((Atom("badrecord"), value), bif_frame=False)


@bif("erlang", "$bc_element", 1)
def bc_element(value):
    if type(value) is bytes or type(value).__name__ == "BitString":
        return value
    raise ErlangError(BADARG)


@bif("erlang", "halt", 0)
def halt0():
    raise Halt(0)


@bif("erlang", "halt", 1)
def halt1(status):
    return halt2(status, NIL)


@bif("erlang", "halt", 2)
def halt2(status, options):
    if type(status) is int and status >= 0:
        raise Halt(status & 0xFF if status > 255 else status)
    if type(status) is list or status is NIL:
        raise Halt(("abort", status))
    if status is Atom("abort"):
        raise Halt(("abort", NIL))
    raise ErlangError(BADARG)


# ---- process identity, dictionary
@bif("erlang", "self", 0, guard=True, process=True)
def self_(proc):
    return proc.pid


@bif("erlang", "put", 2, process=True)
def put(proc, key, value):
    d = proc.writable_dictionary()
    from ...vm.terms import map_key
    k = map_key(key)
    old = d.get(k, (None, UNDEFINED))[1]
    d[k] = (key, value)
    return old


@bif("erlang", "get", 1, process=True)
def get(proc, key):
    from ...vm.terms import map_key
    return proc.dictionary.get(map_key(key), (None, UNDEFINED))[1]


@bif("erlang", "get", 0, process=True)
def get0(proc):
    return from_iterable([(k, v) for k, v in proc.dictionary.values()])


@bif("erlang", "get_keys", 0, process=True)
def get_keys(proc):
    return from_iterable([k for k, v in proc.dictionary.values()])


@bif("erlang", "erase", 1, process=True)
def erase(proc, key):
    from ...vm.terms import map_key
    k = map_key(key)
    if k not in proc.dictionary:
        return UNDEFINED
    return proc.dictionary.pop(k)[1]


@bif("erlang", "erase", 0, process=True)
def erase0(proc):
    items = from_iterable([(k, v) for k, v in proc.dictionary.values()])
    proc.dictionary = EMPTY_MAP
    return items


@bif("erlang", "make_ref", 0, process=True)
def make_ref(proc):
    return proc.runtime.make_ref()


# ---- messages and processes
def _resolve(proc, dest):
    runtime = proc.runtime
    t = type(dest)
    if t is Pid:
        return runtime.process_of(dest), True
    if t is Atom:
        target = runtime.registered.get(dest)
        if target is None:
            raise ErlangError(BADARG)
        return target, True
    if t is tuple and len(dest) == 2 and type(dest[0]) is Atom:
        target = runtime.registered.get(dest[0])
        return target, True
    if t is Ref:
        # a message to an inactive alias is dropped, as on OTP 24+
        return runtime.aliases.get(dest), True
    raise ErlangError(BADARG)


@bif("erlang", "!", 2, process=True)
def send(proc, dest, message):
    target, _ = _resolve(proc, dest)
    if target is not None and target.status != "exited":
        proc.runtime.deliver(target, message)
    return message


@bif("erlang", "send", 2, process=True)
def send2(proc, dest, message):
    return send(proc, dest, message)


def _start_fun(proc, fun):
    runtime = proc.runtime
    if type(fun) is not Fun or fun.arity != 0:
        raise ErlangError(BADARG)
    if fun.code is not None:
        return runtime.spawn(fun.code, list(fun.env) + [fun])
    export = runtime.export(fun.module.name, fun.name.name, 0)
    runtime.autoload(export)
    if export.code is None:
        raise ErlangError(BADARG)
    return runtime.spawn(export.code, [])


@bif("erlang", "spawn", 1, process=True)
def spawn1(proc, fun):
    return _start_fun(proc, fun).pid


@bif("erlang", "spawn", 3, process=True)
def spawn3(proc, module, name, args):
    runtime = proc.runtime
    if type(module) is not Atom or type(name) is not Atom:
        raise ErlangError(BADARG)
    try:
        arglist = to_pylist(args)
    except ValueError:
        raise ErlangError(BADARG) from None
    export = runtime.export(module.name, name.name, len(arglist))
    runtime.autoload(export)
    if export.code is None:
        raise ErlangError(BADARG)
    child = runtime.spawn(export.code, arglist)
    child.initial_call = (module, name, len(arglist))
    return child.pid


@bif("erlang", "register", 2, process=True)
def register(proc, name, pid):
    runtime = proc.runtime
    target = runtime.process_of(pid) if type(pid) is Pid else None
    if type(name) is not Atom or name is UNDEFINED or target is None or name in runtime.registered \
            or target.registered_name is not None:
        raise ErlangError(BADARG)
    runtime.registered[name] = target
    target.registered_name = name
    return TRUE


@bif("erlang", "whereis", 1, process=True)
def whereis(proc, name):
    if type(name) is not Atom:
        raise ErlangError(BADARG)
    target = proc.runtime.registered.get(name)
    return target.pid if target is not None else UNDEFINED


@bif("erlang", "is_process_alive", 1, process=True)
def is_process_alive(proc, pid):
    if type(pid) is not Pid:
        raise ErlangError(BADARG)
    return TRUE if proc.runtime.process_of(pid) is not None else FALSE


@bif("erlang", "process_flag", 2, process=True)
def process_flag(proc, flag, value):
    if flag is Atom("trap_exit"):
        if value is not TRUE and value is not FALSE:
            raise ErlangError(BADARG)
        old = TRUE if proc.trap_exit else FALSE
        proc.trap_exit = value is TRUE
        return old
    if flag is Atom("priority"):
        if type(value) is not Atom or value.name not in PRIORITIES:
            raise ErlangError(BADARG)
        old = Atom(proc.priority)
        proc.priority = value.name
        return old
    raise ErlangError(BADARG)


PRIORITIES = ("low", "normal", "high", "max")


# ---- funs
@bif("erlang", "make_fun", 3)
def make_fun(module, name, arity):
    if type(module) is not Atom or type(name) is not Atom or type(arity) is not int or arity < 0:
        raise ErlangError(BADARG)
    return Fun(module, name, arity, None, ())


@bif("erlang", "fun_info", 2)
def fun_info(fun, item):
    if type(fun) is not Fun:
        raise ErlangError(BADARG)
    key = item.name if type(item) is Atom else None
    if key == "arity":
        return (item, fun.arity)
    if key == "module":
        return (item, fun.module)
    if key == "name":
        return (item, fun.name)
    if key == "type":
        return (item, Atom("external" if fun.code is None else "local"))
    if key == "env":
        return (item, from_iterable(list(fun.env)))
    if key == "index":
        return (item, fun.index)
    if key == "new_index":
        return (item, fun.index)
    if key == "uniq":
        return (item, fun.uniq)
    if key == "new_uniq":
        return (item, b"\x00" * 16)
    if key == "pid":
        return (item, UNDEFINED)
    raise ErlangError(BADARG)


@bif("erlang", "apply", 2)
def apply_unreached(fun, args):
    # calls of apply/2,3 compile to the apply instruction; this entry exists so
    # erlang:apply/2 appears in the export table (fun erlang:apply/2 works via it)
    raise ErlangError(Atom("undef"))


_STANDARD_PORTS = (Port(0), Port(1), Port(2))


@bif("erlang", "ports", 0)
def ports():
    return from_iterable(_STANDARD_PORTS)


@bif("erlang", "node", 0, guard=True)
def node():
    return Atom("nonode@nohost")


@bif("erlang", "monotonic_time", 0, process=True)
def monotonic_time(proc):
    import time
    return time.monotonic_ns()


@bif("erlang", "monotonic_time", 1, process=True)
def monotonic_time1(proc, unit):
    import time
    return _convert(time.monotonic_ns(), Atom("native"), unit)


@bif("erlang", "system_time", 0)
def system_time():
    import time
    return time.time_ns()


@bif("erlang", "system_time", 1)
def system_time1(unit):
    import time
    return _convert(time.time_ns(), Atom("native"), unit)


_UNITS = {"second": 1, "seconds": 1, "millisecond": 1000, "milli_seconds": 1000,
          "microsecond": 1_000_000, "micro_seconds": 1_000_000,
          "nanosecond": 1_000_000_000, "nano_seconds": 1_000_000_000,
          "native": 1_000_000_000, "perf_counter": 1_000_000_000}


def _unit(u):
    if type(u) is int and u > 0:
        return u
    if type(u) is Atom and u.name in _UNITS:
        return _UNITS[u.name]
    raise ErlangError(BADARG)


def _convert(value, src, dst):
    a, b = _unit(src), _unit(dst)
    return (value * b) // a


@bif("erlang", "convert_time_unit", 3)
def convert_time_unit(value, src, dst):
    if type(value) is not int:
        raise ErlangError(BADARG)
    return _convert(value, src, dst)


# ---- escript / init
@bif("escript", "script_name", 0, process=True)
def script_name(proc):
    return make_string(proc.runtime.script_name)


@bif("init", "get_plain_arguments", 0, process=True)
def get_plain_arguments(proc):
    return from_iterable([make_string(a) for a in proc.runtime.plain_arguments])


# ---- links, monitors, exit signals
NORMAL = Atom("normal")
KILL = Atom("kill")
KILLED = Atom("killed")
NOPROC = Atom("noproc")
PROCESS = Atom("process")
DOWN = Atom("DOWN")
EXIT_TAG = Atom("EXIT")


def _link(proc, pid):
    if type(pid) is not Pid:
        raise ErlangError(BADARG)
    if pid == proc.pid:
        return TRUE
    target = proc.runtime.process_of(pid)
    if target is None:
        if proc.trap_exit:
            proc.runtime.deliver(proc, (EXIT_TAG, pid, NOPROC))
            return TRUE
        raise ErlangError(NOPROC)
    proc.add_link(pid)
    target.add_link(proc.pid)
    return TRUE


@bif("erlang", "link", 1, process=True)
def link(proc, pid):
    return _link(proc, pid)


@bif("erlang", "unlink", 1, process=True)
def unlink(proc, pid):
    if type(pid) is not Pid:
        raise ErlangError(BADARG)
    proc.remove_link(pid)
    target = proc.runtime.process_of(pid)
    if target is not None:
        target.remove_link(proc.pid)
    return TRUE


@bif("erlang", "spawn_link", 1, process=True)
def spawn_link1(proc, fun):
    child = _start_fun(proc, fun)
    _link(proc, child.pid)
    return child.pid


@bif("erlang", "spawn_link", 3, process=True)
def spawn_link3(proc, module, name, args):
    pid = spawn3(proc, module, name, args)
    _link(proc, pid)
    return pid


def _monitor(proc, target_term):
    runtime = proc.runtime
    ref = runtime.make_ref()
    if type(target_term) is Pid:
        target, object_ = runtime.process_of(target_term), target_term
    elif type(target_term) is Atom:
        target, object_ = runtime.registered.get(target_term), (target_term, Atom("nonode@nohost"))
    elif type(target_term) is tuple and len(target_term) == 2 and type(target_term[0]) is Atom:
        target, object_ = runtime.registered.get(target_term[0]), target_term
    else:
        raise ErlangError(BADARG)
    if target is None or target.status == "exited":
        runtime.deliver(proc, (DOWN, ref, PROCESS, object_, NOPROC))
        return ref
    proc.add_monitor(ref, target.pid)
    target.add_monitored_by(ref, proc.pid, object_)
    return ref


@bif("erlang", "monitor", 2, process=True)
def monitor(proc, kind, target):
    if kind is not PROCESS:
        raise ErlangError(BADARG)
    return _monitor(proc, target)


@bif("erlang", "monitor", 3, process=True)
def monitor3(proc, kind, target, options):
    """Options: only {alias, explicit_unalias | demonitor | reply_demonitor} (OTP 24+):
    the monitor's reference is also an alias of the caller; with demonitor it
    stays active until the monitor goes (demonitor or 'DOWN')."""
    try:
        opts = to_pylist(options)
    except ValueError:
        raise ErlangError(BADARG) from None
    alias = False
    for opt in opts:
        if type(opt) is tuple and len(opt) == 2 and opt[0] is ALIAS \
                and opt[1] in (EXPLICIT_UNALIAS, DEMONITOR, REPLY_DEMONITOR):
            alias = True
        elif not (type(opt) is tuple and len(opt) == 2 and opt[0] is Atom("tag")):
            raise ErlangError(BADARG)
    ref = monitor(proc, kind, target)
    if alias and ref in proc.monitors:
        proc.runtime.aliases[ref] = proc
    return ref


ALIAS = Atom("alias")
EXPLICIT_UNALIAS = Atom("explicit_unalias")
DEMONITOR = Atom("demonitor")
REPLY_DEMONITOR = Atom("reply_demonitor")


@bif("erlang", "alias", 0, process=True)
def alias0(proc):
    ref = proc.runtime.make_ref()
    proc.runtime.aliases[ref] = proc
    return ref


@bif("erlang", "alias", 1, process=True)
def alias1(proc, options):
    return alias0(proc)


@bif("erlang", "unalias", 1, process=True)
def unalias(proc, ref):
    if type(ref) is not Ref:
        raise ErlangError(BADARG)
    aliases = proc.runtime.aliases
    if aliases.get(ref) is proc:
        del aliases[ref]
        return TRUE
    return FALSE


@bif("erlang", "demonitor", 1, process=True)
def demonitor(proc, ref):
    return demonitor2(proc, ref, NIL)


@bif("erlang", "demonitor", 2, process=True)
def demonitor2(proc, ref, options):
    if type(ref) is not Ref:
        raise ErlangError(BADARG)
    opts = to_pylist(options)
    proc.runtime.aliases.pop(ref, None)
    target_pid = proc.pop_monitor(ref)
    if target_pid is not None:
        target = proc.runtime.process_of(target_pid)
        if target is not None:
            target.pop_monitored_by(ref)
    if Atom("flush") in opts:
        proc.mailbox[:] = [m for m in proc.mailbox
                           if not (type(m) is tuple and len(m) == 5 and m[0] is DOWN and m[1] == ref)]
        proc.save = 0
    if Atom("info") in opts:
        return TRUE if target_pid is not None else FALSE
    return TRUE


@bif("erlang", "spawn_monitor", 1, process=True)
def spawn_monitor1(proc, fun):
    child = _start_fun(proc, fun)
    return (child.pid, _monitor(proc, child.pid))


@bif("erlang", "spawn_monitor", 3, process=True)
def spawn_monitor3(proc, module, name, args):
    pid = spawn3(proc, module, name, args)
    return (pid, _monitor(proc, pid))


@bif("erlang", "exit", 2, process=True)
def exit2(proc, pid, reason):
    from ...vm.interp import ExitSelf
    runtime = proc.runtime
    if type(pid) is not Pid:
        if type(pid) is Atom or (type(pid) is tuple):
            raise ErlangError(BADARG)
        raise ErlangError(BADARG)
    if pid == proc.pid:
        if reason is KILL:
            raise ExitSelf(KILLED)
        if proc.trap_exit:
            runtime.deliver(proc, (EXIT_TAG, proc.pid, reason))
            return TRUE
        raise ExitSelf(reason)
    target = runtime.process_of(pid)
    if target is not None:
        runtime.exit_signal(target, proc.pid, reason, linked=False)
    return TRUE


# ---- registry
@bif("erlang", "unregister", 1, process=True)
def unregister(proc, name):
    target = proc.runtime.registered.pop(name, None) if type(name) is Atom else None
    if target is None:
        raise ErlangError(BADARG)
    target.registered_name = None
    return TRUE


@bif("erlang", "registered", 0, process=True)
def registered(proc):
    return from_iterable(list(proc.runtime.registered))


@bif("erlang", "processes", 0, process=True)
def processes(proc):
    procs = sorted(proc.runtime.processes.values(), key=lambda p: p.pid.number)
    return from_iterable([p.pid for p in procs])


# ---- timers
def _timer_dest(dest):
    if type(dest) is not Pid and type(dest) is not Atom:
        raise ErlangError(BADARG)
    return dest


def _delay(time):
    if type(time) is not int or time < 0 or time > 0xFFFFFFFF:
        raise ErlangError(BADARG)
    return time


@bif("erlang", "send_after", 3, process=True)
def send_after(proc, time, dest, message):
    ref = proc.runtime.make_ref()
    proc.runtime.start_message_timer(_delay(time), _timer_dest(dest), message, ref)
    return ref


@bif("erlang", "send_after", 4, process=True)
def send_after4(proc, time, dest, message, options):
    return send_after(proc, time, dest, message)


@bif("erlang", "start_timer", 3, process=True)
def start_timer(proc, time, dest, message):
    ref = proc.runtime.make_ref()
    proc.runtime.start_message_timer(_delay(time), _timer_dest(dest), (Atom("timeout"), ref, message), ref)
    return ref


@bif("erlang", "start_timer", 4, process=True)
def start_timer4(proc, time, dest, message, options):
    return start_timer(proc, time, dest, message)


def _left(value):
    return FALSE if value is None else int(value + 0.999)


@bif("erlang", "cancel_timer", 1, process=True)
def cancel_timer(proc, ref):
    from ...vm.terms import Ref
    if type(ref) is not Ref:
        raise ErlangError(BADARG)
    return _left(proc.runtime.cancel_message_timer(ref))


@bif("erlang", "cancel_timer", 2, process=True)
def cancel_timer2(proc, ref, options):
    value = cancel_timer(proc, ref)
    if Atom("async") in to_pylist(options) and FALSE is not None:
        return OK_ATOM
    return value


@bif("erlang", "read_timer", 1, process=True)
def read_timer(proc, ref):
    from ...vm.terms import Ref
    if type(ref) is not Ref:
        raise ErlangError(BADARG)
    return _left(proc.runtime.read_message_timer(ref))


OK_ATOM = Atom("ok")


@bif("erlang", "get_keys", 1, process=True)
def get_keys1(proc, value):
    from ...vm.terms import exact_eq
    return from_iterable([k for k, v in proc.dictionary.values() if exact_eq(v, value)])


@bif("erlang", "unique_integer", 0, process=True)
def unique_integer(proc):
    return proc.runtime.unique_integer(False)


@bif("erlang", "unique_integer", 1, process=True)
def unique_integer1(proc, modifiers):
    try:
        mods = to_pylist(modifiers)
    except ValueError:
        raise ErlangError(BADARG) from None
    if any(m not in (Atom("positive"), Atom("monotonic")) for m in mods):
        raise ErlangError(BADARG)
    return proc.runtime.unique_integer(Atom("positive") in mods)


@bif("erlang", "ref_to_list", 1)
def ref_to_list(ref):
    from ...vm.terms import Ref
    if type(ref) is not Ref:
        raise ErlangError(BADARG)
    return make_string(repr(ref))


@bif("erlang", "pid_to_list", 1)
def pid_to_list(pid):
    if type(pid) is not Pid:
        raise ErlangError(BADARG)
    return make_string(repr(pid))


@bif("erlang", "list_to_pid", 1)
def list_to_pid(chars):
    import re
    try:
        text = "".join(chr(c) for c in to_pylist(chars))
    except (ValueError, TypeError):
        raise ErlangError(BADARG) from None
    m = re.fullmatch(r"<(\d+)\.(\d+)\.(\d+)>", text)
    if not m:
        raise ErlangError(BADARG)
    return Pid(int(m.group(2)), int(m.group(3)), int(m.group(1)))


@bif("erlang", "group_leader", 0, process=True)
def group_leader(proc):
    return proc.group_leader or proc.pid


def _spawn_options(options):
    try:
        opts = to_pylist(options)
    except ValueError:
        raise ErlangError(BADARG) from None
    link = monitor = False
    priority = max_heap = None
    for opt in opts:
        if opt is Atom("link"):
            link = True
        elif opt is Atom("monitor"):
            monitor = True
        elif type(opt) is tuple and len(opt) == 2 and opt[0] is Atom("priority") \
                and type(opt[1]) is Atom and opt[1].name in PRIORITIES:
            priority = opt[1].name
        elif type(opt) is tuple and len(opt) == 2 and opt[0] is Atom("max_heap_size"):
            max_heap = _max_heap_size(opt[1])
        elif type(opt) is tuple and len(opt) == 2 and type(opt[0]) is Atom and opt[0].name in (
                "min_heap_size", "min_bin_vheap_size", "fullsweep_after",
                "message_queue_data", "monitor"):
            if opt[0] is Atom("monitor"):
                monitor = True
        else:
            raise ErlangError(BADARG)
    return link, monitor, priority, max_heap


def _max_heap_size(value):
    """{max_heap_size, Words | #{size := Words, kill => B, error_logger => B}}"""
    if type(value) is int and value >= 0:
        return value
    if type(value) is dict:
        size = value.get(Atom("size"))
        if type(size) is int and size >= 0:
            return size
    raise ErlangError(BADARG)


def _finish_spawn(proc, child_pid, options):
    link, monitor, priority, max_heap = options
    child = proc.runtime.process_of(child_pid)
    if priority is not None and child is not None and priority != child.priority:
        proc.runtime.requeue(child, priority)
    if max_heap and child is not None:
        child.max_heap_size = max_heap
    if link:
        _link(proc, child_pid)
    if monitor:
        return (child_pid, _monitor(proc, child_pid))
    return child_pid


@bif("erlang", "spawn_opt", 2, process=True)
def spawn_opt2(proc, fun, options):
    opts = _spawn_options(options)
    return _finish_spawn(proc, _start_fun(proc, fun).pid, opts)


@bif("erlang", "spawn_opt", 4, process=True)
def spawn_opt4(proc, module, name, args, options):
    opts = _spawn_options(options)
    return _finish_spawn(proc, spawn3(proc, module, name, args), opts)


@bif("os", "timestamp", 0)
def os_timestamp():
    import time
    micros = time.time_ns() // 1000
    return (micros // 1_000_000_000_000, (micros // 1_000_000) % 1_000_000, micros % 1_000_000)


@bif("erlang", "timestamp", 0)
def erlang_timestamp():
    return os_timestamp()


@bif("erlang", "hibernate", 3, process=True)
def hibernate(proc, module, name, args):
    from ...vm.interp import Hibernate
    if type(module) is not Atom or type(name) is not Atom:
        raise ErlangError(BADARG)
    try:
        arglist = to_pylist(args)
    except ValueError:
        raise ErlangError(BADARG) from None
    export = proc.runtime.export(module.name, name.name, len(arglist))
    proc.runtime.autoload(export)
    if export.code is None:
        raise ErlangError(Atom("undef"))
    raise Hibernate(export, arglist)


def _local_node(node):
    if node is not Atom("nonode@nohost"):
        raise ErlangError(BADARG)


@bif("erlang", "spawn", 2, process=True)
def spawn2(proc, node, fun):
    _local_node(node)
    return spawn1(proc, fun)


@bif("erlang", "spawn", 4, process=True)
def spawn4(proc, node, module, name, args):
    _local_node(node)
    return spawn3(proc, module, name, args)


@bif("erlang", "spawn_link", 2, process=True)
def spawn_link2(proc, node, fun):
    _local_node(node)
    return spawn_link1(proc, fun)


@bif("erlang", "spawn_link", 4, process=True)
def spawn_link4(proc, node, module, name, args):
    _local_node(node)
    return spawn_link3(proc, module, name, args)


@bif("erlang", "group_leader", 2, process=True)
def group_leader2(proc, leader, pid):
    target = proc.runtime.process_of(pid) if type(pid) is Pid else None
    if target is None or type(leader) is not Pid:
        raise ErlangError(BADARG)
    target.group_leader = leader
    return TRUE


@bif("erlang", "is_alive", 0)
def is_alive():
    return FALSE


@bif("erlang", "node", 1)
def node1(term):
    if type(term) in (Pid, Port) or type(term).__name__ == "Ref":
        return Atom("nonode@nohost")
    raise ErlangError(BADARG)


@bif("erlang", "fun_info", 1)
def fun_info1(fun):
    if type(fun) is not Fun:
        raise ErlangError(BADARG)
    keys = (["pid", "module", "new_index", "new_uniq", "index", "uniq", "name", "arity", "env", "type"]
            if fun.code is not None else ["module", "name", "arity", "env", "type"])
    return from_iterable([fun_info(fun, Atom(k)) for k in keys])
