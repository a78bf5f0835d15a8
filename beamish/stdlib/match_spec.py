"""Match specifications: compiled once into Python closures, then run per object.

A match spec is ``[{Head, Guards, Body}]`` as documented in ERTS's "Match
Specifications in Erlang" (OTP 25). ets:select/match/match_object/
select_count/select_delete compile it with ``compile_ms`` and call
``MatchSpec.run`` on each object; ets:match(T, P) is the spec
``[{P, [], ['$$']}]`` and match_object ``[{P, [], ['$_']}]``.

Notes
 1. The head is a pattern: ``'$N'`` (N a non-negative integer) binds or, when
    already bound, must be ``=:=`` to what it is bound to; ``'_'`` matches
    anything; everything else matches itself exactly (``=:=``).
 2. Guard and body expressions: ``'$N'`` is a bound variable, ``'$_'`` the whole
    object, ``'$$'`` the list of the head's variables in number order; ``{const,
    T}`` is T unevaluated; ``{{E1, ..}}`` builds a tuple; a list builds a list; a
    map builds a map; ``{F, A1, ..}`` calls guard function F; any other atom or
    constant is itself. A 1-tuple ``{self}`` is self().
 3. A guard passes only when every guard expression returns ``true``; an
    exception in a guard fails the clause. An exception in the body makes the
    clause's result the atom ``'EXIT'`` (what ets:select returns for it).
 4. A spec that is not a proper list of 3-tuples, a guard list or a body that
    is not a proper list, an empty body, an unknown function or a variable not
    bound by the head is rejected with badarg when compiled, as OTP does.
 5. ``and``/``or``/``andalso``/``orelse`` take any number of arguments; the
    last two evaluate left to right and stop at the first false/true.
"""
from __future__ import annotations

from typing import Any, Callable

from beamish.vm.bif_registry import BIFS
from beamish.vm.errors import ErlangError, badarg
from beamish.vm.terms import Atom, NIL, TRUE, FALSE, exact_eq, from_iterable, map_key, unmap_key

UNDERSCORE = Atom("_")
WHOLE = Atom("$_")
ALL_VARS = Atom("$$")
CONST = Atom("const")
EXIT_RESULT = Atom("EXIT")

# Guard functions of match specifications (ERTS 13, "Match Specifications in
# Erlang"); each is the erlang BIF of the same name and arity.
GUARD_FUNCTIONS = frozenset("""
    is_atom is_float is_integer is_list is_number is_pid is_port is_reference
    is_tuple is_map is_map_key is_binary is_function is_record abs element hd
    length map_get map_size node round size bit_size byte_size tuple_size tl
    trunc binary_part float + - * / div rem band bor bxor bnot bsl bsr > >= <
    =< =:= == =/= /= not xor self
""".split())
_VARIADIC = {"and", "or", "andalso", "orelse"}


class _GuardFailed(Exception):
    pass


def variable_number(term: Any) -> int | None:
    """N for the atom '$N', else None."""
    if type(term) is Atom:
        name = term.name
        if len(name) > 1 and name[0] == "$" and name[1:].isdigit():
            return int(name[1:])
    return None


def _items(term: Any) -> list:
    """The items of a proper list; badarg otherwise."""
    out = []
    while type(term) is list:
        out.append(term[0])
        term = term[1]
    if term is not NIL:
        raise badarg()
    return out


# ---------------------------------------------------------------- heads

def _compile_pattern(pattern: Any, seen: set) -> Callable[[Any, dict], bool] | None:
    """A matcher ``f(term, bindings) -> bool``, or None for a wildcard."""
    if pattern is UNDERSCORE:
        return None
    number = variable_number(pattern)
    if number is not None:
        if number in seen:
            return lambda term, b: exact_eq(term, b[number])

        seen.add(number)

        def bind(term, b):
            b[number] = term
            return True
        return bind
    if not _has_variables(pattern):
        if type(pattern) in (int, float, Atom, bytes):
            kind = type(pattern)
            return lambda term, b: type(term) is kind and term == pattern
        return lambda term, b: exact_eq(term, pattern)
    t = type(pattern)
    if t is tuple:
        size = len(pattern)
        parts = [(i, m) for i, m in ((i, _compile_pattern(p, seen)) for i, p in enumerate(pattern))
                 if m is not None]

        def match_tuple(term, b):
            if type(term) is not tuple or len(term) != size:
                return False
            for i, m in parts:
                if not m(term[i], b):
                    return False
            return True
        return match_tuple
    if t is list:
        head = _compile_pattern(pattern[0], seen)
        tail = _compile_pattern(pattern[1], seen)

        def match_cons(term, b):
            return (type(term) is list and (head is None or head(term[0], b))
                    and (tail is None or tail(term[1], b)))
        return match_cons
    if t is dict:
        parts = [(k, _compile_pattern(v, seen)) for k, v in pattern.items()]

        def match_map(term, b):
            if type(term) is not dict:
                return False
            for k, m in parts:
                if k not in term:
                    return False
                if m is not None and not m(term[k], b):
                    return False
            return True
        return match_map
    return lambda term, b: exact_eq(term, pattern)


def _has_variables(term: Any) -> bool:
    stack = [term]
    while stack:
        x = stack.pop()
        t = type(x)
        if t is Atom:
            if x is UNDERSCORE or variable_number(x) is not None:
                return True
        elif t is tuple:
            stack.extend(x)
        elif t is list:
            stack.append(x[0])
            stack.append(x[1])
        elif t is dict:
            stack.extend(x.values())
    return False


# ---------------------------------------------------------------- expressions

Expr = Callable[[dict, Any, Any], Any]   # (bindings, object, process) -> term


def _compile_expr(expr: Any, bound: frozenset) -> Expr:
    t = type(expr)
    if t is Atom:
        number = variable_number(expr)
        if number is not None:
            if number not in bound:
                raise badarg()
            return lambda b, obj, proc: b[number]
        if expr is WHOLE:
            return lambda b, obj, proc: obj
        if expr is ALL_VARS:
            order = sorted(bound)
            return lambda b, obj, proc: from_iterable([b[n] for n in order])
        return lambda b, obj, proc: expr
    if t is tuple:
        if len(expr) == 1 and type(expr[0]) is tuple:
            parts = [_compile_expr(x, bound) for x in expr[0]]
            return lambda b, obj, proc: tuple([p(b, obj, proc) for p in parts])
        if not expr or type(expr[0]) is not Atom:
            raise badarg()
        if expr[0] is CONST and len(expr) == 2:
            value = expr[1]
            return lambda b, obj, proc: value
        return _compile_call(expr[0].name, [_compile_expr(x, bound) for x in expr[1:]])
    if t is list:
        head = _compile_expr(expr[0], bound)
        tail = _compile_expr(expr[1], bound)
        return lambda b, obj, proc: [head(b, obj, proc), tail(b, obj, proc)]
    if t is dict:
        parts = [(_compile_expr(unmap_key(k), bound), _compile_expr(v, bound)) for k, v in expr.items()]
        return lambda b, obj, proc: {map_key(k(b, obj, proc)): v(b, obj, proc) for k, v in parts}
    return lambda b, obj, proc: expr


def _compile_call(name: str, args: list) -> Expr:
    if name in _VARIADIC:
        return _compile_logic(name, args)
    if name not in GUARD_FUNCTIONS:
        raise badarg()
    key = ("erlang", name, len(args))
    func = BIFS.get(key)
    if func is None:
        raise badarg()
    if name == "self":
        return lambda b, obj, proc: proc.pid
    if len(args) == 1:
        a = args[0]
        return lambda b, obj, proc: func(a(b, obj, proc))
    if len(args) == 2:
        a, c = args
        return lambda b, obj, proc: func(a(b, obj, proc), c(b, obj, proc))
    return lambda b, obj, proc: func(*[a(b, obj, proc) for a in args])


def _truth(value: Any) -> bool:
    if value is TRUE:
        return True
    if value is FALSE:
        return False
    raise _GuardFailed()


def _compile_logic(name: str, args: list) -> Expr:
    if not args:
        raise badarg()
    if name == "andalso":
        def andalso(b, obj, proc):
            for a in args[:-1]:
                if not _truth(a(b, obj, proc)):
                    return FALSE
            return args[-1](b, obj, proc)
        return andalso
    if name == "orelse":
        def orelse(b, obj, proc):
            for a in args[:-1]:
                if _truth(a(b, obj, proc)):
                    return TRUE
            return args[-1](b, obj, proc)
        return orelse
    if name == "and":
        return lambda b, obj, proc: TRUE if all([_truth(a(b, obj, proc)) for a in args]) else FALSE
    return lambda b, obj, proc: TRUE if any([_truth(a(b, obj, proc)) for a in args]) else FALSE


# ---------------------------------------------------------------- specs

class _Clause:
    __slots__ = ("head", "guards", "body")

    def __init__(self, head, guards, body):
        self.head = head
        self.guards = guards
        self.body = body


class MatchSpec:
    """A compiled match spec. ``run`` gives the result of the first clause
    whose head and guards accept the object, or ``NO_MATCH``."""

    NO_MATCH = object()

    def __init__(self, clauses: list, heads: list):
        self.clauses = clauses
        self.heads = heads   # the head terms, for the ets key-lookup shortcut

    def run(self, obj: Any, proc: Any) -> Any:
        for clause in self.clauses:
            bindings: dict = {}
            if clause.head is not None and not clause.head(obj, bindings):
                continue
            try:
                if not all([_truth(g(bindings, obj, proc)) for g in clause.guards]):
                    continue
            except (_GuardFailed, ErlangError):
                continue
            try:
                result = None
                for expr in clause.body:
                    result = expr(bindings, obj, proc)
                return result
            except (_GuardFailed, ErlangError):
                return EXIT_RESULT
        return self.NO_MATCH


def compile_ms(spec: Any) -> MatchSpec:
    """Compile an Erlang match spec term; badarg when it is not valid (note 4)."""
    clauses = []
    heads = []
    for item in _items(spec):
        if type(item) is not tuple or len(item) != 3:
            raise badarg()
        head, guards, body = item
        if not (type(head) is tuple or head is UNDERSCORE or variable_number(head) is not None):
            raise badarg()
        seen: set = set()
        matcher = _compile_pattern(head, seen)
        bound = frozenset(seen)
        guard_exprs = [_compile_expr(g, bound) for g in _items(guards)]
        body_exprs = [_compile_expr(e, bound) for e in _items(body)]
        if not body_exprs:
            raise badarg()
        clauses.append(_Clause(matcher, guard_exprs, body_exprs))
        heads.append(head)
    return MatchSpec(clauses, heads)


def pattern_spec(pattern: Any, body: Atom) -> MatchSpec:
    """The spec of ets:match (body '$$') or ets:match_object (body '$_')."""
    return compile_ms([(pattern, NIL, [body, NIL]), NIL])


def is_ground(term: Any) -> bool:
    """True when ``term`` has no variable and no '_' (it matches only itself)."""
    return not _has_variables(term)
