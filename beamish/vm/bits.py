"""Bit syntax: building and matching binaries segment by segment.

A bitstring is handled here as an (int value, bit length) pair, which makes
segments of any bit size a shift and a mask; bytes and BitString are the
term forms at the edges.

Build spec: a tuple of segments (type, size_reg|None, unit, signed, endian, value_reg).
Match spec: a tuple of segments (type, size_reg|None, unit, signed, endian,
target_kind, target) with target_kind "bind" (write the register), "check"
(compare with a register's value) or "skip".
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


def bs_build(spec, r) -> Any:
    acc, nbits = 0, 0
    for t, size_reg, unit, signed, endian, value_reg in spec:
        v = r[value_reg]
        if t == "integer":
            size = 8 if size_reg is None else r[size_reg]
            if type(size) is not int or size < 0:
                raise ErlangError(BADARG)
            size *= unit
            if type(v) is not int:
                raise ErlangError(BADARG)
            acc = (acc << size) | _int_bits(v, size, endian)
            nbits += size
        elif t == "float":
            size = 64 if size_reg is None else r[size_reg] * unit
            if type(v) not in (int, float) or size not in (16, 32, 64):
                raise ErlangError(BADARG)
            fmt = {16: "e", 32: "f", 64: "d"}[size]
            try:
                raw = struct.pack((">" if endian == "big" else "<") + fmt, float(v))
            except (OverflowError, struct.error):
                raise ErlangError(BADARG) from None
            acc = (acc << size) | int.from_bytes(raw, "big")
            nbits += size
        elif t in ("binary", "bitstring"):
            if type(v) is not bytes and type(v) is not BitString:
                raise ErlangError(BADARG)
            bv, bn = to_bits(v)
            if size_reg is not None:
                size = r[size_reg]
                if type(size) is not int:
                    raise ErlangError(BADARG)
                size *= unit
                if size > bn:
                    raise ErlangError(BADARG)
                bv >>= (bn - size)
                bn = size
            elif t == "binary" and bn % 8:
                raise ErlangError(BADARG)
            acc = (acc << bn) | bv
            nbits += bn
        else:
            raw = _utf(v, t, endian)
            acc = (acc << (len(raw) * 8)) | int.from_bytes(raw, "big")
            nbits += len(raw) * 8
    return from_bits(acc, nbits)


def bs_match(term, spec, r) -> bool:
    if type(term) is not bytes and type(term) is not BitString:
        return False
    value, remaining = to_bits(term)
    for t, size_reg, unit, signed, endian, kind, target in spec:
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
            remaining -= size
            chunk = (value >> remaining) & ((1 << size) - 1)
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
            remaining -= size
            got = from_bits((value >> remaining) & ((1 << size) - 1), size)
        else:
            if remaining % 8:
                return False
            data = ((value & ((1 << remaining) - 1))).to_bytes(remaining // 8, "big")
            got, used = _decode_utf(data, t, endian)
            if got is None:
                return False
            remaining -= used * 8
        if kind == "bind":
            r[target] = got
        elif kind == "check":
            if not exact_eq(got, r[target]):
                return False
    return remaining == 0


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
