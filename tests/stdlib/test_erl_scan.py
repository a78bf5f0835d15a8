"""erl_scan: token terms, locations, errors and tokens/3 continuations as OTP 25 gives them."""
from __future__ import annotations

import pytest

from beamish.vm.terms import Atom, NIL, exact_eq, from_iterable, to_pylist

from .erl_eval_programs import expected, run_case
from .otp_cases import S, call


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("beamish-cache")


def test_scan_program_matches_otp(cache_dir):
    out, err, status = run_case("scan_cases", cache_dir)
    assert err == ""
    assert out == expected("scan_cases")
    assert status == 0


A = Atom


@pytest.mark.parametrize("text, start, tokens, end", [
    ("X = 1.", 1, [(A("var"), 1, A("X")), (A("="), 1), (A("integer"), 1, 1), (A("dot"), 1)], 1),
    ("a\n 'b'", (2, 4), [(A("atom"), (2, 4), A("a")), (A("atom"), (3, 2), A("b"))], (3, 5)),
    ("$a \"x\" 2.5", 5, [(A("char"), 5, 97), (A("string"), 5, S("x")), (A("float"), 5, 2.5)], 5),
    ("case", 1, [(A("case"), 1)], 1),
])
def test_string_tokens(text, start, tokens, end):
    result = call("erl_scan:string(T, L)", [S(text), start])
    assert result[0] is A("ok")
    assert exact_eq(result[1], from_iterable(tokens))
    assert result[2] == end


@pytest.mark.parametrize("text, info, end", [
    ('"abc', (A("string"), 34, S("abc")), (1, 5)),
    ("$", A("char"), (1, 2)),
    ("1.0e", (A("illegal"), A("float")), (1, 5)),
    ("37#1", (A("base"), 37), (1, 3)),
    ("\u0100", (A("illegal"), A("character")), (1, 2)),
])
def test_string_errors(text, info, end):
    result = call("erl_scan:string(T, L)", [S(text), (1, 1)])
    assert result[0] is A("error")
    assert exact_eq(result[1], ((1, 1), A("erl_scan"), info))
    assert result[2] == end


def test_tokens_keeps_the_rest_after_the_first_form():
    done, result, rest = call("erl_scan:tokens(C, T, L)", [NIL, S("a. b. c"), 1])
    assert done is A("done")
    assert exact_eq(result, (A("ok"), from_iterable([(A("atom"), 1, A("a")), (A("dot"), 1)]), 1))
    assert exact_eq(rest, S("b. c"))


def test_tokens_asks_for_more_until_a_dot_is_followed():
    more, continuation = call("erl_scan:tokens(C, T, L)", [NIL, S("f(\"a."), 1])
    assert more is A("more")
    more, continuation = call("erl_scan:tokens(C, T, L)", [continuation, S("\")."), 1])
    assert more is A("more")  # the dot is the last character so far
    done, result, rest = call("erl_scan:tokens(C, T, L)", [continuation, S("\n"), 1])
    assert done is A("done") and rest is NIL
    kinds = [token[0].name for token in to_pylist(result[1])]
    assert kinds == ["atom", "(", "string", ")", "dot"]


def test_tokens_at_eof():
    assert exact_eq(call("erl_scan:tokens(C, T, L)", [NIL, A("eof"), 3]),
                    (A("done"), (A("eof"), 3), A("eof")))
