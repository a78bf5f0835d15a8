#!/usr/bin/env escript
-module(badarith_unary).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {-id(a)}.
