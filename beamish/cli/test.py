"""``beamish test FILE.erl…|DIR``: compile with TEST defined, run eunit.

What it prints is what ``eunit:test([Mod, ...], Options)`` prints on OTP 25
for the modules given (verbose with ``-v``); the exit status is 0 when
eunit returns ok and 1 otherwise (2 when a file does not compile). Compiler
errors and warnings go to stderr, as erlc writes them. A
``foo_tests`` module given together with ``foo`` is not listed a second
time: eunit runs it as part of ``foo``, as rebar3 does.
"""
from __future__ import annotations

import os
import sys

from ..compiler import CompileError, ErlangSyntaxError, compile_file
from ..stdlib import load_stdlib, stdlib_erl_dir
from ..stdlib.error_format import crash_report, format_exception
from ..vm.interp import Halt
from ..vm.runtime import Deadlock, Runtime
from ..vm.terms import Atom, from_iterable
from .compile import parse_defines, print_diagnostics
from .run import deadlock_report


def source_files(paths: list[str]) -> list[str] | None:
    """The .erl files named, a directory standing for the .erl files in it."""
    files = []
    for path in paths:
        if os.path.isdir(path):
            files.extend(os.path.join(path, name) for name in sorted(os.listdir(path))
                         if name.endswith(".erl"))
        elif os.path.isfile(path):
            files.append(path)
        else:
            sys.stderr.write(f"beamish test: no such file or directory: {path}\n")
            return None
    return files


def modules_to_test(names: list[str]) -> list[str]:
    """The modules in order, less each ``X_tests`` whose ``X`` is there too."""
    present = set(names)
    return [n for n in names if not (n.endswith("_tests") and n[:-6] in present)]


def run_tests(paths: list[str], verbose: bool = False, include_path=(), defines=(),
              use_cache: bool = True) -> int:
    load_stdlib()
    files = source_files(paths)
    if files is None:
        return 2
    predefined = {"TEST": None}
    predefined.update(parse_defines(defines))
    compiled = []
    failed = False
    for path in files:
        try:
            module = compile_file(path, include_path, use_cache, predefined=predefined)
        except (ErlangSyntaxError, CompileError) as exc:
            print_diagnostics(exc, out=sys.stderr)
            failed = True
            continue
        print_diagnostics(module, out=sys.stderr)
        compiled.append(module)
    if failed:
        return 2

    def compile_module(source: str):
        return compile_file(source, include_path, use_cache, predefined=predefined)

    directories = list(dict.fromkeys(os.path.dirname(p) or "." for p in files))
    runtime = Runtime(code_path=directories, compile_module=compile_module,
                      stdlib_dirs=[stdlib_erl_dir()])
    names = [runtime.load(module).name for module in compiled]
    export = runtime.export("eunit", "test", 2)
    runtime.autoload(export)
    options = from_iterable([Atom("verbose")] if verbose else [])
    spec = from_iterable([Atom(n) for n in modules_to_test(names)])
    proc = runtime.spawn(export.code, [spec, options])
    proc.is_spawned = False

    def report_crash(crashed) -> None:
        text = crash_report(f"<0.{crashed.pid.number}.0>", crashed.exit_value)
        runtime.stdout.write(text.encode("latin-1", errors="replace"))

    runtime.crash_reporter = report_crash
    try:
        status = runtime.run_until(proc)
    except Halt as halt:
        runtime.stdout.flush()
        return halt.status if type(halt.status) is int else 1
    except Deadlock as deadlock:
        runtime.stdout.flush()
        sys.stderr.write(deadlock_report(deadlock.waiting))
        return 1
    runtime.stdout.flush()
    if status == "crashed":
        sys.stderr.write("beamish test: exception " + format_exception(
            proc.exit_class, proc.exit_reason, proc.exit_trace) + "\n")
        return 1
    return 0 if proc.result is Atom("ok") else 1
