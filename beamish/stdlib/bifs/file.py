"""The file module's calls that programs use to put files on disk (OTP 25's
file module, which goes through a file server; here straight to the OS)."""
from __future__ import annotations

import errno

from ...vm.bif_registry import bif
from ...vm.errors import ErlangError, BADARG
from ...vm.terms import Atom
from .erlang import iolist_to_bytes
from .io import chardata_to_str

OK = Atom("ok")
ERROR = Atom("error")


def _filename(term) -> str:
    if type(term) is Atom:
        return term.name
    if type(term) is bytes:
        return term.decode("utf-8", errors="replace")
    try:
        return chardata_to_str(term)
    except ErlangError:
        raise ErlangError(BADARG) from None


def _posix(error: OSError) -> Atom:
    """The POSIX error name OTP reports ({error, enoent} and so on)."""
    name = errno.errorcode.get(error.errno or 0, "eio")
    return Atom(name.lower())


@bif("file", "write_file", 2)
def write_file(filename, data):
    path = _filename(filename)
    content = iolist_to_bytes(data)
    try:
        with open(path, "wb") as f:
            f.write(content)
    except OSError as e:
        return (ERROR, _posix(e))
    return OK
