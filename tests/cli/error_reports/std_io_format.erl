#!/usr/bin/env escript
-module(std_io_format).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {io:format(id("~p~n"), [])}.
