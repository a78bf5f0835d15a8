"""The code server's interface (OTP 25's code, c and compile modules, and the
erlang BIFs that inspect loaded code), over vm/code_server.py.

beamish loads modules from ``.erl`` sources on the code path, not from
``.beam`` files: code:load_file/1 compiles the source it finds,
compile:file/1,2 checks a file and reports like erlc without writing
anything, and the "object code" of code:get_object_code/1 and
code:load_binary/3 is the source text (DIFFERENCES.md).
"""
from __future__ import annotations

import os
from typing import Any

from ...compiler import CompileError, ErlangSyntaxError, compile_file, compile_source
from ...compiler.errors import erlc_report
from ...vm import code_server
from ...vm.bif_registry import BIFS, bif
from ...vm.errors import ErlangError, BADARG, FUNCTION_CLAUSE
from ...vm.terms import Atom, Pid, TRUE, FALSE, from_iterable, make_string
from .io import STANDARD_IO, chardata_to_str, write

OK = Atom("ok")
ERROR = Atom("error")
MODULE = Atom("module")
FILE = Atom("file")
PRELOADED = Atom("preloaded")
NON_EXISTING = Atom("non_existing")
NOFILE = Atom("nofile")
BADFILE = Atom("badfile")
NOT_PURGED = Atom("not_purged")
STICKY = Atom("sticky_directory")
BAD_DIRECTORY = Atom("bad_directory")


def _module_name(term: Any) -> str:
    """The code module's functions take an atom; anything else: function_clause."""
    if type(term) is not Atom:
        raise ErlangError(FUNCTION_CLAUSE)
    return term.name


def _text(term: Any) -> str:
    """A file name given as a string, atom or binary; function_clause otherwise."""
    if type(term) is Atom:
        return term.name
    try:
        return chardata_to_str(term)
    except ErlangError:
        raise ErlangError(FUNCTION_CLAUSE) from None


def _compile(runtime, path: str):
    """Compile a source file through the runtime's compiler (its include path
    and cache), raising ErlangSyntaxError or CompileError."""
    if runtime.compile_module is not None:
        return runtime.compile_module(path)
    return compile_file(path)


def _source_path(runtime, name: str) -> str | None:
    path = code_server.source_of(runtime, name)
    return os.path.abspath(path) if path is not None else None


def _where(runtime, name: str) -> Any:
    """A loaded module's file as code:which/1 shows it (a source path here)."""
    path = _source_path(runtime, name)
    if path is None:
        return PRELOADED if name in code_server.bif_modules() else NON_EXISTING
    return make_string(path)


def _install(proc, compiled) -> Any:
    runtime = proc.runtime
    name = compiled.name
    if code_server.is_sticky(runtime, name):
        return (ERROR, STICKY)
    if name in runtime.old_modules:
        return (ERROR, NOT_PURGED)
    runtime.load(compiled)
    return (MODULE, Atom(name))


def _read_lines(path: str) -> list[str] | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read().split("\n")
    except OSError:
        return None


def _failure_text(exc: Exception) -> str:
    """erlc's report of a failed compilation: errors, then warnings."""
    if isinstance(exc, ErlangSyntaxError):
        return erlc_report([(exc.file, exc.line, exc.col, exc.message)], [], _read_lines)
    return erlc_report(exc.diagnostics, exc.warnings, _read_lines)


def _report_to_stderr(proc, exc: Exception) -> None:
    write(proc, Atom("standard_error"), _failure_text(exc))


# ---- code

@bif("code", "load_file", 1, process=True)
def load_file(proc, module):
    runtime = proc.runtime
    name = _module_name(module)
    if code_server.is_sticky(runtime, name):
        return (ERROR, STICKY)
    path = runtime.find_source(name)
    if path is None:
        return (ERROR, NOFILE)
    try:
        compiled = _compile(runtime, path)
    except (ErlangSyntaxError, CompileError) as exc:
        _report_to_stderr(proc, exc)
        return (ERROR, BADFILE)
    if compiled.name != name:
        return (ERROR, BADFILE)
    return _install(proc, compiled)


@bif("code", "load_binary", 3, process=True)
def load_binary(proc, module, filename, binary):
    """The "binary" is the module's source text (see code:get_object_code/1)."""
    name = _module_name(module)
    if type(binary) is not bytes:
        raise ErlangError(FUNCTION_CLAUSE)
    path = _text(filename)
    try:
        compiled = compile_source(binary.decode("utf-8", errors="replace"), path)
    except (ErlangSyntaxError, CompileError) as exc:
        _report_to_stderr(proc, exc)
        return (ERROR, BADFILE)
    if compiled.name != name:
        return (ERROR, BADFILE)
    return _install(proc, compiled)


@bif("code", "get_object_code", 1, process=True)
def get_object_code(proc, module):
    path = proc.runtime.find_source(_module_name(module))
    if path is None:
        return ERROR
    with open(path, "rb") as f:
        source = f.read()
    return (module, source, make_string(os.path.abspath(path)))


@bif("code", "ensure_loaded", 1, process=True)
def ensure_loaded(proc, module):
    runtime = proc.runtime
    name = _module_name(module)
    if name in runtime.modules or (name in code_server.bif_modules()
                                   and runtime.find_source(name) is None):
        return (MODULE, module)
    try:
        loaded = runtime.ensure_loaded(name)
    except (ErlangSyntaxError, CompileError) as exc:
        _report_to_stderr(proc, exc)
        return (ERROR, BADFILE)
    return (MODULE, module) if loaded is not None else (ERROR, NOFILE)


@bif("code", "purge", 1, process=True)
def purge(proc, module):
    name = _module_name(module)
    if code_server.is_sticky(proc.runtime, name):
        return FALSE
    return TRUE if code_server.purge(proc.runtime, name, proc) else FALSE


@bif("code", "soft_purge", 1, process=True)
def soft_purge(proc, module):
    name = _module_name(module)
    return TRUE if code_server.soft_purge(proc.runtime, name, proc) else FALSE


@bif("code", "delete", 1, process=True)
def delete(proc, module):
    return TRUE if code_server.delete(proc.runtime, _module_name(module)) else FALSE


@bif("code", "is_loaded", 1, process=True)
def is_loaded(proc, module):
    runtime = proc.runtime
    name = _module_name(module)
    if name in runtime.modules:
        return (FILE, _where(runtime, name))
    if name in code_server.bif_modules() and runtime.find_source(name) is None:
        return (FILE, PRELOADED)
    return FALSE


@bif("code", "which", 1, process=True)
def which(proc, module):
    return _where(proc.runtime, _module_name(module))


@bif("code", "all_loaded", 0, process=True)
def all_loaded(proc):
    runtime = proc.runtime
    names = set(runtime.modules)
    names.update(m for m in code_server.bif_modules() if runtime.find_source(m) is None)
    return from_iterable([(Atom(n), _where(runtime, n)) for n in sorted(names)])


@bif("code", "get_path", 0, process=True)
def get_path(proc):
    runtime = proc.runtime
    return from_iterable([make_string(d) for d in runtime.search_path()])


def _add_path(proc, directory, front: bool):
    path = _text(directory)
    if not os.path.isdir(path):
        return (ERROR, BAD_DIRECTORY)
    runtime = proc.runtime
    for part in (runtime.code_path, runtime.path_tail):
        if path in part:
            part.remove(path)
    if front:
        runtime.code_path.insert(0, path)
    else:
        runtime.path_tail.append(path)
    return TRUE


@bif("code", "add_path", 1, process=True)
def add_path(proc, directory):
    return _add_path(proc, directory, front=False)


@bif("code", "add_pathz", 1, process=True)
def add_pathz(proc, directory):
    return _add_path(proc, directory, front=False)


@bif("code", "add_patha", 1, process=True)
def add_patha(proc, directory):
    return _add_path(proc, directory, front=True)


# ---- erlang

def _atom_or_badarg(term: Any) -> str:
    if type(term) is not Atom:
        raise ErlangError(BADARG)
    return term.name


@bif("erlang", "check_old_code", 1, process=True)
def check_old_code(proc, module):
    return TRUE if _atom_or_badarg(module) in proc.runtime.old_modules else FALSE


@bif("erlang", "check_process_code", 2, process=True)
def check_process_code(proc, pid, module):
    name = _atom_or_badarg(module)
    if type(pid) is not Pid:
        raise ErlangError(BADARG)
    target = proc.runtime.process_of(pid)
    if target is None:
        return FALSE
    return TRUE if code_server.check_process_code(proc.runtime, target, name, proc) else FALSE


@bif("erlang", "module_loaded", 1, process=True)
def module_loaded(proc, module):
    name = _atom_or_badarg(module)
    return TRUE if name in proc.runtime.modules or name in code_server.bif_modules() else FALSE


@bif("erlang", "function_exported", 3, process=True)
def function_exported(proc, module, function, arity):
    if type(module) is not Atom or type(function) is not Atom or type(arity) is not int:
        raise ErlangError(BADARG)
    if (module.name, function.name, arity) in BIFS:
        return TRUE
    loaded = proc.runtime.modules.get(module.name)
    return TRUE if loaded is not None and (function.name, arity) in loaded.exports else FALSE


# ---- compile and c

def _source_file(term: Any) -> str:
    path = _text(term)
    return path if path.endswith(".erl") else path + ".erl"


def _compile_reporting(proc, path: str):
    """Compile and print errors and warnings as erlc does; None on errors."""
    try:
        compiled = _compile(proc.runtime, path)
    except (ErlangSyntaxError, CompileError) as exc:
        write(proc, STANDARD_IO, _failure_text(exc))
        return None
    if compiled.warnings:
        write(proc, STANDARD_IO, erlc_report([], compiled.warnings, _read_lines))
    return compiled


def _compile_file(proc, file):
    path = _source_file(file)
    if not os.path.isfile(path):
        write(proc, STANDARD_IO, f"{path}: no such file or directory\n")
        return ERROR
    compiled = _compile_reporting(proc, path)
    return ERROR if compiled is None else (OK, Atom(compiled.name))


@bif("compile", "file", 1, process=True)
def compile_file1(proc, file):
    return _compile_file(proc, file)


@bif("compile", "file", 2, process=True)
def compile_file2(proc, file, options):
    return _compile_file(proc, file)


def _c(proc, file):
    given = _text(file)
    path = _source_file(file)
    if not os.path.isfile(path):
        if given.endswith(".erl"):
            write(proc, STANDARD_IO, f"{path}: no such file or directory\n")
            return ERROR
        return (ERROR, NON_EXISTING)
    compiled = _compile_reporting(proc, path)
    if compiled is None:
        return ERROR
    runtime = proc.runtime
    if code_server.is_sticky(runtime, compiled.name):
        return ERROR
    code_server.purge(runtime, compiled.name, proc)
    runtime.load(compiled)
    return (OK, Atom(compiled.name))


@bif("c", "c", 1, process=True)
def c1(proc, file):
    return _c(proc, file)


@bif("c", "c", 2, process=True)
def c2(proc, file, options):
    return _c(proc, file)


@bif("c", "l", 1, process=True)
def l1(proc, module):
    name = _module_name(module)
    if not code_server.is_sticky(proc.runtime, name):
        code_server.purge(proc.runtime, name, proc)
    return load_file(proc, module)
