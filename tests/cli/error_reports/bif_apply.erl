#!/usr/bin/env escript
-module(bif_apply).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {apply(id(1), f, [])}.
