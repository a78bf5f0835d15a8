#!/usr/bin/env escript
-module(std_binary_first).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {binary:first(id(<<>>))}.
