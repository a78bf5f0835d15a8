#!/usr/bin/env escript
-module(warning_compile_mode).
-mode(compile).
-export([main/1]).
main(_) -> X = 1, io:format("hi ~p~n", [2]).
