#!/usr/bin/env escript
-module(bif_whereis).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {whereis(id(1))}.
