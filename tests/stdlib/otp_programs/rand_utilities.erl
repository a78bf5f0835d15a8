%% Recorded: `escript rand_utilities.erl > rand_utilities.out` on Erlang/OTP 25 (erts 13.1.5).
-module(rand_utilities).
-export([main/1]).
-mode(compile).

%% The generator building blocks rand exports: MWC59, SplitMix64, xorshift116+.
e(F) -> try F() catch C:R -> {C, R} end.

walk(0, _CX, Acc) -> lists:reverse(Acc);
walk(N, CX, Acc) -> CX1 = rand:mwc59(CX), walk(N - 1, CX1, [{rand:mwc59_value32(CX1), rand:mwc59_value(CX1), rand:mwc59_float(CX1)} | Acc]).

main(_) ->
    io:format("~p~n", [[rand:mwc59(X) || X <- [1, 12345, 1 bsl 50, (16#7fa6502 bsl 32) - 2]]]),
    io:format("~p~n", [[rand:mwc59_value32(X) || X <- [1, 12345, 1 bsl 50, 987654321987654321]]]),
    io:format("~p~n", [[rand:mwc59_value(X) || X <- [1, 12345, 1 bsl 50, 987654321987654321]]]),
    io:format("~p~n", [[rand:mwc59_float(X) || X <- [1, 12345, 1 bsl 50, 987654321987654321]]]),
    io:format("~p~n", [[rand:mwc59_seed(X) || X <- [0, 1, 12345, (1 bsl 58) - 1]]]),
    io:format("~p~n", [walk(20, rand:mwc59_seed(42), [])]),
    io:format("~p~n", [[rand:splitmix64_next(X) || X <- [0, 1, -1, 1 bsl 70]]]),
    io:format("~p~n", [[rand:exsp_next([1|2]), rand:exsp_jump([1|2]), rand:exsp_jump(element(2, rand:export_seed_s(rand:seed_s(exsp, 9))))]]),
    S = rand:mwc59_seed(),
    io:format("~p~n", [is_integer(S) andalso S >= 1 andalso S =< 1 bsl 58]),
    io:format("~p~n", [[rand:mwc59(0), e(fun() -> rand:mwc59_seed(-1) end), e(fun() -> rand:mwc59_seed(1 bsl 58) end),
                        e(fun() -> rand:mwc59_float(a) end), e(fun() -> rand:mwc59(a) end)]]),
    ok.
