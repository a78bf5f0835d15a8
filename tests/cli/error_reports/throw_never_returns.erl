#!/usr/bin/env escript
-module(throw_never_returns).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {f(id(1))}.

f(X) ->
    throw({not_found, X}).
