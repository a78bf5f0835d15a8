"""Tests of the maps BIFs (beamish/stdlib/bifs/maps.py) and of stdlib/erl/maps.erl.

Each row of CASES is (call, arguments, expected). The call column is the
Erlang expression that was run under Erlang/OTP 25 (`erl -noshell -eval`) to
record the expected column: the value it returned, or Err(Reason) for the
reason of the error it raised. The arguments are the same terms in beamish's
Python representation (see beamish.vm.terms).
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


from .otp_cases import L, M, S, Err, call, check
from beamish.vm.bif_registry import BIFS
from beamish.vm.terms import Atom as A, NIL, exact_eq, from_iterable, map_key


CASES = [
    ('maps:get(a, #{a => 1})', [A('a'), M((A('a'), 1))], 1),
    ('maps:get(b, #{a => 1})', [A('b'), M((A('a'), 1))], Err((A('badkey'), A('b')))),
    ('maps:get(a, x)', [A('a'), A('x')], Err((A('badmap'), A('x')))),
    ('maps:get(1.0, #{1 => a})', [1.0, M((1, A('a')))], Err((A('badkey'), 1.0))),
    ('maps:get(b, #{a => 1}, def)', [A('b'), M((A('a'), 1)), A('def')], A('def')),
    ('maps:get(a, #{a => 1}, def)', [A('a'), M((A('a'), 1)), A('def')], 1),
    ('maps:get(b, x, def)', [A('b'), A('x'), A('def')], Err((A('badmap'), A('x')))),
    ('maps:find(a, #{a => 1})', [A('a'), M((A('a'), 1))], (A('ok'), 1)),
    ('maps:find(b, #{a => 1})', [A('b'), M((A('a'), 1))], A('error')),
    ('maps:find(a, x)', [A('a'), A('x')], Err((A('badmap'), A('x')))),
    ('maps:put(b, 2, #{a => 1})', [A('b'), 2, M((A('a'), 1))], M((A('a'), 1), (A('b'), 2))),
    ('maps:put(a, 2, #{a => 1})', [A('a'), 2, M((A('a'), 1))], M((A('a'), 2))),
    ('maps:put(a, 2, x)', [A('a'), 2, A('x')], Err((A('badmap'), A('x')))),
    ('maps:update(a, 2, #{a => 1})', [A('a'), 2, M((A('a'), 1))], M((A('a'), 2))),
    ('maps:update(b, 2, #{a => 1})', [A('b'), 2, M((A('a'), 1))], Err((A('badkey'), A('b')))),
    ('maps:update(b, 2, x)', [A('b'), 2, A('x')], Err((A('badmap'), A('x')))),
    ('maps:remove(a, #{a => 1, b => 2})', [A('a'), M((A('a'), 1), (A('b'), 2))], M((A('b'), 2))),
    ('maps:remove(c, #{a => 1})', [A('c'), M((A('a'), 1))], M((A('a'), 1))),
    ('maps:remove(c, x)', [A('c'), A('x')], Err((A('badmap'), A('x')))),
    ('maps:take(a, #{a => 1, b => 2})', [A('a'), M((A('a'), 1), (A('b'), 2))], (1, M((A('b'), 2)))),
    ('maps:take(c, #{a => 1})', [A('c'), M((A('a'), 1))], A('error')),
    ('maps:take(c, x)', [A('c'), A('x')], Err((A('badmap'), A('x')))),
    ('maps:is_key(a, #{a => 1})', [A('a'), M((A('a'), 1))], A('true')),
    ('maps:is_key(b, #{a => 1})', [A('b'), M((A('a'), 1))], A('false')),
    ('maps:is_key(b, x)', [A('b'), A('x')], Err((A('badmap'), A('x')))),
    ('maps:keys(#{b => 1, a => 2, 1 => x, 1.0 => y, "s" => z, {t} => w})', [M((1, A('x')), (1.0, A('y')), (A('a'), 2), (A('b'), 1), ((A('t'),), A('w')), (S('s'), A('z')))], L(1, 1.0, A('a'), A('b'), (A('t'),), S('s'))),
    ('maps:values(#{b => 1, a => 2, 1 => x, 1.0 => y, "s" => z, {t} => w})', [M((1, A('x')), (1.0, A('y')), (A('a'), 2), (A('b'), 1), ((A('t'),), A('w')), (S('s'), A('z')))], L(A('x'), A('y'), 2, 1, A('w'), A('z'))),
    ('maps:to_list(#{b => 1, a => 2, 1 => x, 1.0 => y, "s" => z, {t} => w})', [M((1, A('x')), (1.0, A('y')), (A('a'), 2), (A('b'), 1), ((A('t'),), A('w')), (S('s'), A('z')))], L((1, A('x')), (1.0, A('y')), (A('a'), 2), (A('b'), 1), ((A('t'),), A('w')), (S('s'), A('z')))),
    ('maps:keys(x)', [A('x')], Err((A('badmap'), A('x')))),
    ('maps:values(x)', [A('x')], Err((A('badmap'), A('x')))),
    ('maps:to_list(x)', [A('x')], Err((A('badmap'), A('x')))),
    ('maps:from_list([{a, 1}, {b, 2}, {a, 3}])', [L((A('a'), 1), (A('b'), 2), (A('a'), 3))], M((A('a'), 3), (A('b'), 2))),
    ('maps:from_list([])', [NIL], M()),
    ('maps:from_list([{a, 1} | b])', [L((A('a'), 1), tail=A('b'))], Err(A('badarg'))),
    ('maps:from_list([a])', [L(A('a'))], Err(A('badarg'))),
    ('maps:from_list([{a, 1, 2}])', [L((A('a'), 1, 2))], Err(A('badarg'))),
    ('maps:from_list(a)', [A('a')], Err(A('badarg'))),
    ('maps:from_keys([a, b, a], 0)', [L(A('a'), A('b'), A('a')), 0], M((A('a'), 0), (A('b'), 0))),
    ('maps:from_keys([], 0)', [NIL, 0], M()),
    ('maps:from_keys(a, 0)', [A('a'), 0], Err(A('badarg'))),
    ('maps:from_keys([a|b], 0)', [L(A('a'), tail=A('b')), 0], Err(A('badarg'))),
    ('maps:merge(#{a => 1, b => 2}, #{b => 3, c => 4})', [M((A('a'), 1), (A('b'), 2)), M((A('b'), 3), (A('c'), 4))], M((A('a'), 1), (A('b'), 3), (A('c'), 4))),
    ('maps:merge(x, #{})', [A('x'), M()], Err((A('badmap'), A('x')))),
    ('maps:merge(#{}, y)', [M(), A('y')], Err((A('badmap'), A('y')))),
    ('maps:merge(x, y)', [A('x'), A('y')], Err((A('badmap'), A('x')))),
    ('maps:with([a, c], #{a => 1, b => 2})', [L(A('a'), A('c')), M((A('a'), 1), (A('b'), 2))], M((A('a'), 1))),
    ('maps:with([], #{a => 1})', [NIL, M((A('a'), 1))], M()),
    ('maps:with(a, #{a => 1})', [A('a'), M((A('a'), 1))], Err(A('badarg'))),
    ('maps:with([a], x)', [L(A('a')), A('x')], Err((A('badmap'), A('x')))),
    ('maps:with([a|b], #{a => 1})', [L(A('a'), tail=A('b')), M((A('a'), 1))], Err(A('function_clause'))),
    ('maps:without([a, c], #{a => 1, b => 2})', [L(A('a'), A('c')), M((A('a'), 1), (A('b'), 2))], M((A('b'), 2))),
    ('maps:without(a, #{a => 1})', [A('a'), M((A('a'), 1))], Err(A('badarg'))),
    ('maps:without([a], x)', [L(A('a')), A('x')], Err((A('badmap'), A('x')))),
    ('maps:size(#{a => 1})', [M((A('a'), 1))], 1),
    ('maps:size(x)', [A('x')], Err((A('badmap'), A('x')))),
    ('maps:new()', [], M()),
    ('maps:intersect(#{a => 1, b => 2}, #{b => 3, c => 4})', [M((A('a'), 1), (A('b'), 2)), M((A('b'), 3), (A('c'), 4))], M((A('b'), 3))),
    ('maps:intersect(x, #{})', [A('x'), M()], Err((A('badmap'), A('x')))),
    ('maps:intersect(#{}, y)', [M(), A('y')], Err((A('badmap'), A('y')))),
    ('maps:next(maps:iterator(#{}))', [L(0, tail=M())], A('none')),
    ('maps:iterator(x)', [A('x')], Err((A('badmap'), A('x')))),
    ('maps:next(none)', [A('none')], A('none')),
    ('maps:next(x)', [A('x')], Err(A('badarg'))),
    ('maps:next([0|#{a => 1}])', [L(0, tail=M((A('a'), 1)))], (A('a'), 1, A('none'))),
    ('maps:next({a, 1, none})', [(A('a'), 1, A('none'))], (A('a'), 1, A('none'))),
    ('maps:without([a|b], #{a => 1})', [L(A('a'), tail=A('b')), M((A('a'), 1))], Err(A('function_clause'))),
    ('maps:with(a, x)', [A('a'), A('x')], Err((A('badmap'), A('x')))),
    ('maps:without(a, x)', [A('a'), A('x')], Err((A('badmap'), A('x')))),
    ('maps:from_keys(a, x)', [A('a'), A('x')], Err(A('badarg'))),
    ('maps:next(maps:iterator(#{b => 1, a => 2, 1 => x, 1.0 => y, "s" => z, {t} => w}))', [L(0, tail=M((1, A('x')), (1.0, A('y')), (A('a'), 2), (A('b'), 1), ((A('t'),), A('w')), (S('s'), A('z'))))], (1, A('x'), (1.0, A('y'), (A('a'), 2, (A('b'), 1, ((A('t'),), A('w'), (S('s'), A('z'), A('none')))))))),
    ('maps:keys(maps:from_list([{X, X} || X <- lists:seq(1, 32)]))', [M((1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7), (8, 8), (9, 9), (10, 10), (11, 11), (12, 12), (13, 13), (14, 14), (15, 15), (16, 16), (17, 17), (18, 18), (19, 19), (20, 20), (21, 21), (22, 22), (23, 23), (24, 24), (25, 25), (26, 26), (27, 27), (28, 28), (29, 29), (30, 30), (31, 31), (32, 32))], L(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32)),
    ('maps:intersect(#{1 => a, 1.0 => b}, #{1 => c})', [M((1, A('a')), (1.0, A('b'))), M((1, A('c')))], M((1, A('c')))),
    ('maps:merge(#{1 => a}, #{1.0 => b})', [M((1, A('a'))), M((1.0, A('b')))], M((1, A('a')), (1.0, A('b')))),
    ('maps:put(1.0, b, #{1 => a})', [1.0, A('b'), M((1, A('a')))], M((1, A('a')), (1.0, A('b')))),
    ('maps:remove(1.0, #{1 => a})', [1.0, M((1, A('a')))], M((1, A('a')))),
    ('maps:to_list(#{[1] => a, [1.0] => b, {1} => c, {1.0} => d, #{} => e, <<>> => f, -0.0 => g, 0 => h})', [M((0, A('h')), (-0.0, A('g')), ((1,), A('c')), ((1.0,), A('d')), (M(), A('e')), (L(1), A('a')), (L(1.0), A('b')), (b'', A('f')))], L((0, A('h')), (-0.0, A('g')), ((1,), A('c')), ((1.0,), A('d')), (M(), A('e')), (L(1), A('a')), (L(1.0), A('b')), (b'', A('f')))),
]


@pytest.mark.parametrize("text, args, expected", CASES, ids=[case[0][:80] for case in CASES])
def test_matches_otp(text, args, expected):
    check(text, args, expected)


# ---------------------------------------------------------------- beyond the table


def test_iteration_walks_keys_in_term_order():
    big = {map_key(key): key * 2 for key in range(100, 0, -1)}
    step = call("maps:next(I)", [call("maps:iterator(M)", [big])])
    seen = []
    while step is not A("none"):
        key, value, following = step
        seen.append((key, value))
        step = call("maps:next(I)", [following])
    assert seen == [(key, key * 2) for key in range(1, 101)]


def test_large_maps_list_in_sorted_order():
    # OTP uses hash order above 32 keys; beamish keeps term order (DIFFERENCES.md).
    big = {map_key(key): None for key in range(50, 0, -1)}
    assert call("maps:keys(M)", [big]) == from_iterable(range(1, 51))


def test_no_ordered_iterators_in_otp_25():
    # maps:iterator/2 arrived in OTP 26: a call is undef, as in OTP 25.
    assert ("maps", "iterator", 2) not in BIFS


# ---------------------------------------------------------------- maps.erl under real OTP

ERLC = shutil.which("erlc")
ESCRIPT = shutil.which("escript")
SOURCE = Path(__file__).resolve().parents[2] / "beamish" / "stdlib" / "erl" / "maps.erl"

HOF_SCRIPT = r"""
-mode(compile).
run(M, F) ->
    put(trace, []),
    T = fun(X) -> put(trace, [X | get(trace)]) end,
    R = try F(M, T) of V -> {ok, V} catch C:E -> {C, E} end,
    {R, lists:reverse(get(trace))}.

cases() ->
    Map = #{b => 1, a => 2, 1 => x, 1.0 => y, "s" => z, {t} => w},
    Big = maps:from_list([{K, K * 2} || K <- lists:seq(1, 20)]),
    [
     fun(M, T) -> M:fold(fun(K, V, A) -> T(K), [{K, V} | A] end, [], Map) end,
     fun(M, T) -> M:fold(fun(K, V, A) -> T(K), [{K, V} | A] end, [], maps:iterator(Map)) end,
     fun(M, T) -> M:fold(fun(K, V, A) -> T(K), A + V end, 0, Big) end,
     fun(M, _) -> M:fold(x, [], #{}) end,
     fun(M, _) -> M:fold(fun(_, _, A) -> A end, [], x) end,
     fun(M, _) -> M:fold(x, [], y) end,
     fun(M, _) -> M:fold(fun(_, _) -> 1 end, [], #{}) end,
     fun(M, T) -> M:map(fun(K, V) -> T(K), {K, V} end, Map) end,
     fun(M, _) -> M:map(x, #{}) end,
     fun(M, _) -> M:map(fun(_, _) -> 1 end, x) end,
     fun(M, T) -> M:map(fun(K, V) -> T(K), V end, maps:iterator(#{a => 1, b => 2})) end,
     fun(M, T) -> M:filter(fun(K, _) -> T(K), is_atom(K) end, Map) end,
     fun(M, _) -> M:filter(fun(_, _) -> maybe end, #{a => 1}) end,
     fun(M, _) -> M:filter(x, #{}) end,
     fun(M, _) -> M:filter(fun(_, _) -> true end, [a]) end,
     fun(M, T) -> M:filtermap(fun(K, V) -> T(K), case V of 1 -> true; 2 -> {true, new}; _ -> false end end, Map) end,
     fun(M, _) -> M:filtermap(fun(_, _) -> maybe end, #{a => 1}) end,
     fun(M, T) -> M:foreach(fun(K, V) -> T({K, V}) end, Map) end,
     fun(M, _) -> M:foreach(x, #{}) end,
     fun(M, _) -> M:foreach(fun(_, _) -> ok end, x) end,
     fun(M, _) -> M:update_with(a, fun(V) -> V + 1 end, #{a => 1}) end,
     fun(M, _) -> M:update_with(b, fun(V) -> V + 1 end, #{a => 1}) end,
     fun(M, _) -> M:update_with(b, fun(V) -> V + 1 end, x) end,
     fun(M, _) -> M:update_with(b, x, #{}) end,
     fun(M, _) -> M:update_with(b, x, y) end,
     fun(M, _) -> M:update_with(a, fun(V) -> V + 1 end, 0, #{a => 1}) end,
     fun(M, _) -> M:update_with(b, fun(V) -> V + 1 end, 0, #{a => 1}) end,
     fun(M, _) -> M:update_with(b, fun(V) -> V + 1 end, 0, x) end,
     fun(M, _) -> M:update_with(b, x, 0, #{}) end,
     fun(M, _) -> M:update_with(1.0, fun(V) -> V + 1 end, #{1 => 1}) end,
     fun(M, T) -> M:merge_with(fun(K, A, B) -> T(K), {A, B} end, #{a => 1, b => 2, c => 3}, #{b => 3, c => 4, d => 5}) end,
     fun(M, _) -> M:merge_with(x, #{}, #{}) end,
     fun(M, _) -> M:merge_with(fun(_, A, _) -> A end, x, #{}) end,
     fun(M, _) -> M:merge_with(fun(_, A, _) -> A end, #{}, y) end,
     fun(M, _) -> M:merge_with(x, x, y) end,
     fun(M, T) -> M:intersect_with(fun(K, A, B) -> T(K), {A, B} end, #{a => 1, b => 2, c => 3}, #{b => 3, c => 4, d => 5}) end,
     fun(M, _) -> M:intersect_with(x, #{}, #{}) end,
     fun(M, _) -> M:intersect_with(fun(_, A, _) -> A end, x, #{}) end,
     fun(M, _) -> M:intersect_with(fun(_, A, _) -> A end, #{1 => a}, #{1.0 => b}) end,
     fun(M, T) -> M:groups_from_list(fun(X) -> T(X), X rem 2 end, [1,2,3,4,5]) end,
     fun(M, T) -> M:groups_from_list(fun(X) -> T({k, X}), X rem 2 end, fun(X) -> T({v, X}), X * 10 end, [1,2,3,4,5]) end,
     fun(M, _) -> M:groups_from_list(x, [1]) end,
     fun(M, _) -> M:groups_from_list(fun(X) -> X end, a) end,
     fun(M, _) -> M:groups_from_list(fun(X) -> X end, x, [1]) end,
     fun(M, _) -> M:groups_from_list(fun(X) -> X end, []) end
    ].

main([]) ->
    Cs = cases(),
    lists:foldl(fun(C, N) ->
        A = run(maps, C), B = run(bmaps, C),
        case A =:= B of
            true -> ok;
            false -> io:format("case ~p differs:~n  otp:  ~p~n  mine: ~p~n", [N, A, B])
        end, N + 1 end, 1, Cs),
    io:format("~p cases~n", [length(Cs)]).
"""


@pytest.mark.skipif(not (ERLC and ESCRIPT), reason="needs Erlang/OTP as the oracle")
def test_maps_erl_matches_otp(tmp_path):
    renamed = tmp_path / "bmaps.erl"
    renamed.write_text(SOURCE.read_text().replace("-module(maps).", "-module(bmaps)."))
    compiled = subprocess.run([ERLC, "-Wall", "-o", str(tmp_path), str(renamed)],
                              capture_output=True, text=True)
    assert compiled.returncode == 0 and not compiled.stdout.strip(), compiled.stdout + compiled.stderr
    escript = tmp_path / "check.escript"
    escript.write_text("#!/usr/bin/env escript\n%%! -pa " + str(tmp_path) + "\n" + HOF_SCRIPT)
    output = subprocess.run([ESCRIPT, str(escript)], capture_output=True, text=True,
                            timeout=300).stdout
    assert "differs" not in output and "cases" in output, output
