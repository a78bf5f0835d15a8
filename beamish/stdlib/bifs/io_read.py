"""io:read/1,2,3: one Erlang term, ended by a dot, from standard input.

Why Python: it is erl_scan:tokens/3 over the lines of standard input, then
erl_parse:parse_term/1; both are Python already and nothing calls Erlang.

Notes (checked against io of OTP 25, standard input not a terminal):
 1. The prompt is written before reading, even at end of input.
 2. Each read starts at line 1 (or the given location); text after the
    term's dot stays for the next read and for io:get_line
    (runtime.stdin_pending, shared with io:get_line and io:fread).
 3. At end of input, tokens without a dot are parsed as they are (a
    syntax error "before: " nothing); no tokens at all is eof.
 4. Only standard input is read: standard_io, user or the process's own
    group leader; another device is badarg.
"""
from __future__ import annotations

from typing import Any

from beamish.stdlib.bifs.erl_parse import parse_term
from beamish.stdlib.bifs.erl_scan import next_form
from beamish.stdlib.bifs.io import STANDARD_IO, USER, chardata_to_str, stdin_line, write
from beamish.vm.bif_registry import bif
from beamish.vm.errors import ErlangError, BADARG
from beamish.vm.terms import Atom, Pid

ERROR = Atom("error")
EOF = Atom("eof")


def _check_device(device: Any) -> None:
    if device is not STANDARD_IO and device is not USER and type(device) is not Pid:
        raise ErlangError(BADARG)


def _scan_input(proc, prompt: Any, start: Any) -> tuple:
    """erl_scan's {ok,Tokens,End} | {eof,End} | {error,Info,End} for the next form (note 2)."""
    runtime = proc.runtime
    write(proc, STANDARD_IO, chardata_to_str(prompt))
    text, at_eof = runtime.stdin_pending.decode("latin-1"), False
    runtime.stdin_pending = b""
    while True:
        found = next_form(text, 0, start, at_eof)
        if found is not None:
            result, rest = found
            if rest is not None:
                runtime.stdin_pending = text[rest:].encode("latin-1")
            return result
        line = stdin_line(proc)
        if line:
            text += line.decode("latin-1")
        else:
            at_eof = True


def _read(proc, prompt: Any, start: Any) -> tuple:
    """(status, value, end): ok/term, error/info or eof/None."""
    result = _scan_input(proc, prompt, start)
    if result[0] is EOF:
        return EOF, None, result[1]
    if result[0] is ERROR:
        return ERROR, result[1], result[2]
    parsed = parse_term(result[1])
    return parsed[0], parsed[1], result[2]


@bif("io", "read", 1, process=True)
def read1(proc, prompt):
    status, value, _ = _read(proc, prompt, 1)
    return EOF if status is EOF else (status, value)


@bif("io", "read", 2, process=True)
def read2(proc, device, prompt):
    _check_device(device)
    return read1(proc, prompt)


@bif("io", "read", 3, process=True)
def read3(proc, device, prompt, start):
    _check_device(device)
    status, value, end = _read(proc, prompt, start)
    if status is EOF:
        return (EOF, end)
    return (status, value, end)
