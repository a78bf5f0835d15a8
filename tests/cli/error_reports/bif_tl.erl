#!/usr/bin/env escript
-module(bif_tl).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {tl(id(a))}.
