#!/usr/bin/env escript
-module(badmap).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    M = id(1),
    {M#{a => 1}}.
