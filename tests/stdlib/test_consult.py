"""file:consult/path_consult/script/eval and io:read, compared with OTP 25's output."""
from __future__ import annotations

import pytest

from beamish.vm.terms import Atom, exact_eq, from_iterable

from .erl_eval_programs import expected, run_case
from .otp_cases import S, call


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("beamish-cache")


@pytest.mark.parametrize("name", ["consult_cases", "io_read_cases"])
def test_program_matches_otp(name, cache_dir):
    out, err, status = run_case(name, cache_dir)
    assert err == ""
    assert out == expected(name)
    assert status == 0


def test_consult_many_forms(tmp_path):
    path = tmp_path / "many.txt"
    path.write_text("".join(f"{{n, {i}}}.\n" for i in range(5000)))
    result = call("file:consult(F)", [S(str(path))])
    assert result[0] is Atom("ok")
    expected_terms = from_iterable((Atom("n"), i) for i in range(5000))
    assert exact_eq(result[1], expected_terms)


def test_consult_reports_the_first_bad_form(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("ok.\n\n{a, X}.\n{b,, 1}.\n")
    assert exact_eq(call("file:consult(F)", [S(str(path))]),
                    (Atom("error"), (3, Atom("erl_parse"), S("bad term"))))
