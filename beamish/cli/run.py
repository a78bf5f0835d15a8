"""Escript semantics for ``beamish run``."""
from __future__ import annotations

import os
import sys

from ..compiler import CompileError, compile_file
from ..compiler.errors import erlc_report, read_source_lines, render
from ..stdlib import load_stdlib, stdlib_erl_dir
from ..stdlib.error_format import crash_report, format_exception, max_heap_report
from ..vm.interp import Halt
from ..vm.runtime import Deadlock, Runtime
from ..vm.terms import make_string


def _compile_mode(attributes: list) -> bool:
    return any(name == "mode" and getattr(value, "name", None) == "compile"
               for name, value in attributes)


def write_diagnostics(items: list, compile_mode: bool) -> None:
    """Diagnostics ``(file, line, col, message, is_warning)`` where escript puts them.

    escript 25 lints an interpreted script itself and writes bare
    ``file:line:col: message`` lines on stderr; for ``-mode(compile)`` it
    leaves the report to compile:forms, which writes erlc's text, excerpt
    and caret included, on stdout.
    """
    if not items:
        return
    if not compile_mode:
        for file, line, col, message, warning in items:
            _write_stderr(render(file, line, col, message, warning) + "\n")
        return
    errors = [item[:4] for item in items if not item[4]]
    warnings = [item[:4] for item in items if item[4]]
    text = erlc_report(errors, warnings, read_source_lines)
    sys.stdout.buffer.write(text.encode("latin-1", errors="replace"))
    sys.stdout.flush()


def report_compile_error(exc: CompileError) -> None:
    """What escript prints for a script that does not compile.

    Errors found while scanning, preprocessing or parsing stop escript
    before linting: it lists them, bare, on stderr. Otherwise the lint's
    errors and then its warnings go where :func:`write_diagnostics` says.
    """
    if exc.syntax_errors:
        for file, line, col, message in exc.diagnostics[:exc.syntax_errors]:
            _write_stderr(render(file, line, col, message) + "\n")
    else:
        items = [(*d, False) for d in exc.diagnostics] + [(*w, True) for w in exc.warnings]
        write_diagnostics(items, _compile_mode(exc.attributes))
    _write_stderr("escript: There were compilation errors.\n")


def _write_stderr(text: str) -> None:
    """Text on stderr in latin1, as escript writes its reports."""
    sys.stderr.flush()
    sys.stderr.buffer.write(text.encode("latin-1", errors="replace"))
    sys.stderr.flush()


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
               deadlock_exit: bool = True, sandbox: bool = False) -> int:
    load_stdlib()
    if not os.path.isfile(path):
        sys.stderr.write(f"escript: Failed to open file: {path}\n")
        return 127
    try:
        compiled = compile_file(path, include_path, use_cache, escript=True)
    except CompileError as exc:
        report_compile_error(exc)
        return 127
    write_diagnostics([(*w, True) for w in compiled.warnings],
                      _compile_mode(compiled.attributes))

    def compile_module(source: str):
        return compile_file(source, include_path, use_cache)

    script_dir = os.path.dirname(os.path.abspath(path))
    runtime = Runtime(code_path=[script_dir, *code_path], compile_module=compile_module,
                      stdlib_dirs=[stdlib_erl_dir()])
    runtime.script_name = path
    if sandbox:
        runtime.sandbox_root = os.path.realpath(os.getcwd())
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
            _write_stderr("escript: exception " + format_exception(
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
