#!/usr/bin/env escript
-module(eval_cases).
-export([main/1]).
-mode(compile).
%% erl_eval:exprs/2 on parsed text, against OTP 25. An exception prints as
%% {Class, Reason, TopFrame}, TopFrame being the first frame outside the
%% interpreter's own modules (OTP's interpreter frames are not reproduced).

parse(S) ->
    {ok, T, _} = erl_scan:string(S),
    {ok, E} = erl_parse:parse_exprs(T),
    E.

ev(S) -> ev(S, erl_eval:new_bindings()).

ev(S, Bs) ->
    R = try erl_eval:exprs(parse(S), Bs) catch C:Rs:St -> {C, Rs, top(St)} end,
    io:format("~s~n~p~n", [S, R]).

top([{erl_eval, _, _, _} | _]) -> [];
top([{escript, _, _, _} | _]) -> [];
top([{M, _, _, _} | _]) when M =:= eval_bits; M =:= erl_eval_bits; M =:= prim_eval -> [];
top([{?MODULE, F, A, _} | _]) -> [{this_module, F, A}];
top([{M, F, A, _} | _]) -> [{M, F, A}];
top(_) -> [].

main(_) ->
    io:format("~p~n", [erl_eval:new_bindings()]),
    B = erl_eval:add_binding('X', 1, erl_eval:new_bindings()),
    io:format("~p ~p ~p~n", [B, erl_eval:binding('X', B), erl_eval:binding('Y', B)]),
    io:format("~p~n", [erl_eval:bindings(erl_eval:add_binding('A', 2, B))]),
    io:format("~p~n", [erl_eval:del_binding('X', B)]),
    lists:foreach(fun ev/1, [
        "X.", "1 = 2.", "X = 1, Y = X + 1, {X, Y}.", "1 + a.", "foo:bar().", "f().", "case 3 of 1 -> a end.",
        "if false -> a end.", "F = fun(X) -> X * 2 end, F(3).", "F = fun(X) -> X * 2 end, F(3, 4).",
        "(fun(X) -> X end)(1, 2).", "F = fun(1) -> a end, F(2).", "F = fun(X) -> X end, F.", "throw(x).",
        "exit(y).", "error(z).", "[X*2 || X <- [1,2,3], X > 1].", "<< <<X:4>> || <<X:8>> <= <<1,2>> >>.",
        "try 1/0 catch error:R -> R end.", "element(1, catch 1/0).", "lists:seq(1,3).", "X = 3, X = 4.",
        "erlang:length(a).", "length(a).", "#{a := 1} = #{a => 2}.", "M = #{a => 1}, M#{a := 2, b => 3}.",
        "M = #{a => 1}, M#{b := 2}.", "<<A:8, B/binary>> = <<1,2,3>>, {A, B}.",
        "X = 1, fun() -> X end().", "F = fun Fact(0) -> 1; Fact(N) -> N * Fact(N-1) end, F(5).", "a ! b.",
        "self() ! hi, receive M -> M end.", "receive M -> M after 0 -> t end.", "{1,2} = {1,2,3}.",
        "[H|T] = [].", "begin 1, 2 end.", "X = 1, case X of 1 -> Y = 2; _ -> Y = 3 end, Y.", "true andalso 1.",
        "1 andalso true.", "false orelse 2.", "3 orelse true.", "F = fun lists:reverse/1, F([1,2]).",
        "fun erlang:abs/1.", "fun(X) -> X end.", "fun F() -> F end.", "fun(A, B, C) -> ok end.",
        "X = 1, F = fun(Y) -> X + Y end, erlang:fun_info(F, arity).", "element(5, {a}).",
        "apply(fun(X)->X end, [1]).", "lists:map(fun(X) -> X + 1 end, [1,2]).", "A = 1, A.", "'X'.",
        "[1|2] ++ [3].", "1 div 0.", "#r{}.", "X = 1, X + Y.", "{X, X} = {1, 2}.", "f = 1.",
        "case {1,2} of {A, A} -> same; {A, B} -> B end.", "[X || {X, 1} <- [{a,1},{b,2},{c,1}]].",
        "<<1:3, X/bitstring>> = <<2#00111111>>, X.", "<<\"abc\", 1.5/float, 300:16/little>>.",
        "X = <<\"ab\">>, <<X/binary, \"c\">>.", "<<X:16/signed>> = <<255, 254>>, X.",
        "<<Sz:8, Data:Sz/binary, Rest/binary>> = <<2, 1, 2, 3>>, {Data, Rest}.",
        "fun f/1.", "X = 5, F = fun(X) -> X * 2 end, {F(3), X}.", "X = 5, [X || X <- [1,2]].",
        "try throw(x) catch Y -> {caught, Y} end.", "try error(x) catch Y -> {caught, Y} end.",
        "try 1 of 2 -> a catch _ -> b end.", "#{K := V} = #{a => 1}.", "\"ab\" ++ R = \"abc\", R.",
        "[a, b | T] = [a, b, c], T.", "X = 1, X = 1.0.", "<<\"ab\", R/binary>> = <<\"abc\">>, R.",
        "[X || <<X:4>> <= <<16#12, 16#34>>].", "[{X, Y} || X <- [1,2], Y <- [a,b]].", "[X || X <- a].",
        "[X || X <- [1], 3].", "[X || X <- [1], begin 3 end].", "erlang:apply(lists, reverse, [[1,2]]).",
        "case 1 of X when X > 0, is_integer(X) -> pos; _ -> neg end.", "case a of X when X > 0; is_atom(X) -> yes end.",
        "if 1 / 0 -> a; true -> b end.", "-(3) + (+2) - (bnot 1).", "not 1.",
        "X = <<1:1, 0:7>>, <<Y:1, _:7>> = X, Y.", "<<X/utf8, Rest/binary>> = <<\"é!\"/utf8>>, {X, Rest}.",
        "<<1:8/little-signed-integer-unit:1>>.", "<<X:8/float>> = <<1>>.", "<<1.5:32/float>>.",
        "<<(-1):16/signed-little>>.", "B = <<1,2,3>>, <<H:2/binary, _/binary>> = B, H.", "<<a>>.",
        "maps:get(a, #{}).", "M = #{a => 1}, #{a := A} = M, A.", "catch throw(x).", "catch exit(x).",
        "X = 2, fun(Y) when Y > X -> big; (_) -> small end(3).",
        "F = fun(A,B,C,D,E,F,G,H,I,J,K,L) -> A+B+C+D+E+F+G+H+I+J+K+L end, apply(F, lists:seq(1,12)).",
        "try error(a) catch error:a -> try throw(b) catch b -> c end end.",
        "(fun() -> try exit(z) catch exit:Z:St -> {Z, is_list(St)} end end)().", "try ok after self() ! after_ran end, receive after_ran -> yes end.",
        "try error(oops) catch throw:_ -> no end.", "{X, Y} = {1, 2}, [Y, X].", "L = [3,1,2], lists:sort(L).",
        "lists:foldl(fun(X, Acc) -> X + Acc end, 0, lists:seq(1, 100)).",
        "Fib = fun F(0) -> 0; F(1) -> 1; F(N) -> F(N-1) + F(N-2) end, Fib(12).",
        "M = #{1 => a, 2 => b}, maps:to_list(M).", "S = \"hello\", [C - 32 || C <- S].",
        "<< <<(C - 32)>> || <<C>> <= <<\"abc\">> >>.", "is_function(fun(_) -> ok end, 1).",
        "case [1,2,3] of [_, Second | _] -> Second end.", "{ok, V} = {ok, 42}, V.", "X = {a, b}, element(2, X).",
        "receive after 1 -> timeout end.", "receive after foo -> done end.",
        "(fun() -> Self = self(), spawn(fun() -> Self ! {from_child, 7} end), receive {from_child, N} -> N after 5000 -> none end end)().",
        "self() ! a, self() ! b, self() ! {c, 1}, receive {c, X} -> X end.",
        "receive b -> got_b after 100 -> none end.", "receive Any -> Any after 100 -> none end.",
        "receive zzz -> z after 20 -> timeout end.",
        "Loop = fun L(0, Acc) -> Acc; L(N, Acc) -> L(N - 1, Acc + N) end, Loop(1000, 0).",
        "self() ! before_check, Unbound.", "receive before_check -> ran after 0 -> did_not_run end.",
        "X = 1, #r{a = X}.", "fun(A) -> B end.", "[Q || _ <- [1]].",
        "F = fun G(0) -> 0; G(N) -> G(N - 1) end, F(3).",
        "fun(A1,A2,A3,A4,A5,A6,A7,A8,A9,A10,A11,A12,A13,A14,A15,A16,A17,A18,A19,A20) -> A20 end."
    ]),
    ev("1 + X.", [{'X', 2}]),
    ev("X + Y.", #{'X' => 1, 'Y' => 2}),
    ev("Z = X * 2.", [{'W', w}, {'X', 5}]),
    io:format("~p~n", [erl_eval:expr(hd(parse("1 + 2.")), [], none, none, value)]),
    io:format("~p~n", [erl_eval:expr(hd(parse("X + 2.")), [{'X', 1}])]),
    io:format("~p~n", [erl_eval:expr_list(parse("X = 1, Y = 2."), [])]),
    {'EXIT', {ExprListError, _}} = (catch erl_eval:expr_list(parse("X = 1, Y."), [])),
    io:format("~p~n", [ExprListError]),
    {'EXIT', {ExprError, _}} = (catch erl_eval:expr(hd(parse("{self() ! side, Q}.")), [])),
    io:format("~p ~p~n", [ExprError, receive side -> side_effect after 0 -> no_side_effect end]),
    io:format("~p~n", [erl_eval:check_command(parse("A = 1, B + A, #r{}."), [])]),
    io:format("~p~n", [erl_eval:check_command(parse("A = 1, #r{}, B + A."), [{'B', 1}])]),
    io:format("~p~n", [erl_eval:match_clause(element(4, hd(parse("case 1 of 1 -> a end."))), [1], [], none)]),
    Consts = ["a.", "1 + 2.", "1.5 * 2.", "-3.", "1 / 0.", "X + 1.", "a + 1.", "not true.", "\"s\".", "$a.",
              "1 > 2.", "[1]."],
    [begin [E] = parse(S), io:format("~s ~p ~p~n", [S, erl_eval:is_constant_expr(E), erl_eval:partial_eval(E)]) end
     || S <- Consts],
    {value, G, _} = erl_eval:exprs(parse("fun(X) -> {got, X} end."), []),
    io:format("~p ~p ~p~n", [G(1), lists:map(G, [a, b]), erlang:fun_info(G, arity)]),
    {value, H, _} = erl_eval:exprs(parse("fun Me(0) -> done; Me(N) -> Me(N - 1) end."), []),
    io:format("~p ~p~n", [H(5), H]),
    ok.
