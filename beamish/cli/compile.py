"""``beamish compile FILE.erl… [-o DIR] [-I DIR] [-D NAME[=VAL]] [-W…]``: erlc.

Checks and compiles each file as OTP 25's erlc does and prints its errors
and warnings the way erlc prints them (on stdout: ``file:line:col: message``,
the source line and a caret), errors first. Exit status 0 when every file
compiled, 1 otherwise. ``-W0`` hides warnings, ``-Werror`` makes them
errors; ``-DNAME`` defines NAME as true, ``-DNAME=VALUE`` as the Erlang
tokens of VALUE.

Output: for each module, ``DIR/<module>.beamish`` (DIR defaults to the
current directory, as erlc's does): the line ``BEAMISH <version>`` and then
the pickled CompiledModule, the same object the compile cache stores. Only
the beamish version that wrote a file reads it (load_compiled).
"""
from __future__ import annotations

import os
import pickle
import sys

from .. import __version__
from ..compiler import CompileError, ErlangSyntaxError, compile_file
from ..compiler.errors import erlc_report, read_source_lines
from ..vm.code import CompiledModule

HEADER = f"BEAMISH {__version__}\n".encode()


def parse_defines(defines) -> dict:
    """``-D`` arguments: NAME -> None (true), NAME=VALUE -> VALUE's source text."""
    macros = {}
    for item in defines:
        name, equals, value = item.partition("=")
        macros[name] = value if equals else None
    return macros


def print_diagnostics(result, warnings: bool = True, warnings_are_errors: bool = False,
                      out=None) -> None:
    """Errors, then warnings, of a compile (an exception or a CompiledModule)."""
    out = out or sys.stdout
    errors: list = []
    if isinstance(result, ErlangSyntaxError):
        errors = [(result.file, result.line, result.col, result.message)]
    elif isinstance(result, CompileError):
        errors = list(result.diagnostics)
    shown = list(result.warnings) if warnings and not isinstance(result, ErlangSyntaxError) else []
    if warnings_are_errors:
        errors, shown = errors + shown, []
    out.write(erlc_report(errors, shown, read_source_lines))
    out.flush()


def write_compiled(compiled: CompiledModule, directory: str) -> str:
    path = os.path.join(directory, compiled.name + ".beamish")
    with open(path, "wb") as f:
        f.write(HEADER + pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL))
    return path


def load_compiled(path: str) -> CompiledModule | None:
    """A module written by ``beamish compile``, or None if this beamish cannot read it."""
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(HEADER):
        return None
    return pickle.loads(data[len(HEADER):])


def compile_files(files: list[str], output_dir: str = ".", include_path=(), defines=(),
                  warning_flags=()) -> int:
    predefined = parse_defines(defines)
    warnings = "0" not in warning_flags
    as_errors = "error" in warning_flags
    status = 0
    for path in files:
        if not os.path.isfile(path):
            sys.stdout.write(f"{path}: no such file or directory\n")
            status = 1
            continue
        try:
            compiled = compile_file(path, include_path, use_cache=False, predefined=predefined)
        except (ErlangSyntaxError, CompileError) as exc:
            print_diagnostics(exc, warnings)
            status = 1
            continue
        if as_errors and compiled.warnings:
            sys.stdout.write("compile: warnings being treated as errors\n")
            print_diagnostics(compiled, warnings_are_errors=True)
            status = 1
            continue
        try:
            write_compiled(compiled, output_dir)
        except OSError as exc:
            target = os.path.join(output_dir, compiled.name + ".beamish")
            sys.stdout.write(f"{target}: error writing file: {exc.strerror.lower()}\n")
            status = 1
        print_diagnostics(compiled, warnings)
    return status
