#!/usr/bin/env escript
-module(timeout_value).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    receive
        x -> ok
    after id(soon) -> ok
    end.
