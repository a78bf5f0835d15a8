#!/usr/bin/env escript
-module(bif_map_size).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {map_size(id(a))}.
