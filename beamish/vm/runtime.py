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
from .interp import run as run_slice
from .loader import link
from .process import Process
from .terms import Atom, Pid, Ref

SLICE = 4000  # reductions per time slice, as the BEAM's CONTEXT_REDS
INFINITY = Atom("infinity")


class Deadlock(Exception):
    """Every process waits for a message and no timer is pending."""


class Runtime:
    def __init__(self, code_path: list[str] | None = None,
                 compile_module: Callable[[str], CompiledModule] | None = None,
                 stdlib_dirs: list[str] | None = None):
        self.modules: dict[str, Module] = {}
        self.exports: dict[tuple[str, str, int], Export] = {}
        self.code_path = list(code_path or [])
        self.stdlib_dirs = list(stdlib_dirs or [])
        self.compile_module = compile_module
        self.processes: dict[int, Process] = {}
        self.run_queue: deque[Process] = deque()
        self.timers: list = []
        self._timer_seq = itertools.count()
        self._pid_counter = itertools.count(80)
        self._ref_counter = itertools.count(1)
        self.registered: dict[Atom, Process] = {}
        self.start_time = time.monotonic_ns()
        self.stdout = sys.stdout.buffer
        self.stderr = sys.stderr.buffer
        self.script_name = ""
        self.plain_arguments: list = []

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
        module = link(compiled, self)
        self.modules[module.name] = module
        for (name, arity), fc in module.functions.items():
            if (name, arity) in module.exports:
                self.export(module.name, name, arity).code = fc
        return module

    def find_source(self, module: str) -> str | None:
        for directory in self.code_path + self.stdlib_dirs:
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

    def spawn(self, fc, args: list) -> Process:
        proc = Process(self.new_pid(), self)
        proc.start(fc, args)
        self.processes[proc.pid.number] = proc
        self.run_queue.append(proc)
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
            self.run_queue.append(proc)

    # ---- timers
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
        heapq.heappush(self.timers, (when, proc.timer, proc))
        return True

    def cancel_timeout(self, proc: Process) -> None:
        proc.wake_at = None
        proc.timer = None

    def _fire_timers(self) -> None:
        now = self.now_ms()
        timers = self.timers
        while timers and timers[0][0] <= now:
            when, seq, proc = heapq.heappop(timers)
            if proc.timer == seq and proc.wake_at is not None:
                proc.wake_at = None
                proc.timer = None
                if proc.status == "waiting":
                    proc.pc = proc.timeout_pc
                    proc.status = "runnable"
                    self.run_queue.append(proc)

    # ---- scheduler
    def run_until(self, main: Process) -> str:
        """Run all processes until ``main`` ends; returns main's final status."""
        queue = self.run_queue
        while True:
            while queue:
                proc = queue.popleft()
                if proc.status == "exited":
                    continue
                status = run_slice(proc, SLICE)
                if status == "yield":
                    queue.append(proc)
                elif status == "wait":
                    if proc.save < len(proc.mailbox):
                        queue.append(proc)  # a message came while it was scanning
                    else:
                        proc.status = "waiting"
                else:
                    proc.status = "exited"
                    self.processes.pop(proc.pid.number, None)
                    self.exited(proc, status)
                    if proc is main:
                        return status
                if self.timers:
                    self._fire_timers()
            if not self.timers:
                raise Deadlock()
            delay = self.timers[0][0] - self.now_ms()
            if delay > 0:
                self.stdout.flush()
                time.sleep(delay / 1000.0)
            self._fire_timers()

    def exited(self, proc: Process, status: str) -> None:
        """Hook for links and monitors (the process issue builds on it)."""
        if proc.registered_name is not None:
            self.registered.pop(proc.registered_name, None)
