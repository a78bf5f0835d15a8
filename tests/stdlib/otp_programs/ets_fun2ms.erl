%% Recorded: `escript ets_fun2ms.erl > ets_fun2ms.out` on Erlang/OTP 25 (erts 13.1.5).
-module(ets_fun2ms).
-export([main/1]).
-mode(compile).
-include_lib("stdlib/include/ms_transform.hrl").
-record(r, {a, b = 2, c}).

%% Match specs written by hand and by ets:fun2ms (the parse transform), and
%% run by ets:select/match; invalid specs fail with badarg.
e(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    specs(),
    transformed(),
    ok.

specs() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, a, x}, {2, b, y}, {3, c, z}, {4, 5, w}]),
    io:format("~p~n", [ets:match(T, {'$2', '$1', '_'})]),
    io:format("~p~n", [ets:match(T, {'_', '_', '_'})]),
    io:format("~p~n", [ets:select(T, [{{'$1', '$2', '_'}, [], [{'+', '$2', 1}]}])]),
    io:format("~p~n", [ets:select(T, [{{'$1', '$2', '_'}, [{is_integer, '$2'}], ['$$']}, {{'$1', a, '_'}, [], [first]}])]),
    io:format("~p~n", [ets:select(T, [{{'$1', '$2', '_'}, [{'>', {element, 1, {{'$1'}}}, 2}], [{const, {'$1'}}]}])]),
    io:format("~p~n", [ets:select(T, [{'$1', [], [['$1', 1 | '$1']]}])]),
    io:format("~p~n", [ets:select(T, [{'_', [], ['$_', '$*']}])]),
    io:format("~p~n", [ets:select(T, [{{'$1','_','_'}, [{'orelse', {'==', '$1', 1}, {'==', '$1', 4}}], [{{'$1', {self}}}]}]) == [{1, self()}, {4, self()}]]),
    io:format("~p~n", [[e(fun() -> ets:select(T, MS) end) || MS <- [foo, [foo], [{a, b, c}], [{'_', [], []}], [{'_', [], ['$1']}], [{'_', [{foo, 1}], [true]}], [{'_', [], [{foo}]}], [{'_', [], [{{1,2}}]}], [{{'$1','$2','_'}, [{is_atom,'$9'}], [true]}], [], [{'$1', foo, [true]}]]]]),
    io:format("~p~n", [ets:select(T, [])]),
    io:format("~p~n", [ets:fun2ms(fun({A, B, _}) when A > 1, is_atom(B) -> {B, A} end)]),
    io:format("~p~n", [ets:fun2ms(fun(X) -> X end)]),
    io:format("~p~n", [ets:fun2ms(fun({A, _, _} = X) -> {X, A} end)]),
    io:format("~p~n", [ets:fun2ms(fun({A, B, _}) when A > 1; B == a -> [A | B] end)]),
    io:format("~p~n", [ets:fun2ms(fun({A, B, _}) when A > 1 -> A; ({A, B, _}) -> B end)]),
    Y = 42,
    io:format("~p~n", [ets:fun2ms(fun({A, B, C}) when A > Y -> {ok, Y, [C], A + 1, '$1', object(), bindings()} end)]),
    io:format("~p~n", [ets:fun2ms(fun({A, B, _}) -> A andalso (B orelse not A), element(1, A), self() end)]),
    io:format("~p~n", [ets:fun2ms(fun(#r{a = A, c = 3}) -> A end)]),
    io:format("~p~n", [ets:fun2ms(fun({A, "ab", <<"x">>, 1.5, [a | _]}) -> A end)]),
    io:format("~p~n", [ets:fun2ms(fun({A, B}) when is_tuple(A), element(1, A) =:= B, A =/= {B}, abs(B) > 2 -> ok end)]),
    io:format("~p~n", [ets:fun2ms(fun({A, B}) -> #{A => B} end)]),
    io:format("~p~n", [ets:select(T, ets:fun2ms(fun({K, V, _}) when is_atom(V) -> K * 10 end))]).

transformed() ->
    io:format("~p~n", [ets:fun2ms(fun({A, B}) when A > -1, B =:= -2.5 -> {-A, -3, +4, not B, bnot A} end)]),
    io:format("~p~n", [ets:fun2ms(fun({A, _B, _}) -> _B end)]),
    io:format("~p~n", [ets:fun2ms(fun(#r{a = A} = R) when is_record(R, r) -> R#r.b end)]),
    io:format("~p~n", [ets:fun2ms(fun(#r{a = A, _ = x}) -> #r{a = A} end)]),
    io:format("~p~n", [ets:fun2ms(fun({A, B}) when erlang:is_atom(A) -> erlang:element(1, B) end)]),
    io:format("~p~n", [ets:fun2ms(fun({A, B}) -> A; (_) -> nope end)]),
    io:format("~p~n", [ets:fun2ms(fun(_) -> true end)]),
    io:format("~p~n", [ets:fun2ms(fun({A, <<"b">>}) -> <<"c">> end)]),
    io:format("~p~n", [ets:fun2ms(fun({A, {B, [C | D]}}) when A =:= B; C == D -> {A, [B, C], D, "s", $a} end)]).
