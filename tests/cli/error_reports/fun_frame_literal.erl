#!/usr/bin/env escript
-module(fun_frame_literal).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    F = fun(X) -> X + 1 end,
    {F(id(a))}.
