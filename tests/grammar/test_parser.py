"""The Lark LALR grammar: forms, operator precedence, every expression kind."""
from __future__ import annotations

import pytest

from beamish.grammar.errors import ErlangSyntaxError
from beamish.grammar.lexer import tokenize
from beamish.grammar.parser import parse_tokens


def forms(text: str):
    result, errors = parse_tokens(tokenize(text, "p.erl"), "p.erl")
    if errors:
        raise errors[0]
    return result


def expr(text: str):
    return forms(f"f() -> {text}.")[0][4][0][4][0]


def strip(node):
    """The AST without positions, for readable comparisons."""
    if type(node) is tuple:
        if len(node) >= 2 and type(node[1]) is tuple and len(node[1]) == 2 and all(type(x) is int for x in node[1]):
            return (node[0],) + tuple(strip(x) for x in node[2:])
        return tuple(strip(x) for x in node)
    if type(node) is list:
        return [strip(x) for x in node]
    return node


def test_arithmetic_precedence_and_associativity():
    assert strip(expr("1 + 2 * 3 - 4")) == (
        "op", "-", ("op", "+", ("int", 1), ("op", "*", ("int", 2), ("int", 3))), ("int", 4))


def test_list_ops_are_right_associative():
    assert strip(expr("A ++ B ++ C")) == (
        "op", "++", ("var", "A"), ("op", "++", ("var", "B"), ("var", "C")))


def test_match_is_right_associative_and_takes_catch():
    assert strip(expr("A = B = catch c")) == (
        "match", ("var", "A"), ("match", ("var", "B"), ("catch", ("atom", "c"))))


def test_orelse_binds_looser_than_andalso_and_comparison():
    assert strip(expr("a andalso b orelse c < d")) == (
        "op", "orelse", ("op", "andalso", ("atom", "a"), ("atom", "b")),
        ("op", "<", ("atom", "c"), ("atom", "d")))


def test_unary_minus_binds_tighter_than_multiplication():
    assert strip(expr("-X * 2")) == ("op", "*", ("unop", "-", ("var", "X")), ("int", 2))


def test_remote_and_dynamic_calls():
    assert strip(expr("lists:map(F, L)"))[0] == "call"
    assert strip(expr("M:F(1)"))[1] == ("remote", ("var", "M"), ("var", "F"))
    assert strip(expr("(fun() -> ok end)()"))[1][0] == "fun"


def test_adjacent_strings_concatenate():
    assert strip(expr('"ab" "cd"')) == ("string", "abcd")


def test_records_and_maps():
    assert strip(expr("#r{a = 1}")) == ("record", None, "r", [("a", ("int", 1))])
    node = expr("M#{a := 1}#{b => 2}")
    assert node[0] == "map" and node[2][0] == "map"
    node = expr("X#r.f#r.g")
    assert node[0] == "record_field" and node[2][0] == "record_field"


@pytest.mark.parametrize("text", [
    "case X of {a, B} when B > 1; B < -1 -> B; _ -> 0 end",
    "receive {x, Y} -> Y after 100 -> timeout end",
    "receive after 0 -> ok end",
    "try f() of 1 -> a catch throw:T -> T; error:E:S -> {E, S}; _ -> z after g() end",
    "if X > 1 -> a; true -> b end",
    "begin a, b end",
    "[X || X <- L, X > 1, {Y} <- M]",
    "<< <<B>> || <<B:8>> <= Bin >>",
    "<<A:8/little-signed-integer, B/binary, C:4/unit:8>>",
    "fun F(0) -> 1; F(N) -> N * F(N - 1) end",
    "fun lists:map/2",
    "fun M:F/A",
    "fun foo/1",
    "X ! {self(), hello}",
    "#{a => 1, {b} => [2]}",
])
def test_expressions_parse(text):
    expr(text)


def test_attributes_and_specs():
    result = forms("-module(m).\n-export([f/0]).\n-spec f() -> ok.\n"
                   "-type t() :: {a, b}.\n-record(r, {a = 1 :: integer(), b}).\nf() -> ok.\n")
    kinds = [f[0] for f in result]
    assert kinds == ["attribute", "attribute", "attribute", "function"]


def test_syntax_error_position():
    with pytest.raises(ErlangSyntaxError) as info:
        forms("f() -> [1, 2.\n")
    assert (info.value.line, info.value.message) == (1, "syntax error before: '.'")
