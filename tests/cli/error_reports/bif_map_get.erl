#!/usr/bin/env escript
-module(bif_map_get).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {map_get(k, id(#{a => 1}))}.
