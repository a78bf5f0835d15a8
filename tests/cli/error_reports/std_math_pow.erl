#!/usr/bin/env escript
-module(std_math_pow).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {math:pow(id(a), 2)}.
