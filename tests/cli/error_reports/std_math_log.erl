#!/usr/bin/env escript
-module(std_math_log).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {math:log(id(a))}.
