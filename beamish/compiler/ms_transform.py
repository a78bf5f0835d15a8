"""The ms_transform parse transform: ``ets:fun2ms(fun ... end)`` to a match spec.

A module that includes ``stdlib/include/ms_transform.hrl`` carries
``-compile({parse_transform, ms_transform})``; compile_source then passes its
forms through ``transform``, which replaces every call ``ets:fun2ms(Fun)``
whose argument is a literal fun by an expression that builds the match spec
(OTP 25 stdlib's ms_transform, as documented in ms_transform(3)).

Translation, clause by clause of the fun:
  * the one parameter is the head: each variable becomes ``'$N'`` numbered by
    first appearance (left to right, depth first), ``_`` stays ``'_'``, a
    record pattern becomes its tuple with ``'_'`` (or the ``_ = P`` pattern)
    in the fields it does not name; ``Pattern = Var`` makes Var the whole
    object, ``'$_'``;
  * each ``;``-alternative of the guard gives a clause of its own, with the
    guard tests translated as expressions;
  * expressions: head variables become their ``'$N'``; a variable from outside
    the fun becomes ``{const, Var}``, so its run-time value is taken; tuples
    become ``{{...}}``; operators and guard BIFs (also written
    ``erlang:F(...)``) become ``{Op, Args...}``; ``object()`` is ``'$_'`` and
    ``bindings()`` ``'$*'``; an atom that looks like a match variable
    (``'$1'``, ``'_'``) becomes ``{const, Atom}``; a negated number literal
    stays a literal; records become tuples (construction with the record's
    defaults, ``R#r.f`` becomes ``{element, I, R}``, ``is_record(R, r)``
    gets the record's size).
Anything else (a match, a case, a call of another function, a fun with more
than one parameter) is a compile error worded as ms_transform words it; like
OTP, only the first one is reported.
"""
from __future__ import annotations

from typing import Any

from .erl_internal import ARITH_OPS, BOOL_OPS, COMPARISONS, is_guard_bif
from .errors import CompileError

_OPERATORS = COMPARISONS | ARITH_OPS | BOOL_OPS | {"andalso", "orelse", "++", "--"}
# Language elements by AST kind, for "the language element X cannot be translated".
_ELEMENT_NAMES = {"case": "case", "if": "if", "receive": "receive", "try": "try",
                  "catch": "catch", "block": "begin", "lc": "list comprehension",
                  "bc": "binary comprehension", "fun": "fun", "fun_local": "fun",
                  "fun_remote": "fun", "send": "!"}
_UNARY = frozenset(["-", "+", "not", "bnot"])


class _Unsupported(Exception):
    def __init__(self, pos: tuple, message: str):
        super().__init__(message)
        self.pos = pos
        self.message = message


def requested(forms: list) -> bool:
    """Does the module ask for ``{parse_transform, ms_transform}``?"""
    for form in forms:
        if form[0] == "attribute" and form[2] == "compile":
            for node in _walk_literal(form[3]):
                if node[0] == "tuple" and len(node[2]) == 2:
                    key, value = node[2]
                    if (key[0] == "atom" and key[2] == "parse_transform"
                            and value[0] == "atom" and value[2] == "ms_transform"):
                        return True
    return False


def _walk_literal(nodes: list):
    """The tuple and list nodes of an attribute's literal term."""
    stack = list(nodes)
    while stack:
        node = stack.pop()
        yield node
        if node[0] == "tuple":
            stack.extend(node[2])
        elif node[0] == "cons":
            stack.extend(node[2:4])


def transform(forms: list, file: str) -> list:
    """The forms with every ets:fun2ms(fun ...) call replaced by its match spec."""
    records = _records(forms)
    try:
        return [_rewrite(form, records) if form[0] == "function" else form for form in forms]
    except _Unsupported as problem:
        raise CompileError([(file, problem.pos[0], problem.pos[1], problem.message)]) from None


def _records(forms: list) -> dict:
    """name -> [(field, default AST or None)] of the module's records."""
    records = {}
    for form in forms:
        if form[0] == "attribute" and form[2] == "record" and len(form[3]) == 2:
            name, fields = form[3]
            if name[0] != "atom" or fields[0] != "tuple":
                continue
            entries = []
            for field in fields[2]:
                if field[0] == "atom":
                    entries.append((field[2], None))
                elif field[0] == "match" and field[2][0] == "atom":
                    entries.append((field[2][2], field[3]))
            records[name[2]] = entries
    return records


def _is_fun2ms_call(node: tuple) -> bool:
    if node[0] != "call" or len(node[3]) != 1 or node[3][0][0] != "fun":
        return False
    callee = node[2]
    return (callee[0] == "remote" and callee[2][0] == "atom" and callee[2][2] == "ets"
            and callee[3][0] == "atom" and callee[3][2] == "fun2ms")


def _rewrite(node: Any, records: dict) -> Any:
    """A copy of ``node`` with fun2ms calls replaced; walks cons chains in a loop."""
    if type(node) is list:
        return [_rewrite(item, records) for item in node]
    if type(node) is not tuple:
        return node
    if node and node[0] == "call" and _is_fun2ms_call(node):
        return _fun_to_spec(node[3][0], records)
    if node and node[0] == "cons":
        cells = []
        while type(node) is tuple and node and node[0] == "cons":
            cells.append(node)
            node = node[3]
        tail = _rewrite(node, records)
        for cell in reversed(cells):
            tail = ("cons", cell[1], _rewrite(cell[2], records), tail)
        return tail
    return tuple(_rewrite(item, records) for item in node)


def _start(node: tuple) -> tuple:
    """Where an expression begins (an operator's node sits at the operator)."""
    while node[0] in ("match", "op", "send"):
        node = node[3] if node[0] == "op" else node[2]
    return node[1]


# ---------------------------------------------------------------- AST builders

def _atom(pos: tuple, name: str) -> tuple:
    return ("atom", pos, name)


def _tuple(pos: tuple, items: list) -> tuple:
    return ("tuple", pos, items)


def _list(pos: tuple, items: list) -> tuple:
    result: tuple = ("nil", pos)
    for item in reversed(items):
        result = ("cons", pos, item, result)
    return result


def _const(pos: tuple, node: tuple) -> tuple:
    return _tuple(pos, [_atom(pos, "const"), node])


def _looks_like_variable(name: str) -> bool:
    return name == "_" or name.startswith("$")


# ---------------------------------------------------------------- one fun

def _fun_to_spec(fun: tuple, records: dict) -> tuple:
    clauses = []
    for clause in fun[2]:
        _, pos, params, guard, body = clause
        if len(params) != 1:
            # OTP points at the clause's '('; beamish's clause position is its
            # first parameter, which in the usual layout follows it directly
            where = (pos[0], pos[1] - 1) if params else pos
            raise _Unsupported(where, "ets:fun2ms requires fun with single variable or tuple parameter")
        translator = _Clause(records)
        head = translator.head(params[0])
        translator.where = "guard"
        alternatives = [[translator.expr(g) for g in tests] for tests in guard or [[]]]
        translator.where = "body"
        body_ast = _list(pos, [translator.expr(e) for e in body])
        for tests in alternatives:
            clauses.append(_tuple(pos, [head, _list(pos, tests), body_ast]))
    return _list(fun[1], clauses)


class _Clause:
    """The variable numbering of one fun clause, and its translations."""

    def __init__(self, records: dict):
        self.records = records
        self.variables: dict[str, str] = {}
        self.whole: str | None = None
        self.where = "head"

    def _record_fields(self, pos: tuple, name: str) -> list:
        fields = self.records.get(name)
        if fields is None:
            raise _Unsupported(pos, f"record {name} undefined")
        return fields

    # ---- the head
    def head(self, pattern: tuple) -> tuple:
        if pattern[0] == "match":
            left, right = pattern[2], pattern[3]
            if right[0] == "var" and right[2] != "_":
                self.whole = right[2]
                return self.pattern(left)
            if left[0] == "var" and left[2] != "_":
                self.whole = left[2]
                return self.pattern(right)
        return self.pattern(pattern)

    def pattern(self, node: tuple) -> tuple:
        kind, pos = node[0], node[1]
        if kind == "var":
            name = node[2]
            if name == "_":
                return _atom(pos, "_")
            if name not in self.variables:
                self.variables[name] = f"${len(self.variables) + 1}"
            return _atom(pos, self.variables[name])
        if kind in ("atom", "int", "float", "string", "nil", "char"):
            return node
        if kind == "unop" and node[2] in ("-", "+") and node[3][0] in ("int", "float"):
            return node
        if kind == "tuple":
            return _tuple(pos, [self.pattern(x) for x in node[2]])
        if kind == "cons":
            return ("cons", pos, self.pattern(node[2]), self.pattern(node[3]))
        if kind == "bin" and all(_literal(e[2]) and e[3] is None for e in node[2]):
            return node
        if kind == "map" and node[2] is None:
            return ("map", pos, None, [("assoc", p, self.expr(k), self.pattern(v))
                                       for _, p, k, v in node[3]])
        if kind == "record" and node[2] is None:
            given = {field: value for field, _, value in node[4]}
            rest = given.pop("_", None)
            items = [_atom(pos, node[3])]
            for field, _default in self._record_fields(pos, node[3]):
                if field in given:
                    items.append(self.pattern(given[field]))
                elif rest is not None:
                    items.append(self.pattern(rest))
                else:
                    items.append(_atom(pos, "_"))
            return _tuple(pos, items)
        raise _Unsupported(_start(node), f"the language element {node[0]} (in head) "
                                         "cannot be translated into match_spec")

    # ---- guards and body
    def expr(self, node: tuple) -> tuple:
        kind, pos = node[0], node[1]
        if kind == "var":
            name = node[2]
            if name in self.variables:
                return _atom(pos, self.variables[name])
            if name == self.whole:
                return _atom(pos, "$_")
            if name == "_":
                raise _Unsupported(pos, "variable '_' is unbound")
            return _const(pos, node)
        if kind == "atom":
            return _const(pos, node) if _looks_like_variable(node[2]) else node
        if kind in ("int", "float", "string", "nil", "char"):
            return node
        if kind == "tuple":
            return _tuple(pos, [_tuple(pos, [self.expr(x) for x in node[2]])])
        if kind == "cons":
            return ("cons", pos, self.expr(node[2]), self.expr(node[3]))
        if kind == "op" and node[2] in _OPERATORS:
            return _tuple(pos, [_atom(pos, node[2]), self.expr(node[3]), self.expr(node[4])])
        if kind == "unop" and node[2] in _UNARY:
            if node[2] in ("-", "+") and node[3][0] in ("int", "float"):
                return node if node[2] == "-" else node[3]
            return _tuple(pos, [_atom(pos, node[2]), self.expr(node[3])])
        if kind == "call":
            return self.call(node)
        if kind == "map" and node[2] is None:
            return ("map", pos, None, [("assoc", p, self.expr(k), self.expr(v))
                                       for _, p, k, v in node[3]])
        if kind == "bin" and all(_literal(e[2]) and e[3] is None for e in node[2]):
            return node
        if kind == "record" and node[2] is None:
            given = {field: value for field, _, value in node[4]}
            rest = given.pop("_", None)
            items = [_atom(pos, node[3])]
            for field, default in self._record_fields(pos, node[3]):
                if field in given:
                    items.append(self.expr(given[field]))
                elif rest is not None:
                    items.append(self.expr(rest))
                elif default is not None:
                    items.append(self.expr(default))
                else:
                    items.append(_atom(pos, "undefined"))
            return _tuple(pos, [_tuple(pos, items)])
        if kind == "record_field":
            fields = [f for f, _ in self._record_fields(pos, node[3])]
            if node[4] not in fields:
                raise _Unsupported(pos, f"field {node[4]} undefined in record {node[3]}")
            index = fields.index(node[4]) + 2
            return _tuple(pos, [_atom(pos, "element"), ("int", pos, index), self.expr(node[2])])
        if kind == "record_index":
            fields = [f for f, _ in self._record_fields(pos, node[2])]
            if node[3] not in fields:
                raise _Unsupported(pos, f"field {node[3]} undefined in record {node[2]}")
            return ("int", pos, fields.index(node[3]) + 2)
        if kind == "match":
            raise _Unsupported(_start(node), f"fun with {self.where} matching ('=' in {self.where}) "
                                             "is illegal as match_spec")
        element = _ELEMENT_NAMES.get(kind, kind)
        raise _Unsupported(_start(node), f"the language element {element} (in {self.where}) "
                                         "cannot be translated into match_spec")

    def call(self, node: tuple) -> tuple:
        pos, callee, args = node[1], node[2], node[3]
        if callee[0] == "remote" and callee[2][0] == "atom" and callee[2][2] == "erlang" \
                and callee[3][0] == "atom":
            name = callee[3][2]
        elif callee[0] == "atom":
            name = callee[2]
            if name == "object" and not args:
                return _atom(pos, "$_")
            if name == "bindings" and not args:
                return _atom(pos, "$*")
        else:
            raise _Unsupported(pos, f"fun containing a call of a fun or of another module "
                                    f"(in {self.where}) cannot be translated into match_spec")
        if name == "is_record" and len(args) == 2 and args[1][0] == "atom" \
                and args[1][2] in self.records:
            size = len(self.records[args[1][2]]) + 1
            return _tuple(pos, [_atom(pos, "is_record"), self.expr(args[0]), args[1], ("int", pos, size)])
        if not is_guard_bif(name, len(args)):
            raise _Unsupported(pos, f"fun containing the local function call '{name}/{len(args)}' "
                                    f"(called in {self.where}) cannot be translated into match_spec")
        return _tuple(pos, [_atom(pos, name)] + [self.expr(a) for a in args])


def _literal(node: tuple) -> bool:
    return node[0] in ("int", "float", "string", "char", "atom")
