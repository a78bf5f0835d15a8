#!/usr/bin/env escript
-module(badarith_literal_operand).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {add(1, id(a))}.

add(X, Y) ->
    X + Y.
