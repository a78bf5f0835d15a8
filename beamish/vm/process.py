"""An Erlang process: its execution state, mailbox and dictionary.

The execution state is exactly what the interpreter loop keeps in locals
(current function, pc, register list, call stack, handler stack), saved here
when the loop stops after its reduction budget or to wait for a message, and
loaded again on the next slice.
"""
from __future__ import annotations

from typing import Any

from .terms import Pid, Atom


class Process:
    __slots__ = ("pid", "fc", "pc", "r", "stack", "handlers", "mailbox", "save",
                 "dictionary", "status", "timeout_pc", "wake_at", "result",
                 "exit_class", "exit_reason", "exit_trace", "reductions", "runtime",
                 "initial_call", "links", "monitors", "monitored_by", "trap_exit",
                 "group_leader", "registered_name", "priority", "timer", "exit_value",
                 "is_spawned")

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
        self.dictionary: dict = {}
        self.status = "runnable"
        self.timeout_pc = -1
        self.wake_at = None
        self.result = None
        self.exit_class = None
        self.exit_reason = None
        self.exit_trace = None
        self.reductions = 0
        self.initial_call = None
        self.links: set = set()
        self.monitors: dict = {}       # ref -> pid this process monitors
        self.monitored_by: dict = {}   # ref -> (watcher pid, monitored object)
        self.exit_value = None         # the exit reason once it has ended
        self.is_spawned = True         # False for escript's main process
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
