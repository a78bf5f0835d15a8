#!/usr/bin/env escript
-module(bif_exit2).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {exit(id(a), kill)}.
