"""file:consult/1 and file:path_consult/2, and the forms file:script reads.

Why Python: reading a file of terms is scanning and parsing, which the
erl_scan and erl_parse BIFs already do; no Erlang code is called. The rest of
``file`` lives in bifs/file.py; file:script/eval (which evaluate, so are
Erlang) are in stdlib/erl/file.erl and get their forms from
file_consult:forms/1 here.

Notes (checked against file of OTP 25):
 1. Forms are read one after the other, each starting at the line where the
    previous one ended; the first bad form stops the reading, and its error
    is {error,{Line,Module,Info}} (erl_scan's EndLoc is dropped).
 2. The text is UTF-8; other bytes give
    {error,{Line,file_io_server,invalid_unicode}}, Line being the line of the
    first bad byte (OTP's io server may name an earlier line: it reports
    where its read request stood). A "coding:" comment is not read.
 3. A file that cannot be read gives {error,Posix}; a directory gives
    enoent, as OTP's file:consult answers.
 4. path_consult/2 tries each directory in order and goes on only past
    enoent; an absolute name is tried on its own.
"""
from __future__ import annotations

import errno
import os
from typing import Any

from beamish.stdlib.bifs.erl_parse import parse_term, parse_exprs
from beamish.stdlib.bifs.erl_scan import next_form
from beamish.stdlib.bifs.misc import name_text
from beamish.vm.bif_registry import bif
from beamish.vm.errors import ErlangError
from beamish.vm.terms import Atom, NIL, OK, make_string

ERROR = Atom("error")
EOF = Atom("eof")
ENOENT = Atom("enoent")


class _Unreadable(Exception):
    def __init__(self, reason: Atom) -> None:
        super().__init__(reason)
        self.reason = reason


class _BadEncoding(Exception):
    """The file is not UTF-8: {error,{Line,file_io_server,invalid_unicode}} (note 2)."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.error = (ERROR, (line, Atom("file_io_server"), Atom("invalid_unicode")))


def _file_name(name: Any) -> str:
    try:
        return name_text(name)[0]
    except ErlangError:
        raise _Unreadable(Atom("badarg")) from None


def _read_text(path: str) -> str:
    """The file's text; _Unreadable with the posix reason (note 3), _BadEncoding (note 2)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except IsADirectoryError:
        raise _Unreadable(ENOENT) from None
    except OSError as error:
        raise _Unreadable(Atom(errno.errorcode.get(error.errno or 0, "eio").lower())) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as bad:
        raise _BadEncoding(data.count(b"\n", 0, bad.start) + 1) from None


def _forms(text: str) -> tuple[list, Any]:
    """([(end line, scan result)] in order, line at the end) (note 1).

    Stops after the first form that does not scan; the end line is then None.
    """
    results = []
    pos, line = 0, 1
    while pos is not None:
        result, pos = next_form(text, pos, line, True)
        if result[0] is EOF:
            return results, result[1]
        results.append((result[-1], result))
        if result[0] is ERROR:
            return results, None
        line = result[-1]
    return results, line


def _error_term(error: tuple) -> tuple:
    """{error,{Line,Mod,Info}} from a scan or parse error (note 1)."""
    return (ERROR, error[1])


def consult_text(text: str) -> Any:
    """{ok,Terms} or {error,{Line,Mod,Info}}."""
    terms = []
    for _, result in _forms(text)[0]:
        if result[0] is ERROR:
            return _error_term(result)
        parsed = parse_term(result[1])
        if parsed[0] is ERROR:
            return parsed
        terms.append(parsed[1])
    out = NIL
    for term in reversed(terms):
        out = [term, out]
    return (OK, out)


@bif("file", "consult", 1)
def consult(name):
    try:
        return consult_text(_read_text(_file_name(name)))
    except _Unreadable as unreadable:
        return (ERROR, unreadable.reason)
    except _BadEncoding as bad:
        return bad.error


def _candidates(dirs: Any, name: str) -> list[str]:
    if os.path.isabs(name):
        return [name]
    paths = []
    while type(dirs) is list:
        directory, dirs = dirs
        try:
            paths.append(os.path.join(_file_name(directory), name))
        except _Unreadable:
            continue
    return paths


@bif("file", "path_consult", 2)
def path_consult(dirs, name):
    try:
        file_name = _file_name(name)
    except _Unreadable as unreadable:
        return (ERROR, unreadable.reason)
    for path in _candidates(dirs, file_name):
        try:
            text = _read_text(path)
        except _Unreadable as unreadable:
            if unreadable.reason is ENOENT:
                continue
            return (ERROR, unreadable.reason)
        except _BadEncoding as bad:
            return bad.error
        result = consult_text(text)
        if result[0] is ERROR:
            return result
        return (OK, result[1], make_string(path))
    return (ERROR, ENOENT)


@bif("file_consult", "forms", 1)
def forms(name):
    """{ok,{Forms,EndLine}} or {error,Posix}, for file:script.

    Forms are [{FormEndLine, {ok,Exprs} | {error,ErrorInfo}}], up to the first error.
    """
    try:
        text = _read_text(_file_name(name))
    except _Unreadable as unreadable:
        return (ERROR, unreadable.reason)
    except _BadEncoding as bad:
        return bad.error
    return (OK, _script_forms(text))


@bif("file_consult", "path_forms", 2)
def path_forms(dirs, name):
    """{ok,{Forms,EndLine},FullName} from the first directory holding ``name``, or {error,Posix}."""
    try:
        file_name = _file_name(name)
    except _Unreadable as unreadable:
        return (ERROR, unreadable.reason)
    for path in _candidates(dirs, file_name):
        try:
            text = _read_text(path)
        except _Unreadable as unreadable:
            if unreadable.reason is ENOENT:
                continue
            return (ERROR, unreadable.reason)
        except _BadEncoding as bad:
            return bad.error
        return (OK, _script_forms(text), make_string(path))
    return (ERROR, ENOENT)


def _script_forms(text: str) -> tuple:
    """{Forms, EndLine}: Forms as forms/1 describes them, EndLine where the text ended."""
    items = []
    scanned, end_line = _forms(text)
    for form_end_line, result in scanned:
        if result[0] is ERROR:
            items.append((form_end_line, _error_term(result)))
            break
        parsed = parse_exprs(result[1])
        items.append((form_end_line, parsed))
        if parsed[0] is ERROR:
            break
    out = NIL
    for item in reversed(items):
        out = [item, out]
    return (out, end_line if end_line is not None else Atom("undefined"))
