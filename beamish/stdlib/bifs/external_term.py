"""The external term format and term hashing of Erlang/OTP 25 (erts-13):
erlang:term_to_binary/1,2, binary_to_term/1,2, external_size/1,2,
phash2/1,2 and phash/2.

Why Python: these are byte-exact codecs and hash functions over the whole
term. Python's ``struct``, ``zlib`` and big integers do the byte work in C, and
the 32-bit arithmetic of erts' hashes is a few masked integer operations.
Every walk over a term uses an explicit stack, never Python recursion, so
deep or long terms cannot exhaust the Python stack.

Notes
 1. term_to_binary writes what OTP 25 writes by default (minor_version 1):
    latin1 atoms as ATOM_EXT, other atoms as (SMALL_)ATOM_UTF8_EXT (all atoms
    so with ``{minor_version, 2}``), floats as NEW_FLOAT_EXT (the 31-byte
    FLOAT_EXT text with ``{minor_version, 0}``), proper lists of bytes shorter
    than 65536 as STRING_EXT, and ``compressed`` output only when zlib makes
    it smaller.
 2. Map pairs are written in key order (integers before floats), which is
    exactly OTP's order for maps of up to 32 keys. OTP writes larger maps in
    the order of its internal hash trie, which depends on atom table indexes
    of the running VM; beamish writes them sorted too.
 3. Pids, ports and references are local to node ``nonode@nohost``,
    creation 0, as in a non-distributed OTP node. A reference's words are
    written in the reverse of the order beamish prints them (OTP prints
    ``#Ref<0.W2.W1.W0>``).
 4. ``fun M:F/A`` is EXPORT_EXT, byte-exact. A closure is written as
    NEW_FUN_EXT with an MD5 of its identity in place of the MD5 of the BEAM
    code; binary_to_term turns it back into a fun only in the VM that wrote it
    (the code is found again through that key), otherwise it is badarg.
 5. binary_to_term ignores bytes after the term (as OTP does), rejects maps
    with a repeated key, infinite or NaN floats, and bitstrings whose
    bit count is 0 or does not fit; ``safe`` refuses to create atoms.
 6. phash2 is erts' make_hash2 (Bob Jenkins' mix over 32-bit words) and
    phash is make_hash; both are checked against OTP on random terms. Atoms
    use the atom table's hashpjw hash of the name. A closure hashes its
    module, index and uniq as beamish numbers them (OTP uses the BEAM's).
"""
from __future__ import annotations

import hashlib
import math
import struct
import zlib
from typing import Any

from beamish.vm.bif_registry import bif
from beamish.vm.errors import badarg
from beamish.vm.terms import (
    NIL, Atom, BitString, Fun, MapKey, Pid, Port, Ref, map_key, sorted_map_keys, unmap_key,
)

VERSION = 131

SMALL_INTEGER_EXT = 97
INTEGER_EXT = 98
FLOAT_EXT = 99
ATOM_EXT = 100
REFERENCE_EXT = 101
PORT_EXT = 102
PID_EXT = 103
SMALL_TUPLE_EXT = 104
LARGE_TUPLE_EXT = 105
NIL_EXT = 106
STRING_EXT = 107
LIST_EXT = 108
BINARY_EXT = 109
SMALL_BIG_EXT = 110
LARGE_BIG_EXT = 111
NEW_FUN_EXT = 112
EXPORT_EXT = 113
NEW_REFERENCE_EXT = 114
SMALL_ATOM_EXT = 115
MAP_EXT = 116
FUN_EXT = 117
ATOM_UTF8_EXT = 118
SMALL_ATOM_UTF8_EXT = 119
V4_PORT_EXT = 120
NEW_FLOAT_EXT = 70
BIT_BINARY_EXT = 77
COMPRESSED = 80
NEW_PID_EXT = 88
NEW_PORT_EXT = 89
NEWER_REFERENCE_EXT = 90

COMPRESSED_ATOM = Atom("compressed")
MINOR_VERSION = Atom("minor_version")
DETERMINISTIC = Atom("deterministic")
SAFE = Atom("safe")
USED = Atom("used")
LOCAL_NODE = Atom("nonode@nohost")

_DOUBLE = struct.Struct(">d")
_U32 = struct.Struct(">I")
_I32 = struct.Struct(">i")
_U16 = struct.Struct(">H")

#: Closures written by this VM, by the key written in place of their MD5 (note 4).
_WRITTEN_FUNS: dict[bytes, Any] = {}
#: Node names of pids, ports and refs read from other nodes, numbered from 1.
_NODES: dict[str, int] = {"nonode@nohost": 0}
_NODE_NAMES: dict[int, str] = {0: "nonode@nohost"}


# ---------------------------------------------------------------- options


def _encode_options(options: Any, allow_compression: bool = True) -> tuple[int, int]:
    """(compression level or -1, minor version) of term_to_binary options."""
    level, minor = -1, 1
    while type(options) is list:
        option = options[0]
        if option is COMPRESSED_ATOM and allow_compression:
            level = 6
        elif option is DETERMINISTIC:
            pass
        elif type(option) is tuple and len(option) == 2 and type(option[1]) is int:
            if option[0] is COMPRESSED_ATOM and allow_compression and 0 <= option[1] <= 9:
                level = option[1]
            elif option[0] is MINOR_VERSION and 0 <= option[1] <= 2:
                minor = option[1]
            else:
                raise badarg()
        else:
            raise badarg()
        options = options[1]
    if options is not NIL:
        raise badarg()
    return level, minor


# ---------------------------------------------------------------- encoding


def _atom_bytes(atom: Atom, minor: int) -> bytes:
    name = atom.name
    if minor < 2:
        try:
            data = name.encode("latin-1")
            return bytes((ATOM_EXT,)) + _U16.pack(len(data)) + data
        except UnicodeEncodeError:
            pass
    data = name.encode("utf-8")
    if len(data) < 256:
        return bytes((SMALL_ATOM_UTF8_EXT, len(data))) + data
    return bytes((ATOM_UTF8_EXT,)) + _U16.pack(len(data)) + data


def _integer_bytes(value: int) -> bytes:
    if 0 <= value <= 255:
        return bytes((SMALL_INTEGER_EXT, value))
    if -0x80000000 <= value <= 0x7FFFFFFF:
        return bytes((INTEGER_EXT,)) + _I32.pack(value)
    magnitude = -value if value < 0 else value
    digits = magnitude.to_bytes((magnitude.bit_length() + 7) // 8, "little")
    sign = 1 if value < 0 else 0
    if len(digits) < 256:
        return bytes((SMALL_BIG_EXT, len(digits), sign)) + digits
    return bytes((LARGE_BIG_EXT,)) + _U32.pack(len(digits)) + bytes((sign,)) + digits


def _string_bytes(term: Any) -> bytes | None:
    """The bytes of a proper list of 1..65535 integers 0..255, else None."""
    out = bytearray()
    while type(term) is list:
        code = term[0]
        if type(code) is not int or not 0 <= code <= 255 or len(out) == 65535:
            return None
        out.append(code)
        term = term[1]
    return bytes(out) if term is NIL else None


def _fun_key(fun: Fun) -> bytes:
    identity = f"{fun.module.name}:{fun.name.name if isinstance(fun.name, Atom) else fun.name}" \
               f"/{fun.arity}:{fun.index}:{fun.uniq}:{id(fun.code)}"
    return hashlib.md5(identity.encode("utf-8")).digest()


def encode_term(term: Any, minor: int = 1) -> bytes:
    """The external format of term, without the version byte."""
    out = bytearray()
    write = out.extend
    pending = [term]
    pop = pending.pop
    push = pending.append
    while pending:
        term = pop()
        kind = type(term)
        if kind is int:
            write(_integer_bytes(term))
        elif kind is Atom:
            write(_atom_bytes(term, minor))
        elif kind is bytes:
            out.append(BINARY_EXT)
            write(_U32.pack(len(term)))
            write(term)
        elif kind is tuple:
            size = len(term)
            if size < 256:
                out.append(SMALL_TUPLE_EXT)
                out.append(size)
            else:
                out.append(LARGE_TUPLE_EXT)
                write(_U32.pack(size))
            pending.extend(reversed(term))
        elif kind is list:
            text = _string_bytes(term)
            if text is not None:
                out.append(STRING_EXT)
                write(_U16.pack(len(text)))
                write(text)
                continue
            items = []
            while type(term) is list:
                items.append(term[0])
                term = term[1]
            out.append(LIST_EXT)
            write(_U32.pack(len(items)))
            push(term)
            pending.extend(reversed(items))
        elif term is NIL:
            out.append(NIL_EXT)
        elif kind is float:
            if minor == 0:
                out.append(FLOAT_EXT)
                write(("%.20e" % term).encode("ascii").ljust(31, b"\0"))
            else:
                out.append(NEW_FLOAT_EXT)
                write(_DOUBLE.pack(term))
        elif kind is dict:
            out.append(MAP_EXT)
            write(_U32.pack(len(term)))
            pairs = []
            for key in sorted_map_keys(term):
                pairs.append(key)
                pairs.append(term[map_key(key)])
            pending.extend(reversed(pairs))
        elif kind is BitString:
            out.append(BIT_BINARY_EXT)
            write(_U32.pack(len(term.data)))
            out.append(term.bits % 8 or 8)
            write(term.data)
        elif kind is Pid:
            out.append(NEW_PID_EXT)
            write(_atom_bytes(Atom(_NODE_NAMES.get(term.node, "nonode@nohost")), minor))
            write(_U32.pack(term.number & 0xFFFFFFFF))
            write(_U32.pack(term.serial & 0xFFFFFFFF))
            write(_U32.pack(0))
        elif kind is Port:
            if term.number > 0xFFFFFFFF:
                out.append(V4_PORT_EXT)
                write(_atom_bytes(LOCAL_NODE, minor))
                write(term.number.to_bytes(8, "big"))
            else:
                out.append(NEW_PORT_EXT)
                write(_atom_bytes(LOCAL_NODE, minor))
                write(_U32.pack(term.number))
            write(_U32.pack(0))
        elif kind is Ref:
            words = term.numbers[::-1]
            out.append(NEWER_REFERENCE_EXT)
            write(_U16.pack(len(words)))
            write(_atom_bytes(LOCAL_NODE, minor))
            write(_U32.pack(0))
            for word in words:
                write(_U32.pack(word & 0xFFFFFFFF))
        elif kind is Fun:
            if term.code is None:
                out.append(EXPORT_EXT)
                write(_atom_bytes(term.module, minor))
                write(_atom_bytes(term.name, minor))
                write(_integer_bytes(term.arity))
            else:
                key = _fun_key(term)
                _WRITTEN_FUNS[key] = term
                head = bytearray()
                head.append(term.arity & 0xFF)
                head += key
                head += _U32.pack(term.index & 0xFFFFFFFF)
                head += _U32.pack(len(term.env))
                head += _atom_bytes(term.module, minor)
                head += _integer_bytes(term.index)
                head += _integer_bytes(int.from_bytes(key[:4], "big") & 0x7FFFFFF)
                head += encode_term(Pid(0), minor)
                env = bytearray()
                for value in term.env:
                    env += encode_term(value, minor)
                out.append(NEW_FUN_EXT)
                write(_U32.pack(4 + len(head) + len(env)))
                write(head)
                write(env)
        else:
            raise badarg()
    return bytes(out)


def _term_to_binary(term: Any, level: int, minor: int) -> bytes:
    body = encode_term(term, minor)
    if level >= 0:
        packed = zlib.compress(body, level)
        if 5 + len(packed) <= len(body):
            return bytes((VERSION, COMPRESSED)) + _U32.pack(len(body)) + packed
    return bytes((VERSION,)) + body


@bif("erlang", "term_to_binary", 1)
def term_to_binary(term: Any) -> bytes:
    return _term_to_binary(term, -1, 1)


@bif("erlang", "term_to_binary", 2)
def term_to_binary_2(term: Any, options: Any) -> bytes:
    level, minor = _encode_options(options)
    return _term_to_binary(term, level, minor)


@bif("erlang", "external_size", 1)
def external_size(term: Any) -> int:
    return 1 + len(encode_term(term))


@bif("erlang", "external_size", 2)
def external_size_2(term: Any, options: Any) -> int:
    _, minor = _encode_options(options, allow_compression=False)
    return 1 + len(encode_term(term, minor))


# ---------------------------------------------------------------- decoding


class _Reader:
    """A cursor over the bytes being decoded; every overrun is badarg."""

    __slots__ = ("data", "position")

    def __init__(self, data: bytes, position: int):
        self.data = data
        self.position = position

    def take(self, count: int) -> bytes:
        start = self.position
        end = start + count
        if end > len(self.data):
            raise badarg()
        self.position = end
        return self.data[start:end]

    def byte(self) -> int:
        position = self.position
        if position >= len(self.data):
            raise badarg()
        self.position = position + 1
        return self.data[position]

    def u16(self) -> int:
        return _U16.unpack(self.take(2))[0]

    def u32(self) -> int:
        return _U32.unpack(self.take(4))[0]


def _make_atom(name: str, safe: bool) -> Atom:
    if len(name) > 255:
        raise badarg()
    if safe and name not in Atom.table:
        raise badarg()
    return Atom(name)


def _read_atom(reader: _Reader, safe: bool) -> Atom:
    tag = reader.byte()
    if tag == ATOM_EXT:
        return _make_atom(reader.take(reader.u16()).decode("latin-1"), safe)
    if tag == SMALL_ATOM_EXT:
        return _make_atom(reader.take(reader.byte()).decode("latin-1"), safe)
    if tag in (ATOM_UTF8_EXT, SMALL_ATOM_UTF8_EXT):
        size = reader.u16() if tag == ATOM_UTF8_EXT else reader.byte()
        try:
            name = reader.take(size).decode("utf-8")
        except UnicodeDecodeError:
            raise badarg() from None
        return _make_atom(name, safe)
    raise badarg()


def _node_number(node: Atom) -> int:
    number = _NODES.get(node.name)
    if number is None:
        number = _NODES[node.name] = len(_NODES)
        _NODE_NAMES[number] = node.name
    return number


def _read_pid(reader: _Reader, safe: bool) -> Pid:
    tag = reader.byte()
    if tag not in (PID_EXT, NEW_PID_EXT):
        raise badarg()
    node = _read_atom(reader, safe)
    number = reader.u32()
    serial = reader.u32()
    reader.take(1 if tag == PID_EXT else 4)
    return Pid(number, serial, _node_number(node))


class _Frame:
    """A compound term being decoded: its kind, the items read so far and
    how many are still to come."""

    __slots__ = ("kind", "items", "left", "extra")

    def __init__(self, kind: str, left: int, extra: Any = None):
        self.kind = kind
        self.items: list = []
        self.left = left
        self.extra = extra


def _finish(frame: _Frame) -> Any:
    kind = frame.kind
    items = frame.items
    if kind == "tuple":
        return tuple(items)
    if kind == "list":
        result = items.pop()
        for item in reversed(items):
            result = [item, result]
        return result
    if kind == "map":
        result: dict = {}
        for index in range(0, len(items), 2):
            key = map_key(items[index])
            if key in result:
                raise badarg()
            result[key] = items[index + 1]
        return result
    # a closure: extra is (fun written by this VM, free variable count)
    written = frame.extra
    return Fun(written.module, written.name, written.arity, written.code, tuple(items),
               written.index, written.uniq)


def decode_term(data: bytes, position: int, safe: bool) -> tuple[Any, int]:
    """(term, position after it) of the external format at data[position:]."""
    reader = _Reader(data, position)
    frames: list[_Frame] = []
    while True:
        tag = reader.byte()
        value: Any
        if tag == SMALL_INTEGER_EXT:
            value = reader.byte()
        elif tag == INTEGER_EXT:
            value = _I32.unpack(reader.take(4))[0]
        elif tag in (SMALL_BIG_EXT, LARGE_BIG_EXT):
            size = reader.byte() if tag == SMALL_BIG_EXT else reader.u32()
            sign = reader.byte()
            value = int.from_bytes(reader.take(size), "little")
            if sign:
                value = -value
        elif tag == NEW_FLOAT_EXT:
            value = _DOUBLE.unpack(reader.take(8))[0]
            if not math.isfinite(value):
                raise badarg()
        elif tag == FLOAT_EXT:
            text = reader.take(31).split(b"\0", 1)[0]
            try:
                value = float(text.decode("ascii"))
            except (UnicodeDecodeError, ValueError):
                raise badarg() from None
            if not math.isfinite(value):
                raise badarg()
        elif tag in (ATOM_EXT, SMALL_ATOM_EXT, ATOM_UTF8_EXT, SMALL_ATOM_UTF8_EXT):
            reader.position -= 1
            value = _read_atom(reader, safe)
        elif tag == NIL_EXT:
            value = NIL
        elif tag == STRING_EXT:
            value = NIL
            for code in reversed(reader.take(reader.u16())):
                value = [code, value]
        elif tag == BINARY_EXT:
            value = reader.take(reader.u32())
        elif tag == BIT_BINARY_EXT:
            size = reader.u32()
            bits = reader.byte()
            if not (1 <= bits <= 8) if size else bits != 0:
                raise badarg()
            data_bytes = reader.take(size)
            if bits == 8 or size == 0:
                value = data_bytes
            else:
                last = data_bytes[-1] & (0xFF << (8 - bits)) & 0xFF
                value = BitString(data_bytes[:-1] + bytes((last,)), (size - 1) * 8 + bits)
        elif tag in (SMALL_TUPLE_EXT, LARGE_TUPLE_EXT):
            size = reader.byte() if tag == SMALL_TUPLE_EXT else reader.u32()
            if size:
                frames.append(_Frame("tuple", size))
                continue
            value = ()
        elif tag == LIST_EXT:
            frames.append(_Frame("list", reader.u32() + 1))
            continue
        elif tag == MAP_EXT:
            size = reader.u32()
            if size:
                frames.append(_Frame("map", 2 * size))
                continue
            value = {}
        elif tag in (PID_EXT, NEW_PID_EXT):
            reader.position -= 1
            value = _read_pid(reader, safe)
        elif tag in (PORT_EXT, NEW_PORT_EXT, V4_PORT_EXT):
            _read_atom(reader, safe)
            number = int.from_bytes(reader.take(8 if tag == V4_PORT_EXT else 4), "big")
            reader.take(1 if tag == PORT_EXT else 4)
            value = Port(number)
        elif tag in (NEW_REFERENCE_EXT, NEWER_REFERENCE_EXT):
            count = reader.u16()
            _read_atom(reader, safe)
            reader.take(1 if tag == NEW_REFERENCE_EXT else 4)
            if not 1 <= count <= 5:
                raise badarg()
            words = [reader.u32() for _ in range(count)]
            value = Ref(tuple(words[::-1]))
        elif tag == REFERENCE_EXT:
            _read_atom(reader, safe)
            word = reader.u32()
            reader.take(1)
            value = Ref((word,))
        elif tag == EXPORT_EXT:
            module = _read_atom(reader, safe)
            name = _read_atom(reader, safe)
            if reader.byte() != SMALL_INTEGER_EXT:
                raise badarg()
            value = Fun(module, name, reader.byte(), None, ())
        elif tag == NEW_FUN_EXT:
            reader.take(4)
            reader.byte()
            key = reader.take(16)
            reader.take(4)
            free = reader.u32()
            written = _WRITTEN_FUNS.get(key)
            _read_atom(reader, safe)
            # old index, old uniq and creator pid follow; read them as terms
            for _ in range(3):
                _, reader.position = decode_term(data, reader.position, safe)
            if written is None or free != len(written.env):
                raise badarg()
            if free:
                frames.append(_Frame("fun", free, written))
                continue
            value = _finish(_Frame("fun", 0, written))
        else:
            raise badarg()
        # hand the value to the enclosing compound terms
        while frames:
            frame = frames[-1]
            frame.items.append(value)
            frame.left -= 1
            if frame.left:
                break
            frames.pop()
            value = _finish(frame)
        else:
            return value, reader.position


def _binary_to_term(data: Any, safe: bool) -> tuple[Any, int]:
    if type(data) is not bytes or len(data) < 2 or data[0] != VERSION:
        raise badarg()
    if data[1] == COMPRESSED:
        if len(data) < 6:
            raise badarg()
        size = _U32.unpack(data[2:6])[0]
        try:
            unpacker = zlib.decompressobj()
            body = unpacker.decompress(data[6:], size + 1)
        except zlib.error:
            raise badarg() from None
        if len(body) != size:
            raise badarg()
        term, _ = decode_term(body, 0, safe)
        return term, len(data) - len(unpacker.unused_data)
    return decode_term(data, 1, safe)


@bif("erlang", "binary_to_term", 1)
def binary_to_term(data: Any) -> Any:
    return _binary_to_term(data, False)[0]


@bif("erlang", "binary_to_term", 2)
def binary_to_term_2(data: Any, options: Any) -> Any:
    safe = used = False
    while type(options) is list:
        if options[0] is SAFE:
            safe = True
        elif options[0] is USED:
            used = True
        else:
            raise badarg()
        options = options[1]
    if options is not NIL:
        raise badarg()
    term, end = _binary_to_term(data, safe)
    return (term, end) if used else term


# ---------------------------------------------------------------- hashing (note 6)

MASK = 0xFFFFFFFF
HCONST = 0x9E3779B9
HCONST_2 = 0x3C6EF372
HCONST_3 = 0xDAA66D2B
HCONST_4 = 0x78DDE6E4
HCONST_5 = 0x1715609D
HCONST_6 = 0xB54CDA56
HCONST_7 = 0x5384540F
HCONST_9 = 0x8FF34781
HCONST_10 = 0x2E2AC13A
HCONST_11 = 0xCC623AF3
HCONST_12 = 0x6A99B4AC
HCONST_13 = 0x08D12E65
HCONST_14 = 0xA708A81E
HCONST_15 = 0x454021D7
HCONST_16 = 0xE3779B90
HCONST_19 = 0xBE1E08BB
#: make_hash2's value for [] inside a term (erts' NIL_DEF tag).
NIL_DEF = 2
#: make_hash2 of [] on its own.
NIL_HASH = 3468870702


def atom_hash(atom: Atom) -> int:
    """The atom table's hash of a name: hashpjw over its UTF-8 bytes, where
    a two-byte sequence for a latin1 character counts as that one character."""
    data = atom.name.encode("utf-8")
    value = 0
    index = 0
    size = len(data)
    while index < size:
        byte = data[index]
        index += 1
        if index < size and (byte & 0xFE) == 0xC2 and (data[index] & 0xC0) == 0x80:
            byte = ((byte << 6) | (data[index] & 0x3F)) & 0xFF
            index += 1
        value = ((value << 4) + byte) & MASK
        top = value & 0xF0000000
        if top:
            value ^= top >> 24
            value ^= top
    return value


def _mix(a: int, b: int, c: int) -> int:
    """Bob Jenkins' 96-bit mix on 32-bit words; returns the new c."""
    a = (a - b - c) & MASK; a ^= c >> 13
    b = (b - c - a) & MASK; b ^= (a << 8) & MASK
    c = (c - a - b) & MASK; c ^= b >> 13
    a = (a - b - c) & MASK; a ^= c >> 12
    b = (b - c - a) & MASK; b ^= (a << 16) & MASK
    c = (c - a - b) & MASK; c ^= b >> 5
    a = (a - b - c) & MASK; a ^= c >> 3
    b = (b - c - a) & MASK; b ^= (a << 10) & MASK
    c = (c - a - b) & MASK; c ^= b >> 15
    return c


def _hash2(first: int, second: int, constant: int, hash_value: int) -> int:
    return _mix((constant + first) & MASK, (constant + second) & MASK, hash_value)


def _block_hash(data: bytes, initial: int) -> int:
    """Bob Jenkins' lookup2 hash of a byte string (erts' block_hash)."""
    a = b = HCONST
    c = initial
    length = len(data)
    full = length - length % 12
    words = struct.unpack_from(f"<{full // 4}I", data) if full else ()
    for index in range(0, len(words), 3):
        a, b, c = _mix_all((a + words[index]) & MASK, (b + words[index + 1]) & MASK,
                           (c + words[index + 2]) & MASK)
    rest = data[full:] + bytes(12 - (length - full))
    c = (c + length + (int.from_bytes(rest[8:11], "little") << 8)) & MASK
    a = (a + int.from_bytes(rest[0:4], "little")) & MASK
    b = (b + int.from_bytes(rest[4:8], "little")) & MASK
    return _mix(a, b, c)


def _mix_all(a: int, b: int, c: int) -> tuple[int, int, int]:
    """_mix returning all three words (block_hash carries a and b along)."""
    a = (a - b - c) & MASK; a ^= c >> 13
    b = (b - c - a) & MASK; b ^= (a << 8) & MASK
    c = (c - a - b) & MASK; c ^= b >> 13
    a = (a - b - c) & MASK; a ^= c >> 12
    b = (b - c - a) & MASK; b ^= (a << 16) & MASK
    c = (c - a - b) & MASK; c ^= b >> 5
    a = (a - b - c) & MASK; a ^= c >> 3
    b = (b - c - a) & MASK; b ^= (a << 10) & MASK
    c = (c - a - b) & MASK; c ^= b >> 15
    return a, b, c


_MAP_TAIL = object()
_MAP_PAIR = object()


def make_hash2(term: Any) -> int:
    """erts' make_hash2: the 32-bit hash behind erlang:phash2."""
    kind = type(term)
    if kind is Atom:
        return atom_hash(term)
    hash_value = 0
    xor_pairs = 0
    stack: list = []
    pop = stack.pop
    push = stack.append
    while True:
        kind = type(term)
        if kind is int and -0x8000000 <= term < 0x8000000:
            if term < 0:
                hash_value = _hash2(-term, 0, HCONST, hash_value)
            hash_value = _hash2(term & MASK, 0, HCONST, hash_value)
        elif kind is Atom:
            if hash_value == 0:
                hash_value = atom_hash(term)
            else:
                hash_value = _hash2(atom_hash(term), 0, HCONST_3, hash_value)
        elif kind is list:
            count = 0
            packed = 0
            while True:
                head = term[0]
                if type(head) is not int or not 0 <= head <= 255:
                    break
                packed = ((packed << 8) + head) & MASK
                if count == 3:
                    hash_value = _hash2(packed, 0, HCONST_4, hash_value)
                    count = packed = 0
                else:
                    count += 1
                term = term[1]
                if type(term) is not list:
                    break
            if count:
                hash_value = _hash2(packed, 0, HCONST_4, hash_value)
            if type(term) is list:
                push(term[1])
                term = term[0]
            continue
        elif term is NIL:
            if hash_value == 0:
                hash_value = NIL_HASH
            else:
                hash_value = _hash2(NIL_DEF, 0, HCONST_2, hash_value)
        elif kind is tuple:
            hash_value = _hash2(len(term), 0, HCONST_9, hash_value)
            if term:
                for index in range(len(term) - 1, 0, -1):
                    push(term[index])
                term = term[0]
                continue
        elif kind is int:
            constant = HCONST_10 if term < 0 else HCONST_11
            magnitude = -term if term < 0 else term
            while True:
                digit = magnitude & 0xFFFFFFFFFFFFFFFF
                hash_value = _hash2(digit & MASK, digit >> 32, constant, hash_value)
                magnitude >>= 64
                if not magnitude:
                    break
        elif kind is bytes or kind is BitString:
            if kind is bytes:
                data, bits = term, 0
            else:
                data, bits = term.data[:term.bits // 8], term.bits % 8
            initial = (HCONST_13 + hash_value) & MASK
            if not data and not bits:
                hash_value = initial
            else:
                hash_value = _block_hash(data, initial)
                if bits:
                    hash_value = _hash2(bits, term.data[-1] >> (8 - bits), HCONST_15, hash_value)
        elif kind is float:
            if term == 0.0:
                term = 0.0
            high, low = struct.unpack(">II", _DOUBLE.pack(term))
            hash_value = _hash2(high, low, HCONST_12, hash_value)
        elif kind is dict:
            hash_value = _hash2(len(term), 0, HCONST_16, hash_value)
            if term:
                push(xor_pairs)
                push(hash_value)
                push(_MAP_TAIL)
                hash_value = 0
                xor_pairs = 0
                for key, value in term.items():
                    push(_MAP_PAIR)
                    push(value)
                    push(unmap_key(key))
        elif kind is Pid:
            hash_value = _hash2(term.number & MASK, 0, HCONST_5, hash_value)
        elif kind is Port:
            hash_value = _hash2(term.number & MASK, 0, HCONST_6, hash_value)
        elif kind is Ref:
            hash_value = _hash2(term.numbers[-1] & MASK, 0, HCONST_7, hash_value)
        elif kind is Fun:
            if term.code is None:
                hash_value = _hash2(term.arity, atom_hash(term.module), HCONST, hash_value)
                hash_value = _hash2(atom_hash(term.name), 0, HCONST_14, hash_value)
            else:
                hash_value = _hash2(len(term.env), atom_hash(term.module), HCONST, hash_value)
                hash_value = _hash2(term.index & MASK, term.uniq & MASK, HCONST, hash_value)
                if term.env:
                    for index in range(len(term.env) - 1, 0, -1):
                        push(term.env[index])
                    term = term.env[0]
                    continue
        else:
            raise badarg()
        # the common tail of erts' loop: take the next pending term
        while True:
            if not stack:
                return hash_value
            term = pop()
            if term is _MAP_TAIL:
                hash_value = pop()
                hash_value = _hash2(xor_pairs, 0, HCONST_19, hash_value)
                xor_pairs = pop()
            elif term is _MAP_PAIR:
                xor_pairs ^= hash_value
                hash_value = 0
            else:
                break


def _range(value: Any) -> int:
    if type(value) is not int or not 1 <= value <= 1 << 32:
        raise badarg()
    return value


@bif("erlang", "phash2", 1)
def phash2(term: Any) -> int:
    return make_hash2(term) & ((1 << 27) - 1)


@bif("erlang", "phash2", 2)
def phash2_2(term: Any, range_: Any) -> int:
    return make_hash2(term) % _range(range_)


# ---------------------------------------------------------------- phash (make_hash)

FUNNY_NUMBER1 = 268440163
FUNNY_NUMBER2 = 268439161
FUNNY_NUMBER3 = 268435459
FUNNY_NUMBER4 = 268436141
FUNNY_NUMBER5 = 268438633
FUNNY_NUMBER6 = 268437017
FUNNY_NUMBER8 = 268437511
FUNNY_NUMBER9 = 268439627
FUNNY_NUMBER10 = 268440479
FUNNY_NUMBER11 = 268440577
FUNNY_NUMBER12 = 268440581
FUNNY_NUMBER13 = 268440593
FUNNY_NUMBER14 = 268440611

_TUPLE_END = object()
_LIST_TAIL = object()
_LIST_END = object()


def _bytes_hash(hash_value: int, data: bytes, multiplier: int) -> int:
    for byte in data:
        hash_value = (hash_value * multiplier + byte) & MASK
    return hash_value


def make_hash(term: Any) -> int:
    """erts' make_hash: the 32-bit hash behind erlang:phash/2."""
    hash_value = 0
    stack: list = []
    pop = stack.pop
    push = stack.append
    while True:
        kind = type(term)
        if kind is list:
            while True:
                head = term[0]
                if type(head) is not int or not 0 <= head <= 255:
                    push(term[1])
                    push(_LIST_TAIL)
                    term = head
                    break
                hash_value = (hash_value * FUNNY_NUMBER2 + head) & MASK
                term = term[1]
                if type(term) is not list:
                    push(_LIST_END)
                    break
            continue
        if term is NIL:
            hash_value = (hash_value * FUNNY_NUMBER3 + 1) & MASK
        elif kind is Atom:
            hash_value = (hash_value * FUNNY_NUMBER1 + atom_hash(term)) & MASK
        elif kind is int:
            magnitude = -term if term < 0 else term
            size = max(4, (magnitude.bit_length() + 31) // 32 * 4)
            hash_value = _bytes_hash(hash_value, magnitude.to_bytes(size, "little"), FUNNY_NUMBER2)
            hash_value = (hash_value * (FUNNY_NUMBER4 if term < 0 else FUNNY_NUMBER3)) & MASK
        elif kind is bytes or kind is BitString:
            if kind is bytes:
                data, bits = term, 0
            else:
                data, bits = term.data[:term.bits // 8], term.bits % 8
            hash_value = _bytes_hash(hash_value, data, FUNNY_NUMBER1)
            if bits:
                last = term.data[-1] >> (8 - bits)
                hash_value = ((hash_value * FUNNY_NUMBER1 + last) * FUNNY_NUMBER12 + bits) & MASK
            hash_value = (hash_value * FUNNY_NUMBER4 + len(data)) & MASK
        elif kind is tuple:
            push(len(term))
            push(_TUPLE_END)
            for index in range(len(term) - 1, -1, -1):
                push(term[index])
        elif kind is float:
            if term == 0.0:
                term = 0.0
            high, low = struct.unpack(">II", _DOUBLE.pack(term))
            hash_value = (hash_value * FUNNY_NUMBER6 + (high ^ low)) & MASK
        elif kind is dict:
            hash_value = (hash_value * FUNNY_NUMBER13 + FUNNY_NUMBER14 + make_hash2(term)) & MASK
        elif kind is Pid or kind is Port or kind is Ref:
            if kind is Pid:
                word, first, second = term.number, FUNNY_NUMBER5, FUNNY_NUMBER6
            elif kind is Port:
                word, first, second = term.number, FUNNY_NUMBER9, FUNNY_NUMBER10
            else:
                word, first, second = term.numbers[-1], FUNNY_NUMBER9, FUNNY_NUMBER10
            hash_value = _bytes_hash(hash_value, (word & MASK).to_bytes(4, "little"), first)
            hash_value = (hash_value * second) & MASK
        elif kind is Fun:
            if term.code is None:
                hash_value = (hash_value * FUNNY_NUMBER11 + term.arity) & MASK
                hash_value = (hash_value * FUNNY_NUMBER1 + atom_hash(term.module)) & MASK
                hash_value = (hash_value * FUNNY_NUMBER1 + atom_hash(term.name)) & MASK
            else:
                hash_value = (hash_value * FUNNY_NUMBER10 + len(term.env)) & MASK
                hash_value = (hash_value * FUNNY_NUMBER1 + atom_hash(term.module)) & MASK
                hash_value = (hash_value * FUNNY_NUMBER2 + (term.index & MASK)) & MASK
                hash_value = (hash_value * FUNNY_NUMBER2 + (term.uniq & MASK)) & MASK
                for value in reversed(term.env):
                    push(value)
        else:
            raise badarg()
        while True:
            if not stack:
                return hash_value
            term = pop()
            if term is _TUPLE_END:
                hash_value = (hash_value * FUNNY_NUMBER9 + pop()) & MASK
            elif term is _LIST_END:
                hash_value = (hash_value * FUNNY_NUMBER8) & MASK
            elif term is _LIST_TAIL:
                term = pop()
                if type(term) is not list:
                    push(_LIST_END)
                break
            else:
                break


@bif("erlang", "phash", 2)
def phash(term: Any, range_: Any) -> int:
    return make_hash(term) % _range(range_) + 1
