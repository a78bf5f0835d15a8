"""Shell input to expressions: where one ends, and its abstract syntax.

erl's shell reads tokens until a ``dot`` (a ``.`` followed by whitespace, a
``%`` or the end of the input) and evaluates that much; the rest of the line
is the start of the next expression. ``expression_end`` finds that point
without tokenizing (a ``.`` inside a string, quoted atom, character literal
or comment ends nothing), so the line editor can ask it on every keystroke.
``parse_exprs`` then hands one expression's text to beamish's own lexer and
parser, wrapped as the body of a function so that the module grammar parses
it (the shell has no preprocessor, as erl's has none).
"""
from __future__ import annotations

from ..grammar.errors import ErlangSyntaxError
from ..grammar.tokens import Token

SHELL_FILE = "shell"
_ENDERS = " \t\r\n\f\v%"


def expression_end(text: str, start: int = 0) -> int | None:
    """The index just past the first expression-ending dot at or after start, or None."""
    i, n = start, len(text)
    while i < n:
        c = text[i]
        if c == "%":
            newline = text.find("\n", i)
            if newline < 0:
                return None
            i = newline + 1
            continue
        if c == '"' or c == "'":
            i = _skip_quoted(text, i + 1, c)
            if i is None:
                return None
            continue
        if c == "$":
            i += 3 if i + 1 < n and text[i + 1] == "\\" else 2
            continue
        if c == ".":
            if i + 1 == n or text[i + 1] in _ENDERS:
                return i + 1
            if text[i + 1] == "." :
                i += 2
                continue
        i += 1
    return None


def _skip_quoted(text: str, i: int, quote: str) -> int | None:
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == quote:
            return i + 1
        i += 1
    return None


def split_expressions(text: str) -> tuple[list[str], str]:
    """Every complete expression in text (each with its dot), and the unfinished rest."""
    found, start = [], 0
    while True:
        end = expression_end(text, start)
        if end is None:
            return found, text[start:]
        found.append(text[start:end])
        start = end


def is_blank(text: str) -> bool:
    """Only whitespace and comments: nothing for the shell to evaluate."""
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and not stripped.startswith("%"):
            return False
    return True


def parse_exprs(text: str) -> list:
    """One expression sequence's text (ending in its dot) to a list of AST expressions.

    Raises ErlangSyntaxError with erl's message and position (line 1 is the
    expression's first line)."""
    from ..grammar.lexer import tokenize
    from ..grammar.parser import parse_form
    tokens = tokenize(text, SHELL_FILE)
    if not tokens or tokens[-1].kind != "dot":
        last = tokens[-1] if tokens else Token("dot", ".", 1, 1)
        raise ErlangSyntaxError(SHELL_FILE, last.line, last.col, "syntax error before: ")
    dot = tokens[-1]
    body = tokens[:-1]
    if not body:
        raise ErlangSyntaxError(SHELL_FILE, dot.line, dot.col, "syntax error before: '.'")
    head = [Token("atom", "$eval", 0, 0), Token("(", "(", 0, 0), Token(")", ")", 0, 0),
            Token("->", "->", 0, 0)]
    form = parse_form(head + body, dot, SHELL_FILE)
    return form[4][0][4]
