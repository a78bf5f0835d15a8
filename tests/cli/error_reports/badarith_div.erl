#!/usr/bin/env escript
-module(badarith_div).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {id(7) div id(0)}.
