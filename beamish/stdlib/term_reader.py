"""Reading literal Erlang terms from text, as file:consult/1 does (an ``.app`` file).

Terms are built from the lexer's tokens by a small recursive descent: atoms,
numbers (with a leading minus), characters, strings (adjacent ones join),
binaries of string and integer segments, tuples, lists and maps. Anything
else (a variable, an operator) is an error at the token's line, as
file:consult reports it: {error, {Line, erl_parse, Message}}.
"""
from __future__ import annotations

from typing import Any

from ..grammar.lexer import tokenize
from ..vm.terms import NIL, Atom, make_string, map_key


class TermSyntaxError(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def consult(text: str, file: str) -> list:
    """Every term of ``text`` (each ends with a dot), as Python terms."""
    tokens = tokenize(text, file)
    reader = _Reader(tokens)
    terms = []
    while not reader.at_end():
        terms.append(reader.term())
        reader.expect("dot")
    return terms


class _Reader:
    def __init__(self, tokens: list):
        self.tokens = tokens
        self.index = 0

    def at_end(self) -> bool:
        return self.index >= len(self.tokens)

    def _next(self):
        if self.at_end():
            last = self.tokens[-1].line if self.tokens else 1
            raise TermSyntaxError(last, "syntax error before: ")
        token = self.tokens[self.index]
        self.index += 1
        return token

    def _peek_kind(self) -> str | None:
        return None if self.at_end() else self.tokens[self.index].kind

    def expect(self, kind: str):
        token = self._next()
        if token.kind != kind:
            raise TermSyntaxError(token.line, f"syntax error before: {token.value or token.kind}")
        return token

    def term(self) -> Any:
        token = self._next()
        kind = token.kind
        if kind == "atom":
            return Atom(token.value)
        if kind in ("integer", "float", "char"):
            return token.value
        if kind == "-" and self._peek_kind() in ("integer", "float"):
            return -self._next().value
        if kind == "string":
            text = token.value
            while self._peek_kind() == "string":
                text += self._next().value
            return make_string(text)
        if kind == "{":
            return tuple(self._sequence("}"))
        if kind == "[":
            return self._list()
        if kind == "#":
            self.expect("{")
            return self._map()
        if kind == "<<":
            return self._binary()
        raise TermSyntaxError(token.line, f"syntax error before: {token.value or kind}")

    def _sequence(self, closer: str) -> list:
        items: list = []
        if self._peek_kind() == closer:
            self._next()
            return items
        while True:
            items.append(self.term())
            token = self._next()
            if token.kind == closer:
                return items
            if token.kind != ",":
                raise TermSyntaxError(token.line, f"syntax error before: {token.value or token.kind}")

    def _list(self) -> Any:
        items: list = []
        tail: Any = NIL
        if self._peek_kind() == "]":
            self._next()
            return NIL
        while True:
            items.append(self.term())
            token = self._next()
            if token.kind == "]":
                break
            if token.kind == "|":
                tail = self.term()
                self.expect("]")
                break
            if token.kind != ",":
                raise TermSyntaxError(token.line, f"syntax error before: {token.value or token.kind}")
        result = tail
        for item in reversed(items):
            result = [item, result]
        return result

    def _map(self) -> dict:
        result: dict = {}
        if self._peek_kind() == "}":
            self._next()
            return result
        while True:
            key = self.term()
            self.expect("=>")
            result[map_key(key)] = self.term()
            token = self._next()
            if token.kind == "}":
                return result
            if token.kind != ",":
                raise TermSyntaxError(token.line, f"syntax error before: {token.value or token.kind}")

    def _binary(self) -> bytes:
        out = bytearray()
        if self._peek_kind() == ">>":
            self._next()
            return bytes(out)
        while True:
            token = self._next()
            if token.kind == "string":
                out.extend(token.value.encode("latin-1", errors="replace"))
            elif token.kind in ("integer", "char"):
                out.append(token.value & 0xFF)
            else:
                raise TermSyntaxError(token.line, f"syntax error before: {token.value or token.kind}")
            token = self._next()
            if token.kind == ">>":
                return bytes(out)
            if token.kind != ",":
                raise TermSyntaxError(token.line, f"syntax error before: {token.value or token.kind}")
