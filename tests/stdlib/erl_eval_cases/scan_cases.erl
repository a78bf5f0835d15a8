#!/usr/bin/env escript
-module(scan_cases).
-export([main/1]).
-mode(compile).
%% erl_scan:string/1,2,3 and tokens/3 against OTP 25.

main(_) ->
    Texts = ["foo(X, 1.5) + $a - \"s\\n\" . ", "a ?? b ?= c", "\"abc", "'ab\\", "x = 1_0 # 2#1 16#fz.",
             "$", "1.0e", "a. b", "f(", "36#z 37#1", "\x{100}", "X = 'a b'", "1.", "a.b",
             "case X of\n  {ok, V} -> V;\n  _ -> 'default' % comment\nend.",
             "<<1:8/integer-unit:1>> =/= #{k => [1|T]} ++ \"x\" -- [] .. ... :: := => <=",
             "fun M:F/2 begin after andalso orelse bnot div rem receive try catch when end",
             "1.0e10 2.5E-3 16#FF 2#1010 $\\x{41} $\\n $\\^A $ ", "'\\x{263A}' \"\\e\\d\\s\"",
             "_Var Var_2 _ Ørsted ß", "12345678901234567890123 0.1",
             "a\tb\n\n  c", "1.e5", "\"tab\\tend\" 'q\\'s'", ""],
    [io:format("~p~n~p~n~p~n", [erl_scan:string(S), erl_scan:string(S, {3,5}),
                                erl_scan:string(S, 7, [])]) || S <- Texts],
    io:format("~p~n", [erl_scan:tokens([], "a. b.", 1)]),
    {more, C} = erl_scan:tokens([], "a", 1),
    io:format("~p~n", [erl_scan:tokens(C, eof, 1)]),
    {more, C2} = erl_scan:tokens([], "f(\"ab", 1),
    io:format("~p~n", [erl_scan:tokens(C2, "c\"). rest", 1)]),
    {more, C3} = erl_scan:tokens([], "x.", {2, 3}),
    io:format("~p~n", [erl_scan:tokens(C3, "\ny.", {2, 3})]),
    io:format("~p~n", [erl_scan:tokens([], eof, 1)]),
    io:format("~p~n", [erl_scan:tokens([], "a \x{100} b. c.", 1)]),
    io:format("~p~n", [erl_scan:tokens([], "a 36#z 37#1 b. c.", 1)]),
    {more, C4} = erl_scan:tokens([], "\"ab", 1),
    io:format("~p~n", [erl_scan:tokens(C4, eof, 1)]),
    {more, C5} = erl_scan:tokens([], "  ", 1),
    io:format("~p~n", [erl_scan:tokens(C5, eof, 1)]),
    io:format("~p~n", [[erl_scan:reserved_word(W) || W <- ['case', 'end', foo, 'maybe', 'cond', 'let']]]),
    io:format("~s~n", [erl_scan:format_error({string, $", "abc"})]),
    io:format("~s~n", [erl_scan:format_error({string, $', "a'b"})]),
    io:format("~s~n", [erl_scan:format_error({illegal, float})]),
    io:format("~s~n", [erl_scan:format_error({base, 99})]),
    io:format("~s~n", [erl_scan:format_error(char)]),
    {ok, [T1, T2 | _], _} = erl_scan:string("foo 'X'", {4, 2}),
    io:format("~p~n", [[erl_scan:category(T1), erl_scan:symbol(T1), erl_scan:location(T2),
                        erl_scan:line(T2), erl_scan:column(T2)]]),
    ok.
