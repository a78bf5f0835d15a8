#!/usr/bin/env escript
-module(format_warning).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p ~p~n", [one, two]),
    catch io:format("~s~n", ["x", "y"]),
    io:format("done~n").
