#!/usr/bin/env escript
-module(deep_recursion).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {f(id(12))}.

f(0) ->
    {element(id(0), id({}))};
f(N) ->
    {f(N - 1)}.
