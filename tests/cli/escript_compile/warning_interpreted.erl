#!/usr/bin/env escript
-module(warning_interpreted).
-export([main/1]).
main(_) -> X = 1, io:format("hi ~p~n", [2]).
