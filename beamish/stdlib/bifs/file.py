"""The ``file`` module: whole files, open files (as io devices) and directories.

Why Python: every function is a system call. Results follow file.erl of
Erlang/OTP 25 on Unix: ``ok`` / ``{ok, Value}`` or ``{error, Posix}`` where
Posix is the lower-cased errno name (enoent, eacces, eisdir, ...). consult,
path_consult, eval and script belong with erl_eval and are not here.

Notes
 1. A filename is a string (possibly deep), an atom or a binary; anything else
    gives ``{error, badarg}`` as OTP's file server answers.
 2. file:open/2 returns ``{ok, Pid}``; the pid names a FileDevice (see
    stdlib/file_device.py), also with ``raw``. Unknown mode options are
    ignored, as OTP ignores them.
 3. Under ``beamish run --sandbox`` (runtime.sandbox_root set) anything that
    creates, changes or removes a file outside the working directory tree
    gives ``{error, eacces}``; reading stays allowed.
 4. file_info times are local ``{{Y,M,D},{H,Mi,S}}`` unless ``{time, universal}``
    or ``{time, posix}`` is asked for.
"""
from __future__ import annotations

import errno
import os
import shutil
import stat
import time
from typing import Any

from beamish.vm.bif_registry import bif
from beamish.vm.errors import ErlangError, badarg
from beamish.vm.terms import Atom, NIL, Pid

from beamish.stdlib.bifs.erlang import build_list, bytes_to_list, codes_to_list, iolist_to_bytes
from beamish.stdlib.bifs.misc import name_text
from beamish.stdlib.file_device import FileDevice, device_of, open_device

OK = Atom("ok")
ERROR = Atom("error")
EOF = Atom("eof")
BADARG = Atom("badarg")
EACCES = Atom("eacces")


class _Refused(Exception):
    """A call that returns ``{error, Reason}`` without touching the disk."""

    def __init__(self, reason: Atom):
        super().__init__(reason)
        self.reason = reason


def error_tuple(reason: Any) -> tuple:
    return (ERROR, reason)


def posix_reason(exc: OSError) -> Atom:
    name = errno.errorcode.get(exc.errno or 0, "eio")
    return Atom(name.lower())


def path_of(term: Any) -> str:
    """The OS path of a filename term (note 1)."""
    try:
        text, _binary = name_text(term)
    except ErlangError:
        raise _Refused(BADARG) from None
    if "\0" in text:
        raise _Refused(BADARG)
    return text


def writable_path(proc, term: Any) -> str:
    """path_of, refused with eacces outside the sandbox (note 3)."""
    path = path_of(term)
    root = proc.runtime.sandbox_root
    if root is not None:
        real = os.path.realpath(path)
        if real != root and not real.startswith(root.rstrip(os.sep) + os.sep):
            raise _Refused(EACCES)
    return path


def _attempt(action) -> Any:
    """Run a file operation; OS and argument errors become {error, Reason}."""
    try:
        return action()
    except _Refused as refused:
        return error_tuple(refused.reason)
    except OSError as exc:
        return error_tuple(posix_reason(exc))


def name_result(text: str) -> Any:
    return codes_to_list(text)


# ---------------------------------------------------------------- whole files


@bif("file", "read_file", 1)
def read_file(name: Any) -> Any:
    def action():
        with open(path_of(name), "rb") as handle:
            return (OK, handle.read())
    return _attempt(action)


def _write_file(proc, name: Any, data: Any, modes: Any) -> Any:
    def action():
        try:
            payload = iolist_to_bytes(data)
        except ErlangError:
            raise _Refused(BADARG) from None
        options = _mode_list(modes)
        flags = os.O_WRONLY | os.O_CREAT
        if Atom("append") in options:
            flags |= os.O_APPEND
        elif Atom("read") not in options:
            flags |= os.O_TRUNC
        if Atom("exclusive") in options:
            flags |= os.O_EXCL
        fd = os.open(writable_path(proc, name), flags, 0o666)
        try:
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
        return OK
    return _attempt(action)


@bif("file", "write_file", 2, process=True)
def write_file(proc, name: Any, data: Any) -> Any:
    return _write_file(proc, name, data, NIL)


@bif("file", "write_file", 3, process=True)
def write_file_3(proc, name: Any, data: Any, modes: Any) -> Any:
    return _write_file(proc, name, data, modes)


def _mode_list(modes: Any) -> list:
    items = []
    while type(modes) is list:
        items.append(modes[0])
        modes = modes[1]
    if modes is not NIL:
        raise _Refused(BADARG)
    return items


# ---------------------------------------------------------------- open files


@bif("file", "open", 2, process=True)
def file_open(proc, name: Any, modes: Any) -> Any:
    def action():
        if type(modes) is not list and modes is not NIL:
            raise _Refused(BADARG)
        options = _mode_list(modes)
        read, write = Atom("read") in options, Atom("write") in options
        append, exclusive = Atom("append") in options, Atom("exclusive") in options
        binary = Atom("binary") in options
        encoding = "latin1"
        for option in options:
            if type(option) is tuple and len(option) == 2 and option[0] is Atom("encoding"):
                encoding = "utf8" if option[1] in (Atom("utf8"), Atom("unicode")) else "latin1"
        writes = write or append or exclusive
        if not writes:
            read = True
        flags = os.O_RDWR if read and writes else (os.O_WRONLY if writes else os.O_RDONLY)
        if writes:
            flags |= os.O_CREAT
        if append:
            flags |= os.O_APPEND
        if write and not read and not append:
            flags |= os.O_TRUNC
        if exclusive:
            flags |= os.O_EXCL
        path = writable_path(proc, name) if writes else path_of(name)
        pid = open_device(proc.runtime, path, flags, read, writes, binary, encoding)
        return (OK, pid)
    return _attempt(action)


def open_file(proc, fd: Any) -> FileDevice:
    """The device ``fd`` names; {error, terminated} once closed (as OTP)."""
    device = device_of(proc.runtime, fd)
    if device is None:
        if type(fd) is Pid:
            raise _Refused(Atom("terminated"))
        raise ErlangError(BADARG)
    if device.closed:
        raise _Refused(Atom("terminated"))
    return device


def data_term(device: FileDevice, data: bytes) -> Any:
    """Bytes read from ``device`` as OTP shows them (file_device note 1)."""
    if device.binary:
        return data
    return bytes_to_list(data)


def _latin1_result(device: FileDevice, text: str | None) -> Any:
    """file:read/read_line on a UTF-8 device give bytes: characters above 255
    cannot be, and OTP answers {error, {no_translation, unicode, latin1}}."""
    if text is None:
        return EOF
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        return error_tuple((Atom("no_translation"), Atom("unicode"), Atom("latin1")))
    return (OK, data_term(device, data))


@bif("file", "close", 1, process=True)
def file_close(proc, fd: Any) -> Any:
    device = device_of(proc.runtime, fd)
    if device is None:
        if type(fd) is Pid:
            return error_tuple(Atom("terminated"))
        raise ErlangError(BADARG)
    if not device.closed:
        device.close()
    return OK


@bif("file", "read", 2, process=True)
def file_read(proc, fd: Any, count: Any) -> Any:
    def action():
        device = open_file(proc, fd)
        if type(count) is not int or count < 0:
            raise _Refused(BADARG)
        if not device.readable:
            raise _Refused(Atom("ebadf"))
        if device.encoding == "utf8":
            return _latin1_result(device, device.read_chars(count))
        data = device.read_bytes(count)
        return EOF if data is None else (OK, data_term(device, data))
    return _attempt(action)


@bif("file", "read_line", 1, process=True)
def file_read_line(proc, fd: Any) -> Any:
    def action():
        device = open_file(proc, fd)
        if not device.readable:
            raise _Refused(Atom("ebadf"))
        line = device.read_line()
        if device.encoding == "utf8":
            return _latin1_result(device, None if line is None else line.decode("utf-8", "replace"))
        return EOF if line is None else (OK, data_term(device, line))
    return _attempt(action)


@bif("file", "write", 2, process=True)
def file_write(proc, fd: Any, data: Any) -> Any:
    def action():
        device = open_file(proc, fd)
        try:
            payload = iolist_to_bytes(data)
        except ErlangError:
            raise _Refused(BADARG) from None
        if not device.writable:
            raise _Refused(Atom("ebadf"))
        if device.encoding == "utf8":
            payload = payload.decode("latin-1").encode("utf-8")
        device.write(payload)
        return OK
    return _attempt(action)


@bif("file", "pread", 3, process=True)
def file_pread(proc, fd: Any, position: Any, count: Any) -> Any:
    """Read at ``position``; the current position is kept (OTP leaves it
    undefined, so programs cannot tell)."""
    def action():
        device = open_file(proc, fd)
        if type(position) is not int or position < 0 or type(count) is not int or count < 0:
            raise _Refused(Atom("einval"))
        if not device.readable:
            raise _Refused(Atom("ebadf"))
        here = device.handle.tell()
        device.handle.seek(position)
        try:
            data = device.read_bytes(count)
        finally:
            device.handle.seek(here)
        return EOF if data is None else (OK, data_term(device, data))
    return _attempt(action)


@bif("file", "pwrite", 3, process=True)
def file_pwrite(proc, fd: Any, position: Any, data: Any) -> Any:
    def action():
        device = open_file(proc, fd)
        if type(position) is not int or position < 0:
            raise _Refused(Atom("einval"))
        try:
            payload = iolist_to_bytes(data)
        except ErlangError:
            raise _Refused(BADARG) from None
        if not device.writable:
            raise _Refused(Atom("ebadf"))
        here = device.handle.tell()
        device.handle.seek(position)
        try:
            device.write(payload)
        finally:
            device.handle.seek(here)
        return OK
    return _attempt(action)


_WHENCE = {"bof": os.SEEK_SET, "cur": os.SEEK_CUR, "eof": os.SEEK_END}


@bif("file", "position", 2, process=True)
def file_position(proc, fd: Any, location: Any) -> Any:
    def action():
        device = open_file(proc, fd)
        if type(location) is int:
            whence, offset = os.SEEK_SET, location
        elif type(location) is Atom and location.name in _WHENCE:
            whence, offset = _WHENCE[location.name], 0
        elif (type(location) is tuple and len(location) == 2 and type(location[0]) is Atom
              and location[0].name in _WHENCE and type(location[1]) is int):
            whence, offset = _WHENCE[location[0].name], location[1]
        else:
            raise _Refused(BADARG)
        base = {os.SEEK_SET: 0, os.SEEK_CUR: device.handle.tell(),
                os.SEEK_END: os.fstat(device.handle.fileno()).st_size}[whence]
        if base + offset < 0:
            raise _Refused(Atom("einval"))
        return (OK, device.handle.seek(base + offset))
    return _attempt(action)


@bif("file", "truncate", 1, process=True)
def file_truncate(proc, fd: Any) -> Any:
    def action():
        device = open_file(proc, fd)
        device.handle.truncate()
        return OK
    return _attempt(action)


@bif("file", "sync", 1, process=True)
def file_sync(proc, fd: Any) -> Any:
    def action():
        os.fsync(open_file(proc, fd).handle.fileno())
        return OK
    return _attempt(action)


@bif("file", "datasync", 1, process=True)
def file_datasync(proc, fd: Any) -> Any:
    return file_sync(proc, fd)


# ---------------------------------------------------------------- directories and names


@bif("file", "list_dir", 1)
def list_dir(name: Any) -> Any:
    return _attempt(lambda: (OK, build_list([name_result(entry) for entry in os.listdir(path_of(name))])))


@bif("file", "list_dir_all", 1)
def list_dir_all(name: Any) -> Any:
    return list_dir(name)


@bif("file", "make_dir", 1, process=True)
def make_dir(proc, name: Any) -> Any:
    return _attempt(lambda: os.mkdir(writable_path(proc, name)) or OK)


@bif("file", "del_dir", 1, process=True)
def del_dir(proc, name: Any) -> Any:
    def action():
        try:
            os.rmdir(writable_path(proc, name))
        except OSError as exc:
            if exc.errno == errno.ENOTEMPTY:  # OTP reports a non-empty directory so
                raise _Refused(Atom("eexist")) from None
            raise
        return OK
    return _attempt(action)


@bif("file", "del_dir_r", 1, process=True)
def del_dir_r(proc, name: Any) -> Any:
    def action():
        path = writable_path(proc, name)
        if not os.path.isdir(path) or os.path.islink(path):
            os.lstat(path)  # enoent when missing
            raise _Refused(Atom("enotdir"))
        shutil.rmtree(path)
        return OK
    return _attempt(action)


@bif("file", "delete", 1, process=True)
def delete(proc, name: Any) -> Any:
    def action():
        path = writable_path(proc, name)
        if os.path.isdir(path) and not os.path.islink(path):
            raise _Refused(Atom("eperm"))
        os.unlink(path)
        return OK
    return _attempt(action)


@bif("file", "delete", 2, process=True)
def delete_2(proc, name: Any, _options: Any) -> Any:
    return delete(proc, name)


@bif("file", "rename", 2, process=True)
def rename(proc, source: Any, destination: Any) -> Any:
    return _attempt(lambda: os.rename(writable_path(proc, source),
                                      writable_path(proc, destination)) or OK)


def _copy_name(term: Any) -> Any:
    """copy/2,3 also take {Name, Modes}; the modes are not needed here."""
    if type(term) is tuple and len(term) == 2:
        return term[0]
    return term


def _copy(proc, source: Any, destination: Any, limit: int | None) -> Any:
    def action():
        with open(path_of(_copy_name(source)), "rb") as reader:
            data = reader.read() if limit is None else reader.read(limit)
        fd = os.open(writable_path(proc, _copy_name(destination)),
                     os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
        return (OK, len(data))
    return _attempt(action)


@bif("file", "copy", 2, process=True)
def copy(proc, source: Any, destination: Any) -> Any:
    return _copy(proc, source, destination, None)


@bif("file", "copy", 3, process=True)
def copy_3(proc, source: Any, destination: Any, count: Any) -> Any:
    if count is Atom("infinity"):
        return _copy(proc, source, destination, None)
    if type(count) is not int or count < 0:
        return error_tuple(BADARG)
    return _copy(proc, source, destination, count)


@bif("file", "get_cwd", 0)
def get_cwd() -> Any:
    return _attempt(lambda: (OK, name_result(os.getcwd())))


@bif("file", "get_cwd", 1)
def get_cwd_1(drive: Any) -> Any:
    # On Unix OTP answers enotsup for any drive.
    return error_tuple(Atom("enotsup"))


@bif("file", "set_cwd", 1)
def set_cwd(name: Any) -> Any:
    return _attempt(lambda: os.chdir(path_of(name)) or OK)


@bif("file", "native_name_encoding", 0)
def native_name_encoding() -> Atom:
    return Atom("utf8")


# ---------------------------------------------------------------- file_info


def _time_term(seconds: float, kind: str) -> Any:
    if kind == "posix":
        return int(seconds)
    parts = time.gmtime(seconds) if kind == "universal" else time.localtime(seconds)
    return ((parts.tm_year, parts.tm_mon, parts.tm_mday),
            (parts.tm_hour, parts.tm_min, parts.tm_sec))


def _file_type(mode: int) -> Atom:
    if stat.S_ISREG(mode):
        return Atom("regular")
    if stat.S_ISDIR(mode):
        return Atom("directory")
    if stat.S_ISLNK(mode):
        return Atom("symlink")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Atom("device")
    return Atom("other")


def _access(path: str) -> Atom:
    readable, writable = os.access(path, os.R_OK), os.access(path, os.W_OK)
    if readable and writable:
        return Atom("read_write")
    if readable:
        return Atom("read")
    return Atom("write") if writable else Atom("none")


def _file_info(name: Any, options: Any, follow: bool) -> Any:
    def action():
        kind = "local"
        for option in _mode_list(options):
            if type(option) is tuple and len(option) == 2 and option[0] is Atom("time"):
                if type(option[1]) is not Atom or option[1].name not in ("local", "universal", "posix"):
                    raise _Refused(BADARG)
                kind = option[1].name
        path = path_of(name)
        st = os.stat(path) if follow else os.lstat(path)
        return (OK, (Atom("file_info"), st.st_size, _file_type(st.st_mode), _access(path),
                     _time_term(st.st_atime, kind), _time_term(st.st_mtime, kind),
                     _time_term(st.st_ctime, kind), st.st_mode, st.st_nlink,
                     st.st_dev, 0, st.st_ino, st.st_uid, st.st_gid))
    return _attempt(action)


@bif("file", "read_file_info", 1)
def read_file_info(name: Any) -> Any:
    return _file_info(name, NIL, True)


@bif("file", "read_file_info", 2)
def read_file_info_2(name: Any, options: Any) -> Any:
    return _file_info(name, options, True)


@bif("file", "read_link_info", 1)
def read_link_info(name: Any) -> Any:
    return _file_info(name, NIL, False)


@bif("file", "read_link_info", 2)
def read_link_info_2(name: Any, options: Any) -> Any:
    return _file_info(name, options, False)


@bif("file", "read_link", 1)
def read_link(name: Any) -> Any:
    return _attempt(lambda: (OK, name_result(os.readlink(path_of(name)))))


@bif("file", "read_link_all", 1)
def read_link_all(name: Any) -> Any:
    return read_link(name)


@bif("file", "make_symlink", 2, process=True)
def make_symlink(proc, target: Any, name: Any) -> Any:
    return _attempt(lambda: os.symlink(path_of(target), writable_path(proc, name)) or OK)


@bif("file", "make_link", 2, process=True)
def make_link(proc, target: Any, name: Any) -> Any:
    return _attempt(lambda: os.link(path_of(target), writable_path(proc, name)) or OK)


@bif("file", "change_mode", 2, process=True)
def change_mode(proc, name: Any, mode: Any) -> Any:
    if type(mode) is not int:
        return error_tuple(BADARG)
    return _attempt(lambda: os.chmod(writable_path(proc, name), mode) or OK)


@bif("file", "format_error", 1)
def format_error(reason: Any) -> Any:
    """The text OTP gives for the common posix reasons; others as ~w."""
    if type(reason) is Atom:
        text = _POSIX_TEXT.get(reason.name)
        if text is None:
            text = "unknown POSIX error: " + reason.name
        return codes_to_list(text)
    if type(reason) is tuple and len(reason) == 3:
        from beamish.stdlib.printer import write_term
        return codes_to_list(write_term(reason))
    raise badarg()


_POSIX_TEXT = {
    "eacces": "permission denied", "eexist": "file already exists",
    "enoent": "no such file or directory", "enotdir": "not a directory",
    "eisdir": "illegal operation on a directory", "enotempty": "directory not empty",
    "eperm": "not owner", "ebadf": "bad file number", "einval": "invalid argument",
    "enospc": "no space left on device", "erofs": "read-only file system",
    "badarg": "bad argument", "terminated": "the file server process is terminated",
}
