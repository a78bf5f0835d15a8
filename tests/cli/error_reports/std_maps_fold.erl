#!/usr/bin/env escript
-module(std_maps_fold).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {maps:fold(id(x), 0, #{})}.
