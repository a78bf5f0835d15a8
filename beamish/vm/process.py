"""An Erlang process: its execution state, mailbox and dictionary.

The execution state is exactly what the interpreter loop keeps in locals
(current function, pc, register list, call stack, handler stack), saved here
when the loop stops after its reduction budget or to wait for a message, and
loaded again on the next slice.
"""
from __future__ import annotations

from typing import Any

from types import MappingProxyType

from .terms import Pid, Atom

# Most processes never link, monitor or use their dictionary: they share these
# immutable empties, and get a container of their own on first write.
EMPTY_SET: frozenset = frozenset()
EMPTY_MAP = MappingProxyType({})


class Process:
    __slots__ = ("pid", "fc", "pc", "r", "stack", "handlers", "mailbox", "save",
                 "dictionary", "status", "timeout_pc", "wake_at", "result",
                 "exit_class", "exit_reason", "exit_trace", "reductions", "runtime",
                 "initial_call", "links", "monitors", "monitored_by", "trap_exit",
                 "group_leader", "registered_name", "priority", "timer", "exit_value",
                 "is_spawned", "max_heap_size")

    def __init__(self, pid: Pid, runtime: Any):
        self.pid = pid
        self.runtime = runtime
        self.fc = None
        self.pc = 0
        self.r: list = []
        self.stack: list = []
        self.handlers: list = []
        self.mailbox: list = []
        self.save = 0
        self.dictionary = EMPTY_MAP
        self.status = "runnable"
        self.timeout_pc = -1
        self.wake_at = None
        self.result = None
        self.exit_class = None
        self.exit_reason = None
        self.exit_trace = None
        self.reductions = 0
        self.initial_call = None
        self.links = EMPTY_SET
        self.monitors = EMPTY_MAP      # ref -> pid this process monitors
        self.monitored_by = EMPTY_MAP  # ref -> (watcher pid, monitored object)
        self.exit_value = None         # the exit reason once it has ended
        self.is_spawned = True         # False for escript's main process
        self.max_heap_size = 0         # words; 0 means no limit
        self.trap_exit = False
        self.group_leader = None
        self.registered_name: Atom | None = None
        self.priority = "normal"
        self.timer = None

    def start(self, fc: Any, args: list) -> None:
        """Set up the first frame: fc called with args."""
        r = list(args)
        r.extend(fc.tail)
        self.fc = fc
        self.pc = 0
        self.r = r
        self.stack = []
        self.handlers = []

    # ---- the lazily created containers
    def add_link(self, pid: Pid) -> None:
        if type(self.links) is not set:
            self.links = set()
        self.links.add(pid)

    def remove_link(self, pid: Pid) -> None:
        if pid in self.links:
            self.links.discard(pid)

    def add_monitor(self, ref: Any, pid: Pid) -> None:
        if type(self.monitors) is not dict:
            self.monitors = {}
        self.monitors[ref] = pid

    def pop_monitor(self, ref: Any) -> Any:
        return self.monitors.pop(ref, None) if ref in self.monitors else None

    def add_monitored_by(self, ref: Any, watcher: Pid, object_: Any) -> None:
        if type(self.monitored_by) is not dict:
            self.monitored_by = {}
        self.monitored_by[ref] = (watcher, object_)

    def pop_monitored_by(self, ref: Any) -> Any:
        return self.monitored_by.pop(ref, None) if ref in self.monitored_by else None

    def writable_dictionary(self) -> dict:
        if type(self.dictionary) is not dict:
            self.dictionary = {}
        return self.dictionary
