#!/usr/bin/env escript
-module(std_maps_map_iter).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {maps:map(id(x), id(a))}.
