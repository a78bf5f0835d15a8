#!/usr/bin/env escript
-module(std_maps_keys).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {maps:keys(id(a))}.
