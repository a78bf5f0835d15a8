#!/usr/bin/env escript
-module(std_maps_find).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {maps:find(k, id([]))}.
