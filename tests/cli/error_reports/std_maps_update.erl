#!/usr/bin/env escript
-module(std_maps_update).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {maps:update(k, v, id(#{}))}.
