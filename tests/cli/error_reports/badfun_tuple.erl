#!/usr/bin/env escript
-module(badfun_tuple).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    F = id({not_a, fun_at_all}),
    F(1, 2).
