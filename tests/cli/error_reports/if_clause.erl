#!/usr/bin/env escript
-module(if_clause).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    X = id(3),
    if
        X > 5 -> big;
        X < 0 -> negative
    end.
