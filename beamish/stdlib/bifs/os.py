"""The ``os`` module: environment, system identity, time and shell commands.

Why Python: each function is one call into the host OS. Results follow os.erl
of Erlang/OTP 25 on Linux.

Notes
 1. os:cmd/1,2 runs the command with ``/bin/sh -c`` and returns what it wrote
    to stdout and stderr together, as a list of bytes, as OTP does; the exit
    status is not reported. A command is a (deep) string or an atom.
 2. Under ``beamish run --sandbox`` (runtime.sandbox_root set) os:cmd and
    open_port raise ``error:eacces`` (DIFFERENCES.md): untrusted code gets no
    shell.
 3. os:getenv/putenv/unsetenv change beamish's own environment, which
    os:cmd's children inherit, as in OTP.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import time
from typing import Any

from beamish.vm.bif_registry import bif
from beamish.vm.errors import ErlangError, BADARG
from beamish.vm.terms import Atom, NIL, TRUE, FALSE, unmap_key

from beamish.stdlib.bifs.erlang import build_list, bytes_to_list, codes_to_list
from beamish.stdlib.bifs.misc import name_text
from beamish.stdlib.bifs.process import _convert

EACCES = Atom("eacces")


def _text(term: Any) -> str:
    """A flat string argument (a list of character codes) or badarg."""
    chars = []
    while type(term) is list:
        code = term[0]
        if type(code) is not int or not 0 <= code <= 0x10FFFF:
            raise ErlangError(BADARG)
        chars.append(chr(code))
        term = term[1]
    if term is not NIL:
        raise ErlangError(BADARG)
    return "".join(chars)


def _env_text(term: Any) -> str:
    text = _text(term)
    if "\0" in text:
        raise ErlangError(BADARG)
    return text


def refuse_in_sandbox(proc) -> None:
    """os:cmd and open_port are refused under --sandbox (note 2)."""
    if proc.runtime.sandbox_root is not None:
        raise ErlangError(EACCES)


# ---------------------------------------------------------------- environment


@bif("os", "getenv", 0)
def getenv_0() -> Any:
    return build_list([codes_to_list(f"{key}={value}") for key, value in os.environ.items()])


@bif("os", "env", 0)
def env() -> Any:
    return build_list([(codes_to_list(key), codes_to_list(value))
                       for key, value in os.environ.items()])


@bif("os", "getenv", 1)
def getenv(name: Any) -> Any:
    value = os.environ.get(_env_text(name))
    return FALSE if value is None else codes_to_list(value)


@bif("os", "getenv", 2)
def getenv_2(name: Any, default: Any) -> Any:
    value = os.environ.get(_env_text(name))
    return default if value is None else codes_to_list(value)


@bif("os", "putenv", 2)
def putenv(name: Any, value: Any) -> Atom:
    key = _env_text(name)
    if not key or "=" in key:
        raise ErlangError(BADARG)
    os.environ[key] = _env_text(value)
    return TRUE


@bif("os", "unsetenv", 1)
def unsetenv(name: Any) -> Atom:
    os.environ.pop(_env_text(name), None)
    return TRUE


# ---------------------------------------------------------------- identity and time


@bif("os", "type", 0)
def os_type() -> tuple:
    system = os.uname().sysname.lower()
    return (Atom("unix"), Atom(system))


@bif("os", "version", 0)
def version() -> tuple:
    numbers = []
    for part in os.uname().release.split("."):
        digits = "".join(ch for ch in part if ch.isdigit()) if part[:1].isdigit() else ""
        if not digits:
            break
        numbers.append(int(digits))
        if not part.isdigit():
            break
    numbers = (numbers + [0, 0, 0])[:3]
    return tuple(numbers)


@bif("os", "getpid", 0)
def getpid() -> Any:
    return codes_to_list(str(os.getpid()))


@bif("os", "system_time", 0)
def system_time() -> int:
    return time.time_ns()


@bif("os", "system_time", 1)
def system_time_1(unit: Any) -> int:
    return _convert(time.time_ns(), Atom("native"), unit)


@bif("os", "perf_counter", 0)
def perf_counter() -> int:
    return time.perf_counter_ns()


@bif("os", "perf_counter", 1)
def perf_counter_1(unit: Any) -> int:
    return _convert(time.perf_counter_ns(), Atom("native"), unit)


@bif("os", "set_signal", 2)
def set_signal(signal: Any, option: Any) -> Atom:
    if type(signal) is not Atom or option not in (Atom("default"), Atom("handle"), Atom("ignore")):
        raise ErlangError(BADARG)
    return Atom("ok")


# ---------------------------------------------------------------- programs


@bif("os", "find_executable", 1)
def find_executable(name: Any) -> Any:
    found = shutil.which(_text(name))
    return FALSE if found is None else codes_to_list(found)


@bif("os", "find_executable", 2)
def find_executable_2(name: Any, path: Any) -> Any:
    found = shutil.which(_text(name), path=_text(path))
    return FALSE if found is None else codes_to_list(found)


def _command_text(command: Any) -> str:
    if type(command) is Atom:
        return command.name
    if type(command) is not list and command is not NIL:
        raise ErlangError(BADARG)
    try:
        text, _binary = name_text(command)
    except ErlangError:
        raise ErlangError(BADARG) from None
    return text


def run_command(proc, command: Any, max_size: int | None) -> Any:
    refuse_in_sandbox(proc)
    text = _command_text(command)
    proc.runtime.stdout.flush()
    done = subprocess.run(["/bin/sh", "-c", text], stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = done.stdout if max_size is None else done.stdout[:max_size]
    return bytes_to_list(output)


@bif("os", "cmd", 1, process=True)
def cmd(proc, command: Any) -> Any:
    return run_command(proc, command, None)


@bif("os", "cmd", 2, process=True)
def cmd_2(proc, command: Any, options: Any) -> Any:
    if type(options) is not dict:
        raise ErlangError(BADARG)
    max_size = None
    for key, value in options.items():
        if unmap_key(key) is Atom("max_size"):
            if value is Atom("infinity"):
                continue
            if type(value) is not int or value < 0:
                raise ErlangError(BADARG)
            max_size = value
        else:
            raise ErlangError(BADARG)
    return run_command(proc, command, max_size)
