#!/usr/bin/env escript
-module(badarith_long_right).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {id(3) * id(lists:seq(1, 40))}.
