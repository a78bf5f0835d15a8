#!/usr/bin/env escript
-module(bif_iolist_to_binary).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {iolist_to_binary(id([1, a]))}.
