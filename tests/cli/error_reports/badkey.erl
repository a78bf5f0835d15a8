#!/usr/bin/env escript
-module(badkey).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    M = id(#{a => 1}),
    {M#{k := 1}}.
