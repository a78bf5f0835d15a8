"""open_port/2 for external programs, run to completion.

Why Python: it starts an OS process. OTP 25 keeps the program running and
streams its output to the owner as it comes; beamish has no way to wake a
waiting process on outside input, so open_port/2 runs the program with an
empty stdin until it exits and queues, in OTP's order, every message the owner
would have got: ``{Port, {data, Data}}`` (all of stdout in one message in
stream mode; one per line with ``{line, L}``), then ``{Port, eof}`` (option
``eof``) and ``{Port, {exit_status, N}}`` (option ``exit_status``). Without
``eof`` the port is closed by then, so port_command/2 on it is badarg, as
after the program's exit in OTP; with ``eof`` it stays open until
port_close/1. Programs that need input are not supported (DIFFERENCES.md).

Notes
 1. ``{spawn, Command}`` runs ``/bin/sh -c "exec Command"`` (the shell is
    replaced, as OTP's spawn driver does); an atom is ``{spawn, Atom}``;
    ``{spawn_executable, File}`` takes ``{args, List}`` and ``{arg0, A}``.
 2. With ``{line, L}`` a line longer than L comes as ``{noeol, Part}`` pieces
    of L characters then ``{eol, Rest}``. The final line without a newline
    has its full pieces before the exit status and the remainder after it,
    which is the order OTP 25 delivers them in.
 3. Under ``--sandbox`` open_port raises ``error:eacces`` (os.py note 2).
"""
from __future__ import annotations

import os
import subprocess
from typing import Any

from beamish.vm.bif_registry import bif
from beamish.vm.errors import ErlangError, BADARG
from beamish.vm.terms import Atom, NIL, TRUE, Port

from beamish.stdlib.bifs.erlang import bytes_to_list
from beamish.stdlib.bifs.misc import name_text
from beamish.stdlib.bifs.os import refuse_in_sandbox

DATA = Atom("data")
EOL = Atom("eol")
NOEOL = Atom("noeol")

_FLAGS = {"binary", "exit_status", "eof", "stderr_to_stdout", "use_stdio", "stream",
          "hide", "in", "out", "overlapped_io", "nouse_stdio"}


def _text(term: Any) -> str:
    try:
        return name_text(term)[0]
    except ErlangError:
        raise ErlangError(BADARG) from None


def _parse_options(options: Any) -> dict:
    parsed: dict = {"flags": set(), "args": [], "line": None, "cd": None, "env": [], "arg0": None}
    while type(options) is list:
        option = options[0]
        options = options[1]
        if type(option) is Atom and option.name in _FLAGS:
            parsed["flags"].add(option.name)
        elif type(option) is tuple and len(option) == 2 and type(option[0]) is Atom:
            key, value = option[0].name, option[1]
            if key == "line" and type(value) is int and value > 0:
                parsed["line"] = value
            elif key == "args":
                items = []
                while type(value) is list:
                    items.append(_text(value[0]))
                    value = value[1]
                parsed["args"] = items
            elif key == "arg0":
                parsed["arg0"] = _text(value)
            elif key == "cd":
                parsed["cd"] = _text(value)
            elif key == "env":
                while type(value) is list:
                    pair = value[0]
                    if type(pair) is not tuple or len(pair) != 2:
                        raise ErlangError(BADARG)
                    name = _text(pair[0])
                    parsed["env"].append((name, None if pair[1] is Atom("false") else _text(pair[1])))
                    value = value[1]
            elif key not in ("packet", "parallelism", "busy_limits_port", "busy_limits_msgq"):
                raise ErlangError(BADARG)
        else:
            raise ErlangError(BADARG)
    if options is not NIL:
        raise ErlangError(BADARG)
    return parsed


def _command(name: Any, parsed: dict) -> list[str]:
    if type(name) is Atom:
        name = (Atom("spawn"), name)
    if type(name) is not tuple or len(name) != 2 or type(name[0]) is not Atom:
        raise ErlangError(BADARG)
    kind, target = name[0].name, _text(name[1])
    if kind in ("spawn", "spawn_driver"):
        return ["/bin/sh", "-c", "exec " + target]
    if kind == "spawn_executable":
        return [target, *parsed["args"]]
    raise ErlangError(BADARG)


def _data(payload: bytes, binary: bool) -> Any:
    return payload if binary else bytes_to_list(payload)


def _line_messages(output: bytes, width: int, binary: bool) -> tuple[list, list]:
    """(messages before the exit status, messages after it) in line mode (note 2)."""
    before, after = [], []
    lines = output.split(b"\n")
    last = lines.pop()
    for line in lines:
        while len(line) > width:
            before.append((NOEOL, _data(line[:width], binary)))
            line = line[width:]
        before.append((EOL, _data(line, binary)))
    while len(last) > width:
        before.append((NOEOL, _data(last[:width], binary)))
        last = last[width:]
    if last:
        after.append((NOEOL, _data(last, binary)))
    return before, after


@bif("erlang", "open_port", 2, process=True)
def open_port(proc, name: Any, options: Any) -> Port:
    parsed = _parse_options(options)
    argv = _command(name, parsed)
    refuse_in_sandbox(proc)
    flags = parsed["flags"]
    env = None
    if parsed["env"]:
        env = dict(os.environ)
        for key, value in parsed["env"]:
            if value is None:
                env.pop(key, None)
            else:
                env[key] = value
    proc.runtime.stdout.flush()
    try:
        done = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT if "stderr_to_stdout" in flags else None,
                              cwd=parsed["cd"], env=env)
    except OSError:
        raise ErlangError(Atom("enoent")) from None
    runtime = proc.runtime
    port = Port(next(runtime.port_numbers))
    binary = "binary" in flags
    if parsed["line"] is None:
        before = [_data(done.stdout, binary)] if done.stdout else []
        after: list = []
    else:
        before, after = _line_messages(done.stdout, parsed["line"], binary)
    for data in before:
        runtime.deliver(proc, (port, (DATA, data)))
    if "eof" in flags:
        runtime.deliver(proc, (port, Atom("eof")))
        runtime.ports[port] = proc.pid
    status = done.returncode if done.returncode >= 0 else 128 - done.returncode
    if "exit_status" in flags:
        runtime.deliver(proc, (port, (Atom("exit_status"), status)))
    for data in after:
        runtime.deliver(proc, (port, (DATA, data)))
    return port


@bif("erlang", "port_close", 1, process=True)
def port_close(proc, port: Any) -> Any:
    if type(port) is not Port or port not in proc.runtime.ports:
        raise ErlangError(BADARG)
    del proc.runtime.ports[port]
    return TRUE


@bif("erlang", "port_command", 2, process=True)
def port_command(proc, port: Any, data: Any) -> Any:
    # A port that is still open has a finished program (module docstring).
    if type(port) is not Port or port not in proc.runtime.ports:
        raise ErlangError(BADARG)
    return TRUE
