"""Small pure functions of ``filename`` and ``io_lib`` that programs call directly.

Why Python: they are character scans over short strings with no calls back
into Erlang, and the VM can run them without loading those modules' Erlang
code. absname/1 and basedir/2,3 also read the working directory and the
environment. Results follow filename.erl and io_lib.erl of Erlang/OTP 25 on Unix.

Notes
 1. A filename is a string (possibly deep, atoms allowed inside), an atom or
    a binary. The result is a binary when the (first) argument is one, and a
    flat list otherwise; join/2 gives a binary if either part is one.
 2. basename/1, dirname/1 and rootname/1 follow OTP's scanning rules, quirks
    included: basename("a//b//") is [] (only one trailing slash is ignored),
    rootname(".bashrc") is [] while extension(".bashrc") is [].
 3. io_lib:printable_list/1 is the Latin-1 test, as with the default
    ``+pc latin1`` emulator flag.
"""
from __future__ import annotations

import os
from typing import Any

from beamish.vm.bif_registry import bif
from beamish.vm.errors import ErlangError, badarg
from beamish.vm.terms import Atom, NIL, TRUE, FALSE, map_key

from beamish.stdlib.bifs.erlang import build_list, codes_to_list

FUNCTION_CLAUSE = Atom("function_clause")


def function_clause() -> ErlangError:
    return ErlangError(FUNCTION_CLAUSE)


# ---------------------------------------------------------------- filenames


def name_text(term: Any) -> tuple[str, bool]:
    """(text, was it a binary) of a filename argument (note 1)."""
    if type(term) is bytes:
        return term.decode("utf-8", "surrogateescape"), True
    if type(term) is Atom:
        return term.name, False
    if type(term) is not list and term is not NIL:
        raise function_clause()
    chars = []
    pending = [term]
    while pending:
        term = pending.pop()
        while type(term) is list:
            head, term = term
            if type(head) is int and 0 <= head <= 0x10FFFF:
                chars.append(chr(head))
            elif type(head) is list or head is NIL:
                pending.append(term)
                term = head
            elif type(head) is Atom:
                chars.append(head.name)
            else:
                raise function_clause()
        if term is not NIL:
            raise function_clause()
    return "".join(chars), False


def name_term(text: str, binary: bool) -> Any:
    if binary:
        try:
            return text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            raise badarg() from None
    return codes_to_list(text)


def _basename(text: str) -> str:
    tail: list = []
    last = len(text) - 1
    for index, ch in enumerate(text):
        if ch == "/":
            if index == last:
                break
            tail = []
        else:
            tail.append(ch)
    return "".join(tail)


@bif("filename", "basename", 1)
def basename(name: Any) -> Any:
    text, binary = name_text(name)
    return name_term(_basename(text), binary)


@bif("filename", "basename", 2)
def basename_2(name: Any, extension: Any) -> Any:
    """Basename with ``extension`` dropped if the name ends in it."""
    text, binary = name_text(name)
    ext, ext_binary = name_text(extension)
    tail: list = []
    index = 0
    while index < len(text):
        if text[index:] == ext:
            break
        ch = text[index]
        if ch == "/":
            if index != len(text) - 1:
                tail = []
        else:
            tail.append(ch)
        index += 1
    return name_term("".join(tail), binary or ext_binary)


@bif("filename", "dirname", 1)
def dirname(name: Any) -> Any:
    text, binary = name_text(name)
    cut = text.rfind("/")
    if cut < 0:
        return name_term(".", binary)
    directory = text[:cut].rstrip("/")
    if not directory:
        return name_term("/" if text.startswith("/") else ".", binary)
    return name_term(directory, binary)


@bif("filename", "extension", 1)
def extension(name: Any) -> Any:
    text, binary = name_text(name)
    last_part = text[text.rfind("/") + 1:]
    dot = last_part.rfind(".")
    return name_term(last_part[dot:] if dot > 0 else "", binary)


@bif("filename", "rootname", 1)
def rootname(name: Any) -> Any:
    text, binary = name_text(name)
    slash = text.rfind("/")
    dot = text.rfind(".")
    return name_term(text[:dot] if dot > slash else text, binary)


@bif("filename", "rootname", 2)
def rootname_2(name: Any, extension: Any) -> Any:
    text, binary = name_text(name)
    ext, _ = name_text(extension)
    if ext and text.endswith(ext):
        text = text[:-len(ext)]
    return name_term(text, binary)


def _normalize(text: str) -> str:
    """Collapse repeated slashes, drop inner "." components ("a/./b" is
    "a/b", a leading "./" and a final "/." stay) and a trailing slash."""
    while "//" in text:
        text = text.replace("//", "/")
    while "/./" in text:
        text = text.replace("/./", "/")
    if len(text) > 1 and text.endswith("/"):
        text = text[:-1]
    return text


@bif("filename", "join", 2)
def join_2(first: Any, second: Any) -> Any:
    head, head_binary = name_text(first)
    rest, rest_binary = name_text(second)
    joined = rest if rest.startswith("/") else head + "/" + rest
    return name_term(_normalize(joined), head_binary or rest_binary)


@bif("filename", "join", 1)
def join(parts: Any) -> Any:
    items = []
    while type(parts) is list:
        items.append(parts[0])
        parts = parts[1]
    if parts is not NIL or not items:
        raise function_clause()
    result = items[0]
    if len(items) == 1:
        text, binary = name_text(result)
        return name_term(_normalize(text), binary)
    for item in items[1:]:
        result = join_2(result, item)
    return result


@bif("filename", "split", 1)
def split(name: Any) -> Any:
    text, binary = name_text(name)
    parts = ["/"] if text.startswith("/") else []
    parts.extend(part for part in text.split("/") if part)
    return build_list([name_term(part, binary) for part in parts])


@bif("filename", "pathtype", 1)
def pathtype(name: Any) -> Atom:
    text, _binary = name_text(name)
    return Atom("absolute") if text.startswith("/") else Atom("relative")


@bif("filename", "nativename", 1)
def nativename(name: Any) -> Any:
    text, binary = name_text(name)
    return name_term(_normalize(text), binary)


@bif("filename", "absname_join", 2)
def absname_join(base: Any, name: Any) -> Any:
    return join_2(base, name)


@bif("filename", "absname", 2)
def absname_2(name: Any, base: Any) -> Any:
    if pathtype(name) is Atom("absolute"):
        return join(build_list([name]))
    return join_2(base, name)


@bif("filename", "absname", 1)
def absname(name: Any) -> Any:
    return absname_2(name, codes_to_list(os.getcwd()))


@bif("filename", "append", 2)
def append(directory: Any, name: Any) -> Any:
    head, head_binary = name_text(directory)
    rest, rest_binary = name_text(name)
    return name_term(head + "/" + rest, head_binary or rest_binary)


@bif("filename", "flatten", 1)
def flatten(name: Any) -> Any:
    """A deep name made flat: atoms become characters, binaries stay as they are."""
    if type(name) is bytes:
        return name
    if type(name) is Atom:
        return codes_to_list(name.name)
    items: list = []
    pending = [name]
    while pending:
        term = pending.pop()
        while type(term) is list:
            head, term = term
            if type(head) is list or head is NIL:
                pending.append(term)
                term = head
            elif type(head) is Atom:
                items.extend(ord(ch) for ch in head.name)
            elif type(head) is int or type(head) is bytes:
                items.append(head)
            else:
                raise function_clause()
        if term is not NIL:
            raise function_clause()
    return build_list(items)


@bif("filename", "validate", 1)
def validate(name: Any) -> Atom:
    """A usable filename: not empty and without NUL characters."""
    text, _binary = name_text(name)
    return TRUE if text and "\0" not in text else FALSE


# basedir/2,3 on Linux: (environment variable, default under $HOME or list).
_USER_DIRS = {"user_cache": ("XDG_CACHE_HOME", ".cache"),
              "user_config": ("XDG_CONFIG_HOME", ".config"),
              "user_data": ("XDG_DATA_HOME", ".local/share"),
              "user_log": ("XDG_CACHE_HOME", ".cache")}
_SITE_DIRS = {"site_config": ("XDG_CONFIG_DIRS", "/etc/xdg"),
              "site_data": ("XDG_DATA_DIRS", "/usr/local/share:/usr/share")}


@bif("filename", "basedir", 2)
def basedir(kind: Any, application: Any) -> Any:
    return basedir_3(kind, application, {})


@bif("filename", "basedir", 3)
def basedir_3(kind: Any, application: Any, options: Any) -> Any:
    """XDG base directories as OTP 25 computes them on Linux (the ``os``
    option is not supported: other systems' layouts are not reproduced)."""
    app, binary = name_text(application)
    if type(options) is not dict:
        raise ErlangError(Atom("badarg"))
    version = options.get(map_key(Atom("version")))
    suffix = "/" + name_text(version)[0] if version is not None else ""
    name = kind.name if type(kind) is Atom else None
    if name in _USER_DIRS:
        variable, default = _USER_DIRS[name]
        base = os.environ.get(variable) or os.path.join(os.environ.get("HOME", ""), default)
        path = base + "/" + app + suffix + ("/log" if name == "user_log" else "")
        return name_term(path, binary)
    if name in _SITE_DIRS:
        variable, default = _SITE_DIRS[name]
        bases = (os.environ.get(variable) or default).split(":")
        return build_list([name_term(base + "/" + app + suffix, binary) for base in bases])
    raise ErlangError((Atom("case_clause"), kind))


# ---------------------------------------------------------------- io_lib

_CONTROL_ESCAPES = frozenset([8, 9, 10, 11, 12, 13, 27])


def _printable(term: Any, accept) -> Atom:
    while type(term) is list:
        code = term[0]
        if type(code) is not int or not (accept(code) or code in _CONTROL_ESCAPES):
            return FALSE
        term = term[1]
    return TRUE if term is NIL else FALSE


def _latin1(code: int) -> bool:
    return 32 <= code <= 126 or 160 <= code <= 255


def _unicode(code: int) -> bool:
    return (32 <= code <= 126 or 160 <= code < 0xD800 or 0xDFFF < code < 0xFFFE
            or 0xFFFF < code <= 0x10FFFF)


@bif("io_lib", "printable_list", 1)
def printable_list(term: Any) -> Atom:
    return _printable(term, _latin1)


@bif("io_lib", "printable_latin1_list", 1)
def printable_latin1_list(term: Any) -> Atom:
    return _printable(term, _latin1)


@bif("io_lib", "printable_unicode_list", 1)
def printable_unicode_list(term: Any) -> Atom:
    return _printable(term, _unicode)
