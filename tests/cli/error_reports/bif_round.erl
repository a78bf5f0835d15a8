#!/usr/bin/env escript
-module(bif_round).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {round(id(a))}.
