"""erl_parse: token terms to OTP 25's abstract format, and back to terms.

Why Python: the compiler's LALR grammar (beamish.grammar.erlang.lark)
already parses Erlang as erl_parse.yrl does. These BIFs feed it token terms
and turn its AST (documented in beamish.grammar.parser) into abstract-format
terms.

Notes (checked against erl_parse of OTP 25):
 1. Each token is handed to the grammar with its index as its "line", so
    every AST position names the token it came from and the token's own
    annotation (a line, {Line,Col} or anything else) is copied unchanged
    into the abstract term.
 2. Where erl_parse.yrl uses the first token of an expression (a match, the
    clauses of case/receive/try/if), the smallest token index in the
    subtree is used: that is the leftmost token.
 3. An anonymous fun clause is annotated at its '(', a named one at the
    name; a try clause without a class gets {atom,A,throw}, A being the
    reason pattern's, and a missing stack trace variable {var,A,'_'}, A
    being the rightmost node of the reason pattern.
 4. A syntax error is {error,{Loc,erl_parse,["syntax error before: ",Tok]}}
    with Tok written as yecc writes it; at the end of the tokens Tok is [].
 5. parse_term accepts what normalise/1 accepts: literals, lists, tuples,
    maps, binaries of literal segments, fun M:F/A, and unary +/- on a number.
 6. abstract/1 writes every list of valid character codes as {string,...}
    and a binary as one integer segment per byte (abstract/1 of OTP 25).
"""
from __future__ import annotations

import os
from typing import Any

from lark import Lark, v_args
from lark.exceptions import UnexpectedEOF, UnexpectedInput, UnexpectedToken

from beamish.cache import cache_dir
from beamish.grammar import parser as grammar
from beamish.grammar.errors import ErlangSyntaxError, token_description
from beamish.grammar.tokens import Token
from beamish.stdlib.bifs.erl_eval_bits import build_segments
from beamish.stdlib.bifs.erl_scan import flat_text
from beamish.stdlib.printer import write_term
from beamish.vm.bif_registry import bif
from beamish.vm.errors import ErlangError, BADARG, FUNCTION_CLAUSE
from beamish.vm.terms import (Atom, BitString, Fun, NIL, OK, make_string, map_key, sorted_map_keys,
                              unmap_key)

ERL_PARSE = Atom("erl_parse")
ERROR = Atom("error")
DEFAULT = Atom("default")
SYNTAX_ERROR = make_string("syntax error before: ")

A = Atom  # the abstract format is mostly atoms; keep the builders short


class _Args(list):
    """An argument list that remembers where its '(' was (note 3)."""

    pos: tuple = (0, 0)


@v_args(inline=True)
class _TermAst(grammar._ToAst):
    """The compiler's AST builder, keeping what the abstract format needs and it drops."""

    def char(self, tok):
        return ("char", grammar._pos(tok), tok.value)

    def argument_list(self, lpar, exprs, rpar):
        args = _Args(exprs or [])
        args.pos = grammar._pos(lpar)
        return args

    def list_tail(self, *items):
        first = items[0]
        if first.type == "COMMA":
            return ("cons", items[1][1], items[1], items[2])
        return super().list_tail(*items)

    def fun_clause(self, name, args, guard, arrow, body):
        pos = grammar._pos(name) if name is not None else args.pos
        return ("clause", pos, list(args), guard, body, name.value if name is not None else None)

    def try_clause(self, pat, colon, stack, guard, arrow, body):
        if pat[0] == "remote":
            class_, reason = pat[2], pat[3]
        else:
            if stack is not None:
                raise ErlangSyntaxError(None, stack.line, stack.column, "syntax error before: ':'")
            class_, reason = ("atom", pat[1], "throw"), pat
        if stack is not None:
            stack_var = ("var", grammar._pos(stack), stack.value)
        else:
            stack_var = ("var", reason[1], "_")
        return ("clause", pat[1], [class_, reason, stack_var], guard, body)


_lark: Lark | None = None


def _get_lark() -> Lark:
    global _lark
    if _lark is None:
        options = dict(parser="lalr", lexer=grammar._TokenFeed, transformer=_TermAst(),
                       maybe_placeholders=True, start=["start", "exprs"])
        path = os.path.join(os.path.dirname(grammar.__file__), "erlang.lark")
        try:
            _lark = Lark.open(path, cache=os.path.join(cache_dir(), "lark-erl-parse.cache"),
                              **options)
        except OSError:
            _lark = Lark.open(path, **options)
    return _lark


# ---------------------------------------------------------------- tokens in


def _tokens_in(term: Any) -> tuple[list[Token], list[Any]]:
    """Lexer tokens positioned by index, and the annotation of each (note 1)."""
    tokens, annos = [], []
    while type(term) is list:
        tok, term = term
        if type(tok) is not tuple or len(tok) not in (2, 3) or type(tok[0]) is not Atom:
            raise ErlangError(FUNCTION_CLAUSE)
        kind = tok[0].name
        if len(tok) == 3:
            value = tok[2]
            if kind in ("atom", "var"):
                value = value.name if type(value) is Atom else value
            elif kind == "string":
                value = flat_text(value)
        else:
            value = kind
        annos.append(tok[1])
        tokens.append(Token(kind, value, len(annos), 1))
    if term is not NIL:
        raise ErlangError(FUNCTION_CLAUSE)
    return tokens, annos


def _location(anno: Any) -> Any:
    """erl_anno:location/1."""
    if type(anno) is list:
        while type(anno) is list:
            item, anno = anno
            if type(item) is tuple and len(item) == 2 and item[0] is A("location"):
                return item[1]
        return 0
    return anno


def _syntax_error(anno: Any, token: Token | None) -> tuple:
    what = make_string(token_description(token)) if token is not None else NIL
    return (ERROR, (_location(anno), ERL_PARSE, [SYNTAX_ERROR, [what, NIL]]))


def _message_error(anno: Any, message: str) -> tuple:
    return (ERROR, (_location(anno), ERL_PARSE, make_string(message)))


def _parse(tokens: list[Token], annos: list, start: str) -> tuple[Any, Any]:
    """(ast, None) or (None, error term) for tokens ending in a dot (note 4)."""
    if not tokens:
        return None, _syntax_error(0, None)
    body, dot = tokens, None
    if tokens[-1].kind == "dot":
        body, dot = tokens[:-1], tokens[-1]
    if dot is None:
        # yecc runs out of tokens: reported at the last one, with nothing after "before: "
        try:
            _get_lark().parse(body, start=start)
        except (UnexpectedInput, ErlangSyntaxError):
            pass
        return None, _syntax_error(annos[-1], None)
    try:
        return _get_lark().parse(body, start=start), None
    except UnexpectedToken as error:
        tok = error.token
        if tok.type == "$END":
            return None, _syntax_error(annos[dot.line - 1], dot)
        index = tok.line - 1
        return None, _syntax_error(annos[index], tokens[index])
    except UnexpectedEOF:
        return None, _syntax_error(annos[dot.line - 1], dot)
    except ErlangSyntaxError as error:
        if error.message.startswith("syntax error before: "):
            return None, _syntax_error(annos[error.line - 1], tokens[error.line - 1])
        return None, _message_error(annos[error.line - 1], error.message)


# ---------------------------------------------------------------- AST to abstract format


class _Converter:
    """Builds abstract-format terms from AST nodes whose positions are token indices."""

    def __init__(self, annos: list) -> None:
        self.annos = annos

    def anno(self, pos: tuple) -> Any:
        return self.annos[pos[0] - 1]

    def first(self, node: Any) -> Any:
        """The annotation of the leftmost token under ``node`` (note 2)."""
        low = None
        stack = [node]
        while stack:
            item = stack.pop()
            if type(item) is tuple:
                if len(item) >= 2 and type(item[1]) is tuple and len(item[1]) == 2 \
                        and type(item[1][0]) is int and type(item[0]) is str:
                    index = item[1][0]
                    if low is None or index < low:
                        low = index
                stack.extend(x for x in item[2:] if type(x) in (tuple, list))
            elif type(item) is list:
                stack.extend(item)
        return self.annos[low - 1]

    def last(self, node: Any) -> Any:
        """The annotation of the rightmost node under ``node`` (note 3)."""
        high = 0
        stack = [node]
        while stack:
            item = stack.pop()
            if type(item) is tuple:
                if len(item) >= 2 and type(item[1]) is tuple and len(item[1]) == 2 \
                        and type(item[1][0]) is int and type(item[0]) is str:
                    high = max(high, item[1][0])
                stack.extend(x for x in item[2:] if type(x) in (tuple, list))
            elif type(item) is list:
                stack.extend(item)
        return self.annos[high - 1]

    def exprs(self, nodes: list) -> Any:
        result = NIL
        for node in reversed(nodes):
            result = [self.expr(node), result]
        return result

    def expr(self, node: tuple) -> Any:
        kind = node[0]
        anno = self.anno(node[1])
        if kind == "var":
            return (A("var"), anno, A(node[2]))
        if kind == "atom":
            return (A("atom"), anno, A(node[2]))
        if kind == "int":
            return (A("integer"), anno, node[2])
        if kind == "char":
            return (A("char"), anno, node[2])
        if kind == "float":
            return (A("float"), anno, node[2])
        if kind == "string":
            return (A("string"), anno, make_string(node[2]))
        if kind == "nil":
            return (A("nil"), anno)
        if kind == "cons":
            return self.cons(node)
        if kind == "tuple":
            return (A("tuple"), anno, self.exprs(node[2]))
        if kind == "op":
            return (A("op"), anno, A(node[2]), self.expr(node[3]), self.expr(node[4]))
        if kind == "unop":
            return (A("op"), anno, A(node[2]), self.expr(node[3]))
        if kind == "match":
            return (A("match"), self.first(node), self.expr(node[2]), self.expr(node[3]))
        if kind == "send":
            return (A("op"), anno, A("!"), self.expr(node[2]), self.expr(node[3]))
        if kind == "catch":
            return (A("catch"), anno, self.expr(node[2]))
        if kind == "call":
            return (A("call"), self.first(node[2]), self.expr(node[2]), self.exprs(node[3]))
        if kind == "remote":
            return (A("remote"), anno, self.expr(node[2]), self.expr(node[3]))
        if kind == "fun_local":
            return (A("fun"), anno, (A("function"), A(node[2]), node[3]))
        if kind == "fun_remote":
            return (A("fun"), anno, (A("function"), self.expr(node[2]), self.expr(node[3]),
                                     self.expr(node[4])))
        if kind == "fun":
            clauses = self.clauses(node[2])
            if node[3] is not None:
                return (A("named_fun"), anno, A(node[3]), clauses)
            return (A("fun"), anno, (A("clauses"), clauses))
        if kind == "case":
            return (A("case"), anno, self.expr(node[2]), self.clauses(node[3], True))
        if kind == "if":
            return (A("if"), anno, self.clauses(node[2], True))
        if kind == "receive":
            clauses = self.clauses(node[2], True)
            if node[3] is None:
                return (A("receive"), anno, clauses)
            return (A("receive"), anno, clauses, self.expr(node[3]), self.exprs(node[4]))
        if kind == "try":
            of_clauses = self.clauses(node[3], True) if node[3] else NIL
            return (A("try"), anno, self.exprs(node[2]), of_clauses,
                    self.catch_clauses(node[4]), self.exprs(node[5]))
        if kind == "block":
            return (A("block"), anno, self.exprs(node[2]))
        if kind in ("lc", "bc"):
            return (A(kind), anno, self.expr(node[2]), self.qualifiers(node[3]))
        if kind == "bin":
            return (A("bin"), anno, self.bin_elements(node[2]))
        if kind == "map":
            fields = NIL
            for field in reversed(node[3]):
                tag = A("map_field_assoc") if field[0] == "assoc" else A("map_field_exact")
                fields = [(tag, self.anno(field[1]), self.expr(field[2]), self.expr(field[3])), fields]
            if node[2] is None:
                return (A("map"), anno, fields)
            return (A("map"), anno, self.expr(node[2]), fields)
        if kind == "record":
            fields = NIL
            for name, pos, value in reversed(node[4]):
                field_anno = self.anno(pos)
                name_term = (A("var") if name == "_" else A("atom"), field_anno, A(name))
                fields = [(A("record_field"), field_anno, name_term, self.expr(value)), fields]
            if node[2] is None:
                return (A("record"), anno, A(node[3]), fields)
            return (A("record"), anno, self.expr(node[2]), A(node[3]), fields)
        if kind == "record_field":
            return (A("record_field"), anno, self.expr(node[2]), A(node[3]), self.field_name(node, 4))
        if kind == "record_index":
            return (A("record_index"), anno, A(node[2]), self.field_name(node, 3))
        raise ValueError(f"no abstract form for {kind}")  # pragma: no cover

    def cons(self, node: tuple) -> tuple:
        """A list expression, converted along its tail without recursion."""
        cells = []
        while node[0] == "cons":
            cells.append((self.anno(node[1]), self.expr(node[2])))
            node = node[3]
        result = self.expr(node)
        for anno, head in reversed(cells):
            result = (A("cons"), anno, head, result)
        return result

    def field_name(self, node: tuple, index: int) -> tuple:
        # the field token is the third after '#': '#' name '.' field
        return (A("atom"), self.annos[node[1][0] + 2], A(node[index]))

    def clauses(self, nodes: list, first_anno: bool = False) -> Any:
        result = NIL
        for clause in reversed(nodes):
            result = [self.clause(clause, first_anno), result]
        return result

    def clause(self, node: tuple, first_anno: bool) -> tuple:
        _, pos, patterns, guard, body = node[:5]
        if first_anno:
            lead = patterns[0] if patterns else guard[0][0]
            anno = self.first(lead)
        else:
            anno = self.anno(pos)
        return (A("clause"), anno, self.exprs(patterns), self.guard(guard), self.exprs(body))

    def catch_clauses(self, nodes: list) -> Any:
        result = NIL
        for node in reversed(nodes):
            _, pos, patterns, guard, body = node
            class_, reason, stack = patterns
            anno = self.first(class_) if class_[1] != reason[1] else self.first(reason)
            if stack[1] == reason[1] and stack[2] == "_":
                stack_term = (A("var"), self.last(reason), A("_"))
            else:
                stack_term = self.expr(stack)
            pattern = (A("tuple"), anno, [self.expr(class_), [self.expr(reason), [stack_term, NIL]]])
            result = [(A("clause"), anno, [pattern, NIL], self.guard(guard), self.exprs(body)), result]
        return result

    def guard(self, guard: list) -> Any:
        result = NIL
        for conjunction in reversed(guard or []):
            result = [self.exprs(conjunction), result]
        return result

    def qualifiers(self, nodes: list) -> Any:
        result = NIL
        for node in reversed(nodes):
            if node[0] == "gen":
                item = (A("generate"), self.anno(node[1]), self.expr(node[2]), self.expr(node[3]))
            elif node[0] == "bgen":
                item = (A("b_generate"), self.anno(node[1]), self.expr(node[2]), self.expr(node[3]))
            else:
                item = self.expr(node)
            result = [item, result]
        return result

    def bin_elements(self, nodes: list) -> Any:
        result = NIL
        for _, pos, value, size, types in reversed(nodes):
            size_term = DEFAULT if size is None else self.expr(size)
            if types:
                type_list = NIL
                for name, unit in reversed(types):
                    spec = A(name) if unit is None else (A(name), unit)
                    type_list = [spec, type_list]
            else:
                type_list = DEFAULT
            result = [(A("bin_element"), self.anno(pos), self.expr(value), size_term, type_list), result]
        return result

    def form(self, node: tuple) -> Any:
        if node[0] == "function":
            _, pos, name, arity, clauses = node
            return (A("function"), self.anno(pos), A(name), arity, self.clauses(clauses))
        _, pos, name, args = node
        anno = self.anno(pos)
        if not args:
            # '-' name '(' ')': erl_parse wants a value between the parentheses
            raise _BadForm((pos[0] + 2, 1), "syntax error before: ')'")
        if name == "module" and len(args) == 1 and args[0][0] == "atom":
            return (A("attribute"), anno, A("module"), A(args[0][2]))
        if name in ("export", "export_type") and len(args) == 1:
            return (A("attribute"), anno, A(name), self.function_list(args[0]))
        if name == "import" and len(args) == 2 and args[0][0] == "atom":
            return (A("attribute"), anno, A("import"),
                    (A(args[0][2]), self.function_list(args[1])))
        if name == "record" and len(args) == 2 and args[0][0] == "atom" and args[1][0] == "tuple":
            return (A("attribute"), anno, A("record"), (A(args[0][2]), self.record_fields(args[1][2])))
        if len(args) != 1:
            raise _BadForm(pos, "bad attribute")
        return (A("attribute"), anno, A(name), normalise(self.expr(args[0])))

    def function_list(self, node: tuple) -> Any:
        items = []
        while node[0] == "cons":
            item = node[2]
            if not (item[0] == "op" and item[2] == "/" and item[3][0] == "atom" and item[4][0] == "int"):
                raise _BadForm(item[1], "bad function arity")
            items.append((A(item[3][2]), item[4][2]))
            node = node[3]
        result = NIL
        for item in reversed(items):
            result = [item, result]
        return result

    def record_fields(self, fields: list) -> Any:
        result = NIL
        for field in reversed(fields):
            if field[0] == "atom":
                item = (A("record_field"), self.anno(field[1]), self.expr(field))
            elif field[0] == "match" and field[2][0] == "atom":
                name = field[2]
                item = (A("record_field"), self.anno(name[1]), self.expr(name), self.expr(field[3]))
            else:
                raise _BadForm(field[1], "bad record declaration")
            result = [item, result]
        return result


class _BadForm(Exception):
    def __init__(self, pos: tuple, message: str) -> None:
        super().__init__(message)
        self.pos = pos
        self.message = message


# ---------------------------------------------------------------- the BIFs


@bif("erl_parse", "parse_exprs", 1)
def parse_exprs(tokens):
    toks, annos = _tokens_in(tokens)
    ast, error = _parse(toks, annos, "exprs")
    if error is not None:
        return error
    return (OK, _Converter(annos).exprs(ast))


@bif("erl_parse", "parse_term", 1)
def parse_term(tokens):
    toks, annos = _tokens_in(tokens)
    ast, error = _parse(toks, annos, "exprs")
    if error is not None:
        return error
    converter = _Converter(annos)
    if len(ast) != 1:
        return _message_error(converter.anno(ast[1][1]), "bad term")
    expr = converter.expr(ast[0])
    try:
        return (OK, normalise(expr))
    except ErlangError:
        return _message_error(expr[1], "bad term")


@bif("erl_parse", "parse_form", 1)
def parse_form(tokens):
    toks, annos = _tokens_in(tokens)
    ast, error = _parse(toks, annos, "start")
    if error is not None:
        return error
    converter = _Converter(annos)
    try:
        return (OK, converter.form(ast))
    except _BadForm as bad:
        if bad.message.startswith("syntax error before: "):
            return _syntax_error(converter.anno(bad.pos), toks[bad.pos[0] - 1])
        return _message_error(converter.anno(bad.pos), bad.message)
    except ErlangError:
        return _message_error(converter.anno(ast[1]), "bad attribute")


@bif("erl_parse", "format_error", 1)
def format_error(message):
    if _is_deep_chars(message):
        return message
    return make_string(write_term(message))


def _is_deep_chars(term: Any) -> bool:
    stack = [term]
    while stack:
        item = stack.pop()
        while type(item) is list:
            head, item = item
            if type(head) is list or head is NIL:
                stack.append(head)
            elif type(head) is not int or head < 0:
                return False
        if item is not NIL:
            return False
    return True


# ---------------------------------------------------------------- normalise


def normalise(node: Any) -> Any:
    """erl_parse:normalise/1: the term a literal abstract expression stands for (note 5)."""
    if type(node) is not tuple or len(node) < 2 or type(node[0]) is not Atom:
        raise ErlangError((BADARG, node))
    tag = node[0].name
    if tag in ("integer", "float", "char", "atom") and len(node) == 3:
        return node[2]
    if tag == "string" and len(node) == 3:
        return node[2]
    if tag == "nil" and len(node) == 2:
        return NIL
    if tag == "cons" and len(node) == 4:
        # iterative over the tail, so long lists do not recurse
        heads = []
        while type(node) is tuple and len(node) == 4 and node[0] is A("cons"):
            heads.append(normalise(node[2]))
            node = node[3]
        result = normalise(node)
        for head in reversed(heads):
            result = [head, result]
        return result
    if tag == "tuple" and len(node) == 3:
        return tuple(normalise(item) for item in _items(node[2], node))
    if tag == "map" and len(node) == 3:
        result = {}
        for field in _items(node[2], node):
            if type(field) is not tuple or len(field) != 4 or field[0] is not A("map_field_assoc"):
                raise ErlangError((BADARG, node))
            result[map_key(normalise(field[2]))] = normalise(field[3])
        return result
    if tag == "bin" and len(node) == 3:
        return _normalise_bin(node)
    if tag == "op" and len(node) == 4 and node[2] in (A("-"), A("+")):
        arg = node[3]
        if type(arg) is tuple and len(arg) == 3 and arg[0] in (A("integer"), A("float"), A("char")) \
                and type(arg[2]) in (int, float):
            return -arg[2] if node[2] is A("-") else arg[2]
    if tag == "fun" and len(node) == 3:
        function = node[2]
        if type(function) is tuple and len(function) == 4 and function[0] is A("function"):
            module, name, arity = (normalise(part) for part in function[1:])
            if type(module) is Atom and type(name) is Atom and type(arity) is int:
                return Fun(module, name, arity, None, ())
    raise ErlangError((BADARG, node))


def _items(term: Any, node: Any) -> list:
    items = []
    while type(term) is list:
        items.append(term[0])
        term = term[1]
    if term is not NIL:
        raise ErlangError((BADARG, node))
    return items


def _normalise_bin(node: tuple) -> Any:
    """A binary of literal segments, built as the compiled code would build it."""
    segments = []
    for element in _items(node[2], node):
        if type(element) is not tuple or len(element) != 5 or element[0] is not A("bin_element"):
            raise ErlangError((BADARG, node))
        _, _, value_node, size_node, types = element
        if value_node[0] is A("string"):
            for code in _items(value_node[2], node):
                segments.append((code, size_node if size_node is DEFAULT else normalise(size_node), types))
            continue
        size = size_node if size_node is DEFAULT else normalise(size_node)
        segments.append((normalise(value_node), size, types))
    return build_segments(segments)


# ---------------------------------------------------------------- abstract


def abstract(term: Any, anno: Any) -> Any:
    """erl_parse:abstract/2 (note 6); iterative over lists."""
    kind = type(term)
    if kind is int:
        return (A("integer"), anno, term)
    if kind is float:
        return (A("float"), anno, term)
    if kind is Atom:
        return (A("atom"), anno, term)
    if term is NIL:
        return (A("nil"), anno)
    if kind is list:
        items = []
        rest = term
        while type(rest) is list:
            items.append(rest[0])
            rest = rest[1]
        if rest is NIL and all(type(c) is int and 0 <= c <= 0x10FFFF and not 0xD800 <= c <= 0xDFFF
                               for c in items):
            return (A("string"), anno, term)
        result = abstract(rest, anno)
        for item in reversed(items):
            result = (A("cons"), anno, abstract(item, anno), result)
        return result
    if kind is tuple:
        result = NIL
        for item in reversed(term):
            result = [abstract(item, anno), result]
        return (A("tuple"), anno, result)
    if kind is dict:
        result = NIL
        for key in reversed(sorted_map_keys(term)):
            field = (A("map_field_assoc"), anno, abstract(unmap_key(key), anno), abstract(term[key], anno))
            result = [field, result]
        return (A("map"), anno, result)
    if kind is bytes or kind is BitString:
        data, bits = (term, len(term) * 8) if kind is bytes else (term.data, term.bits)
        elements = []
        for byte in data[:bits // 8]:
            elements.append((A("bin_element"), anno, (A("integer"), anno, byte), DEFAULT, DEFAULT))
        if bits % 8:
            rest = bits % 8
            value = data[-1] >> (8 - rest)
            elements.append((A("bin_element"), anno, (A("integer"), anno, value),
                             (A("integer"), anno, rest), DEFAULT))
        result = NIL
        for element in reversed(elements):
            result = [element, result]
        return (A("bin"), anno, result)
    raise ErlangError(BADARG)


@bif("erl_parse", "abstract", 1)
def abstract1(term):
    return abstract(term, 0)


@bif("erl_parse", "abstract", 2)
def abstract2(term, options):
    anno = options
    if type(options) is list or options is NIL:
        anno = 0
        while type(options) is list:
            option, options = options
            if type(option) is tuple and len(option) == 2 and option[0] in (A("line"), A("location")):
                anno = option[1]
    return abstract(term, anno)


@bif("erl_parse", "normalise", 1)
def normalise1(node):
    return normalise(node)
