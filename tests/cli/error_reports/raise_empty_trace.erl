#!/usr/bin/env escript
-module(raise_empty_trace).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    erlang:raise(throw, id(x), []).
