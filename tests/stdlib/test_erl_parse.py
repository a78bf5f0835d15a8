"""erl_parse: the abstract format, parse_term, parse_form, abstract and normalise as OTP 25."""
from __future__ import annotations

import pytest

from beamish.vm.terms import Atom, NIL, exact_eq, from_iterable

from .erl_eval_programs import expected, run_case
from .otp_cases import S, call

A = Atom


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("beamish-cache")


def test_parse_program_matches_otp(cache_dir):
    out, err, status = run_case("parse_cases", cache_dir)
    assert err == ""
    assert out == expected("parse_cases")
    assert status == 0


def tokens(text: str, start=1):
    result = call("erl_scan:string(T, L)", [S(text), start])
    assert result[0] is A("ok")
    return result[1]


def test_parse_exprs_builds_otp_terms():
    result = call("erl_parse:parse_exprs(T)", [tokens("X = lists:map(F, [1]).")])
    remote = (A("remote"), 1, (A("atom"), 1, A("lists")), (A("atom"), 1, A("map")))
    call_node = (A("call"), 1, remote,
                 from_iterable([(A("var"), 1, A("F")),
                                (A("cons"), 1, (A("integer"), 1, 1), (A("nil"), 1))]))
    assert exact_eq(result, (A("ok"), from_iterable([(A("match"), 1, (A("var"), 1, A("X")), call_node)])))


def test_syntax_error_names_the_token():
    result = call("erl_parse:parse_exprs(T)", [tokens("f(a b).", (1, 1))])
    assert exact_eq(result, (A("error"), ((1, 5), A("erl_parse"),
                                          from_iterable([S("syntax error before: "), S("b")]))))


def test_long_list_parses_without_recursion():
    text = "[" + ",".join(["1"] * 20000) + "]."
    result = call("erl_parse:parse_term(T)", [tokens(text)])
    assert result[0] is A("ok")
    length, term = 0, result[1]
    while term is not NIL:
        length, term = length + 1, term[1]
    assert length == 20000


@pytest.mark.parametrize("term", [
    0, -7, 2.5, A("x"), NIL, S("text"), (A("a"), from_iterable([1, (2,)])), b"\x01\xff",
])
def test_normalise_undoes_abstract(term):
    assert exact_eq(call("erl_parse:normalise(A)", [call("erl_parse:abstract(T)", [term])]), term)
