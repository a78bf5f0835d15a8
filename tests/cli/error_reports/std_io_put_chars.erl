#!/usr/bin/env escript
-module(std_io_put_chars).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {io:put_chars(id([a]))}.
