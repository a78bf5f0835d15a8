"""Fuzzing: whatever the input, the front end answers in Erlang's terms.

Random sequences of Erlang-looking fragments must either compile or raise
ErlangSyntaxError / CompileError, never a Python exception of the parser's own.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from beamish.compiler import CompileError, ErlangSyntaxError, compile_source

FRAGMENTS = [
    "f(", ")", "(", "X", "Y", "_", "foo", "'q a'", "1", "2.5", "$a", '"s"', "[", "]", "{", "}",
    "<<", ">>", ",", ";", ".", "->", "when", "case", "of", "end", "if", "fun", "receive",
    "after", "try", "catch", "begin", "+", "-", "*", "/", "=", "==", "=:=", "++", "|", "||",
    "<-", "<=", "#", "#{", "=>", ":=", ":", "?", "?MODULE", "-define(M, 1).", "-module(m).",
    "-export([f/1]).", "-record(r, {a, b = 1}).", "#r{a = 1}", "X#r.a", " ", "\n", "%c\n",
    "andalso", "orelse", "not", "bnot", "div", "rem", "\\", "~", "!", "/=", "<", ">",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_front_end_never_raises_a_python_error(parts):
    source = "-module(m).\n" + " ".join(parts) + "\n"
    try:
        compile_source(source, "m.erl")
    except (ErlangSyntaxError, CompileError):
        pass


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_arbitrary_text_in_a_function_body(text):
    source = "-module(m).\n-export([f/0]).\nf() -> " + text + ".\n"
    try:
        compile_source(source, "m.erl")
    except (ErlangSyntaxError, CompileError):
        pass
