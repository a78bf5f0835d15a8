#!/usr/bin/env escript
-module(std_binary_part).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {binary:part(<<1,2>>, id(1), 5)}.
