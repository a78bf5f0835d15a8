"""io and io_lib entry points (Python: they write to the runtime's streams).

Standard output is a latin1 device, as escript's is when stdout is not a
terminal: characters 0..255 are written as single bytes and any character
above 255 as ``\\x{H}`` (OTP 25's io server does the same).
"""
from __future__ import annotations

import sys
from typing import Any

from ...vm.bif_registry import bif
from ...vm.errors import ErlangError, BADARG
from ...vm.terms import Atom, NIL, Pid, make_string, to_pylist
from ..io_format import format as format_chars

STANDARD_IO = Atom("standard_io")
STANDARD_ERROR = Atom("standard_error")
USER = Atom("user")
EOF = Atom("eof")
OK = Atom("ok")


def encode_latin1(text: str) -> bytes:
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return "".join(c if ord(c) < 256 else "\\x{%X}" % ord(c) for c in text).encode("latin-1")


def _stream(proc, device):
    if device is STANDARD_IO or device is USER or type(device) is Pid:
        return proc.runtime.stdout
    if device is STANDARD_ERROR:
        return proc.runtime.stderr
    raise ErlangError(BADARG)


def write(proc, device, text: str) -> None:
    stream = _stream(proc, device)
    stream.write(encode_latin1(text))
    if stream is proc.runtime.stderr:
        proc.runtime.stdout.flush()
        stream.flush()


def chardata_to_str(data: Any) -> str:
    """Flatten chardata (deep lists of codes and binaries, or an atom) to text."""
    if type(data) is Atom:
        return data.name
    if type(data) is bytes:
        return data.decode("utf-8", errors="replace")
    out = []
    stack = [data]
    while stack:
        item = stack.pop()
        t = type(item)
        if t is list:
            stack.append(item[1])
            stack.append(item[0])
        elif t is int:
            if item < 0 or item > 0x10FFFF:
                raise ErlangError(BADARG)
            out.append(chr(item))
        elif t is bytes:
            out.append(item.decode("utf-8", errors="replace"))
        elif item is NIL:
            continue
        else:
            raise ErlangError(BADARG)
    return "".join(out)


@bif("io", "format", 1, process=True)
def format1(proc, fmt):
    write(proc, STANDARD_IO, format_chars(fmt, NIL))
    return OK


@bif("io", "format", 2, process=True)
def format2(proc, fmt, args):
    write(proc, STANDARD_IO, format_chars(fmt, args))
    return OK


@bif("io", "format", 3, process=True)
def format3(proc, device, fmt, args):
    text = format_chars(fmt, args)
    write(proc, device, text)
    return OK


@bif("io", "fwrite", 1, process=True)
def fwrite1(proc, fmt):
    return format1(proc, fmt)


@bif("io", "fwrite", 2, process=True)
def fwrite2(proc, fmt, args):
    return format2(proc, fmt, args)


@bif("io", "fwrite", 3, process=True)
def fwrite3(proc, device, fmt, args):
    return format3(proc, device, fmt, args)


@bif("io", "put_chars", 1, process=True)
def put_chars1(proc, chars):
    write(proc, STANDARD_IO, chardata_to_str(chars))
    return OK


@bif("io", "put_chars", 2, process=True)
def put_chars2(proc, device, chars):
    write(proc, device, chardata_to_str(chars))
    return OK


@bif("io", "nl", 0, process=True)
def nl0(proc):
    write(proc, STANDARD_IO, "\n")
    return OK


@bif("io", "nl", 1, process=True)
def nl1(proc, device):
    write(proc, device, "\n")
    return OK


@bif("io_lib", "format", 2)
def io_lib_format(fmt, args):
    return make_string(format_chars(fmt, args))


@bif("io_lib", "fwrite", 2)
def io_lib_fwrite(fmt, args):
    return io_lib_format(fmt, args)


def _read_line(proc, prompt) -> str | None:
    proc.runtime.stdout.flush()
    line = sys.stdin.buffer.readline()
    if not line:
        return None
    return line.decode("latin-1")


@bif("io", "get_line", 1, process=True)
def get_line(proc, prompt):
    line = _read_line(proc, prompt)
    return EOF if line is None else make_string(line)


@bif("io", "get_line", 2, process=True)
def get_line2(proc, device, prompt):
    return get_line(proc, prompt)


@bif("io", "get_chars", 2, process=True)
def get_chars(proc, prompt, count):
    proc.runtime.stdout.flush()
    data = sys.stdin.buffer.read(count) if type(count) is int and count > 0 else b""
    return EOF if not data else make_string(data.decode("latin-1"))


@bif("io", "read", 1, process=True)
def read(proc, prompt):
    line = _read_line(proc, prompt)
    if line is None:
        return EOF
    raise ErlangError((Atom("beamish_unsupported"), make_string("io:read/1 on input")))


@bif("io", "fread", 2, process=True)
def fread(proc, prompt, fmt):
    line = _read_line(proc, prompt)
    if line is None:
        return EOF
    raise ErlangError((Atom("beamish_unsupported"), make_string("io:fread/2 on input")))
