"""The ``math`` module.

Why Python: every function is a C libm call that CPython's math module
already wraps; in OTP they are BIFs over libm too.

Semantics of Erlang/OTP 25: arguments may be integers or floats, results are
always floats; a non-number argument is ``badarg``; a domain error (sqrt(-1),
log(0), acos(2)) or an overflow (exp(1000)) is ``badarith``, never NaN or inf.
"""
from __future__ import annotations

import math
from typing import Any, Callable

from beamish.vm.bif_registry import bif
from beamish.vm.errors import badarg, badarith


def to_float(x: Any) -> float:
    if type(x) is float:
        return x
    if type(x) is int:
        try:
            return float(x)
        except OverflowError:
            raise badarith() from None
    raise badarg()


def checked(value: float) -> float:
    if value - value != 0.0:  # inf or NaN
        raise badarith()
    return value


def _unary(name: str, function: Callable[[float], float]) -> None:
    def bif_function(x: Any) -> float:
        argument = to_float(x)
        try:
            return checked(function(argument))
        except (ValueError, OverflowError):
            raise badarith() from None
    bif_function.__name__ = name
    bif_function.__qualname__ = name
    bif("math", name, 1)(bif_function)


for _name, _function in [
    ("sqrt", math.sqrt), ("exp", math.exp), ("log", math.log), ("log2", math.log2),
    ("log10", math.log10), ("sin", math.sin), ("cos", math.cos), ("tan", math.tan),
    ("asin", math.asin), ("acos", math.acos), ("atan", math.atan), ("sinh", math.sinh),
    ("cosh", math.cosh), ("tanh", math.tanh), ("asinh", math.asinh), ("acosh", math.acosh),
    ("atanh", math.atanh), ("erf", math.erf), ("erfc", math.erfc),
    ("floor", lambda x: float(math.floor(x))), ("ceil", lambda x: float(math.ceil(x))),
]:
    _unary(_name, _function)


@bif("math", "pi", 0)
def pi() -> float:
    return math.pi


@bif("math", "pow", 2)
def power(x: Any, y: Any) -> float:
    base, exponent = to_float(x), to_float(y)
    try:
        return checked(math.pow(base, exponent))
    except (ValueError, OverflowError, ZeroDivisionError):
        raise badarith() from None


@bif("math", "atan2", 2)
def atan2(y: Any, x: Any) -> float:
    return checked(math.atan2(to_float(y), to_float(x)))


@bif("math", "fmod", 2)
def fmod(x: Any, y: Any) -> float:
    dividend, divisor = to_float(x), to_float(y)
    try:
        return checked(math.fmod(dividend, divisor))
    except (ValueError, ZeroDivisionError):
        raise badarith() from None
