#!/usr/bin/env escript
-module(bif_trunc).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {trunc(id(a))}.
