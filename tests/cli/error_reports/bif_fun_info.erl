#!/usr/bin/env escript
-module(bif_fun_info).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {erlang:fun_info(id(a))}.
