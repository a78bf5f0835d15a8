"""Tokens to abstract syntax: the Lark LALR parser and its AST.

Each form (the tokens up to a ``dot``) is parsed on its own, as erl_parse
does, so one bad form yields one error and the rest still parse. The Lark
parser is built once per process with the transformer applied during parsing
(no intermediate tree), and its tables are cached on disk by Lark.

AST nodes are tuples ``(kind, pos, *fields)`` with ``pos = (line, col)``:

    ('var', pos, name)            ('atom', pos, name)        ('int', pos, value)
    ('float', pos, value)         ('string', pos, text)      ('nil', pos)
    ('cons', pos, head, tail)     ('tuple', pos, [elems])
    ('op', pos, op, left, right)  ('unop', pos, op, arg)     op names are Erlang's
    ('match', pos, pattern, expr) ('send', pos, dest, msg)   ('catch', pos, expr)
    ('call', pos, callee, [args]) callee: expr or ('remote', pos, mod, fun)
    ('remote', pos, mod, fun)     (also a bare ``M:F`` outside a call)
    ('fun_local', pos, name, arity)      ('fun_remote', pos, mod, fun, arity)
    ('fun', pos, [clauses], name_or_None)
    ('clause', pos, [patterns], guard, [body])   guard: [[expr]] (';' of ',')
    ('case', pos, expr, [clauses])       ('if', pos, [clauses])
    ('receive', pos, [clauses], after_or_None, [after_body])
    ('try', pos, [body], of_clauses_or_None, [catch_clauses], [after_body])
        a catch clause's patterns are [class, reason, stack_var_or_None]
    ('block', pos, [exprs])
    ('lc', pos, expr, [qualifiers])  ('bc', pos, expr, [qualifiers])
        qualifier: ('gen', pos, pat, expr) | ('bgen', pos, pat, expr) | expr
    ('bin', pos, [('binelem', pos, expr, size_or_None, [types])])
        type: (name, unit_or_None)
    ('map', pos, base_or_None, [(('assoc'|'exact'), pos, key, value)])
    ('record', pos, base_or_None, name, [(field_name, pos, expr)])   '_' is a field name
    ('record_field', pos, expr, name, field)   ('record_index', pos, name, field)

Forms: ('attribute', pos, name, [args]) and
('function', pos, name, arity, [clauses]).
"""
from __future__ import annotations

import os
from typing import Any

from lark import Lark, Token as LarkToken, Transformer, v_args
from lark.exceptions import UnexpectedEOF, UnexpectedInput, UnexpectedToken
from lark.lexer import Lexer

from .errors import ErlangSyntaxError, token_description
from .tokens import Token

TERMINALS = {
    "atom": "ATOM", "var": "VAR", "integer": "INTEGER", "float": "FLOAT",
    "char": "CHAR", "string": "STRING",
    "(": "LPAR", ")": "RPAR", "[": "LSQB", "]": "RSQB", "{": "LBRACE", "}": "RBRACE",
    ",": "COMMA", ";": "SEMI", ":": "COLON", "::": "DCOLON", ".": "DOTOP",
    "->": "ARROW", "<-": "LARROW", "<=": "LDARROW", "=>": "DARROW", ":=": "ASSOC",
    "<<": "LBIN", ">>": "RBIN", "!": "BANG", "=": "EQ", "==": "EQEQ", "/=": "NEQ",
    "=<": "LE", "<": "LT", ">=": "GE", ">": "GT", "=:=": "EXEQ", "=/=": "EXNEQ",
    "+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH", "++": "PLUSPLUS",
    "--": "MINUSMINUS", "#": "HASH", "|": "BAR", "||": "DBAR", "?": "QMARK",
    "..": "DOTDOT", "...": "DOTDOTDOT",
}
for _kw in ("after and andalso band begin bnot bor bsl bsr bxor case catch cond div end "
            "fun if let not of or orelse receive rem try when xor").split():
    TERMINALS[_kw] = _kw.upper()

# Forms whose bodies are type language: parsed by nobody, dropped here.
SKIPPED_ATTRIBUTES = {"spec", "type", "opaque", "callback", "nominal"}


def _pos(tok) -> tuple:
    return (tok.line, tok.column)


class _TokenFeed(Lexer):
    """Hands the preprocessed tokens of one form to Lark unchanged."""

    def __init__(self, lexer_conf):
        pass

    def lex(self, tokens):
        for tok in tokens:
            # a token no rule uses (``?=``, a stray ``\``) becomes a syntax error
            lt = LarkToken(TERMINALS.get(tok.kind, "UNKNOWN"), tok.value, line=tok.line, column=tok.col)
            yield lt


def _clauses(seq):
    return [c for c in seq if c is not None and not isinstance(c, LarkToken)]


@v_args(inline=True)
class _ToAst(Transformer):
    # ---- forms
    def start(self, form):
        return form

    def attribute(self, minus, name, lpar, exprs, rpar):
        return ("attribute", _pos(name), name.value, exprs or [])

    def attribute_bare(self, minus, name, expr):
        return ("attribute", _pos(name), name.value, [expr])

    def function(self, *clauses):
        clauses = _clauses(clauses)
        first = clauses[0]
        for clause in clauses[1:]:
            if clause[5] != first[5] or len(clause[2]) != len(first[2]):
                line, col = clause[1]
                raise ErlangSyntaxError(None, line, col, "head mismatch")
        return ("function", first[1], first[5], len(first[2]), [c[:5] for c in clauses])

    def function_clause(self, name, args, guard, arrow, body):
        # carries its name at index 5 until function() checks and drops it
        return ("clause", _pos(name), args, guard, body, name.value)

    def argument_list(self, lpar, exprs, rpar):
        return exprs or []

    def clause_guard(self, when, guard):
        return guard or []

    def guard(self, *seqs):
        return [s for s in seqs if not isinstance(s, LarkToken)]

    def exprs(self, *items):
        return [e for e in items if not isinstance(e, LarkToken)]

    # ---- operators
    def catch_expr(self, tok, expr):
        return ("catch", _pos(tok), expr)

    def match_expr(self, left, tok, right):
        return ("match", _pos(tok), left, right)

    def send_expr(self, left, tok, right):
        return ("send", _pos(tok), left, right)

    def binop(self, left, op, right):
        if isinstance(op, LarkToken):
            name, pos = op.value, _pos(op)
        else:
            name, pos = op
        return ("op", pos, name, left, right)

    def _operator(self, tok):
        return (tok.value, _pos(tok))

    comp_op = list_op = add_op = mult_op = prefix_op = _operator

    def unop(self, op, arg):
        name, pos = op
        return ("unop", pos, name, arg)

    def remote(self, mod, colon, fun):
        return ("remote", _pos(colon), mod, fun)

    def function_call(self, callee, args):
        return ("call", callee[1], callee, args)

    # ---- records and maps
    def record_index(self, hash_, name, dot, field):
        return ("record_index", _pos(hash_), name.value, field.value)

    def record_new(self, hash_, name, fields):
        return ("record", _pos(hash_), None, name.value, fields)

    def record_field(self, expr, hash_, name, dot, field):
        return ("record_field", _pos(hash_), expr, name.value, field.value)

    def record_update(self, expr, hash_, name, fields):
        return ("record", _pos(hash_), expr, name.value, fields)

    def record_tuple(self, lbrace, *rest):
        return [f for f in rest if f is not None and not isinstance(f, LarkToken)]

    def record_field_init(self, name, eq, expr):
        return (name.value, _pos(name), expr)

    def map_new(self, hash_, fields):
        return ("map", _pos(hash_), None, fields)

    def map_update(self, base, hash_, fields):
        return ("map", _pos(hash_), base, fields)

    def map_tuple(self, lbrace, *rest):
        return [f for f in rest if f is not None and not isinstance(f, LarkToken)]

    def map_assoc(self, key, tok, value):
        return ("assoc", _pos(tok), key, value)

    def map_exact(self, key, tok, value):
        return ("exact", _pos(tok), key, value)

    # ---- atomic
    def var(self, tok):
        return ("var", _pos(tok), tok.value)

    def char(self, tok):
        return ("int", _pos(tok), tok.value)

    def integer(self, tok):
        return ("int", _pos(tok), tok.value)

    def float(self, tok):
        return ("float", _pos(tok), tok.value)

    def atom(self, tok):
        return ("atom", _pos(tok), tok.value)

    def string(self, *toks):
        return ("string", _pos(toks[0]), "".join(t.value for t in toks))

    def paren(self, lpar, expr, rpar):
        return expr

    def block(self, begin, exprs, end):
        return ("block", _pos(begin), exprs)

    # ---- lists, tuples, binaries
    def nil(self, lsqb, rsqb):
        return ("nil", _pos(lsqb))

    def list(self, lsqb, head, tail):
        return ("cons", _pos(lsqb), head, tail)

    def list_tail(self, *items):
        first = items[0]
        if first.type == "RSQB":
            return ("nil", _pos(first))
        if first.type == "BAR":
            return items[1]
        return ("cons", _pos(first), items[1], items[2])

    def tuple(self, lbrace, exprs, rbrace):
        return ("tuple", _pos(lbrace), exprs or [])

    def binary(self, lbin, *rest):
        return ("bin", _pos(lbin), [e for e in rest if not isinstance(e, LarkToken)])

    def bin_element(self, expr, colon, size, *rest):
        types = [t for t in rest if t is not None and not isinstance(t, LarkToken)]
        return ("binelem", expr[1], expr, size, types)

    def bit_type(self, name, colon, unit):
        return (name.value, unit.value if unit is not None else None)

    def list_comprehension(self, lsqb, expr, dbar, quals, rsqb):
        return ("lc", _pos(lsqb), expr, quals)

    def binary_comprehension(self, lbin, expr, dbar, quals, rbin):
        return ("bc", _pos(lbin), expr, quals)

    def lc_exprs(self, *items):
        return [e for e in items if not isinstance(e, LarkToken)]

    def generator(self, pat, tok, expr):
        return ("gen", _pos(tok), pat, expr)

    def bin_generator(self, pat, tok, expr):
        return ("bgen", _pos(tok), pat, expr)

    # ---- control
    def if_expr(self, tok, *rest):
        return ("if", _pos(tok), _clauses(rest))

    def if_clause(self, guard, arrow, body):
        return ("clause", _pos(arrow), [], guard, body)

    def case_expr(self, tok, expr, of, clauses, end):
        return ("case", _pos(tok), expr, clauses)

    def cr_clauses(self, *items):
        return _clauses(items)

    def cr_clause(self, pat, guard, arrow, body):
        return ("clause", pat[1], [pat], guard, body)

    def receive_expr(self, tok, *rest):
        if len(rest) == 2:
            return ("receive", _pos(tok), rest[0], None, [])
        clauses, after, timeout, arrow, body, end = rest
        return ("receive", _pos(tok), clauses or [], timeout, body)

    def fun_local(self, tok, name, slash, arity):
        return ("fun_local", _pos(tok), name.value, arity.value)

    def fun_remote(self, tok, mod, colon, fun, slash, arity):
        return ("fun_remote", _pos(tok), mod, fun, arity)

    def atom_or_var(self, tok):
        return ("atom", _pos(tok), tok.value) if tok.type == "ATOM" else ("var", _pos(tok), tok.value)

    def integer_or_var(self, tok):
        return ("int", _pos(tok), tok.value) if tok.type == "INTEGER" else ("var", _pos(tok), tok.value)

    def fun_anon(self, tok, *rest):
        clauses = _clauses(rest)
        name = clauses[0][5]
        return ("fun", _pos(tok), [c[:5] for c in clauses], name)

    def fun_clause(self, name, args, guard, arrow, body):
        pos = _pos(name) if name is not None else (args[0][1] if args else _pos(arrow))
        return ("clause", pos, args, guard, body, name.value if name is not None else None)

    def try_expr(self, tok, body, of, of_clauses, catch):
        catches, after = catch
        return ("try", _pos(tok), body, of_clauses, catches, after)

    def try_catch(self, tok, clauses, end):
        return (clauses, [])

    def try_catch_after(self, tok, clauses, after, body, end):
        return (clauses, body)

    def try_after(self, tok, body, end):
        return ([], body)

    def try_clauses(self, *items):
        return _clauses(items)

    def try_clause(self, pat, colon, stack, guard, arrow, body):
        if pat[0] == "remote":
            class_, reason = pat[2], pat[3]
        else:
            if stack is not None:
                raise ErlangSyntaxError(None, stack.line, stack.column, "syntax error before: ':'")
            class_, reason = ("atom", pat[1], "throw"), pat
        stack_var = ("var", _pos(stack), stack.value) if stack is not None else None
        return ("clause", pat[1], [class_, reason, stack_var], guard, body)


_GRAMMAR = os.path.join(os.path.dirname(__file__), "erlang.lark")
_parser: Lark | None = None


def _get_parser() -> Lark:
    global _parser
    if _parser is None:
        from ..cache import cache_dir
        cache_file = os.path.join(cache_dir(), "lark-erlang.cache")
        try:
            _parser = Lark.open(_GRAMMAR, parser="lalr", lexer=_TokenFeed,
                                transformer=_ToAst(), maybe_placeholders=True,
                                cache=cache_file)
        except OSError:
            _parser = Lark.open(_GRAMMAR, parser="lalr", lexer=_TokenFeed,
                                transformer=_ToAst(), maybe_placeholders=True)
    return _parser


def split_forms(tokens: list[Token]) -> list[list[Token]]:
    forms, current = [], []
    for tok in tokens:
        if tok.kind == "dot":
            forms.append((current, tok))
            current = []
        else:
            current.append(tok)
    if current:
        forms.append((current, None))
    return forms


def _strip_record_types(tokens: list[Token]) -> list[Token]:
    """Drop ``:: Type`` annotations from record field definitions."""
    out, depth, skipping = [], 0, False
    for tok in tokens:
        k = tok.kind
        if skipping:
            if k in ("(", "[", "{", "<<"):
                depth += 1
            elif k in (")", "]", "}", ">>"):
                if depth == 0:
                    skipping = False
                    out.append(tok)
                    continue
                depth -= 1
            elif k == "," and depth == 0:
                skipping = False
                out.append(tok)
            continue
        if k == "::":
            skipping, depth = True, 0
            continue
        out.append(tok)
    return out


def parse_form(tokens: list[Token], dot: Token | None, file: str) -> Any:
    """One form's tokens (without its dot) to a form node, or None to skip."""
    if not tokens:
        raise ErlangSyntaxError(file, dot.line, dot.col, "syntax error before: '.'")
    if tokens[0].kind == "-" and len(tokens) > 1 and tokens[1].kind == "atom":
        name = tokens[1].value
        if name in SKIPPED_ATTRIBUTES:
            return None
        if name == "record":
            tokens = _strip_record_types(tokens)
    if dot is None:
        last = tokens[-1]
        raise ErlangSyntaxError(file, last.line, last.col, "syntax error before: ")
    try:
        return _get_parser().parse(tokens)
    except UnexpectedToken as e:
        tok = e.token
        if tok.type == "$END":
            raise ErlangSyntaxError(file, dot.line, dot.col, "syntax error before: '.'") from None
        src = _find(tokens, tok)
        raise ErlangSyntaxError(file, tok.line, tok.column,
                                "syntax error before: " + token_description(src)) from None
    except UnexpectedEOF:
        raise ErlangSyntaxError(file, dot.line, dot.col, "syntax error before: '.'") from None
    except ErlangSyntaxError as e:
        e.file = file
        raise
    except UnexpectedInput as e:  # pragma: no cover - custom feed has no char errors
        raise ErlangSyntaxError(file, getattr(e, "line", 0), getattr(e, "column", 0),
                                "syntax error") from None


def _find(tokens, lark_tok) -> Token:
    for t in tokens:
        if t.line == lark_tok.line and t.col == lark_tok.column:
            return t
    return Token("atom", str(lark_tok.value), lark_tok.line, lark_tok.column)


def parse_tokens(tokens: list[Token], file: str) -> tuple[list, list[ErlangSyntaxError]]:
    """All forms of a file; syntax errors are collected per form."""
    forms, errors = [], []
    for form_tokens, dot in split_forms(tokens):
        try:
            node = parse_form(form_tokens, dot, file)
        except ErlangSyntaxError as e:
            errors.append(e)
            continue
        if node is not None:
            forms.append(node)
    return forms, errors
