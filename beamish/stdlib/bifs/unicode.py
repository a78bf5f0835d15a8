"""The ``unicode`` module of Erlang/OTP 25 (stdlib-4.2): conversions between
character data in its encodings, and Unicode normalization.

Why Python: conversion is a byte-level scan that CPython's codecs do in C, and
normalization needs the Unicode database (``unicodedata``); in Erlang both
would be long interpreted loops over large tables.

OTP converts by two different engines, and their error results differ in
shape, so beamish keeps both (see the notes).

Notes
 1. "C engine": characters_to_binary/1,2 and characters_to_list/1,2 with input
    latin1, unicode or utf8 (and characters_to_binary/3 to utf8). These are BIFs
    in erts. A bad element *anywhere* in the data (atom, float, bitstring,
    non-list tail) is badarg, even after an invalid character. An invalid code
    point or byte gives ``{error, Done, Rest}``: Rest starts at the bad item,
    as ``[Rest | Tail]`` at each enclosing list level (a bad integer keeps its
    list cell, a bad binary becomes its suffix).
 2. The C engine carries the last bytes of a binary into the next binary when
    they start with a lead byte (C0..F7) and are fewer than it announces,
    without looking at them further. While the next binaries are too short to
    finish the character, their bytes are appended unchecked; once enough
    bytes arrive the character is checked as a whole. If it is bad, or an integer comes first, Rest is
    ``[Pending, RestHere]`` with RestHere the rest from the item reached.
    At the end of the data a pending sequence is ``incomplete`` if it could
    still become a character (lead byte C0..F7 and continuation bytes only),
    otherwise ``error``; either way Rest is the pending bytes.
    characters_to_binary (not _list) converts ``[Binary]`` as ``Binary``, so
    its Rest is then a bare binary.
    Results are those of an uninterrupted BIF call: OTP's BIF may yield part
    way when the calling process is low on reductions, which reshapes Rest.
 3. "Erlang engine": any conversion involving utf16, utf32, or latin1 output
    is stdlib's ``unicode:ml_map/3``. A bad integer gives Rest ``[[Int] | T]``;
    a pending sequence is completed by taking exactly the missing bytes from
    the next binary (the rest of that binary then follows as a separate
    item); binaries over 8192 bytes are processed in 8192-byte pieces, which
    shows in Rest. Elements after the first error are not examined.
 4. Whether the end of a binary is ``incomplete`` or an ``error`` follows
    stdlib's ``cbv/2`` for that engine, which looks only at the leading bytes
    and not at overlong forms or surrogates; utf32 input converted to latin1
    is badarg when a binary decodes at least one character and then ends
    incomplete (a case_clause inside stdlib, kept for fidelity).
 5. characters_to_binary/3 returns its argument untouched when no conversion
    is needed: a binary from latin1 to latin1, or a 7-bit binary between
    latin1 and utf8.
 6. Normalization (characters_to_nf*_list/binary) follows unicode_util: each
    binary must be complete UTF-8 on its own; list elements are passed
    through unchecked by the _list forms (the _binary forms then fail with
    badarg). Its error Rest is ``[BinRest, T_d, ..., T_1 | T_0]``: the tails
    of the inner lists as elements (empty ones left out) in front of the
    outermost tail, or just BinRest when all are empty. unicode_util looks
    ahead while it groups graphemes, and near an error that lookahead can
    reshape (even duplicate) the Rest or turn it into badarg; beamish does
    not reproduce those shapes.
"""
from __future__ import annotations

import unicodedata
from typing import Any

from beamish.vm.bif_registry import bif
from beamish.vm.errors import ErlangError, badarg
from beamish.vm.terms import FALSE, NIL, TRUE, Atom, BitString
from beamish.stdlib.bifs.erlang import codes_to_list

LATIN1 = Atom("latin1")
UNICODE = Atom("unicode")
UTF8 = Atom("utf8")
UTF16 = Atom("utf16")
UTF32 = Atom("utf32")
BIG = Atom("big")
LITTLE = Atom("little")
ERROR = Atom("error")
INCOMPLETE = Atom("incomplete")
FUNCTION_CLAUSE = Atom("function_clause")

#: Python codec of each encoding name (utf16/utf32 alone are big-endian).
_CODECS = {"latin1": "latin-1", "utf8": "utf-8", "utf16be": "utf-16-be",
           "utf16le": "utf-16-le", "utf32be": "utf-32-be", "utf32le": "utf-32-le"}

#: Binaries longer than this are converted in pieces by the Erlang engine (note 3).
_PIECE = 8192


def _encoding(term: Any) -> str:
    """The encoding key of an Erlang encoding term, or badarg."""
    if term is LATIN1:
        return "latin1"
    if term is UNICODE or term is UTF8:
        return "utf8"
    if term is UTF16:
        return "utf16be"
    if term is UTF32:
        return "utf32be"
    if type(term) is tuple and len(term) == 2 and (term[0] is UTF16 or term[0] is UTF32):
        if term[1] is BIG:
            return term[0].name + "be"
        if term[1] is LITTLE:
            return term[0].name + "le"
    raise badarg()


def _is_code_point(code: int) -> bool:
    return 0 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF


def _check_chardata(term: Any) -> None:
    """Badarg unless term is chardata in structure (any integers allowed)."""
    pending = [term]
    while pending:
        term = pending.pop()
        while type(term) is list:
            head = term[0]
            kind = type(head)
            if kind is list:
                pending.append(head)
            elif kind is not int and kind is not bytes and head is not NIL:
                raise badarg()
            term = term[1]
        if term is not NIL and type(term) is not bytes:
            raise badarg()


def _wrap(rest: Any, tails: list) -> Any:
    """Rest as seen from the top: ``[Rest | Tail]`` for each enclosing level."""
    for tail in reversed(tails):
        rest = [rest, tail]
    return rest


# ---------------------------------------------------------------- the C engine (notes 1, 2)


def _utf8_length(lead: int) -> int:
    """Bytes in a UTF-8 sequence by its lead byte as erts counts them; 0 if no lead."""
    if 0xC0 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF7:
        return 4
    return 0


def _could_continue(tail: bytes) -> bool:
    """True if tail is the start of a UTF-8 sequence cut short (note 2)."""
    need = _utf8_length(tail[0])
    return need > len(tail) and all(0x80 <= byte <= 0xBF for byte in tail[1:])


class _CError(Exception):
    """Stops the C engine with its result kind (error/incomplete) and Rest."""

    def __init__(self, kind: Atom, rest: Any):
        self.kind = kind
        self.rest = rest


def _c_convert(data: Any, latin1: bool, to_binary: bool) -> tuple[Atom | None, str, Any]:
    """(None | error | incomplete, text converted, rest) by the C engine."""
    if to_binary and type(data) is list and data[1] is NIL and type(data[0]) is bytes:
        data = data[0]  # erts converts [Binary] as Binary (note 2)
    kind = type(data)
    if kind is bytes:
        if latin1:
            return None, data.decode("latin-1"), None
        try:
            return None, data.decode("utf-8"), None
        except UnicodeDecodeError:
            pass
    elif kind is not list and data is not NIL:
        raise badarg()
    chunks: list[str] = []
    tails: list = []
    pending = b""
    limit = 255 if latin1 else 0x10FFFF

    def convert_binary(binary: bytes, cell: Any) -> None:
        """Convert one binary; ``cell`` is its list cell, None for a tail binary."""
        nonlocal pending
        start = 0
        if pending:
            missing = _utf8_length(pending[0]) - len(pending)
            if len(binary) < missing:
                pending += binary
                return
            try:
                chunks.append((pending + binary[:missing]).decode("utf-8"))
            except UnicodeDecodeError:
                raise _CError(ERROR, [pending, [_wrap(binary if cell is None else cell, tails), NIL]])
            pending = b""
            start = missing
        if latin1:
            chunks.append(binary[start:].decode("latin-1"))
            return
        try:
            chunks.append(binary[start:].decode("utf-8"))
            return
        except UnicodeDecodeError as failure:
            bad = start + failure.start
        chunks.append(binary[start:bad].decode("utf-8"))
        tail = binary[bad:]
        if len(tail) < _utf8_length(tail[0]):
            pending = tail
            return
        raise _CError(ERROR, _wrap(tail if cell is None else [tail, cell[1]], tails))

    term = data
    try:
        while True:
            if type(term) is list:
                head = term[0]
                head_kind = type(head)
                if head_kind is int:
                    if pending:
                        raise _CError(ERROR, [pending, [_wrap(term, tails), NIL]])
                    run = []
                    while True:
                        if not (0 <= head <= limit) or (not latin1 and 0xD800 <= head <= 0xDFFF):
                            chunks.append("".join(run))
                            raise _CError(ERROR, _wrap(term, tails))
                        run.append(chr(head))
                        term = term[1]
                        if type(term) is not list or type(term[0]) is not int:
                            break
                        head = term[0]
                    chunks.append("".join(run))
                elif head_kind is bytes:
                    convert_binary(head, term)
                    term = term[1]
                elif head_kind is list or head is NIL:
                    tails.append(term[1])
                    term = head
                else:
                    raise badarg()
            elif term is NIL:
                if not tails:
                    break
                term = tails.pop()
            elif type(term) is bytes:
                convert_binary(term, None)
                term = NIL
            else:
                raise badarg()
        if pending:
            raise _CError(INCOMPLETE if _could_continue(pending) else ERROR, pending)
    except _CError as stop:
        _check_chardata(data)
        return stop.kind, "".join(chunks), stop.rest
    return None, "".join(chunks), None


# ---------------------------------------------------------------- the Erlang engine (notes 3, 4)


def _cbv(encoding: str, tail: bytes) -> int:
    """Bytes still missing if ``tail`` may start a character, else 0 (stdlib's cbv/2)."""
    size = len(tail)
    if encoding == "utf8":
        lead = tail[0]
        continuation = all(0x80 <= b <= 0xBF for b in tail[1:])
        if lead >> 5 == 0b110:
            return 1 if size == 1 else 0
        if lead >> 4 == 0b1110:
            return 3 - size if size <= 2 and continuation else 0
        if lead >> 3 == 0b11110:
            return 4 - size if size <= 3 and continuation else 0
        return 0
    if encoding == "utf16be":
        if size == 1:
            return 1 if tail[0] <= 215 or tail[0] >= 224 else (3 if tail[0] >> 2 == 54 else 0)
        if tail[0] >> 2 != 54:
            return 0
        if size == 2:
            return 2
        return 1 if size == 3 and tail[2] >> 2 == 55 else 0
    if encoding == "utf16le":
        if size == 1:
            return 1
        if tail[1] >> 2 != 54:
            return 0
        return 2 if size == 2 else (1 if size == 3 else 0)
    if encoding == "utf32be":
        if tail[0] != 0:
            return 0
        if size == 1:
            return 3
        if tail[1] > 16:
            return 0
        if size == 2:
            return 2
        return 1 if size == 3 and (tail[1] > 0 or tail[2] <= 215 or tail[2] >= 224) else 0
    # utf32le
    if size <= 2:
        return 4 - size
    if size == 3:
        if tail[1] == 255 and tail[2] == 0 and tail[0] in (254, 255):
            return 0
        return 1 if tail[2] <= 16 and (tail[2] > 0 or tail[1] <= 215 or tail[1] >= 224) else 0
    return 0


def _decode_units(part: bytes, encoding: str) -> tuple[list[int], int]:
    """Code points decoded from the front of part as the bit syntax would, and
    the byte offset where decoding stopped."""
    try:
        # Python's codecs accept exactly what the bit syntax accepts
        return [ord(char) for char in part.decode(_CODECS[encoding])], len(part)
    except UnicodeDecodeError:
        pass
    codes = []
    size = len(part)
    position = 0
    big = encoding.endswith("be")
    if encoding.startswith("utf16"):
        def unit(at):
            return (part[at] << 8 | part[at + 1]) if big else (part[at + 1] << 8 | part[at])
        while position + 2 <= size:
            first = unit(position)
            if first < 0xD800 or first > 0xDFFF:
                codes.append(first)
                position += 2
            elif first <= 0xDBFF and position + 4 <= size and 0xDC00 <= unit(position + 2) <= 0xDFFF:
                codes.append(0x10000 + ((first - 0xD800) << 10) + (unit(position + 2) - 0xDC00))
                position += 4
            else:
                break
    else:
        order = "big" if big else "little"
        while position + 4 <= size:
            code = int.from_bytes(part[position:position + 4], order)
            if not _is_code_point(code):
                break
            codes.append(code)
            position += 4
    return codes, position


def _erl_decode(part: bytes, encoding: str, latin1_only: bool):
    """stdlib's i_trans/i_trans_chk on one binary.

    Returns (text, None | error | incomplete, rest bytes, missing count).
    """
    if encoding == "latin1":
        return part.decode("latin-1"), None, None, 0
    if encoding == "utf8":
        try:
            text = part.decode("utf-8")
            stop = len(part)
        except UnicodeDecodeError as failure:
            stop = failure.start
            text = part[:stop].decode("utf-8")
        if latin1_only and text and max(text) > "\xff":
            for index, char in enumerate(text):
                if ord(char) > 255:
                    return text[:index], ERROR, part[len(text[:index].encode("utf-8")):], 0
    else:
        codes, stop = _decode_units(part, encoding)
        if latin1_only:
            unit = 2 if encoding.startswith("utf16") else 4
            for index, code in enumerate(codes):
                if code > 255:
                    # each code below 256 took exactly one unit
                    return "".join(map(chr, codes[:index])), ERROR, part[index * unit:], 0
        text = "".join(map(chr, codes))
    if stop == len(part):
        return text, None, None, 0
    tail = part[stop:]
    missing = _cbv(encoding, tail)
    if not missing:
        return text, ERROR, tail, 0
    if latin1_only and encoding.startswith("utf32") and text:
        raise badarg()  # note 4
    return text, INCOMPLETE, tail, missing


def _erl_convert(data: Any, in_encoding: str, out_encoding: str) -> tuple[Atom | None, bytes, Any]:
    """stdlib's ml_map/3 conversion: (None | error | incomplete, bytes out, rest)."""
    latin1_out = out_encoding == "latin1"
    limit = 255 if latin1_out or in_encoding == "latin1" else 0x10FFFF
    codec = _CODECS[out_encoding]
    output = bytearray()
    tails: list = []
    pending: bytes | None = None   # incomplete bytes carried to the next binary
    missing = 0

    def convert_binary(binary: bytes):
        """Fun(Part, Accum) for a binary: None when done, else the (kind, rest, missing)."""
        text, kind, rest, need = _erl_decode(binary, in_encoding, latin1_out)
        output.extend(text.encode(codec))
        return None if kind is None else (kind, rest, need)

    term = data
    while True:
        kind = type(term)
        if kind is list:
            head, tail = term
            head_kind = type(head)
            if head_kind is int:
                if pending is not None:
                    return ERROR, bytes(output), _wrap([pending, term], tails)
                if head <= limit:
                    if latin1_out:
                        if head < 0:
                            raise badarg()
                        output.append(head)
                    elif _is_code_point(head):
                        output.extend(chr(head).encode(codec))
                    else:
                        return ERROR, bytes(output), _wrap([[head, NIL], tail], tails)
                else:
                    return ERROR, bytes(output), _wrap([[head, NIL], tail], tails)
                term = tail
            elif head_kind is bytes:
                if pending is not None:
                    if len(head) >= missing:
                        term = [pending + head[:missing], [head[missing:], tail]]
                        pending = None
                    else:
                        pending += head
                        missing -= len(head)
                        term = tail
                elif len(head) > _PIECE:
                    term = [head[:_PIECE], [head[_PIECE:], tail]]
                else:
                    stopped = convert_binary(head)
                    if stopped is not None:
                        if stopped[0] is ERROR:
                            return ERROR, bytes(output), _wrap([stopped[1], tail], tails)
                        pending, missing = stopped[1], stopped[2]
                    term = tail
            elif head_kind is list or head is NIL:
                tails.append(tail)
                term = head
            else:
                raise badarg()
        elif term is NIL:
            if not tails:
                break
            term = tails.pop()
        elif kind is bytes:
            if pending is not None:
                if len(term) >= missing:
                    term = [pending, [term, NIL]]
                    pending = None
                else:
                    pending += term
                    missing -= len(term)
                    term = NIL
            elif len(term) > _PIECE:
                term = [term[:_PIECE], [term[_PIECE:], NIL]]
            else:
                stopped = convert_binary(term)
                if stopped is not None:
                    if stopped[0] is ERROR:
                        return ERROR, bytes(output), _wrap(stopped[1], tails)
                    pending, missing = stopped[1], stopped[2]
                term = NIL
        else:
            raise badarg()
    if pending is not None:
        return INCOMPLETE, bytes(output), pending
    return None, bytes(output), None


# ---------------------------------------------------------------- characters_to_binary / list


def _c_result(kind: Atom | None, text: str, rest: Any, as_list: bool) -> Any:
    converted = codes_to_list(text) if as_list else text.encode("utf-8")
    return converted if kind is None else (kind, converted, rest)


def _to_binary(data: Any, in_encoding: str, out_encoding: str) -> Any:
    if in_encoding in ("latin1", "utf8") and out_encoding == "utf8":
        return _c_result(*_c_convert(data, in_encoding == "latin1", True), as_list=False)
    kind, converted, rest = _erl_convert(data, in_encoding, out_encoding)
    return converted if kind is None else (kind, converted, rest)


def _to_list(data: Any, in_encoding: str) -> Any:
    if in_encoding in ("latin1", "utf8"):
        return _c_result(*_c_convert(data, in_encoding == "latin1", False), as_list=True)
    kind, converted, rest = _erl_convert(data, in_encoding, "utf8")
    codes = codes_to_list(converted.decode("utf-8"))
    return codes if kind is None else (kind, codes, rest)


@bif("unicode", "characters_to_binary", 1)
def characters_to_binary(data: Any) -> Any:
    return _to_binary(data, "utf8", "utf8")


@bif("unicode", "characters_to_binary", 2)
def characters_to_binary_2(data: Any, in_encoding: Any) -> Any:
    return _to_binary(data, _encoding(in_encoding), "utf8")


@bif("unicode", "characters_to_binary", 3)
def characters_to_binary_3(data: Any, in_encoding: Any, out_encoding: Any) -> Any:
    """Conversion between any two encodings; a no-op when none is needed (note 5)."""
    source, target = _encoding(in_encoding), _encoding(out_encoding)
    if type(data) is bytes:
        if in_encoding is LATIN1 and out_encoding is LATIN1:
            return data
        if {source, target} == {"latin1", "utf8"} and data.isascii():
            return data
    return _to_binary(data, source, target)


@bif("unicode", "characters_to_list", 1)
def characters_to_list(data: Any) -> Any:
    return _to_list(data, "utf8")


@bif("unicode", "characters_to_list", 2)
def characters_to_list_2(data: Any, in_encoding: Any) -> Any:
    return _to_list(data, _encoding(in_encoding))


@bif("unicode", "bin_is_7bit", 1)
def bin_is_7bit(data: Any) -> Atom:
    """Exported by OTP's unicode for its own use: is data a binary of ASCII only?"""
    return TRUE if type(data) is bytes and data.isascii() else FALSE


# ---------------------------------------------------------------- byte order marks


_BOMS = [
    (b"\xef\xbb\xbf", UTF8),
    (b"\x00\x00\xfe\xff", (UTF32, BIG)),
    (b"\xff\xfe\x00\x00", (UTF32, LITTLE)),
    (b"\xfe\xff", (UTF16, BIG)),
    (b"\xff\xfe", (UTF16, LITTLE)),
]


@bif("unicode", "bom_to_encoding", 1)
def bom_to_encoding(data: Any) -> tuple:
    if type(data) is not bytes:
        raise ErlangError(FUNCTION_CLAUSE)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return (encoding, len(bom))
    return (LATIN1, 0)


@bif("unicode", "encoding_to_bom", 1)
def encoding_to_bom(encoding: Any) -> bytes:
    if encoding is LATIN1:
        return b""
    try:
        key = _encoding(encoding)
    except ErlangError:
        raise ErlangError(FUNCTION_CLAUSE) from None
    return "\ufeff".encode(_CODECS[key])


# ---------------------------------------------------------------- normalization (note 6)


def _normalization_items(data: Any) -> tuple[list, Any]:
    """The characters of chardata as unicode_util reads them, and the error Rest.

    Items are Python str runs, or list elements that are not characters
    (passed through untouched). Rest is None when all the data was read.
    """
    items: list = []
    tails: list = []

    def read_binary(binary: bytes, tail: Any) -> Any:
        try:
            items.append(binary.decode("utf-8"))
            return None
        except UnicodeDecodeError as failure:
            items.append(binary[:failure.start].decode("utf-8"))
            rest = tails[0] if tails else tail
            for inner in (tails[1:] + [tail]) if tails else []:
                if inner is not NIL:
                    rest = [inner, rest]
            bad = binary[failure.start:]
            return bad if rest is NIL else [bad, rest]

    term = data
    if type(term) is not list and term is not NIL and type(term) is not bytes:
        raise badarg()
    while True:
        if type(term) is list:
            head, tail = term
            head_kind = type(head)
            if head_kind is int and 0 <= head <= 0x10FFFF:
                items.append(chr(head))
            elif head_kind is bytes:
                rest = read_binary(head, tail)
                if rest is not None:
                    return items, rest
            elif head_kind is list or head is NIL:
                tails.append(tail)
                term = head
                continue
            elif head_kind is BitString:
                raise badarg()
            else:
                items.append(head)
            term = tail
        elif term is NIL:
            if not tails:
                return items, None
            term = tails.pop()
        elif type(term) is bytes:
            rest = read_binary(term, NIL)
            if rest is not None:
                return items, rest
            term = NIL
        else:
            raise badarg()


def _normalize(form: str, data: Any, as_binary: bool) -> Any:
    items, rest = _normalization_items(data)
    runs: list = []
    for item in items:
        if type(item) is str and runs and type(runs[-1]) is str:
            runs[-1] += item
        else:
            runs.append(item)
    if as_binary:
        for run in runs:
            if type(run) is not str or any(0xD800 <= ord(char) <= 0xDFFF for char in run):
                raise badarg()
        converted: Any = "".join(unicodedata.normalize(form, run) for run in runs).encode("utf-8")
    else:
        out = []
        for run in runs:
            if type(run) is str:
                out.extend(map(ord, unicodedata.normalize(form, run)))
            else:
                out.append(run)
        converted = NIL
        for code in reversed(out):
            converted = [code, converted]
    return converted if rest is None else (ERROR, converted, rest)


@bif("unicode", "characters_to_nfc_list", 1)
def characters_to_nfc_list(data: Any) -> Any:
    return _normalize("NFC", data, False)


@bif("unicode", "characters_to_nfd_list", 1)
def characters_to_nfd_list(data: Any) -> Any:
    return _normalize("NFD", data, False)


@bif("unicode", "characters_to_nfkc_list", 1)
def characters_to_nfkc_list(data: Any) -> Any:
    return _normalize("NFKC", data, False)


@bif("unicode", "characters_to_nfkd_list", 1)
def characters_to_nfkd_list(data: Any) -> Any:
    return _normalize("NFKD", data, False)


@bif("unicode", "characters_to_nfc_binary", 1)
def characters_to_nfc_binary(data: Any) -> Any:
    return _normalize("NFC", data, True)


@bif("unicode", "characters_to_nfd_binary", 1)
def characters_to_nfd_binary(data: Any) -> Any:
    return _normalize("NFD", data, True)


@bif("unicode", "characters_to_nfkc_binary", 1)
def characters_to_nfkc_binary(data: Any) -> Any:
    return _normalize("NFKC", data, True)


@bif("unicode", "characters_to_nfkd_binary", 1)
def characters_to_nfkd_binary(data: Any) -> Any:
    return _normalize("NFKD", data, True)
