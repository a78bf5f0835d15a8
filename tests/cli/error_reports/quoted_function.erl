#!/usr/bin/env escript
-module(quoted_function).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {'my func'(id(7))}.

'my func'(X) ->
    {element(X, {})}.
