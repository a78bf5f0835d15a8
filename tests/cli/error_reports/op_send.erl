#!/usr/bin/env escript
-module(op_send).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {id(a) ! hello}.
