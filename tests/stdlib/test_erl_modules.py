"""The stdlib modules written in Erlang (beamish/stdlib/erl/): queue, orddict,
ordsets, proplists, dict, sets, gb_trees, gb_sets and array.

Each program below is run with `beamish run` and its stdout compared with
what `escript` printed for the same file on Erlang/OTP 25 (recorded once and
pasted here; the tests need no OTP). The programs print the data structures
themselves (~w), so the layout must be OTP's, not only the contents.
dict_sets_api prints dict and sets (version 1) by sorted contents and header
fields; dict_sets_layout prints their hash layout and orders, which also
depend on beamish's erlang:phash/2 being OTP's.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROGRAMS: dict[str, tuple[str, str]] = {}

PROGRAMS['queue_api'] = (r'''-module(queue_api).
-export([main/1]).
-mode(compile).

p(Label, X) -> io:format("~s ~w~n", [Label, X]).
e(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    Q0 = queue:new(),
    Q = queue:from_list([1, 2, 3, 4, 5]),
    p("new", Q0), p("from_list", Q), p("from_list7", queue:from_list(lists:seq(1, 7))),
    p("is_queue", [queue:is_queue(Q), queue:is_queue({[], []}), queue:is_queue({a, []}), queue:is_queue(foo)]),
    p("is_empty", [queue:is_empty(Q0), queue:is_empty(Q)]),
    p("len", [queue:len(Q0), queue:len(Q)]),
    p("to_list", queue:to_list(Q)),
    p("member", [queue:member(3, Q), queue:member(3.0, Q), queue:member(9, Q)]),
    Steps = lists:foldl(fun(I, Acc) -> [queue:in(I, hd(Acc)) | Acc] end, [Q0], [a, b, c, d]),
    p("in_steps", lists:reverse(Steps)),
    StepsR = lists:foldl(fun(I, Acc) -> [queue:in_r(I, hd(Acc)) | Acc] end, [Q0], [a, b, c, d]),
    p("in_r_steps", lists:reverse(StepsR)),
    p("out", [queue:out(Q), queue:out(Q0), queue:out({[5, 4, 3, 2, 1], []}), queue:out({[1], [2]})]),
    p("out_r", [queue:out_r(Q), queue:out_r(Q0), queue:out_r({[], [1, 2, 3, 4, 5]})]),
    p("get", [queue:get(Q), queue:get_r(Q), queue:get({[3, 2, 1], []}), queue:get_r({[], [1, 2, 3]})]),
    p("peek", [queue:peek(Q), queue:peek_r(Q), queue:peek(Q0), queue:peek_r(Q0)]),
    p("drop", [queue:drop(Q), queue:drop_r(Q), queue:drop({[4, 3, 2, 1], []}), queue:drop_r({[], [1, 2, 3, 4]})]),
    p("errors", [e(fun() -> queue:get(Q0) end), e(fun() -> queue:get_r(Q0) end),
                 e(fun() -> queue:drop(Q0) end), e(fun() -> queue:drop_r(Q0) end),
                 e(fun() -> queue:head(Q0) end), e(fun() -> queue:tail(Q0) end),
                 e(fun() -> queue:last(Q0) end), e(fun() -> queue:init(Q0) end),
                 e(fun() -> queue:in(x, foo) end), e(fun() -> queue:out(foo) end),
                 e(fun() -> queue:len({[1], x}) end), e(fun() -> queue:split(9, Q) end),
                 e(fun() -> queue:split(-1, Q) end), e(fun() -> queue:from_list(foo) end),
                 e(fun() -> queue:filter(fun(_) -> maybe end, Q) end),
                 e(fun() -> queue:join(Q, foo) end), e(fun() -> queue:reverse(foo) end)]),
    p("reverse", queue:reverse(Q)),
    p("join", [queue:join(Q, queue:from_list([a, b, c])), queue:join(Q0, Q), queue:join(Q, Q0)]),
    p("split", [queue:split(N, Q) || N <- lists:seq(0, 5)]),
    p("split_rear", [queue:split(N, {[7, 6, 5, 4, 3], [1, 2]}) || N <- lists:seq(0, 7)]),
    p("filter", [queue:filter(fun(X) -> X rem 2 =:= 0 end, Q), queue:filter(fun(X) -> [X, X * 10] end, Q),
                 queue:filter(fun(_) -> false end, Q)]),
    p("filtermap", queue:filtermap(fun(2) -> {true, two}; (X) -> X > 3 end, Q)),
    p("fold", queue:fold(fun(X, A) -> [X | A] end, [], Q)),
    Order = fun(F) -> put(seen, []), F(), lists:reverse(get(seen)) end,
    Seen = fun(X) -> put(seen, [X | get(seen)]) end,
    p("any_order", Order(fun() -> queue:any(fun(X) -> Seen(X), X > 10 end, {[5, 4], [1, 2, 3]}) end)),
    p("all_order", Order(fun() -> queue:all(fun(X) -> Seen(X), X < 10 end, {[5, 4], [1, 2, 3]}) end)),
    p("filter_order", Order(fun() -> queue:filter(fun(X) -> Seen(X), true end, {[5, 4], [1, 2, 3]}) end)),
    p("any_all", [queue:any(fun(X) -> X > 4 end, Q), queue:all(fun(X) -> X > 0 end, Q), queue:any(fun(X) -> X > 9 end, Q0)]),
    D = queue:from_list([1, 2, 1, 3, 1]),
    p("delete", [queue:delete(1, D), queue:delete_r(1, D), queue:delete(9, D), queue:delete(1.0, D)]),
    p("delete_with", [queue:delete_with(fun(X) -> X > 1 end, D), queue:delete_with_r(fun(X) -> X > 1 end, D)]),
    p("okasaki", [queue:cons(0, Q), queue:head(Q), queue:tail(Q), queue:snoc(Q, 6), queue:daeh(Q),
                  queue:last(Q), queue:liat(Q), queue:init(Q)]),
    Big = lists:foldl(fun queue:in/2, Q0, lists:seq(1, 300)),
    {Firsts, Rest} = lists:foldl(fun(_, {Acc, Qx}) -> {{value, V}, Qy} = queue:out(Qx), {[V | Acc], Qy} end,
                                 {[], Big}, lists:seq(1, 150)),
    p("big", [queue:len(Rest), lists:sum(Firsts), queue:peek(Rest), queue:peek_r(Rest)]),
    ok.
''', r'''new {[],[]}
from_list {[5,4,3],[1,2]}
from_list7 {[7,6,5,4],[1,2,3]}
is_queue [true,true,false,false]
is_empty [true,false]
len [0,5]
to_list [1,2,3,4,5]
member [true,false,false]
in_steps [{[],[]},{[a],[]},{[b],[a]},{[c,b],[a]},{[d,c,b],[a]}]
in_r_steps [{[],[]},{[],[a]},{[a],[b]},{[a],[c,b]},{[a],[d,c,b]}]
out [{{value,1},{[5,4,3],[2]}},{empty,{[],[]}},{{value,1},{[5],[2,3,4]}},{{value,2},{[],[1]}}]
out_r [{{value,5},{[4,3],[1,2]}},{empty,{[],[]}},{{value,5},{[4,3,2],[1]}}]
get [1,5,1,3]
peek [{value,1},{value,5},empty,empty]
drop [{[5,4,3],[2]},{[4,3],[1,2]},{[4],[2,3]},{[3,2],[1]}]
errors [{error,empty},{error,empty},{error,empty},{error,empty},{error,empty},{error,empty},{error,empty},{error,empty},{error,badarg},{error,badarg},{error,badarg},{error,badarg},{error,badarg},{error,badarg},{error,{case_clause,maybe}},{error,badarg},{error,badarg}]
reverse {[1,2],[5,4,3]}
join [{[c,b],[1,2,3,4,5,a]},{[5,4,3],[1,2]},{[5,4,3],[1,2]}]
split [{{[],[]},{[5,4,3],[1,2]}},{{[],[1]},{[5,4,3],[2]}},{{[2],[1]},{[5],[3,4]}},{{[3],[1,2]},{[5],[4]}},{{[4,3],[1,2]},{[5],[]}},{{[5,4,3],[1,2]},{[],[]}}]
split_rear [{{[],[]},{[7,6,5,4,3],[1,2]}},{{[],[1]},{[7,6,5,4,3],[2]}},{{[2],[1]},{[7,6],[3,4,5]}},{{[3],[1,2]},{[7],[4,5,6]}},{{[4,3],[1,2]},{[7],[5,6]}},{{[5,4,3],[1,2]},{[7],[6]}},{{[6,5,4,3],[1,2]},{[7],[]}},{{[7,6,5,4,3],[1,2]},{[],[]}}]
filter [{[4],[2]},{[50,5,40,4,30,3],[1,10,2,20]},{[],[]}]
filtermap {[5,4],[two]}
fold [5,4,3,2,1]
any_order [1,2,3,5,4]
all_order [1,2,3,5,4]
filter_order [1,2,3,4,5]
any_all [true,true,false]
delete [{[1,3,1],[2]},{[3,1],[1,2]},{[1,3,1],[1,2]},{[1,3,1],[1,2]}]
delete_with [{[1,3,1],[1]},{[1,1],[1,2]}]
okasaki [{[5,4,3],[0,1,2]},1,{[5,4,3],[2]},{[6,5,4,3],[1,2]},5,5,{[4,3],[1,2]},{[4,3],[1,2]}]
big [150,11325,{value,151},{value,300}]
''')

PROGRAMS['queue_rand'] = (r'''-module(queue_rand).
-export([main/1]).
-mode(compile).

%% A deterministic walk of random queue operations; prints every state.
next(X) -> (X * 1103515245 + 12345) rem 2147483648.

main(_) ->
    walk(42, queue:new(), 300, 0).

walk(_, Q, 0, _) -> io:format("final ~w~n", [Q]);
walk(Seed, Q, N, Count) ->
    S1 = next(Seed), S2 = next(S1),
    Op = S1 rem 13,
    Arg = S2 rem 50,
    {Result, Q2} =
        case Op of
            0 -> {in, queue:in(Arg, Q)};
            1 -> {in_r, queue:in_r(Arg, Q)};
            2 -> {in, queue:in(Arg, Q)};
            3 -> case queue:out(Q) of {V, Qx} -> {V, Qx} end;
            4 -> case queue:out_r(Q) of {V, Qx} -> {V, Qx} end;
            5 -> {peek, queue:peek(Q)} =:= x orelse {queue:peek(Q), Q};
            6 -> {queue:len(Q), queue:filter(fun(X) -> X rem 3 =/= 0 end, Q)};
            7 -> {delete, queue:delete(Arg, Q)};
            8 -> L = queue:len(Q), {A, B} = queue:split(Arg rem (L + 1), Q), {A, queue:join(B, A)};
            9 -> {rev, queue:reverse(Q)};
            10 -> {in, lists:foldl(fun queue:in/2, Q, [Arg, Arg + 1, Arg + 2])};
            11 -> case queue:is_empty(Q) of true -> {empty, Q}; false -> {queue:get_r(Q), queue:drop(Q)} end;
            12 -> {fm, queue:filtermap(fun(X) when X > 40 -> {true, X - 40}; (X) -> X > 5 end, Q)}
        end,
    case Count rem 10 of
        0 -> io:format("~w ~w ~w~n", [Op, Result, Q2]);
        _ -> ok
    end,
    walk(S2, Q2, N - 1, Count + 1).
''', r'''1 in_r {[],[14]}
2 in {[30],[]}
9 rev {[26,34,20],[0,17,16]}
6 9 {[34,20,16],[26,32,22,34,44,17]}
8 {[16],[]} {[16],[17,4,34,22,32,4,34,20,12]}
11 46 {[46,45,44,26,50,49,28,20,34,4,32],[4,34,22]}
7 delete {[28,26,34,22],[2,44,26,50,49,28,20,34,4,32]}
3 {value,44} {[26,28,26,34,22],[26,50,49,28,20,34,4,32]}
5 {value,10} {[32,28,26,34,22],[10,28,20,34,32]}
1 in_r {[24,23,22,40,28,26,34,22],[2,0,10,20,34,32]}
9 rev {[22,40,28,26,34,22],[22,10,20,34,32]}
1 in_r {[32,22,10,20,34,32],[6,28,40,28,26,34,22]}
0 in {[10,32,28,40,28,34,22],[10,20,34,32]}
4 {value,34} {[20,10],[32,22,34,28,40,28,32,10,36]}
1 in_r {[22,4,10,16,34,32,20,10],[26,12,34,28,40,28,32,10,36]}
7 delete {[14,13,12,10,32,28,40],[10,20,32,34,16,10,22,25,26,2,26,34,4]}
9 rev {[10,20,32,34,16,10,22,25,26,26,34],[14,13,12,10,32,28,40]}
2 in {[14,10,32,28,40,34,26,26,25,22,10,16,34,32,20,10,32,16,17,18,14],[13]}
12 fm {[14,18,17,16,32,10,20,32,34,16,10],[14,10,32,28,40,34,26,26,25,22]}
12 fm {[32,35,34,14,17,16,32,10,20,32,34,16,10],[28,40,34,26,26,25,22]}
12 fm {[40,34,26,26,25,22],[32,35,34,14,17,16,32,10,20,32,34,16,10]}
10 in {[22,21,20,28,40,34,26,26,25,22],[6,34,14,17,16,32,10,20,32,34,16,10]}
6 26 {[16,20,19,22,20,34,14,17,16,32,10,20,32,34,16,10],[22,20,28,40,34,26,26,25,22]}
0 in {[16,11,10,10],[32,20,10,32,16,17,14,34,20,22,19,20,16,22,20,28,40,34,26,26,25,22]}
1 in_r {[20,16,22,20,28,40,34,26,26,25,22],[36,19,22,20,34,14,17,16,32,10,20,32,4,5,11,10,10]}
10 in {[32,31,30,20,10],[10,4,5,11,10,10,22,25,26,26,34,40,28,20,22,16,20,19,22,20,34,14,17,16,32]}
4 {value,22} {[21,20,11,10,10,22,25,26,26,40,28,20,22,16,20,19,22,20,34,14,17,16,32],[32,31,30,20,10]}
6 36 {[26,10,32,16,17,14,34,20,22,19,20,16,22,20,28,40,26,26,25,22,10,10,11,20,34,35,10],[32,31,20,31,32]}
7 delete {[20,19,18,10,32,16,17,14,34,20,22,19,20,16,22,20,28,40,26,26,25,22,10,10,11,20,34,35,10],[4,34,18,18,31,20,31,32]}
1 in_r {[16,32,10,18,19,20,24,25,26,34,18,18,31,20,31,32],[16,6,18,17,16,14,34,20,22,19,20,16,22,20,28,40,26,26,25,22,10,10,11,20,34,35,10]}
final {[48,16,32,10,18,19,20,24,25,26,34,18,18,31,20,31,32],[48,40,6,18,17,16,14,34,20,22,19,20,16,22,20,28,40,26,26,25,22,10,10,11,20,34,35,10]}
''')

PROGRAMS['ord_api'] = (r'''-module(ord_api).
-export([main/1]).
-mode(compile).

p(Label, X) -> io:format("~s ~w~n", [Label, X]).
e(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    D = orddict:from_list([{c, 3}, {a, 1}, {b, 2}, {a, 10}, {1, one}, {1.0, onef}]),
    p("from_list", D),
    p("basics", [orddict:new(), orddict:size(D), orddict:is_empty(D), orddict:is_empty([]), orddict:to_list(D)]),
    p("keys", [orddict:fetch_keys(D), orddict:is_key(b, D), orddict:is_key(z, D), orddict:is_key(1, D)]),
    p("find", [orddict:find(a, D), orddict:find(zz, D), orddict:fetch(c, D), orddict:fetch(1, D)]),
    p("store", [orddict:store(bb, 0, D), orddict:store(1, x, D), orddict:store(zzz, last, D), orddict:store(0, first, [])]),
    p("erase", [orddict:erase(b, D), orddict:erase(nope, D), orddict:take(b, D), orddict:take(nope, D)]),
    p("append", [orddict:append(k, 1, orddict:append(k, 0, [])), orddict:append_list(k, [2, 3], [{k, [1]}]),
                 orddict:append(a, x, [{a, [y]}])]),
    p("update", [orddict:update(a, fun(V) -> V * 2 end, D), orddict:update(q, fun(V) -> V end, init, D),
                 orddict:update(a, fun(V) -> V + 1 end, 0, D), orddict:update_counter(a, 5, D),
                 orddict:update_counter(new, 5, D)]),
    p("hof", [orddict:fold(fun(K, V, A) -> [{V, K} | A] end, [], D),
              orddict:map(fun(K, V) -> {K, V} end, D),
              orddict:filter(fun(K, _) -> is_atom(K) end, D),
              orddict:merge(fun(K, A, B) -> {K, A, B} end, D, orddict:from_list([{a, x}, {d, y}, {1.0, z}]))]),
    Seen = fun(X) -> put(seen, [X | get(seen)]) end,
    Order = fun(F) -> put(seen, []), F(), lists:reverse(get(seen)) end,
    p("call_order", [Order(fun() -> orddict:map(fun(K, V) -> Seen(K), V end, D) end),
                     Order(fun() -> orddict:merge(fun(K, A, _) -> Seen(K), A end, D, D) end),
                     Order(fun() -> orddict:filter(fun(K, _) -> Seen(K), true end, D) end),
                     Order(fun() -> orddict:fold(fun(K, _, A) -> Seen(K), A end, 0, D) end)]),
    p("dict_errors", [e(fun() -> orddict:fetch(zz, D) end), e(fun() -> orddict:update(zz, fun(X) -> X end, D) end),
                      e(fun() -> orddict:append(a, x, [{a, 1}]) end), e(fun() -> orddict:update_counter(c, x, D) end),
                      e(fun() -> orddict:fetch(a, foo) end), e(fun() -> orddict:map(nofun, D) end)]),
    S1 = ordsets:from_list([5, 3, 1, 3, 1.0, a]),
    S2 = ordsets:from_list([2, 3, 4, 1]),
    p("sets", [S1, S2, ordsets:new(), ordsets:is_set(S1), ordsets:is_set([2, 1]), ordsets:is_set(foo),
               ordsets:size(S1), ordsets:is_empty([]), ordsets:to_list(S2)]),
    p("elements", [ordsets:is_element(3, S1), ordsets:is_element(1.0, S2), ordsets:add_element(2, S1),
                   ordsets:add_element(1.0, S2), ordsets:del_element(3, S1), ordsets:del_element(9, S1)]),
    p("algebra", [ordsets:union(S1, S2), ordsets:union(S2, S1), ordsets:intersection(S1, S2),
                  ordsets:intersection(S2, S1), ordsets:subtract(S1, S2), ordsets:subtract(S2, S1),
                  ordsets:is_subset([1, 3], S2), ordsets:is_subset(S1, S2),
                  ordsets:is_disjoint(S1, S2), ordsets:is_disjoint([a], [b])]),
    p("lists", [ordsets:union([S1, S2, [0, 9]]), ordsets:union([]), ordsets:intersection([S1, S2, [1, 3, 5]]),
                e(fun() -> ordsets:intersection([]) end)]),
    p("hof", [ordsets:fold(fun(X, A) -> [X | A] end, [], S1), ordsets:filter(fun is_integer/1, S1)]),
    ok.
''', r'''from_list [{1.0,onef},{a,10},{b,2},{c,3}]
basics [[],4,false,true,[{1.0,onef},{a,10},{b,2},{c,3}]]
keys [[1.0,a,b,c],true,false,true]
find [{ok,10},error,3,onef]
store [[{1.0,onef},{a,10},{b,2},{bb,0},{c,3}],[{1,x},{a,10},{b,2},{c,3}],[{1.0,onef},{a,10},{b,2},{c,3},{zzz,last}],[{0,first}]]
erase [[{1.0,onef},{a,10},{c,3}],[{1.0,onef},{a,10},{b,2},{c,3}],{2,[{1.0,onef},{a,10},{c,3}]},error]
append [[{k,[0,1]}],[{k,[1,2,3]}],[{a,[y,x]}]]
update [[{1.0,onef},{a,20},{b,2},{c,3}],[{1.0,onef},{a,10},{b,2},{c,3},{q,init}],[{1.0,onef},{a,11},{b,2},{c,3}],[{1.0,onef},{a,15},{b,2},{c,3}],[{1.0,onef},{a,10},{b,2},{c,3},{new,5}]]
hof [[{3,c},{2,b},{10,a},{onef,1.0}],[{1.0,{1.0,onef}},{a,{a,10}},{b,{b,2}},{c,{c,3}}],[{a,10},{b,2},{c,3}],[{1.0,{1.0,onef,z}},{a,{a,10,x}},{b,2},{c,3},{d,y}]]
call_order [[1.0,a,b,c],[1.0,a,b,c],[1.0,a,b,c],[1.0,a,b,c]]
dict_errors [{error,function_clause},{error,function_clause},{error,badarg},{error,badarith},{error,function_clause},{error,{badfun,nofun}}]
sets [[1,3,5,a],[1,2,3,4],[],true,false,false,4,true,[1,2,3,4]]
elements [true,true,[1,2,3,5,a],[1,2,3,4],[1,5,a],[1,3,5,a]]
algebra [[1,2,3,4,5,a],[1,2,3,4,5,a],[1,3],[1,3],[5,a],[2,4],true,false,false,true]
lists [[0,1,2,3,4,5,9,a],[],[1,3],{error,function_clause}]
hof [[a,5,3,1],[1,3,5]]
''')

PROGRAMS['proplists_api'] = (r'''-module(proplists_api).
-export([main/1]).
-mode(compile).

p(Label, X) -> io:format("~s ~w~n", [Label, X]).
e(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    L = [a, {b, 1}, {a, 2}, {c}, {c, 3, 4}, "str", 7, {d, [1, 2]}, {b, 5}, b, {1, x}, {1.0, y}, {e, false}],
    Keys = [a, b, c, d, e, 1, 1.0, zz],
    p("lookup", [proplists:lookup(K, L) || K <- Keys]),
    p("lookup_all", [proplists:lookup_all(K, L) || K <- Keys]),
    p("get_value", [proplists:get_value(K, L) || K <- Keys]),
    p("get_value3", [proplists:get_value(K, L, dflt) || K <- Keys]),
    p("get_all_values", [proplists:get_all_values(K, L) || K <- Keys]),
    p("append_values", [proplists:append_values(K, L) || K <- Keys]),
    p("get_bool", [proplists:get_bool(K, L) || K <- Keys]),
    p("is_defined", [proplists:is_defined(K, L) || K <- Keys]),
    GK = proplists:get_keys(L),
    p("get_keys", [length(GK), lists:member(1.0, GK), lists:sort(GK -- [1.0])]),
    p("delete", [proplists:delete(a, L), proplists:delete(1, L)]),
    p("property", [proplists:property({a, true}), proplists:property({"a", true}), proplists:property({a, b, c}),
                   proplists:property(a, true), proplists:property(a, 1)]),
    p("compact_unfold", [proplists:compact(L), proplists:unfold(L)]),
    p("aliases", proplists:substitute_aliases([{a, aa}, {c, cc}, {b, "bee"}], L)),
    p("negations", proplists:substitute_negations([{a, no_a}, {e, yes_e}, {b, not_b}], L)),
    p("expand", [proplists:expand([{foo, [bar, baz]}], [fie, foo, fum]),
                 proplists:expand([{{foo, true}, [bar, baz]}], [fie, foo, fum]),
                 proplists:expand([{{foo, false}, [bar, baz]}], [fie, {foo, false}, fum]),
                 proplists:expand([{{foo, true}, [bar, baz]}], [{foo, false}, fie, foo, fum]),
                 proplists:expand([{a, [x, [y]]}, {b, [z]}], [[q], a, {a, 2}, b, "s", {b, 1}]),
                 proplists:expand([{{a, 1}, [x]}, {a, [y]}], [{a, true}])]),
    p("normalize", proplists:normalize([a, {b, true}, no_c, {c, true}, {d, 1}],
                                       [{aliases, [{a, x}]}, {negations, [{no_c, c}]}, {expand, [{x, [y, z]}]}])),
    p("split", proplists:split([{c, 2}, {e, 1}, a, {c, 3, 4}, d, {b, 5}, b], [a, b, c])),
    p("to_map", [proplists:to_map(L), proplists:to_map([a, {b, 1}], [{expand, [{a, [{z, 1}]}]}]),
                 proplists:to_map([{k}, {k, 1}, j, {j, 2}])]),
    p("from_map", lists:sort(proplists:from_map(#{a => 1, b => 2}))),
    p("errors", [e(fun() -> proplists:get_value(a, foo) end), e(fun() -> proplists:lookup(a, [b | c]) end),
                 e(fun() -> proplists:normalize([a], [{bogus, 1}]) end),
                 e(fun() -> proplists:append_values(a, [{a, [1 | 2]}, {a, 3}]) end)]),
    ok.
''', r'''lookup [{a,true},{b,1},{c},{d,[1,2]},{e,false},{1,x},{1.0,y},none]
lookup_all [[{a,true},{a,2}],[{b,1},{b,5},{b,true}],[{c},{c,3,4}],[{d,[1,2]}],[{e,false}],[{1,x}],[{1.0,y}],[]]
get_value [true,1,undefined,[1,2],false,x,y,undefined]
get_value3 [true,1,dflt,[1,2],false,x,y,dflt]
get_all_values [[true,2],[1,5,true],[],[[1,2]],[false],[x],[y],[]]
append_values [[true,2],[1,5,true],[],[1,2],[false],[x],[y],[]]
get_bool [true,false,false,false,false,false,false,false]
is_defined [true,true,true,true,true,true,true,false]
get_keys [7,true,[1,a,b,c,d,e]]
delete [[{b,1},{c},{c,3,4},[115,116,114],7,{d,[1,2]},{b,5},b,{1,x},{1.0,y},{e,false}],[a,{b,1},{a,2},{c},{c,3,4},[115,116,114],7,{d,[1,2]},{b,5},b,{1.0,y},{e,false}]]
property [a,{[97],true},{a,b,c},a,{a,1}]
compact_unfold [[a,{b,1},{a,2},{c},{c,3,4},[115,116,114],7,{d,[1,2]},{b,5},b,{1,x},{1.0,y},{e,false}],[{a,true},{b,1},{a,2},{c},{c,3,4},[115,116,114],7,{d,[1,2]},{b,5},{b,true},{1,x},{1.0,y},{e,false}]]
aliases [aa,{[98,101,101],1},{aa,2},{cc},{cc,3,4},[115,116,114],7,{d,[1,2]},{[98,101,101],5},{[98,101,101],true},{1,x},{1.0,y},{e,false}]
negations [{no_a,false},not_b,no_a,{c},{c,3,4},[115,116,114],7,{d,[1,2]},not_b,{not_b,false},{1,x},{1.0,y},yes_e]
expand [[fie,bar,baz,fum],[fie,bar,baz,fum],[fie,bar,baz,fum],[{foo,false},fie,foo,fum],[q,x,[y],z,115],[y]]
normalize [y,z,b,{c,false},c,{d,1}]
split {[[a],[{b,5},b],[{c,2},{c,3,4}]],[{e,1},d]}
to_map [#{1 => x,1.0 => y,a => true,b => 1,d => [1,2],e => false},#{b => 1,z => 1},#{j => true}]
from_map [{a,1},{b,2}]
errors [{error,function_clause},{error,function_clause},{error,function_clause},{error,badarg}]
''')

PROGRAMS['dict_sets_api'] = (r'''-module(dict_sets_api).
-export([main/1]).
-mode(compile).

%% dict and sets (version 1) place entries by hash: the tests print
%% sorted contents and the hash-independent header fields.
p(Label, X) -> io:format("~s ~w~n", [Label, X]).
e(F) -> try F() catch C:R -> {C, R} end.
%% lists:sort/1 keeps 1 and 1.0 in input (hash) order: break the tie.
tsort(L) -> lists:sort(fun(A, B) -> {A, is_float(A)} =< {B, is_float(B)} end, L).
hdr(T) -> [element(I, T) || I <- lists:seq(1, 7)].
sd(D) -> {hdr(D), tsort(dict:to_list(D))}.
ss(S) when is_map(S) -> {map, tsort(sets:to_list(S))};
ss(S) -> {hdr(S), tsort(sets:to_list(S))}.

main(_) ->
    io:format("~p~n~p~n", [dict:new(), sets:new()]),
    D = dict:from_list([{c, 3}, {a, 1}, {b, 2}, {a, 10}, {1, one}, {1.0, onef}, {"str", s}, {{t}, t}]),
    p("from_list", sd(D)),
    p("basics", [dict:size(D), dict:is_empty(D), dict:is_empty(dict:new()), tsort(dict:fetch_keys(D))]),
    p("lookup", [dict:find(a, D), dict:find(zz, D), dict:fetch(c, D), dict:fetch(1, D), dict:fetch(1.0, D),
                 dict:is_key(b, D), dict:is_key(bb, D)]),
    p("store", [sd(dict:store(bb, 0, D)), sd(dict:store(a, x, D))]),
    p("erase", [sd(dict:erase(b, D)), sd(dict:erase(nope, D)), dict:take(nope, D),
                element(1, dict:take(b, D)), sd(element(2, dict:take(b, D)))]),
    p("append", [dict:fetch(k, dict:append(k, 1, dict:append(k, 0, dict:new()))),
                 dict:fetch(k, dict:append_list(k, [2, 3], dict:from_list([{k, [1]}])))]),
    p("update", [sd(dict:update(a, fun(V) -> V * 2 end, D)), sd(dict:update(q, fun(V) -> V end, init, D)),
                 sd(dict:update_counter(a, 5, D)), sd(dict:update_counter(new, 5, D))]),
    p("hof", [tsort(dict:fold(fun(K, V, A) -> [{V, K} | A] end, [], D)),
              sd(dict:map(fun(K, V) -> {K, V} end, D)),
              sd(dict:filter(fun(K, _) -> is_atom(K) end, D)),
              sd(dict:merge(fun(K, A, B) -> {K, A, B} end, D, dict:from_list([{a, x}, {d, y}, {1.0, z}])))]),
    p("dict_errors", [e(fun() -> dict:fetch(zz, D) end), e(fun() -> dict:update(zz, fun(X) -> X end, D) end),
                      e(fun() -> dict:append(a, x, D) end), e(fun() -> dict:size(foo) end),
                      e(fun() -> dict:from_list([a]) end)]),
    Big = dict:from_list([{K, K * K} || K <- lists:seq(1, 500)]),
    p("big", [hdr(Big), dict:fetch(77, Big), dict:size(Big)]),
    Shrunk = lists:foldl(fun dict:erase/2, Big, lists:seq(1, 450)),
    p("shrunk", sd(Shrunk)),
    Filtered = dict:filter(fun(K, _) -> K rem 100 =:= 0 end, Big),
    p("filtered", [sd(Filtered), hdr(dict:erase(nokey, Filtered)), hdr(dict:store(1, x, Filtered))]),

    S1 = sets:from_list([a, b, c, a, 1, 1.0]),
    S2 = sets:from_list([b, c, d]),
    V2 = sets:from_list([x, y, x], [{version, 2}]),
    p("v2", [V2, sets:new([{version, 2}]), sets:from_list([1, 1.0], [{version, 2}])]),
    p("sets", [ss(S1), sets:size(S1), sets:is_element(1.0, S1), sets:is_element(z, S1), sets:is_set(S1),
               sets:is_set(V2), sets:is_set(foo), sets:is_empty(sets:new()), sets:is_empty(V2)]),
    p("elements", [ss(sets:add_element(z, S1)), ss(sets:add_element(a, S1)), ss(sets:del_element(a, S1)),
                   ss(sets:add_element(z, V2)), ss(sets:del_element(x, V2))]),
    p("algebra", [ss(sets:union(S1, S2)), ss(sets:intersection(S1, S2)), ss(sets:subtract(S1, S2)),
                  sets:is_subset(sets:from_list([a, b]), S1), sets:is_subset(S2, S1),
                  sets:is_disjoint(S1, S2), sets:is_disjoint(S1, sets:from_list([q]))]),
    p("mixed", [ss(sets:union(S1, V2)), ss(sets:union(V2, S1)), ss(sets:intersection(V2, S1)),
                ss(sets:union([S1, S2, V2])), ss(sets:intersection([S1, S2])), ss(sets:union([]))]),
    p("hof", [tsort(sets:fold(fun(X, A) -> [X | A] end, [], S1)), ss(sets:filter(fun is_atom/1, S1)),
              sets:fold(fun(X, A) -> [X | A] end, [], V2), ss(sets:filter(fun(X) -> X =/= x end, V2))]),
    p("set_errors", [e(fun() -> sets:new([{version, 3}]) end), e(fun() -> sets:size(foo) end),
                     e(fun() -> sets:intersection([]) end), e(fun() -> sets:fold(nofun, 0, S1) end),
                     e(fun() -> sets:filter(fun(_) -> maybe end, V2) end)]),
    BigS = sets:from_list(lists:seq(1, 400)),
    p("bigset", [hdr(BigS), sets:size(BigS), sets:is_element(399, BigS),
                 hdr(lists:foldl(fun sets:del_element/2, BigS, lists:seq(1, 350)))]),
    ok.
''', r'''{dict,0,16,16,8,80,48,
      {[],[],[],[],[],[],[],[],[],[],[],[],[],[],[],[]},
      {{[],[],[],[],[],[],[],[],[],[],[],[],[],[],[],[]}}}
{set,0,16,16,8,80,48,
     {[],[],[],[],[],[],[],[],[],[],[],[],[],[],[],[]},
     {{[],[],[],[],[],[],[],[],[],[],[],[],[],[],[],[]}}}
from_list {[dict,7,16,16,8,80,48],[{1,one},{1.0,onef},{a,10},{b,2},{c,3},{{t},t},{[115,116,114],s}]}
basics [7,false,true,[1,1.0,a,b,c,{t},[115,116,114]]]
lookup [{ok,10},error,3,one,onef,true,false]
store [{[dict,8,16,16,8,80,48],[{1,one},{1.0,onef},{a,10},{b,2},{bb,0},{c,3},{{t},t},{[115,116,114],s}]},{[dict,7,16,16,8,80,48],[{1,one},{1.0,onef},{a,x},{b,2},{c,3},{{t},t},{[115,116,114],s}]}]
erase [{[dict,6,16,16,8,80,48],[{1,one},{1.0,onef},{a,10},{c,3},{{t},t},{[115,116,114],s}]},{[dict,7,16,16,8,80,48],[{1,one},{1.0,onef},{a,10},{b,2},{c,3},{{t},t},{[115,116,114],s}]},error,2,{[dict,6,16,16,8,80,48],[{1,one},{1.0,onef},{a,10},{c,3},{{t},t},{[115,116,114],s}]}]
append [[0,1],[1,2,3]]
update [{[dict,7,16,16,8,80,48],[{1,one},{1.0,onef},{a,20},{b,2},{c,3},{{t},t},{[115,116,114],s}]},{[dict,8,16,16,8,80,48],[{1,one},{1.0,onef},{a,10},{b,2},{c,3},{q,init},{{t},t},{[115,116,114],s}]},{[dict,7,16,16,8,80,48],[{1,one},{1.0,onef},{a,15},{b,2},{c,3},{{t},t},{[115,116,114],s}]},{[dict,8,16,16,8,80,48],[{1,one},{1.0,onef},{a,10},{b,2},{c,3},{new,5},{{t},t},{[115,116,114],s}]}]
hof [[{2,b},{3,c},{10,a},{one,1},{onef,1.0},{s,[115,116,114]},{t,{t}}],{[dict,7,16,16,8,80,48],[{1,{1,one}},{1.0,{1.0,onef}},{a,{a,10}},{b,{b,2}},{c,{c,3}},{{t},{{t},t}},{[115,116,114],{[115,116,114],s}}]},{[dict,3,16,16,8,80,48],[{a,10},{b,2},{c,3}]},{[dict,8,16,16,8,80,48],[{1,one},{1.0,{1.0,onef,z}},{a,{a,10,x}},{b,2},{c,3},{d,y},{{t},t},{[115,116,114],s}]}]
dict_errors [{error,badarg},{error,badarg},{error,badarg},{error,function_clause},{error,function_clause}]
big [[dict,500,100,128,64,500,300],5929,500]
shrunk {[dict,50,16,16,8,80,48],[{451,203401},{452,204304},{453,205209},{454,206116},{455,207025},{456,207936},{457,208849},{458,209764},{459,210681},{460,211600},{461,212521},{462,213444},{463,214369},{464,215296},{465,216225},{466,217156},{467,218089},{468,219024},{469,219961},{470,220900},{471,221841},{472,222784},{473,223729},{474,224676},{475,225625},{476,226576},{477,227529},{478,228484},{479,229441},{480,230400},{481,231361},{482,232324},{483,233289},{484,234256},{485,235225},{486,236196},{487,237169},{488,238144},{489,239121},{490,240100},{491,241081},{492,242064},{493,243049},{494,244036},{495,245025},{496,246016},{497,247009},{498,248004},{499,249001},{500,250000}]}
filtered [{[dict,5,99,128,64,495,297],[{100,10000},{200,40000},{300,90000},{400,160000},{500,250000}]},[dict,5,98,128,64,490,294],[dict,6,99,128,64,495,297]]
v2 [#{x => [],y => []},#{},#{1 => [],1.0 => []}]
sets [{[set,5,16,16,8,80,48],[1,1.0,a,b,c]},5,true,false,true,true,false,true,false]
elements [{[set,6,16,16,8,80,48],[1,1.0,a,b,c,z]},{[set,5,16,16,8,80,48],[1,1.0,a,b,c]},{[set,4,16,16,8,80,48],[1,1.0,b,c]},{map,[x,y,z]},{map,[y]}]
algebra [{[set,6,16,16,8,80,48],[1,1.0,a,b,c,d]},{[set,2,16,16,8,80,48],[b,c]},{[set,3,16,16,8,80,48],[1,1.0,a]},true,false,false,true]
mixed [{[set,7,16,16,8,80,48],[1,1.0,a,b,c,x,y]},{[set,7,16,16,8,80,48],[1,1.0,a,b,c,x,y]},{map,[]},{[set,8,16,16,8,80,48],[1,1.0,a,b,c,d,x,y]},{[set,2,16,16,8,80,48],[b,c]},{[set,0,16,16,8,80,48],[]}]
hof [[1,1.0,a,b,c],{[set,3,16,16,8,80,48],[a,b,c]},[y,x],{map,[y]}]
set_errors [{error,{case_clause,3}},{error,function_clause},{error,function_clause},{error,function_clause},{error,{case_clause,maybe}}]
bigset [[set,400,80,128,64,400,240],400,true,[set,50,16,16,8,80,48]]
''')

PROGRAMS['dict_sets_layout'] = (r'''-module(dict_sets_layout).
-export([main/1]).
-mode(compile).

%% The hash layout of dict and sets (version 1): slots from erlang:phash/2,
%% growing and shrinking by a slot, and the orders that follow from it.
main(_) ->
    Keys = [a, b, c, 1, 2, 1.0, "str", <<"bin">>, {t, 1}, [x | y], 123456789012345678901234567890, -5, 3.14, #{a => 1}],
    D = dict:from_list([{K, V} || {K, V} <- lists:zip(Keys, lists:seq(1, length(Keys)))]),
    io:format("~p~n", [D]),
    io:format("~w~n~w~n", [dict:to_list(D), dict:fetch_keys(D)]),
    io:format("~w~n", [dict:fold(fun(K, _, A) -> [K | A] end, [], D)]),
    D2 = dict:from_list([{K, K} || K <- lists:seq(1, 90)]),
    io:format("~w~n", [D2]),
    io:format("~w~n", [lists:foldl(fun dict:erase/2, D2, lists:seq(1, 50))]),
    io:format("~w~n", [dict:filter(fun(K, _) -> K rem 3 =:= 0 end, D2)]),
    io:format("~w~n", [dict:map(fun(K, V) -> K + V end, dict:from_list([{K, K} || K <- lists:seq(1, 20)]))]),
    put(seen, []),
    _ = dict:map(fun(K, V) -> put(seen, [K | get(seen)]), V end, dict:from_list([{K, K} || K <- lists:seq(1, 40)])),
    io:format("~w~n", [lists:reverse(get(seen))]),
    M = dict:merge(fun(_, A, B) -> A + B end, dict:from_list([{K, 1} || K <- lists:seq(1, 30)]),
                   dict:from_list([{K, 2} || K <- lists:seq(25, 40)])),
    io:format("~w~n", [dict:to_list(M)]),
    S = sets:from_list(Keys ++ lists:seq(1, 100)),
    io:format("~w~n", [sets:to_list(S)]),
    io:format("~w~n", [sets:from_list([a, b, c, d, e, f])]),
    S2 = sets:from_list(lists:seq(1, 120)),
    io:format("~w~n", [lists:foldl(fun sets:del_element/2, S2, lists:seq(1, 80))]),
    io:format("~w~n", [sets:to_list(sets:union(S2, sets:from_list([a, b])))]),
    io:format("~w~n", [sets:to_list(sets:intersection(S2, sets:from_list(lists:seq(50, 200, 7))))]),
    io:format("~w~n", [proplists:get_keys([a, {b, 1}, {c, 2}, {1, x}, {1.0, y}, d, e, f, g, h])]),
    ok.
''', r'''{dict,14,16,16,8,80,48,
      {[],[],[],[],[],[],[],[],[],[],[],[],[],[],[],[]},
      {{[[1.0|6]],
        [[a|1],[#{a => 1}|14]],
        [[b|2],[<<"bin">>|8]],
        [[c|3]],
        [["str"|7]],
        [],
        [[2|5]],
        [[[x|y]|10],[3.14|13]],
        [],
        [[-5|12]],
        [],
        [[1|4]],
        [],[],
        [[123456789012345678901234567890|11]],
        [[{t,1}|9]]}}}
[{1.0,6},{#{a => 1},14},{a,1},{<<98,105,110>>,8},{b,2},{c,3},{[115,116,114],7},{2,5},{3.14,13},{[x|y],10},{-5,12},{1,4},{123456789012345678901234567890,11},{{t,1},9}]
[1.0,#{a => 1},a,<<98,105,110>>,b,c,[115,116,114],2,3.14,[x|y],-5,1,123456789012345678901234567890,{t,1}]
[1.0,#{a => 1},a,<<98,105,110>>,b,c,[115,116,114],2,3.14,[x|y],-5,1,123456789012345678901234567890,{t,1}]
{dict,90,18,32,16,90,54,{[],[],[],[],[],[],[],[],[],[],[],[],[],[],[],[]},{{[[32|32],[64|64]],[[19|19],[51|51],[83|83]],[[6|6],[22|22],[38|38],[54|54],[70|70],[86|86]],[[9|9],[25|25],[41|41],[57|57],[73|73],[89|89]],[[12|12],[28|28],[44|44],[60|60],[76|76]],[[15|15],[31|31],[47|47],[63|63],[79|79]],[[2|2],[18|18],[34|34],[50|50],[66|66],[82|82]],[[5|5],[21|21],[37|37],[53|53],[69|69],[85|85]],[[8|8],[24|24],[40|40],[56|56],[72|72],[88|88]],[[11|11],[27|27],[43|43],[59|59],[75|75]],[[14|14],[30|30],[46|46],[62|62],[78|78]],[[1|1],[17|17],[33|33],[49|49],[65|65],[81|81]],[[4|4],[20|20],[36|36],[52|52],[68|68],[84|84]],[[7|7],[23|23],[39|39],[55|55],[71|71],[87|87]],[[10|10],[26|26],[42|42],[58|58],[74|74],[90|90]],[[13|13],[29|29],[45|45],[61|61],[77|77]]},{[[16|16],[48|48],[80|80]],[[3|3],[35|35],[67|67]],[],[],[],[],[],[],[],[],[],[],[],[],[],[]}}}
{dict,40,16,16,8,80,48,{[],[],[],[],[],[],[],[],[],[],[],[],[],[],[],[]},{{[[64|64],[80|80]],[[51|51],[83|83],[67|67]],[[54|54],[70|70],[86|86]],[[57|57],[73|73],[89|89]],[[60|60],[76|76]],[[63|63],[79|79]],[[66|66],[82|82]],[[53|53],[69|69],[85|85]],[[56|56],[72|72],[88|88]],[[59|59],[75|75]],[[62|62],[78|78]],[[65|65],[81|81]],[[52|52],[68|68],[84|84]],[[55|55],[71|71],[87|87]],[[58|58],[74|74],[90|90]],[[61|61],[77|77]]}}}
{dict,30,17,32,16,85,51,{[],[],[],[],[],[],[],[],[],[],[],[],[],[],[],[]},{{[],[[51|51],[3|3]],[[6|6],[54|54]],[[9|9],[57|57]],[[12|12],[60|60]],[[15|15],[63|63]],[[18|18],[66|66]],[[21|21],[69|69]],[[24|24],[72|72]],[[27|27],[75|75]],[[30|30],[78|78]],[[33|33],[81|81]],[[36|36],[84|84]],[[39|39],[87|87]],[[42|42],[90|90]],[[45|45]]},{[[48|48]],[],[],[],[],[],[],[],[],[],[],[],[],[],[],[]}}}
{dict,20,16,16,8,80,48,{[],[],[],[],[],[],[],[],[],[],[],[],[],[],[],[]},{{[[16|32]],[[3|6],[19|38]],[[6|12]],[[9|18]],[[12|24]],[[15|30]],[[2|4],[18|36]],[[5|10]],[[8|16]],[[11|22]],[[14|28]],[[1|2],[17|34]],[[4|8],[20|40]],[[7|14]],[[10|20]],[[13|26]]}}}
[16,32,3,19,35,6,22,38,9,25,12,28,15,31,2,18,34,5,21,37,8,24,40,11,27,14,30,1,17,33,4,20,36,7,23,39,10,26,13,29]
[{32,2},{16,1},{35,2},{19,1},{3,1},{38,2},{22,1},{6,1},{25,3},{9,1},{28,3},{12,1},{31,2},{15,1},{34,2},{18,1},{2,1},{37,2},{21,1},{5,1},{40,2},{24,1},{8,1},{27,3},{11,1},{30,3},{14,1},{33,2},{17,1},{1,1},{36,2},{20,1},{4,1},{39,2},{23,1},{7,1},{26,3},{10,1},{29,3},{13,1}]
[1.0,32,64,96,a,#{a => 1},19,51,83,b,<<98,105,110>>,6,38,70,c,25,57,89,[115,116,114],12,44,76,31,63,95,18,50,82,[x|y],3.14,5,21,37,53,69,85,8,24,40,56,72,88,-5,11,27,43,59,75,91,14,30,46,62,78,94,1,17,33,49,65,81,97,4,20,36,52,68,84,100,7,23,39,55,71,87,123456789012345678901234567890,10,26,42,58,74,90,{t,1},13,29,45,61,77,93,16,48,80,3,35,67,99,22,54,86,9,41,73,28,60,92,15,47,79,2,34,66,98]
{set,6,16,16,8,80,48,{[],[],[],[],[],[],[],[],[],[],[],[],[],[],[],[]},{{[],[a],[b],[c],[d],[e],[f],[],[],[],[],[],[],[],[],[]}}}
{set,40,16,16,8,80,48,{[],[],[],[],[],[],[],[],[],[],[],[],[],[],[],[]},{{[96,112],[115,83,99],[102,118,86],[89,105],[108,92],[95,111],[114,82,98],[101,117,85],[120,104,88],[107,91],[110,94],[113,97,81],[116,100,84],[119,103,87],[106,90],[109,93]}}}
[32,64,96,19,51,83,115,a,6,38,70,102,b,25,57,89,12,44,76,108,31,63,95,18,50,82,114,5,37,69,101,24,56,88,120,11,27,43,59,75,91,107,14,30,46,62,78,94,110,1,17,33,49,65,81,97,113,4,20,36,52,68,84,100,116,7,23,39,55,71,87,103,119,10,26,42,58,74,90,106,13,29,45,61,77,93,109,16,48,80,112,3,35,67,99,22,54,86,118,9,41,73,105,28,60,92,15,47,79,111,2,34,66,98,21,53,85,117,8,40,72,104]
[64,99,57,92,50,85,120,78,113,71,106]
[1.0,a,b,c,d,e,f,g,h,1]
''')

PROGRAMS['gb_api'] = (r'''-module(gb_api).
-export([main/1]).
-mode(compile).

p(Label, X) -> io:format("~s ~w~n", [Label, X]).
e(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    T0 = gb_trees:empty(),
    Steps = lists:foldl(fun(K, Acc) -> [gb_trees:insert(K, K * 10, hd(Acc)) | Acc] end, [T0], lists:seq(1, 12)),
    p("insert_steps", lists:reverse(Steps)),
    T = hd(Steps),
    p("basics", [gb_trees:is_empty(T0), gb_trees:is_empty(T), gb_trees:size(T), gb_trees:keys(T), gb_trees:values(T)]),
    p("lookup", [gb_trees:lookup(5, T), gb_trees:lookup(5.0, T), gb_trees:lookup(99, T), gb_trees:get(7, T),
                 gb_trees:is_defined(3, T), gb_trees:is_defined(0, T)]),
    p("update", [gb_trees:update(5, x, T), gb_trees:update(5.0, y, T), gb_trees:enter(5, z, T), gb_trees:enter(50, z, T)]),
    p("delete", [gb_trees:delete(6, T), gb_trees:delete_any(6, T), gb_trees:delete_any(66, T), gb_trees:take(4, T),
                 gb_trees:take_any(44, T)]),
    p("ends", [gb_trees:smallest(T), gb_trees:largest(T), gb_trees:take_smallest(T), gb_trees:take_largest(T)]),
    p("balance", [gb_trees:balance(T), gb_trees:from_orddict([{a, 1}, {b, 2}, {c, 3}, {d, 4}]), gb_trees:to_list(T)]),
    I = gb_trees:iterator(T),
    {K1, V1, I1} = gb_trees:next(I),
    {K2, V2, I2} = gb_trees:next(I1),
    p("iterator", [I, K1, V1, K2, V2, I2]),
    p("iterator_from", [gb_trees:iterator_from(6, T), gb_trees:next(gb_trees:iterator_from(6, T)),
                        gb_trees:next(gb_trees:iterator_from(100, T)), gb_trees:next(gb_trees:iterator(T0))]),
    p("map", gb_trees:map(fun(K, V) -> K + V end, T)),
    p("tree_errors", [e(fun() -> gb_trees:insert(3, x, T) end), e(fun() -> gb_trees:get(99, T) end),
                      e(fun() -> gb_trees:delete(99, T) end), e(fun() -> gb_trees:update(99, x, T) end),
                      e(fun() -> gb_trees:smallest(T0) end), e(fun() -> gb_trees:take(99, T) end)]),
    Desc = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, v, Acc) end, T0, lists:seq(40, 1, -1)),
    p("descending", Desc),

    S0 = gb_sets:empty(),
    SSteps = lists:foldl(fun(K, Acc) -> [gb_sets:add(K, hd(Acc)) | Acc] end, [S0], [5, 3, 8, 1, 4, 7, 9, 2, 6, 10, 11, 12]),
    p("add_steps", lists:reverse(SSteps)),
    S = hd(SSteps),
    p("set_basics", [gb_sets:new(), gb_sets:singleton(a), gb_sets:size(S), gb_sets:is_empty(S), gb_sets:to_list(S),
                     gb_sets:is_member(3, S), gb_sets:is_element(3.0, S), gb_sets:is_set(S), gb_sets:is_set(foo)]),
    p("set_change", [gb_sets:insert(20, S), gb_sets:add_element(3, S), gb_sets:delete(3, S), gb_sets:delete_any(33, S),
                     gb_sets:del_element(4, S), gb_sets:balance(S)]),
    p("set_ends", [gb_sets:smallest(S), gb_sets:largest(S), gb_sets:take_smallest(S), gb_sets:take_largest(S)]),
    A = gb_sets:from_list(lists:seq(1, 30)),
    B = gb_sets:from_list(lists:seq(20, 40, 2)),
    C = gb_sets:from_list([2, 4, 1.0]),
    p("union", [gb_sets:union(A, B), gb_sets:union(B, C), gb_sets:union(C, B), gb_sets:union([A, B, C])]),
    p("intersection", [gb_sets:intersection(A, B), gb_sets:intersection(C, A), gb_sets:intersection([A, B, C])]),
    p("difference", [gb_sets:difference(A, B), gb_sets:subtract(B, A), gb_sets:difference(C, A)]),
    p("predicates", [gb_sets:is_subset(C, A), gb_sets:is_subset(B, A), gb_sets:is_disjoint(B, C),
                     gb_sets:is_disjoint(gb_sets:from_list([100]), A)]),
    p("set_hof", [gb_sets:filter(fun(X) -> X rem 3 =:= 0 end, A), gb_sets:fold(fun(X, Acc) -> [X | Acc] end, [], C)]),
    SI = gb_sets:iterator_from(25, A),
    {X1, SI1} = gb_sets:next(SI),
    p("set_iter", [SI, X1, SI1, gb_sets:next(gb_sets:iterator(S0))]),
    p("set_errors", [e(fun() -> gb_sets:insert(3, S) end), e(fun() -> gb_sets:delete(99, S) end),
                     e(fun() -> gb_sets:largest(S0) end), e(fun() -> gb_sets:intersection([]) end)]),
    Big1 = gb_sets:from_list(lists:seq(1, 40)),
    Big2 = gb_sets:from_list(lists:seq(15, 25)),
    p("big_algebra", [gb_sets:union(Big2, gb_sets:from_list([1, 500])), gb_sets:intersection(Big1, Big2),
                      gb_sets:size(gb_sets:difference(Big1, Big2)), gb_sets:union(Big1, gb_sets:from_list([0, 999]))]),
    ok.
''', r'''insert_steps [{0,nil},{1,{1,10,nil,nil}},{2,{1,10,nil,{2,20,nil,nil}}},{3,{1,10,nil,{2,20,nil,{3,30,nil,nil}}}},{4,{1,10,nil,{2,20,nil,{3,30,nil,{4,40,nil,nil}}}}},{5,{1,10,nil,{2,20,nil,{3,30,nil,{4,40,nil,{5,50,nil,nil}}}}}},{6,{1,10,nil,{2,20,nil,{3,30,nil,{4,40,nil,{5,50,nil,{6,60,nil,nil}}}}}}},{7,{4,40,{2,20,{1,10,nil,nil},{3,30,nil,nil}},{6,60,{5,50,nil,nil},{7,70,nil,nil}}}},{8,{4,40,{2,20,{1,10,nil,nil},{3,30,nil,nil}},{6,60,{5,50,nil,nil},{7,70,nil,{8,80,nil,nil}}}}},{9,{4,40,{2,20,{1,10,nil,nil},{3,30,nil,nil}},{6,60,{5,50,nil,nil},{7,70,nil,{8,80,nil,{9,90,nil,nil}}}}}},{10,{4,40,{2,20,{1,10,nil,nil},{3,30,nil,nil}},{6,60,{5,50,nil,nil},{7,70,nil,{8,80,nil,{9,90,nil,{10,100,nil,nil}}}}}}},{11,{4,40,{2,20,{1,10,nil,nil},{3,30,nil,nil}},{6,60,{5,50,nil,nil},{7,70,nil,{8,80,nil,{9,90,nil,{10,100,nil,{11,110,nil,nil}}}}}}}},{12,{4,40,{2,20,{1,10,nil,nil},{3,30,nil,nil}},{6,60,{5,50,nil,nil},{7,70,nil,{8,80,nil,{9,90,nil,{10,100,nil,{11,110,nil,{12,120,nil,nil}}}}}}}}}]
basics [true,false,12,[1,2,3,4,5,6,7,8,9,10,11,12],[10,20,30,40,50,60,70,80,90,100,110,120]]
lookup [{value,50},{value,50},none,70,true,false]
update [{12,{4,40,{2,20,{1,10,nil,nil},{3,30,nil,nil}},{6,60,{5,x,nil,nil},{7,70,nil,{8,80,nil,{9,90,nil,{10,100,nil,{11,110,nil,{12,120,nil,nil}}}}}}}}},{12,{4,40,{2,20,{1,10,nil,nil},{3,30,nil,nil}},{6,60,{5.0,y,nil,nil},{7,70,nil,{8,80,nil,{9,90,nil,{10,100,nil,{11,110,nil,{12,120,nil,nil}}}}}}}}},{12,{4,40,{2,20,{1,10,nil,nil},{3,30,nil,nil}},{6,60,{5,z,nil,nil},{7,70,nil,{8,80,nil,{9,90,nil,{10,100,nil,{11,110,nil,{12,120,nil,nil}}}}}}}}},{13,{4,40,{2,20,{1,10,nil,nil},{3,30,nil,nil}},{6,60,{5,50,nil,nil},{10,100,{8,80,{7,70,nil,nil},{9,90,nil,nil}},{12,120,{11,110,nil,nil},{50,z,nil,nil}}}}}}]
delete [{11,{4,40,{2,20,{1,10,nil,nil},{3,30,nil,nil}},{7,70,{5,50,nil,nil},{8,80,nil,{9,90,nil,{10,100,nil,{11,110,nil,{12,120,nil,nil}}}}}}}},{11,{4,40,{2,20,{1,10,nil,nil},{3,30,nil,nil}},{7,70,{5,50,nil,nil},{8,80,nil,{9,90,nil,{10,100,nil,{11,110,nil,{12,120,nil,nil}}}}}}}},{12,{4,40,{2,20,{1,10,nil,nil},{3,30,nil,nil}},{6,60,{5,50,nil,nil},{7,70,nil,{8,80,nil,{9,90,nil,{10,100,nil,{11,110,nil,{12,120,nil,nil}}}}}}}}},{40,{11,{5,50,{2,20,{1,10,nil,nil},{3,30,nil,nil}},{6,60,nil,{7,70,nil,{8,80,nil,{9,90,nil,{10,100,nil,{11,110,nil,{12,120,nil,nil}}}}}}}}}},error]
ends [{1,10},{12,120},{1,10,{11,{4,40,{2,20,nil,{3,30,nil,nil}},{6,60,{5,50,nil,nil},{7,70,nil,{8,80,nil,{9,90,nil,{10,100,nil,{11,110,nil,{12,120,nil,nil}}}}}}}}}},{12,120,{11,{4,40,{2,20,{1,10,nil,nil},{3,30,nil,nil}},{6,60,{5,50,nil,nil},{7,70,nil,{8,80,nil,{9,90,nil,{10,100,nil,{11,110,nil,nil}}}}}}}}}]
balance [{12,{7,70,{4,40,{2,20,{1,10,nil,nil},{3,30,nil,nil}},{6,60,{5,50,nil,nil},nil}},{10,100,{9,90,{8,80,nil,nil},nil},{12,120,{11,110,nil,nil},nil}}}},{4,{c,3,{b,2,{a,1,nil,nil},nil},{d,4,nil,nil}}},[{1,10},{2,20},{3,30},{4,40},{5,50},{6,60},{7,70},{8,80},{9,90},{10,100},{11,110},{12,120}]]
iterator [[{1,10,nil,nil},{2,20,{1,10,nil,nil},{3,30,nil,nil}},{4,40,{2,20,{1,10,nil,nil},{3,30,nil,nil}},{6,60,{5,50,nil,nil},{7,70,nil,{8,80,nil,{9,90,nil,{10,100,nil,{11,110,nil,{12,120,nil,nil}}}}}}}}],1,10,2,20,[{3,30,nil,nil},{4,40,{2,20,{1,10,nil,nil},{3,30,nil,nil}},{6,60,{5,50,nil,nil},{7,70,nil,{8,80,nil,{9,90,nil,{10,100,nil,{11,110,nil,{12,120,nil,nil}}}}}}}}]]
iterator_from [[{6,60,{5,50,nil,nil},{7,70,nil,{8,80,nil,{9,90,nil,{10,100,nil,{11,110,nil,{12,120,nil,nil}}}}}}}],{6,60,[{7,70,nil,{8,80,nil,{9,90,nil,{10,100,nil,{11,110,nil,{12,120,nil,nil}}}}}}]},none,none]
map {12,{4,44,{2,22,{1,11,nil,nil},{3,33,nil,nil}},{6,66,{5,55,nil,nil},{7,77,nil,{8,88,nil,{9,99,nil,{10,110,nil,{11,121,nil,{12,132,nil,nil}}}}}}}}}
tree_errors [{error,{key_exists,3}},{error,function_clause},{error,function_clause},{error,function_clause},{error,function_clause},{error,function_clause}]
descending {40,{27,v,{20,v,{16,v,{9,v,{5,v,{3,v,{2,v,{1,v,nil,nil},nil},{4,v,nil,nil}},{7,v,{6,v,nil,nil},{8,v,nil,nil}}},{13,v,{11,v,{10,v,nil,nil},{12,v,nil,nil}},{15,v,{14,v,nil,nil},nil}}},{18,v,{17,v,nil,nil},{19,v,nil,nil}}},{24,v,{22,v,{21,v,nil,nil},{23,v,nil,nil}},{26,v,{25,v,nil,nil},nil}}},{34,v,{31,v,{29,v,{28,v,nil,nil},{30,v,nil,nil}},{33,v,{32,v,nil,nil},nil}},{38,v,{36,v,{35,v,nil,nil},{37,v,nil,nil}},{40,v,{39,v,nil,nil},nil}}}}}
add_steps [{0,nil},{1,{5,nil,nil}},{2,{5,{3,nil,nil},nil}},{3,{5,{3,nil,nil},{8,nil,nil}}},{4,{5,{3,{1,nil,nil},nil},{8,nil,nil}}},{5,{5,{3,{1,nil,nil},{4,nil,nil}},{8,nil,nil}}},{6,{5,{3,{1,nil,nil},{4,nil,nil}},{8,{7,nil,nil},nil}}},{7,{5,{3,{1,nil,nil},{4,nil,nil}},{8,{7,nil,nil},{9,nil,nil}}}},{8,{5,{3,{1,nil,{2,nil,nil}},{4,nil,nil}},{8,{7,nil,nil},{9,nil,nil}}}},{9,{5,{3,{1,nil,{2,nil,nil}},{4,nil,nil}},{8,{7,{6,nil,nil},nil},{9,nil,nil}}}},{10,{5,{3,{1,nil,{2,nil,nil}},{4,nil,nil}},{8,{7,{6,nil,nil},nil},{9,nil,{10,nil,nil}}}}},{11,{5,{3,{1,nil,{2,nil,nil}},{4,nil,nil}},{8,{7,{6,nil,nil},nil},{9,nil,{10,nil,{11,nil,nil}}}}}},{12,{5,{3,{1,nil,{2,nil,nil}},{4,nil,nil}},{8,{7,{6,nil,nil},nil},{9,nil,{10,nil,{11,nil,{12,nil,nil}}}}}}}]
set_basics [{0,nil},{1,{a,nil,nil}},12,false,[1,2,3,4,5,6,7,8,9,10,11,12],true,true,true,false]
set_change [{13,{5,{3,{1,nil,{2,nil,nil}},{4,nil,nil}},{8,{7,{6,nil,nil},nil},{9,nil,{10,nil,{11,nil,{12,nil,{20,nil,nil}}}}}}}},{12,{5,{3,{1,nil,{2,nil,nil}},{4,nil,nil}},{8,{7,{6,nil,nil},nil},{9,nil,{10,nil,{11,nil,{12,nil,nil}}}}}}},{11,{5,{4,{1,nil,{2,nil,nil}},nil},{8,{7,{6,nil,nil},nil},{9,nil,{10,nil,{11,nil,{12,nil,nil}}}}}}},{12,{5,{3,{1,nil,{2,nil,nil}},{4,nil,nil}},{8,{7,{6,nil,nil},nil},{9,nil,{10,nil,{11,nil,{12,nil,nil}}}}}}},{11,{5,{3,{1,nil,{2,nil,nil}},nil},{8,{7,{6,nil,nil},nil},{9,nil,{10,nil,{11,nil,{12,nil,nil}}}}}}},{12,{7,{4,{2,{1,nil,nil},{3,nil,nil}},{6,{5,nil,nil},nil}},{10,{9,{8,nil,nil},nil},{12,{11,nil,nil},nil}}}}]
set_ends [1,12,{1,{11,{5,{3,{2,nil,nil},{4,nil,nil}},{8,{7,{6,nil,nil},nil},{9,nil,{10,nil,{11,nil,{12,nil,nil}}}}}}}},{12,{11,{5,{3,{1,nil,{2,nil,nil}},{4,nil,nil}},{8,{7,{6,nil,nil},nil},{9,nil,{10,nil,{11,nil,nil}}}}}}}]
union [{35,{18,{9,{4,{2,{1,nil,nil},{3,nil,nil}},{6,{5,nil,nil},{7,nil,{8,nil,nil}}}},{13,{11,{10,nil,nil},{12,nil,nil}},{15,{14,nil,nil},{16,nil,{17,nil,nil}}}}},{27,{22,{20,{19,nil,nil},{21,nil,nil}},{24,{23,nil,nil},{25,nil,{26,nil,nil}}}},{32,{29,{28,nil,nil},{30,nil,nil}},{36,{34,nil,nil},{38,nil,{40,nil,nil}}}}}}},{14,{26,{4,{1.0,nil,{2,nil,nil}},{22,{20,nil,nil},{24,nil,nil}}},{34,{30,{28,nil,nil},{32,nil,nil}},{38,{36,nil,nil},{40,nil,nil}}}}},{14,{26,{4,{1.0,nil,{2,nil,nil}},{22,{20,nil,nil},{24,nil,nil}}},{34,{30,{28,nil,nil},{32,nil,nil}},{38,{36,nil,nil},{40,nil,nil}}}}},{35,{18,{9,{4,{2,{1,nil,nil},{3,nil,nil}},{6,{5,nil,nil},{7,nil,{8,nil,nil}}}},{13,{11,{10,nil,nil},{12,nil,nil}},{15,{14,nil,nil},{16,nil,{17,nil,nil}}}}},{27,{22,{20,{19,nil,nil},{21,nil,nil}},{24,{23,nil,nil},{25,nil,{26,nil,nil}}}},{32,{29,{28,nil,nil},{30,nil,nil}},{36,{34,nil,nil},{38,nil,{40,nil,nil}}}}}}}]
intersection [{6,{24,{20,nil,{22,nil,nil}},{28,{26,nil,nil},{30,nil,nil}}}},{3,{2,{1.0,nil,nil},{4,nil,nil}}},{0,nil}]
difference [{24,{12,{6,{3,{1,nil,{2,nil,nil}},{4,nil,{5,nil,nil}}},{9,{7,nil,{8,nil,nil}},{10,nil,{11,nil,nil}}}},{18,{15,{13,nil,{14,nil,nil}},{16,nil,{17,nil,nil}}},{23,{19,nil,{21,nil,nil}},{27,{25,nil,nil},{29,nil,nil}}}}}},{5,{36,{32,nil,{34,nil,nil}},{38,nil,{40,nil,nil}}}},{0,nil}]
predicates [true,false,true,true]
set_hof [{10,{18,{9,{6,{3,nil,nil},nil},{15,{12,nil,nil},nil}},{27,{24,{21,nil,nil},nil},{30,nil,nil}}}},[4,2,1.0]]
set_iter [[{25,nil,nil},{26,{25,nil,nil},{27,nil,nil}},{28,{26,{25,nil,nil},{27,nil,nil}},{30,{29,nil,nil},nil}}],25,[{26,{25,nil,nil},{27,nil,nil}},{28,{26,{25,nil,nil},{27,nil,nil}},{30,{29,nil,nil},nil}}],none]
set_errors [{error,{key_exists,3}},{error,function_clause},{error,function_clause},{error,function_clause}]
big_algebra [{13,{20,{17,{16,{15,{1,nil,nil},nil},nil},{19,{18,nil,nil},nil}},{23,{22,{21,nil,nil},nil},{25,{24,nil,nil},{500,nil,nil}}}}},{11,{20,{17,{15,nil,{16,nil,nil}},{18,nil,{19,nil,nil}}},{23,{21,nil,{22,nil,nil}},{24,nil,{25,nil,nil}}}}},29,{42,{21,{11,{6,{3,{2,{1,{0,nil,nil},nil},nil},{5,{4,nil,nil},nil}},{9,{8,{7,nil,nil},nil},{10,nil,nil}}},{16,{14,{13,{12,nil,nil},nil},{15,nil,nil}},{19,{18,{17,nil,nil},nil},{20,nil,nil}}}},{31,{26,{24,{23,{22,nil,nil},nil},{25,nil,nil}},{29,{28,{27,nil,nil},nil},{30,nil,nil}}},{36,{34,{33,{32,nil,nil},nil},{35,nil,nil}},{39,{38,{37,nil,nil},nil},{40,nil,{999,nil,nil}}}}}}}]
''')

PROGRAMS['array_api'] = (r'''-module(array_api).
-export([main/1]).
-mode(compile).

p(Label, X) -> io:format("~s ~w~n", [Label, X]).
e(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    p("new", [array:new(), array:new(5), array:new(25), array:new(101), array:new([{size, 12}, {fixed, false}]),
              array:new(3, {default, z}), array:new(fixed), array:new([{default, 0}, 4]), array:new({fixed, false})]),
    A0 = array:new(),
    A1 = array:set(0, a, A0),
    A2 = array:set(14, b, A1),
    A3 = array:set(123, c, A2),
    p("set", [A1, A2, A3]),
    p("props", [array:size(A3), array:default(A3), array:is_fix(A3), array:is_fix(array:fix(A3)),
                array:is_array(A3), array:is_array({array, a}), array:sparse_size(A3),
                array:sparse_size(array:set(200, undefined, A3))]),
    p("get", [array:get(0, A3), array:get(14, A3), array:get(50, A3), array:get(5000, A3)]),
    p("reset", [array:reset(14, A2), array:reset(3, A2), array:reset(99, A2)]),
    F = array:from_list(lists:seq(1, 25)),
    p("from_list", [F, array:from_list([]), array:from_list([x, y], d), array:size(array:from_list(lists:seq(1, 150)))]),
    p("lists", [array:to_list(A2), array:sparse_to_list(A2), array:to_orddict(array:from_list([p, q])),
                array:sparse_to_orddict(A3)]),
    p("from_orddict", [array:from_orddict([{0, a}, {5, b}, {25, c}]), array:from_orddict([{3, x}], dflt),
                       array:from_orddict([]), array:from_orddict([{10, x}]), array:from_orddict([{11, x}]),
                       array:from_orddict([{0, a}, {20, x}]), array:from_orddict([{12, a}, {30, x}, {150, y}])]),
    p("resize", [array:resize(3, F), array:resize(30, F), array:resize(150, F), array:resize(150, array:fix(F)),
                 array:resize(A2), array:to_list(array:resize(25, array:resize(3, F)))]),
    p("fix_relax", [array:fix(F), array:relax(array:fix(F)), array:relax(array:new(25))]),
    Fun2 = fun(I, V) -> {I, V} end,
    p("map", [array:map(Fun2, A2), array:sparse_map(Fun2, A2), array:map(Fun2, array:resize(13, F)),
              array:sparse_map(Fun2, array:resize(13, F))]),
    Fun3 = fun(I, V, Acc) -> [{I, V} | Acc] end,
    p("folds", [array:foldl(Fun3, [], A2), array:foldr(Fun3, [], A2), array:sparse_foldl(Fun3, [], A3),
                array:sparse_foldr(Fun3, [], A3)]),
    Fixed = array:new(10),
    p("fixed", [array:set(9, x, Fixed), e(fun() -> array:set(10, x, Fixed) end), e(fun() -> array:get(10, Fixed) end),
                e(fun() -> array:reset(10, Fixed) end)]),
    p("errors", [e(fun() -> array:get(-1, A0) end), e(fun() -> array:set(a, x, A0) end), e(fun() -> array:new(-1) end),
                 e(fun() -> array:new([bogus]) end), e(fun() -> array:size(foo) end), e(fun() -> array:map(nofun, A0) end),
                 e(fun() -> array:from_list(foo) end), e(fun() -> array:from_orddict([{2, a}, {1, b}]) end),
                 e(fun() -> array:resize(-1, A0) end)]),
    ok.
''', r'''new [{array,0,10,undefined,10},{array,5,0,undefined,10},{array,25,0,undefined,100},{array,101,0,undefined,1000},{array,12,100,undefined,100},{array,3,0,z,10},{array,0,0,undefined,10},{array,4,0,0,10},{array,0,10,undefined,10}]
set [{array,1,10,undefined,{a,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined}},{array,15,100,undefined,{{a,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined},{undefined,undefined,undefined,undefined,b,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10,10}},{array,124,1000,undefined,{{{a,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined},{undefined,undefined,undefined,undefined,b,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10,10},{10,10,{undefined,undefined,undefined,c,undefined,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10},100,100,100,100,100,100,100,100,100}}]
props [124,undefined,false,true,true,false,124,124]
get [a,b,undefined,undefined]
reset [{array,15,100,undefined,{{a,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined},{undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10,10}},{array,15,100,undefined,{{a,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined},{undefined,undefined,undefined,undefined,b,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10,10}},{array,15,100,undefined,{{a,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined},{undefined,undefined,undefined,undefined,b,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10,10}}]
from_list [{array,25,100,undefined,{{1,2,3,4,5,6,7,8,9,10},{11,12,13,14,15,16,17,18,19,20},{21,22,23,24,25,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10}},{array,0,10,undefined,10},{array,2,10,d,{x,y,d,d,d,d,d,d,d,d}},150]
lists [[a,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,b],[a,b],[{0,p},{1,q}],[{0,a},{14,b},{123,c}]]
from_orddict [{array,26,100,undefined,{{a,undefined,undefined,undefined,undefined,b,undefined,undefined,undefined,undefined},10,{undefined,undefined,undefined,undefined,undefined,c,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10}},{array,4,10,dflt,{dflt,dflt,dflt,x,dflt,dflt,dflt,dflt,dflt,dflt}},{array,0,10,undefined,10},{array,11,100,undefined,{{undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined},{x,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10,10}},{array,12,100,undefined,{10,{undefined,x,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10,10}},{array,21,100,undefined,{{a,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined},{undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined},{x,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10}},{array,151,1000,undefined,{{10,{undefined,undefined,a,undefined,undefined,undefined,undefined,undefined,undefined,undefined},{undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined},{x,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10},{10,10,10,10,10,{y,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10},100,100,100,100,100,100,100,100,100}}]
resize [{array,3,100,undefined,{{1,2,3,4,5,6,7,8,9,10},{11,12,13,14,15,16,17,18,19,20},{21,22,23,24,25,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10}},{array,30,100,undefined,{{1,2,3,4,5,6,7,8,9,10},{11,12,13,14,15,16,17,18,19,20},{21,22,23,24,25,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10}},{array,150,1000,undefined,{{{1,2,3,4,5,6,7,8,9,10},{11,12,13,14,15,16,17,18,19,20},{21,22,23,24,25,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10},100,100,100,100,100,100,100,100,100,100}},{array,150,0,undefined,{{{1,2,3,4,5,6,7,8,9,10},{11,12,13,14,15,16,17,18,19,20},{21,22,23,24,25,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10},100,100,100,100,100,100,100,100,100,100}},{array,15,100,undefined,{{a,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined},{undefined,undefined,undefined,undefined,b,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10,10}},[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]]
fix_relax [{array,25,0,undefined,{{1,2,3,4,5,6,7,8,9,10},{11,12,13,14,15,16,17,18,19,20},{21,22,23,24,25,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10}},{array,25,100,undefined,{{1,2,3,4,5,6,7,8,9,10},{11,12,13,14,15,16,17,18,19,20},{21,22,23,24,25,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10}},{array,25,100,undefined,100}]
map [{array,15,100,undefined,{{{0,a},{1,undefined},{2,undefined},{3,undefined},{4,undefined},{5,undefined},{6,undefined},{7,undefined},{8,undefined},{9,undefined}},{{10,undefined},{11,undefined},{12,undefined},{13,undefined},{14,b},undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10,10}},{array,15,100,undefined,{{{0,a},undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined},{undefined,undefined,undefined,undefined,{14,b},undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10,10}},{array,13,100,undefined,{{{0,1},{1,2},{2,3},{3,4},{4,5},{5,6},{6,7},{7,8},{8,9},{9,10}},{{10,11},{11,12},{12,13},undefined,undefined,undefined,undefined,undefined,undefined,undefined},{21,22,23,24,25,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10}},{array,13,100,undefined,{{{0,1},{1,2},{2,3},{3,4},{4,5},{5,6},{6,7},{7,8},{8,9},{9,10}},{{10,11},{11,12},{12,13},{13,14},{14,15},{15,16},{16,17},{17,18},{18,19},{19,20}},{21,22,23,24,25,undefined,undefined,undefined,undefined,undefined},10,10,10,10,10,10,10,10}}]
folds [[{14,b},{13,undefined},{12,undefined},{11,undefined},{10,undefined},{9,undefined},{8,undefined},{7,undefined},{6,undefined},{5,undefined},{4,undefined},{3,undefined},{2,undefined},{1,undefined},{0,a}],[{0,a},{1,undefined},{2,undefined},{3,undefined},{4,undefined},{5,undefined},{6,undefined},{7,undefined},{8,undefined},{9,undefined},{10,undefined},{11,undefined},{12,undefined},{13,undefined},{14,b}],[{123,c},{14,b},{0,a}],[{0,a},{14,b},{123,c}]]
fixed [{array,10,0,undefined,{undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,x}},{error,badarg},{error,badarg},{error,badarg}]
errors [{error,badarg},{error,badarg},{error,badarg},{error,badarg},{error,badarg},{error,badarg},{error,badarg},{error,{badarg,[{1,b}]}},{error,badarg}]
''')

PROGRAMS['rand_walks'] = (r'''-module(rand_walks).
-export([main/1]).
-mode(compile).

%% Deterministic random walks over every module; every 100 steps prints a
%% CRC of the printed state, and of the final state.
next(X) -> (X * 1103515245 + 12345) rem 2147483648.

crc(T) -> erlang:crc32(io_lib:format("~w", [T])).

main(_) ->
    walk(gb_trees, 1, gb_trees:empty(), 3000),
    walk(gb_sets, 2, gb_sets:empty(), 3000),
    walk(array, 3, array:new(), 2500),
    walk(orddict, 4, orddict:new(), 2000),
    walk(ordsets, 5, ordsets:new(), 2000),
    walk(dict, 6, dict:new(), 2500),
    walk(sets, 7, sets:new(), 2500),
    walk(queue, 8, queue:new(), 2500),
    ok.

walk(M, Seed, State, N) -> walk(M, Seed, State, N, 0).

walk(M, _, State, 0, _) -> io:format("~p final ~w~n", [M, crc(State)]);
walk(M, Seed, State, N, I) ->
    S1 = next(Seed),
    S2 = next(S1),
    New = step(M, S1 rem 10, S2 rem 300, State),
    case I rem 100 of
        99 -> io:format("~p ~w ~w~n", [M, I, crc(New)]);
        _ -> ok
    end,
    walk(M, S2, New, N - 1, I + 1).


step(gb_trees, Op, K, T) when Op < 5 -> gb_trees:enter(K, Op, T);
step(gb_trees, 5, K, T) -> gb_trees:delete_any(K, T);
step(gb_trees, 6, _, {0, _} = T) -> T;
step(gb_trees, 6, _, T) -> element(3, gb_trees:take_smallest(T));
step(gb_trees, 7, K, T) -> case gb_trees:lookup(K, T) of none -> gb_trees:insert(K, new, T); _ -> T end;
step(gb_trees, 8, _, T) -> gb_trees:map(fun(_, V) -> V end, T);
step(gb_trees, 9, K, T) -> gb_trees:delete_any(K div 2, T);

step(gb_sets, Op, K, S) when Op < 5 -> gb_sets:add(K, S);
step(gb_sets, 5, K, S) -> gb_sets:delete_any(K, S);
step(gb_sets, 6, K, S) -> gb_sets:union(S, gb_sets:from_list([K, K + 1, K + 7]));
step(gb_sets, 7, K, S) -> gb_sets:difference(S, gb_sets:from_list(lists:seq(K, K + 20, 3)));
step(gb_sets, 8, K, S) -> gb_sets:union(gb_sets:from_list(lists:seq(K, K + 40)), S);
step(gb_sets, 9, K, S) -> gb_sets:filter(fun(X) -> X rem 7 =/= K rem 7 end, S);

step(array, Op, K, A) when Op < 5 -> array:set(K * (Op + 1), K, A);
step(array, 5, K, A) -> array:reset(K, A);
step(array, 6, K, A) -> array:resize(K, A);
step(array, 7, _, A) -> array:map(fun(I, V) when is_integer(V) -> V + I; (_, V) -> V end, A);
step(array, 8, _, A) -> array:sparse_map(fun(_, V) -> V end, A);
step(array, 9, K, A) -> array:set(K, array:sparse_size(A), A);

step(orddict, Op, K, D) when Op < 5 -> orddict:store(K rem 60, Op, D);
step(orddict, 5, K, D) -> orddict:erase(K rem 60, D);
step(orddict, 6, K, D) -> orddict:update_counter(K rem 60, 1, D);
step(orddict, 7, K, D) -> orddict:append(K rem 60, x, orddict:erase(K rem 60, D));
step(orddict, 8, K, D) -> orddict:merge(fun(_, A, B) -> {A, B} end, D, [{K rem 60, m}]);
step(orddict, 9, K, D) -> orddict:filter(fun(Key, _) -> Key =/= K rem 60 end, D);

step(ordsets, Op, K, S) when Op < 5 -> ordsets:add_element(K rem 80, S);
step(ordsets, 5, K, S) -> ordsets:del_element(K rem 80, S);
step(ordsets, 6, K, S) -> ordsets:union(S, [K rem 80, 1.0 * (K rem 13)]);
step(ordsets, 7, K, S) -> ordsets:subtract(S, lists:seq(K rem 80, K rem 80 + 10));
step(ordsets, 8, K, S) -> ordsets:intersection(S, lists:seq(0, 200 - K rem 50));
step(ordsets, 9, K, S) -> ordsets:union([S, [K], [K + 1.0]]);

step(dict, Op, K, D) when Op < 6 -> dict:store(K, Op, D);
step(dict, 6, K, D) -> dict:erase(K, D);
step(dict, 7, K, D) -> dict:update_counter(K, 1, D);
step(dict, 8, K, D) -> dict:filter(fun(Key, _) -> Key rem 9 =/= K rem 9 end, D);
step(dict, 9, K, D) -> dict:append(K + 1000, x, D);

step(sets, Op, K, S) when Op < 6 -> sets:add_element(K, S);
step(sets, 6, K, S) -> sets:del_element(K, S);
step(sets, 7, K, S) -> sets:union(S, sets:from_list([K, K + 1]));
step(sets, 8, K, S) -> sets:filter(fun(X) -> X rem 9 =/= K rem 9 end, S);
step(sets, 9, K, S) -> sets:subtract(S, sets:from_list(lists:seq(K, K + 5)));

step(queue, Op, K, Q) when Op < 4 -> queue:in(K, Q);
step(queue, 4, K, Q) -> queue:in_r(K, Q);
step(queue, 5, _, Q) -> element(2, queue:out(Q));
step(queue, 6, _, Q) -> element(2, queue:out_r(Q));
step(queue, 7, K, Q) -> queue:delete(K, Q);
step(queue, 8, K, Q) -> queue:filter(fun(X) -> X rem 5 =/= K rem 5 end, Q);
step(queue, 9, K, Q) -> {A, B} = queue:split(K rem (queue:len(Q) + 1), Q), queue:join(B, A).
''', r'''gb_trees 99 3017281098
gb_trees 199 1292043409
gb_trees 299 4137423577
gb_trees 399 3342965390
gb_trees 499 528157644
gb_trees 599 3204719701
gb_trees 699 1269389984
gb_trees 799 303581123
gb_trees 899 3421624118
gb_trees 999 2200568690
gb_trees 1099 2051766066
gb_trees 1199 1401668603
gb_trees 1299 4033801194
gb_trees 1399 3732162433
gb_trees 1499 25383325
gb_trees 1599 2465605402
gb_trees 1699 3110153749
gb_trees 1799 461025656
gb_trees 1899 3674585169
gb_trees 1999 1181626976
gb_trees 2099 3898484778
gb_trees 2199 4094495640
gb_trees 2299 3194379680
gb_trees 2399 92126475
gb_trees 2499 2145704642
gb_trees 2599 4278332309
gb_trees 2699 624502032
gb_trees 2799 893040989
gb_trees 2899 899530052
gb_trees 2999 1365554872
gb_trees final 1365554872
gb_sets 99 29869793
gb_sets 199 2583633891
gb_sets 299 2352365660
gb_sets 399 1338202894
gb_sets 499 2196159625
gb_sets 599 4089479531
gb_sets 699 3976727342
gb_sets 799 3682454653
gb_sets 899 2087717182
gb_sets 999 1894973353
gb_sets 1099 3724754519
gb_sets 1199 2170063873
gb_sets 1299 3322257270
gb_sets 1399 2425636846
gb_sets 1499 2349355033
gb_sets 1599 1087203795
gb_sets 1699 1678596240
gb_sets 1799 1132613134
gb_sets 1899 1818128912
gb_sets 1999 3400615483
gb_sets 2099 2930951149
gb_sets 2199 3762429898
gb_sets 2299 1195057672
gb_sets 2399 3669239262
gb_sets 2499 1890092755
gb_sets 2599 284511188
gb_sets 2699 2847153425
gb_sets 2799 616403959
gb_sets 2899 2160541726
gb_sets 2999 341297149
gb_sets final 341297149
array 99 3649194928
array 199 143975105
array 299 563183262
array 399 3810692366
array 499 414966602
array 599 4023185042
array 699 402354561
array 799 2857276619
array 899 2110166488
array 999 3850072965
array 1099 522548352
array 1199 428158075
array 1299 3047001994
array 1399 1197757187
array 1499 2143470084
array 1599 24272799
array 1699 755922957
array 1799 700830008
array 1899 1084509324
array 1999 3281530705
array 2099 3687744398
array 2199 2172537923
array 2299 221797141
array 2399 1130972442
array 2499 2146042808
array final 2146042808
orddict 99 212041234
orddict 199 4171215019
orddict 299 3132333745
orddict 399 3084944737
orddict 499 2949976586
orddict 599 288348378
orddict 699 1945284925
orddict 799 1273339296
orddict 899 3565335888
orddict 999 3866626119
orddict 1099 1686494607
orddict 1199 3056665929
orddict 1299 763683743
orddict 1399 3035013336
orddict 1499 1505594482
orddict 1599 611295388
orddict 1699 381182586
orddict 1799 194162179
orddict 1899 177629734
orddict 1999 2501744537
orddict final 2501744537
ordsets 99 3785332329
ordsets 199 3353008550
ordsets 299 2327940189
ordsets 399 676614309
ordsets 499 190322448
ordsets 599 2327940189
ordsets 699 2327940189
ordsets 799 2327940189
ordsets 899 2133613480
ordsets 999 2327940189
ordsets 1099 2327940189
ordsets 1199 2972818345
ordsets 1299 2327940189
ordsets 1399 2327940189
ordsets 1499 2327940189
ordsets 1599 2190619908
ordsets 1699 909640338
ordsets 1799 152000976
ordsets 1899 2327940189
ordsets 1999 2327940189
ordsets final 2327940189
dict 99 4106456433
dict 199 789245707
dict 299 2684192739
dict 399 3611774334
dict 499 3554151265
dict 599 3074229728
dict 699 837564798
dict 799 2159764047
dict 899 100021650
dict 999 4100015508
dict 1099 1029891858
dict 1199 2789216932
dict 1299 2082811351
dict 1399 757945765
dict 1499 1471765601
dict 1599 1398143813
dict 1699 1103202409
dict 1799 1717294801
dict 1899 481162134
dict 1999 4180332565
dict 2099 1847021523
dict 2199 221673820
dict 2299 3379576558
dict 2399 1076434394
dict 2499 2624791258
dict final 2624791258
sets 99 1531453868
sets 199 1192672148
sets 299 1139070644
sets 399 4055066165
sets 499 2423561565
sets 599 3195743930
sets 699 1907599956
sets 799 4087943211
sets 899 3354175485
sets 999 3848562233
sets 1099 3752337333
sets 1199 1318716895
sets 1299 3144184887
sets 1399 1664121070
sets 1499 1635684486
sets 1599 876454867
sets 1699 2289452788
sets 1799 969288473
sets 1899 490499063
sets 1999 3009602332
sets 2099 3513693494
sets 2199 1122557785
sets 2299 4290961957
sets 2399 972792330
sets 2499 1369263200
sets final 1369263200
queue 99 3098569421
queue 199 3350869645
queue 299 2933432582
queue 399 2358085816
queue 499 909248031
queue 599 2959704624
queue 699 1231276012
queue 799 3548181623
queue 899 3017230045
queue 999 1946962467
queue 1099 4225731026
queue 1199 1766712396
queue 1299 2644359359
queue 1399 3710346558
queue 1499 1778024849
queue 1599 3835732049
queue 1699 2214799380
queue 1799 1733131014
queue 1899 1857852644
queue 1999 2586981678
queue 2099 3864552242
queue 2199 3396381239
queue 2299 1676275963
queue 2399 3353424622
queue 2499 3797777474
queue final 3797777474
''')


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    # One compile cache for the module: the stdlib .erl files compile once.
    return tmp_path_factory.mktemp("beamish-cache")


@pytest.mark.parametrize("name", list(PROGRAMS))
def test_program_matches_otp(name, tmp_path, cache_dir):
    source, expected = PROGRAMS[name]
    path = tmp_path / f"{name}.erl"
    path.write_text(source)
    env = dict(os.environ, PYTHONPATH=str(ROOT), BEAMISH_CACHE_DIR=str(cache_dir))
    result = subprocess.run([sys.executable, "-m", "beamish", "run", str(path)],
                            capture_output=True, timeout=300, env=env)
    assert result.stderr.decode() == ""
    assert result.stdout.decode() == expected
    assert result.returncode == 0
