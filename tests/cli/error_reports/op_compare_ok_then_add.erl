#!/usr/bin/env escript
-module(op_compare_ok_then_add).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {id("abc") + id(<<"def">>)}.
