#!/usr/bin/env escript
-module(bif_is_map_key).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {is_map_key(k, id(a))}.
