#!/usr/bin/env escript
-module(parse_cases).
-export([main/1]).
-mode(compile).
%% erl_parse:parse_exprs/1, parse_term/1, parse_form/1, abstract/1,2,
%% normalise/1 and format_error/1 against OTP 25.

main(_) ->
    Exprs = ["f(X) + 1.", "lists:map(fun(X) -> X end, [1,2]).", "[1,\n2|T].", "\"ab\" \"cd\".", "$a.", "-1.", "fun f/1.", "fun m:f/1.",
             "fun F(0) -> 1; F(N) -> N end.", "if X > 1, Y -> a; true -> b end.", "case X of {a,B} when B > 0 -> B; _ -> c end.",
             "try f() of X -> X catch E:R:S -> E; throw:Z -> Z after ok end.", "receive X -> X after 10 -> t end.",
             "receive X -> X end.", "catch f().", "begin a, b end.", "[X || X <- L, X > 1].", "<< <<X>> || <<X>> <= B >>.",
             "<<1, X:8/integer-unit:8, \"ab\"/binary>>.", "#{a => 1, b := 2}.", "M#{a => 1}.", "#r{a=1}.", "X#r.a.", "#r.a.",
             "X = Y ! Z.", "not a andalso b orelse c.", "a:b.", "f(.", "f() f().", "1", "x.y.",
             "fun(X) when X > 0; X < -5 -> ok end.", "A = <<X:(N+1)>>.", "try a catch _ -> b end.", "-(1).", "- 1.5.", "+1.",
             "X + Y * Z - W / V div U rem T.", "A ++ B -- C.", "a =:= b =/= c.", "X == Y.", "A band B bor C bxor D bsl 1 bsr 2.",
             "F(1)(2).", "(fun() -> ok end)().", "M:F(A).", "{}.", "[].", "[a].", "{1, {2, [3]}}.", "X = Y = Z.",
             "<<\"abc\"/utf8, X/float-little, Y:4/unit:8-binary>>.", "#{}.", "#{a => b}#{c := d}.",
             "begin X = 1, Y = X + 1 end.", "fun() -> ok end.", "fun(_) -> a; (_) -> b end.",
             "try X catch error:{badmatch, _} when true -> bad end.", "[{X, Y} || X <- [1], Y <- \"ab\", X > Y].",
             "1.5e10.", "2#101.", "a, b, c.", "case x of _ -> end.", "foo(,).", "{a b}.", "'hello world'.", "X#{}."],
    [begin
         {ok, T, _} = erl_scan:string(S),
         io:format("~s~n~p~n~p~n", [S, erl_parse:parse_exprs(T), erl_parse:parse_term(T)]),
         {ok, T2, _} = erl_scan:string(S, {1, 1}),
         io:format("~p~n", [erl_parse:parse_exprs(T2)])
     end || S <- Exprs],
    Terms = [1, -5, 1.5, -2.5, foo, "abc", [1,2], [], [a|b], {a,[]}, #{a=>1}, <<"abc">>, <<1,2,200>>,
             <<>>, <<1:3>>, "a\x{100}", [$a,-1], [1000], $\n, self, {[], [[]], {{}}}, #{1 => [2], {k} => <<9>>}],
    [io:format("~p~n", [erl_parse:abstract(T)]) || T <- Terms],
    io:format("~p~n", [erl_parse:abstract({a,"b"}, 7)]),
    io:format("~p~n", [erl_parse:abstract({a,"b"}, [{line,7}])]),
    io:format("~p~n", [[erl_parse:normalise(erl_parse:abstract(T)) || T <- Terms]]),
    io:format("~p~n", [erl_parse:format_error(["syntax error before: ","'.'"])]),
    io:format("~p~n", [erl_parse:format_error("bad term")]),
    io:format("~p~n", [erl_parse:parse_exprs([])]),
    Forms = ["-module(m). ", "-export([f/1, g/0]). ", "f(X) when X > 1 -> X; f(_) -> ok. ",
             "-record(r, {a, b = 1}). ", "-foo({a, [1]}). ", "f() -> 1; g() -> 2. ",
             "-import(lists, [map/2]). ", "main(_) -> io:format(\"hi~n\"). ", "f(X) -> . ", "-bar(). "],
    [begin {ok, T, _} = erl_scan:string(F), io:format("~p~n", [erl_parse:parse_form(T)]) end || F <- Forms],
    TermTexts = ["#{a => [1, {b, <<\"x\">>}], 1.5 => -3}. ", "<<1, 2:16, \"a\", 3/integer>>. ", "{a, X}. ",
                 "a b. ", "a, b. ", "-(-(1)). ", "- a. ", "[a|b]. ", "fun lists:map/2. ", "<<1.5/float>>. ",
                 "\"\". ", "[$a, $b]. ", "{'A', \"B\", <<>>}. "],
    [begin {ok, T, _} = erl_scan:string(S), io:format("~p~n", [erl_parse:parse_term(T)]) end || S <- TermTexts],
    ok.
