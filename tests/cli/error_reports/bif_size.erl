#!/usr/bin/env escript
-module(bif_size).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {size(id(a))}.
