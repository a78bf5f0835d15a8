#!/usr/bin/env escript
-module(consult_cases).
-export([main/1]).
-mode(compile).
%% file:consult/1, path_consult/2, script/1,2, eval/1,2 and the path_
%% variants, against OTP 25. Run from the directory holding consult/.

main(_) ->
    Files = ["ok.txt", "noend.txt", "var.txt", "syntax.txt", "scan.txt", "empty.txt", "two.txt",
             "missing.txt", "expr.txt", "nodot.txt", "utf8.txt", "latin1.txt", "latin1_comment.txt"],
    [io:format("~s ~p~n", [F, file:consult("consult/" ++ F)]) || F <- Files],
    io:format("~p~n", [file:consult(<<"consult/ok.txt">>)]),
    io:format("~p~n", [file:consult('consult/two.txt')]),
    io:format("~p~n", [file:path_consult(["nonexist", "consult"], "two.txt")]),
    io:format("~p~n", [file:path_consult(["nonexist"], "two.txt")]),
    io:format("~p~n", [file:path_consult(["consult"], "var.txt")]),
    io:format("~p~n", [file:script("consult/script.txt")]),
    io:format("~p~n", [file:script("consult/script_bad.txt")]),
    io:format("~p~n", [file:script("consult/script_bind.txt", [{'Y', 41}])]),
    io:format("~p~n", [file:script("consult/script_multi.txt")]),
    io:format("~p~n", [file:script("consult/missing.txt")]),
    io:format("~p~n", [file:script("consult/empty.txt")]),
    io:format("~p~n", [file:script("consult/expr.txt")]),
    io:format("~p~n", [file:script("consult/scan.txt")]),
    io:format("~p~n", [file:eval("consult/script.txt")]),
    io:format("~p~n", [file:eval("consult/script_bind.txt", [{'Y', 1}])]),
    io:format("~p~n", [file:path_script(["consult"], "script.txt")]),
    io:format("~p~n", [file:path_script(["nonexist"], "script.txt")]),
    io:format("~p~n", [file:path_eval(["consult"], "script.txt")]),
    {error, {L1, file, {C1, R1, _}}} = file:script("consult/script_bind.txt"),
    io:format("~p~n", [{L1, C1, R1}]),
    {error, {L2, file, {C2, R2, _}}} = file:script("consult/script_raise.txt"),
    io:format("~p~n", [{L2, C2, R2}]),
    ok.
