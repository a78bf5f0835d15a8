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
from ...vm.terms import Atom, NIL, Pid, from_iterable, make_string
from ..io_format import format as format_chars
from ..printer import print_term, write_term

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
    if type(device) is Pid and device in proc.runtime.devices:
        write_file_device(proc.runtime.devices[device], text)
        return
    captures = proc.runtime.captures
    if captures and (device is STANDARD_IO or device == proc.group_leader):
        buffer = captures.get(proc.group_leader)
        if buffer is not None:
            buffer.append(text)
            return
    stream = _stream(proc, device)
    if proc.runtime.output_encoding == "unicode":
        stream.write(text.encode("utf-8", errors="surrogatepass"))
    else:
        stream.write(encode_latin1(text))
    if stream is proc.runtime.stderr:
        proc.runtime.stdout.flush()
        stream.flush()


def write_file_device(device, text: str) -> None:
    """Characters to an open file: UTF-8, or Latin-1 where OTP refuses more."""
    if device.closed or not device.writable:
        raise ErlangError(Atom("terminated"))
    if device.encoding == "utf8":
        device.write(text.encode("utf-8", errors="surrogatepass"))
        return
    try:
        device.write(text.encode("latin-1"))
    except UnicodeEncodeError:
        raise ErlangError(Atom("no_translation")) from None


def read_file_device(device, count: int | None) -> Any:
    """A line (count None) or up to count characters from an open file, as
    io:get_line/get_chars return them: eof at the end."""
    if device.closed:
        raise ErlangError(Atom("terminated"))
    if not device.readable:
        return (Atom("error"), Atom("ebadf"))
    if device.encoding == "utf8":
        if count is None:
            line = device.read_line()
            text = None if line is None else line.decode("utf-8", errors="replace")
        else:
            text = device.read_chars(count)
        if text is None:
            return EOF
        return text.encode("utf-8") if device.binary else make_string(text)
    data = device.read_line() if count is None else device.read_bytes(count)
    if data is None:
        return EOF
    return data if device.binary else make_string(data.decode("latin-1"))


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


def write_prompt(proc, prompt) -> None:
    """Standard input's prompt goes to standard output first, as OTP's io
    server writes it even when input is not a terminal: chardata or an atom
    as text, any other term as ~p."""
    if prompt is NIL or prompt == b"":
        return
    try:
        text = chardata_to_str(prompt)
    except ErlangError:
        text = print_term(prompt)
    write(proc, STANDARD_IO, text)


def stdin_line(proc) -> bytes:
    """The next line of standard input (pending text first); b"" at the end."""
    runtime = proc.runtime
    pending = runtime.stdin_pending
    cut = pending.find(b"\n")
    if cut >= 0:
        runtime.stdin_pending = pending[cut + 1:]
        return pending[:cut + 1]
    runtime.stdin_pending = b""
    runtime.stdout.flush()
    return pending + sys.stdin.buffer.readline()


def _read_line(proc, prompt) -> str | None:
    write_prompt(proc, prompt)
    line = stdin_line(proc)
    if not line:
        return None
    return line.decode("latin-1")


@bif("io", "get_line", 1, process=True)
def get_line(proc, prompt):
    line = _read_line(proc, prompt)
    return EOF if line is None else make_string(line)


@bif("io", "get_line", 2, process=True)
def get_line2(proc, device, prompt):
    if type(device) is Pid and device in proc.runtime.devices:
        return read_file_device(proc.runtime.devices[device], None)
    return get_line(proc, prompt)


@bif("io", "get_chars", 3, process=True)
def get_chars3(proc, device, prompt, count):
    if type(device) is Pid and device in proc.runtime.devices:
        if type(count) is not int or count < 0:
            raise ErlangError(BADARG)
        return read_file_device(proc.runtime.devices[device], count)
    return get_chars(proc, prompt, count)


@bif("io", "get_chars", 2, process=True)
def get_chars(proc, prompt, count):
    write_prompt(proc, prompt)
    proc.runtime.stdout.flush()
    if type(count) is not int or count <= 0:
        return EOF
    runtime = proc.runtime
    data, runtime.stdin_pending = runtime.stdin_pending[:count], runtime.stdin_pending[count:]
    if len(data) < count:
        data += sys.stdin.buffer.read(count - len(data))
    return EOF if not data else make_string(data.decode("latin-1"))


def _fread_lines(fmt, next_line, unread):
    """io:fread over lines: read more while the format wants input, give back
    what follows the last field (OTP's io server keeps it for the next read);
    on an error the lines read are consumed."""
    fmt_text = chardata_to_str(fmt)
    text = next_line()
    if text is None:
        return EOF
    while True:
        result = _fread(fmt_text, text, at_end=False)
        if result is not None:
            break
        more = next_line()
        if more is None:
            result = _fread(fmt_text, text, at_end=True)
            break
        text += more
    if result[0] is Atom("ok"):
        rest = chardata_to_str(result[2])
        if rest != "\n":  # a lone newline after the fields is consumed (OTP 25)
            unread(rest)
        return (result[0], result[1])
    return result


@bif("io", "fread", 2, process=True)
def fread(proc, prompt, fmt):
    return fread3(proc, STANDARD_IO, prompt, fmt)


@bif("io", "fread", 3, process=True)
def fread3(proc, device, prompt, fmt):
    runtime = proc.runtime
    if type(device) is Pid and device in runtime.devices:
        file_device = runtime.devices[device]

        def next_line():
            line = read_file_device(file_device, None)
            return None if line is EOF else chardata_to_str(line)

        def unread(text):
            data = text.encode("utf-8" if file_device.encoding == "utf8" else "latin-1")
            file_device.handle.seek(file_device.handle.tell() - len(data))
        return _fread_lines(fmt, next_line, unread)
    _stream(proc, device)  # badarg for a device that is not an io device
    write_prompt(proc, prompt)

    def next_stdin_line():
        line = stdin_line(proc)
        return line.decode("latin-1") if line else None

    def unread_stdin(text):
        runtime.stdin_pending = text.encode("latin-1") + runtime.stdin_pending
    return _fread_lines(fmt, next_stdin_line, unread_stdin)


# ---- writing terms (io_lib:write/print and the io conveniences on top)
def _depth(depth):
    if type(depth) is not int:
        raise ErlangError(BADARG)
    return depth


@bif("io_lib", "write", 1)
def io_lib_write(term):
    return make_string(write_term(term))


@bif("io_lib", "write", 2)
def io_lib_write2(term, options):
    from .io_lib import write_with
    return write_with(term, options)


@bif("io_lib", "print", 1)
def io_lib_print(term):
    return make_string(print_term(term))


@bif("io_lib", "print", 4)
def io_lib_print4(term, column, line_length, depth):
    return make_string(print_term(term, _depth(column), _depth(line_length), _depth(depth)))


@bif("io_lib", "write_atom", 1)
def io_lib_write_atom(atom):
    from .io_lib import write_atom_unicode
    return write_atom_unicode(atom)


@bif("io_lib", "write_string", 1)
def io_lib_write_string(chars):
    from .io_lib import write_unicode_string
    return write_unicode_string(chars)


@bif("io", "write", 1, process=True)
def io_write(proc, term):
    write(proc, STANDARD_IO, write_term(term))
    return OK


@bif("io", "write", 2, process=True)
def io_write2(proc, device, term):
    write(proc, device, write_term(term))
    return OK


@bif("io_lib", "write_char", 1)
def io_lib_write_char(code):
    from .io_lib import write_unicode_char
    return write_unicode_char(code, "write_char")


@bif("io_lib", "chars_length", 1)
def io_lib_chars_length(chars):
    return len(chardata_to_str(chars))


def _fread(fmt: str, text: str, at_end: bool = True):
    """io_lib:fread/2 for the common directives: ~d ~u ~f ~s ~a ~c and literals.

    With ``at_end`` false, running out of text where the format wants more
    returns None: the caller reads more input and tries again.
    """
    results, i, n, pos = [], 0, len(fmt), 0
    error = (Atom("error"), (Atom("fread"), Atom("input")))
    while i < n:
        ch = fmt[i]
        if ch.isspace():
            while pos < len(text) and text[pos].isspace():
                pos += 1
            i += 1
            continue
        if ch != "~":
            if pos >= len(text) or text[pos] != ch:
                return error
            pos += 1
            i += 1
            continue
        i += 1
        width = ""
        while i < n and fmt[i].isdigit():
            width += fmt[i]
            i += 1
        if i >= n:
            return (Atom("error"), (Atom("fread"), Atom("format")))
        d = fmt[i]
        i += 1
        if d == "c":
            count = int(width or 1)
            if pos + count > len(text):
                return error
            results.append(make_string(text[pos:pos + count]))
            pos += count
            continue
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text) and not at_end:
            return None
        start = pos
        if d in "du":
            if d == "d" and pos < len(text) and text[pos] in "+-":
                pos += 1
            while pos < len(text) and text[pos].isdigit():
                pos += 1
            if pos == start or not text[start:pos].lstrip("+-"):
                return (Atom("error"), (Atom("fread"), Atom("integer")))
            results.append(int(text[start:pos]))
        elif d == "f":
            import re
            m = re.compile(r"[+-]?\d+\.\d+([eE][+-]?\d+)?").match(text, pos)
            if not m:
                return (Atom("error"), (Atom("fread"), Atom("float")))
            pos = m.end()
            results.append(float(m.group()))
        elif d in "sa":
            while pos < len(text) and not text[pos].isspace():
                pos += 1
            word = text[start:pos]
            results.append(make_string(word) if d == "s" else Atom(word))
        else:
            return (Atom("error"), (Atom("fread"), Atom("format")))
    return (Atom("ok"), from_iterable(results), make_string(text[pos:]))


@bif("io_lib", "fread", 2)
def io_lib_fread(fmt, chars):
    fmt_text, text = chardata_to_str(fmt), chardata_to_str(chars)
    if not text:
        # No input at all: OTP asks for more with a continuation.
        return (Atom("more"), make_string(fmt_text), 0, NIL)
    return _fread(fmt_text, text)


ENCODING = Atom("encoding")
BINARY = Atom("binary")
_ENCODINGS = {"latin1": "latin1", "unicode": "unicode", "utf8": "unicode"}


def _getopts(proc):
    return from_iterable([(BINARY, Atom("false")), (ENCODING, Atom(proc.runtime.output_encoding))])


def _setopts(proc, options):
    from ...vm.terms import to_pylist
    try:
        opts = to_pylist(options)
    except ValueError:
        raise ErlangError(BADARG) from None
    for opt in opts:
        if type(opt) is tuple and len(opt) == 2 and opt[0] is ENCODING and type(opt[1]) is Atom \
                and opt[1].name in _ENCODINGS:
            proc.runtime.output_encoding = _ENCODINGS[opt[1].name]
        elif opt is BINARY or opt is Atom("list") or (type(opt) is tuple and len(opt) == 2
                                                    and opt[0] is BINARY):
            continue
        else:
            return (Atom("error"), Atom("enotsup"))
    return OK


@bif("io", "setopts", 1, process=True)
def setopts1(proc, options):
    return _setopts(proc, options)


@bif("io", "setopts", 2, process=True)
def setopts2(proc, device, options):
    _stream(proc, device)
    return _setopts(proc, options)


@bif("io", "getopts", 0, process=True)
def getopts0(proc):
    return _getopts(proc)


@bif("io", "getopts", 1, process=True)
def getopts1(proc, device):
    _stream(proc, device)
    return _getopts(proc)
