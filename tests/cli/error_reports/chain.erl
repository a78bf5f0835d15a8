#!/usr/bin/env escript
-module(chain).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {f(id(1))}.

f(X) ->
    {g(X + 1)}.

g(X) ->
    {h(X * 2)}.

h(X) ->
    {element(X, {a})}.
