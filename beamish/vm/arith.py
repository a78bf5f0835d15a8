"""Erlang's operators on terms, as erts of OTP 25 defines them.

The one definition of arithmetic, comparison and boolean operators: the
interpreter loop inlines only the small-integer cases and calls these for the
rest, and they are registered as the ``erlang`` module's operator BIFs (for
``fun erlang:'+'/2``, apply, and operators without an instruction of their own).

Notes
 1. A float result that is infinite or NaN is ``badarith``: Erlang floats are
    always finite. Converting a too-large integer to float is ``badarith``.
 2. ``/`` converts both operands to floats first, as erts does, so
    ``(1 bsl 2000) / (1 bsl 1999)`` is badarith, not 2.0.
 3. ``div`` and ``rem`` truncate toward zero (Python's ``//`` floors).
 4. Integers are capped at MAX_INTEGER_BITS bits, the largest bignum erts
    allows; ``bsl`` and ``*`` past it raise ``system_limit``.
 5. Results are the atoms TRUE/FALSE, never Python bools.
"""
from __future__ import annotations

from typing import Any

from .bif_registry import bif
from .errors import ErlangError, BADARG, BADARITH
from .terms import FALSE, TRUE, Atom, compare, exact_eq

MAX_INTEGER_BITS = 33554368
SYSTEM_LIMIT = Atom("system_limit")


def badarith() -> ErlangError:
    return ErlangError(BADARITH)


def badarg() -> ErlangError:
    return ErlangError(BADARG)


def to_bool(term: Any) -> bool:
    """A Python bool of an Erlang boolean, badarg for any other term."""
    if term is TRUE:
        return True
    if term is FALSE:
        return False
    raise badarg()


def is_number(x: Any) -> bool:
    kind = type(x)
    return kind is int or kind is float


def finite(value: float) -> float:
    """Guard a float result: Erlang has no inf or NaN (note 1)."""
    if value - value != 0.0:
        raise badarith()
    return value


def check_integer_size(value: int) -> int:
    if value.bit_length() > MAX_INTEGER_BITS:
        raise ErlangError(SYSTEM_LIMIT)
    return value




@bif("erlang", "+", 2, guard=True)
def plus(a: Any, b: Any) -> Any:
    if type(a) is int and type(b) is int:
        return a + b
    if is_number(a) and is_number(b):
        try:
            return finite(a + b)
        except OverflowError:
            raise badarith() from None
    raise badarith()


@bif("erlang", "-", 2, guard=True)
def minus(a: Any, b: Any) -> Any:
    if type(a) is int and type(b) is int:
        return a - b
    if is_number(a) and is_number(b):
        try:
            return finite(a - b)
        except OverflowError:
            raise badarith() from None
    raise badarith()


@bif("erlang", "*", 2, guard=True)
def times(a: Any, b: Any) -> Any:
    if type(a) is int and type(b) is int:
        if a.bit_length() + b.bit_length() > MAX_INTEGER_BITS + 1:
            raise ErlangError(SYSTEM_LIMIT)
        return check_integer_size(a * b)
    if is_number(a) and is_number(b):
        try:
            return finite(a * b)
        except OverflowError:
            raise badarith() from None
    raise badarith()


@bif("erlang", "/", 2, guard=True)
def divide(a: Any, b: Any) -> float:
    """Float division; both operands become floats first (note 2)."""
    if not (is_number(a) and is_number(b)):
        raise badarith()
    try:
        numerator, denominator = float(a), float(b)
    except OverflowError:
        raise badarith() from None
    if denominator == 0.0:
        raise badarith()
    return finite(numerator / denominator)


def truncated_div(a: int, b: int) -> int:
    quotient = abs(a) // abs(b)
    return -quotient if (a < 0) != (b < 0) else quotient


@bif("erlang", "div", 2, guard=True)
def int_div(a: Any, b: Any) -> int:
    if type(a) is not int or type(b) is not int or b == 0:
        raise badarith()
    if a >= 0 and b > 0:
        return a // b
    return truncated_div(a, b)


@bif("erlang", "rem", 2, guard=True)
def int_rem(a: Any, b: Any) -> int:
    """Remainder with the sign of the dividend (truncating division)."""
    if type(a) is not int or type(b) is not int or b == 0:
        raise badarith()
    if a >= 0 and b > 0:
        return a % b
    remainder = abs(a) % abs(b)
    return -remainder if a < 0 else remainder


@bif("erlang", "-", 1, guard=True)
def negate(a: Any) -> Any:
    if is_number(a):
        return -a
    raise badarith()


@bif("erlang", "+", 1, guard=True)
def unary_plus(a: Any) -> Any:
    if is_number(a):
        return a
    raise badarith()


@bif("erlang", "band", 2, guard=True)
def band(a: Any, b: Any) -> int:
    if type(a) is not int or type(b) is not int:
        raise badarith()
    return a & b


@bif("erlang", "bor", 2, guard=True)
def bor(a: Any, b: Any) -> int:
    if type(a) is not int or type(b) is not int:
        raise badarith()
    return a | b


@bif("erlang", "bxor", 2, guard=True)
def bxor(a: Any, b: Any) -> int:
    if type(a) is not int or type(b) is not int:
        raise badarith()
    return a ^ b


@bif("erlang", "bnot", 1, guard=True)
def bnot(a: Any) -> int:
    if type(a) is not int:
        raise badarith()
    return ~a


def shift_left(a: int, shift: int) -> int:
    """``a bsl shift`` for any sign of shift, with erts' size limit (note 4)."""
    if shift <= 0:
        return a >> -shift
    if a == 0:
        return 0
    if a.bit_length() + shift > MAX_INTEGER_BITS:
        raise ErlangError(SYSTEM_LIMIT)
    return a << shift


@bif("erlang", "bsl", 2, guard=True)
def bsl(a: Any, b: Any) -> int:
    if type(a) is not int or type(b) is not int:
        raise badarith()
    return shift_left(a, b)


@bif("erlang", "bsr", 2, guard=True)
def bsr(a: Any, b: Any) -> int:
    if type(a) is not int or type(b) is not int:
        raise badarith()
    return shift_left(a, -b)


# ---------------------------------------------------------------- comparison


@bif("erlang", "==", 2, guard=True)
def op_equal(a: Any, b: Any) -> Atom:
    return TRUE if compare(a, b) == 0 else FALSE


@bif("erlang", "/=", 2, guard=True)
def op_not_equal(a: Any, b: Any) -> Atom:
    return FALSE if compare(a, b) == 0 else TRUE


@bif("erlang", "=:=", 2, guard=True)
def op_exact_equal(a: Any, b: Any) -> Atom:
    return TRUE if exact_eq(a, b) else FALSE


@bif("erlang", "=/=", 2, guard=True)
def op_exact_not_equal(a: Any, b: Any) -> Atom:
    return FALSE if exact_eq(a, b) else TRUE


@bif("erlang", "<", 2, guard=True)
def op_less(a: Any, b: Any) -> Atom:
    return TRUE if compare(a, b) < 0 else FALSE


@bif("erlang", "=<", 2, guard=True)
def op_less_equal(a: Any, b: Any) -> Atom:
    return TRUE if compare(a, b) <= 0 else FALSE


@bif("erlang", ">", 2, guard=True)
def op_greater(a: Any, b: Any) -> Atom:
    return TRUE if compare(a, b) > 0 else FALSE


@bif("erlang", ">=", 2, guard=True)
def op_greater_equal(a: Any, b: Any) -> Atom:
    return TRUE if compare(a, b) >= 0 else FALSE


# ---------------------------------------------------------------- booleans


@bif("erlang", "and", 2, guard=True)
def op_and(a: Any, b: Any) -> Atom:
    return TRUE if to_bool(a) & to_bool(b) else FALSE


@bif("erlang", "or", 2, guard=True)
def op_or(a: Any, b: Any) -> Atom:
    return TRUE if to_bool(a) | to_bool(b) else FALSE


@bif("erlang", "xor", 2, guard=True)
def op_xor(a: Any, b: Any) -> Atom:
    return TRUE if to_bool(a) ^ to_bool(b) else FALSE


@bif("erlang", "not", 1, guard=True)
def op_not(a: Any) -> Atom:
    return FALSE if to_bool(a) else TRUE


# Operator name and arity -> function, for constant folding in the compiler.
OPERATORS = {
    ("+", 2): plus, ("-", 2): minus, ("*", 2): times, ("/", 2): divide,
    ("div", 2): int_div, ("rem", 2): int_rem, ("band", 2): band, ("bor", 2): bor,
    ("bxor", 2): bxor, ("bsl", 2): bsl, ("bsr", 2): bsr, ("bnot", 1): bnot,
    ("-", 1): negate, ("+", 1): unary_plus,
}
