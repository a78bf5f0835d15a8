"""Fuzzing the compiler and VM together with random well-formed expressions.

Each expression is compiled into a function and run; it must end as a value
or as an Erlang exception, never as a beamish_internal crash (a Python error
escaping from the VM or a BIF).
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from beamish.compiler import CompileError
from beamish.vm.terms import Atom

from .helpers import call

LEAVES = st.sampled_from(["0", "1", "-3", "2.5", "a", "true", "false", "[]", '"ab"', "<<1,2>>",
                          "X", "Y", "{}", "#{}", "self()", "$c"])
BINARY = ["+", "-", "*", "/", "div", "rem", "band", "bsl", "==", "=:=", "<", ">=", "++",
          "--", "and", "orelse", "andalso"]


def compound(children):
    return st.one_of(
        st.tuples(children, st.sampled_from(BINARY), children).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        st.tuples(children, children).map(lambda t: f"[{t[0]} | {t[1]}]"),
        st.tuples(children, children).map(lambda t: f"{{{t[0]}, {t[1]}}}"),
        st.tuples(children, children).map(lambda t: f"#{{{t[0]} => {t[1]}}}"),
        children.map(lambda e: f"(- {e})"),
        children.map(lambda e: f"(not {e})"),
        children.map(lambda e: f"length({e})"),
        children.map(lambda e: f"hd({e})"),
        children.map(lambda e: f"element(1, {e})"),
        children.map(lambda e: f"atom_to_list({e})"),
        children.map(lambda e: f"tuple_size({e})"),
        st.tuples(children, children).map(lambda t: f"(case {t[0]} of {{A, _}} -> A; [H | _] -> H; _ -> {t[1]} end)"),
        st.tuples(children, children).map(lambda t: f"(fun(Z) -> {{Z, {t[0]}}} end)({t[1]})"),
        st.tuples(children, children).map(lambda t: f"(catch {t[0]})"),
        st.tuples(children, children).map(lambda t: f"(try {t[0]} of V -> V catch C:R -> {{C, R}} end)"),
        st.tuples(children, children).map(lambda t: f"[E || E <- [{t[0]}, {t[1]}], is_integer(E)]"),
        st.tuples(children, children).map(lambda t: f"(if {t[0]} > {t[1]} -> gt; true -> le end)"),
        st.tuples(children, children).map(lambda t: f"(X = {t[0]})"),
        children.map(lambda e: f"is_list({e})"),
    )


EXPRESSIONS = st.recursive(LEAVES, compound, max_leaves=12)


@settings(max_examples=250, deadline=None)
@given(EXPRESSIONS)
def test_random_expressions_end_as_values_or_erlang_errors(expr):
    source = f"-module(t).\n-export([f/2]).\nf(X, Y) -> {expr}.\n"
    try:
        status, proc = call(source, "f", 5, Atom("b"))
    except CompileError:
        return  # e.g. an unsafe or unbound variable: rejected the way erlc rejects it
    if status == "crashed":
        reason = proc.exit_reason
        assert not (type(reason) is tuple and reason and reason[0] is Atom("beamish_internal")), reason
    else:
        assert status == "exited"
