#!/usr/bin/env escript
-module(throw_nested).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {f(id(1))}.

f(X) ->
    {g(X)}.

g(X) when X > 0 ->
    throw({not_found, X});
g(X) ->
    X.
