"""The preprocessor against epp (OTP 25): expected tokens, positions and error
texts were read off ``epp:scan_erl_form/1`` and erlc on the same sources."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from beamish.grammar import preprocessor
from beamish.grammar.errors import ErlangSyntaxError
from beamish.grammar.lexer import scan_file, tokenize
from beamish.grammar.preprocessor import preprocess
from beamish.grammar.tokens import Token

CORPUS = Path(__file__).resolve().parent.parent / "conformance"


def run(text: str, file: str = "m.erl", **options) -> list[Token]:
    return preprocess(tokenize(text, file), file, **options)


def kv(tokens: list[Token]) -> list:
    return [t.kind if t.kind == t.value else (t.kind, t.value) for t in tokens]


def body(text: str, **options) -> list:
    """The tokens of the last form, without its dot."""
    tokens = run(text, **options)
    dots = [i for i, t in enumerate(tokens) if t.kind == "dot"]
    start = dots[-2] + 1 if len(dots) > 1 else 0
    return kv(tokens[start:dots[-1]])


def expr(defines: str, expression: str, **options) -> list:
    """What ``f() -> EXPRESSION.`` becomes, without ``f() ->``."""
    return body(f"-module(m).\n{defines}\nf() -> {expression}.\n", **options)[4:]


def failure(text: str, file: str = "m.erl", **options) -> tuple:
    with pytest.raises(ErlangSyntaxError) as info:
        run(text, file, **options)
    e = info.value
    return e.line, e.col, e.message


# -- -define and expansion -----------------------------------------------------------------

def test_constant():
    assert expr("-define(ANSWER, 42).", "?ANSWER") == [("integer", 42)]


def test_directives_and_their_dots_are_removed():
    tokens = run("-module(m).\n-define(A, 1).\n-undef(A).\n-ifdef(A).\n-endif.\nf() -> 1.\n")
    assert kv(tokens) == ["-", ("atom", "module"), "(", ("atom", "m"), ")", ("dot", "."),
                          ("atom", "f"), "(", ")", "->", ("integer", 1), ("dot", ".")]


def test_other_attributes_pass_through():
    text = ("-module(m).\n-record(r, {a = 1 :: integer()}).\n-spec f() -> ok.\n"
            "-type t() :: #{a => b}.\n-export([f/0]).\n-compile(export_all).\n-file(\"x\", 1).\n")
    assert kv(run(text)) == kv(tokenize(text, "m.erl"))


def test_nested_constants_and_strings():
    defines = "-define(A, 1).\n-define(B, ?A + ?A).\n-define(G, \"hello\").\n-define(P, {?B, ?G})."
    assert expr(defines, "?P") == ["{", ("integer", 1), "+", ("integer", 1), ",",
                                   ("string", "hello"), "}"]


def test_parameters():
    defines = "-define(SQUARE(X), ((X) * (X)))."
    assert expr(defines, "?SQUARE(1 + 2)") == ["(", "(", ("integer", 1), "+", ("integer", 2), ")",
                                               "*", "(", ("integer", 1), "+", ("integer", 2), ")",
                                               ")"]


def test_overloading_by_arity():
    defines = "-define(ADD(A, B), (A + B)).\n-define(ADD(A, B, C), (A + B + C))."
    assert expr(defines, "?ADD(1, 2), ?ADD(1, 2, 3)") == [
        "(", ("integer", 1), "+", ("integer", 2), ")", ",",
        "(", ("integer", 1), "+", ("integer", 2), "+", ("integer", 3), ")"]


def test_empty_macro_and_empty_arguments():
    assert expr("-define(EMPTY, ).", "[1, 2 ?EMPTY]") == ["[", ("integer", 1), ",", ("integer", 2), "]"]
    assert expr("-define(E(), ).", "[?E() 1]") == ["[", ("integer", 1), "]"]
    assert failure("-define(ARGS(A, B, C), {C, B, A}).\nf() -> ?ARGS(1, , 3).\n") == \
        (2, 9, "argument mismatch for macro 'ARGS'")
    assert expr("-define(K, k).", "?K(1, , 3)") == [("atom", "k"), "(", ("integer", 1), ",",
                                                    ",", ("integer", 3), ")"]


def test_zero_parameter_macro():
    assert expr("-define(NOARGS(), no_args).", "?NOARGS()") == [("atom", "no_args")]
    assert expr("-define(NOARGS(), no_args).", "?NOARGS( )") == [("atom", "no_args")]


def test_constant_called_with_parentheses_keeps_them():
    assert expr("-define(K, k).", "?K(1, 2)") == [("atom", "k"), "(", ("integer", 1), ",",
                                                  ("integer", 2), ")"]
    assert expr("-define(K, k).", "?K()") == [("atom", "k"), "(", ")"]


def test_constant_body_is_expanded_alone():
    # epp expands a constant's body before looking at what follows the call
    assert failure("-module(m).\n-define(C(X), {X}).\n-define(G, ?C).\nf() -> ?G(5).\n") \
        == (4, 9, "argument mismatch for macro 'C'")


def test_macro_name_forms():
    assert expr("-define(A, 1).\n-define('Q', q).\n-define(Var, v).", "? A, ?'Q', ?Var") == [
        ("integer", 1), ",", ("atom", "q"), ",", ("atom", "v")]


def test_no_parentheses_precedence_is_textual():
    assert expr("-define(PLUS_ONE(X), X + 1).", "?PLUS_ONE(2) * 10") == [
        ("integer", 2), "+", ("integer", 1), "*", ("integer", 10)]


def test_arguments_split_only_at_top_level_commas():
    defines = "-define(F(X), [X])."
    cases = {
        "?F({1, 2})": ["[", "{", ("integer", 1), ",", ("integer", 2), "}", "]"],
        "?F((1, 2))": ["[", "(", ("integer", 1), ",", ("integer", 2), ")", "]"],
        "?F(<<1, 2>>)": ["[", "<<", ("integer", 1), ",", ("integer", 2), ">>", "]"],
        "?F([a, b])": ["[", "[", ("atom", "a"), ",", ("atom", "b"), "]", "]"],
        "?F(fun foo/1)": ["[", "fun", ("atom", "foo"), "/", ("integer", 1), "]"],
    }
    for call, expected in cases.items():
        assert expr(defines, call) == expected, call
    for call in ["?F(begin 1, 2 end)", "?F(case x of a -> 1, 2; _ -> 2 end)",
                 "?F(fun(X) -> X, 1 end)", "?F(fun F(X) -> X, 1 end)", "?F(if true -> 1, 2 end)",
                 "?F(receive a -> b, c end)", "?F(try a, b catch _ -> c end)"]:
        tokens = expr(defines, call)
        assert tokens[0] == "[" and tokens[-1] == "]" and tokens.count(",") == 1, call


def test_recursive_expansion_in_bodies_and_arguments():
    defines = ("-define(A, 1).\n-define(C(X), {X, ?A}).\n-define(D(X, Y), [X | Y]).\n"
               "-define(NEST(X), ?D(X, ?D(X, []))).")
    assert expr(defines, "?C(?A)") == ["{", ("integer", 1), ",", ("integer", 1), "}"]
    assert expr(defines, "?NEST(x)") == ["[", ("atom", "x"), "|", "[", ("atom", "x"), "|", "[",
                                         "]", "]", "]"]
    assert expr("-define(E(F), F(1)).", "?E(foo)") == [("atom", "foo"), "(", ("integer", 1), ")"]


def test_expanded_tokens_take_the_macro_name_position():
    tokens = run("-module(m).\n-define(A, 1 + 2).\n-define(P(X), {X, X}).\n"
                 "g() -> ?A, ?P(?A).\n")
    got = [(t.kind, t.line, t.col) for t in tokens[6:-1]]
    # as epp: the body at the name token, then after each argument the
    # position of that argument's last token
    assert got == [("atom", 4, 1), ("(", 4, 2), (")", 4, 3), ("->", 4, 5),
                   ("integer", 4, 9), ("+", 4, 9), ("integer", 4, 9), (",", 4, 10),
                   ("{", 4, 13), ("integer", 4, 16), ("+", 4, 16), ("integer", 4, 16),
                   (",", 4, 16), ("integer", 4, 16), ("+", 4, 16), ("integer", 4, 16),
                   ("}", 4, 16)]


# -- ??Arg --------------------------------------------------------------------------------------

@pytest.mark.parametrize("argument, text", [
    ("1 + 2 * 3", "1 + 2 * 3"),
    ("lists:reverse([1, 2, 3])", "lists : reverse ( [ 1 , 2 , 3 ] )"),
    ("  {a,b}  ", "{ a , b }"),
    ("fun(X)->X end", "fun ( X ) -> X end"),
    ("\"str\" 'at' $c 1.5 X<<1:8>>", "\"str\" at $c 1.5 X << 1 : 8 >>"),
    ("#{a=>1}#r.f", "# { a => 1 } # r . f"),
    ("a- -1", "a - - 1"),
    ("[a|b]", "[ a | b ]"),
    ("?A", "? A"),
    ("lists:reverse(\n     [1,\n       2])", "lists : reverse ( [ 1 , 2 ] )"),
    ("'hello world' \"a\\nb\" $\\n  $  'a' A_b", "'hello world' \"a\\nb\" $\\n $\\s a A_b"),
    ("1.0e10 16#ff 1_000 2.5e-3", "1.0e10 255 1000 0.0025"),
    ("'end' end 'A' '+' [] _ _X", "'end' end 'A' '+' [ ] _ _X"),
])
def test_stringify(argument, text):
    assert expr("-define(S(E), ??E).", f"?S({argument})") == [("string", text)]


def test_stringify_inside_a_bigger_body():
    defines = "-define(SHOW(Expr), io:format(\"~s = ~p\", [??Expr, Expr]))."
    assert expr(defines, "?SHOW(1 + 2)") == [
        ("atom", "io"), ":", ("atom", "format"), "(", ("string", "~s = ~p"), ",", "[",
        ("string", "1 + 2"), ",", ("integer", 1), "+", ("integer", 2), "]", ")"]


def test_stringify_of_a_non_parameter_is_the_variable():
    assert expr("-define(S(X), ??Y).", "?S(1)") == [("var", "Y")]


# -- predefined macros -----------------------------------------------------------------------------

def test_module_and_module_string():
    assert expr("", "?MODULE, ?MODULE_STRING") == [("atom", "m"), ",", ("string", "m")]


def test_module_is_undefined_before_module_attribute():
    assert failure("-x(?MODULE).\n-module(m).\n") == (1, 5, "undefined macro 'MODULE'")
    tokens = run("-ifdef(MODULE).\na() -> yes.\n-endif.\n-module(m).\n")
    assert kv(tokens)[:2] == ["-", ("atom", "module")]


def test_second_module_attribute_wins():
    assert body("-module(a).\n-module(b).\ne() -> ?MODULE.\n")[-1] == ("atom", "b")


def test_line_file_machine_release():
    tokens = run("-module(m).\nf() ->\n  {?LINE, ?FILE, ?MACHINE, ?OTP_RELEASE, ?BEAM}.\n",
                 "/abs/m.erl")
    assert kv(tokens[11:-2]) == [("integer", 3), ",", ("string", "/abs/m.erl"), ",",
                                 ("atom", "BEAM"), ",", ("integer", 25), ",", ("atom", "true")]


def test_line_survives_undef():
    assert body("-module(m).\n-undef(LINE).\ng() -> ?LINE.\n")[-1] == ("integer", 3)
    assert failure("-module(m).\n-undef(FILE).\ng() -> ?FILE.\n") == \
        (3, 9, "undefined macro 'FILE'")


def test_function_name_and_arity():
    text = ("-module(m).\n"
            "a(<<A,B>>, [C,D], #{a := 1, b := 2}, {E, F}) -> ?FUNCTION_ARITY.\n"
            "b() -> ?FUNCTION_ARITY; b() -> 1.\n"
            "c(X) when X > 0, is_atom(X) -> ?FUNCTION_ARITY.\n"
            "'d e'(1) -> {?FUNCTION_NAME, ?LINE}.\n")
    tokens = run(text)
    arities = [t.value for t in tokens if t.kind == "integer" and t.col in (50, 9, 33)]
    assert arities == [4, 0, 1]
    assert body(text) == [("atom", "d e"), "(", ("integer", 1), ")", "->", "{",
                          ("atom", "d e"), ",", ("integer", 5), "}"]


def test_function_macros_outside_a_function():
    assert failure("-module(m).\n-x(?FUNCTION_NAME).\n") == \
        (2, 5, "?FUNCTION_NAME can only be used within a function")
    assert failure("-module(m).\n-x(?FUNCTION_ARITY).\n") == \
        (2, 5, "?FUNCTION_ARITY can only be used within a function")
    tokens = run("-module(m).\n-ifdef(FUNCTION_NAME).\nb() -> yes.\n-endif.\n")
    assert len(tokens) == 6


def test_predefined_option():
    tokens = expr("", "{?A, ?B, ?C, ?D, ?E, ?F}",
                  predefined={"A": 1, "B": "foo", "C": [Token("atom", "x", 9, 9)],
                              "D": None, "E": 2.5, "F": '"s"'})
    assert tokens == ["{", ("integer", 1), ",", ("atom", "foo"), ",", ("atom", "x"), ",",
                      ("atom", "true"), ",", ("float", 2.5), ",", ("string", "s"), "}"]
    assert failure("-define(A, 2).", predefined={"A": 1}) == (1, 9, "redefining macro 'A'")


@pytest.mark.parametrize("name", ["MODULE", "MODULE_STRING", "FILE", "LINE", "MACHINE", "BEAM",
                                  "OTP_RELEASE", "FUNCTION_NAME", "FUNCTION_ARITY"])
def test_redefining_predefined(name):
    assert failure(f"-module(m).\n-define({name}, 1).\n") == \
        (2, 9, f"redefining predefined macro '{name}'")


def test_module_may_be_redefined_after_undef():
    assert body("-module(m).\n-undef(MODULE).\n-define(MODULE, 3).\nd() -> ?MODULE.\n")[-1] \
        == ("integer", 3)


# -- conditionals --------------------------------------------------------------------------------

def names(tokens: list[Token]) -> list[str]:
    """Each form's name: the attribute's or the function's."""
    out = []
    start = 0
    for index, token in enumerate(tokens):
        if token.kind == "dot":
            first = tokens[start]
            out.append(tokens[start + 1].value if first.kind == "-" else first.value)
            start = index + 1
    return out


COND = """-module(m).
-define(DEBUG, true).
-define(LEVEL, 3).
-ifdef(DEBUG).
debug_on() -> on.
-else.
debug_off() -> off.
-endif.
-ifndef(RELEASE).
not_release() -> x.
-else.
release() -> x.
-endif.
-undef(DEBUG).
-ifdef(DEBUG).
still_defined() -> x.
-else.
undefined_now() -> x.
-endif.
-if(?LEVEL > 5).
high() -> x.
-elif(?LEVEL > 2).
medium() -> x.
-elif(true).
second_true() -> x.
-else.
low() -> x.
-endif.
-ifdef(OUTER).
-ifdef(INNER).
both() -> x.
-endif.
-else.
-ifndef(INNER).
neither() -> x.
-else.
inner_only() -> x.
-endif.
-endif.
-if(false).
this is not valid erlang but it is skipped entirely.
-define(SKIPPED, 1).
-include("nowhere.hrl").
-error(skipped).
-if(1 +).
-else(junk).
-endif.
-endif.
-if(true).
taken() -> x.
-elif(?UNDEFINED).
-endif.
-if(false).
-elif(false).
-elif(true).
third() -> x.
-elif(true).
fourth() -> x.
-else.
fifth() -> x.
-endif.
"""


def test_conditionals():
    tokens = run(COND)
    assert names(tokens) == ["module", "debug_on", "not_release", "undefined_now", "medium",
                             "neither", "taken", "third"]


def test_var_named_macros_in_conditionals():
    tokens = run("-module(m).\n-define(Abc, 1).\n-ifdef(Abc).\nyes() -> 1.\n-endif.\n"
                 "-ifdef(A\n).\nno() -> 1.\n-endif.\n")
    assert names(tokens) == ["module", "yes"]


@pytest.mark.parametrize("condition, taken", [
    ("?L > 3 andalso ?L < 10", True), ("?L + 1 == 6.0", True), ("?L + 1 =:= 6.0", False),
    ("defined(L) and not defined(M)", True), ("defined(m)", False),
    ("is_integer(?L) orelse error", True),
    ("length(\"abc\") =:= 3", True), ("{a, 1} < {a, 2}", True), ("a < 1", False),
    ("7 div 2 == 3 andalso -7 rem 2 == -1 andalso 7 / 2 == 3.5", True),
    ("1 bsl 4 band 16 =/= 0", True), ("element(2, {a, b}) == b", True),
    ("erlang:is_atom(x)", True), ("?OTP_RELEASE >= 25", True), ("?MACHINE == 'BEAM'", True),
    ("1 / 0", False), ("not (1 > 2)", True), ("\"abc\" < [a]", True), ("[] < [a]", True),
    ("1.0 == 1 andalso abs(-3) =:= 3 andalso hd([x]) =:= x andalso tl([1]) == []", True),
    ("true xor false", True), ("- - 1 == 1", True), ("X", False), ("foo(1)", False),
    ("1 + a", False), ("1", False), ("1 == 1.0 and (2 rem 2 =:= 0) xor false", False),
    ("(true) orelse false", True), ("is_pid(a) == false andalso not is_map(1)", True),
    ("tuple_size({}) == 0 andalso {1} > 2 andalso a < {}", True), ("true\n", True),
])
def test_if_conditions(condition, taken):
    text = f"-module(m).\n-define(L, 5).\n-if({condition}).\nyes() -> 1.\n-else.\nno() -> 1.\n-endif.\n"
    assert names(run(text))[1] == ("yes" if taken else "no")


def test_if_condition_without_parentheses_around_all():
    text = "-module(m).\n-if(true) orelse false.\nyes() -> 1.\n-endif.\n"
    assert names(run(text)) == ["module", "yes"]


@pytest.mark.parametrize("condition, error", [
    ("()", (2, 5, "syntax error before: ')'")),
    ("(1 +)", (2, 8, "syntax error before: ')'")),
    ("(1, true)", (2, 6, "syntax error before: ','")),
    ("(false; true)", (2, 10, "syntax error before: ';'")),
    ("((1)", (2, 8, "syntax error before: '.'")),
    ("(1 < 2 < 3)", (2, 11, "syntax error before: '<'")),
    ("(a b)", (2, 7, "syntax error before: b")),
    ("([1] ++ [2] == [1,2])", (2, 2, "badly formed 'if'")),
    ("(max(1, 2))", (2, 2, "badly formed 'if'")),
    ("(X = 1)", (2, 2, "badly formed 'if'")),
    ("(lists:member(1, [1]))", (2, 2, "badly formed 'if'")),
    ("", (2, 4, "badly formed 'if'")),
    ("(?U)", (2, 6, "undefined macro 'U'")),
])
def test_if_errors(condition, error):
    assert failure(f"-module(m).\n-if{condition}.\n-endif.\n") == error


def test_if_at_end_of_file():
    assert failure("-module(m).\n-if(true\n") == (2, 5, "syntax error before: ")


@pytest.mark.parametrize("text, error", [
    ("-endif.\n", (2, 2, "unbalanced '-endif'")),
    ("-else.\n", (2, 2, "unbalanced '-else'")),
    ("-elif(true).\n", (2, 2, "unbalanced '-elif'")),
    ("-ifdef(x).\n-else.\n-else.\n-endif.\n", (4, 2, "repeated '-else'")),
    ("-ifdef(y).\n-else.\n-elif(true).\n-endif.\n", (4, 2, "unbalanced '-elif'")),
    ("-ifdef(X).\nf() -> 1.\n\n", (5, 1, "unterminated '-ifdef'")),
    ("-ifndef(X).\n", (3, 1, "unterminated '-ifndef'")),
    ("-if(true).", (2, 11, "unterminated '-if'")),
    ("-ifdef(X).\n-else.\n", (4, 1, "unterminated '-else'")),
    ("-if(false).\n-elif(true).\n", (4, 1, "unterminated '-if'")),
    ("-ifdef(X).\n-elif(true).\n", (4, 1, "unterminated '-if'")),
    ("-ifdef(1).\n-endif.\n", (2, 8, "badly formed 'ifdef'")),
    ("-ifdef(A, B).\n-endif.\n", (2, 9, "badly formed 'ifdef'")),
    ("-ifdef.\n-endif.\n", (2, 7, "badly formed 'ifdef'")),
    ("-ifndef(\"x\").\n-endif.\n", (2, 9, "badly formed 'ifndef'")),
    ("-ifdef(a).\n-else.\n-endif(y).\n", (4, 7, "badly formed 'endif'")),
    ("-ifdef(a).\n-endif(y).\n-ifdef(1).\n", (4, 8, "badly formed 'ifdef'")),
    ("-undef.\n", (2, 7, "badly formed 'undef'")),
    ("-undef(1).\n", (2, 8, "badly formed 'undef'")),
    ("-undef(A, B).\n", (2, 9, "badly formed 'undef'")),
])
def test_conditional_errors(text, error):
    assert failure("-module(m).\n" + text) == error


def test_undef_of_unknown_macro_is_fine():
    assert names(run("-module(m).\n-undef(NOTDEF).\nf() -> 1.\n")) == ["module", "f"]


# -- -define errors ------------------------------------------------------------------------------------

@pytest.mark.parametrize("define, error", [
    ("-define(A).", (2, 10, "badly formed 'define'")),
    ("-define(\"s\", 1).", (2, 9, "badly formed 'define'")),
    ("-define(D(1), 1).", (2, 11, "badly formed 'define'")),
    ("-define(F 1).", (2, 11, "badly formed 'define'")),
    ("-define.", (2, 8, "badly formed 'define'")),
    ("-define(if, 1).", (2, 9, "badly formed 'define'")),
    ("-define(K(X,), 1).", (2, 12, "badly formed 'define'")),
    ("-define(C(X, X), X).", (2, 14, "argument 'X' already used")),
    ("-define(G, 1) x.", (2, 16, "badly formed define: missing closing right parenthesis")),
    ("-define(H(X) 1).", (2, 14, "badly formed define: missing comma")),
    ("-define(N(X). ", (2, 13, "badly formed define: missing comma")),
    ("-define(A, 1).\n-define(A, 1).", (3, 9, "redefining macro 'A'")),
    ("-define(B(X), 1).\n-define(B(Y), 2).", (3, 9, "redefining macro 'B'")),
])
def test_define_errors(define, error):
    assert failure("-module(m).\n" + define + "\n") == error


def test_define_accepts_a_body_with_commas_and_a_spaced_parameter_list():
    assert expr("-define(B, 1, 2).\n-define(E() , 1).\n-define(L(X) , X).", "?B, ?E(), ?L(3)") \
        == [("integer", 1), ",", ("integer", 2), ",", ("integer", 1), ",", ("integer", 3)]


# -- macro call errors --------------------------------------------------------------------------------

@pytest.mark.parametrize("call, error", [
    ("?B", (3, 9, "undefined macro 'B'")),
    ("?B(1)", (3, 9, "undefined macro 'B/1'")),
    ("?B()", (3, 9, "undefined macro 'B/0'")),
    ("?A", (3, 9, "argument mismatch for macro 'A'")),
    ("?A(1, 2)", (3, 9, "argument mismatch for macro 'A'")),
    ("?A()", (3, 9, "argument mismatch for macro 'A'")),
    ("?A(1", (3, 9, "badly formed argument for macro 'A'")),
    ("?A([a, b))", (3, 9, "badly formed argument for macro 'A'")),
    ("?A(, 1)", (3, 9, "badly formed argument for macro 'A'")),
    ("?A(1, )", (3, 9, "badly formed argument for macro 'A'")),
    ("?A(, , )", (3, 9, "badly formed argument for macro 'A'")),
    ("?B(1, )", (3, 9, "badly formed argument for macro 'B'")),
    ("?1", (3, 9, "illegal macro call '?1'")),
    ("??X", (3, 9, "illegal macro call '?'?''")),
    ("?\"s\"", (3, 9, "illegal macro call '?\"s\"'")),
    ("?(x)", (3, 9, "illegal macro call '?'(''")),
    ("?", (3, 9, "illegal macro call '?dot'")),
])
def test_call_errors(call, error):
    assert failure(f"-module(m).\n-define(A(X), X).\nf() -> {call}.\n") == error


@pytest.mark.parametrize("defines, call, error", [
    ("-define(A, ?B).\n-define(B, ?A).", "?A", (4, 9, "circular macro 'A'")),
    ("-define(C(X), ?C(X)).\n-define(Z, z).", "?C(1)", (4, 9, "circular macro 'C/1'")),
    ("-define(X(A), ?Y(A)).\n-define(Y(A), ?X(A)).", "?X(1)", (4, 9, "circular macro 'X/1'")),
    ("-define(X, ?Y(1)).\n-define(Y(A), ?X).", "?Y(2)", (4, 9, "circular macro 'Y/1'")),
])
def test_circular_macros(defines, call, error):
    assert failure(f"-module(m).\n{defines}\nf() -> {call}.\n") == error


def test_deep_but_finite_nesting_is_not_circular():
    defines = "\n".join(f"-define(M{i}, ?M{i + 1} + ?M{i + 1})." for i in range(8)) + "\n-define(M8, 1)."
    assert len(expr(defines, "?M0")) == 2 ** 8 * 2 - 1


# -- includes -------------------------------------------------------------------------------------------

def write(path: Path, text: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return str(path)


def test_include_from_the_including_files_directory(tmp_path):
    write(tmp_path / "common.hrl", "-define(FROM_HRL, hrl).\nhrl_fun() -> {?FILE, ?LINE}.\n")
    main = write(tmp_path / "m.erl", "-module(m).\n-include(\"common.hrl\").\nf() -> ?FROM_HRL.\n")
    tokens, _ = scan_file(main)
    out = preprocess(tokens, main)
    included = [t for t in out if t.file is not None]
    hrl = str(tmp_path / "common.hrl")
    assert {t.file for t in included} == {hrl}
    assert kv(included)[:10] == [("atom", "hrl_fun"), "(", ")", "->", "{", ("string", hrl), ",",
                                 ("integer", 2), "}", ("dot", ".")]
    assert included[0].line == 2
    assert kv(out)[-3:] == ["->", ("atom", "hrl"), ("dot", ".")]
    assert out[-2].file is None


def test_include_path_and_nested_relative_includes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "sub" / "c.hrl", "-include(\"b.hrl\").\nh() -> {?FILE, ?LINE}.\n")
    write(tmp_path / "sub" / "b.hrl", "b() -> ?FILE.\n")
    write(tmp_path / "b.hrl", "b() -> wrong.\n")
    write(tmp_path / "inc" / "i.hrl", "i() -> ?FILE.\n")
    write(tmp_path / "m.erl", "-module(m).\n-include(\"sub/c.hrl\").\n-include(\"i.hrl\").\n"
                              "f() -> {?FILE, ?LINE}.\n")
    out = preprocess(tokenize(Path("m.erl").read_text(), "m.erl"), "m.erl", include_path=["inc"])
    strings = [t.value for t in out if t.kind == "string"]
    assert strings == ["sub/b.hrl", "sub/c.hrl", "inc/i.hrl", "m.erl"]
    assert [t.value for t in out if t.kind == "integer"] == [2, 4]


def test_include_with_concatenated_name_and_environment_variable(tmp_path, monkeypatch):
    write(tmp_path / "x.hrl", "x() -> 1.\n")
    write(tmp_path / "inc" / "x.hrl", "x() -> 1.\n")
    monkeypatch.setenv("BEAMISH_TEST_INC", str(tmp_path / "inc"))
    out = run("-module(m).\n-include(\"x\" \".hrl\").\n", str(tmp_path / "m.erl"))
    assert names(out) == ["module", "x"]
    out = run("-module(m).\n-include(\"$BEAMISH_TEST_INC/x.hrl\").\n", "m.erl")
    assert names(out) == ["module", "x"]


def test_include_lib_prefers_the_bundled_library(tmp_path, monkeypatch):
    monkeypatch.setattr(preprocessor, "_BUNDLED_LIB", str(tmp_path / "lib"))
    write(tmp_path / "lib" / "eunit" / "include" / "eunit.hrl", "bundled() -> 1.\n")
    write(tmp_path / "src" / "eunit" / "include" / "eunit.hrl", "local() -> 1.\n")
    write(tmp_path / "src" / "other.hrl", "other() -> 1.\n")
    main = str(tmp_path / "src" / "m.erl")
    out = run("-module(m).\n-include_lib(\"eunit/include/eunit.hrl\").\n"
              "-include_lib(\"other.hrl\").\n", main)
    assert names(out) == ["module", "bundled", "other"]


def test_include_errors(tmp_path):
    main = str(tmp_path / "m.erl")
    assert failure("-module(m).\n-include(\"nope.hrl\").\n", main) == \
        (2, 10, "can't find include file \"nope.hrl\"")
    assert failure("-module(m).\n-include_lib(\"nope/include/x.hrl\").\n", main) == \
        (2, 14, "can't find include lib \"nope/include/x.hrl\"")
    assert failure("-module(m).\n-include(foo).\n", main) == (2, 10, "badly formed 'include'")
    assert failure("-module(m).\n-include_lib(bar).\n", main) == \
        (2, 14, "badly formed 'include_lib'")


def test_errors_inside_an_include_name_that_file(tmp_path):
    hrl = write(tmp_path / "open.hrl", "-ifdef(X).\n")
    bad = write(tmp_path / "bad.hrl", "x() -> \"unterminated.\n")
    undefined = write(tmp_path / "undef.hrl", "y() -> ?NOPE.\n")
    main = str(tmp_path / "m.erl")
    for name, path, where in [("open.hrl", hrl, (2, 1, "unterminated '-ifdef'")),
                              ("bad.hrl", bad, (1, 8, "unterminated string starting with "
                                                      "\"unterminated.\\n\"")),
                              ("undef.hrl", undefined, (1, 9, "undefined macro 'NOPE'"))]:
        with pytest.raises(ErlangSyntaxError) as info:
            run(f"-module(m).\n-include(\"{name}\").\n", main)
        e = info.value
        assert (e.file, e.line, e.col, e.message) == (path, *where)
    with pytest.raises(ErlangSyntaxError) as info:
        run("-module(m).\n-include(\"bad.hrl\").\n", main)
    assert info.value.source_text.startswith("x() ->")


def test_conditionals_do_not_cross_file_boundaries(tmp_path):
    write(tmp_path / "a.hrl", "-endif.\n")
    assert failure("-module(m).\n-ifdef(X).\n-else.\n-include(\"a.hrl\").\n",
                   str(tmp_path / "m.erl"))[2] == "unbalanced '-endif'"


# -- -error and -warning -----------------------------------------------------------------------------------

@pytest.mark.parametrize("term, message", [
    ('"bad thing"', '-error("bad thing").'), ("foo", "-error(foo)."),
    ('{a, "b"}', '-error({a,"b"}).'), ('<<"a">>', '-error(<<"a">>).'),
    ("[1,2,3]", "-error([1,2,3])."), ("1.5", "-error(1.5)."), ("'Q q'", "-error('Q q')."),
    ("-1", "-error(-1)."), ('"\\n\\x{100}"', "-error([10,256])."), ("[]", "-error([])."),
    ("{}", "-error({})."), ('""', "-error([])."), ("[a|b]", "-error([a|b])."),
    ("<<1,2>>", "-error(<<1,2>>)."), ("<<>>", "-error(<<>>)."), ('"é"', '-error("é").'),
    ("true", "-error(true)."), ("{a, [b, \"c\"], 1.0e10}", '-error({a,[b,"c"],1.0e10}).'),
    ("X + 1", "badly formed 'error'"), ("a, b", "badly formed 'error'"),
    ("", "badly formed 'error'"),
])
def test_error_directive(term, message):
    assert failure(f"-module(m).\n-error({term}).\n") == (2, 2, message)


def test_warning_is_dropped():
    assert names(run("-module(m).\n-warning(\"careful\").\n-warning(x).\nf() -> 1.\n")) \
        == ["module", "f"]


# -- the corpus and speed -------------------------------------------------------------------------------

CASES = sorted(CORPUS.glob("*.erl"))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_conformance_corpus_preprocesses(path):
    if path.stem == "o07_compile_error_string":
        with pytest.raises(ErlangSyntaxError) as info:
            preprocess(*scan_file(str(path))[:1], str(path))
        e = info.value
        assert (e.line, e.col) == (9, 15)
        assert e.message == 'unterminated string starting with "unterminated),\\n "'
        return
    tokens, _ = scan_file(str(path))
    out = preprocess(tokens, str(path))
    assert out[-1].kind == "dot"
    assert not any(t.kind == "?" for t in out)


def test_corpus_macros_program():
    path = CORPUS / "a07_preproc_macros.erl"
    if not path.exists():
        pytest.skip("corpus not present")
    tokens, _ = scan_file(str(path))
    out = preprocess(tokens, str(path))
    strings = [t.value for t in out if t.kind == "string"]
    assert "1 + 2 * 3" in strings and "lists : reverse ( [ 1 , 2 , 3 ] )" in strings
    assert str(path) in strings


def test_two_thousand_lines_are_fast():
    unit = ("-define(SQ_N(X), ((X) * (X))).\n"
            "f_N(A, B) when A > 0 ->\n"
            "    C = ?SQ_N(A) + B * 16#ff - 1.5e3,\n"
            "    io:format(\"~p ~s~n\", [C, \"text with \\\"escapes\\\"\"]),\n"
            "    [X || X <- lists:seq(1, 10), X rem 2 =:= 0]; % comment\n"
            "f_N(_, _) -> {error, ?MODULE, ?LINE, 'quoted atom', $a}.\n\n")
    text = "-module(big).\n" + "".join(unit.replace("_N", f"_{n}") for n in range(2000 // 7 + 1))
    assert text.count("\n") >= 2000
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        preprocess(tokenize(text, "big.erl"), "big.erl")
        best = min(best, time.perf_counter() - start)
    assert best < 0.5  # about 0.05 s when measured; generous for loaded machines
