"""Macros, conditional compilation and includes on a token list, as epp does it.

The input is the lexer's token list for one file; the output is the token
list the parser reads, with every directive form removed and every macro
call replaced. Work is done form by form (tokens up to a ``dot``), as epp
does, and a form with no ``?`` in it is copied through as one slice.

Notes (each checked against epp and erlc of OTP 25):
 1. Tokens produced by a macro take the position (and file) of the macro's
    name token at the call site, not of the ``?``. After an argument is
    substituted, the rest of the body takes the position of the argument's
    last token (epp's expand_arg does this).
 2. Arguments are substituted unexpanded and the whole result is then
    rescanned, so ``??Arg`` shows the argument as written: its tokens joined
    by single spaces, each in erl_scan form (``"lists : reverse ( [ 1 , 2 ] )"``,
    ``?A`` stays ``"? A"``). ``??X`` for an X that is not a parameter is X.
 3. A macro defined without parameters and called with parentheses is the
    constant followed by the parenthesised tokens. ``?F()`` calls the
    zero-parameter definition; with only ``F/1`` defined it is a mismatch.
 4. Arguments split at commas outside ( ) [ ] { } << >> and outside
    begin/case/if/receive/try/cond ... end and ``fun (``/``fun Name (`` ... end.
    A closer that matches nothing is an ordinary token. An empty first or
    last argument is a badly formed argument, an empty one in between an
    argument mismatch (epp's count_args and store_arg).
 5. ``?LINE``, ``?FUNCTION_NAME`` and ``?FUNCTION_ARITY`` are computed at the
    call and cannot be undefined; FUNCTION_* come from the raw first tokens of
    the current form (``name (`` and the top-level commas of the first head)
    and are an error elsewhere. ``-ifdef(FUNCTION_NAME)`` is false. ?MODULE
    exists only after ``-module``. Redefining a predefined macro is an error.
 6. Defining a macro twice with the same arity is an error even when the
    definitions are identical.
 7. ``-if``/``-elif`` expand macros, then evaluate one guard-like
    expression; an evaluation error (an unbound variable, a non-BIF call,
    bad arithmetic) makes the condition false, a syntax error is reported.
    Skipped sections only look at conditional directives, matched by name.
 8. Each file has its own conditional stack; one left open at its end is
    ``unterminated '-ifdef'`` at the end-of-file location.
 9. ``-include`` looks in the including file's directory, then the include
    path; ``-include_lib`` looks first in beamish's bundled
    ``stdlib/lib/<app>/...``. A leading ``$VAR`` is taken from the
    environment. ``?FILE`` is the path as found.
10. ``-error(Term)`` fails with ``-error(Term).`` written as ``~tp`` writes it
    (on one line: terms too long for one line of ~tp are not broken);
    ``-warning`` is dropped.
11. The first error stops preprocessing (epp reports them all and carries on).
"""
from __future__ import annotations

import os
from typing import Any

from .errors import (ErlangSyntaxError, token_description, write_atom, write_char,
                     write_float, write_string)
from .lexer import read_source, tokenize
from .tokens import Token

__all__ = ["preprocess", "OTP_RELEASE"]

OTP_RELEASE = 25

_BEAMISH_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_BUNDLED_LIB = os.path.join(_BEAMISH_DIR, "stdlib", "lib")

_DIRECTIVES = frozenset(
    "define undef ifdef ifndef if elif else endif include include_lib error warning".split())
_CONDITIONALS = frozenset("ifdef ifndef if elif else endif".split())
_OPENING = frozenset(("ifdef", "ifndef", "if"))
# Names epp refuses to -define while they are predefined (note 5).
_ALWAYS_PREDEFINED = frozenset(("LINE", "FUNCTION_NAME", "FUNCTION_ARITY"))
_NESTING = {"(": ")", "[": "]", "{": "}", "<<": ">>", "begin": "end", "case": "end",
            "if": "end", "receive": "end", "try": "end", "cond": "end"}
_MAX_INCLUDE_DEPTH = 64

# Conditional states.
_ACTIVE = 0      # emitting this branch
_WAITING = 1     # no branch taken yet: looking for -elif/-else
_DONE = 2        # a branch was taken: skip to -endif
_DEAD = 3        # inside a skipped section: skip everything to -endif


class _Macro:
    """One definition: ``params`` is None for a constant; ``body`` None for ?FILE."""

    __slots__ = ("name", "params", "body", "predefined", "uses")

    def __init__(self, name: str, params: tuple | None, body: list | None,
                 predefined: bool = False) -> None:
        self.name = name
        self.params = params
        self.body = body
        self.predefined = predefined
        self.uses = None  # (name, arity-or-None) pairs called in the body, computed lazily


class _Source:
    """The file being read: what ?FILE says, what tokens carry, where includes start."""

    __slots__ = ("name", "token_file", "directory", "end")

    def __init__(self, name: str, token_file: str | None, end: tuple[int, int]) -> None:
        self.name = name
        self.token_file = token_file
        self.directory = os.path.dirname(name)
        self.end = end


class _Condition:
    __slots__ = ("directive", "state")

    def __init__(self, directive: str, state: int) -> None:
        self.directive = directive
        self.state = state


def preprocess(tokens: list[Token], file: str, include_path: list[str] = (),
               predefined: dict | None = None, errors: list | None = None) -> list[Token]:
    """The tokens of ``file`` with directives applied and macros expanded.

    ``predefined`` adds macros as ``erlc -D`` does: a name maps to a list of
    tokens, to Erlang source text (a str, scanned), or to a Python int, float
    or bool (None means ``true``). Without ``errors`` the first error is
    raised; with it, errors are appended there and, as epp does, the form
    in error is dropped and the next one processed.
    """
    state = _Preprocessor(list(include_path), predefined)
    state.errors = errors
    end = getattr(tokens, "end", None)
    if end is None:
        last = tokens[-1] if tokens else None
        end = (last.line + 1, 1) if last else (1, 1)
    state.run(tokens, _Source(file, None, end), 0)
    return state.output


def _macro_label(name: str, arity: int | None) -> str:
    return name if arity is None else f"{name}/{arity}"


def _token_source(token: Token) -> str:
    """epp's token_src: how ``??Arg`` writes one token (note 2)."""
    kind = token.kind
    if kind == "var":
        return token.value
    if kind == "atom":
        return write_atom(token.value)
    if kind == "string":
        return write_string(token.value)
    if kind == "char":
        return write_char(token.value)
    if kind == "integer":
        return str(token.value)
    if kind == "float":
        return write_float(token.value)
    if kind == "dot":
        return "."
    return kind


def _split_args(tokens: list[Token], start: int, step: int = 1
                ) -> tuple[list[list[Token]], int] | None:
    """Arguments of a call whose ``(`` is at ``start`` (note 4).

    ``step`` is 1 for a list in reading order and -1 for the expander's
    reversed pending list. Returns the arguments (in reading order) and how
    many tokens the call's parenthesised part spans, or None when the form
    ends first.
    """
    size = len(tokens)
    index = start + step
    if 0 <= index < size and tokens[index].kind == ")":
        return [], 2
    if 0 <= index < size and tokens[index].kind == ",":
        return None  # epp's count_args: an empty first argument is badly formed,
    args: list[list[Token]] = []
    current: list[Token] = []
    closers: list[str] = []
    while 0 <= index < size:
        token = tokens[index]
        kind = token.kind
        if kind == "dot":
            return None
        if not closers:
            if kind == ",":
                following = index + step
                if 0 <= following < size and tokens[following].kind == ")":
                    return None  # and so is an empty last one
                args.append(current)
                current = []
                index += step
                continue
            if kind == ")":
                args.append(current)
                return args, (index - start) * step + 1
        if closers and kind == closers[-1]:
            closers.pop()
        elif kind in _NESTING:
            closers.append(_NESTING[kind])
        elif kind == "fun":
            following = tokens[index + step].kind if 0 <= index + step < size else None
            after = tokens[index + 2 * step].kind if 0 <= index + 2 * step < size else None
            if following == "(" or (following == "var" and after == "("):
                closers.append("end")
        current.append(token)
        index += step
    return None


class _Preprocessor:
    def __init__(self, include_path: list[str], predefined: dict | None) -> None:
        self.include_path = include_path
        self.output: list[Token] = []
        self.errors: list | None = None
        self.function: list[Token] | None = None  # raw tokens of the current function form
        self.acyclic: set[tuple[str, Any]] = set()
        self.macros: dict[str, dict[Any, _Macro]] = {}
        self._predefine("FILE", None)
        self._predefine("LINE", [])
        self._predefine("MACHINE", [Token("atom", "BEAM", 1, 1)])
        self._predefine("BEAM", [Token("atom", "true", 1, 1)])
        self._predefine("OTP_RELEASE", [Token("integer", OTP_RELEASE, 1, 1)])
        for name, value in (predefined or {}).items():
            self.macros.setdefault(name, {})[None] = _Macro(name, None, self._predef_body(value))

    # -- set-up ---------------------------------------------------------------

    def _predefine(self, name: str, body: list | None) -> None:
        self.macros[name] = {None: _Macro(name, None, body, predefined=True)}

    def _predef_body(self, value: Any) -> list[Token]:
        if isinstance(value, list):
            return value
        if value is None or value is True:
            return [Token("atom", "true", 1, 1)]
        if value is False:
            return [Token("atom", "false", 1, 1)]
        if isinstance(value, int):
            return [Token("integer", value, 1, 1)]
        if isinstance(value, float):
            return [Token("float", value, 1, 1)]
        if isinstance(value, str):
            return [t for t in tokenize(value, "-D") if t.kind != "dot"]
        raise TypeError(f"cannot predefine a macro as {value!r}")

    # -- errors ---------------------------------------------------------------

    def _error(self, token: Token, message: str, source: _Source) -> ErlangSyntaxError:
        return ErlangSyntaxError(token.file or source.name, token.line, token.col, message)

    # -- forms ----------------------------------------------------------------

    def run(self, tokens: list[Token], source: _Source, depth: int) -> None:
        """Preprocess one file's tokens into ``self.output``."""
        conditions: list[_Condition] = []
        marks = [i for i, t in enumerate(tokens) if t.kind == "dot" or t.kind == "?"]
        marks.append(len(tokens))
        start = 0
        has_macro = False
        for mark in marks:
            if mark < len(tokens) and tokens[mark].kind == "?":
                has_macro = True
                continue
            end = mark + 1
            if start >= len(tokens):
                break
            try:
                self._form(tokens, start, end, has_macro, conditions, source, depth)
            except ErlangSyntaxError as error:
                if self.errors is None:
                    raise
                self.errors.append(error)
            start = end
            has_macro = False
        if conditions:
            line, col = source.end
            error = ErlangSyntaxError(source.token_file or source.name, line, col,
                                      f"unterminated '-{conditions[-1].directive}'")
            if self.errors is None:
                raise error
            self.errors.append(error)

    def _form(self, tokens: list[Token], start: int, end: int, has_macro: bool,
              conditions: list[_Condition], source: _Source, depth: int) -> None:
        """Apply the directive or expand the macros of the form ``tokens[start:end]``."""
        output = self.output
        first = tokens[start]
        second = tokens[start + 1] if start + 1 < len(tokens) else None
        if (first.kind == "-" and second is not None
                and (second.kind == "atom" or second.kind == "if")
                and second.value in _DIRECTIVES):
            self.function = None
            self._directive(tokens[start:end], conditions, source, depth)
        elif not conditions or conditions[-1].state == _ACTIVE:
            if first.kind == "atom" and second is not None and second.kind == "(":
                self.function = tokens[start:end]
            else:
                self.function = None
            if has_macro:
                form = self._expand(tokens[start:end], source)
                output.extend(form)
            else:
                form = None
                output.extend(tokens[start:end])
            if first.kind == "-" and second is not None and second.kind == "atom" \
                    and second.value == "module":
                self._module_seen(form if form is not None else tokens[start:end])

    def _module_seen(self, form: list[Token]) -> None:
        if len(form) > 3 and form[2].kind == "(" and form[3].kind == "atom":
            name = form[3].value
            self._predefine("MODULE", [Token("atom", name, 1, 1)])
            self._predefine("MODULE_STRING", [Token("string", name, 1, 1)])
            self.acyclic.clear()

    # -- directives -------------------------------------------------------------

    def _directive(self, form: list[Token], conditions: list[_Condition], source: _Source,
                   depth: int) -> None:
        name = form[1].value
        skipping = bool(conditions) and conditions[-1].state != _ACTIVE
        if skipping:
            if name in _CONDITIONALS:
                self._conditional_skipping(name, form, conditions, source)
            return
        if name in _CONDITIONALS:
            self._conditional(name, form, conditions, source)
        elif name == "define":
            self._define(form, source)
        elif name == "undef":
            macro = self._single_name(form, "undef", source)
            self.macros.pop(macro, None)
            self.acyclic.clear()
        elif name == "include" or name == "include_lib":
            self._include(name, form, source, depth)
        elif name == "error":
            self._error_directive(form, source)
        # -warning is dropped (note 10)

    def _expect(self, form: list[Token], index: int, kind: str, what: str,
                source: _Source) -> Token:
        token = form[index] if index < len(form) else form[-1]
        if token.kind != kind:
            raise self._error(token, f"badly formed '{what}'", source)
        return token

    def _single_name(self, form: list[Token], what: str, source: _Source) -> str:
        """The NAME of ``-what(NAME).``, or the epp error at the first bad token."""
        self._expect(form, 2, "(", what, source)
        token = form[3] if len(form) > 3 else form[-1]
        if token.kind != "atom" and token.kind != "var":
            raise self._error(token, f"badly formed '{what}'", source)
        self._expect(form, 4, ")", what, source)
        self._expect(form, 5, "dot", what, source)
        return token.value

    def _conditional(self, name: str, form: list[Token], conditions: list[_Condition],
                     source: _Source) -> None:
        if name == "ifdef" or name == "ifndef":
            macro = self._single_name(form, name, source)
            defined = macro in self.macros
            taken = defined if name == "ifdef" else not defined
            conditions.append(_Condition(name, _ACTIVE if taken else _WAITING))
            return
        if name == "if":
            taken = self._evaluate_condition(form, "if", source)
            conditions.append(_Condition(name, _ACTIVE if taken else _WAITING))
            return
        top = conditions[-1] if conditions else None
        if name == "endif":
            self._expect(form, 2, "dot", "endif", source)
            if top is None:
                raise self._error(form[1], "unbalanced '-endif'", source)
            conditions.pop()
            return
        if top is None or (name == "elif" and top.directive == "else"):
            raise self._error(form[1], f"unbalanced '-{name}'", source)
        if name == "else":
            if top.directive == "else":
                raise self._error(form[1], "repeated '-else'", source)
            self._expect(form, 2, "dot", "else", source)
            top.directive = "else"
            top.state = _DONE  # we were active, so a branch was taken
            return
        # elif while the current branch is active: the rest is skipped; epp
        # then calls the open conditional an '-if' whatever opened it
        top.directive = "if"
        top.state = _DONE

    def _conditional_skipping(self, name: str, form: list[Token],
                              conditions: list[_Condition], source: _Source) -> None:
        if name in _OPENING:
            conditions.append(_Condition(name, _DEAD))
            return
        top = conditions[-1]
        if name == "endif":
            conditions.pop()
            return
        if name == "else":
            if top.directive == "else":
                raise self._error(form[1], "repeated '-else'", source)
            top.directive = "else"
            if top.state == _WAITING:
                top.state = _ACTIVE
            return
        if top.directive == "else":
            raise self._error(form[1], "unbalanced '-elif'", source)
        top.directive = "if"
        if top.state == _WAITING and self._evaluate_condition(form, "elif", source):
            top.state = _ACTIVE

    def _define(self, form: list[Token], source: _Source) -> None:
        self._expect(form, 2, "(", "define", source)
        name_token = form[3] if len(form) > 3 else form[-1]
        if name_token.kind != "atom" and name_token.kind != "var":
            raise self._error(name_token, "badly formed 'define'", source)
        name = name_token.value
        index = 4
        after = form[index] if index < len(form) else form[-1]
        params: tuple | None = None
        if after.kind == "(":
            names: list[str] = []
            index += 1
            token = form[index] if index < len(form) else form[-1]
            if token.kind == "var":
                while True:
                    if token.value in names:
                        raise self._error(token, f"argument '{token.value}' already used", source)
                    names.append(token.value)
                    index += 1
                    token = form[index] if index < len(form) else form[-1]
                    if token.kind == ")":
                        break
                    following = form[index + 1] if index + 1 < len(form) else None
                    if token.kind != "," or following is None or following.kind != "var":
                        raise self._error(token, "badly formed 'define'", source)
                    index += 1
                    token = following
            elif token.kind != ")":
                raise self._error(token, "badly formed 'define'", source)
            params = tuple(names)
            index += 1
            after = form[index] if index < len(form) else form[-1]
            if after.kind != ",":
                raise self._error(after, "badly formed define: missing comma", source)
        elif after.kind != ",":
            raise self._error(after, "badly formed 'define'", source)
        last = form[-1]
        if last.kind != "dot" or len(form) < index + 3 or form[-2].kind != ")":
            raise self._error(last, "badly formed define: missing closing right parenthesis",
                              source)
        body = form[index + 1:-2]
        arity = None if params is None else len(params)
        definitions = self.macros.get(name)
        if name in _ALWAYS_PREDEFINED or (
                definitions and any(d.predefined for d in definitions.values())):
            raise self._error(name_token, f"redefining predefined macro '{name}'", source)
        if definitions and arity in definitions:
            raise self._error(name_token, f"redefining macro '{name}'", source)
        self.macros.setdefault(name, {})[arity] = _Macro(name, params, body)
        self.acyclic.clear()

    def _include(self, directive: str, form: list[Token], source: _Source, depth: int) -> None:
        index = 3
        parts = []
        while index < len(form) and form[index].kind == "string":
            parts.append(form[index].value)
            index += 1
        if (len(form) < 3 or form[2].kind != "(" or not parts or index + 2 != len(form)
                or form[index].kind != ")" or form[-1].kind != "dot"):
            bad = form[3] if len(form) > 3 else form[-1]
            raise self._error(bad, f"badly formed '{directive}'", source)
        requested = "".join(parts)
        name = _expand_env(requested)
        found = None
        if directive == "include_lib":
            app, _, rest = name.partition("/")
            if rest:
                candidate = os.path.join(_BUNDLED_LIB, app, rest)
                if os.path.isfile(candidate):
                    found = candidate
        if found is None:
            found = self._search(name, source)
        if found is None:
            what = "file" if directive == "include" else "lib"
            raise self._error(form[3], f"can't find include {what} \"{name}\"", source)
        if depth >= _MAX_INCLUDE_DEPTH:
            raise self._error(form[3], f"include depth exceeded for \"{requested}\"", source)
        text = read_source(found)
        try:
            tokens = tokenize(text, found)
        except ErlangSyntaxError as error:
            error.source_text = text
            raise
        for token in tokens:
            token.file = found
        saved_file = self.macros.get("FILE")
        self._predefine("FILE", None)
        self.run(tokens, _Source(found, found, tokens.end), depth + 1)
        if saved_file is None:
            self.macros.pop("FILE", None)
        else:
            self.macros["FILE"] = saved_file

    def _search(self, name: str, source: _Source) -> str | None:
        if os.path.isabs(name):
            return name if os.path.isfile(name) else None
        for directory in [source.directory, *self.include_path]:
            candidate = os.path.join(directory, name) if directory not in ("", ".") else name
            if os.path.isfile(candidate):
                return candidate
        return None

    def _error_directive(self, form: list[Token], source: _Source) -> None:
        bad = self._error(form[1], "badly formed 'error'", source)
        if len(form) < 5 or form[2].kind != "(" or form[-2].kind != ")" or form[-1].kind != "dot":
            raise bad
        try:
            term = _Expression(form[3:-2], form[-2], self, source).term()
        except (ErlangSyntaxError, _EvaluationError):
            raise bad from None
        raise self._error(form[1], f"-error({_print_term(term)}).", source)

    def _evaluate_condition(self, form: list[Token], what: str, source: _Source) -> bool:
        """epp parses everything after ``-if`` as one expression, parentheses included."""
        if len(form) < 3 or form[2].kind != "(":
            raise self._error(form[2] if len(form) > 2 else form[-1],
                              f"badly formed '{what}'", source)
        end = form[-1]
        if end.kind == "dot":
            inner = form[2:-1]
        else:  # the file ended inside the form: yecc's '$end' sits on the last token
            inner = form[2:]
            end = Token("$end", "", end.line, end.col, end.file)
        if any(t.kind == "?" for t in inner):
            inner = self._expand(inner, source)
        return _Expression(inner, end, self, source).condition(form[1])

    # -- macro expansion ----------------------------------------------------------

    def _expand(self, tokens: list[Token], source: _Source) -> list[Token]:
        """Replace every macro call in ``tokens`` (one form or part of one)."""
        out: list[Token] = []
        # Pending input, reversed, so a body can be pushed back in O(len(body)).
        pending = tokens[::-1]
        pop = pending.pop
        while pending:
            token = pop()
            if token.kind != "?":
                out.append(token)
                continue
            if not pending:
                raise self._error(token, "illegal macro call '?'", source)
            name_token = pop()
            if name_token.kind != "atom" and name_token.kind != "var":
                # epp writes a dot here by its category name
                what = "dot" if name_token.kind == "dot" else token_description(name_token)
                raise self._error(name_token, f"illegal macro call '?{what}'", source)
            self._expand_call(name_token, pending, out, source)
        return out

    def _expand_call(self, name_token: Token, pending: list[Token], out: list[Token],
                     source: _Source) -> None:
        name = name_token.value
        line, col, file = name_token.line, name_token.col, name_token.file
        if name == "LINE":
            out.append(Token("integer", line, line, col, file))
            return
        if name == "FUNCTION_NAME" or name == "FUNCTION_ARITY":
            if self.function is None:
                raise self._error(name_token,
                                  f"?{name} can only be used within a function", source)
            if name == "FUNCTION_NAME":
                out.append(Token("atom", self.function[0].value, line, col, file))
            else:
                out.append(Token("integer", _head_arity(self.function), line, col, file))
            return
        args = None
        if pending and pending[-1].kind == "(":
            split = _split_args(pending, len(pending) - 1, -1)
            if split is None:
                raise self._error(name_token, f"badly formed argument for macro '{name}'",
                                  source)
            args, consumed = split
        definitions = self.macros.get(name)
        if definitions is None:
            arity = len(args) if args is not None else None
            raise self._error(name_token,
                              f"undefined macro '{_macro_label(name, arity)}'", source)
        macro = definitions.get(len(args)) if args is not None else None
        if macro is None:
            macro = definitions.get(None)
            if macro is None:
                raise self._error(name_token, f"argument mismatch for macro '{name}'", source)
            args = None
        elif not all(args):
            # epp's store_arg: no argument may be empty (note 4)
            raise self._error(name_token, f"argument mismatch for macro '{name}'", source)
        key = (name, None if macro.params is None else len(macro.params))
        if key not in self.acyclic:
            if self._circular(key):
                raise self._error(name_token,
                                  f"circular macro '{_macro_label(name, key[1])}'", source)
            self.acyclic.add(key)
        if macro.body is None:  # ?FILE
            out.append(Token("string", source.name, line, col, file))
            return
        if args is None:
            body = [Token(t.kind, t.value, line, col, file) for t in macro.body]
            if any(t.kind == "?" for t in body):
                body = self._expand(body, source)
            out.extend(body)
            return
        del pending[len(pending) - consumed:]
        pending.extend(reversed(self._substitute(macro, args, line, col, file)))

    def _substitute(self, macro: _Macro, args: list[list[Token]], line: int, col: int,
                    file: str | None) -> list[Token]:
        """The body with arguments in place, positioned as note 1 says."""
        bound = dict(zip(macro.params, args))
        result: list[Token] = []
        body = macro.body
        index = 0
        size = len(body)
        while index < size:
            token = body[index]
            kind = token.kind
            if kind == "var" and token.value in bound:
                arg = bound[token.value]
                result.extend(arg)
                if arg:
                    last = arg[-1]
                    line, col, file = last.line, last.col, last.file
            elif (kind == "?" and index + 2 < size and body[index + 1].kind == "?"
                  and body[index + 2].kind == "var"):
                variable = body[index + 2].value
                if variable in bound:
                    text = " ".join(_token_source(t) for t in bound[variable])
                    result.append(Token("string", text, line, col, file))
                else:
                    result.append(Token("var", variable, line, col, file))
                index += 3
                continue
            else:
                result.append(Token(kind, token.value, line, col, file))
            index += 1
        return result

    def _uses(self, macro: _Macro) -> list[tuple[str, Any]]:
        if macro.uses is None:
            uses = []
            body = macro.body or []
            for index, token in enumerate(body[:-1]):
                if token.kind == "?" and body[index + 1].kind in ("atom", "var"):
                    arity = None
                    if index + 2 < len(body) and body[index + 2].kind == "(":
                        split = _split_args(body, index + 2)
                        if split is not None:
                            arity = len(split[0])
                    uses.append((body[index + 1].value, arity))
            macro.uses = uses
        return macro.uses

    def _resolve(self, name: str, arity: Any) -> tuple[tuple[str, Any], _Macro] | None:
        definitions = self.macros.get(name)
        if not definitions:
            return None
        if arity is not None and arity in definitions:
            return (name, arity), definitions[arity]
        if None in definitions:
            return (name, None), definitions[None]
        return None

    def _circular(self, start: tuple[str, Any]) -> bool:
        """Whether expanding ``start`` can reach a macro already being expanded (epp check_uses)."""
        resolved = self._resolve(*start)
        if resolved is None:
            return False
        # iterative depth-first search over (key, macro, next-use-index)
        path = {resolved[0]}
        stack = [(resolved[0], resolved[1], 0)]
        finished = set()
        while stack:
            key, macro, position = stack.pop()
            uses = self._uses(macro)
            if position < len(uses):
                stack.append((key, macro, position + 1))
                target = self._resolve(*uses[position])
                if target is None or target[0] in finished:
                    continue
                if target[0] in path:
                    return True
                path.add(target[0])
                stack.append((target[0], target[1], 0))
            else:
                path.discard(key)
                finished.add(key)
        return False


def _head_arity(form: list[Token]) -> int:
    """Arguments in a function form's first head: ``name ( ... )`` (note 5)."""
    depth = 0
    commas = 0
    seen = False
    for token in form[2:]:
        kind = token.kind
        if kind in ("(", "[", "{", "<<"):
            depth += 1
        elif kind in (")", "]", "}", ">>"):
            if depth == 0:
                break
            depth -= 1
        elif kind == "," and depth == 0:
            commas += 1
        seen = True
    return commas + 1 if seen else 0


def _expand_env(name: str) -> str:
    """A leading ``$VAR`` component taken from the environment, as epp's expand_var."""
    if not name.startswith("$"):
        return name
    variable, sep, rest = name[1:].partition("/")
    value = os.environ.get(variable)
    if value is None:
        return name
    return value + sep + rest


# -- the -if expression language --------------------------------------------------

class _Atom(str):
    """An Erlang atom among evaluated values (strings are lists of ints)."""

    __slots__ = ()


class _Binary(bytes):
    __slots__ = ()


class _Improper:
    """An improper list in an -error term: ``items`` then ``tail``."""

    __slots__ = ("items", "tail")

    def __init__(self, items: list, tail: Any) -> None:
        self.items = items
        self.tail = tail


class _EvaluationError(Exception):
    """The condition raised an Erlang exception: epp takes it as false."""


_TRUE = _Atom("true")
_FALSE = _Atom("false")

# erl_parse precedences (OTP 25): (left binding power, right binding power).
_BINARY = {
    "=": (100, 100), "!": (100, 100),
    "orelse": (150, 150), "andalso": (160, 160),
    "==": (200, 201), "/=": (200, 201), "=<": (200, 201), "<": (200, 201),
    ">=": (200, 201), ">": (200, 201), "=:=": (200, 201), "=/=": (200, 201),
    "++": (300, 300), "--": (300, 300),
    "+": (400, 401), "-": (400, 401), "bor": (400, 401), "bxor": (400, 401),
    "bsl": (400, 401), "bsr": (400, 401), "or": (400, 401), "xor": (400, 401),
    "/": (500, 501), "*": (500, 501), "div": (500, 501), "rem": (500, 501),
    "band": (500, 501), "and": (500, 501),
}
_COMPARISONS = frozenset(("==", "/=", "=<", "<", ">=", ">", "=:=", "=/="))
_PREFIX = frozenset(("+", "-", "bnot", "not"))
_LITERALS = frozenset(("integer", "float", "char", "atom", "string"))
# Auto-imported BIFs that are not guard BIFs (erl_internal, OTP 25): calling
# one makes the -if condition badly formed; other unknown calls are just false.
_NON_GUARD_BIFS = frozenset("""
alias/0 alias/1 apply/2 apply/3 atom_to_binary/1 atom_to_binary/2 atom_to_list/1
binary_to_atom/1 binary_to_atom/2 binary_to_existing_atom/1 binary_to_existing_atom/2
binary_to_float/1 binary_to_integer/1 binary_to_integer/2 binary_to_list/1 binary_to_list/3
binary_to_term/1 binary_to_term/2 bitstring_to_list/1 check_old_code/1 check_process_code/2
check_process_code/3 date/0 delete_module/1 demonitor/1 demonitor/2 disconnect_node/1 erase/0
erase/1 error/1 error/2 error/3 exit/1 exit/2 float_to_binary/1 float_to_binary/2
float_to_list/1 float_to_list/2 garbage_collect/0 garbage_collect/1 garbage_collect/2 get/0
get/1 get_keys/0 get_keys/1 group_leader/0 group_leader/2 halt/0 halt/1 halt/2
integer_to_binary/1 integer_to_binary/2 integer_to_list/1 integer_to_list/2 iolist_size/1
iolist_to_binary/1 is_alive/0 is_process_alive/1 link/1 list_to_atom/1 list_to_binary/1
list_to_bitstring/1 list_to_existing_atom/1 list_to_float/1 list_to_integer/1
list_to_integer/2 list_to_pid/1 list_to_port/1 list_to_ref/1 list_to_tuple/1 load_module/2
make_ref/0 max/2 min/2 module_loaded/1 monitor/2 monitor/3 monitor_node/2 nodes/0 nodes/1
nodes/2 now/0 open_port/2 pid_to_list/1 port_close/1 port_command/2 port_command/3
port_connect/2 port_control/3 port_to_list/1 pre_loaded/0 process_flag/2 process_flag/3
process_info/1 process_info/2 processes/0 purge_module/1 put/2 ref_to_list/1 register/2
registered/0 setelement/3 spawn/1 spawn/2 spawn/3 spawn/4 spawn_link/1 spawn_link/2
spawn_link/3 spawn_link/4 spawn_monitor/1 spawn_monitor/2 spawn_monitor/3 spawn_monitor/4
spawn_opt/2 spawn_opt/3 spawn_opt/4 spawn_opt/5 spawn_request/1 spawn_request/2
spawn_request/3 spawn_request/4 spawn_request/5 spawn_request_abandon/1 split_binary/2
statistics/1 term_to_binary/1 term_to_binary/2 term_to_iovec/1 term_to_iovec/2 throw/1
time/0 tuple_to_list/1 unalias/1 unlink/1 unregister/1 whereis/1""".split())
_GUARD_BIFS = frozenset("""
abs/1 binary_part/2 binary_part/3 bit_size/1 byte_size/1 ceil/1 element/2 float/1 floor/1
hd/1 is_atom/1 is_binary/1 is_bitstring/1 is_boolean/1 is_float/1 is_function/1
is_function/2 is_integer/1 is_list/1 is_map/1 is_map_key/2 is_number/1 is_pid/1 is_port/1
is_record/2 is_record/3 is_reference/1 is_tuple/1 length/1 map_get/2 map_size/1 node/0
node/1 round/1 self/0 size/1 tl/1 trunc/1 tuple_size/1""".split())


class _Expression:
    """Parses one expression of the -if language and the literal terms of -error.

    The tree is nested tuples: ('lit', value), ('var', name), ('tuple', [e]),
    ('list', [e], tail), ('bin', [e]), ('op', op, left, right),
    ('prefix', op, e), ('call', module, name, [e]).
    """

    def __init__(self, tokens: list[Token], closer: Token, owner: _Preprocessor,
                 source: _Source) -> None:
        self.tokens = tokens
        self.closer = closer  # the token after the expression: "syntax error before: '.'"
        self.index = 0
        self.owner = owner
        self.source = source

    def _peek(self) -> Token:
        return self.tokens[self.index] if self.index < len(self.tokens) else self.closer

    def _next(self) -> Token:
        token = self._peek()
        self.index += 1
        return token

    def _fail(self, token: Token) -> ErlangSyntaxError:
        text = "" if token.kind == "$end" else token_description(token)
        return self.owner._error(token, "syntax error before: " + text, self.source)

    def _whole(self) -> tuple:
        tree = self._expression(0)
        if self.index < len(self.tokens):
            raise self._fail(self.tokens[self.index])
        return tree

    def condition(self, directive: Token) -> bool:
        tree = self._whole()
        if not _is_guard(tree):
            raise self.owner._error(directive, "badly formed 'if'", self.source)
        try:
            result = _evaluate(tree, self.owner)
        except (_EvaluationError, ArithmeticError, TypeError, ValueError, IndexError):
            return False
        return isinstance(result, _Atom) and result == "true"

    def term(self) -> Any:
        return _literal_term(self._whole())

    def _expression(self, min_power: int) -> tuple:
        left = self._prefix()
        while True:
            token = self._peek()
            powers = _BINARY.get(token.kind) if self.index < len(self.tokens) else None
            if powers is None or powers[0] < min_power:
                return left
            self.index += 1
            right = self._expression(powers[1])
            if token.kind in _COMPARISONS and self.index < len(self.tokens) \
                    and self.tokens[self.index].kind in _COMPARISONS:
                raise self._fail(self.tokens[self.index])
            left = ("op", token.kind, left, right)

    def _prefix(self) -> tuple:
        token = self._next()
        kind = token.kind
        if self.index > len(self.tokens):
            raise self._fail(token)
        if kind in _PREFIX:
            return ("prefix", kind, self._expression(600))
        if kind in _LITERALS:
            if kind == "string":
                text = token.value
                while self.index < len(self.tokens) and self.tokens[self.index].kind == "string":
                    text += self.tokens[self.index].value
                    self.index += 1
                return ("lit", [ord(ch) for ch in text])
            if kind == "atom":
                following = self._peek()
                if self.index < len(self.tokens) and following.kind == "(":
                    return ("call", None, token.value, self._arguments())
                if self.index < len(self.tokens) and following.kind == ":":
                    self.index += 1
                    function = self._next()
                    if function.kind != "atom" or self._peek().kind != "(":
                        raise self._fail(function if function.kind != "atom" else self._peek())
                    return ("call", token.value, function.value, self._arguments())
                return ("lit", _Atom(token.value))
            return ("lit", token.value)
        if kind == "var":
            return ("var", token.value)
        if kind == "(":
            inner = self._expression(0)
            self._close(")")
            return inner
        if kind == "{":
            return ("tuple", self._sequence("}"))
        if kind == "[":
            if self._peek().kind == "]" and self.index < len(self.tokens):
                self.index += 1
                return ("list", [], None)
            items = [self._expression(0)]
            while self._peek().kind == "," and self.index < len(self.tokens):
                self.index += 1
                items.append(self._expression(0))
            tail = None
            if self._peek().kind == "|" and self.index < len(self.tokens):
                self.index += 1
                tail = self._expression(0)
            self._close("]")
            return ("list", items, tail)
        if kind == "<<":
            return ("bin", self._sequence(">>"))
        raise self._fail(token)

    def _close(self, kind: str) -> None:
        token = self._next()
        if token.kind != kind or self.index > len(self.tokens):
            raise self._fail(token)

    def _sequence(self, closer: str) -> list:
        if self._peek().kind == closer and self.index < len(self.tokens):
            self.index += 1
            return []
        items = [self._expression(0)]
        while self._peek().kind == "," and self.index < len(self.tokens):
            self.index += 1
            items.append(self._expression(0))
        self._close(closer)
        return items

    def _arguments(self) -> list:
        self.index += 1  # the '('
        if self._peek().kind == ")" and self.index < len(self.tokens):
            self.index += 1
            return []
        items = [self._expression(0)]
        while self._peek().kind == "," and self.index < len(self.tokens):
            self.index += 1
            items.append(self._expression(0))
        self._close(")")
        return items


def _is_guard(tree: tuple) -> bool:
    """epp's assert_guard_expr: what erl_lint accepts once unknown calls are dropped."""
    tag = tree[0]
    if tag in ("lit", "var"):
        return True
    if tag in ("tuple", "bin"):
        return all(_is_guard(e) for e in tree[1])
    if tag == "list":
        return all(_is_guard(e) for e in tree[1]) and (tree[2] is None or _is_guard(tree[2]))
    if tag == "prefix":
        return _is_guard(tree[2])
    if tag == "call":
        module, name, arguments = tree[1], tree[2], tree[3]
        label = f"{name}/{len(arguments)}"
        if module is None:
            allowed = label not in _NON_GUARD_BIFS
        else:
            allowed = module == "erlang" and label in _GUARD_BIFS
        return allowed and all(_is_guard(e) for e in arguments)
    return tree[1] not in ("=", "!", "++", "--") and _is_guard(tree[2]) and _is_guard(tree[3])


def _literal_term(tree: tuple) -> Any:
    """erl_parse:parse_term's subset: literals, tuples, lists, binaries, negated numbers."""
    tag = tree[0]
    if tag == "lit":
        return tree[1]
    if tag == "tuple":
        return tuple(_literal_term(e) for e in tree[1])
    if tag == "list":
        items = [_literal_term(e) for e in tree[1]]
        if tree[2] is not None:
            tail = _literal_term(tree[2])
            if isinstance(tail, _Improper):
                return _Improper(items + tail.items, tail.tail)
            if not isinstance(tail, list):
                return _Improper(items, tail)
            items.extend(tail)
        return items
    if tag == "prefix" and tree[1] in ("-", "+") and tree[2][0] == "lit" \
            and isinstance(tree[2][1], (int, float)) and not isinstance(tree[2][1], bool):
        return -tree[2][1] if tree[1] == "-" else tree[2][1]
    if tag == "bin":
        data = bytearray()
        for element in tree[1]:
            value = _literal_term(element)
            if isinstance(value, int):
                data.append(value & 255)
            elif isinstance(value, list) and all(isinstance(c, int) for c in value):
                data.extend(c & 255 for c in value)
            else:
                raise _EvaluationError("bad binary")
        return _Binary(data)
    raise _EvaluationError("not a term")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _boolean(value: Any) -> bool:
    if value == _TRUE and isinstance(value, _Atom):
        return True
    if value == _FALSE and isinstance(value, _Atom):
        return False
    raise _EvaluationError("badarg")


def _atom_of(flag: bool) -> _Atom:
    return _TRUE if flag else _FALSE


def _rank(value: Any) -> int:
    """Erlang term order: number < atom < tuple < list (nil first) < binary."""
    if _is_number(value):
        return 0
    if isinstance(value, _Atom):
        return 1
    if isinstance(value, tuple):
        return 6
    if isinstance(value, list):
        return 8
    return 10


def _compare(a: Any, b: Any) -> int:
    ra, rb = _rank(a), _rank(b)
    if ra != rb:
        return -1 if ra < rb else 1
    if ra == 6:
        if len(a) != len(b):
            return -1 if len(a) < len(b) else 1
        for x, y in zip(a, b):
            c = _compare(x, y)
            if c:
                return c
        return 0
    if ra == 8:
        for x, y in zip(a, b):
            c = _compare(x, y)
            if c:
                return c
        return (len(a) > len(b)) - (len(a) < len(b))
    return (a > b) - (a < b)


def _exactly_equal(a: Any, b: Any) -> bool:
    if _is_number(a) and _is_number(b):
        return type(a) is type(b) and a == b
    if isinstance(a, (tuple, list)) and isinstance(b, (tuple, list)):
        return (type(a) is type(b) and len(a) == len(b)
                and all(_exactly_equal(x, y) for x, y in zip(a, b)))
    return _rank(a) == _rank(b) and a == b


def _integer(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise _EvaluationError("badarith")


def _number(value: Any) -> int | float:
    if _is_number(value):
        return value
    raise _EvaluationError("badarith")


def _arith(op: str, a: Any, b: Any) -> Any:
    if op == "+":
        return _number(a) + _number(b)
    if op == "-":
        return _number(a) - _number(b)
    if op == "*":
        return _number(a) * _number(b)
    if op == "/":
        divisor = float(_number(b))
        if divisor == 0.0:
            raise _EvaluationError("badarith")
        return float(_number(a)) / divisor
    x, y = _integer(a), _integer(b)
    if op in ("div", "rem"):
        if y == 0:
            raise _EvaluationError("badarith")
        quotient = abs(x) // abs(y) * (1 if (x >= 0) == (y >= 0) else -1)
        return quotient if op == "div" else x - quotient * y
    if op == "band":
        return x & y
    if op == "bor":
        return x | y
    if op == "bxor":
        return x ^ y
    if op == "bsl":
        return x << y if y >= 0 else x >> -y
    return x >> y if y >= 0 else x << -y  # bsr


def _guard_bif(name: str, args: list) -> Any:
    """The guard BIFs an -if condition can call (erlang module, OTP 25)."""
    count = len(args)
    if count == 1:
        (x,) = args
        checks = {
            "is_atom": lambda: isinstance(x, _Atom),
            "is_integer": lambda: isinstance(x, int) and not isinstance(x, bool),
            "is_float": lambda: isinstance(x, float),
            "is_number": lambda: _is_number(x),
            "is_list": lambda: isinstance(x, list),
            "is_tuple": lambda: isinstance(x, tuple),
            "is_boolean": lambda: isinstance(x, _Atom) and x in ("true", "false"),
            "is_binary": lambda: isinstance(x, _Binary),
            "is_bitstring": lambda: isinstance(x, _Binary),
            "is_map": lambda: False,
            "is_pid": lambda: False,
            "is_port": lambda: False,
            "is_reference": lambda: False,
            "is_function": lambda: False,
        }
        if name in checks:
            return _atom_of(checks[name]())
        if name == "length" and isinstance(x, list):
            return len(x)
        if name == "abs":
            return abs(_number(x))
        if name == "hd" and isinstance(x, list) and x:
            return x[0]
        if name == "tl" and isinstance(x, list) and x:
            return x[1:]
        if name == "tuple_size" and isinstance(x, tuple):
            return len(x)
        if name == "size" and isinstance(x, (tuple, _Binary)):
            return len(x)
        if name == "byte_size" and isinstance(x, _Binary):
            return len(x)
        if name == "float":
            return float(_number(x))
        if name == "trunc":
            return int(_number(x))
        if name == "round":
            value = _number(x)
            return int(value + 0.5) if value >= 0 else -int(-value + 0.5)
    if count == 2:
        x, y = args
        if name == "element" and isinstance(y, tuple) and isinstance(x, int) \
                and 1 <= x <= len(y):
            return y[x - 1]
        if name == "min":
            return x if _compare(x, y) <= 0 else y
        if name == "max":
            return x if _compare(x, y) >= 0 else y
        if name == "is_record" or name == "is_function":
            return _FALSE
    raise _EvaluationError("undef")


def _evaluate(tree: tuple, owner: _Preprocessor) -> Any:
    """erl_eval restricted to guard expressions; any failure is _EvaluationError."""
    tag = tree[0]
    if tag == "lit":
        return tree[1]
    if tag == "var":
        raise _EvaluationError("unbound")
    if tag == "tuple":
        return tuple(_evaluate(e, owner) for e in tree[1])
    if tag == "list":
        items = [_evaluate(e, owner) for e in tree[1]]
        if tree[2] is not None:
            tail = _evaluate(tree[2], owner)
            if not isinstance(tail, list):
                raise _EvaluationError("improper list")
            items.extend(tail)
        return items
    if tag == "bin":
        return _literal_term(tree)
    if tag == "prefix":
        op = tree[1]
        value = _evaluate(tree[2], owner)
        if op == "not":
            return _atom_of(not _boolean(value))
        if op == "bnot":
            return ~_integer(value)
        if op == "-":
            return -_number(value)
        return _number(value)
    if tag == "call":
        module, name, arguments = tree[1], tree[2], tree[3]
        if module is None and name == "defined" and len(arguments) == 1 \
                and arguments[0][0] in ("lit", "var"):
            macro = arguments[0][1]
            if isinstance(macro, str):
                return _atom_of(macro in owner.macros)
        if module not in (None, "erlang"):
            raise _EvaluationError("undef")
        return _guard_bif(name, [_evaluate(a, owner) for a in arguments])
    op, left_tree, right_tree = tree[1], tree[2], tree[3]
    left = _evaluate(left_tree, owner)
    if op == "andalso":
        return _evaluate(right_tree, owner) if _boolean(left) else _FALSE
    if op == "orelse":
        return _TRUE if _boolean(left) else _evaluate(right_tree, owner)
    right = _evaluate(right_tree, owner)
    if op in _COMPARISONS:
        if op == "=:=":
            return _atom_of(_exactly_equal(left, right))
        if op == "=/=":
            return _atom_of(not _exactly_equal(left, right))
        order = _compare(left, right)
        return _atom_of({"==": order == 0, "/=": order != 0, "<": order < 0,
                         "=<": order <= 0, ">": order > 0, ">=": order >= 0}[op])
    if op in ("and", "or", "xor"):
        a, b = _boolean(left), _boolean(right)
        return _atom_of(a and b if op == "and" else a or b if op == "or" else a != b)
    if op == "++":
        if not isinstance(left, list):
            raise _EvaluationError("badarg")
        if not isinstance(right, list):
            raise _EvaluationError("improper list")
        return left + right
    if op == "--":
        if not isinstance(left, list) or not isinstance(right, list):
            raise _EvaluationError("badarg")
        result = list(left)
        for item in right:
            for index, candidate in enumerate(result):
                if _exactly_equal(candidate, item):
                    del result[index]
                    break
        return result
    return _arith(op, left, right)


# -- ~tp for -error -----------------------------------------------------------------

def _printable(codes: list) -> bool:
    return all(isinstance(c, int) and not isinstance(c, bool)
               and (32 <= c <= 126 or 160 <= c <= 255 or c in (8, 9, 10, 11, 12, 13, 27))
               for c in codes)


def _print_term(term: Any) -> str:
    """io_lib:format("~tp") of a literal term, on one line (note 10)."""
    if isinstance(term, _Atom):
        return write_atom(term)
    if isinstance(term, bool):
        return "true" if term else "false"
    if isinstance(term, int):
        return str(term)
    if isinstance(term, float):
        return write_float(term)
    if isinstance(term, tuple):
        return "{" + ",".join(_print_term(e) for e in term) + "}"
    if isinstance(term, _Binary):
        if term and _printable(list(term)):
            return "<<" + write_string(term.decode("latin-1")) + ">>"
        return "<<" + ",".join(str(b) for b in term) + ">>"
    if isinstance(term, _Improper):
        return ("[" + ",".join(_print_term(e) for e in term.items) + "|"
                + _print_term(term.tail) + "]")
    if isinstance(term, list):
        if term and _printable(term):
            return write_string("".join(chr(c) for c in term))
        return "[" + ",".join(_print_term(e) for e in term) + "]"
    return repr(term)
