#!/usr/bin/env escript
-module(error_string).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {f(id(1))}.

f(X) when X > 0 ->
    error("oops\nsecond line");
f(X) ->
    X.
