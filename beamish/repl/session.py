"""One shell session: its runtime, its evaluator process and what it remembers.

The evaluator is an Erlang process (shell:evaluator/0, beamish/stdlib/erl/
shell.erl) that runs each compiled expression sequence it is sent and
reports the value through the ``shell:'$report'/1`` BIF. Like erl's, it is
what ``self()`` is at the prompt, its mailbox is what ``flush()`` empties,
and when an evaluation raises, it dies and a new one takes its place (the
bindings live here, not in it, so they survive). The session keeps the
bindings, the numbered history (``v(N)``, ``e(N)``, ``h()``), the records
defined in the shell, and prints results and errors in erl's words.

Text written here and by Erlang processes goes through one byte stream,
``runtime.stdout``, so what the shell prints stays in order with what
processes print.
"""
from __future__ import annotations

import os
import threading
import weakref
from dataclasses import dataclass, field
from typing import Any, Callable

from ..compiler import CompileError, ErlangSyntaxError, compile_file
from ..stdlib import load_stdlib, stdlib_erl_dir
from ..stdlib.error_format import erl_error_exception
from ..stdlib.printer import print_term
from ..vm.bif_registry import BIFS, bif
from ..vm.interp import Halt
from ..vm.runtime import KILL, Runtime
from ..vm.terms import NIL, Atom, make_string, to_pylist
from .compile import SHELL_MODULE, compile_exprs, dress_funs
from .expressions import parse_exprs
from .scheduler import SchedulerThread

# erl's shell prints results with io_lib_pretty at depth 30, at most 60
# characters of a term on one line (shell.erl's ?LINEMAX and ?CHAR_MAX).
RESULT_DEPTH = 30
LINE_MAX_CHARS = 60
HISTORY = 20  # commands kept for h(), v(N), e(N): shell:history/1's default
_TRIMMED = frozenset((Atom("erl_eval"), Atom("shell")))
_EVAL_TAG = Atom("$beamish_eval")
_EXIT = Atom("EXIT")
_ERL_EVAL = Atom("erl_eval")
_FILE = Atom("file")
_SESSIONS: "weakref.WeakKeyDictionary[Runtime, Session]" = weakref.WeakKeyDictionary()


def session_of(runtime: Runtime) -> "Session":
    return _SESSIONS[runtime]


@bif("shell", "$report", 1, process=True)
def _report(proc, result):
    """The evaluator's answer: {Value, Bindings}; it stays alive for the next one."""
    job = _SESSIONS[proc.runtime].job
    if job is not None:
        job.result = result
    return Atom("ok")


@dataclass
class Job:
    """One expression sequence sent to the evaluator, as the scheduler sees it."""
    result: Any = None           # {Value, Bindings} once reported
    exception: tuple | None = None  # (class, reason, trace) if the evaluator died
    halted: Halt | None = None
    grace: int | None = None     # slices the other processes get before the result shows
    done: threading.Event = field(default_factory=threading.Event)


class ShellError(Exception):
    """An error the shell reports with ``* ...`` (syntax, lint, unknown command)."""

    def __init__(self, text: str, counts: bool = True):
        super().__init__(text)
        self.text = text
        self.counts = counts  # whether the prompt number still advances


class EvaluationFailed(Exception):
    def __init__(self, class_, reason, trace):
        super().__init__(reason)
        self.class_, self.reason, self.trace = class_, reason, trace


@dataclass
class Entry:
    number: int
    text: str
    exprs: list
    value: Any = None
    has_value: bool = False


class Session:
    def __init__(self, write_bytes, flush: Callable[[], None], encoding: str = "latin1",
                 line_length: Callable[[], int] = lambda: 80, use_cache: bool = True):
        load_stdlib()
        from . import commands
        self.commands = commands
        self.encoding = encoding
        self.line_length = line_length
        self.use_cache = use_cache
        runtime = Runtime(code_path=["."], compile_module=self.compile_module,
                          stdlib_dirs=[stdlib_erl_dir()])
        runtime.stdout = _Stream(write_bytes, flush)
        runtime.output_encoding = encoding
        self.runtime = runtime
        _SESSIONS[runtime] = self
        self.bindings: dict[str, Any] = {}
        self.records: dict[str, tuple] = {}   # name -> its -record attribute form
        self.history: list[Entry] = []
        self.number = 1
        self.quitting = False
        self.job: Job | None = None
        self.evaluator = None
        self.idle_halt: Callable[[Halt], None] = self.exit_now
        self.scheduler = SchedulerThread(runtime, self._watch)
        self.scheduler.on_failure = self._scheduler_failed
        self.scheduler.start()
        self.scheduler.call(self._spawn_evaluator)

    # ---- the runtime side (scheduler thread)
    def compile_module(self, path: str):
        # relative to the shell's directory, as erlc's file attribute would be
        relative = os.path.relpath(path)
        return compile_file(path if relative.startswith("..") else relative, (), self.use_cache)

    def _spawn_evaluator(self) -> None:
        module = self.runtime.ensure_loaded("shell")
        self.evaluator = self.runtime.spawn(module.functions[("evaluator", 0)], [])

    def _watch(self, ran) -> None:
        evaluator, job = self.evaluator, self.job
        if evaluator is None:
            return
        if evaluator.status == "exited":
            if job is not None and not job.done.is_set():
                job.exception = (evaluator.exit_class, evaluator.exit_reason, evaluator.exit_trace)
                job.done.set()
            self._spawn_evaluator()
            return
        if job is None or job.result is None or job.done.is_set():
            return
        # Processes the evaluation made runnable get a turn before the result
        # shows, as in erl, where their output usually comes first.
        if job.grace is None:
            job.grace = self.runtime.run_queue_length()
        if ran is None or job.grace <= 0:
            job.done.set()
        else:
            job.grace -= 1

    def _scheduler_failed(self, exc: BaseException) -> None:
        job = self.job
        if isinstance(exc, Halt):
            if job is not None:
                job.halted = exc
                job.done.set()
                return
            self.idle_halt(exc)
        if job is not None:
            job.done.set()

    def exit_now(self, halt: Halt) -> None:
        """halt/1 from a process while the shell waits for input: stop at once."""
        self.runtime.stdout.flush()
        os._exit(halt.status if type(halt.status) is int else 1)

    def _interrupt(self) -> None:
        evaluator = self.evaluator
        if evaluator is not None and evaluator.status != "exited":
            self.runtime.exit_signal(evaluator, evaluator.pid, KILL, linked=False)

    # ---- evaluation (main thread)
    def run(self, module_code, args: list) -> Any:
        """Send one compiled sequence to the evaluator; its {Value, Bindings}."""
        job = Job()

        def send() -> None:
            module = self.runtime.load(module_code.compiled)
            dress_funs(module, module_code.named_funs)
            self.job = job
            self.runtime.deliver(self.evaluator, (_EVAL_TAG, Atom(module_code.name), _to_list(args)))
        self.scheduler.call(send)
        while True:
            try:
                job.done.wait()
                break
            except KeyboardInterrupt:
                self.scheduler.post(self._interrupt)
        self.job = None
        if job.halted is not None:
            raise job.halted
        if self.scheduler.failure is not None and job.result is None and job.exception is None:
            raise self.scheduler.failure
        if job.exception is not None:
            raise EvaluationFailed(*job.exception)
        return job.result

    def eval_exprs(self, exprs: list) -> Any:
        """Evaluate an expression sequence; shell commands at its top level run here."""
        value: Any = Atom("ok")
        pending: list = []
        for expr in exprs + [None]:
            command = None if expr is None else self.commands.session_command(expr)
            if command is None and expr is not None:
                pending.append(expr)
                continue
            if pending:
                value = self._eval_compiled(pending)
                pending = []
            if command is not None:
                value = command(self, expr[3])
        return value

    def _eval_compiled(self, exprs: list) -> Any:
        try:
            code = compile_exprs(exprs, self.bindings, self.records, self.commands.PROCESS_COMMANDS)
        except CompileError as err:
            _, line, col, message = err.diagnostics[0]
            raise ShellError(f"* {line}:{col}: {message}") from None
        value, pairs = self.run(code, [self.bindings[name] for name in code.params])
        while pairs is not NIL:
            name, bound = pairs[0]
            self.bindings[name.name] = bound
            pairs = pairs[1]
        return value

    def evaluate(self, text: str) -> None:
        """One expression sequence as typed (ending in its dot): run it and print the outcome."""
        try:
            exprs = parse_exprs(text)
        except ErlangSyntaxError as err:
            self.write(f"* {err.line}:{err.col}: {err.message}\n")
            return
        entry = Entry(self.number, text.strip()[:-1].strip(), exprs)
        try:
            value = self.eval_exprs(exprs)
        except ShellError as err:
            self.write(err.text + "\n")
            if not err.counts:
                return
        except EvaluationFailed as err:
            entry.value, entry.has_value = (_EXIT, _exit_value(err)), True
            self.write(self.format_exception(err.class_, err.reason, err.trace) + "\n")
        else:
            entry.value, entry.has_value = value, True
            self.write(self.format_value(value) + "\n")
        self.history.append(entry)
        del self.history[:-HISTORY]
        self.number += 1

    # ---- output
    def write(self, text: str) -> None:
        stream = self.runtime.stdout
        if self.encoding == "unicode":
            stream.write(text.encode("utf-8", errors="surrogatepass"))
        else:
            stream.write(text.encode("latin-1", errors="replace"))
        stream.flush()

    def format_value(self, value: Any, column: int = 1) -> str:
        return print_term(value, column=column, line_length=self.line_length(), depth=RESULT_DEPTH,
                          encoding=self.encoding, line_max_chars=LINE_MAX_CHARS,
                          records=self.record_fields())

    def record_fields(self) -> dict:
        """Record name -> field names, for printing."""
        return {name: [field[2][2] if field[0] == "match" else field[2] for field in form[3][1][2]]
                for name, form in self.records.items()}

    def format_exception(self, class_, reason, trace) -> str:
        # shell.erl formats at column 4, just past "** "
        text = erl_error_exception(class_, reason, _shell_trace(trace),
                                   column=4, trim=lambda m, f, a: m in _TRIMMED)
        return "** " + text

    def entry(self, number: int) -> Entry | None:
        if number <= 0:
            number += self.number
        for entry in self.history:
            if entry.number == number:
                return entry
        return None

    def warm_up(self) -> None:
        """Load the parser and the compiler on the idle scheduler thread while
        the first line is typed, so the first evaluation does not pay for it."""
        def compile_nothing() -> None:
            try:
                compile_exprs(parse_exprs("ok."), {}, {}, self.commands.PROCESS_COMMANDS)
            except (CompileError, ErlangSyntaxError):
                pass  # cannot happen; the first real evaluation would report it
        self.scheduler.post(compile_nothing)

    def start(self, start: list) -> None:
        """erl -s: call Mod:Fun(Args) before the first prompt; errors are printed."""
        from .cli import start_call
        try:
            self.eval_exprs(parse_exprs(start_call(start)))
        except EvaluationFailed as err:
            self.write(self.format_exception(err.class_, err.reason, err.trace) + "\n")
        except ShellError as err:
            self.write(err.text + "\n")

    def wait_idle(self) -> None:
        """Until no process can run and no timer is pending (erl -noshell would hang)."""
        idle = threading.Event()

        def check(_ran=None) -> None:
            if self.runtime.run_queue_length() == 0 and not self.runtime.timers:
                idle.set()
            else:
                self.scheduler.post(check)
        self.scheduler.post(check)
        while not idle.wait(0.05):
            if self.scheduler.failure is not None:
                raise self.scheduler.failure
        self.close()

    # ---- what completion needs
    def exports_of(self, module: str) -> list:
        """(name, arity) of a module's exported functions and its BIFs, sorted."""
        def look() -> set:
            found = {(n, a) for (m, n, a) in BIFS if m == module}
            loaded = self.runtime.ensure_loaded(module)
            if loaded is not None:
                found.update(loaded.exports)
            return found
        try:
            found = self.scheduler.call(look)
        except (CompileError, ErlangSyntaxError, OSError):
            return []
        return sorted(fa for fa in found if not fa[0].startswith("$"))

    def module_names(self) -> list:
        names = {m for (m, _, _) in BIFS}
        for directory in self.runtime.code_path + self.runtime.stdlib_dirs:
            try:
                names.update(n[:-4] for n in os.listdir(directory) if n.endswith(".erl"))
            except OSError:
                continue
        names.update(self.runtime.modules)
        return sorted(n for n in names if n != SHELL_MODULE and not n.startswith("$"))

    def close(self) -> None:
        self.runtime.stdout.flush()


def _exit_value(err: EvaluationFailed) -> Any:
    """What the history keeps for a failed evaluation: the exit reason."""
    if err.class_ is Atom("error"):
        return (err.reason, err.trace if err.trace is not None else NIL)
    if err.class_ is Atom("throw"):
        return ((Atom("nocatch"), err.reason), err.trace if err.trace is not None else NIL)
    return err.reason


def _shell_trace(trace) -> Any:
    """The trace as erl would have it: code typed at the shell is interpreted
    there and has no frames of its own, except a shell fun that no clause
    matched; stdlib files are named without their directory."""
    if type(trace) is not list:
        return NIL
    frames, first = [], True
    while type(trace) is list:
        frame = trace[0]
        trace = trace[1]
        if type(frame) is tuple and len(frame) == 4:
            if frame[0] is _ERL_EVAL:
                if first and type(frame[2]) is list:
                    frames.append(frame)
                first = False
                continue
            frame = (frame[0], frame[1], frame[2], _stdlib_location(frame[3]))
        first = False
        frames.append(frame)
    return _to_list(frames)


def _stdlib_location(info) -> Any:
    items, stdlib = [], stdlib_erl_dir() + os.sep
    while type(info) is list:
        item = info[0]
        if (type(item) is tuple and len(item) == 2 and item[0] is _FILE
                and type(item[1]) is list):
            path = "".join(chr(c) for c in to_pylist(item[1]))
            if path.startswith(stdlib):
                item = (_FILE, make_string(os.path.basename(path)))
        items.append(item)
        info = info[1]
    return _to_list(items)


def _to_list(items: list):
    result = NIL
    for item in reversed(items):
        result = [item, result]
    return result


class _Stream:
    """runtime.stdout for the shell: bytes out through the front end's writer."""

    def __init__(self, write_bytes, flush):
        self.write = write_bytes
        self.flush = flush
