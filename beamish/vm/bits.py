"""Bit syntax: building and matching binaries segment by segment.

A bitstring is handled here as an (int value, bit length) pair, which makes
segments of any bit size a shift and a mask; bytes and BitString are the
term forms at the edges.

Build spec: a tuple of segments (type, size_reg|None, unit, signed, endian, value_reg).
Match spec: a tuple of segments (type, size_reg|None, unit, signed, endian,
target_kind, target) with target_kind "bind" (write the register), "check"
(compare with a register's value), "skip", or "context" (a tail segment bound
to a MatchContext instead of a copy).
"""
from __future__ import annotations

import struct
from typing import Any

from .errors import ErlangError, BADARG
from .terms import BitString, exact_eq



def to_bits(term) -> tuple[int, int]:
    if type(term) is bytes:
        return int.from_bytes(term, "big"), len(term) * 8
    n = term.bits
    full = len(term.data) * 8
    return int.from_bytes(term.data, "big") >> (full - n), n


def from_bits(value: int, nbits: int):
    if nbits % 8 == 0:
        return value.to_bytes(nbits // 8, "big")
    pad = (-nbits) % 8
    return BitString((value << pad).to_bytes((nbits + pad) // 8, "big"), nbits)


def _int_bits(v: int, size: int, endian: str) -> int:
    v &= (1 << size) - 1
    if endian == "little" and size > 8:
        nbytes = (size + 7) // 8
        if size % 8 == 0:
            v = int.from_bytes(v.to_bytes(nbytes, "big"), "little")
        else:
            # OTP: little-endian of a non-byte size swaps whole bytes of the padded value
            raw = (v << ((-size) % 8)).to_bytes(nbytes, "big")[::-1]
            v = int.from_bytes(raw, "big") >> ((-size) % 8)
    return v


def _utf(v: int, t: str, endian: str) -> bytes:
    if type(v) is not int or v < 0 or v > 0x10FFFF or 0xD800 <= v <= 0xDFFF:
        raise ErlangError(BADARG)
    if t == "utf8":
        return chr(v).encode("utf-8")
    if t == "utf16":
        return chr(v).encode("utf-16-be" if endian == "big" else "utf-16-le")
    return v.to_bytes(4, endian)


class MatchContext:
    """A position inside a binary that a match has reached (the BEAM's match
    context). The compiler hands one to a function instead of the rest of the
    binary when that function only ever matches the argument against binary
    patterns, so a loop that eats a binary piece by piece copies nothing.
    It is never seen by any other instruction or BIF (see codegen's
    match-context analysis); ``materialize`` turns it into a term."""

    __slots__ = ("data", "start", "end")

    def __init__(self, data: bytes, start: int, end: int):
        self.data = data
        self.start = start
        self.end = end

    def materialize(self):
        return _slice_bits(self.data, self.start, self.end - self.start)


def _slice_bits(data: bytes, start: int, size: int):
    """The bitstring of ``size`` bits of data from bit ``start``."""
    if start % 8 == 0 and size % 8 == 0:
        return data[start // 8:(start + size) // 8]
    first = start // 8
    last = (start + size + 7) // 8
    chunk = int.from_bytes(data[first:last], "big")
    chunk >>= (last * 8 - (start + size))
    return from_bits(chunk & ((1 << size) - 1), size)


def _int_at(data: bytes, start: int, size: int) -> int:
    """The unsigned big-endian integer in ``size`` bits from bit ``start``."""
    if start % 8 == 0 and size % 8 == 0:
        return int.from_bytes(data[start // 8:(start + size) // 8], "big")
    first = start // 8
    last = (start + size + 7) // 8
    chunk = int.from_bytes(data[first:last], "big")
    return (chunk >> (last * 8 - (start + size))) & ((1 << size) - 1)


def bs_build(spec, r) -> Any:
    """Build a binary; byte-aligned segments are joined as bytes, and only a
    bitstring that is not byte-aligned goes through a big integer."""
    parts = []
    aligned = True
    for t, size_reg, unit, signed, endian, value_reg in spec:
        v = r[value_reg]
        if t == "integer":
            size = 8 if size_reg is None else r[size_reg]
            if type(size) is not int or size < 0:
                raise ErlangError(BADARG)
            size *= unit
            if type(v) is not int:
                raise ErlangError(BADARG)
            parts.append((_int_bits(v, size, endian), size))
            if size % 8:
                aligned = False
        elif t == "float":
            size = 64 if size_reg is None else r[size_reg] * unit
            if type(v) not in (int, float) or size not in (16, 32, 64):
                raise ErlangError(BADARG)
            fmt = {16: "e", 32: "f", 64: "d"}[size]
            try:
                raw = struct.pack((">" if endian == "big" else "<") + fmt, float(v))
            except (OverflowError, struct.error):
                raise ErlangError(BADARG) from None
            parts.append(raw)
        elif t in ("binary", "bitstring"):
            if type(v) is not bytes and type(v) is not BitString:
                raise ErlangError(BADARG)
            if size_reg is not None:
                size = r[size_reg]
                if type(size) is not int:
                    raise ErlangError(BADARG)
                size *= unit
                bn = len(v) * 8 if type(v) is bytes else v.bits
                if size > bn:
                    raise ErlangError(BADARG)
                v = v[:size // 8] if type(v) is bytes and size % 8 == 0 else _slice_bits(
                    v if type(v) is bytes else v.data, 0, size)
            elif t == "binary" and type(v) is BitString:
                raise ErlangError(BADARG)
            if type(v) is bytes:
                parts.append(v)
            else:
                value, bits = to_bits(v)
                parts.append((value, bits))
                aligned = False
        else:
            parts.append(_utf(v, t, endian))
    if aligned:
        return b"".join(p if type(p) is bytes else p[0].to_bytes(p[1] // 8, "big") for p in parts)
    acc, nbits = 0, 0
    for p in parts:
        if type(p) is bytes:
            acc = (acc << (len(p) * 8)) | int.from_bytes(p, "big")
            nbits += len(p) * 8
        else:
            acc = (acc << p[1]) | p[0]
            nbits += p[1]
    return from_bits(acc, nbits)


def bs_match(term, spec, r) -> bool:
    """Match a bitstring (or a match context) against segments; binds registers.

    Works on (bytes, bit position) so each segment costs its own size, never
    the size of the whole binary."""
    t0 = type(term)
    if t0 is bytes:
        data, pos, end = term, 0, len(term) * 8
    elif t0 is MatchContext:
        data, pos, end = term.data, term.start, term.end
    elif t0 is BitString:
        data, pos, end = term.data, 0, term.bits
    else:
        return False
    for t, size_reg, unit, signed, endian, kind, target in spec:
        remaining = end - pos
        if t == "integer" or t == "float":
            if size_reg is None:
                size = 8 if t == "integer" else 64
            else:
                size = r[size_reg]
                if type(size) is not int or size < 0:
                    return False
                size *= unit
            if size > remaining:
                return False
            chunk = _int_at(data, pos, size)
            pos += size
            if t == "integer":
                if endian == "little" and size > 8:
                    chunk = _int_bits(chunk, size, "little")
                if signed and size and chunk >> (size - 1):
                    chunk -= 1 << size
                got = chunk
            else:
                if size not in (16, 32, 64):
                    return False
                raw = chunk.to_bytes(size // 8, "big")
                if endian == "little":
                    raw = raw[::-1]
                got = struct.unpack(">" + {16: "e", 32: "f", 64: "d"}[size], raw)[0]
                if got != got or got in (float("inf"), float("-inf")):
                    return False
        elif t in ("binary", "bitstring"):
            if size_reg is None:
                size = remaining
                if t == "binary" and size % 8:
                    return False
            else:
                size = r[size_reg]
                if type(size) is not int or size < 0:
                    return False
                size *= unit
                if size > remaining:
                    return False
            if kind == "context":
                got = MatchContext(data, pos, pos + size)
            else:
                got = _slice_bits(data, pos, size)
            pos += size
        else:
            if pos % 8:
                return False
            got, used = _decode_utf(data[pos // 8:pos // 8 + 4], t, endian)
            if got is None:
                return False
            pos += used * 8
        if kind == "bind" or kind == "context":
            r[target] = got
        elif kind == "check":
            if not exact_eq(got, r[target]):
                return False
    return pos == end


def _decode_utf(data: bytes, t: str, endian: str):
    try:
        if t == "utf8":
            for n in range(1, 5):
                if n > len(data):
                    return None, 0
                try:
                    ch = data[:n].decode("utf-8")
                    return ord(ch), n
                except UnicodeDecodeError:
                    continue
            return None, 0
        if t == "utf16":
            enc = "utf-16-be" if endian == "big" else "utf-16-le"
            for n in (2, 4):
                if n > len(data):
                    return None, 0
                try:
                    return ord(data[:n].decode(enc)), n
                except (UnicodeDecodeError, TypeError):
                    continue
            return None, 0
        if len(data) < 4:
            return None, 0
        v = int.from_bytes(data[:4], endian)
        if v > 0x10FFFF or 0xD800 <= v <= 0xDFFF:
            return None, 0
        return v, 4
    except ValueError:
        return None, 0
