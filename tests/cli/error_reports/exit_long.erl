#!/usr/bin/env escript
-module(exit_long).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    exit({shutdown, [{child, some_worker}, {pid, none}, {reason, {killed, lists:seq(1, 20)}}]}).
