#!/usr/bin/env escript
-module(badarith).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {add(id(1), id(a))}.

add(X, Y) ->
    X + Y.
