"""erl_eval: evaluation, bindings, funs, handlers and errors as OTP 25's erl_eval.

The recorded programs compare whole outputs with OTP; the property test
checks that interpreting an expression gives what compiling it gives.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from beamish.vm.terms import exact_eq

from ..vm.helpers import call as run_function
from .erl_eval_programs import expected, run_case


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("beamish-cache")


@pytest.mark.parametrize("name", ["eval_cases", "eval_handlers"])
def test_eval_program_matches_otp(name, cache_dir):
    out, err, status = run_case(name, cache_dir)
    assert err == ""
    assert out == expected(name)
    assert status == 0


# ---- interpreted == compiled

_INTEGERS = st.integers(min_value=-40, max_value=40).map(str)
_LEAVES = st.one_of(_INTEGERS, st.sampled_from(["a", "[]", "[1,2,3]", "\"ab\"", "2.5"]))


def _extend(children):
    binary = st.tuples(children, children)
    return st.one_of(
        binary.map(lambda p: f"({p[0]} + {p[1]})"),
        binary.map(lambda p: f"({p[0]} - {p[1]})"),
        binary.map(lambda p: f"({p[0]} * {p[1]})"),
        binary.map(lambda p: f"({p[0]} div {p[1]})"),
        binary.map(lambda p: f"({p[0]} rem {p[1]})"),
        binary.map(lambda p: f"[{p[0]}, {p[1]}]"),
        binary.map(lambda p: f"[{p[0]} | {p[1]}]"),
        binary.map(lambda p: f"{{{p[0]}, {p[1]}}}"),
        binary.map(lambda p: f"({p[0]} ++ {p[1]})"),
        binary.map(lambda p: f"({p[0]} =:= {p[1]})"),
        binary.map(lambda p: f"({p[0]} < {p[1]})"),
        binary.map(lambda p: f"max({p[0]}, {p[1]})"),
        binary.map(lambda p: f"(fun(X) -> X * {p[0]} end)({p[1]})"),
        children.map(lambda c: f"(- {c})"),
        children.map(lambda c: f"length({c})"),
        children.map(lambda c: f"lists:reverse({c})"),
        children.map(lambda c: f"abs({c})"),
        children.map(lambda c: f"case {c} of 0 -> zero; [_ | _] -> list; _ -> other end"),
        children.map(lambda c: f"[Y * 2 || Y <- {c}, is_integer(Y)]"),
        children.map(lambda c: f"begin {c} end"),
    )


EXPRESSIONS = st.recursive(_LEAVES, _extend, max_leaves=8)

_PROGRAM = """-module(t).
-export([both/0]).
both() -> {{compiled(), interpreted()}}.
compiled() -> try {expr} catch C:R -> {{C, R}} end.
interpreted() ->
    {{ok, T, _}} = erl_scan:string({text}),
    {{ok, E}} = erl_parse:parse_exprs(T),
    try element(2, erl_eval:exprs(E, [])) catch C:R -> {{C, R}} end.
"""


def _erlang_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(EXPRESSIONS)
def test_interpreted_equals_compiled(expr):
    source = _PROGRAM.format(expr=expr, text=_erlang_string(expr + "."))
    status, proc = run_function(source, "both")
    assert status == "exited", status
    compiled, interpreted = proc.result
    assert exact_eq(compiled, interpreted), (expr, compiled, interpreted)
