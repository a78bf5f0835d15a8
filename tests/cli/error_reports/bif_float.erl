#!/usr/bin/env escript
-module(bif_float).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {float(id("1"))}.
