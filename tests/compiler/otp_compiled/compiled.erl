-module(compiled).
-export([main/1, first/0, second/1]).

%% What erlc-compiled code shows that eunit's reports depend on: fun names
%% (numbered as OTP's compiler numbers them), funs applied in place, the
%% arity of fun frames, -file, and module_info.

main(_) ->
    Funs = [fun() -> (fun() -> 1 end)() end, fun() -> 2 end,
            {"t", fun() -> (fun() -> 1 end)() end}, fun() -> ok end],
    io:format("~p~n", [[name(F) || F <- flat(Funs)]]),
    A = fun() -> 1 end,
    B = fun(X) -> {X, A} end,
    io:format("~p~n", [[name(F) || F <- [A, B]]]),
    io:format("~p~n", [{name(element(1, pair())), name(element(2, pair()))}]),
    io:format("~p~n", [name(hd(element(2, nested())))]),
    io:format("~p~n", [trace(fun() -> inline_error(7) end)]),
    io:format("~p~n", [trace(fun() -> captured(5) end, 1)]),
    io:format("~p~n", [trace(fun() -> relocated() end)]),
    io:format("~p~n", [?MODULE:module_info(exports)]),
    io:format("~p~n", [lists:keyfind(module, 1, ?MODULE:module_info())]),
    Y = 10,
    io:format("~p~n", [(fun() -> Z = Y + 1, Z * 2 end)()]).

flat([{_, F} | Rest]) -> [F | flat(Rest)];
flat([F | Rest]) -> [F | flat(Rest)];
flat([]) -> [].

name(F) -> element(2, erlang:fun_info(F, name)).

pair() -> {fun() -> a end, fun() -> b end}.

nested() -> {fun() -> [fun() -> x end] end, [fun() -> y end]}.

trace(F) -> trace(F, 2).

trace(F, Frames) ->
    try F() of
        V -> {returned, V}
    catch
        C:R:S -> {C, R, lists:sublist(S, Frames)}
    end.

inline_error(N) -> (fun() -> erlang:error({inline, N}) end)().

captured(N) ->
    F = fun() -> erlang:error({captured, N}) end,
    [call(F)].

call(F) -> [F()].

first() -> ok.

-file("elsewhere.erl", 100).
relocated() ->
    [second(1)].

second(X) when X > 0 -> erlang:error({relocated, X});
second(X) -> X.
