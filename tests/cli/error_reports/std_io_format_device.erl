#!/usr/bin/env escript
-module(std_io_format_device).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {io:format(standard_io, id("~p ~p"), [x])}.
