"""Erlang arithmetic and comparison on terms (the VM's slow paths).

The loop handles small-integer operands inline; everything else comes here.
Floats never become inf or nan: such a result is ``badarith``, as on the BEAM.
"""
from __future__ import annotations

import math
from typing import Any

from .errors import ErlangError, BADARITH, BADARG, SYSTEM_LIMIT
from .terms import TRUE, FALSE, compare, exact_eq

_NUM = (int, float)


def _num(x: Any) -> bool:
    t = type(x)
    return t is int or t is float


def _check(result: float) -> float:
    if result - result != 0.0:  # inf or nan
        raise ErlangError(BADARITH)
    return result


def add(a, b):
    if _num(a) and _num(b):
        r = a + b
        return _check(r) if type(r) is float else r
    raise ErlangError(BADARITH)


def sub(a, b):
    if _num(a) and _num(b):
        r = a - b
        return _check(r) if type(r) is float else r
    raise ErlangError(BADARITH)


def mul(a, b):
    if _num(a) and _num(b):
        try:
            r = a * b
        except OverflowError:
            raise ErlangError(BADARITH) from None
        return _check(r) if type(r) is float else r
    raise ErlangError(BADARITH)


def fdiv(a, b):
    if _num(a) and _num(b):
        if b == 0:
            raise ErlangError(BADARITH)
        try:
            return _check(a / b)
        except OverflowError:
            raise ErlangError(BADARITH) from None
    raise ErlangError(BADARITH)


def idiv(a, b):
    if type(a) is int and type(b) is int and b != 0:
        q = abs(a) // abs(b)
        return q if (a >= 0) == (b >= 0) else -q
    raise ErlangError(BADARITH)


def irem(a, b):
    if type(a) is int and type(b) is int and b != 0:
        r = abs(a) % abs(b)
        return r if a >= 0 else -r
    raise ErlangError(BADARITH)


def _ints(a, b):
    if type(a) is not int or type(b) is not int:
        raise ErlangError(BADARITH)


def band(a, b):
    _ints(a, b)
    return a & b


def bor(a, b):
    _ints(a, b)
    return a | b


def bxor(a, b):
    _ints(a, b)
    return a ^ b


def bsl(a, b):
    _ints(a, b)
    if b < 0:
        return a >> -b
    if b > (1 << 26) and a != 0:
        raise ErlangError(SYSTEM_LIMIT)
    return a << b


def bsr(a, b):
    _ints(a, b)
    if b < 0:
        if -b > (1 << 26) and a != 0:
            raise ErlangError(SYSTEM_LIMIT)
        return a << -b
    return a >> b


def bnot(a):
    if type(a) is not int:
        raise ErlangError(BADARITH)
    return ~a


def neg(a):
    if _num(a):
        return -a
    raise ErlangError(BADARITH)


def pos(a):
    if _num(a):
        return a
    raise ErlangError(BADARITH)


def _bool(x):
    if x is TRUE:
        return True
    if x is FALSE:
        return False
    raise ErlangError(BADARG)


def and_(a, b):
    return TRUE if _bool(a) & _bool(b) else FALSE


def or_(a, b):
    return TRUE if _bool(a) | _bool(b) else FALSE


def xor(a, b):
    return TRUE if _bool(a) ^ _bool(b) else FALSE


def not_(a):
    return FALSE if _bool(a) else TRUE


def lt(a, b):
    if type(a) is int and type(b) is int:
        return TRUE if a < b else FALSE
    return TRUE if compare(a, b) < 0 else FALSE


def le(a, b):
    return TRUE if compare(a, b) <= 0 else FALSE


def gt(a, b):
    if type(a) is int and type(b) is int:
        return TRUE if a > b else FALSE
    return TRUE if compare(a, b) > 0 else FALSE


def ge(a, b):
    return TRUE if compare(a, b) >= 0 else FALSE


def eq(a, b):
    return TRUE if compare(a, b) == 0 else FALSE


def ne(a, b):
    return TRUE if compare(a, b) != 0 else FALSE


def eq_exact(a, b):
    return TRUE if exact_eq(a, b) else FALSE


def ne_exact(a, b):
    return FALSE if exact_eq(a, b) else TRUE


# Erlang operator name -> (function, arity); the compiler and the erlang
# module's operator BIFs both use this one table.
OPERATORS = {
    ("+", 2): add, ("-", 2): sub, ("*", 2): mul, ("/", 2): fdiv,
    ("div", 2): idiv, ("rem", 2): irem, ("band", 2): band, ("bor", 2): bor,
    ("bxor", 2): bxor, ("bsl", 2): bsl, ("bsr", 2): bsr, ("bnot", 1): bnot,
    ("-", 1): neg, ("+", 1): pos, ("and", 2): and_, ("or", 2): or_,
    ("xor", 2): xor, ("not", 1): not_, ("<", 2): lt, ("=<", 2): le, (">", 2): gt,
    (">=", 2): ge, ("==", 2): eq, ("/=", 2): ne, ("=:=", 2): eq_exact,
    ("=/=", 2): ne_exact,
}
