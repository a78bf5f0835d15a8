"""Open files as io devices: what file:open/2 hands out and io:* writes to.

OTP's file:open/2 starts an io server process and returns its pid; io:format,
io:get_line and file:read/write send it io requests. beamish keeps the open
file as a Python object (FileDevice) in ``runtime.devices``, keyed by a fresh
pid that names no process, and the io and file BIFs look the pid up there.
So ``{ok, Fd} = file:open(...)`` gives a real pid that prints and compares as
OTP's does, but it cannot be linked to, monitored or sent raw messages, and
the file is not closed when its opener dies (DIFFERENCES.md).

Notes
 1. Data is read as bytes. A device in binary mode returns binaries, one in
    list mode returns lists of bytes; with ``{encoding, utf8}`` the io
    functions decode and encode UTF-8, as OTP's io server does.
 2. Writes are unbuffered (the file object has no buffer), so halt/1 and a
    crash never lose written data.
 3. read_line reads ahead in chunks and seeks back to just after the newline,
    so reads, writes and position/2 can be mixed freely.
"""
from __future__ import annotations

import os
from typing import Any

from ..vm.terms import Pid

CHUNK = 4096


class FileDevice:
    """One open file: its OS file, how data is shown, and whether it is open."""

    def __init__(self, handle, path: str, readable: bool, writable: bool,
                 binary: bool, encoding: str):
        self.handle = handle
        self.path = path
        self.readable = readable
        self.writable = writable
        self.binary = binary
        self.encoding = encoding  # "latin1" or "utf8"
        self.closed = False

    # ---- reading (None at end of file)
    def read_bytes(self, count: int) -> bytes | None:
        data = self.handle.read(count)
        return data or None

    def read_chars(self, count: int) -> str | None:
        """Up to ``count`` characters of a UTF-8 device (note 3)."""
        start = self.handle.tell()
        data = self.handle.read(count * 4)
        if not data:
            return None
        text = data.decode("utf-8", errors="ignore")[:count]
        self.handle.seek(start + len(text.encode("utf-8")))
        return text

    def read_line(self) -> bytes | None:
        start = self.handle.tell()
        pieces = []
        while True:
            chunk = self.handle.read(CHUNK)
            if not chunk:
                break
            cut = chunk.find(b"\n")
            if cut >= 0:
                pieces.append(chunk[:cut + 1])
                break
            pieces.append(chunk)
        line = b"".join(pieces)
        self.handle.seek(start + len(line))
        return line or None

    # ---- writing
    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written = self.handle.write(view)
            view = view[written:]

    def close(self) -> None:
        self.closed = True
        self.handle.close()


def open_device(runtime, path: str, flags: int, readable: bool, writable: bool,
                binary: bool, encoding: str) -> Pid:
    """Open ``path`` with os.open ``flags``; raises OSError as os.open does."""
    fd = os.open(path, flags, 0o666)
    if os.path.isdir(path):
        os.close(fd)
        raise IsADirectoryError(21, "Is a directory", path)
    handle = open(fd, "r+b" if readable and writable else ("wb" if writable else "rb"),
                  buffering=0)
    pid = runtime.new_pid()
    runtime.devices[pid] = FileDevice(handle, path, readable, writable, binary, encoding)
    return pid


def device_of(runtime, term: Any) -> FileDevice | None:
    """The open-file device a pid names, or None for any other term."""
    if type(term) is Pid:
        return runtime.devices.get(term)
    return None
