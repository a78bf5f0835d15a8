#!/usr/bin/env escript
-module(catch_and_error).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    R = (catch f(id(0))),
    error({caught, R}).

f(X) when X < 1 ->
    exit({gone, X});
f(X) ->
    X.
