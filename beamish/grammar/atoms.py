"""When an atom must be written in quotes (io_lib:write_atom rules, OTP 25)."""
from __future__ import annotations

import re

RESERVED_WORDS = frozenset(
    "after and andalso band begin bnot bor bsl bsr bxor case catch cond div end fun if "
    "let not of or orelse receive rem try when xor maybe else".split())

_UNQUOTED = re.compile(r"[a-zß-öø-ÿ][a-zA-Z0-9_@ß-öø-ÿÀ-ÖØ-Þ]*\Z")


def atom_needs_quotes(name: str) -> bool:
    return not _UNQUOTED.match(name) or name in RESERVED_WORDS


def quote_atom(name: str) -> str:
    if not atom_needs_quotes(name):
        return name
    out = []
    for ch in name:
        if ch == "'":
            out.append("\\'")
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32:
            out.append("\\" + oct(ord(ch))[2:])
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"
