#!/usr/bin/env escript
-module(std_io_format_types).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {io:format(id("~b ~s ~f~n"), [a, 1, 2.5])}.
