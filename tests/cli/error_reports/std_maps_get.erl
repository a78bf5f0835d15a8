#!/usr/bin/env escript
-module(std_maps_get).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {maps:get(k, id(#{a => 1}))}.
