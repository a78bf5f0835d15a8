"""Erlang terms as Python values.

The mapping is chosen for the speed of the VM's inner loop: the common terms are
plain Python objects that CPython builds and tests in C, and each Erlang type is
told apart by ``type(x) is T`` (one pointer comparison) rather than isinstance.

    Erlang            Python
    ------            ------
    atom              Atom (interned: one object per name, compared with ``is``)
    integer           int (small and big alike; never bool)
    float             float (always finite: overflow raises badarith)
    tuple             tuple
    []  (nil)         NIL, a singleton
    [H|T] (cons)      list of exactly two items ``[H, T]``
    binary            bytes
    bitstring         BitString (bit length not a multiple of 8)
    map               dict whose keys are map_key(K) (see below)
    fun               Fun
    pid / reference   Pid / Ref

Notes
 1. ``true`` and ``false`` are atoms. Python's True/False must never become a
    term: BIFs return TRUE/FALSE.
 2. A cons cell is a two-item Python list because ``[h, t]`` is the cheapest
    mutable pair CPython allocates, and matching ``[H|T]`` is ``type(x) is
    list`` plus two index loads. Cells are never mutated once published; code
    that builds a list front to back may fill in the tail of a cell it has just
    made and not yet shared.
 3. Strings are lists of character codes, as in Erlang. Python ``str`` is never
    a term (it is used only for atom names and output text).
 4. Python's ``==`` says ``1 == 1.0`` and so does Erlang's ``==``, but Erlang's
    ``=:=`` and map keys tell them apart. Map keys are therefore stored as
    ``map_key(K)``: the term itself for the usual keys (integers, atoms,
    binaries, tuples of those), a MapKey wrapper otherwise. ``unmap_key`` undoes it.
 5. Long lists are deep chains of cells, so nothing here recurses on the
    Python stack over a list's length: equality, comparison and hashing walk
    with explicit loops and stacks.
"""
from __future__ import annotations

import sys
from typing import Any, Iterable

__all__ = [
    "Atom", "atom", "NIL", "TRUE", "FALSE", "OK", "UNDEFINED", "BitString", "Fun",
    "Pid", "Ref", "Port", "MapKey", "map_key", "unmap_key", "from_iterable", "to_pylist",
    "exact_eq", "equal", "compare", "make_string", "TYPE_TESTS",
]


class Atom:
    """An interned atom; identity is equality, so ``is`` compares atoms."""

    __slots__ = ("name", "__weakref__")
    table: dict[str, "Atom"] = {}

    def __new__(cls, name: str) -> "Atom":
        existing = cls.table.get(name)
        if existing is not None:
            return existing
        self = object.__new__(cls)
        self.name = name
        cls.table[name] = self
        return self

    def __repr__(self) -> str:
        return f"Atom({self.name!r})"

    def __reduce__(self):
        return (Atom, (self.name,))


def atom(name: str) -> Atom:
    return Atom(name)


class _Nil:
    """The empty list. A singleton, so ``x is NIL`` tests for it."""

    __slots__ = ()
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NIL"

    def __reduce__(self):
        return (_Nil, ())


NIL = _Nil()
TRUE = Atom("true")
FALSE = Atom("false")
OK = Atom("ok")
UNDEFINED = Atom("undefined")




class BitString:
    """A bitstring whose length is not a whole number of bytes.

    ``data`` holds ceil(bits/8) bytes, the unused low bits of the last byte are
    zero, so two equal bitstrings have equal fields.
    """

    __slots__ = ("data", "bits")

    def __init__(self, data: bytes, bits: int):
        self.data = data
        self.bits = bits

    def __eq__(self, other):
        return type(other) is BitString and other.bits == self.bits and other.data == self.data

    def __hash__(self):
        return hash((self.data, self.bits))

    def __repr__(self) -> str:
        return f"BitString({self.data!r}, {self.bits})"


class Fun:
    """A closure: code of a fun body plus the values it captured.

    ``module``/``name``/``arity`` identify it for printing and fun_info;
    ``code`` is the compiled function object the VM runs; ``env`` the captured
    values (a tuple), which become the first registers after the arguments.
    An external fun (``fun m:f/a``) has ``code`` None and ``env`` ().
    """

    __slots__ = ("module", "name", "arity", "code", "env", "index", "uniq")

    def __init__(self, module, name, arity, code, env, index=0, uniq=0):
        self.module = module
        self.name = name
        self.arity = arity
        self.code = code
        self.env = env
        self.index = index
        self.uniq = uniq

    @property
    def is_external(self) -> bool:
        return self.code is None

    def __repr__(self) -> str:
        return f"Fun({self.module}:{self.name}/{self.arity})"


class Pid:
    __slots__ = ("node", "number", "serial")

    def __init__(self, number: int, serial: int = 0, node: int = 0):
        self.node = node
        self.number = number
        self.serial = serial

    def __eq__(self, other):
        return type(other) is Pid and other.number == self.number and other.serial == self.serial and other.node == self.node

    def __hash__(self):
        return hash((self.node, self.number, self.serial))

    def __repr__(self) -> str:
        return f"<{self.node}.{self.number}.{self.serial}>"


class Port:
    """A port identifier. beamish has no port drivers yet; the runtime's
    standard I/O ports exist so that programs can see and compare them."""

    __slots__ = ("number",)

    def __init__(self, number: int):
        self.number = number

    def __eq__(self, other):
        return type(other) is Port and other.number == self.number

    def __hash__(self):
        return hash(("port", self.number))

    def __repr__(self) -> str:
        return f"#Port<0.{self.number}>"


class Ref:
    __slots__ = ("numbers",)

    def __init__(self, numbers: tuple):
        self.numbers = numbers

    def __eq__(self, other):
        return type(other) is Ref and other.numbers == self.numbers

    def __hash__(self):
        return hash(self.numbers)

    def __repr__(self) -> str:
        return "#Ref<0." + ".".join(str(n) for n in self.numbers) + ">"


# ---------------------------------------------------------------- type tests

# Erlang's type-test BIFs that are a check of the Python type, as
# name -> tuple of types. The compiler's ``is_type`` instruction and the
# ``erlang:is_*/1`` BIFs are both made from this one table.
TYPE_TESTS = {
    "is_atom": (Atom,), "is_binary": (bytes,), "is_bitstring": (bytes, BitString),
    "is_float": (float,), "is_integer": (int,), "is_list": (list, _Nil),
    "is_map": (dict,), "is_number": (int, float), "is_pid": (Pid,), "is_port": (Port,),
    "is_reference": (Ref,), "is_tuple": (tuple,), "is_function": (Fun,),
}


# ---------------------------------------------------------------- lists

def from_iterable(items: Iterable[Any], tail: Any = NIL) -> Any:
    """Build an Erlang list from Python items (front to back, no recursion)."""
    items = list(items)
    result = tail
    for item in reversed(items):
        result = [item, result]
    return result


def make_string(text: str) -> Any:
    """An Erlang string (list of codes) from Python text."""
    result = NIL
    for ch in reversed(text):
        result = [ord(ch), result]
    return result


def to_pylist(term: Any) -> list:
    """Items of a proper Erlang list; raises ValueError for an improper one."""
    out = []
    append = out.append
    while type(term) is list:
        append(term[0])
        term = term[1]
    if term is not NIL:
        raise ValueError("improper list")
    return out





# ---------------------------------------------------------------- equality / order

_SIMPLE = (int, float, Atom, bytes)


def exact_eq(a: Any, b: Any) -> bool:
    """Erlang's ``=:=``: like ``==`` but integers never equal floats."""
    if a is b:
        return True
    stack = [(a, b)]
    pop = stack.pop
    push = stack.append
    while stack:
        a, b = pop()
        if a is b:
            continue
        ta = type(a)
        if ta is not type(b):
            return False
        if ta is list:
            push((a[1], b[1]))
            push((a[0], b[0]))
        elif ta is tuple:
            if len(a) != len(b):
                return False
            for x, y in zip(a, b):
                if x is not y:
                    push((x, y))
        elif ta is dict:
            if len(a) != len(b):
                return False
            for k, v in a.items():
                if k not in b:
                    return False
                push((v, b[k]))
        elif ta is Fun:
            if not (a.code is b.code and a.module is b.module and a.name is b.name
                    and a.arity == b.arity):
                return False
            push((a.env, b.env))
        elif a != b:
            return False
    return True


def equal(a: Any, b: Any) -> bool:
    """Erlang's ``==``: numbers compare by value, all else as ``=:=``."""
    return compare(a, b) == 0


# Term order: number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring
_RANK = {int: 0, float: 0, Atom: 1, Ref: 2, Fun: 3, Port: 4, Pid: 5, tuple: 6, dict: 7,
         _Nil: 8, list: 9, bytes: 10, BitString: 10}


def _cmp_numbers(a, b) -> int:
    # Erlang compares int and float exactly (no float rounding of big ints).
    if type(a) is not type(b):
        if type(a) is float:
            if a != a:  # pragma: no cover - no NaN in Erlang
                return 0
            from fractions import Fraction
            fa, fb = Fraction(a), b
        else:
            from fractions import Fraction
            fa, fb = a, Fraction(b)
        return -1 if fa < fb else (1 if fa > fb else 0)
    return -1 if a < b else (1 if a > b else 0)


def _bits_key(x):
    if type(x) is bytes:
        return x, len(x) * 8
    return x.data, x.bits


def _cmp_bits(a, b) -> int:
    (da, na), (db, nb) = _bits_key(a), _bits_key(b)
    # Compare bit by bit: whole common bytes first, then remaining bits.
    ia = int.from_bytes(da, "big") >> (len(da) * 8 - na) if na else 0
    ib = int.from_bytes(db, "big") >> (len(db) * 8 - nb) if nb else 0
    n = min(na, nb)
    pa, pb = ia >> (na - n), ib >> (nb - n)
    if pa != pb:
        return -1 if pa < pb else 1
    return -1 if na < nb else (1 if na > nb else 0)


def sorted_map_keys(m: dict) -> list:
    """The keys of a map in Erlang term order (the order OTP prints them)."""
    import functools
    return sorted((unmap_key(k) for k in m), key=functools.cmp_to_key(_cmp_map_keys))


def compare(a: Any, b: Any, map_key_order: bool = False) -> int:
    """Standard term order: -1, 0 or 1 (numbers by value, so 1 vs 1.0 is 0).

    With ``map_key_order`` it is the order of map keys instead: every
    integer comes before every float, at any depth (OTP's exact ordering).
    """
    stack = [(a, b)]
    pop = stack.pop
    push = stack.append
    while stack:
        a, b = pop()
        if a is b:
            continue
        ta, tb = type(a), type(b)
        if ta is tb:
            if ta is int or ta is float:
                if a != b:
                    return -1 if a < b else 1
                continue
            if ta is Atom:
                na, nb = a.name, b.name
                if na != nb:
                    return -1 if na < nb else 1  # code-point order
                continue
            if ta is list:
                push((a[1], b[1]))
                push((a[0], b[0]))
                continue
            if ta is tuple:
                if len(a) != len(b):
                    return -1 if len(a) < len(b) else 1
                for x, y in reversed(list(zip(a, b))):
                    push((x, y))
                continue
            if ta is dict:
                if len(a) != len(b):
                    return -1 if len(a) < len(b) else 1
                ka, kb = sorted_map_keys(a), sorted_map_keys(b)
                # Maps: keys in term order first, then values in that order.
                pairs = list(zip(ka, kb))
                vals = [(a[map_key(x)], b[map_key(y)]) for x, y in pairs]
                for item in reversed(vals):
                    push(item)
                for x, y in pairs:
                    c = _cmp_map_keys(x, y)
                    if c:
                        return c
                continue
            if ta is bytes:
                if a != b:
                    return -1 if a < b else 1
                continue
            if ta is BitString:
                c = _cmp_bits(a, b)
                if c:
                    return c
                continue
            if ta is Pid:
                ka, kb = (a.node, a.serial, a.number), (b.node, b.serial, b.number)
                if ka != kb:
                    return -1 if ka < kb else 1
                continue
            if ta is Port:
                if a.number != b.number:
                    return -1 if a.number < b.number else 1
                continue
            if ta is Ref:
                if a.numbers != b.numbers:
                    return -1 if a.numbers[::-1] < b.numbers[::-1] else 1
                continue
            if ta is Fun:
                ka = (a.module.name, a.index, a.uniq, a.name.name if a.name else "", a.arity)
                kb = (b.module.name, b.index, b.uniq, b.name.name if b.name else "", b.arity)
                if ka != kb:
                    return -1 if ka < kb else 1
                push((a.env, b.env))
                continue
            continue
        ra, rb = _RANK[ta], _RANK[tb]
        if ra != rb:
            return -1 if ra < rb else 1
        if ra == 0:
            if map_key_order:
                return -1 if ta is int else 1
            c = _cmp_numbers(a, b)
            if c:
                return c
        else:  # bytes vs BitString
            c = _cmp_bits(a, b)
            if c:
                return c
    return 0


def _cmp_map_keys(x, y) -> int:
    return compare(x, y, map_key_order=True)


# ---------------------------------------------------------------- map keys

class MapKey:
    """Dict key for a term Python would hash or compare differently from Erlang."""

    __slots__ = ("term", "canon", "hashval")

    def __init__(self, term):
        self.term = term
        self.canon = _canonical(term)
        self.hashval = hash(self.canon)

    def __hash__(self):
        return self.hashval

    def __eq__(self, other):
        return type(other) is MapKey and self.canon == other.canon


class _FloatTag:
    __slots__ = ()


_F = _FloatTag()
_L = ("list",)


def _canonical(term):
    """A hashable form in which 1 and 1.0 differ and lists are tuples.

    Uses an explicit work stack so deep lists do not recurse.
    """
    t = type(term)
    if t is float:
        return (_F, term)
    if t is list:
        items = []
        while type(term) is list:
            items.append(_canonical(term[0]))
            term = term[1]
        return (_L, tuple(items), _canonical(term))
    if t is tuple:
        return tuple(_canonical(x) for x in term)
    if t is dict:
        return ("map", frozenset(term.items() if all(type(v) in _SIMPLE for v in term.values())
                                 else ((k, _canonical(v)) for k, v in term.items())))
    if t is Fun:
        return ("fun", id(term.code), term.module, term.name, term.arity, _canonical(term.env))
    return term


def _plain(term) -> bool:
    t = type(term)
    if t is int or t is Atom or t is bytes:
        return True
    if t is tuple:
        return all(_plain(x) for x in term)
    return t is Pid or t is Ref or t is Port or t is BitString or term is NIL


def map_key(term):
    """The dict key under which a map stores the Erlang key ``term``."""
    t = type(term)
    if t is int or t is Atom or t is bytes:
        return term
    if _plain(term):
        return term
    return MapKey(term)


def unmap_key(key):
    return key.term if type(key) is MapKey else key


sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))
