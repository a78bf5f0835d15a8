"""Escript semantics for ``beamish run``."""
from __future__ import annotations

import os
import sys

from ..compiler import CompileError, ErlangSyntaxError, compile_file
from ..compiler.errors import diagnostics_text, exception_diagnostics
from ..stdlib import load_stdlib, stdlib_erl_dir
from ..stdlib.error_format import crash_report, format_exception, max_heap_report
from ..vm.interp import Halt
from ..vm.runtime import Deadlock, Runtime
from ..vm.terms import make_string


def report_compile_error(exc: Exception) -> None:
    """Errors (then warnings) as erlc prints them, on stderr."""
    sys.stderr.write(diagnostics_text(*exception_diagnostics(exc)))
    sys.stderr.write("escript: There were compilation errors.\n")


def deadlock_report(waiting) -> str:
    """Who waits for what, when nothing can ever arrive (OTP would hang)."""
    lines = ["beamish: deadlock: every process is waiting for a message and no timer is pending",
             "(OTP would hang here; --no-deadlock-exit does the same)"]
    for proc in sorted(waiting, key=lambda p: p.pid.number):
        fc = proc.fc
        name = f" ({proc.registered_name.name})" if proc.registered_name is not None else ""
        where = f"{fc.module.name}:{fc.name}/{fc.arity}"
        line = fc.line_at(proc.pc)
        patterns = fc.receive_patterns.get(proc.pc, "?")
        lines.append(f"  <0.{proc.pid.number}.0>{name} in {where} (line {line}), "
                     f"{len(proc.mailbox)} message(s) queued, waiting for: {patterns}")
    return "\n".join(lines) + "\n"


def _hang() -> None:
    import time
    while True:
        time.sleep(3600)


def run_script(path: str, argv: list[str], code_path=(), include_path=(), use_cache=True,
               deadlock_exit: bool = True) -> int:
    load_stdlib()
    if not os.path.isfile(path):
        sys.stderr.write(f"escript: Failed to open file: {path}\n")
        return 127
    try:
        compiled = compile_file(path, include_path, use_cache)
    except (ErlangSyntaxError, CompileError) as exc:
        report_compile_error(exc)
        return 127
    sys.stderr.write(diagnostics_text([], compiled.warnings))

    stdlib_dir = stdlib_erl_dir()

    def compile_module(source: str):
        compiled = compile_file(source, include_path, use_cache)
        if os.path.dirname(os.path.abspath(source)) == stdlib_dir:
            # OTP's own modules name their file without a directory in stack traces
            compiled.file = os.path.basename(source)
        return compiled

    script_dir = os.path.dirname(os.path.abspath(path))
    runtime = Runtime(code_path=[script_dir, *code_path], compile_module=compile_module,
                      stdlib_dirs=[stdlib_dir])
    runtime.script_name = path
    runtime.plain_arguments = [path, *argv]  # escript's init sees the script too
    module = runtime.load(compiled)
    main_fc = module.functions.get(("main", 1))
    if main_fc is None:
        sys.stderr.write(f"escript: exception error: undefined function {module.name}:main/1\n")
        return 127
    from ..vm.terms import from_iterable
    proc = runtime.spawn(main_fc, [from_iterable([make_string(a) for a in argv])])
    proc.is_spawned = False

    def report_crash(crashed) -> None:
        text = crash_report(f"<0.{crashed.pid.number}.0>", crashed.exit_value)
        runtime.stdout.write(text.encode("latin-1", errors="replace"))

    runtime.crash_reporter = report_crash

    def report_heap(proc, words) -> None:
        text = max_heap_report(f"<0.{proc.pid.number}.0>", proc.max_heap_size, words, len(proc.mailbox))
        runtime.stdout.write(text.encode("latin-1", errors="replace"))

    runtime.heap_reporter = report_heap
    status_code = 0
    try:
        status = runtime.run_until(proc)
        if status == "crashed":
            runtime.stdout.flush()
            sys.stderr.write("escript: exception " + format_exception(
                proc.exit_class, proc.exit_reason, proc.exit_trace) + "\n")
            status_code = 127
    except Halt as h:
        status_code = h.status if type(h.status) is int else 1
    except Deadlock as deadlock:
        runtime.stdout.flush()
        if not deadlock_exit:
            _hang()
        sys.stderr.write(deadlock_report(deadlock.waiting))
        status_code = 1
    except KeyboardInterrupt:
        status_code = 130
    try:
        runtime.stdout.flush()
    except BrokenPipeError:
        pass
    sys.stderr.flush()
    return status_code
