#!/usr/bin/env escript
-module(std_maps_from_list).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {maps:from_list(id([a]))}.
