"""The token record shared by the lexer, the preprocessor and the parser.

A token is a small mutable record rather than a tuple so that the
preprocessor can build relocated copies cheaply and every consumer reads
fields by name. ``kind`` follows erl_scan's categories (OTP 25): ``atom``,
``var``, ``integer``, ``float``, ``char``, ``string``, ``dot``, each keyword as
itself, and each punctuation mark as its own text.
"""
from __future__ import annotations

from collections.abc import Iterable

__all__ = ["Token", "TokenList"]


class Token:
    """One lexeme with its 1-based position; ``file`` is None for the main file."""

    __slots__ = ("kind", "value", "line", "col", "file")

    def __init__(self, kind: str, value: object, line: int, col: int, file: str | None = None) -> None:
        self.kind = kind
        self.value = value
        self.line = line
        self.col = col
        self.file = file

    def __repr__(self) -> str:
        where = f"{self.line}:{self.col}" if self.file is None else f"{self.file}:{self.line}:{self.col}"
        if self.kind == self.value:
            return f"Token({self.kind!r} @{where})"
        return f"Token({self.kind!r}, {self.value!r} @{where})"


class TokenList(list):
    """A plain token list that also remembers where its input ended.

    epp reports an unterminated ``-if`` at the end-of-file location, which no
    token carries; the lexer records it here as ``end = (line, col)``.
    """

    __slots__ = ("end",)

    def __init__(self, tokens: Iterable[Token] = (), end: tuple[int, int] = (1, 1)) -> None:
        super().__init__(tokens)
        self.end = end
