#!/usr/bin/env escript
-module(bif_pid_to_list).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {pid_to_list(id(a))}.
