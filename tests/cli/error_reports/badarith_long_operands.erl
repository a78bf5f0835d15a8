#!/usr/bin/env escript
-module(badarith_long_operands).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {id(lists:seq(1, 30)) * id([{key, value}, {another_key, another_value}, {k, v}])}.
