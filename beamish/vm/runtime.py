"""The runtime: code server, process table and scheduler.

One Runtime per ``beamish run``. It owns the loaded modules and the export
table (one Export entry per M:F/A ever referenced), finds and compiles modules
on first call (OTP's code server loading ``.beam`` files from the code path),
and schedules processes round-robin, each for a slice of reductions, sleeping
on a heap of timers when every process waits.
"""
from __future__ import annotations

import heapq
import itertools
import os
import sys
import time
from collections import deque
from typing import Any, Callable

from .bif_registry import BIFS, PROCESS_BIFS
from .code import Export, Module, CompiledModule
from . import code_server
from .jit import run_slice
from .process import EMPTY_MAP, EMPTY_SET, Process
from .terms import Atom, Pid, Ref

SLICE = 4000  # reductions per time slice, as the BEAM's CONTEXT_REDS
INFINITY = Atom("infinity")


class Deadlock(Exception):
    """Every process waits for a message and no timer is pending."""

    def __init__(self, waiting: list):
        super().__init__(f"{len(waiting)} processes waiting")
        self.waiting = waiting


class Runtime:
    def __init__(self, code_path: list[str] | None = None,
                 compile_module: Callable[[str], CompiledModule] | None = None,
                 stdlib_dirs: list[str] | None = None):
        self.modules: dict[str, Module] = {}      # current versions
        self.old_modules: dict[str, Module] = {}  # old versions (vm/code_server.py)
        self.exports: dict[tuple[str, str, int], Export] = {}
        self.code_path = list(code_path or [])
        self.stdlib_dirs = list(stdlib_dirs or [])
        self.path_tail: list[str] = []  # code:add_pathz/1 directories, after the stdlib
        self.compile_module = compile_module
        self.processes: dict[int, Process] = {}
        # One run queue per priority; low shares the normal turns at 1 in 8.
        self.queues: dict[str, deque] = {p: deque() for p in ("max", "high", "normal", "low")}
        self._normal_turns = 0
        self.timers: list = []
        self._timer_seq = itertools.count()
        self._pid_counter = itertools.count(80)
        self.next_system_pid = 40  # logger, application_controller: below the user's pids
        self._ref_counter = itertools.count(1)
        self._unique_counter = itertools.count(1)
        self.registered: dict[Atom, Process] = {}
        self.message_timers: dict = {}
        self.aliases: dict[Ref, Process] = {}  # active process aliases (OTP 24+)
        self.logger_level = Atom("notice")
        self.start_time = time.monotonic_ns()
        self.stdout = sys.stdout.buffer
        self.output_encoding = "latin1"  # escript's standard_io when not a terminal
        self.stderr = sys.stderr.buffer
        self.crash_reporter: Callable | None = None
        self.heap_reporter: Callable | None = None
        self.script_name = ""
        self.plain_arguments: list = []
        # Called with each process as it terminates, before its links and
        # monitors hear of it (ets deletes or hands over the tables it owned).
        self.exit_hooks: list[Callable[[Process], None]] = []
        self.ets_tables: Any = None  # stdlib/bifs/ets.py's table registry, made on first use
        self.captures: dict = {}  # group leader Pid -> list of text (stdlib/bifs/capture.py)
        # Open files by the pid file:open/2 returned (stdlib/file_device.py).
        self.devices: dict = {}
        # Standard input read but not consumed yet (io:fread leaves the rest
        # of a line for the next read, as OTP's io server does).
        self.stdin_pending = b""
        # Ports from open_port/2 that are still open (stdlib/bifs/port.py).
        self.ports: dict = {}
        self.port_numbers = itertools.count(3)  # 0..2 are the standard I/O ports
        # `beamish run --sandbox`: the one directory tree file writes may touch;
        # None allows everything, as OTP does.
        self.sandbox_root: str | None = None

    # ---- code server
    def export(self, module: str, name: str, arity: int) -> Export:
        key = (module, name, arity)
        entry = self.exports.get(key)
        if entry is None:
            entry = Export(module, name, arity)
            bif = BIFS.get(key)
            if bif is not None:
                entry.bif = bif
                entry.process_bif = key in PROCESS_BIFS
            else:
                loaded = self.modules.get(module)
                if loaded is not None and (name, arity) in loaded.exports:
                    entry.code = loaded.functions.get((name, arity))
            self.exports[key] = entry
        return entry

    def load(self, compiled: CompiledModule) -> Module:
        """Make ``compiled`` the current version (a loaded one becomes old)."""
        return code_server.install(self, compiled)

    def search_path(self) -> list[str]:
        """The code path in search order (code:get_path/0)."""
        return self.code_path + self.stdlib_dirs + self.path_tail

    def find_source(self, module: str) -> str | None:
        for directory in self.search_path():
            path = os.path.join(directory, module + ".erl")
            if os.path.isfile(path):
                return path
        return None

    def autoload(self, export: Export) -> None:
        """Load export.module if it is not loaded and its source can be found."""
        if export.module in self.modules or self.compile_module is None:
            return
        path = self.find_source(export.module)
        if path is None:
            return
        compiled = self.compile_module(path)
        if compiled.name != export.module:
            return
        if not code_server.soft_purge(self, export.module):
            return  # deleted, and old code still runs: it stays undefined
        self.load(compiled)

    def ensure_loaded(self, module: str) -> Module | None:
        if module not in self.modules:
            self.autoload(Export(module, "", 0))
        return self.modules.get(module)

    # ---- processes
    def new_pid(self) -> Pid:
        return Pid(next(self._pid_counter))

    def make_ref(self) -> Ref:
        n = next(self._ref_counter)
        return Ref((n & 0x3FFFF, 3000000000 + n, 1))

    def run_queue_length(self) -> int:
        return sum(1 for q in self.queues.values() for p in q if p.status != "exited")

    def unique_integer(self, positive: bool) -> int:
        n = next(self._unique_counter)
        return n if positive else n - (1 << 27)

    def spawn(self, fc, args: list, pid: Pid | None = None) -> Process:
        """A new runnable process; ``pid`` is given only for system processes
        that must not use up a number of the user's pid sequence."""
        proc = Process(pid or self.new_pid(), self)
        proc.start(fc, args)
        self.processes[proc.pid.number] = proc
        self.queues["normal"].append(proc)
        return proc

    def process_of(self, pid: Pid) -> Process | None:
        proc = self.processes.get(pid.number)
        if proc is not None and proc.pid == pid:
            return proc
        return None

    def deliver(self, proc: Process, message: Any) -> None:
        proc.mailbox.append(message)
        if proc.status == "waiting":
            proc.status = "runnable"
            self.queues[proc.priority].append(proc)

    # ---- timers
    # One heap holds receive timeouts and message timers alike:
    # (when_ms, seq, process_or_None, action). A receive timeout is valid while
    # the process's ``timer`` still equals seq; a message timer while seq is in
    # ``message_timers``.
    def now_ms(self) -> float:
        return (time.monotonic_ns() - self.start_time) / 1e6

    def arm_timeout(self, proc: Process, timeout: Any) -> bool:
        if timeout is INFINITY:
            return True
        if type(timeout) is not int or timeout < 0:
            return False
        when = self.now_ms() + timeout
        proc.wake_at = when
        proc.timer = next(self._timer_seq)
        heapq.heappush(self.timers, (when, proc.timer, proc, None))
        return True

    def cancel_timeout(self, proc: Process) -> None:
        proc.wake_at = None
        proc.timer = None

    def start_message_timer(self, delay: int, dest: Any, message: Any, ref: Ref) -> None:
        seq = next(self._timer_seq)
        when = self.now_ms() + delay
        self.message_timers[ref] = (seq, when)
        heapq.heappush(self.timers, (when, seq, None, (ref, dest, message)))

    def cancel_message_timer(self, ref: Ref) -> float | None:
        """Milliseconds that were left, or None when no such timer is pending."""
        entry = self.message_timers.pop(ref, None)
        if entry is None:
            return None
        return max(0.0, entry[1] - self.now_ms())

    def read_message_timer(self, ref: Ref) -> float | None:
        entry = self.message_timers.get(ref)
        return None if entry is None else max(0.0, entry[1] - self.now_ms())

    def _fire_timers(self) -> None:
        now = self.now_ms()
        timers = self.timers
        while timers and timers[0][0] <= now:
            when, seq, proc, action = heapq.heappop(timers)
            if action is not None:
                ref, dest, message = action
                entry = self.message_timers.get(ref)
                if entry is None or entry[0] != seq:
                    continue
                del self.message_timers[ref]
                target = self.registered.get(dest) if type(dest) is Atom else self.process_of(dest)
                if target is not None and target.status != "exited":
                    self.deliver(target, message)
                continue
            if proc.timer == seq and proc.wake_at is not None:
                proc.wake_at = None
                proc.timer = None
                if proc.status == "waiting":
                    proc.pc = proc.timeout_pc
                    proc.status = "runnable"
                    self.queues[proc.priority].append(proc)

    # ---- scheduler
    def requeue(self, proc: Process, priority: str) -> None:
        """Change a process's priority, moving it if it is queued."""
        queue = self.queues[proc.priority]
        if proc in queue:
            queue.remove(proc)
            self.queues[priority].append(proc)
        proc.priority = priority

    def _next_process(self) -> Process | None:
        queues = self.queues
        if queues["max"]:
            return queues["max"].popleft()
        if queues["high"]:
            return queues["high"].popleft()
        normal, low = queues["normal"], queues["low"]
        if low and (not normal or self._normal_turns >= 8):
            self._normal_turns = 0
            return low.popleft()
        if normal:
            if low:  # count only the turns a low process waited through
                self._normal_turns += 1
            return normal.popleft()
        return None

    def run_until(self, main: Process) -> str:
        """Run all processes until ``main`` ends; returns main's final status.

        Each process runs a slice of SLICE reductions, then goes to the back of
        its priority's queue: a busy loop never starves the others.
        """
        while True:
            while self.step() is not None:
                if main.status == "exited":
                    # exit(normal) in main is still an uncaught exception to escript
                    return "exited" if main.exit_class is None else "crashed"
            if not self.timers:
                raise Deadlock([p for p in self.processes.values() if p.status == "waiting"])
            self.sleep_until_timer()

    def step(self) -> Process | None:
        """Run the next runnable process for one slice and settle its state;
        None when no process is runnable."""
        while True:
            proc = self._next_process()
            if proc is None:
                return None
            if proc.status != "exited":
                break
        status = run_slice(proc, SLICE)
        if proc.max_heap_size and status in ("yield", "wait") and self.heap_exceeded(proc):
            return proc
        if status == "yield":
            self.queues[proc.priority].append(proc)
        elif status == "wait":
            if proc.save < len(proc.mailbox):
                self.queues[proc.priority].append(proc)  # a message came while it was scanning
            else:
                proc.status = "waiting"
        else:
            self.terminate(proc, exit_reason(proc, status))
        if self.timers:
            self._fire_timers()
        return proc

    def next_timer_delay(self) -> float | None:
        """Seconds until the earliest timer (0 if due), or None without timers."""
        if not self.timers:
            return None
        return max(0.0, (self.timers[0][0] - self.now_ms()) / 1000.0)

    def sleep_until_timer(self) -> None:
        delay = self.next_timer_delay()
        if delay:
            self.stdout.flush()
            time.sleep(delay)
        self._fire_timers()

    def heap_exceeded(self, proc: Process) -> bool:
        """max_heap_size: a process over its limit is killed, with OTP's report."""
        from .heap import process_heap_words
        words = process_heap_words(proc)
        if words <= proc.max_heap_size:
            return False
        if self.heap_reporter is not None and self.logger_level is not NONE:
            self.heap_reporter(proc, words)
        self.kill(proc, KILLED)
        return True

    # ---- exit signals, links and monitors
    def terminate(self, proc: Process, reason: Any) -> None:
        """The process is gone: tell its links and monitors (OTP's exit rules)."""
        if proc.status == "exited":
            return
        proc.status = "exited"
        proc.exit_value = reason
        self.processes.pop(proc.pid.number, None)
        if proc.registered_name is not None:
            self.registered.pop(proc.registered_name, None)
        if proc.wake_at is not None:
            self.cancel_timeout(proc)
        for hook in self.exit_hooks:
            hook(proc)
        for pid in proc.links:
            target = self.process_of(pid)
            if target is not None:
                target.remove_link(proc.pid)
                self.exit_signal(target, proc.pid, reason, linked=True)
        proc.links = EMPTY_SET
        for ref, (watcher_pid, object_) in proc.monitored_by.items():
            watcher = self.process_of(watcher_pid)
            if watcher is not None and watcher.pop_monitor(ref) is not None:
                self.aliases.pop(ref, None)
                self.deliver(watcher, (DOWN, ref, PROCESS, object_, reason))
        proc.monitored_by = EMPTY_MAP
        for ref, target_pid in proc.monitors.items():
            self.aliases.pop(ref, None)
            target = self.process_of(target_pid)
            if target is not None:
                target.pop_monitored_by(ref)
        proc.monitors = EMPTY_MAP
        if proc.exit_class is ERROR_CLASS and proc.is_spawned and self.logger_level is not NONE:
            self.log_crash(proc)

    def exit_signal(self, target: Process, sender: Pid, reason: Any, linked: bool) -> None:
        """An exit signal from ``sender`` arrives at ``target``."""
        if target.status == "exited":
            return
        if reason is KILL and not linked:
            self.kill(target, KILLED)
        elif target.trap_exit:
            self.deliver(target, (EXIT_TAG, sender, reason))
        elif reason is NORMAL and sender != target.pid:
            return
        else:
            self.kill(target, reason)

    def kill(self, target: Process, reason: Any) -> None:
        """End a process that is not running right now (it is queued or waiting)."""
        target.exit_class = EXIT_CLASS
        target.exit_reason = reason
        target.stack = []
        target.handlers = []
        self.terminate(target, reason)

    def log_crash(self, proc: Process) -> None:
        hook = self.crash_reporter
        if hook is not None:
            hook(proc)


NORMAL = Atom("normal")
KILL = Atom("kill")
KILLED = Atom("killed")
NONE = Atom("none")
DOWN = Atom("DOWN")
PROCESS = Atom("process")
EXIT_TAG = Atom("EXIT")
ERROR_CLASS = Atom("error")
EXIT_CLASS = Atom("exit")
THROW_CLASS = Atom("throw")
NOCATCH = Atom("nocatch")


def exit_reason(proc: Process, status: str) -> Any:
    """The Erlang exit reason of a process whose run ended with ``status``."""
    if status == "exited":
        return NORMAL
    if proc.exit_class is ERROR_CLASS:
        return (proc.exit_reason, proc.exit_trace)
    if proc.exit_class is THROW_CLASS:
        return ((NOCATCH, proc.exit_reason), proc.exit_trace)
    return proc.exit_reason
