#!/usr/bin/env escript
-module(fun_frame).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    F = fun(X, Y) -> X + Y end,
    {F(id(1), id(a))}.
