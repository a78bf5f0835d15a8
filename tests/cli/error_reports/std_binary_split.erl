#!/usr/bin/env escript
-module(std_binary_split).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {binary:split(id(a), <<",">>)}.
