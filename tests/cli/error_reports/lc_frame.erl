#!/usr/bin/env escript
-module(lc_frame).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {[X + Y || {X, Y} <- id([{1, 2}, {a, 2}])]}.
