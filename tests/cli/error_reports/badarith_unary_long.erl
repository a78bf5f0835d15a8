#!/usr/bin/env escript
-module(badarith_unary_long).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {-id(lists:seq(1, 40))}.
