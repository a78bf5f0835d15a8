#!/usr/bin/env escript
-module(std_maps_put).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {maps:put(k, v, id(a))}.
