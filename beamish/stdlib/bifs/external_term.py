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
    exactly OTP's order for maps of up to 32 keys, and for any map with the
    ``deterministic`` option. Without it OTP writes larger maps in the order
    of its internal hash trie, which depends on the atom table indexes of the
    running VM; beamish always writes them sorted.
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
    NIL, Atom, BitString, Fun, Pid, Port, Ref, map_key, sorted_map_keys, unmap_key,
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

#: (fun without its captured values, how many it captures) of each closure
#: written by this VM, by the key written in place of its MD5 (note 4).
_WRITTEN_FUNS: dict[bytes, tuple[Fun, int]] = {}
#: Node names of pids, ports and refs read from other nodes, numbered from 1.
_NODES: dict[str, int] = {"nonode@nohost": 0}
_NODE_NAMES: dict[int, str] = {0: "nonode@nohost"}


# ---------------------------------------------------------------- options


def _encode_options(options: Any, for_size: bool = False) -> tuple[int, int]:
    """(compression level or -1, minor version) of term_to_binary options.

    external_size/2 takes only ``{minor_version, 0 | 1}``, as in OTP 25.
    """
    level, minor = -1, 1
    while type(options) is list:
        option = options[0]
        if option is COMPRESSED_ATOM and not for_size:
            level = 6
        elif option is DETERMINISTIC and not for_size:
            pass
        elif type(option) is tuple and len(option) == 2 and type(option[1]) is int:
            if option[0] is COMPRESSED_ATOM and not for_size and 0 <= option[1] <= 9:
                level = option[1]
            elif option[0] is MINOR_VERSION and 0 <= option[1] <= (1 if for_size else 2):
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


_ATOM_BYTES: dict[tuple[Atom, bool], bytes] = {}


def _atom_bytes(atom: Atom, minor: int) -> bytes:
    """An atom's encoding (cached: atoms are few and written often)."""
    key = (atom, minor == 2)
    encoded = _ATOM_BYTES.get(key)
    if encoded is None:
        encoded = _ATOM_BYTES[key] = _atom_encoding(atom, minor)
    return encoded


def _atom_encoding(atom: Atom, minor: int) -> bytes:
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


_SMALL_INTEGERS = [bytes((SMALL_INTEGER_EXT, value)) for value in range(256)]


def _integer_bytes(value: int) -> bytes:
    if 0 <= value <= 255:
        return _SMALL_INTEGERS[value]
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
    """A 16-byte key naming a closure's code within this VM (note 4)."""
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
                # keep the fun's code, not the values it captured this time
                _WRITTEN_FUNS[key] = (Fun(term.module, term.name, term.arity, term.code, (),
                                          term.index, term.uniq), len(term.env))
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
    _, minor = _encode_options(options, for_size=True)
    return 1 + len(encode_term(term, minor))


# ---------------------------------------------------------------- decoding


def _make_atom(name: str, safe: bool) -> Atom:
    if len(name) > 255:
        raise badarg()
    if safe and name not in Atom.table:
        raise badarg()
    return Atom(name)


def _node_number(node: Atom) -> int:
    number = _NODES.get(node.name)
    if number is None:
        number = _NODES[node.name] = len(_NODES)
        _NODE_NAMES[number] = node.name
    return number


_TUPLE, _LIST, _MAP, _FUN = range(4)


def _finish(kind: int, items: list, extra: Any) -> Any:
    """The compound term of kind made of its decoded items."""
    if kind == _TUPLE:
        return tuple(items)
    if kind == _LIST:
        result = items.pop()
        for item in reversed(items):
            result = [item, result]
        return result
    if kind == _MAP:
        result_map: dict = {}
        for index in range(0, len(items), 2):
            key = map_key(items[index])
            if key in result_map:
                raise badarg()
            result_map[key] = items[index + 1]
        return result_map
    # a closure written by this VM (note 4)
    return Fun(extra.module, extra.name, extra.arity, extra.code, tuple(items), extra.index,
               extra.uniq)


def decode_term(data: bytes, position: int, safe: bool) -> tuple[Any, int]:
    """(term, position after it) of the external format at data[position:]."""
    try:
        return _decode(data, position, safe)
    except (IndexError, struct.error, UnicodeDecodeError):
        raise badarg() from None


def _decode(data: bytes, pos: int, safe: bool) -> tuple[Any, int]:
    """decode_term's loop: compound terms wait on an explicit stack of
    [kind, items, items still to read, extra] frames while their items are read."""
    size_of_data = len(data)
    frames: list = []
    atom_cache: dict[tuple[bool, bytes], Atom] = {}

    def read_atom() -> Atom:
        nonlocal pos
        tag = data[pos]
        if tag == ATOM_EXT or tag == ATOM_UTF8_EXT:
            length = (data[pos + 1] << 8) | data[pos + 2]
            start = pos + 3
        elif tag == SMALL_ATOM_EXT or tag == SMALL_ATOM_UTF8_EXT:
            length = data[pos + 1]
            start = pos + 2
        else:
            raise badarg()
        pos = start + length
        if pos > size_of_data:
            raise badarg()
        utf8 = tag == ATOM_UTF8_EXT or tag == SMALL_ATOM_UTF8_EXT
        key = (utf8, data[start:pos])
        atom = atom_cache.get(key)
        if atom is None:
            name = key[1].decode("utf-8" if utf8 else "latin-1")
            atom = atom_cache[key] = _make_atom(name, safe)
        return atom

    def take(count: int) -> bytes:
        nonlocal pos
        start = pos
        pos += count
        if pos > size_of_data:
            raise badarg()
        return data[start:pos]

    while True:
        tag = data[pos]
        pos += 1
        if tag == SMALL_INTEGER_EXT:
            value: Any = data[pos]
            pos += 1
        elif tag == SMALL_TUPLE_EXT or tag == LARGE_TUPLE_EXT:
            if tag == SMALL_TUPLE_EXT:
                count = data[pos]
                pos += 1
            else:
                count = _U32.unpack_from(data, pos)[0]
                pos += 4
            if count:
                frames.append([_TUPLE, [], count, None])
                continue
            value = ()
        elif tag in (ATOM_EXT, SMALL_ATOM_EXT, ATOM_UTF8_EXT, SMALL_ATOM_UTF8_EXT):
            pos -= 1
            value = read_atom()
        elif tag == INTEGER_EXT:
            value = _I32.unpack_from(data, pos)[0]
            pos += 4
        elif tag == NIL_EXT:
            value = NIL
        elif tag == STRING_EXT:
            value = NIL
            for code in reversed(take(_U16.unpack_from(data, pos)[0] + 2)[2:]):
                value = [code, value]
        elif tag == LIST_EXT:
            count = _U32.unpack_from(data, pos)[0]
            pos += 4
            frames.append([_LIST, [], count + 1, None])
            continue
        elif tag == BINARY_EXT:
            count = _U32.unpack_from(data, pos)[0]
            pos += 4
            value = take(count)
        elif tag == NEW_FLOAT_EXT:
            value = _DOUBLE.unpack(take(8))[0]
            if not math.isfinite(value):
                raise badarg()
        elif tag == SMALL_BIG_EXT or tag == LARGE_BIG_EXT:
            if tag == SMALL_BIG_EXT:
                count = data[pos]
                pos += 1
            else:
                count = _U32.unpack_from(data, pos)[0]
                pos += 4
            sign = data[pos]
            pos += 1
            value = int.from_bytes(take(count), "little")
            if sign:
                value = -value
        elif tag == MAP_EXT:
            count = _U32.unpack_from(data, pos)[0]
            pos += 4
            if count:
                frames.append([_MAP, [], 2 * count, None])
                continue
            value = {}
        elif tag == BIT_BINARY_EXT:
            count = _U32.unpack_from(data, pos)[0]
            bits = data[pos + 4]
            pos += 5
            if not (1 <= bits <= 8) if count else bits != 0:
                raise badarg()
            chunk = take(count)
            if bits == 8 or count == 0:
                value = chunk
            else:
                last = data[pos - 1] & (0xFF << (8 - bits)) & 0xFF
                value = BitString(chunk[:-1] + bytes((last,)), (count - 1) * 8 + bits)
        elif tag == FLOAT_EXT:
            text = take(31).split(b"\0", 1)[0]
            try:
                value = float(text.decode("ascii"))
            except ValueError:
                raise badarg() from None
            if not math.isfinite(value):
                raise badarg()
        elif tag == PID_EXT or tag == NEW_PID_EXT:
            node = read_atom()
            number, serial = struct.unpack_from(">II", data, pos)
            pos += 9 if tag == PID_EXT else 12
            value = Pid(number, serial, _node_number(node))
        elif tag in (PORT_EXT, NEW_PORT_EXT, V4_PORT_EXT):
            read_atom()
            value = Port(int.from_bytes(take(8 if tag == V4_PORT_EXT else 4), "big"))
            take(1 if tag == PORT_EXT else 4)
        elif tag == NEW_REFERENCE_EXT or tag == NEWER_REFERENCE_EXT:
            count = _U16.unpack_from(data, pos)[0]
            pos += 2
            read_atom()
            take(1 if tag == NEW_REFERENCE_EXT else 4)
            if not 1 <= count <= 5:
                raise badarg()
            value = Ref(struct.unpack(f">{count}I", take(4 * count))[::-1])
        elif tag == REFERENCE_EXT:
            read_atom()
            value = Ref((_U32.unpack(take(4))[0],))
            take(1)
        elif tag == EXPORT_EXT:
            module = read_atom()
            name = read_atom()
            arity, pos = _decode(data, pos, safe)
            if type(arity) is not int or not 0 <= arity <= 255:
                raise badarg()
            value = Fun(module, name, arity, None, ())
        elif tag == NEW_FUN_EXT:
            take(5)
            key = take(16)
            take(4)
            free = _U32.unpack(take(4))[0]
            read_atom()
            for _ in range(3):  # old index, old uniq, creator pid
                _, pos = _decode(data, pos, safe)
            written, expected_free = _WRITTEN_FUNS.get(key, (None, -1))
            if free != expected_free:
                raise badarg()
            if free:
                frames.append([_FUN, [], free, written])
                continue
            value = _finish(_FUN, [], written)
        else:
            raise badarg()
        if pos > size_of_data:
            raise badarg()
        # hand the value to the enclosing compound terms
        while frames:
            frame = frames[-1]
            frame[1].append(value)
            frame[2] -= 1
            if frame[2]:
                break
            frames.pop()
            value = _finish(frame[0], frame[1], frame[3])
        else:
            return value, pos


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


_ATOM_HASHES: dict[Atom, int] = {}


def atom_hash(atom: Atom) -> int:
    """The atom table's hash of a name: hashpjw over its UTF-8 bytes, where
    a two-byte sequence for a latin1 character counts as that one character."""
    value = _ATOM_HASHES.get(atom)
    if value is None:
        value = _ATOM_HASHES[atom] = _hashpjw(atom.name.encode("utf-8"))
    return value


def _hashpjw(data: bytes) -> int:
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


def _hash2(first: int, second: int, constant: int, c: int) -> int:
    """erts' UINT32_HASH_2: mix two words, each offset by a constant, into the hash c.

    The body of _mix is repeated here: this is the hashes' inner step.
    """
    a = (constant + first) & MASK
    b = (constant + second) & MASK
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
